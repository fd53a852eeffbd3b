#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering of victim slots.

usage: python3 score.py TRUTH CLUSTERS
Both files are CSV with header record_id,person_id; record_id = <Report ID>#<slot>.
Only slots listed in TRUTH are scored; slots missing from CLUSTERS are singletons,
ids in CLUSTERS that are not in TRUTH are ignored.
"""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        r = csv.reader(f)
        next(r)
        return {row[0]: row[1] for row in r if row}


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, clus = load(sys.argv[1]), load(sys.argv[2])
    pred = {r: clus.get(r, '\0single\0' + r) for r in truth}
    tp = pairs(Counter((truth[r], pred[r]) for r in truth))
    t, p = pairs(Counter(truth.values())), pairs(Counter(pred.values()))
    prec = tp / p if p else 1.0
    rec = tp / t if t else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print('slots=%d true_pairs=%d predicted_pairs=%d correct_pairs=%d' % (len(truth), t, p, tp))
    print('precision=%.4f recall=%.4f f1=%.4f' % (prec, rec, f1))


if __name__ == '__main__':
    main()
