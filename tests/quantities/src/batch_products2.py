AFA = "https://afaae.com/greece/these-are-the-complete-specifications-of-the-sony-xperia-xz4-where-is-the-4400-mah-battery/"
GIZ = "https://www.gizbot.com/latest-mobiles/samsung-galaxy-note10-lite-7722"
HTR = "https://www.hitechreview.com/phones/smartphones/sony-plans-budget-smartphone-large-display/48242/"
SOURCE = [
    (AFA, "afaae.com", "", "These are the complete specifications of the Sony Xperia XZ4: Where is the 4,400 mAh battery?", [("4,400 mAh", "measure", 4400, "mAh")]),
    (AFA, "afaae.com", "", "It is much larger than the 3,300 mAh and 3,540mAh we found in the Xperia XZ3 and XZ2 Premium, respectively.",
     [("3,300 mAh", "measure", 3300, "mAh"), ("3,540mAh", "measure", 3540, "mAh")]),
    (AFA, "afaae.com", "", "Even in the Galaxy Note 9, Samsung has one of the 4,000 mAh.", [("4,000 mAh", "measure", 4000, "mAh")]),
    (AFA, "afaae.com", "", "Of course, speaking more realistically, you're more likely to see one of the 3,900 mAh.", [("3,900 mAh", "measure", 3900, "mAh")]),
    (AFA, "afaae.com", "", "Given that the rest of the information is true, the XZ4 will be 167mm high and 72mm wide and will come with 6GB of RAM and 128GB of storage.",
     [("167mm", "measure", 167 * MM, "km"), ("72mm", "measure", 72 * MM, "km"), ("6GB", "measure", 6, "GB"), ("128GB", "measure", 128, "GB")]),
    (GIZ, "Gizbot", "", "The phone has a 6.7-inch AMOLED panel that offers full FHD+ resolution.", [("6.7-inch", "measure", 6.7 * INCH, "km")]),
    (GIZ, "Gizbot", "", "Yes, the smartphone supports a microSD slot for an additional storage expansion upto 1TB.", [("1TB", "measure", 1000, "GB")]),
    (GIZ, "Gizbot", "", "Yes, it supports 3.5mm headphone jack.", [("3.5mm", "measure", 3.5 * MM, "km")]),
    (GIZ, "Gizbot", "", "The device is powered by a 4,500 mAh battery that supports 25W quick charging which can easily last the entire day.",
     [("4,500 mAh", "measure", 4500, "mAh"), ("25W", "measure", 25e-6, "MW")]),
    (HTR, "HiTech Review", "", "Sony appears to have a different vision on the matter, though – the acclaimed Japanese company plans to launch a new budget-oriented smartphone with a really large 6.1-inch display.",
     [("6.1-inch", "measure", 6.1 * INCH, "km")]),
    (HTR, "HiTech Review", "", "According to it, the device, which has the D2203 brand name, belongs to the Xperia T product line and sports a Qualcomm Snapdragon 400 processor with four Cortex-A7 cores at 1.2 GHz.",
     [("four", "count", 4, "count"), ("1.2 GHz", "measure", 1200, "MHz")]),
    (HTR, "HiTech Review", "", "There’s also 1 GB of RAM, a microSD card slot, Wi-Fi, Bluetooth and NFC.", [("1 GB", "measure", 1, "GB")]),
    (HTR, "HiTech Review", "", "The unnamed Sony smartphone will run Android 4.4.2 KitKat.", []),
]
