from mentions import pc
EPF = "http://www.epageflip.net/i/1467953-2022-05-18-hurricane-guide/36"
DEL = "http://www.mydelraybeach.com/departments/know_the_hazards.php"
HS = "https://hurricanesafety.org/storm-stats/water-damage"
CB = "http://canebrake13.com/planning/threat_assessment/natural_disasters/hurricanes.php"
NW = "https://blog.norwall.com/?p=9994"
PP = "https://www.pinellas-park.com/268/Hurricanes-Tropical-Storms"
def ft(text, v):
    return (text, "measure", v * FT, "km")
def inch(text, v):
    return (text, "measure", v * INCH, "km")
def mph(text, v):
    return (text, "measure", v * MPH, "km/h")
SOURCE = [
    (EPF, "Sun Newspapers hurricane guide", "2022-05-18", "A mere 6 inches of fast-moving floodwater can knock over an adult.", [inch("6 inches", 6)]),
    (EPF, "Sun Newspapers hurricane guide", "2022-05-18", "It takes only 2 feet of rushing water to carry away most vehicles — including pickups and SUVs.", [ft("2 feet", 2)]),
    (EPF, "Sun Newspapers hurricane guide", "2022-05-18", "These categories are based only on winds and do not account for storm surge.", []),
    (DEL, "City of Delray Beach", "2018-04-19", "The rise in water level can cause extreme flooding in coastal areas particularly when storm surge coincides with normal high tide, resulting in storm tides reaching up to 20 feet or more.",
     [ft("20 feet", 20)]),
    (DEL, "City of Delray Beach", "2018-04-19", "Wind: A hurricane is a tropical storm with constant wind speeds greater than 74 miles per hour.", [mph("74 miles per hour", 74)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "Hurricanes have the potential to dump enormous amounts of rain, sometimes as much as 10-15 inches, on areas they pass over, and this rainfall can continue long after the storm moves inland.",
     [inch("10-15 inches", 15)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- Surges can range from four to six feet in minimal hurricanes to greater than 20 feet in stronger storms.",
     [ft("from four to six feet", 6), ft("20 feet", 20)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- A storm surge can sweep across the coastline near landfall in a swath 50 to 100 miles wide.", [("50 to 100 miles", "measure", 100 * MILE, "km")]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- Hurricane Camille generated a 25-foot storm surge in Mississippi in 1969.", [ft("25-foot", 25)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- Hurricane Hugo generated a 20-foot storm surge in South Carolina in 1989.", [ft("20-foot", 20)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- 59% of U.S. tropical cyclone deaths occurred in freshwater floods.", [pc("59%", 59)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- 63% of all tropical cyclone deaths occurred in inland counties.", [pc("63%", 63)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- 78% of children killed by tropical cyclones drowned in freshwater floods.", [pc("78%", 78)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- 23% of U.S. tropical cyclone deaths occur to people who drown in, or attempting to abandon, their cars.", [pc("23%", 23)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- A person can be swept away by six inches of moving water.", [inch("six inches", 6)]),
    (HS, "Hurricane Safety (Sachs Media)", "", "- An automobile can be swept off the road in 12 inches of moving water.", [inch("12 inches", 12)]),
    (CB, "canebrake13.com", "", "Because much of the United States' densely populated Atlantic and Gulf Coast coastlines lie less than 10 feet above mean sea level, the danger from storm tides is tremendous.",
     [ft("10 feet", 10)]),
    (NW, "Norwall PowerSystems", "", "Hurricane Ian's Storm Surge Exceeded 15 Feet.", [ft("15 Feet", 15)]),
    (NW, "Norwall PowerSystems", "", "Tropical Storm Allison Dumped more than 40 inches of Rain on Houston, Texsas", [inch("40 inches", 40)]),
    (NW, "Norwall PowerSystems", "", "In 2019, Hurricane Dorian had Sustained Winds of 185 MPH Gusting to 220 MPH", [mph("185 MPH", 185), mph("220 MPH", 220)]),
    (PP, "City of Pinellas Park", "", "Should these systems have a maximum sustained surface winds of less than 39 miles per hour are called \"tropical depressions.\"", [mph("39 miles per hour", 39)]),
    (PP, "City of Pinellas Park", "", "Once the tropical cyclone exceeds wind speeds of 39 miles per hour they are called a \"tropical storm\" and assigned a name.", [mph("39 miles per hour", 39)]),
    (PP, "City of Pinellas Park", "", "If winds reach 74 miles per hour they are called a \"hurricane.\"", [mph("74 miles per hour", 74)]),
]
