from mentions import pc, usd
YN = "https://yournib.com/?p=1173"
MP = "https://www.mypivots.com/dictionary/definition/933/acquisition-premium"
RD = "https://redlib.deleted.directory/r/investing/comments/1jo9wlm/largest_premium_paid_on_public_company_acquisition"
RP = "https://reinvestpazu.web.app/wihuhudefuwygig/stock-for-stock-merger-premium19.html"
SOURCE = [
    (YN, "yournib.com", "2016-06", "Shares of LinkedIn Corp. jumped nearly 50% Monday after the company said Microsoft will buy it in a $26.2 billion deal that would merge Microsoft’s enterprise cloud services with the professional social network.",
     [pc("50%", 50), usd("$26.2 billion", 26.2e9)]),
    (YN, "yournib.com", "2016-06", "The all-cash transaction amounts to $196 a share, a 50% premium to Friday’s closing price.", [usd("$196", 196), pc("50%", 50)]),
    (YN, "yournib.com", "2016-06", "The deal is an all-cash transaction at $196 per share at a premium of 49.5% from Friday’s close.", [usd("$196", 196), pc("49.5%", 49.5)]),
    (YN, "yournib.com", "2016-06", "LinkedIn Chairman Reid Hoffman called the transaction a “re-founding moment” for the company, which went public in May 2011 at $45 per share.", [usd("$45", 45)]),
    (MP, "MyPivots", "", "For example, in 2016, Microsoft acquired LinkedIn for $26.2 billion, which represented a 49% premium over LinkedIn's stock price at the time of the announcement.",
     [usd("$26.2 billion", 26.2e9), pc("49%", 49)]),
    (RD, "Reddit r/investing (via redlib)", "2025-03-31", "For example, if a company’s stock is trading at $1, is there any event a company pays $20 per share to acquire all outstanding common shares?",
     [usd("$1", 1), usd("$20", 20)]),
    (RD, "Reddit r/investing (via redlib)", "2025-03-31", "It was a 38% premium, more than the dell deal", [pc("38%", 38)]),
    (RP, "reinvestpazu.web.app", "2019", "A substantial body of evidence indicates that M&A premiums average 20 to 30 percent above a target’s preacquisition share price.", [pc("20 to 30 percent", 30)]),
    (RP, "reinvestpazu.web.app", "2019", "Whether the merger is paid for with cash or stock, in most cases you'll end up with a nice profit (the average buyout premium is 25 percent) compared to the share price before the merger announcement.",
     [pc("25 percent", 25)]),
    (RP, "reinvestpazu.web.app", "2019", "Philip Morris International and Altria are in talks about a possible all-stock, merger of equals.", []),
]
