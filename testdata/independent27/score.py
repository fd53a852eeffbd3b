#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against truth.
usage: python3 score.py TRUTH CLUSTERS   (both CSV with header record_id,person_id;
records missing from CLUSTERS are singletons; CLUSTERS rows not in TRUTH are ignored)"""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        return {r['record_id']: r['person_id'] for r in csv.DictReader(f)}


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    cl = {r: ('c', pred[r]) if r in pred else ('s', r) for r in truth}
    tp = pairs(Counter((truth[r], cl[r]) for r in truth))
    t, p = pairs(Counter(truth.values())), pairs(Counter(cl.values()))
    prec = tp / p if p else 0.0
    rec = tp / t if t else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"records={len(truth)} true_pairs={t} predicted_pairs={p} correct_pairs={tp}")
    print(f"precision={prec:.4f} recall={rec:.4f} f1={f1:.4f}")


if __name__ == '__main__':
    main()
