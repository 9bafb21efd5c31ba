STRAT = "https://www.thestrategist.media/Apple-increases-net-income-and-revenue-in-Q2_a7823.html"
SOURCE = [
    (STRAT, "The Strategist (MarketWatch)", "", "In a press release, the company announced that its net income for the quarter that ended on March 29 was $24.78 billion, or $1.65 per share, in contrast to $23.636 billion, or $1.53 per share, for the same period last year.",
     [("$24.78 billion", "money", 24.78e9, "USD"), ("$1.65", "money", 1.65, "USD"), ("$23.636 billion", "money", 23.636e9, "USD"), ("$1.53", "money", 1.53, "USD")]),
    (STRAT, "The Strategist (MarketWatch)", "", "Revenue grew to $95.359 billion, up from $90.753 billion the previous year.",
     [("$95.359 billion", "money", 95.359e9, "USD"), ("$90.753 billion", "money", 90.753e9, "USD")]),
    (STRAT, "The Strategist (MarketWatch)", "", "Specialists polled by FactSet had projected the company's earnings to average $1.62 per share, with revenue estimated at $94.5 billion.",
     [("$1.62", "money", 1.62, "USD"), ("$94.5 billion", "money", 94.5e9, "USD")]),
    (STRAT, "The Strategist (MarketWatch)", "", "Apple also revealed an extension of its share repurchase program by an extra $100 billion and a rise in its quarterly dividend to $0.26 per share.",
     [("$100 billion", "money", 100e9, "USD"), ("$0.26", "money", 0.26, "USD")]),
    (STRAT, "The Strategist (MarketWatch)", "", "Twelve months prior, the declared buyback was valued at $110 billion, with dividends set at $0.25 per share.",
     [("Twelve months", "duration", 12, "month"), ("$110 billion", "money", 110e9, "USD"), ("$0.25", "money", 0.25, "USD")]),
]
