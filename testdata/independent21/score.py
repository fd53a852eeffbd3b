#!/usr/bin/env python3
"""score.py TRUTH CLUSTERS: pairwise precision/recall/F1. Both files: CSV record_id,cluster (header optional)."""
import csv, sys
from collections import Counter

def load(path):
    out = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh)):
            if len(row) < 2 or (i == 0 and row[0].strip().lower() in ("record_id", "ref", "id")): continue
            out[row[0].strip()] = row[1].strip()
    return out

def pairs(c): return sum(v * (v - 1) // 2 for v in c.values())

t, c = load(sys.argv[1]), load(sys.argv[2])
missing = set(t) - set(c)
for i, r in enumerate(sorted(missing)): c[r] = "__single_%d" % i  # unclustered = singleton
ids = [r for r in t]
tp = pairs(Counter((t[r], c[r]) for r in ids))
tpairs, cpairs = pairs(Counter(t[r] for r in ids)), pairs(Counter(c[r] for r in ids))
p = tp / cpairs if cpairs else 1.0; rc = tp / tpairs if tpairs else 1.0
f = 2 * p * rc / (p + rc) if p + rc else 0.0
if missing: print("note: %d truth records absent from clusters (treated as singletons)" % len(missing))
extra = set(c) - set(t) - missing
if extra: print("note: %d cluster records not in truth (ignored)" % len(extra))
print("precision %.4f\nrecall    %.4f\nF1        %.4f" % (p, rc, f))
