#!/usr/bin/env python3
"""Pairwise precision / recall / F1.   python3 score.py TRUTH CLUSTERS
Both files: CSV with header record_id,person_id.  Records of TRUTH that are absent
from CLUSTERS count as singletons; ids in CLUSTERS that are not in TRUTH are ignored.
Ids are compared after stripping surrounding whitespace (incl. NBSP)."""
import csv, sys
from collections import Counter

def load(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return {r["record_id"].strip(" \t\xa0"): r["person_id"].strip() for r in csv.DictReader(f)}

def pairs(counter): return sum(n * (n - 1) // 2 for n in counter.values())

def main():
    if len(sys.argv) != 3: sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    pred = {r: ("c", pred[r]) if r in pred else ("s", r) for r in truth}
    tp = pairs(Counter((truth[r], pred[r]) for r in truth))
    tpairs, ppairs = pairs(Counter(truth.values())), pairs(Counter(pred.values()))
    p = tp / ppairs if ppairs else 1.0
    r = tp / tpairs if tpairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("records %d  true pairs %d  predicted pairs %d  correct pairs %d" % (len(truth), tpairs, ppairs, tp))
    print("precision %.4f  recall %.4f  F1 %.4f" % (p, r, f))

if __name__ == "__main__":
    main()
