#!/usr/bin/env python3
"""score.py TRUTH CLUSTERS: pairwise precision/recall/F1. Both CSVs: record_id, cluster/person id (header row).
Records absent from CLUSTERS count as singletons."""
import csv, sys
from collections import Counter
def load(p):
    with open(p, newline='') as fh:
        r = csv.reader(fh); next(r); return {row[0]: row[1] for row in r if row}
t, c = load(sys.argv[1]), load(sys.argv[2])
pairs = lambda cnt: sum(n * (n - 1) // 2 for n in cnt.values())
tp = pairs(Counter((t[r], c.get(r, '__' + r)) for r in t))
tt = pairs(Counter(t.values())); pp = pairs(Counter(c.get(r, '__' + r) for r in t))
P = tp / pp if pp else 1.0; R = tp / tt if tt else 1.0; F = 2 * P * R / (P + R) if P + R else 0.0
print('precision %.4f\nrecall %.4f\nf1 %.4f' % (P, R, F))
