DDN = "https://daytondailynews.com/weather/rainy-windy-chilly-today-sunny-again-sunday/2JHRMTPQDRASDFBEZMVKMAINXY"
KVIA = "https://kvia.com/weather/forecast/2021/04/12/rain-chance-and-cooler-temps-for-the-weekend"
WMC1 = "https://www.wmcactionnews5.com/2019/10/24/big-rain-event-friday-saturday/"
WMC2 = "http://www.wmcactionnews5.com/2019/04/11/dry-windy-afternoon-rain-arrives-tonight/"
KWWL = "https://www.kwwl.com/weather/forecast/tracking-stronger-winds-ahead/article_6004c01a-5a8b-11ed-831b-2f56d8e951b5.html"
WLFI = "https://www.wlfi.com/weather/another-warm-and-windy-day-ahead-with-rain-chances-for-tomorrow/article_070d1bbc-5381-11ed-99af-13f805866c6f.html"
WAAY = "https://www.waaytv.com/news/sunny-and-warm-thursday-cooler-air-arrives-tonight/article_258240be-97e1-11ed-9291-0b3ae5eff53f.html"
NBC = "https://www.nbcrightnow.com/mostly-cloudy-breezy-tonight-stray-t-storms-in-the-blues/article_d30b3986-e5e2-11ec-9433-cf6fdd7c1dd7.html"
SOURCE = [
    (DDN, "Dayton Daily News", "", "Wind gusts will be around 30 mph, with sustained winds around 17 mph for most of the day before gradually lessening overnight.",
     [("30 mph", "measure", 30 * MPH, "km/h"), ("17 mph", "measure", 17 * MPH, "km/h")]),
    (DDN, "Dayton Daily News", "", "Highs will be around 50 degrees first thing this morning, and temperatures will slowly fall to a low around 38 degrees tonight.",
     [("50 degrees", "measure", f_to_c(50), "degC"), ("38 degrees", "measure", f_to_c(38), "degC")]),
    (DDN, "Dayton Daily News", "", "Highs will be warmer at around 63 degrees, and lows will be around 40 degrees.",
     [("63 degrees", "measure", f_to_c(63), "degC"), ("40 degrees", "measure", f_to_c(40), "degC")]),
    (DDN, "Dayton Daily News", "", "Monday will be warm with highs around 72 degrees.", [("72 degrees", "measure", f_to_c(72), "degC")]),
    (DDN, "Dayton Daily News", "", "Lows will be around 47 degrees.", [("47 degrees", "measure", f_to_c(47), "degC")]),
    (KVIA, "KVIA", "2021-04-12", "Winds will kick up later Wednesday and Thursday with gusts near 40 mph.", [("40 mph", "measure", 40 * MPH, "km/h")]),
    (KVIA, "KVIA", "2021-04-12", "Rain chances will be around 20-30%.", [("20-30%", "percent", 30, "percent")]),
    (WMC1, "WMC Action News 5", "2019-10-24", "Lows in the low to mid 50s with a northeast wind at 5 mph.", [("5 mph", "measure", 5 * MPH, "km/h")]),
    (WMC1, "WMC Action News 5", "2019-10-24", "1-2 inches possible before sunset.", [("1-2 inches", "measure", 2 * INCH, "km")]),
    (WMC1, "WMC Action News 5", "2019-10-24", "An additional 1-3 inches possible.", [("1-3 inches", "measure", 3 * INCH, "km")]),
    (WMC1, "WMC Action News 5", "2019-10-24", "Winds picking up around 15-25 mph by Saturday morning.", [("15-25 mph", "measure", 25 * MPH, "km/h")]),
    (WMC1, "WMC Action News 5", "2019-10-24", "Showers ending by late afternoon or evening.", []),
    (WMC2, "WMC Action News 5", "2019-04-11", "We will have windy conditions with gusts up to 35 mph.", [("35 mph", "measure", 35 * MPH, "km/h")]),
    (KWWL, "KWWL", "2022-11-02", "Winds out of the south are breezy at 10-20 mph, with gusts up to 30 mph possible.",
     [("10-20 mph", "measure", 20 * MPH, "km/h"), ("30 mph", "measure", 30 * MPH, "km/h")]),
    (KWWL, "KWWL", "2022-11-02", "Winds stay relatively strong out of the south at 10-15 mph.", [("10-15 mph", "measure", 15 * MPH, "km/h")]),
    (KWWL, "KWWL", "2022-11-02", "Winds are stronger out of the south at 15-25 mph, with gusts up to 35 mph possible.",
     [("15-25 mph", "measure", 25 * MPH, "km/h"), ("35 mph", "measure", 35 * MPH, "km/h")]),
    (KWWL, "KWWL", "2022-11-02", "Winds shift from the south to the north at around 10-15 mph.", [("10-15 mph", "measure", 15 * MPH, "km/h")]),
    (WLFI, "WLFI", "", "Winds will be out of the south at 10-20 mph with gusts up to 30-40 at times.",
     [("10-20 mph", "measure", 20 * MPH, "km/h"), ("30-40", "measure", 40 * MPH, "km/h")]),
    (WLFI, "WLFI", "", "Winds will continue to be strong, 10-20 mph.", [("10-20 mph", "measure", 20 * MPH, "km/h")]),
    (WAAY, "WAAY", "", "It stays breezy throughout the day, with gusty southwest winds up to 30 MPH possible.", [("30 MPH", "measure", 30 * MPH, "km/h")]),
    (NBC, "NBC Right Now", "", "Cloudy and breezy tonight, a slight chance of a stray thunderstorm winds 10-15 mph and gusts up to 20 mph overnight lows in the 40s and 50s.",
     [("10-15 mph", "measure", 15 * MPH, "km/h"), ("20 mph", "measure", 20 * MPH, "km/h")]),
]
