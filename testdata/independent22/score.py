#!/usr/bin/env python3
"""score.py TRUTH CLUSTERS: pairwise precision/recall/F1.
Both files: CSV with header, first column record id, second column cluster/person id."""
import csv, sys
from collections import defaultdict
from itertools import combinations

def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        rd = csv.reader(f); next(rd); return {row[0]: row[1] for row in rd if len(row) >= 2}

def pairs(m):
    g = defaultdict(list)
    for rid, c in m.items(): g[c].append(rid)
    return {tuple(sorted(p)) for ids in g.values() for p in combinations(ids, 2)}

truth, pred = load(sys.argv[1]), load(sys.argv[2])
missing = set(truth) - set(pred)
for i, rid in enumerate(missing): pred[rid] = f"__singleton{i}"   # unclustered records count as singletons
pred = {k: v for k, v in pred.items() if k in truth}
T, P = pairs(truth), pairs(pred); tp = len(T & P)
prec = tp / len(P) if P else 1.0; rec = tp / len(T) if T else 1.0
f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
print(f"true pairs {len(T)}  predicted pairs {len(P)}  correct {tp}")
print(f"precision {prec:.4f}\nrecall    {rec:.4f}\nF1        {f1:.4f}")
