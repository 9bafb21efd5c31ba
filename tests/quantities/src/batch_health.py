PM = "http://47.251.13.51:8081/28447625"
UP = "http://103.247.176.188/FullText.aspx?id=95400699"
TH = "https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/3130965"
IL = "https://th4.ilovetranslation.com/LJWaKB2MlUb=d"
SOURCE = [
    (PM, "Journal of Human Hypertension (abstract, PMID 28447625)", "2017",
     "A prospective, double-blind, randomised, placebo-controlled trial was conducted in 176 subjects (103 men, aged 52±10 years), with blood pressure (BP) of 130-139 mm Hg systolic and/or 85-89 mm Hg diastolic entered.",
     [("176", "count", 176, "count"), ("103", "count", 103, "count"), ("52±10 years", "age", 52, "year"),
      ("130-139 mm Hg", "measure", 139 * 0.133322, "kPa"), ("85-89 mm Hg", "measure", 89 * 0.133322, "kPa")]),
    (PM, "Journal of Human Hypertension (abstract, PMID 28447625)", "2017",
     "The overall response rate at week 12 was significantly greater with supplements than placebo (58% (51 of 88) and 25% (22 of 88), respectively, P<0.0001).",
     [("58%", "percent", 58, "percent"), ("51", "count", 51, "count"), ("88", "count", 88, "count"),
      ("25%", "percent", 25, "percent"), ("22", "count", 22, "count"), ("88", "count", 88, "count")]),
    (PM, "Journal of Human Hypertension (abstract, PMID 28447625)", "2017",
     "At 12 weeks, the supplement group had lower systolic BP compared to the placebo group.", [("12 weeks", "duration", 12, "week")]),
    (UP, "Umezu polyphenols trial (full text)", "",
     "A total of 15 healthy workers without antihypertensive medication who had some concerns about their BP were randomized in a double-blind manner into UP ingesting and placebo groups.",
     [("15", "count", 15, "count")]),
    (UP, "Umezu polyphenols trial (full text)", "",
     "Each subject was instructed to take four capsules daily for 12 weeks (daily UP dose, 800 mg for the UP ingesting group; and 0 mg for the placebo group).",
     [("four", "count", 4, "count"), ("12 weeks", "duration", 12, "week"), ("800 mg", "measure", 800e-9, "t"), ("0 mg", "measure", 0, "t")]),
    (UP, "Umezu polyphenols trial (full text)", "", "These subjects were followed for 12 weeks.", [("12 weeks", "duration", 12, "week")]),
    (UP, "Umezu polyphenols trial (full text)", "", "All of the 15 subjects completed the 12-week intervention trial.",
     [("15", "count", 15, "count"), ("12-week", "duration", 12, "week")]),
    (TH, "American Journal of Clinical Nutrition, 65(2)", "1997",
     "Phase I of the Trials of Hypertension Prevention was conducted in 2182 adults, aged 35-54 y, with diastolic blood pressure of 80-89 mm Hg.",
     [("2182", "count", 2182, "count"), ("35-54 y", "age", 54, "year"), ("80-89 mm Hg", "measure", 89 * 0.133322, "kPa")]),
    (IL, "ilovetranslation.com", "",
     "About 25% of american adults have high blood-pressure, or hypertension, which can dramatically increase the risk of heart attack and stroke.",
     [("25%", "percent", 25, "percent")]),
]
