FV = "https://archive.fairvote.org/?page=1661"
LZ = "https://linguazza.com/sentences-with/share+of+the+vote"
SOURCE = [
    (FV, "FairVote", "1995", "Despite pre-election polls that demonstrated he had little chance to win, Perot gained 19% of the national vote and won over 15% of the vote in 38 states.",
     [("19%", "percent", 19, "percent"), ("15%", "percent", 15, "percent"), ("38", "count", 38, "count")]),
    (FV, "FairVote", "1995", "Perot's vote was greater than the margin of victory in 49 states, and he was within 20% of capturing 20 states.",
     [("49", "count", 49, "count"), ("20%", "percent", 20, "percent"), ("20", "count", 20, "count")]),
    (FV, "FairVote", "1995", "As one indication, several states recently have elected governors with low pluralities, including three in the 1990s that have elected independents.",
     [("three", "count", 3, "count")]),
    (LZ, "Linguazza (sentences quoted from the press)", "", "This was the first time since the 1910 general election that any party other than the Labour or Conservative parties had taken the largest share of the vote in a nationwide election.", []),
    (LZ, "Linguazza (sentences quoted from the press)", "", "Increased Labour's share of the vote by six per cent at the 2010 general election.", [("six per cent", "percent", 6, "percent")]),
    (LZ, "Linguazza (sentences quoted from the press)", "", "With 35 per cent the right received its lowest share of the vote since 1958.", [("35 per cent", "percent", 35, "percent")]),
    (LZ, "Linguazza (sentences quoted from the press)", "", "It won more seats than in 2013 on a lower share of the vote.", []),
    (LZ, "Linguazza (sentences quoted from the press)", "", "Of course not all of the 6.5 % increase in the Conservative share of the vote came from council estates, but the fact that some of it did is tremendously encouraging.",
     [("6.5 %", "percent", 6.5, "percent")]),
    (LZ, "Linguazza (sentences quoted from the press)", "", "In the seats where it stood candidates it seems to have averaged a 13 per cent share of the vote.", [("13 per cent", "percent", 13, "percent")]),
    (LZ, "Linguazza (sentences quoted from the press)", "", "That means there is no need to win 50 % + 1 votes, but only the largest single share of votes.",
     [("50 %", "percent", 50, "percent"), ("1", "count", 1, "count")]),
    (LZ, "Linguazza (sentences quoted from the press)", "", "He was re-elected with a greatly increased share of the vote in the 2004 European elections.", []),
]
