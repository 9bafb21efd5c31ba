BG = "https://www.bostonglobe.com/2021/04/12/metro/worcester-man-arrested-connection-with-shooting-two-men-injuries-third/"
TR = "https://www.tellerreport.com/news/2020-07-25-a-taxi-driver-drove-into-a-crowd-in-borl%C3%A4nge--sweden--several-injured---suspected-of-attempted-murder--bystanders-dragged-the-driver-out-of-the-car.HkggyxUKxw.html"
CG = "https://www.capitalgazette.com/news/crime/ac-cn-odenton-stabbing-20190928-20190928-mkwqkxzbhfhhlcw5oib55fqvnu-story.html"
NO = "https://www.newsopi.com/2020/04/28/arizona-man-arrested-shooting-wounding-3-police-officers/"
PH = "https://profitshouse.com/2025/02/09/man-arrested-in-dublin-after-serious-incident"
CBC = "https://www.cbc.ca/news/canada/british-columbia/3-injured-in-hammer-attack-in-new-westminster-1.4835603?cmp=rss"
KHQ = "http://www.khq.com/story/37905322/indianapolis-man-jailed-after-knife-attack"
PN = "https://thepremiernews.com/?p=68855"
SOURCE = [
    (BG, "Boston Globe", "2021-04-12", "A 25-year-old Worcester man was arrested and faces multiple charges after three people were injured following a Worcester shooting Saturday evening, police said.",
     [("25-year-old", "age", 25, "year"), ("three", "count", 3, "count")]),
    (BG, "Boston Globe", "2021-04-12", "Officers were called around 9:25 p.m. to a parking lot on John Street, where they found a 34-year-old man with gunshot wounds and then, nearby, a 32-year-old man who also had been shot, Worcester police said in a statement.",
     [("34-year-old", "age", 34, "year"), ("32-year-old", "age", 32, "year")]),
    (BG, "Boston Globe", "2021-04-12", "Police located a 19-year-old man with blunt force trauma injuries a short time later.", [("19-year-old", "age", 19, "year")]),
    (TR, "Teller Report", "2020-07-25", "Three of them have been taken to hospital and one of them has been seriously injured.", [("Three", "count", 3, "count")]),
    (TR, "Teller Report", "2020-07-25", "The victims taken to the hospital are a man about 35 years old, a man over 50 years old and a woman about 18 years old.",
     [("35 years old", "age", 35, "year"), ("50 years old", "age", 50, "year"), ("18 years old", "age", 18, "year")]),
    (CG, "Capital Gazette", "2019-09-28", "Three men were injured and one of them was arrested Friday night after an incident police described as a triple stabbing in Hanover.",
     [("Three", "count", 3, "count")]),
    (CG, "Capital Gazette", "2019-09-28", "Two men with serious injuries were taken to University of Maryland Shock Trauma Center in Baltimore, Mahaffee said.",
     [("Two", "count", 2, "count")]),
    (NO, "Newsopi", "2020-04-28", "A man was arrested in Arizona after he allegedly shot and wounded three officers Monday before he barricaded himself in a home and set it on fire.",
     [("three", "count", 3, "count")]),
    (NO, "Newsopi", "2020-04-28", "When one of the officers approached him, he started running before he turned and fired three or four shots.",
     [("three or four", "count", 4, "count")]),
    (NO, "Newsopi", "2020-04-28", "Shortly after 7 a.m., gunshots were heard again about 100 yards from the original incident scene.",
     [("100 yards", "measure", 100 * 9.144e-4, "km")]),
    (NO, "Newsopi", "2020-04-28", "The name of the 35-year-old man, from Chandler, was not immediately released, but officials confirmed that he was known to them.",
     [("35-year-old", "age", 35, "year")]),
    (PH, "Profits House (Sky News)", "2025-02-09", "A man has been arrested in Dublin after a “serious incident” that left three people in hospital.", [("three", "count", 3, "count")]),
    (PH, "Profits House (Sky News)", "2025-02-09", "“All three males remain in hospital receiving medical treatment at this time.”", [("three", "count", 3, "count")]),
    (CBC, "CBC News", "2018-09-23", "Three people were injured after a man attacked them with a hammer on the Queensborough Bridge on Sunday.", [("Three", "count", 3, "count")]),
    (CBC, "CBC News", "2018-09-23", "When two people intervened to help, the suspect began attacking them as well.", [("two", "count", 2, "count")]),
    (CBC, "CBC News", "2018-09-23", "The three victims were taken to hospital with non-life-threatening injuries.", [("three", "count", 3, "count")]),
    (KHQ, "KHQ (AP)", "", "Police say three men suffered severe cuts when a knife-wielding man attacked a crowd of people in downtown Indianapolis after being told to stop playing a siren on a bullhorn.",
     [("three", "count", 3, "count")]),
    (KHQ, "KHQ (AP)", "", "Jail records show 57-year-old Gary Madison of Indianapolis faces three preliminary charges of battery by means of a deadly weapon.",
     [("57-year-old", "age", 57, "year"), ("three", "count", 3, "count")]),
    (KHQ, "KHQ (AP)", "", "Police say 28-year-old James Anderson Jr., 26-year-old Edward Lee Atkins and 46-year-old Johnny Gilson were injured in the attack Saturday afternoon on the American Legion Mall and outside the Central Library across the street.",
     [("28-year-old", "age", 28, "year"), ("26-year-old", "age", 26, "year"), ("46-year-old", "age", 46, "year")]),
    (KHQ, "KHQ (AP)", "", "Indianapolis Fire Department Battalion Chief Rita Reith says four people, including Madison, were hospitalized after the attack.",
     [("four", "count", 4, "count")]),
    (KHQ, "KHQ (AP)", "", "Two were in critical condition and two in serious condition.", [("Two", "count", 2, "count"), ("two", "count", 2, "count")]),
    (PN, "The Premier News", "", "The city of Nottingham in central England was evacuated by British police on Tuesday after three bodies were discovered there and a van attempted to run over three more people.",
     [("three", "count", 3, "count"), ("three", "count", 3, "count")]),
    (PN, "The Premier News", "", "Police reported that a 31-year-old male had been detained on suspicion of murder and that they were also looking into the incident involving the van, which they suspected to be connected.",
     [("31-year-old", "age", 31, "year")]),
    (PN, "The Premier News", "", "According to a police statement, the three individuals involved in the vehicle incident were receiving medical treatment.", [("three", "count", 3, "count")]),
    (PN, "The Premier News", "", "Three persons lost their life in this horrifying and tragic occurrence, according to Chief Constable Kate Meynell.", [("Three", "count", 3, "count")]),
]
