from mentions import n, pc
VL = "https://vanlloydsbistro.com/post/2224"
MSW = "https://mysportswings.com/2025/09/23/basketball-stats-explained-points-assists-rebounds-and-more/amp"
MC = "https://do6eyjibs3jse.cloudfront.net/articles/essential-basketball-statistics-to-learn"
TV = "https://throwandvictory.com/ball-system/"
SOURCE = [
    (VL, "vanlloydsbistro.com", "", "Knowing that a player scored 30 points in a game gives you a quick idea of how significant their contribution was.", [n("30", 30)]),
    (VL, "vanlloydsbistro.com", "", "For instance, LeBron James averaged 25.3 points per game during the 2020-2021 season, which is a clear indicator of his offensive prowess.", [n("25.3", 25.3)]),
    (VL, "vanlloydsbistro.com", "", "A player logging 40 minutes in an NBA game, which typically lasts 48 minutes, indicates they were a central figure in that game.",
     [("40 minutes", "duration", 40, "minute"), ("48 minutes", "duration", 48, "minute")]),
    (VL, "vanlloydsbistro.com", "", "In the 2019 NBA Finals, Kawhi Leonard averaged over 39 minutes per game, underlining his pivotal role in leading the Toronto Raptors to their first championship.",
     [("39 minutes", "duration", 39, "minute")]),
    (VL, "vanlloydsbistro.com", "", "Efficiency here is key; a player making 50% of their shots is considered efficient.", [pc("50%", 50)]),
    (VL, "vanlloydsbistro.com", "", "During the same Finals, Leonard shot 49% from the field.", [pc("49%", 49)]),
    (VL, "vanlloydsbistro.com", "", "Stephen Curry, known for his three-point shooting, had a 42.1% three-point percentage during the 2020-2021 season.", [pc("42.1%", 42.1)]),
    (MSW, "My Sports Wings", "2025-09-23", "A player with 50 GP and 0 GS comes in as a sub.", [n("50", 50), n("0", 0)]),
    (MSW, "My Sports Wings", "2025-09-23", "A player who gets 25 points has a solid outing.", [n("25", 25)]),
    (MSW, "My Sports Wings", "2025-09-23", "Did they shoot 30 times?", [n("30", 30)]),
    (MSW, "My Sports Wings", "2025-09-23", "Or did they score quietly on 12 efficient attempts?", [n("12", 12)]),
    (MSW, "My Sports Wings", "2025-09-23", "Wilt Chamberlain scored 100 points in one game.", [n("100", 100), n("one", 1)]),
    (MC, "MasterClass", "2021-06-07", "There are nine statistical categories in basketball that you can use to gauge how well your favorite team or player performs on the court.", [n("nine", 9)]),
    (MC, "MasterClass", "2021-06-07", "For example, in game one of the 2020 NBA finals, LeBron James achieved a double-double by scoring 25 points and collecting 13 rebounds.", [n("25", 25), n("13", 13)]),
    (TV, "Throw and Victory", "", "- 1.5 points for each offensive rebound", [n("1.5", 1.5)]),
    (TV, "Throw and Victory", "", "- 2 points for each assist made", [n("2", 2)]),
    (TV, "Throw and Victory", "", "- 3 points for each steal", [n("3", 3)]),
    (TV, "Throw and Victory", "", "- 3 points for each block", [n("3", 3)]),
    (TV, "Throw and Victory", "", "- -1 point for each turnover", [n("-1", -1)]),
    (TV, "Throw and Victory", "", "- 5 points for achieving a triple-double in points, rebounds, assists, etc.", [n("5", 5)]),
    (TV, "Throw and Victory", "", "- 1 point for each player with a free throw percentage above 80% in a game", [n("1", 1), pc("80%", 80)]),
    (TV, "Throw and Victory", "", "- -0.5 points for each missed field goal (excluding three-pointers)", [n("-0.5", -0.5)]),
]
