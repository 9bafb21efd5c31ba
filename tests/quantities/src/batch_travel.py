D8 = "https://www.daily8.com/en/hashtag/LauraPlunkett"
IE = "https://www.independent.ie/business/personal-finance/the-cheapest-cities-for-your-winter-break-34242820.html"
NG = "https://www.nogarlicnoonions.com/what-are-europes-cheapest-city-breaks/"
TEL = "https://www.sephari.nl/museums/the-best-autumn-city-breaks-in-europe-for-under-200-the-telegraph/"
RAF = "https://raffatour.com/2021/08/why-were-still-here-the-hidden-world-of-travel-deals/"
def gbp(text, v):
    return (text, "money", v, "GBP")
def eur(text, v):
    return (text, "money", v, "EUR")
SOURCE = [
    (D8, "Daily Mirror (via daily8)", "2025", "Europe's 'best value city' is stag and hen do hotspot with £22 Ryanair flights", [gbp("£22", 22)]),
    (D8, "Daily Mirror (via daily8)", "2025", "Topping the list is stag do and hen do favourite Riga, which had the cheapest overall cost for food, accommodation and sightseeing at 12 attractions, with a weekend break coming in at £252.63 according to research from Post Office Travel Money.",
     [("12", "count", 12, "count"), gbp("£252.63", 252.63)]),
    (D8, "Daily Mirror (via daily8)", "2025", "The Latvian capital beat out 38 cities, with prices down 15 per cent year on year.",
     [("38", "count", 38, "count"), ("15 per cent", "percent", 15, "percent")]),
    (D8, "Daily Mirror (via daily8)", "2025", "In fact that means you could snap up a two-night weekend break at 3* accommodation for £123, and enjoy a three-course evening meal for £65.95.",
     [("two-night", "duration", 2, "day"), gbp("£123", 123), ("three-course", "count", 3, "count"), gbp("£65.95", 65.95)]),
    (D8, "Daily Mirror (via daily8)", "2025", "Although the research doesn't take into account the cost of flights, there are ways to add in your travel without having to make a big dent in your budget - in fact, you can find direct flights from the UK with Ryanair from £21.99 each way (although take note that this won't include an extra cabin bag, you'll need to pay extra).",
     [gbp("£21.99", 21.99)]),
    (IE, "Irish Independent", "2015", "Return flights to the Dutch capital, as well as other popular cities, can be picked up for less than €60 at certain weekends over the winter, depending on the airline.", [eur("€60", 60)]),
    (IE, "Irish Independent", "2015", "Early last week, a return flight from Dublin to Amsterdam in the third weekend of January 2016 could have been snapped up for as little as €58 with Ryanair.", [eur("€58", 58)]),
    (IE, "Irish Independent", "2015", "By comparison, Irish Rail charges €85 for a return train trip from Dublin to Cork for the same weekend - if you pay at the station.", [eur("€85", 85)]),
    (IE, "Irish Independent", "2015", "A single train fare is €65.65.", [eur("€65.65", 65.65)]),
    (IE, "Irish Independent", "2015", "Although Aer Lingus is often pricier than Ryanair, many Aer Lingus winter flights to European cities can be snapped up for less than €100.", [eur("€100", 100)]),
    (IE, "Irish Independent", "2015", "Early last week, a return Aer Lingus flight from Dublin to Barcelona for the third weekend of January cost €83; a return flight to Brussels cost €85; while Amsterdam and Rome cost €99.",
     [eur("€83", 83), eur("€85", 85), eur("€99", 99)]),
    (NG, "No Garlic No Onions", "2018-07-01", "While the classic two-week stay at a beach resort was once the king of holidays, shorter city breaks have stolen the crown over the past couple of decades, especially when flying from London Luton Airport.",
     [("two-week", "duration", 2, "week"), ("couple of decades", "duration", 20, "year")]),
    (NG, "No Garlic No Onions", "2018-07-01", "According to the Office for National Statistics, Brits took 45 million foreign holidays in 2016, up from 27 million in 1996 – but our trips are becoming shorter.",
     [("45 million", "count", 45e6, "count"), ("27 million", "count", 27e6, "count")]),
    (NG, "No Garlic No Onions", "2018-07-01", "Indeed, the number of one to four-night breaks rose by a staggering 170% over that period, while 14-night holidays fell by 29%.",
     [("one to four-night", "duration", 4, "day"), ("170%", "percent", 170, "percent"), ("14-night", "duration", 14, "day"), ("29%", "percent", 29, "percent")]),
    (NG, "No Garlic No Onions", "2018-07-01", "We took the following seven factors into account (because finding an affordable holiday location is about more than just the price of the airfare and beer):",
     [("seven", "count", 7, "count")]),
    (NG, "No Garlic No Onions", "2018-07-01", "This gave us a total, which we used to rank the top 10 most affordable city break locations.", [("10", "count", 10, "count")]),
    (TEL, "The Telegraph (via sephari.nl)", "2022", "It might seem scarcely credible, but if you fancy a weekend away in Nice or Madrid, Venice or Berlin this autumn, you can easily find a two-night break for less than £200 a head.",
     [("two-night", "duration", 2, "day"), gbp("£200", 200)]),
    (TEL, "The Telegraph (via sephari.nl)", "2022", "Even on the October dates I surveyed, eight of the 12 cities came in at under £300 and one, Nice, still made it under the £200 bar.",
     [("eight", "count", 8, "count"), ("12", "count", 12, "count"), gbp("£300", 300), gbp("£200", 200)]),
    (RAF, "Raffa Tour", "2021-08", "The average price of a European holiday ticket has risen by around 40% since 2008, with a record £10,500 a person in France last year.",
     [("40%", "percent", 40, "percent"), gbp("£10,500", 10500)]),
]
