#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv  - pairwise precision / recall / F1.

TRUTH.csv:    record_id,person_id   (header row)
CLUSTERS.csv: record_id,cluster_id  (header row; first two columns are used)
Records absent from CLUSTERS.csv count as singletons; records in CLUSTERS.csv
that are not in TRUTH.csv are reported and ignored."""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline='', encoding='utf-8-sig') as fh:
        rd = csv.reader(fh)
        next(rd, None)
        return {row[0].strip(): row[1].strip() for row in rd if len(row) >= 2 and row[0].strip()}


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    unknown = [k for k in pred if k not in truth]
    if unknown:
        print("warning: %d clustered record ids not in truth (ignored)" % len(unknown), file=sys.stderr)
    missing = sum(1 for k in truth if k not in pred)
    if missing:
        print("note: %d truth records not in clusters (treated as singletons)" % missing, file=sys.stderr)
    cl = {k: pred.get(k, '\0single\0' + k) for k in truth}
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(cl.values()))
    tp = pairs(Counter((truth[k], cl[k]) for k in truth))
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("records %d  true pairs %d  predicted pairs %d  true positive pairs %d" % (len(truth), true_pairs, pred_pairs, tp))
    print("precision %.4f  recall %.4f  F1 %.4f" % (p, r, f))


if __name__ == '__main__':
    main()
