WN = "https://wnhub.io/news/other/item-4303"
PB = "https://mobile.phonebunch.com/compare-phones/xiaomi_redmi_9_(india)-3973-vs-samsung_galaxy_j3_(2016)-2391"
GB = 1
SOURCE = [
    (WN, "WN Hub", "", "The Chinese company has officially announced that it plans to introduce a giant smartphone with a screen diagonal of 6.1 inches.",
     [("6.1 inches", "measure", 6.1 * INCH, "km")]),
    (WN, "WN Hub", "", "Recall that the Galaxy Note II is considered the “biggest boy” today (by the way, it officially entered the Russian market today with a price tag of 29,990 rubles), whose diagonal is also not small 5.5 inches.",
     [("29,990 rubles", "money", 29990, "RUB"), ("5.5 inches", "measure", 5.5 * INCH, "km")]),
    (WN, "WN Hub", "", "The screen resolution is 1920 x 1080 pixels, 2 GB of RAM, a quad-core processor at, attention, 1.8 GHz and an almost tablet battery – 4000 mAh.",
     [("1920", "count", 1920, "count"), ("1080", "count", 1080, "count"), ("2 GB", "measure", 2, "GB"), ("1.8 GHz", "measure", 1800, "MHz"), ("4000 mAh", "measure", 4000, "mAh")]),
    (PB, "PhoneBunch", "", "Rs. 8,999 ($0.00) [Similarly Priced]", [("Rs. 8,999", "money", 8999, "INR"), ("$0.00", "money", 0, "USD")]),
    (PB, "PhoneBunch", "", "Rs. 7,990 ($117.50) [Similarly Priced]", [("Rs. 7,990", "money", 7990, "INR"), ("$117.50", "money", 117.5, "USD")]),
    (PB, "PhoneBunch", "", "196 g (6.91 oz)", [("196 g", "measure", 196 * G, "t"), ("6.91 oz", "measure", 6.91 * OZ, "t")]),
    (PB, "PhoneBunch", "", "138 g (4.87 oz)", [("138 g", "measure", 138 * G, "t"), ("4.87 oz", "measure", 4.87 * OZ, "t")]),
    (PB, "PhoneBunch", "", "4 GB [Browse Similar]", [("4 GB", "measure", 4, "GB")]),
    (PB, "PhoneBunch", "", "microSD, up to 128 GB (dedicated slot)", [("128 GB", "measure", 128, "GB")]),
    (PB, "PhoneBunch", "", "6.53 inches [Similar]", [("6.53 inches", "measure", 6.53 * INCH, "km")]),
    (PB, "PhoneBunch", "", "Quad-core 1.2 GHz Cortex-A7, Spreadtrum SC9830A [Similar]", [("1.2 GHz", "measure", 1200, "MHz")]),
]
