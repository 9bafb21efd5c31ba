CG = "http://climategkc.org/greenlands-melting-ice-raised-global-sea-level-by-2-2mm-in-two-months/"
SN = "https://sourcenews.scot/tag/rising-sea-levels/"
TL = "https://www.timeslive.co.za/sunday-times-daily/world/2021-01-25-nature-loses-its-cool-loss-of-global-ice-hits-record-high/"
VU = "https://vuink.com/post/oop-d-dpbz/news/articles/cy4ly8vde85o"
SD = "https://successdigestonline.com/?p=541174"
FE = "http://www.fasterthanexpected.com/2019/04/08/melting-glaciers-contribute-a-third-of-sea-level-rise/"
SO = "http://solonews.net/934311/news/global-warming-is-shrinking-glaciers-faster-than-thought.html"
KM3 = 1e9  # m3
SOURCE = [
    (CG, "The Guardian (via climategkc.org)", "2020-03-19", "Greenland’s Melting Ice Raised Global Sea Level By 2.2mm In Two Months",
     [("2.2mm", "measure", 2.2 * MM, "km"), ("Two Months", "duration", 2, "month")]),
    (CG, "The Guardian (via climategkc.org)", "2020-03-19", "Last year’s summer was so warm that it helped trigger the loss of 600bn tons of ice from Greenland – enough to raise global sea levels by 2.2mm in just two months, new research has found.",
     [("600bn tons", "measure", 600e9, "t"), ("2.2mm", "measure", 2.2 * MM, "km"), ("two months", "duration", 2, "month")]),
    (SN, "Source News", "", "There has been a 65% increase in the rate of ice loss over the 23-year survey, with the ice loss over the study period estimated to have raised sea levels by 35 millimetres.",
     [("65%", "percent", 65, "percent"), ("23-year", "duration", 23, "year"), ("35 millimetres", "measure", 35 * MM, "km")]),
    (TL, "Times Live", "2021-01-25", "Melting of land ice added enough water to the ocean during past 30 years to raise average global sea level by 3.5cm",
     [("30 years", "duration", 30, "year"), ("3.5cm", "measure", 3.5 * CM, "km")]),
    (TL, "Times Live", "2021-01-25", "Altogether, an estimated 28 trillion metric tons of ice have melted away from the world’s sea ice, ice sheets and glaciers since the mid-1990s.",
     [("28 trillion metric tons", "measure", 28e12, "t")]),
    (TL, "Times Live", "2021-01-25", "Annually, the melt rate is now about 57% faster than it was three decades ago, scientists report in a study published Monday in the journal The Cryosphere.",
     [("57%", "percent", 57, "percent")]),
    (VU, "BBC (via vuink)", "", "Mountain glaciers - frozen rivers of ice – act as a freshwater resource for millions of people worldwide and lock up enough water to raise global sea-levels by 32cm (13in) if they melted entirely.",
     [("millions of", "count", 2e6, "count"), ("32cm", "measure", 32 * CM, "km"), ("13in", "measure", 13 * INCH, "km")]),
    (VU, "BBC (via vuink)", "", "Over the past decade or so, glacier losses were more than a third higher than during the period 2000-2011.",
     [("a third", "fraction", 1 / 3, "ratio")]),
    (VU, "BBC (via vuink)", "", "The study combined more than 230 regional estimates from 35 research teams around the world, making scientists even more confident about exactly how fast glaciers are melting, and how they will evolve in the future.",
     [("230", "count", 230, "count"), ("35", "count", 35, "count")]),
    (VU, "BBC (via vuink)", "", "But glaciers have been shrinking pretty much everywhere over the past 20 years as temperatures have risen due to human activities, principally burning fossil fuels.",
     [("20 years", "duration", 20, "year")]),
    (SD, "The Guardian (via successdigestonline)", "", "The loss is equivalent to more than 13,200 cubic kilometres of water – enough to fill Lake Superior, or more than 10m Wembley Stadiums – with knock-on effects on highly populated river deltas, wildlife habitats and sea levels.",
     [("13,200 cubic kilometres", "measure", 13200 * KM3, "m3"), ("10m", "count", 10e6, "count")]),
    (FE, "National Geographic (via fasterthanexpected.com)", "2019-04-08", "Last January, a study in Nature Climate Change showed the world’s glaciers are the smallest they’ve been in human history, revealing radiocarbon material that hasn’t been exposed for 40,000 years.",
     [("40,000 years", "duration", 40000, "year")]),
    (FE, "National Geographic (via fasterthanexpected.com)", "2019-04-08", "Glaciers have lost more than 9 trillion tons (that is 9,625,000,000,000 tons) of ice between 1961 and 2016, which has resulted in global sea levels rising by 27 millimeters in this period.",
     [("9 trillion tons", "measure", 9e12, "t"), ("9,625,000,000,000 tons", "measure", 9.625e12, "t"), ("27 millimeters", "measure", 27 * MM, "km")]),
    (FE, "National Geographic (via fasterthanexpected.com)", "2019-04-08", "They found mountain glaciers contribute roughly a third of measured sea-level rise—the same contribution to sea-level rise as the Greenland ice sheet and more than the contribution of the Antarctic ice sheet.",
     [("a third", "fraction", 1 / 3, "ratio")]),
    (FE, "National Geographic (via fasterthanexpected.com)", "2019-04-08", "The global mass loss of glacier ice has increased significantly in the last 30 years, and currently amounts to 335 billion tons of lost ice each year.",
     [("30 years", "duration", 30, "year"), ("335 billion tons", "measure", 335e9, "t")]),
    (FE, "National Geographic (via fasterthanexpected.com)", "2019-04-08", "This corresponds to an increase in sea levels of almost one millimeter per year.",
     [("one millimeter", "measure", 1 * MM, "km")]),
    (SO, "Solo News", "", "That's far more than previous studies, which Zemp said relied on data from around 500 glaciers.", [("500", "count", 500, "count")]),
    (SO, "Solo News", "", "This allowed the researchers to reconstruct changes in the ice thickness of more than 19,000 glaciers worldwide.", [("19,000", "count", 19000, "count")]),
    (SO, "Solo News", "", "Researchers were then able to spot ice thickness changes to more than 190,000 glaciers around the world.", [("190,000", "count", 190000, "count")]),
]
