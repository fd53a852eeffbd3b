#!/usr/bin/env python3
"""Pairwise precision / recall / F1.  usage: python3 score.py TRUTH CLUSTERS
Both files: CSV with header record_id,person_id.  Records in TRUTH but absent from CLUSTERS are
singletons; records in CLUSTERS that are not in TRUTH are ignored."""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {r["record_id"]: r["person_id"] for r in csv.DictReader(f)}


def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def score(truth, pred):
    pred = {rid: ("c", pred[rid]) if rid in pred else ("s", rid) for rid in truth}
    t = pairs(Counter(truth.values()).values())
    p = pairs(Counter(pred.values()).values())
    tp = pairs(Counter((truth[r], pred[r]) for r in truth).values())
    prec = tp / p if p else 0.0
    rec = tp / t if t else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tp, p, t


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    prec, rec, f1, tp, p, t = score(load(sys.argv[1]), load(sys.argv[2]))
    print(f"precision {prec:.4f}\nrecall    {rec:.4f}\nF1        {f1:.4f}")
    print(f"(true-positive pairs {tp}, predicted pairs {p}, true pairs {t})")
