#!/usr/bin/env python3
"""score.py - pairwise precision / recall / F1 of a clustering against the truth.

usage: python3 score.py TRUTH.csv CLUSTERS.csv
Both files: CSV with a header, columns record_id,person_id (a UTF-8 BOM is tolerated).
Records of the truth missing from the clusters file count as singletons;
records in the clusters file that are not in the truth are ignored (reported).
"""
import csv
import sys
from collections import Counter


def load(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if rows and rows[0] and rows[0][0].strip().lower() == "record_id":
        rows = rows[1:]
    out = {}
    for r in rows:
        if len(r) >= 2 and r[0].strip():
            out[r[0].strip()] = r[1].strip()
    return out


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth = load(sys.argv[1])
    pred = load(sys.argv[2])
    extra = [k for k in pred if k not in truth]
    missing = [k for k in truth if k not in pred]
    # records not clustered become singletons
    plab = {k: pred[k] if k in pred else "\x00single:" + k for k in truth}
    tp = pairs(Counter((truth[k], plab[k]) for k in truth))
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(plab.values()))
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print("records: %d  true pairs: %d  predicted pairs: %d  correct pairs: %d" % (len(truth), true_pairs, pred_pairs, tp))
    if missing:
        print("records missing from clusters (treated as singletons): %d" % len(missing))
    if extra:
        print("records in clusters but not in truth (ignored): %d" % len(extra))
    print("precision: %.4f" % p)
    print("recall:    %.4f" % r)
    print("F1:        %.4f" % f1)


if __name__ == "__main__":
    main()
