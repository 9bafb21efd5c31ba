from mentions import n, pc
FN = "https://www.finanznachrichten.de/nachrichten-2025-10/66765666-walking-weekly-can-boost-heart-health-in-older-people-study-finds-020.htm"
MAD = "https://madison.com/lifestyles/health-med-fit/advice/dr-zorba-paster-new-study-may-offer-hope-for-ptsd/article_50329984-d87e-5d95-9992-4c3456ece4fc.html"
BK = "https://beckershospitalreview.com/cardiology/brisk-walking-can-reduce-risk-of-heart-disease-cancer-and-even-dementia.html"
YH = "https://sg.news.yahoo.com/walking-more-could-lower-risk-risk-death-105506868.html"
PCP = "https://www.pcptexas.net/steps-per-day-matter-middle-age-not-many-may-think/"
BG = "https://www.bostonglobe.com/2021/09/16/metro/study-co-authored-by-umass-amherst-researcher-finds-taking-more-steps-each-day-could-lenghten-your-life/"
SOURCE = [
    (FN, "finanznachrichten.de (dpa-AFX)", "2025-10", "WASHINGTON (dpa-AFX) - A new Harvard University study, published in the British Journal of Sports Medicine, found that even walking 4,000 steps a day just once or twice a week can lower the risk of dying early or developing heart disease.",
     [n("4,000", 4000)]),
    (FN, "finanznachrichten.de (dpa-AFX)", "2025-10", "The study tracked 13,547 U.S. women aged 62 and older, who wore activity trackers for a week between 2011 and 2015.",
     [n("13,547", 13547), ("62", "age", 62, "year"), ("a week", "duration", 1, "week")]),
    (FN, "finanznachrichten.de (dpa-AFX)", "2025-10", "Researchers then followed them for more than 10 years.", [("10 years", "duration", 10, "year")]),
    (FN, "finanznachrichten.de (dpa-AFX)", "2025-10", "During that time, 1,765 women died and 781 developed heart disease.", [n("1,765", 1765), n("781", 781)]),
    (FN, "finanznachrichten.de (dpa-AFX)", "2025-10", "Those who walked at least 4,000 steps a day once or twice a week had a 26 percent lower risk of death from any cause and a 27 percent lower risk of dying from heart disease, compared to those who never reached that step count.",
     [n("4,000", 4000), pc("26 percent", 26), pc("27 percent", 27)]),
    (FN, "finanznachrichten.de (dpa-AFX)", "2025-10", "If participants reached 4,000 steps on three or more days a week, their risk of death from any cause dropped even more, while the risk of heart-related death stayed at 27 percent.",
     [n("4,000", 4000), ("three", "duration", 3, "day"), pc("27 percent", 27)]),
    (MAD, "Wisconsin State Journal (madison.com)", "2020-06-19", "This was a sample of nearly 5,000 adults age 40 and over who wore track devices for at least one week — folks who were regular walkers.",
     [n("5,000", 5000), ("40", "age", 40, "year"), ("one week", "duration", 1, "week")]),
    (MAD, "Wisconsin State Journal (madison.com)", "2020-06-19", "We know that walking less than 1,500 steps a day may make you feeble and that 4,000 steps a day is the low normal for adults.",
     [n("1,500", 1500), n("4,000", 4000)]),
    (MAD, "Wisconsin State Journal (madison.com)", "2020-06-19", "People who walked 8,000 steps per day had a 51% lower risk of dying from any cause, not just heart disease, than those who only walked 4,000 steps per day.",
     [n("8,000", 8000), pc("51%", 51), n("4,000", 4000)]),
    (BK, "Becker's Hospital Review", "2022", "The first study, published in JAMA Internal Medicine, followed 78,500 individuals over seven years.", [n("78,500", 78500), ("seven years", "duration", 7, "year")]),
    (BK, "Becker's Hospital Review", "2022", "It found that reaching up to 10,000 steps a day might be associated with a lower risk of death from cardiovascular disease and cancer.", [n("10,000", 10000)]),
    (BK, "Becker's Hospital Review", "2022", "The second study, published in JAMA Neurology, followed more than 78,400 adults aged 40 to 79 for almost seven years.",
     [n("78,400", 78400), ("40 to 79", "age", 79, "year"), ("seven years", "duration", 7, "year")]),
    (BK, "Becker's Hospital Review", "2022", "Researchers found a daily step count of 9,826 most reduced risk of dementia but even as few as 3,826 daily steps had an observable effect.",
     [n("9,826", 9826), n("3,826", 3826)]),
    (YH, "Yahoo News", "2020", "New research has found that walking at least 8,000 steps a day could lower your risk of death from all causes.", [n("8,000", 8000)]),
    (YH, "Yahoo News", "2020", "Moreover, walking 12,000 steps per day was associated with a 65 percent lower risk, compared with walking 4,000 steps.",
     [n("12,000", 12000), pc("65 percent", 65), n("4,000", 4000)]),
    (PCP, "Primary Care Partners Texas", "2021", "Walking at least 7,000 steps a day reduced middle-aged people’s risk of premature death from all causes by 50% to 70%, compared to that of other middle-aged people who took fewer daily steps.",
     [n("7,000", 7000), pc("50% to 70%", 70)]),
    (BG, "Boston Globe", "2021-09-16", "The study said that among 2,110 adults with a “mean follow-up of 10.8 years,” those who took at least 7,000 steps daily had a 50 percent to 70 percent “lower risk of mortality,” compared to participants who took fewer than 7,000 steps each day.",
     [n("2,110", 2110), ("10.8 years", "duration", 10.8, "year"), n("7,000", 7000), pc("50 percent to 70 percent", 70), n("7,000", 7000)]),
    (BG, "Boston Globe", "2021-09-16", "Participants, the study said, were between the ages of 38 to 50 and wore a device known as an accelerometer from 2005 to 2006 to track their steps.",
     [("38 to 50", "age", 50, "year")]),
]
