MMHG = 0.133322  # kPa
SCI = "https://www.scilit.net/publications/9fbca159e75b231eb4a3c4854e7642f3"
SAV = "https://www.savannahnow.com/article/20080331/NEWS/303319902"
HBP = "http://handlebloodpressure.blogspot.com/2012/04/blood-pressure-drugs-are-good-for-you.html"
CFP = "http://www.cfp.ca/lookup/external-ref?access_num=10.1055/s-2002-36765&link_type=DOI"
NAC = "https://naturalandropausecures.blogspot.com/2008/04/yes-you-can-prevent-blood-pressure.html"
SOURCE = [
    (SCI, "Scilit (JAMA abstract)", "", "Three hundred and eighty male hypertensive patients with diastolic blood pressures averaging 90 to 114 mm Hg were randomly assigned to either active antihypertensive agents or placebos.",
     [("Three hundred and eighty", "count", 380, "count"), ("90 to 114 mm Hg", "measure", 114 * MMHG, "kPa")]),
    (SCI, "Scilit (JAMA abstract)", "", "The estimated risk of developing a morbid event over a five-year period was reduced from 55% to 18% by treatment.",
     [("five-year", "duration", 5, "year"), ("from 55% to 18%", "percent", 18, "percent")]),
    (SCI, "Scilit (JAMA abstract)", "", "Terminating morbid events occurred in 35 patients of the control group as compared to 9 patients in the treated group.",
     [("35", "count", 35, "count"), ("9", "count", 9, "count")]),
    (SCI, "Scilit (JAMA abstract)", "", "Nineteen deaths related to hypertension or atherosclerosis occurred in the control group and 8 in the actively treated group.",
     [("Nineteen", "count", 19, "count"), ("8", "count", 8, "count")]),
    (SCI, "Scilit (JAMA abstract)", "", "In addition to morbid events, 20 control patients developed persistent diastolic levels of 125 mm Hg or higher.",
     [("20", "count", 20, "count"), ("125 mm Hg", "measure", 125 * MMHG, "kPa")]),
    (SAV, "Savannah Morning News (AP)", "2008-03-31", "Two big studies offer good news to people with high blood pressure, finding that novel ways to use cheap drugs already on the market can lower their risk of heart attacks, stroke and death - even if they are very old.",
     [("Two", "count", 2, "count")]),
    (SAV, "Savannah Morning News (AP)", "2008-03-31", "More than 70 million Americans have high blood pressure; only a third have it well controlled by medicines.",
     [("70 million", "count", 70e6, "count"), ("a third", "fraction", 1 / 3, "ratio")]),
    (SAV, "Savannah Morning News (AP)", "2008-03-31", "Those people had 15 percent fewer heart-related problems or strokes - 531 among the 5,721 in this group versus 653 events among the 5,741 others.",
     [("15 percent", "percent", 15, "percent"), ("531", "count", 531, "count"), ("5,721", "count", 5721, "count"), ("653", "count", 653, "count"), ("5,741", "count", 5741, "count")]),
    (SAV, "Savannah Morning News (AP)", "2008-03-31", "Six months of treatment with either combo brought blood pressure to an acceptable range for 73 percent of patients.",
     [("Six months", "duration", 6, "month"), ("73 percent", "percent", 73, "percent")]),
    (SAV, "Savannah Morning News (AP)", "2008-03-31", "The drugs are sold as generics, and some require two pills a day.", [("two", "count", 2, "count")]),
    (HBP, "Handle Blood Pressure (NYT)", "2012-04", "Patients in the studies were followed for two years on average, and many had blood pressure levels that were normal or slightly above.",
     [("two years", "duration", 2, "year")]),
    (HBP, "Handle Blood Pressure (NYT)", "2012-04", "Compared with similar patients who took dummy pills, those who took so-called antihypertensive medication cut their risk of stroke by 23 percent; heart attack by 20 percent; congestive heart failure by 29 percent; and death by 13 percent.",
     [("23 percent", "percent", 23, "percent"), ("20 percent", "percent", 20, "percent"), ("29 percent", "percent", 29, "percent"), ("13 percent", "percent", 13, "percent")]),
    (CFP, "Seminars in Vascular Medicine (abstract)", "2003-01-22", "The totality of evidence indicates a strong association between blood pressure and CHD, which is continuous down to levels of at least 115 mm Hg systolic.",
     [("115 mm Hg", "measure", 115 * MMHG, "kPa")]),
    (CFP, "Seminars in Vascular Medicine (abstract)", "2003-01-22", "Overall, for those 60 to 69 years of age, a 10 mm Hg lower systolic blood pressure is associated with about one-fifth lower risk of a CHD event.",
     [("60 to 69 years", "age", 69, "year"), ("10 mm Hg", "measure", 10 * MMHG, "kPa"), ("one-fifth", "fraction", 0.2, "ratio")]),
    (CFP, "Seminars in Vascular Medicine (abstract)", "2003-01-22", "Trials comparing active treatment to placebo or no treatment have demonstrated that the benefits of blood pressure lowering with different classes of drugs (e.g., diuretics, beta-blockers, ACE inhibitors, calcium antagonists) are broadly similar, with approximately one-fifth reduction in CHD.",
     [("one-fifth", "fraction", 0.2, "ratio")]),
    (NAC, "Natural Andropause Cures (AP)", "2008-04", "Those people had about 20 percent fewer heart-related problems or strokes -- 526 among the 5,713 in this group versus 650 events among the 5,732 others, Jamerson said.",
     [("20 percent", "percent", 20, "percent"), ("526", "count", 526, "count"), ("5,713", "count", 5713, "count"), ("650", "count", 650, "count"), ("5,732", "count", 5732, "count")]),
]
