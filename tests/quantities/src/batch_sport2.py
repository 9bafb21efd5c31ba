NEWSER = "https://www.newser.com/story/341124/he-just-shattered-the-marathon-world-record.html"
DISP = "http://www.pressreader.com/usa/the-columbus-dispatch/20140929/282583081235422"
ENOW = "https://enow.com/content;_ylt=AwrEru91PmpnUTUaoA6oCmVH;_ylu=Y29sbwNiZjEEcG9zAzQEdnRpZAMEc2VjA3JlbC1lYXN0?ei=UTF-8&q=marathon+runner+speed&s_it=rs-rhr1"
ENOW2 = "https://enow.com/content;_ylt=AwriluS97GhnNwwHdySoCmVH;_ylu=Y29sbwNiZjEEcG9zAzE0BHZ0aWQDBHNlYwNyZWwtZWFzdA--?ei=UTF-8&q=sub+2+hour+marathon+pace+chart+generator+full+download&s_it=rs-rhr1"
SOURCE = [
    (NEWSER, "Newser", "2023-10-09", "Kelvin Kiptum on Sunday ran the Chicago Marathon in what once would have been an unthinkable time: just 35 seconds over 2 hours.",
     [("35 seconds", "duration", 35, "second"), ("2 hours", "duration", 2, "hour")]),
    (NEWSER, "Newser", "2023-10-09", "The second-place finisher, Daniel Kibet Mateiko, was three minutes and 27 seconds behind him.",
     [("three minutes and 27 seconds", "duration", 3 + 27 / 60, "minute")]),
    (NEWSER, "Newser", "2023-10-09", "Astonishingly, Kiptum, 23, ran his first marathon just last December (in fact, he ran the fastest-ever marathon debut in that race) and Chicago was just his third competitive marathon after he set a course record in London in April.",
     [("23", "age", 23, "year")]),
    (DISP, "The Columbus Dispatch (AP)", "2014-09-29", "Dennis Kimetto knocked 26 seconds off the world marathon record yesterday as the sub-2-hour mark moved a step closer.",
     [("26 seconds", "duration", 26, "second"), ("2-hour", "duration", 2, "hour")]),
    (DISP, "The Columbus Dispatch (AP)", "2014-09-29", "The 30-year-old Kenyan won the 41st Berlin Marathon in 2 hours, 2 minutes, 57 seconds, becoming the first runner to complete a marathon in under 2 hours, 3 minutes.",
     [("30-year-old", "age", 30, "year"), ("2 hours", "duration", 2, "hour"), ("2 minutes", "duration", 2, "minute"), ("57 seconds", "duration", 57, "second"),
      ("2 hours", "duration", 2, "hour"), ("3 minutes", "duration", 3, "minute")]),
    (DISP, "The Columbus Dispatch (AP)", "2014-09-29", "During yesterday’s race, Mutai set a world record in running 30 kilometers in 1:27:37, just beating Patrick Makau’s previous best of 1:27.38 from 2011.",
     [("30 kilometers", "measure", 30, "km")]),
    (ENOW, "Wikipedia (via enow.com)", "", "All three runners ran a test 2 months before the attempt.",
     [("three", "count", 3, "count"), ("2 months", "duration", 2, "month")]),
    (ENOW, "Wikipedia (via enow.com)", "", "The course was measured at 2400 m per lap.", [("2400 m", "measure", 2.4, "km")]),
    (ENOW, "Wikipedia (via enow.com)", "", "During the 2-hour attempt, the runners were paced by a lead car and 30 supporting pacers joining in stages (both considered illegal under IAAF rules).",
     [("2-hour", "duration", 2, "hour"), ("30", "count", 30, "count")]),
    (ENOW2, "Wikipedia (via enow.com)", "", "Gebrselassie stated in 2011 that the 2 hour mark could be broken in 20 to 25 years.",
     [("2 hour", "duration", 2, "hour"), ("20 to 25 years", "duration", 25, "year")]),
]
