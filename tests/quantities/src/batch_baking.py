FLOZ = 2.957353e-5  # m3
CA = "https://cookart.us/recipe/sally-lunn-tea-bread-original-recipe/63f65e2b6f1b0464ecd0560e"
SH = "https://www.pressreader.com/uk/style-at-home-uk/20160801/284176515232508"
VM = "https://virginmediatelevision.ie/shows/irelandam/article/1.65.1482.1484/298387/Traditional-Irish-Soda-Bread"
FD = "https://recipes.fandom.com/wiki/Damper_II"
ES = "https://electricscotland.com/food/recipes/scones1.htm"
CC = "https://ceefercrafts.co.uk/2020/04/07/muffins/"
def oz(text, v):
    return (text, "measure", v * OZ, "t")
def g(text, v):
    return (text, "measure", v * G, "t")
def mins(text, v):
    return (text, "duration", v, "minute")
SOURCE = [
    (CA, "CookArt", "", "3 ounces plain flour", [oz("3 ounces", 3)]),
    (CA, "CookArt", "", "5 fluid ounces warm milk", [("5 fluid ounces", "measure", 5 * FLOZ, "m3")]),
    (CA, "CookArt", "", "6 ounces plain flour", [oz("6 ounces", 6)]),
    (CA, "CookArt", "", "1 ounce butter", [oz("1 ounce", 1)]),
    (CA, "CookArt", "", "Preheat oven to 425f, grease a 6 inch deep cake tin.", [("425f", "measure", f_to_c(425), "degC"), ("6 inch", "measure", 6 * INCH, "km")]),
    (CA, "CookArt", "", "Bake uncovered for 35 minutes, until golden brown.", [mins("35 minutes", 35)]),
    (SH, "Style at Home (UK)", "2016-08-01", "125g butter, softened 125g caster sugar 125g self-raising flour 2 large eggs 2tbsp milk",
     [g("125g", 125), g("125g", 125), g("125g", 125), ("2", "count", 2, "count"), ("2tbsp", "measure", 2 * TBSP, "m3")]),
    (SH, "Style at Home (UK)", "2016-08-01", "Pour the mixture into a greased and lined 20cm sandwich tin and level it out.", [("20cm", "measure", 20 * CM, "km")]),
    (SH, "Style at Home (UK)", "2016-08-01", "Bake the cake for 25-35 mins or until it has risen and is just firm to the touch in the centre.", [mins("25-35 mins", 35)]),
    (SH, "Style at Home (UK)", "2016-08-01", "leave it to cool in the tin for 5-10 mins, then transfer to a wire rack to cool completely.", [mins("5-10 mins", 10)]),
    (VM, "Virgin Media Television (Ireland AM)", "2025-02-05", "· 1 level teaspoon Baking Powder", [("1 level teaspoon", "measure", TSP, "m3")]),
    (VM, "Virgin Media Television (Ireland AM)", "2025-02-05", "· 1 Egg, beaten", [("1", "count", 1, "count")]),
    (VM, "Virgin Media Television (Ireland AM)", "2025-02-05", "· Bake for about 40 minutes until golden brown and tapping underneath produces a hollow sound.", [mins("40 minutes", 40)]),
    (FD, "Recipes Wiki (Fandom)", "", "Bake in a hot oven for 10 minutes, or until golden brown.", [mins("10 minutes", 10)]),
    (FD, "Recipes Wiki (Fandom)", "", "Reduce heat to moderate and bake another 20 minutes.", [mins("20 minutes", 20)]),
    (ES, "Electric Scotland", "", "8 oz. plain flour", [oz("8 oz", 8)]),
    (ES, "Electric Scotland", "", "2 oz. butter or marg.", [oz("2 oz", 2)]),
    (ES, "Electric Scotland", "", "1 oz. sugar (caster preferred)", [oz("1 oz", 1)]),
    (CC, "Ceefer Crafts", "2020-04-07", "450 gms strong plain flour", [g("450 gms", 450)]),
    (CC, "Ceefer Crafts", "2020-04-07", "225 ml milk", [("225 ml", "measure", 225 * ML, "m3")]),
    (CC, "Ceefer Crafts", "2020-04-07", "Now leave it for 10 minutes to froth", [mins("10 minutes", 10)]),
    (CC, "Ceefer Crafts", "2020-04-07", "Leave for 45 minutes to an hour until double in size", [mins("45 minutes", 45), ("an hour", "duration", 1, "hour"), ("double", "multiple", 2, "times")]),
    (CC, "Ceefer Crafts", "2020-04-07", "Roll out to about 1cm thick.", [("1cm", "measure", CM, "km")]),
    (CC, "Ceefer Crafts", "2020-04-07", "Then cut out 12 rounds.", [("12", "count", 12, "count")]),
    (CC, "Ceefer Crafts", "2020-04-07", "The recipe said to use a 3 1/2 inch cutter, I had to use a glass and I think mine were a bit thick so I only got 9.",
     [("3 1/2 inch", "measure", 3.5 * INCH, "km"), ("9", "count", 9, "count")]),
    (CC, "Ceefer Crafts", "2020-04-07", "Place on a floured baking tray and leave for another 25 – 30 minutes.", [mins("25 – 30 minutes", 30)]),
    (CC, "Ceefer Crafts", "2020-04-07", "Cook on a hot pan/griddle for 7 minutes each side, they have to be done in batches.", [mins("7 minutes", 7)]),
]
