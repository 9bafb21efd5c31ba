ETF = "https://eternal.football/the-anatomy-of-a-striker-high-stakes-in-the-premier-league-transfer-market"
PKT = "http://www.pktribune.com/players-with-highest-wage-per-goal-ratio.html/2"
F360 = "https://football360news.blogspot.com/2016/08/club-by-club-premier-league-record.html"
NUFC = "https://newcastle-online.org/profile/21532-ketsbaia/content/page/949"
BLUE = "https://forums.bluemoon-mcfc.co.uk/threads/its-quiet-18-wanna-ring-the-bell.358566/page-870"
HSU = "https://harmonysportupdate.com/?p=4573"
RC1 = "https://redcafe.net/threads/romelu-lukaku-2018-19-performances.440063/page-80"
RC2 = "https://www.redcafe.net/threads/rasmus-h%C3%B8jlund-2023-24-performances.478474/page-51"
SOURCE = [
    (ETF, "Eternal Football", "", "At **£97.5 million**, Romelu Lukaku`s return to Chelsea in 2021 was hailed as the missing piece, the final puzzle piece for a title-challenging side.",
     [("£97.5 million", "money", 97.5e6, "GBP")]),
    (ETF, "Eternal Football", "", "After prolific spells elsewhere, his homecoming was supposed to cement his legacy, but instead, it dissolved into a mere eight league goals and an infamous interview that severed ties with the fanbase.",
     [("eight", "count", 8, "count")]),
    (ETF, "Eternal Football", "", "Liverpool`s **£85 million** commitment to Darwin Nunez in 2022 felt like a statement of intent, a direct response to rival acquisitions.",
     [("£85 million", "money", 85e6, "GBP")]),
    (PKT, "PK Tribune", "2016", "The Reds signed the huge centre-forward for £32.5 million and placed him on wages of about £140k p/w.",
     [("£32.5 million", "money", 32.5e6, "GBP"), ("£140k", "money", 140e3, "GBP")]),
    (PKT, "PK Tribune", "2016", "Below are 6 of the most expensive striking flops in the season gone past:", [("6", "count", 6, "count")]),
    (F360, "Football360 News", "2016-08", "Seven Premier League clubs have broken their transfer record this summer.", [("Seven", "count", 7, "count")]),
    (F360, "Football360 News", "2016-08", "Arsenal – Mesut Ozil (£42.4million in summer 2013)", [("£42.4million", "money", 42.4e6, "GBP")]),
    (F360, "Football360 News", "2016-08", "Ozil has improved with every season in England, as evidenced by 19 Premier League assists last campaign.", [("19", "count", 19, "count")]),
    (F360, "Football360 News", "2016-08", "Bournemouth – Jordon Ibe (£15.3million in summer 2016)", [("£15.3million", "money", 15.3e6, "GBP")]),
    (F360, "Football360 News", "2016-08", "Burnley – Andre Gray (£9million in summer 2015)", [("£9million", "money", 9e6, "GBP")]),
    (F360, "Football360 News", "2016-08", "It’s even stranger that in between those campaigns they decided to splash £9million on a man who would end the season as the Championship’s top goalscorer.",
     [("£9million", "money", 9e6, "GBP")]),
    (F360, "Football360 News", "2016-08", "Chelsea – Fernando Torres (£50million in winter 2011)", [("£50million", "money", 50e6, "GBP")]),
    (F360, "Football360 News", "2016-08", "Of all the riches spent by Chelsea, this British-record deal – which bought 20 goals in 110 Premier League appearances – remains a real blot on their copybook.",
     [("20", "count", 20, "count"), ("110", "count", 110, "count")]),
    (F360, "Football360 News", "2016-08", "Crystal Palace – Andros Townsend (£13million in summer 2016)", [("£13million", "money", 13e6, "GBP")]),
    (NUFC, "Newcastle Online (forum)", "", "to be fair to shola, he has scored 28 goals for the club and cost nowt.", [("28", "count", 28, "count")]),
    (NUFC, "Newcastle Online (forum)", "", "He scored two against Leverkusen, two vital goals against the mackems, set up shearer for his record-breaking goal, scored at anfield on the last day of one season to scrape us into UEFA Cup.",
     [("two", "count", 2, "count"), ("two", "count", 2, "count")]),
    (NUFC, "Newcastle Online (forum)", "", "And with some of the wastes of money we see these days, I think we cudda got more than £4 mill to be honest.",
     [("£4 mill", "money", 4e6, "GBP")]),
    (BLUE, "Bluemoon MCFC (forum)", "", "£80m + addons?", [("£80m", "money", 80e6, "GBP")]),
    (HSU, "Harmony Sport Update", "", "Wolves’ £35m Flop Who Cost Club £7m Per Goal Set for Yet Another Move Just Months After Sealing Molineux Departure",
     [("£35m", "money", 35e6, "GBP"), ("£7m", "money", 7e6, "GBP")]),
    (HSU, "Harmony Sport Update", "", "Few signings, however, symbolize that struggle more starkly than the club’s £35 million attacking acquisition who now appears destined for yet another move, just months after officially departing Molineux.",
     [("£35 million", "money", 35e6, "GBP")]),
    (HSU, "Harmony Sport Update", "", "When Wolves completed the £35m deal, optimism was high.", [("£35m", "money", 35e6, "GBP")]),
    (RC1, "RedCafe (forum)", "", "This is a £70m (?) noose around our neck and I struggle to see who would pay anywhere near half of that.",
     [("£70m", "money", 70e6, "GBP"), ("half", "fraction", 0.5, "ratio")]),
    (RC2, "RedCafe (forum)", "", "If it's the former, you know they're gonna get you the 25+ goals that you desperately need from that position, and if it's the latter, and it doesn't work out, there's not much of a sunk cost because the initial investment was low.",
     [("25", "count", 25, "count")]),
]
