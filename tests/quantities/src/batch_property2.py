SQFT = 9.290304e-8  # km2
ACRE = 4.0468564e-3
ZOO = "https://www.zoopla.co.uk/discover/buying/buying-a-home-what-to-prioritise/"
HP = "http://www.homesandproperty.co.uk/property-news/house-prices-2017-as-asking-prices-hit-314k-what-does-the-average-home-look-like-across-britain-now-a110226.html"
TEL = "https://telegraph.co.uk/money/property/buying-selling/figure-key-property-purchase-most-ignore"
MID = "https://middletonadvisors.com/2016/03/29/sunday-times-29-march-2016"
PI = "https://www.propertyinvestment.me.uk/london-flat-or-northern-mansion-what-your-money-buys-you-around-the-uk/"
WHICH = "https://www.which.co.uk/news/article/house-prices-average-3000-per-square-metre-where-to-find-the-best-value-for-money-aL5Dt7m0dLg8"
SOURCE = [
    (ZOO, "Zoopla", "", "Our UK figures show that while the typical three-bedroom semi costs £228,000, a detached property with the same number of bedrooms averages £308,000 - some £80,000 extra.",
     [("three-bedroom", "count", 3, "count"), ("£228,000", "money", 228000, "GBP"), ("£308,000", "money", 308000, "GBP"), ("£80,000", "money", 80000, "GBP")]),
    (ZOO, "Zoopla", "", "However, when comparing average prices across the UK, the margin of difference between an average three-bedroom terraced home and a typical semi with the same number of bedrooms is narrower at £10,000.",
     [("three-bedroom", "count", 3, "count"), ("£10,000", "money", 10000, "GBP")]),
    (ZOO, "Zoopla", "", "Generally-speaking, the average four-bedroom house costs nearly £140,000 more than a home with three bedrooms, according to our UK data.",
     [("four-bedroom", "count", 4, "count"), ("£140,000", "money", 140000, "GBP"), ("three", "count", 3, "count")]),
    (HP, "Homes and Property (Evening Standard)", "2017-05-04", "House prices 2017:as asking prices hit £314k, what does the average home look like across Britain now?",
     [("£314k", "money", 314000, "GBP")]),
    (HP, "Homes and Property (Evening Standard)", "2017-05-04", "What can you find in London for the average asking price of £314,000 and how dramatically does it compare with other cities and regions in Britain?",
     [("£314,000", "money", 314000, "GBP")]),
    (HP, "Homes and Property (Evening Standard)", "2017-05-04", "A Grade II-listed cottage, with two double bedrooms and courtyard garden, in the sought-after village location of St Tudy, Bodmin.",
     [("two", "count", 2, "count")]),
    (HP, "Homes and Property (Evening Standard)", "2017-05-04", "You could buy a one-bedroom flat in south-east London, or you could buy this six-bedroom semi-detached home just outside of Cardiff.",
     [("one-bedroom", "count", 1, "count"), ("six-bedroom", "count", 6, "count")]),
    (HP, "Homes and Property (Evening Standard)", "2017-05-04", "A five-bedroom Georgian townhouse over three floors in Wrexham, north Wales.",
     [("five-bedroom", "count", 5, "count"), ("three", "count", 3, "count")]),
    (HP, "Homes and Property (Evening Standard)", "2017-05-04", "This three-bedroom terrace house in Bournville, Birmingham, has plenty of period features including a cast iron fireplace and wooden floors, while contemporary features include a new kitchen and skylights.",
     [("three-bedroom", "count", 3, "count")]),
    (HP, "Homes and Property (Evening Standard)", "2017-05-04", "A short distance from Kings Norton and Bournville train stations, while Cadbury World is a three-minute drive...",
     [("three-minute", "duration", 3, "minute")]),
    (TEL, "The Telegraph", "", "According to property website Zoopla, three in five British homeowners do not know their square footage figure, let alone the pound-per-square-foot value.",
     [("three in five", "fraction", 0.6, "ratio")]),
    (MID, "Middleton Advisors (Sunday Times)", "2016-03-29", "“Any family of four or five can live well in 3,000-4,000 square feet.",
     [("four or five", "count", 5, "count"), ("3,000-4,000 square feet", "measure", 4000 * SQFT, "km2")]),
    (MID, "Middleton Advisors (Sunday Times)", "2016-03-29", "No one needs more than an acre of garden.", [("an acre", "measure", ACRE, "km2")]),
    (PI, "Property Investment", "", "The average UK house price is a whopping £340,837, but what does that actually get you?", [("£340,837", "money", 340837, "GBP")]),
    (PI, "Property Investment", "", "£340,837 will bag you a five-bedroom house with a whopping 1,955 square feet of space – that’s nearly four times bigger than a London flat for the same price.",
     [("£340,837", "money", 340837, "GBP"), ("five-bedroom", "count", 5, "count"), ("1,955 square feet", "measure", 1955 * SQFT, "km2"), ("four times", "multiple", 4, "times")]),
    (PI, "Property Investment", "", "You’re looking at an average of 825 square feet, which would likely get you a two-bedroom house.",
     [("825 square feet", "measure", 825 * SQFT, "km2"), ("two-bedroom", "count", 2, "count")]),
    (PI, "Property Investment", "", "The average house price will only get you a tiny 551 square feet – that’s likely to be a studio or one-bedroom flat.",
     [("551 square feet", "measure", 551 * SQFT, "km2"), ("one-bedroom", "count", 1, "count")]),
    (PI, "Property Investment", "", "Easington, County Durham: A massive 2,858 square foot, five-bedroom house could be yours.",
     [("2,858 square foot", "measure", 2858 * SQFT, "km2"), ("five-bedroom", "count", 5, "count")]),
    (PI, "Property Investment", "", "Rhondda, Wales: Snap up a 2,625 square foot home.", [("2,625 square foot", "measure", 2625 * SQFT, "km2")]),
    (WHICH, "Which?", "2020-03-08", "House prices average £3,000 per square metre: where to find the best value for money", [("£3,000", "money", 3000, "GBP")]),
    (WHICH, "Which?", "2020-03-08", "The average asking price of a home in England and Wales is now £2,954 per square metre, according to a new report by the property portal Rightmove.",
     [("£2,954", "money", 2954, "GBP")]),
    (WHICH, "Which?", "2020-03-08", "Rightmove analysed more than nine million Energy Performance Certificate records (to calculate the average size of houses in an area) alongside the average asking prices of 1.2m property listings of houses in England and Wales.",
     [("nine million", "count", 9e6, "count"), ("1.2m", "count", 1.2e6, "count")]),
    (WHICH, "Which?", "2020-03-08", "Its analysis found that asking prices per square metre have increased by 19% since 2015.", [("19%", "percent", 19, "percent")]),
    (WHICH, "Which?", "2020-03-08", "Perhaps unsurprisingly, London has the highest asking prices, averaging £6,219 per square metre.", [("£6,219", "money", 6219, "GBP")]),
]
