CC = "https://cyclechat.net"
AB = "https://abcnews.go.com/Sports/video/athlete-1st-run-marathon-hours-66247858"
AN = "https://sports.answers.com/individual-sports/What_is_the_fastest_ever_marathon_time"
NW = "https://www.newser.com/story/341124/he-just-shattered-the-marathon-world-record.html"
BN = "https://www.bol-news.com/2017/05/kenyan-misses-breaking-2-hour-marathon.html"
SOURCE = [
    (CC, "CycleChat forum", "2019-10-12", "running 100m in 17 seconds is hard enough, but keeping that up for 26 miles is bonkers.",
     [("100m", "measure", 0.1, "km"), ("17 seconds", "duration", 17, "second"), ("26 miles", "measure", 26 * MILE, "km")]),
    (CC, "CycleChat forum", "2019-10-12", "At school aged 11 was the last time I was timed over 100m and, try as I might, I couldn't get below 17 seconds once.",
     [("11", "age", 11, "year"), ("100m", "measure", 0.1, "km"), ("17 seconds", "duration", 17, "second")]),
    (AB, "ABC News", "2019-10-13", "Eliud Kipchoge bested the two hour mark by 20 seconds for a final time of 1 hour, 59 minutes and 40 seconds.",
     [("two hour", "duration", 2, "hour"), ("20 seconds", "duration", 20, "second"), ("1 hour", "duration", 1, "hour"),
      ("59 minutes and 40 seconds", "duration", 59 + 40 / 60, "minute")]),
    (AN, "Answers.com", "", "The fastest marathon ever run is 2 hours, 3 minutes and 02 seconds - set by Kenya's Geoffrey Mutai on April 18th 2011 at the Boston Marathon.",
     [("2 hours", "duration", 2, "hour"), ("3 minutes and 02 seconds", "duration", 3 + 2 / 60, "minute")]),
    (NW, "Newser", "2023-10-09", "Kelvin Kiptum on Sunday ran the Chicago Marathon in what once would have been an unthinkable time: just 35 seconds over 2 hours.",
     [("35 seconds", "duration", 35, "second"), ("2 hours", "duration", 2, "hour")]),
    (NW, "Newser", "2023-10-09", "The Kenyan runner's 2:00:35 finish, which still must be ratified, beat the previous world record for a marathon, set by Eliud Kipchoge, by 34 seconds; it's the first time anyone has run a marathon in less than 2:01:00, CNN reports.",
     [("34 seconds", "duration", 34, "second")]),
    (NW, "Newser", "2023-10-09", "The second-place finisher, Daniel Kibet Mateiko, was three minutes and 27 seconds behind him.",
     [("three minutes and 27 seconds", "duration", 3 + 27 / 60, "minute")]),
    (NW, "Newser", "2023-10-09", "Astonishingly, Kiptum, 23, ran his first marathon just last December (in fact, he ran the fastest-ever marathon debut in that race) and Chicago was just his third competitive marathon after he set a course record in London in April.",
     [("23", "age", 23, "year")]),
    (BN, "BOL News", "2017-05", "Kenyan misses breaking 2-hour marathon mark by 25 seconds",
     [("2-hour", "duration", 2, "hour"), ("25 seconds", "duration", 25, "second")]),
    (BN, "BOL News", "2017-05", "Kenyan long-distance runner Eliud Kipchoge ran a marathon on Saturday in 2 hours and 25 seconds, about 2 1/2 minutes faster than the current world record.",
     [("2 hours and 25 seconds", "duration", 2 + 25 / 3600, "hour"), ("2 1/2 minutes", "duration", 2.5, "minute")]),
    (BN, "BOL News", "2017-05", "At a racetrack in Monza, Italy, three of the world’s fastest athletes attempted to run 42.2 kilometers (26.2 miles) in under 2 hours in the latest instalment in the battle for runners’ hearts and feet.",
     [("three", "count", 3, "count"), ("42.2 kilometers", "measure", 42.2, "km"), ("26.2 miles", "measure", 26.2 * MILE, "km"), ("2 hours", "duration", 2, "hour")]),
]
