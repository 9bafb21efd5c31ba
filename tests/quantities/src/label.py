"""Writes a batch of hand labels (a Python list in a batch file) as JSONL.

Each batch file defines SOURCE rows: (url, publisher, date, sentence, mentions), mentions being
(text as written, kind, normalised value, normalised unit). Values may be arithmetic written
out by hand ("150 * ML" with the constants of mentions.py) so that conversions stay visible.
Run: /usr/bin/python3 tests/quantities/src/label.py tests/quantities/src/batch_*.py
"""
import json
import pathlib
import sys

import mentions

for batch in sys.argv[1:]:
    scope = {name: value for name, value in vars(mentions).items() if not name.startswith("_")}
    exec(pathlib.Path(batch).read_text(), scope)
    out = pathlib.Path(batch).parent.parent / (pathlib.Path(batch).stem.replace("batch_", "") + ".jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for url, publisher, date, sentence, written in scope["SOURCE"]:
            row = {"sentence": sentence, "url": url, "publisher": publisher, "date": date,
                   "mentions": [{"text": t, "kind": k, "value": v, "unit": u} for t, k, v, u in written]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(out, len(scope["SOURCE"]), sum(len(r[4]) for r in scope["SOURCE"]))
