ACRE = 4.0468564e-3  # km2
T_ACRE = 2.4710538  # t/ha
FWI = "https://www.fwi.co.uk/news/rain-slows-progress"
ITV = "http://www.itv.com/news/anglia/2014-07-31/wheat-harvest-comes-early-for-bumper-crop/"
NS = "https://www.nosubjectlosangeles.com/what-is-the-average-yield-for-wheat/"
NH = "https://nationalhomeemploymentassociation.com/skirrid-hill-rdkzmdt/ac43f1-wheat-yield-per-acre-in-tonnes"
def tha(text, v):
    return (text, "measure", v, "t/ha")
SOURCE = [
    (FWI, "Farmers Weekly", "2001-08-20", "KEITH HARRIS at Silton, Dorset has combined about a quarter of his winter wheat crop of 160ha (400 acres).",
     [("a quarter", "fraction", 0.25, "ratio"), ("160ha", "measure", 1.6, "km2"), ("400 acres", "measure", 400 * ACRE, "km2")]),
    (FWI, "Farmers Weekly", "2001-08-20", "Rain has slowed progress; “yesterday we had 23mm of rain in an hour yesterday.",
     [("23mm", "measure", 23 * MM, "km"), ("an hour", "duration", 1, "hour")]),
    (FWI, "Farmers Weekly", "2001-08-20", "The yields on Savannah has varied between 7.5-9.1t/ha (3-3.7t/acre).",
     [tha("7.5-9.1t/ha", 9.1), tha("3-3.7t/acre", 3.7 * T_ACRE)]),
    (FWI, "Farmers Weekly", "2001-08-20", "“The five year average for the farm is about 8t/ha, although it has crept up the last couple.”",
     [("five year", "duration", 5, "year"), tha("8t/ha", 8)]),
    (FWI, "Farmers Weekly", "2001-08-20", "The field that yielded 7.5t/ha (3t/acre) was drilled in October into dubious conditions.", [tha("7.5t/ha", 7.5), tha("3t/acre", 3 * T_ACRE)]),
    (FWI, "Farmers Weekly", "2001-08-20", "He combined the crop between 15-19% moisture and started again at 22% after rain.",
     [("15-19%", "percent", 19, "percent"), ("22%", "percent", 22, "percent")]),
    (ITV, "ITV News Anglia", "2014-07-31", "Predictions are that yields will hit 16 million tonnes by the end of the harvest, compared to 12 million tonnes last year.",
     [("16 million tonnes", "measure", 16e6, "t"), ("12 million tonnes", "measure", 12e6, "t")]),
    (NS, "No Subject Los Angeles", "2021", "As of 2020, wheat production in China was 134,250 thousand tonnes that accounts for 20.65% of the world’s wheat production.",
     [("134,250 thousand tonnes", "measure", 134.25e6, "t"), ("20.65%", "percent", 20.65, "percent")]),
    (NS, "No Subject Los Angeles", "2021", "The top 5 countries (others are India, Russian Federation, the United States of America, and Canada) account for 63.43% of it.",
     [("5", "count", 5, "count"), ("63.43%", "percent", 63.43, "percent")]),
    (NS, "No Subject Los Angeles", "2021", "At each spot, count the number of harvestable heads from 5 foot of row.", [("5 foot", "measure", 5 * FT, "km")]),
    (NS, "No Subject Los Angeles", "2021", "A New Zealand farmer has broken the world record for the highest wheat yield with a staggering 17.398t/ha crop.", [tha("17.398t/ha", 17.398)]),
    (NH, "nationalhomeemploymentassociation.com", "", "In 2006 it was 8.0 tonnes per hectare (3.2 tonnes per acre).", [tha("8.0 tonnes per hectare", 8.0), tha("3.2 tonnes per acre", 3.2 * T_ACRE)]),
    (NH, "nationalhomeemploymentassociation.com", "", "Punjab shares 76 per cent of country’s total wheat production.", [("76 per cent", "percent", 76, "percent")]),
]
