from mentions import n, usd
MPG = 0.425144  # km/L
HP = 7.4570e-4  # MW
OAE = "https://ourautoexpert.com/most-fuel-efficient-cars-in-america-2/?share=tumblr"
PT = "http://patriottribune.com/27761/epas-car-buying-guide-touts-electrical-vehicles-slams-luxury-cars/"
AB = "https://www.autobytel.com/the-ten-most-fuel-efficient-cars-for-2014"
AN17 = "https://autonxt.net/most-fuel-efficient-new-cars/"
AN15 = "https://autonxt.net/most-fuel-efficient-cars-you-can-buy/"
NB = "https://newarebattery.com/?p=6276"
MB = "https://www.motorbiscuit.com/3-electric-vehicles-best-fuel-economy-ratings/"
CF = "https://cleanfleetreport.com/tag/test-drive/page/58"
def mi(text, v):
    return (text, "measure", v * MILE, "km")
def mpg(text, v):
    return (text, "measure", v * MPG, "km/L")
SOURCE = [
    (OAE, "Our Auto Expert", "2020", "Starting MSRP: $22,930", [usd("$22,930", 22930)]),
    (OAE, "Our Auto Expert", "2020", "EPA Rating (combined): 52 MPG", [mpg("52 MPG", 52)]),
    (OAE, "Our Auto Expert", "2020", "Range: 551 miles", [mi("551 miles", 551)]),
    (OAE, "Our Auto Expert", "2020", "The 2021 Insight is a dedicated hybrid model positioned between the Civic and the Accord, powered by the third generation of Honda’s 2-motor hybrid system that combines a 1.5-liter Atkinson-cycle gasoline engine with a powerful 96 kW electric drive motor and a smaller generator motor to produce electricity.",
     [n("2-motor", 2), ("1.5-liter", "measure", 1.5 * L, "m3"), ("96 kW", "measure", 0.096, "MW")]),
    (OAE, "Our Auto Expert", "2020", "The Honda Insight is rated at 52 mpg combined and Insight Touring is rated 48 mpg combined", [mpg("52 mpg", 52), mpg("48 mpg", 48)]),
    (PT, "Patriot Tribune", "2014", "Nine of the top 10 cars are electric vehicles.", [n("Nine", 9), n("10", 10)]),
    (AB, "Autobytel", "2014", "Today, science fiction is science fact as six of the ten most fuel efficient cars for 2014 exceed that mark in terms of combined fuel economy ratings.",
     [n("six", 6), n("ten", 10)]),
    (AB, "Autobytel", "2014", "Four of them actually get better than 100 miles per gallon in highway driving.", [n("Four", 4), mpg("100 miles per gallon", 100)]),
    (AB, "Autobytel", "2014", "(The average is $7,500.)", [usd("$7,500", 7500)]),
    (AB, "Autobytel", "2014", "Currently offered only in California and Oregon, the 2014 Chevrolet Spark EV is a four-door hatchback capable of seating four people.",
     [n("four-door", 4), n("four", 4)]),
    (AB, "Autobytel", "2014", "The front-wheel drive Chevrolet offers 82 miles of range and a seven-hour recharge time from full depletion using a 240v charger.",
     [mi("82 miles", 82), ("seven-hour", "duration", 7, "hour"), ("240v", "measure", 0.24, "kV")]),
    (AN17, "AutoNXT", "2017", "Vehicle prices listed do NOT include the federal tax credit of up to $7,500.", [usd("$7,500", 7500)]),
    (AN17, "AutoNXT", "2017", "Charge time: 4 hours at 240V", [("4 hours", "duration", 4, "hour"), ("240V", "measure", 0.24, "kV")]),
    (AN17, "AutoNXT", "2017", "Annual fuel cost: $500", [usd("$500", 500)]),
    (AN17, "AutoNXT", "2017", "Driving range: 124 miles", [mi("124 miles", 124)]),
    (AN17, "AutoNXT", "2017", "Charging the battery to 80 percent takes approximately 20 minutes using a 100-kW fast charger; as an alternative, an integrated in-cable control box also lets owners charge Ioniq from a standard household socket.",
     [("80 percent", "percent", 80, "percent"), ("20 minutes", "duration", 20, "minute"), ("100-kW", "measure", 0.1, "MW")]),
    (AN15, "AutoNXT", "2015", "Vehicle prices listed do NOT include a $7,500 federal tax credit.", [usd("$7,500", 7500)]),
    (AN15, "AutoNXT", "2015", "Driving range: 81 miles; 151 with range extender", [mi("81 miles", 81), mi("151", 151)]),
    (AN15, "AutoNXT", "2015", "Built on an aluminum frame with a carbon fiber body, the i3 has a low center of gravity and quick acceleration; it reaches 60 mph in just over 6 seconds.",
     [("60 mph", "measure", 60 * MPH, "km/h"), ("6 seconds", "duration", 6, "second")]),
    (AN15, "AutoNXT", "2015", "The 170-horsepower electric motor provides a range of 81 miles, but with an optional range-extending gas generator you can tack another 70 miles onto that figure.",
     [("170-horsepower", "measure", 170 * HP, "MW"), mi("81 miles", 81), mi("70 miles", 70)]),
    (AN15, "AutoNXT", "2015", "Starting MSRP: $25,120", [usd("$25,120", 25120)]),
    (AN15, "AutoNXT", "2015", "Charge time: 7 hours", [("7 hours", "duration", 7, "hour")]),
    (NB, "newarebattery.com", "2015", "While many remain prohibitively costly, the sticker prices of some electric vehicles now approach conventionally powered models, especially after deducting the one-time $7,500 federal income tax credit that’s available to EV buyers.",
     [usd("$7,500", 7500)]),
    (NB, "newarebattery.com", "2015", "Charging can take eight hours or more with standard 110-volt service; a quicker, though costlier alternative would be to have a dedicated 240-volt power line installed.",
     [("eight hours", "duration", 8, "hour"), ("110-volt", "measure", 0.11, "kV"), ("240-volt", "measure", 0.24, "kV")]),
    (NB, "newarebattery.com", "2015", "At that, EVs suffer from a limited operating range, which is typically less than 100 miles on a charge, can run even shorter depending on temperature, vehicle speed and other factors.",
     [mi("100 miles", 100)]),
    (MB, "MotorBiscuit", "2022", "The base price is $34,200.", [usd("$34,200", 34200)]),
    (MB, "MotorBiscuit", "2022", "The Tesla Model S has the best range of the top three contenders, with 405 miles.", [n("three", 3), mi("405 miles", 405)]),
    (MB, "MotorBiscuit", "2022", "It also delivers an impressive 620 horsepower.", [("620 horsepower", "measure", 620 * HP, "MW")]),
    (MB, "MotorBiscuit", "2022", "The starting price for the Model S is $104,990.", [usd("$104,990", 104990)]),
    (CF, "Clean Fleet Report", "2013", "From 1997 to 2003, 1,484 RAV4 EVs were leased or sold.", [n("1,484", 1484)]),
    (CF, "Clean Fleet Report", "2013", "Of those, Toyota says approximately 449 are still on the road.", [n("449", 449)]),
    (CF, "Clean Fleet Report", "2013", "With 574-miles range, the 2014 Honda Accord plug-in hybrid will challenge the Chevrolet Volt, Ford Fusion Energi, and Toyota Prius Plug-in.", [mi("574-miles", 574)]),
    (CF, "Clean Fleet Report", "2013", "This new Accord has the classic lines of a 4-door, 5-passenger midsized sedan.", [n("4-door", 4), n("5-passenger", 5)]),
    (CF, "Clean Fleet Report", "2013", "Before stepping inside Ford’s new crossover for an 80-mile test-drive, I can’t help admiring the looks of this 2013 Ford C-MAX.", [mi("80-mile", 80)]),
    (CF, "Clean Fleet Report", "2013", "This 5-seater rides tall like an SUV with a height of 63.8-inches.", [n("5-seater", 5), ("63.8-inches", "measure", 63.8 * INCH, "km")]),
]
