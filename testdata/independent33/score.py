#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against gen33 truth.
Usage: python3 score.py TRUTH CLUSTERS   (both CSV with header record_id,person_id;
records missing from CLUSTERS are singletons; ids not in TRUTH are ignored)."""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        rd = csv.reader(f)
        hdr = [h.strip().lower() for h in next(rd)]
        i, j = hdr.index('record_id'), hdr.index('person_id')
        return {row[i]: row[j] for row in rd if row}


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    lab = {r: pred.get(r, '\0single\0' + r) for r in truth}   # absent -> own singleton
    tp = pairs(Counter((truth[r], lab[r]) for r in truth))
    tpairs, ppairs = pairs(Counter(truth.values())), pairs(Counter(lab.values()))
    p = tp / ppairs if ppairs else 1.0
    r = tp / tpairs if tpairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print('records=%d true_pairs=%d predicted_pairs=%d true_positive_pairs=%d' % (len(truth), tpairs, ppairs, tp))
    print('precision=%.4f recall=%.4f f1=%.4f' % (p, r, f))


if __name__ == '__main__':
    main()
