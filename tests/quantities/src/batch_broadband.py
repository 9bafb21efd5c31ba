PC = "http://pcrescue.com.au/problem050901.htm"
FT = "https://fairtel.com.au/adsl-broadband/residential-adsl/"
CCI = "https://www.cci.net.au/nbn/terms"
NO = "https://www.noted.co.nz/tech/nz-broadband-australia-but-mobile-data-different-story/"
ED = "https://eedle.com/2004/06/10/were-a-broadban/"
CB = "https://www.comparebroadband.com.au/broadband-articles/nbn-id14/the-australian-dream-a-national-broadband-network-with-cheap-unlimited-downloads-id200/"
SOURCE = [
    (PC, "PC Rescue", "2005-09-01", "Bigpond CEO Justine Milne recently said that around half his broadband customers upgrade to more expensive plans.",
     [("half", "fraction", 0.5, "ratio")]),
    (PC, "PC Rescue", "2005-09-01", "The cheapest plans generally offer a 200Mb allowance.", [("200Mb", "measure", 0.2, "GB")]),
    (PC, "PC Rescue", "2005-09-01", "The light 400Mb user that does little more than check email and read a few web pages would end up with a monthly bill of around sixty dollars.",
     [("400Mb", "measure", 0.4, "GB"), ("sixty dollars", "money", 60, "AUD")]),
    (FT, "Fairtel", "", "You can choose to have your speed reduced (shaped) to 256kbps once you use up all of your included allowance or you can continue using the service at the same speed and pay excess data charges.",
     [("256kbps", "measure", 0.256, "Mbit/s")]),
    (FT, "Fairtel", "", "The service is available with a minimum term of 12 months.", [("12 months", "duration", 12, "month")]),
    (FT, "Fairtel", "", "Fast churn fee of $40 (ex GST) applies for services churned from any provider who participates in the DSL/SSS transfer scheme.",
     [("$40", "money", 40, "AUD")]),
    (CCI, "CCI", "", "Once you exceed your monthly allowance your download and upload speeds are restricted to 1.5Mbps for the remainder of your billing month.",
     [("1.5Mbps", "measure", 1.5, "Mbit/s")]),
    (NO, "Noted (NZ Listener)", "2018-06-30", "We are using much more data – on average 250GB (gigabytes) a month for users of fibre last year.",
     [("250GB", "measure", 250, "GB")]),
    (NO, "Noted (NZ Listener)", "2018-06-30", "As a result, about two-thirds of broadband plans are now “unlimited” – they have no monthly download cap.",
     [("two-thirds", "fraction", 2 / 3, "ratio")]),
    (NO, "Noted (NZ Listener)", "2018-06-30", "Telstra is offering its Endless Data BYO Plan for A$69 ($75) a month, including 40GB of mobile data a month at full-speed access, then limited to 1.5Mbps (megabits per second) for unlimited data thereafter.",
     [("A$69", "money", 69, "AUD"), ("$75", "money", 75, "NZD"), ("40GB", "measure", 40, "GB"), ("1.5Mbps", "measure", 1.5, "Mbit/s")]),
    (NO, "Noted (NZ Listener)", "2018-06-30", "Vodafone Australia offers three plans: A$60 a month for 40GB of 4G mobile data, A$80 for 70GB and A$120 for 100GB of data.",
     [("three", "count", 3, "count"), ("A$60", "money", 60, "AUD"), ("40GB", "measure", 40, "GB"), ("A$80", "money", 80, "AUD"),
      ("70GB", "measure", 70, "GB"), ("A$120", "money", 120, "AUD"), ("100GB", "measure", 100, "GB")]),
    (ED, "eedle.com", "2004-06-10", "“Australia is lagging behind the rest of the developed world as far as the spread of broadband goes, with only 13 percent penetration expected by the end of 2008, the technology research firm IDC says in a study.",
     [("13 percent", "percent", 13, "percent")]),
    (ED, "eedle.com", "2004-06-10", "Well Telstra is trying to do something about that, with it’s new pricing plans starting at $29.95 for broadband.", [("$29.95", "money", 29.95, "AUD")]),
    (CB, "Compare Broadband", "2010", "The resounding answer from 441 respondents was that Australians want cheap, super-fast, unlimited broadband internet.", [("441", "count", 441, "count")]),
    (CB, "Compare Broadband", "2010", "71 percent of voters fell into the two cheapest categories of only being willing to spend $50 or less per month, with half of these people saying the most they would pay is $40 per month.",
     [("71 percent", "percent", 71, "percent"), ("two", "count", 2, "count"), ("$50", "money", 50, "AUD"), ("half", "fraction", 0.5, "ratio"), ("$40", "money", 40, "AUD")]),
    (CB, "Compare Broadband", "2010", "TPG, Australia’s 3rd largest ISP, offers unlimited ADSL2+ broadband in certain locations for $75 per month, and the likelihood is other internet providers will follow suit.",
     [("$75", "money", 75, "AUD")]),
    (CB, "Compare Broadband", "2010", "Only 7 percent of participants said they would pay $100 per month for unlimited ADSL2+ downloads, while 2 percent said they could afford $150 per month.",
     [("7 percent", "percent", 7, "percent"), ("$100", "money", 100, "AUD"), ("2 percent", "percent", 2, "percent"), ("$150", "money", 150, "AUD")]),
]
