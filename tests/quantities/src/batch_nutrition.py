MF = "https://myfooddiary3-mvc.azurewebsites.net/resources/nutrient_facts/nutritionLabel.asp"
UZ = "https://userz.net/post/4c2e87cedfc308eaf7a910ac32897609"
GO = "https://gomohealth.info/diabetes/understanding-serving-size/"
PE = "https://www.physednhealth.com/five-things-to-remember-when-reading-nutrition-labels/"
KCAL = 1.163e-6  # MWh
MG = 1e-9  # t
SOURCE = [
    (MF, "MyFoodDiary", "", "There are 2 servings in this item's container, which means that the nutrition facts are for only half of the package's contents.",
     [("2", "count", 2, "count"), ("half", "fraction", 0.5, "ratio")]),
    (MF, "MyFoodDiary", "", "The nutrition label states that there are 250 calories in one serving (1 cup).",
     [("250 calories", "measure", 250 * KCAL, "MWh"), ("one", "count", 1, "count"), ("1 cup", "measure", 1 * CUP, "m3")]),
    (MF, "MyFoodDiary", "", "The label also displays the number of calories that come from fat (110 calories), which accounts for nearly half of this item's calories.",
     [("110 calories", "measure", 110 * KCAL, "MWh"), ("half", "fraction", 0.5, "ratio")]),
    (UZ, "userz.net", "", "One serving contains 260 calories.", [("One", "count", 1, "count"), ("260 calories", "measure", 260 * KCAL, "MWh")]),
    (UZ, "userz.net", "", "Each serving contains 11 grams of total fat, with 5 grams being saturated fat and no trans fat.",
     [("11 grams", "measure", 11 * G, "t"), ("5 grams", "measure", 5 * G, "t")]),
    (UZ, "userz.net", "", "Note that 6 grams of fat are not specifically accounted for in this data.", [("6 grams", "measure", 6 * G, "t")]),
    (UZ, "userz.net", "", "There are 25 mg of Cholesterol in each serving.", [("25 mg", "measure", 25 * MG, "t")]),
    (UZ, "userz.net", "", "The total Carbohydrate count is 37 grams, which includes 22 grams of Sugar and 0 grams of Fiber.",
     [("37 grams", "measure", 37 * G, "t"), ("22 grams", "measure", 22 * G, "t"), ("0 grams", "measure", 0, "t")]),
    (UZ, "userz.net", "", "A single serving provides 3 grams of protein.", [("3 grams", "measure", 3 * G, "t")]),
    (UZ, "userz.net", "", "One serving contains 20 mg of Calcium, 1.8 mg of Iron, and 250 mg of Sodium.",
     [("One", "count", 1, "count"), ("20 mg", "measure", 20 * MG, "t"), ("1.8 mg", "measure", 1.8 * MG, "t"), ("250 mg", "measure", 250 * MG, "t")]),
    (GO, "GoMo Health", "", "½ cup is a typical listed serving size but you may eat a cup of this item or the entire package.",
     [("½ cup", "measure", 0.5 * CUP, "m3"), ("a cup", "measure", 1 * CUP, "m3")]),
    (GO, "GoMo Health", "", "500 calories (¼ of a 2000 calorie diet)",
     [("500 calories", "measure", 500 * KCAL, "MWh"), ("¼", "count", 0.25, "count"), ("2000 calorie", "measure", 2000 * KCAL, "MWh")]),
    (GO, "GoMo Health", "", "18 grams of saturated fat", [("18 grams", "measure", 18 * G, "t")]),
    (GO, "GoMo Health", "", "52 grams of sugar", [("52 grams", "measure", 52 * G, "t")]),
    (GO, "GoMo Health", "", "150 mg of sodium", [("150 mg", "measure", 150 * MG, "t")]),
    (PE, "PhysEdNHealth", "", "The serving size for this product is 2/3 cup.", [("2/3 cup", "measure", 2 / 3 * CUP, "m3")]),
    (PE, "PhysEdNHealth", "", "Each 2/3 cup serving contains 230 calories.",
     [("2/3 cup", "measure", 2 / 3 * CUP, "m3"), ("230 calories", "measure", 230 * KCAL, "MWh")]),
    (PE, "PhysEdNHealth", "", "Aim for less than 7%.", [("7%", "percent", 7, "percent")]),
    (PE, "PhysEdNHealth", "", "It is recommended to keep sodium intake within 2,300 mg per day.", [("2,300 mg", "measure", 2300 * MG, "t")]),
    (PE, "PhysEdNHealth", "", "For an entire meal, 600 mg or less is recommended.", [("600 mg", "measure", 600 * MG, "t")]),
    (PE, "PhysEdNHealth", "", "The food item listed contains 160 mg per 2/3 cup.",
     [("160 mg", "measure", 160 * MG, "t"), ("2/3 cup", "measure", 2 / 3 * CUP, "m3")]),
    (PE, "PhysEdNHealth", "", "Recommended daily intake of fiber is 25 grams (women) and 38 grams (men).",
     [("25 grams", "measure", 25 * G, "t"), ("38 grams", "measure", 38 * G, "t")]),
]
