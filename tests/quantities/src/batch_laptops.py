ER = "https://www.expertreviews.com/uk/laptops/1413908/best-laptop-uk"
TESCO = "https://www.tesco.com/direct/buying-guides/laptop-buying-guide.page"
DB = "https://diamondbyte.co.uk/laptop-buying-guide/"
SU = "https://startups.co.uk/what-laptop-features-do-you-need-for-your-business/"
MEG = "https://www.meglans.co.uk/top-10-things-to-consider-when-buying-a-new-laptop/"
TW = "https://www.techwalla.com/articles/description-of-a-laptop"
TH = "http://www.thelwall.org/index.php?option=com_content&view=article&id=14:buying-a-laptop0&catid=11&Itemid=562&showall=&limitstart=5"
PCP = "http://www.pressreader.com/uk/pc-pro/20210501/283502208736897"
def gb(text, v):
    return (text, "measure", v, "GB")
def h(text, v):
    return (text, "duration", v, "hour")
SOURCE = [
    (ER, "Expert Reviews", "2021-06-28", "In our experience, you don’t really need more than 1,920 x 1,080 on a screen 14in or smaller.",
     [("1,920", "count", 1920, "count"), ("1,080", "count", 1080, "count"), ("14in", "measure", 14 * INCH, "km")]),
    (ER, "Expert Reviews", "2021-06-28", "In fact, if you have 20/20 vision, you would have to be viewing the display at a distance closer than 56cm.", [("56cm", "measure", 56 * CM, "km")]),
    (TESCO, "Tesco", "", "The big advantage of laptops is their portable nature, and some models can offer up to eight hours of battery-based running time.", [h("eight hours", 8)]),
    (TESCO, "Tesco", "", "Similarly their small size means even large 17-inch models are easily put away once you've finished using them, so they don't clutter up your home when not in use.",
     [("17-inch", "measure", 17 * INCH, "km")]),
    (TESCO, "Tesco", "", "If you don't plan on travelling with the laptop you can consider models with screens up to 19 inches in size.", [("19 inches", "measure", 19 * INCH, "km")]),
    (TESCO, "Tesco", "", "But if you plan to use a laptop on the move then models with a 15-inch screen or less are more portable and weigh less.", [("15-inch", "measure", 15 * INCH, "km")]),
    (DB, "Diamond Byte", "", "Most people struggle to fill a 250GB Hard Drive with photos, programmes and music since the average size of a photo or MP3 is about 4MB (you can store about 62,500 photos or MP3’s on a small 250GB Hard Drive).",
     [gb("250GB", 250), gb("4MB", 0.004), ("62,500", "count", 62500, "count"), gb("250GB", 250)]),
    (DB, "Diamond Byte", "", "However, if you play around with video files 250GB will be hugely insufficient and you should look to 1,000 GB (1TB) drives which can store about 24 hours of HD video.",
     [gb("250GB", 250), gb("1,000 GB", 1000), gb("1TB", 1000), h("24 hours", 24)]),
    (DB, "Diamond Byte", "", "Warning: Be very wary of buying a laptop/netbook with LESS than 64Gb of storage space.", [gb("64Gb", 64)]),
    (SU, "Startups.co.uk", "", "Laptops weighing more than 4Kg are pushing the definition of ‘portable’.", [("4Kg", "measure", 4 * KG, "t")]),
    (SU, "Startups.co.uk", "", "Expect some compromises in laptops weighing significantly less than 3Kg.", [("3Kg", "measure", 3 * KG, "t")]),
    (MEG, "Meglans", "", "There is a big difference between a £200 laptop and a £900+ laptop!", [("£200", "money", 200, "GBP"), ("£900", "money", 900, "GBP")]),
    (MEG, "Meglans", "", "Generally 4GB is a minimum you should consider.", [gb("4GB", 4)]),
    (MEG, "Meglans", "", "Typically these are from 500GB to say 1TB (1,000GB)", [gb("500GB", 500), gb("1TB", 1000), gb("1,000GB", 1000)]),
    (TW, "Techwalla", "", "They range from a 10-inch to an 20-inch for mainstream laptops.",
     [("10-inch", "measure", 10 * INCH, "km"), ("20-inch", "measure", 20 * INCH, "km")]),
    (TW, "Techwalla", "", "Their weight ranges from a couple of pounds to over 9lbs.",
     [("a couple of pounds", "measure", 2 * LB, "t"), ("9lbs", "measure", 9 * LB, "t")]),
    (TW, "Techwalla", "", "Laptop batteries vary greatly from under one hour to over ten hours.", [h("one hour", 1), h("ten hours", 10)]),
    (TW, "Techwalla", "", "Laptop battery life varies greatly from under one hour for gaming laptops to over 10-hours for small laptops.", [h("one hour", 1), h("10-hours", 10)]),
    (TH, "thelwall.org", "", "Some can have more than 12 hours of battery life but this also depends on how the machine is used;  some can run for 8 hours on light use but 2 hours with heavy use so it’s hard to get a reliable rating on this",
     [h("12 hours", 12), h("8 hours", 8), h("2 hours", 2)]),
    (PCP, "PC Pro", "2021-05-01", "As I cast my eye across the 18 laptops sitting on my desk, two things spring to mind.", [("18", "count", 18, "count"), ("two", "count", 2, "count")]),
    (PCP, "PC Pro", "2021-05-01", "I’m by no means the target market for the latter, but what an achievement to squeeze all that gaming power into a sub-£900 machine.", [("£900", "money", 900, "GBP")]),
]
