#!/usr/bin/env python3
"""score.py TRUTH CLUSTERS -> pairwise precision, recall, F1.
TRUTH: record_id,person_id.  CLUSTERS: record_id,cluster_id (header row; first two
columns used). Truth records absent from CLUSTERS count as singletons."""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline="") as f:
        rd = csv.reader(f); next(rd)
        return {row[0]: row[1] for row in rd if row}


def c2(n): return n * (n - 1) // 2


truth, pred = load(sys.argv[1]), load(sys.argv[2])
extra = set(pred) - set(truth)
if extra: print("warning: %d cluster ids not in truth (ignored)" % len(extra), file=sys.stderr)
pred = {k: pred.get(k, "__single__" + k) for k in truth}
tp = sum(c2(n) for n in Counter((truth[k], pred[k]) for k in truth).values())
tpairs = sum(c2(n) for n in Counter(truth.values()).values())
ppairs = sum(c2(n) for n in Counter(pred.values()).values())
p = tp / ppairs if ppairs else 1.0
r = tp / tpairs if tpairs else 1.0
f = 2 * p * r / (p + r) if p + r else 0.0
print("precision %.4f\nrecall %.4f\nf1 %.4f" % (p, r, f))
