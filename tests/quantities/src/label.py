"""Writes a batch of hand labels (a Python list in a batch file) as JSONL.

Each batch file defines SOURCE rows: (url, publisher, date, sentence, mentions), mentions being
(text as written, kind, normalised value, normalised unit). Values may be arithmetic written
out by hand ("150 * ML" with the constants below) so that conversions stay visible.
Run: /usr/bin/python3 tests/quantities/src/label.py tests/quantities/src/batch_*.py
"""
import json
import pathlib
import sys

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


for batch in sys.argv[1:]:
    scope = {"ML": ML, "L": L, "TSP": TSP, "TBSP": TBSP, "CUP": CUP, "G": G, "KG": KG, "LB": LB, "OZ": OZ,
             "CM": CM, "MM": MM, "M": M, "INCH": INCH, "FT": FT, "MILE": MILE, "MPH": MPH, "f_to_c": f_to_c}
    exec(pathlib.Path(batch).read_text(), scope)
    out = pathlib.Path(batch).parent.parent / (pathlib.Path(batch).stem.replace("batch_", "") + ".jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for url, publisher, date, sentence, mentions in scope["SOURCE"]:
            row = {"sentence": sentence, "url": url, "publisher": publisher, "date": date,
                   "mentions": [{"text": t, "kind": k, "value": v, "unit": u} for t, k, v, u in mentions]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(out, len(scope["SOURCE"]), sum(len(r[4]) for r in scope["SOURCE"]))
