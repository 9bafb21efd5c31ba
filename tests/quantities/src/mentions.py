"""What every batch of hand labels shares: the unit conversions and the mention builders.

A mention is (text as written, kind, normalised value, normalised unit). label.py gives every
batch these names; a batch may also import them (`from mentions import n, pc`).
"""

# Conversions to the normalised units of docs/extraction.md, written here by hand.
ML = 1e-6  # m3
L = 1e-3  # m3
TSP = 4.9289216e-6
TBSP = 1.4786765e-5
CUP = 2.365882365e-4
G = 1e-6  # t
KG = 1e-3
LB = 4.5359237e-4
OZ = 2.8349523e-5
CM = 1e-5  # km
MM = 1e-6
M = 1e-3
INCH = 2.54e-5
FT = 3.048e-4
MILE = 1.609344
MPH = 1.609344  # km/h


def f_to_c(f):
    return (f - 32) * 5 / 9


def n(text, v):
    return (text, "count", v, "count")


def pc(text, v):
    return (text, "percent", v, "percent")


def usd(text, v):
    return (text, "money", v, "USD")
