CL = "https://www.countrylife.co.uk/news/bargain-buys-in-shropshire-31643"
SS = "https://shropshirestar.com/news/2014/05/25/london-buyers-keen-on-shropshire-country-homes"
IN = "http://www.independent.co.uk/property/house-and-home/the-idyll-homes-show-806195.html"
CL2 = "https://www.countrylife.co.uk/news/land-prices-on-the-rise-28197"
NB = "https://www.newsbreak.com/news/2483735294714/derelict-three-bed-bungalow-that-is-a-developer-s-dream-rundown-1930s-suburban-home-that-hides-one-acre-of-secret-garden-at-the-back-hits-the-market-for-300-000"
ACRE = 4.0468564e-3
SQFT = 9.290304e-8
SOURCE = [
    (CL, "Country Life", "2008", "A few weeks ago, Strutt & Parker launched the beautifully converted Redhill Mill on the edge of Hook-a-Gate village, three miles south-west of Shrewsbury, at a guide price of £1.35 million.",
     [("three miles", "measure", 3 * MILE, "km"), ("£1.35 million", "money", 1.35e6, "GBP")]),
    (CL, "Country Life", "2008", "Set in idyllic rolling countryside, Redhill Mill has three reception rooms, a games room, a kitchen/breakfast room, a study, six bedrooms, four bathrooms, garaging, outbuildings, and 3.8 acres of gardens and paddocks, with single-bank fishing on the Rea Brook.",
     [("three", "count", 3, "count"), ("six", "count", 6, "count"), ("four", "count", 4, "count"), ("3.8 acres", "measure", 3.8 * ACRE, "km2")]),
    (CL, "Country Life", "2008", "Launched by Strutt & Parker in May with a guide price of £900,000, towering 18th-century Stone House Farm at East Wall, between Church Stretton and Much Wenlock in the scenic south Shropshire hills, has seen its price reduced to £850,000.",
     [("£900,000", "money", 900000, "GBP"), ("£850,000", "money", 850000, "GBP")]),
    (CL, "Country Life", "2008", "The traditional Shropshire stone farmhouse stands in 5.5 acres of landscaped gardens and paddocks, and has two main reception rooms, a large kitchen/breakfast room, five bedrooms.",
     [("5.5 acres", "measure", 5.5 * ACRE, "km2"), ("two", "count", 2, "count"), ("five", "count", 5, "count")]),
    (SS, "Shropshire Star", "2014-05-25", "A survey has shown a two-bedroom flat in central London would currently set buyers back around £1.1 million.",
     [("two-bedroom", "count", 2, "count"), ("£1.1 million", "money", 1.1e6, "GBP")]),
    (SS, "Shropshire Star", "2014-05-25", "The average price of a flat is £1,061,106 while a typical house will sell for £2,482,459.",
     [("£1,061,106", "money", 1061106, "GBP"), ("£2,482,459", "money", 2482459, "GBP")]),
    (SS, "Shropshire Star", "2014-05-25", "And estate agents in the county say they are seeing an upsurge of interest, with sales generally up more than four per cent.",
     [("four per cent", "percent", 4, "percent")]),
    (SS, "Shropshire Star", "2014-05-25", "According the latest statistics, the average property price in Shropshire is a comparative snip at £202,452.",
     [("£202,452", "money", 202452, "GBP")]),
    (SS, "Shropshire Star", "2014-05-25", "Flats, on average, sell for £129,3200 while terraced houses are £155,255.", [("£155,255", "money", 155255, "GBP")]),
    (SS, "Shropshire Star", "2014-05-25", "If they want to work 14 hours-a-day and at a high-speed pace, they choose London, if they can afford it.",
     [("14 hours", "duration", 14, "hour")]),
    (SS, "Shropshire Star", "2014-05-25", "Mr Main said that for the £1.1 million price of a London flat, buyers had a host of spectacular properties in the county to choose from.",
     [("£1.1 million", "money", 1.1e6, "GBP")]),
    (SS, "Shropshire Star", "2014-05-25", "Examples include a seven-bedroom house near Nescliffe on the market for under £900,000.",
     [("seven-bedroom", "count", 7, "count"), ("£900,000", "money", 900000, "GBP")]),
    (IN, "The Independent", "", "And for that reason, it's not just on the market, but it's on at a very tempting price – less than £400,000.", [("£400,000", "money", 400000, "GBP")]),
    (IN, "The Independent", "", "They're down 30 per cent in some areas.", [("30 per cent", "percent", 30, "percent")]),
    (CL2, "Country Life", "2009", "Land is still top of the property pops, say Knight Frank, whose latest Farmland Index shows English farmland values rising by 3.1% in the second quarter of 2009, following three consecutive quarters of falling prices.",
     [("3.1%", "percent", 3.1, "percent"), ("three", "count", 3, "count")]),
    (CL2, "Country Life", "2009", "An analysis of land sales handled by Savills over that period showed farmers as the key players on both sides of the equation, representing 62% of sellers and 60% of buyers.",
     [("62%", "percent", 62, "percent"), ("60%", "percent", 60, "percent")]),
    (CL2, "Country Life", "2009", "Retirement, death and debt were the main reasons for sale, and expansion the main reason for purchase, accounting for 43% of all transactions, compared with 32% in 2008.",
     [("43%", "percent", 43, "percent"), ("32%", "percent", 32, "percent")]),
    (NB, "NewsBreak (Daily Mail)", "2022-01-12", "The plot, which extends to 530ft in length and is 65ft wide, does not currently hold any planning permission but as the area is residential experts suggest consent should be easily granted.",
     [("530ft", "measure", 530 * FT, "km"), ("65ft", "measure", 65 * FT, "km")]),
    (NB, "NewsBreak (Daily Mail)", "2022-01-12", "The 1930s bungalow, in the suburb of Branksome near Poole, Dorset, belonged to an elderly couple for 40 years and they are said to have taken pride in maintaining the back garden.",
     [("40 years", "duration", 40, "year")]),
    (NB, "NewsBreak (Daily Mail)", "2022-01-12", "Estate agents Leader Fox say they have had high levels of interest with more than 20 viewings taking place over four days.",
     [("20", "count", 20, "count"), ("four days", "duration", 4, "day")]),
    (NB, "NewsBreak (Daily Mail)", "2022-01-12", "The property currently has 1,220 sq ft of living space with a kitchen, lounge, dining room, three bedrooms and a bathroom.",
     [("1,220 sq ft", "measure", 1220 * SQFT, "km2"), ("three", "count", 3, "count")]),
]
