from mentions import n, pc, usd
JS = "http://joestrupp.blogspot.com/2015/03/school-board-approves-1235-million.html"
EB = "http://evan-brandt.blogspot.com/2015/06/pottsgrove-tax-hike-stops-short-of-0.html"
MEM = "https://memphis-cms.altnuxt.com/?p=1866375"
HT = "https://www.heraldtribune.com/news/20130918/more-teachers-will-be-hired-in-manatee"
SIS = "http://schoolinfosystem.org/archives/2004/10/school_board_ok.php"
SOURCE = [
    (JS, "Joe Strupp (blog)", "2015-03", "The Board of Education on Monday approved a $123.5 million budget for the 2015-2016 school year, with a split, 5-4, vote over adding $110,000 more than planned to the spending plan.",
     [usd("$123.5 million", 123.5e6), usd("$110,000", 110000)]),
    (JS, "Joe Strupp (blog)", "2015-03", "The budget details, found HERE, included a planned cut in elementary school foreign language classes, as well as a 2.41% tax increase.", [pc("2.41%", 2.41)]),
    (JS, "Joe Strupp (blog)", "2015-03", "Residents spoke out against the elementary school cutbacks, while the board was split on the spending hike that had been planned to be $330,000 above the 2% state cap, but will now be $440,000.",
     [usd("$330,000", 330000), pc("2%", 2), usd("$440,000", 440000)]),
    (EB, "Evan Brandt (blog)", "2015-06", "The final budget the board adopted will raise taxes by .2 mills, or .55 percent.", [(".2 mills", "count", 0.2, "count"), pc(".55 percent", 0.55)]),
    (EB, "Evan Brandt (blog)", "2015-06", "For a home assessed at $120,000, the district median, it means a tax hike of $24 in the 2015-16 school year.", [usd("$120,000", 120000), usd("$24", 24)]),
    (EB, "Evan Brandt (blog)", "2015-06", "Another $205,000 in revenues or savings added to the new budget would have driven the tax hike down to zero.", [usd("$205,000", 205000), usd("zero", 0)]),
    (EB, "Evan Brandt (blog)", "2015-06", "The board also approved the change from a 7-point grading scale to a 10-point grading scale.", [n("7-point", 7), n("10-point", 10)]),
    (MEM, "Memphis Daily News", "", "After being presented with four options to cover a $54 million settlement for the city schools — including a 45 cent tax increase — council members opted to look for cuts first.",
     [n("four", 4), usd("$54 million", 54e6), usd("45 cent", 0.45)]),
    (HT, "Herald-Tribune", "2013-09-18", "The School Board approved a $568 million budget Tuesday that allocates funds for 85 new teachers for the roughly 950 extra students that enrolled in the school district this year.",
     [usd("$568 million", 568e6), n("85", 85), n("950", 950)]),
    (HT, "Herald-Tribune", "2013-09-18", "About 96 teachers were already hired over the summer, when school officials say they realized projections were changing.", [n("96", 96)]),
    (HT, "Herald-Tribune", "2013-09-18", "And though slashing teaching positions last year saved the district about $11 million, a school official said the 85 new teachers are estimated to cost $4.5 million.",
     [usd("$11 million", 11e6), n("85", 85), usd("$4.5 million", 4.5e6)]),
    (HT, "Herald-Tribune", "2013-09-18", "\"We are looking to hire teachers with an average of eight years of experience or less to stay within our projected cost figures,\" spokesman Steve Valley said.",
     [("eight years", "duration", 8, "year")]),
    (HT, "Herald-Tribune", "2013-09-18", "Former superintendent Tim McGonegal resigned abruptly after revealing a $3.4 million deficit that turned out to be a $38 million shortfall by the time new leadership took over this spring.",
     [usd("$3.4 million", 3.4e6), usd("$38 million", 38e6)]),
    (HT, "Herald-Tribune", "2013-09-18", "Through a district savings plan, the district, among other things, has allocated $10.3 million to build back depleted reserves to a level mandated by the state.", [usd("$10.3 million", 10.3e6)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "In 2003, the average home was valued at $189,500, and the school tax bill on it was $2,308.", [usd("$189,500", 189500), usd("$2,308", 2308)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "Price said last year's budget of $305.1 million compares to $309.5 million this year, an increase of 1.4 percent.",
     [usd("$305.1 million", 305.1e6), usd("$309.5 million", 309.5e6), pc("1.4 percent", 1.4)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "Of the total budget, $202.4 million will come from the local property tax levy, an increase of $6.2 million, or 3.2 percent.",
     [usd("$202.4 million", 202.4e6), usd("$6.2 million", 6.2e6), pc("3.2 percent", 3.2)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "The district's tax rate actually declined this year by 5.6 percent because the total value of property in the district rose due to factors such as inflation and new housing growth.",
     [pc("5.6 percent", 5.6)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "However, most homeowners will pay more school taxes because the assessed value of their homes increased an average of 8.3 percent from last year to this year.",
     [pc("8.3 percent", 8.3)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "This year's tax increase of $54 on the average home is one-fourth of last year's $216 increase.",
     [usd("$54", 54), ("one-fourth", "fraction", 0.25, "ratio"), usd("$216", 216)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "Also, board members cut programs and raised fees this year to make up a $10 million difference between what the district wanted to spend and what state law would allow it to spend.",
     [usd("$10 million", 10e6)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "District enrollment this year is 24,710, down 178 students.", [n("24,710", 24710), n("178", 178)]),
    (SIS, "School Information System (Wisconsin State Journal)", "2004-10-27", "The South Side school has 678 students -- the top end of its capacity.", [n("678", 678)]),
]
