KCAL = 1.163e-6  # MWh
MG = 1e-9  # t
UZ = "https://userz.net/post/4c2e87cedfc308eaf7a910ac32897609"
CH = "https://www.coursehero.com/file/6335712/WebMD-Nutritional-Label-Facts/"
FDA = "https://www.accessdata.fda.gov/scripts/interactivenutritionfactslabel/nutrients.html"
SOURCE = [
    (UZ, "userz.net", "", "One serving contains 260 calories.", [("260 calories", "measure", 260 * KCAL, "MWh")]),
    (UZ, "userz.net", "", "Each serving contains 11 grams of total fat, with 5 grams being saturated fat and no trans fat.",
     [("11 grams", "measure", 11 * G, "t"), ("5 grams", "measure", 5 * G, "t")]),
    (UZ, "userz.net", "", "Note that 6 grams of fat are not specifically accounted for in this data.", [("6 grams", "measure", 6 * G, "t")]),
    (UZ, "userz.net", "", "There are 25 mg of Cholesterol in each serving.", [("25 mg", "measure", 25 * MG, "t")]),
    (UZ, "userz.net", "", "The total Carbohydrate count is 37 grams, which includes 22 grams of Sugar and 0 grams of Fiber.",
     [("37 grams", "measure", 37 * G, "t"), ("22 grams", "measure", 22 * G, "t"), ("0 grams", "measure", 0, "t")]),
    (UZ, "userz.net", "", "There are 37 Net Carbs per serving (total Carbs minus Fiber).", [("37", "count", 37, "count")]),
    (UZ, "userz.net", "", "A single serving provides 3 grams of protein.", [("3 grams", "measure", 3 * G, "t")]),
    (UZ, "userz.net", "", "One serving contains 20 mg of Calcium, 1.8 mg of Iron, and 250 mg of Sodium.",
     [("20 mg", "measure", 20 * MG, "t"), ("1.8 mg", "measure", 1.8 * MG, "t"), ("250 mg", "measure", 250 * MG, "t")]),
    (UZ, "userz.net", "", "This food source provides 300 International Units of Vitamin A but is not a significant source of Vitamin C.",
     [("300", "count", 300, "count")]),
    (UZ, "userz.net", "", "Percent Daily Values are based on a 2,000 calorie diet.", [("2,000 calorie", "measure", 2000 * KCAL, "MWh")]),
    (CH, "Course Hero (WebMD)", "", "Many food items look like 1 serving but may actually contain 2 to 4 servings.",
     [("1", "count", 1, "count"), ("2 to 4", "count", 4, "count")]),
    (CH, "Course Hero (WebMD)", "", "400 calories per serving is a high-calorie food.", [("400 calories", "measure", 400 * KCAL, "MWh")]),
    (CH, "Course Hero (WebMD)", "", "100 calories per serving is moderate.", [("100 calories", "measure", 100 * KCAL, "MWh")]),
    (CH, "Course Hero (WebMD)", "", "40 calories per serving is a low-calorie food.", [("40 calories", "measure", 40 * KCAL, "MWh")]),
    (FDA, "US FDA", "", "Nutrients to get less of - get less than 100% DV of these each day: saturated fat, trans fat, cholesterol, and sodium.",
     [("100%", "percent", 100, "percent")]),
    (FDA, "US FDA", "", "Serving Size 1 package (272g)", [("1", "count", 1, "count"), ("272g", "measure", 272 * G, "t")]),
]
