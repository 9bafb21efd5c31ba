TS = "https://tunisiesoir.com/science/study-asteroid-linked-to-japan-fireball-incident-could-be-doomed-to-hit-earth-17988-2019"
METRO = "https://metro.co.uk/2019/10/21/monster-asteroid-linked-japan-fireball-incident-doomed-hit-earth-scientists-warn-10955416/"
BT = "https://birminghamtimes.uk/2024/08/18/origin-of-asteroid-that-wiped-out-the-dinosaurs-is-found-as-fingerprint-reveals-where-space-rock-began-fateful-journey/"
UT = "https://universetoday.com/category/asteroids/page/94"
IEP = "http://sa.indiaenvironmentportal.org.in/content/14763/splash"
SOURCE = [
    (TS, "Tunisie Soir", "2019", "The thing is, scientists have now figured out the asteroid came from a much larger parent, 2003 YT1, with a diameter of around two kilometres.",
     [("two kilometres", "measure", 2, "km")]),
    (TS, "Tunisie Soir", "2019", "It’s estimated that this big boi has a six per cent chance of hitting Earth at some point in the next 10 million years.",
     [("six per cent", "percent", 6, "percent"), ("10 million years", "duration", 1e7, "year")]),
    (TS, "Tunisie Soir", "2019", "That two kilometre asteroid is the big daddy but it has a little child, which shares its space, with around a 200 metre diameter.",
     [("two kilometre", "measure", 2, "km"), ("200 metre", "measure", 0.2, "km")]),
    (METRO, "Metro", "2019-10-21", "But Japanese astronomers have claimed it actually broke off a monstrous space rock called 2003 YT1 that’s more than a mile wide.",
     [("a mile", "measure", MILE, "km")]),
    (METRO, "Metro", "2019-10-21", "For comparison’s sake, it’s believed the asteroid which killed the dinosaurs was between seven and 50 miles in diameter.",
     [("between seven and 50 miles", "measure", 50 * MILE, "km")]),
    (METRO, "Metro", "2019-10-21", "It has a 6% chance of hitting Earth at some point in the next 10 million years.",
     [("6%", "percent", 6, "percent"), ("10 million years", "duration", 1e7, "year")]),
    (METRO, "Metro", "2019-10-21", "‘The firestorm including debris thrown up and landing and starting up new fires would extend to 600 km from the impact point.",
     [("600 km", "measure", 600, "km")]),
    (BT, "Birmingham Times", "2024-08-18", "SPACE scientists have traced back the origins of the cataclysmic asteroid that wiped out the dinosaurs 66million years ago.",
     [("66million years", "duration", 66e6, "year")]),
    (BT, "Birmingham Times", "2024-08-18", "The ruinous rock – thought to be at least six miles wide – likely cannoned into earth from the outer solar system, it’s been discovered.",
     [("six miles", "measure", 6 * MILE, "km")]),
    (BT, "Birmingham Times", "2024-08-18", "Impact from the asteroid 66million years ago made the Chicxulub crater nearly 150miles in diameter, leading to devastating consequences for life on earth at the time.",
     [("66million years", "duration", 66e6, "year"), ("150miles", "measure", 150 * MILE, "km")]),
    (UT, "Universe Today", "", "Astronomers discovered a new asteroid, four days after it made a near miss of the Earth.", [("four days", "duration", 4, "day")]),
    (UT, "Universe Today", "", "The object, now called 2002 EM7, was between 40 and 80 metres across and missed the planet by a distance of only 480,200 kilometres – the 9th-closest brush ever recorded; roughly the distance from the Earth to the moon.",
     [("between 40 and 80 metres", "measure", 0.08, "km"), ("480,200 kilometres", "measure", 480200, "km")]),
    (UT, "Universe Today", "", "Had it actually hit the Earth, it could have flattened a city and caused thousands of deaths.", [("thousands of", "count", 2000, "count")]),
    (IEP, "Down To Earth (India Environment Portal)", "", "The last time one hit us was around 65 million years ago.", [("65 million years", "duration", 65e6, "year")]),
    (IEP, "Down To Earth (India Environment Portal)", "", "It wiped out the entire dinosaur population along with 70 per cent of Earth's other species and left behind a monster crater nearly 200 kilometres in diameter.",
     [("70 per cent", "percent", 70, "percent"), ("200 kilometres", "measure", 200, "km")]),
    (IEP, "Down To Earth (India Environment Portal)", "", "When his computer analysed images obtained from the 77-year-old telescope Scotti was using, he found something big.",
     [("77-year-old", "age", 77, "year")]),
    (IEP, "Down To Earth (India Environment Portal)", "", "In an E-mail to Brian Marsden at the Harvard-Smithsonian Center for Astrophysics, Scotti described the 1.6 km-wide asteroid as standing out \"like a sore thumb'.",
     [("1.6 km", "measure", 1.6, "km")]),
]
