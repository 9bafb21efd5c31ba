LR = "https://www.leaprate.com/forex/market-news/apple-shares-fall-following-2bn-fine/"
RT = "http://www.reuters.com/video/2017/06/27/eu-fines-google-record-27-bln-in-antitru?videoId=371972087"
TI = "http://torrentinvites.org/f24/google-fined-2-7b-european-commission-abusing-search-monopoly-276615/"
INQ = "https://www.theinquirer.net/inquirer/news/3012692/google-hit-with-record-eur24bn-fine-in-eu-shopping-antitrust-case"
MD = "http://www.mid-day.com/articles/eu-fines-google-usd-2-4bn-for-adding-to-its-own-cart/18375195"
TB = "https://www.technobuffalo.com/google-hit-with-record-2-7-billion-fine-for-skewing-search-results"
NN = "http://www.nationalnewswatch.com/2017/06/27/eu-fines-google-a-record-2-42-billion-euros/"
RNZ = "https://www.rnz.co.nz/national/programmes/morningreport/audio/201849109/google-fined-3-point-7-billion-for-antitrust-rules"
SOURCE = [
    (LR, "LeapRate", "2024", "The tech giant has been told to pay a total of $2bn after being found guilty of restricting its rivals in the music streaming business.",
     [("$2bn", "money", 2e9, "USD")]),
    (LR, "LeapRate", "2024", "It has been reported that the fine was so big because the basic figure of €40m had a huge deterrent added to it, equivalent to 0.5% of Apple’s total global turnover.",
     [("€40m", "money", 40e6, "EUR"), ("0.5%", "percent", 0.5, "percent")]),
    (LR, "LeapRate", "2024", "News of the fine being four times what had been expected soon saw AAPL shares drop over 3% on Monday, a trend that continued on Tuesday.",
     [("four times", "multiple", 4, "times"), ("3%", "percent", 3, "percent")]),
    (RT, "Reuters", "2017-06-27", "Google slapped with the 2.42 billion euro punishment on Tuesday (June 27) for distorting internet search results in favour of its own shopping channel.",
     [("2.42 billion euro", "money", 2.42e9, "EUR")]),
    (RT, "Reuters", "2017-06-27", "That's 2.7 billion U.S. dollars That penalty imposed by the European Commission, which has given the tech giant 90 days to end the anti-competititive practice.",
     [("2.7 billion U.S. dollars", "money", 2.7e9, "USD"), ("90 days", "duration", 90, "day")]),
    (RT, "Reuters", "2017-06-27", "The fine is equivalent to 3 percent of Google's 2016 worldwide revenues and is more than double the previous record breaker of 1.06 billion euros, imposed on U.S. chipmaker Intel in 2009.",
     [("3 percent", "percent", 3, "percent"), ("double", "multiple", 2, "times"), ("1.06 billion euros", "money", 1.06e9, "EUR")]),
    (RT, "Reuters", "2017-06-27", "The European Commission says that if the practice does not stop it could face further punishment of up to five per cent of Google parent Alphabet's daily global turnover.",
     [("five per cent", "percent", 5, "percent")]),
    (TI, "Ars Technica (via torrentinvites)", "2017-06-27", "Europe's competition commissioner, Margrethe Vestager, had been expected to hit Google with a fine of around €1 billion, but the actual number is far larger: €2.42 billion, the largest anti-monopoly fine ever issued.",
     [("€1 billion", "money", 1e9, "EUR"), ("€2.42 billion", "money", 2.42e9, "EUR")]),
    (TI, "Ars Technica (via torrentinvites)", "2017-06-27", "If Google fails to remedy its anti-competitive conduct within 90 days, it will face daily penalty payments of up to 5 percent of the daily worldwide turnover of Google's parent company Alphabet.",
     [("90 days", "duration", 90, "day"), ("5 percent", "percent", 5, "percent")]),
    (TI, "Ars Technica (via torrentinvites)", "2017-06-27", "The European Commission has the power to issue fines of up to 10 percent of a company's global revenues.",
     [("10 percent", "percent", 10, "percent")]),
    (INQ, "The Inquirer", "2017-06-27", "THE EUROPEAN COMMISSION (EC) has slapped Google with a record-breaking €2.42bn (around £2.1bn) fine following a seven-year investigation into the firm's Shopping service.",
     [("€2.42bn", "money", 2.42e9, "EUR"), ("£2.1bn", "money", 2.1e9, "GBP"), ("seven-year", "duration", 7, "year")]),
    (INQ, "The Inquirer", "2017-06-27", "This fine is the biggest antitrust fine handed out by the EC to date, trumping the €1.06bn fine handed to Intel back in 2009.",
     [("€1.06bn", "money", 1.06e9, "EUR")]),
    (INQ, "The Inquirer", "2017-06-27", "Google has been ordered to end its shady practices within 90 days or the EC will hit the firm with additional penalty payments of up to 5 per cent of the average daily worldwide turnover of Alphabet, Google's parent company.",
     [("90 days", "duration", 90, "day"), ("5 per cent", "percent", 5, "percent")]),
    (MD, "Mid-day (AFP)", "2017-06-28", "EU antitrust regulators hit Alphabet unit Google with a record 2.42-billion-euro ($2.7 billion) fine on Tuesday, taking a tough line in the first of three investigations into the company's dominance in searches and smartphones.",
     [("2.42-billion-euro", "money", 2.42e9, "EUR"), ("$2.7 billion", "money", 2.7e9, "USD"), ("three", "count", 3, "count")]),
    (MD, "Mid-day (AFP)", "2017-06-28", "It is the biggest fine the EU has ever imposed on a single company in an antitrust case, exceeding a 1.06-billion-euro sanction handed down to US chipmaker Intel in 2009.",
     [("1.06-billion-euro", "money", 1.06e9, "EUR")]),
    (MD, "Mid-day (AFP)", "2017-06-28", "The fine, equivalent to 3 percent of Alphabet's turnover, is the biggest regulatory setback for Google.", [("3 percent", "percent", 3, "percent")]),
    (MD, "Mid-day (AFP)", "2017-06-28", "The Commission found that Google, with a market share in searches of over 90 per cent in most European countries, had systematically given prominent placement in searches to its own comparison shopping service and demoted those of rivals in search results.",
     [("90 per cent", "percent", 90, "percent")]),
    (TB, "TechnoBuffalo", "2017-06-27", "Google has been slapped with a record €2.4 billion (approx. $2.7 billion) fine by the European Commission for skewing search results in favor of its own shopping services.",
     [("€2.4 billion", "money", 2.4e9, "EUR"), ("$2.7 billion", "money", 2.7e9, "USD")]),
    (TB, "TechnoBuffalo", "2017-06-27", "Given that 95 percent of all clicks happen on the first page, this has greatly reduced the traffic Google sends to rival services, while its own traffic increased 45 percent, the EU said.",
     [("95 percent", "percent", 95, "percent"), ("45 percent", "percent", 45, "percent")]),
    (TB, "TechnoBuffalo", "2017-06-27", "Google must decide how it will rectify this, and notify the EU of its plan within 60 days.", [("60 days", "duration", 60, "day")]),
    (NN, "National Newswatch (AP)", "2017-06-27", "The European Union’s competition watchdog slapped a record 2.42 billion euro (US$2.72 billion) fine on internet giant Google on Tuesday for breaching antitrust rules with its online shopping service.",
     [("2.42 billion euro", "money", 2.42e9, "EUR"), ("US$2.72 billion", "money", 2.72e9, "USD")]),
    (NN, "National Newswatch (AP)", "2017-06-27", "It gave the Mountain View, California, company 90 days to stop or face fines of up to 5 per cent of the average daily worldwide turnover of parent company Alphabet.",
     [("90 days", "duration", 90, "day"), ("5 per cent", "percent", 5, "percent")]),
    (RNZ, "RNZ", "2017-06-28", "It is the biggest fine the EU has ever imposed on a single company in an antitrust case, exceeding a €1.06bn sanction handed down to US chipmaker Intel in 2009.",
     [("€1.06bn", "money", 1.06e9, "EUR")]),
]
