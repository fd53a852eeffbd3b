#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv - pairwise precision / recall / F1.

TRUTH.csv: record_id,person_id (as written by gen17.py).
CLUSTERS.csv: record_id,cluster_id (first two columns; a header line is
skipped).  Records of the truth file missing from CLUSTERS are singletons;
records not in the truth file are ignored (and counted in a warning).
"""
import csv
import sys
from collections import Counter


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth = {}
    with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            if row:
                truth[row[0].strip()] = row[1].strip()
    pred, unknown = {}, 0
    with open(sys.argv[2], newline='', encoding='utf-8-sig') as f:
        for i, row in enumerate(csv.reader(f)):
            if not row:
                continue
            rid = row[0].strip()
            if rid not in truth:
                if i:
                    unknown += 1
                continue
            pred[rid] = row[1].strip()
    for rid in truth:                      # unclustered records are singletons
        if rid not in pred:
            pred[rid] = '__single__' + rid
    tp = pairs(Counter((truth[r], pred[r]) for r in truth))
    tpairs = pairs(Counter(truth.values()))
    ppairs = pairs(Counter(pred[r] for r in truth))
    p = tp / ppairs if ppairs else 0.0
    rc = tp / tpairs if tpairs else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    if unknown:
        print('warning: %d cluster rows with ids not in truth were ignored' % unknown, file=sys.stderr)
    print('records %d  true pairs %d  predicted pairs %d  correct pairs %d' % (len(truth), tpairs, ppairs, tp))
    print('precision %.4f' % p)
    print('recall    %.4f' % rc)
    print('F1        %.4f' % f1)


if __name__ == '__main__':
    main()
