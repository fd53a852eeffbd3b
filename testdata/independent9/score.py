#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against gen9 truth.

usage: python3 score.py TRUTH.csv CLUSTERS.csv

Both files are CSV with header `record_id,person_id`.  Records in the truth
file that are missing from the clusters file count as singletons; records in
the clusters file that are not in the truth file are ignored.
"""
import csv
import sys
from collections import Counter


def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        rd = csv.reader(f)
        head = next(rd)
        if [h.strip().lower() for h in head[:2]] != ['record_id', 'person_id']:
            sys.exit('%s: expected header record_id,person_id' % path)
        out = {}
        for row in rd:
            if len(row) >= 2 and row[0].strip():
                out[row[0].strip()] = row[1].strip()
        return out


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth = load(sys.argv[1])
    pred = load(sys.argv[2])
    cl = {}
    for rid in truth:
        cl[rid] = pred[rid] if rid in pred else '\0singleton\0' + rid
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(cl.values()))
    tp = pairs(Counter((truth[r], cl[r]) for r in truth))
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    missing = sum(1 for rid in truth if rid not in pred)
    print('records %d  (missing from clusters: %d)' % (len(truth), missing))
    print('true pairs %d  predicted pairs %d  correct pairs %d' % (true_pairs, pred_pairs, tp))
    print('precision %.4f' % p)
    print('recall    %.4f' % r)
    print('F1        %.4f' % f1)


if __name__ == '__main__':
    main()
