#!/usr/bin/env python3
"""score.py - pairwise precision, recall and F1 of a clustering against the truth.

Usage:  python3 score.py TRUTH.csv CLUSTERS.csv

Both files are CSV with a header and columns record_id,person_id (the second
column of CLUSTERS.csv may hold any cluster label).  A record that appears in
the truth but not in CLUSTERS.csv is counted as a singleton cluster; records
in CLUSTERS.csv that are not in the truth are ignored (with a warning).
"""
import csv
import sys
from collections import Counter


def read_pairs(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        return {}
    head = [h.strip().lower() for h in rows[0]]
    if "record_id" in head:
        ri = head.index("record_id")
        ci = 1 - ri if len(head) == 2 else head.index("person_id")
        rows = rows[1:]
    else:
        ri, ci = 0, 1
    out = {}
    for r in rows:
        if len(r) <= max(ri, ci) or not r[ri].strip():
            continue
        out[r[ri].strip()] = r[ci].strip()
    return out


def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth = read_pairs(sys.argv[1])
    pred = read_pairs(sys.argv[2])
    extra = [r for r in pred if r not in truth]
    if extra:
        print("warning: %d record ids in clusters file are not in the truth; ignored" % len(extra),
              file=sys.stderr)
    missing = 0
    labels = {}
    for rid in truth:
        if rid in pred:
            labels[rid] = ("c", pred[rid])
        else:
            labels[rid] = ("singleton", rid)
            missing += 1
    if missing:
        print("note: %d truth records missing from clusters file; treated as singletons" % missing,
              file=sys.stderr)
    true_pairs = pairs(Counter(truth.values()).values())
    pred_pairs = pairs(Counter(labels.values()).values())
    tp = pairs(Counter((truth[r], labels[r]) for r in truth).values())
    precision = tp / pred_pairs if pred_pairs else 0.0
    recall = tp / true_pairs if true_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print("records:          %d" % len(truth))
    print("true pairs:       %d" % true_pairs)
    print("predicted pairs:  %d" % pred_pairs)
    print("correct pairs:    %d" % tp)
    print("precision:        %.4f" % precision)
    print("recall:           %.4f" % recall)
    print("F1:               %.4f" % f1)


if __name__ == "__main__":
    main()
