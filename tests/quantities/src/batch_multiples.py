MC = "http://mathcentral.uregina.ca/QQ/database/QQ.09.07/h/fred3.html"
AL1 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=393584"
AL2 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=374336"
GMAT = "https://gmatclub.com/forum/the-price-of-company-c-s-stock-tripled-every-4-months-for-the-past-424614.html"
SB = "https://www.storyboardthat.com/storyboards/67951072/math-problem"
def x(text, v):
    return (text, "multiple", v, "times")
SOURCE = [
    (MC, "Math Central (University of Regina)", "", "If I have $500 and it grew to $3,000, what is the correct description of the increase?",
     [("$500", "money", 500, "CAD"), ("$3,000", "money", 3000, "CAD")]),
    (MC, "Math Central (University of Regina)", "", "Is it a sixfold increase (sextupled), or a fivefold increase (quintupled)?",
     [x("sixfold", 6), x("sextupled", 6), x("fivefold", 5), x("quintupled", 5)]),
    (MC, "Math Central (University of Regina)", "", "When I divide $3,000 by $500, the result is six, therefore, a sixfold increase?",
     [("$3,000", "money", 3000, "CAD"), ("$500", "money", 500, "CAD"), ("six", "count", 6, "count"), x("sixfold", 6)]),
    (MC, "Math Central (University of Regina)", "", "A two-fold increase means the final amount is twice the original amount.", [x("two-fold", 2), x("twice", 2)]),
    (AL1, "Algebra.com", "", "200% is two times the original price -- but a 200% increase means you have to add 200% of the original price TO the original price, ergo a 200% increase is three times the price.",
     [("200%", "percent", 200, "percent"), x("two times", 2), ("200%", "percent", 200, "percent"), ("200%", "percent", 200, "percent"), ("200%", "percent", 200, "percent"), x("three times", 3)]),
    (AL2, "Algebra.com", "", "Due to inflation the price of an item was increased twice, after the second increase the price became 6 times the original.",
     [("twice", "count", 2, "count"), x("6 times", 6)]),
    (AL2, "Algebra.com", "", "By what percent was the second increase if the first increase was 50%?", [("50%", "percent", 50, "percent")]),
    (AL2, "Algebra.com", "", "If the original price was $200, the first 50% increase would have brought the price to $300.",
     [("$200", "money", 200, "USD"), ("50%", "percent", 50, "percent"), ("$300", "money", 300, "USD")]),
    (AL2, "Algebra.com", "", "Then the second (300%) increase would have quadrupled the previous $300 price to $1200, 6 times the original price.",
     [("300%", "percent", 300, "percent"), x("quadrupled", 4), ("$300", "money", 300, "USD"), ("$1200", "money", 1200, "USD"), x("6 times", 6)]),
    (GMAT, "GMAT Club", "", "The price of Company C's stock tripled every 4 months for the past 16 months.",
     [x("tripled", 3), ("4 months", "duration", 4, "month"), ("16 months", "duration", 16, "month")]),
    (GMAT, "GMAT Club", "", "The information is that the stock has tripled every 4 months for 16 months.",
     [x("tripled", 3), ("4 months", "duration", 4, "month"), ("16 months", "duration", 16, "month")]),
    (GMAT, "GMAT Club", "", "So, to find the number of times the stock tripled, we have to divide 16 by 4.",
     [x("tripled", 3), ("16", "count", 16, "count"), ("4", "count", 4, "count")]),
    (GMAT, "GMAT Club", "", "Then, we have to remember that the stock did not quadruple each of those 4 times; it tripled.",
     [x("quadruple", 4), ("4", "count", 4, "count"), x("tripled", 3)]),
    (SB, "Storyboard That", "", "• they raised the prices by 100%", [("100%", "percent", 100, "percent")]),
    (SB, "Storyboard That", "", "• The store marked up the shirts by 50%", [("50%", "percent", 50, "percent")]),
]
