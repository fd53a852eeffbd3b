#!/usr/bin/env python3
"""score.py - pairwise precision / recall / F1 of a clustering against the truth.

    python3 score.py TRUTH.csv CLUSTERS.csv

Both files are CSV `record_id,person_id` (a header line is optional).
A pair of records is "predicted" when both carry the same cluster id in
CLUSTERS.csv and "true" when both carry the same person id in TRUTH.csv.
Records in the truth but absent from CLUSTERS.csv count as singletons;
records in CLUSTERS.csv that are not in the truth are ignored (and reported).
"""

import collections
import csv
import sys


def read_pairs(path):
    out = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        for i, row in enumerate(csv.reader(f)):
            if not row or not row[0].strip():
                continue
            if i == 0 and row[0].strip().lower() in ("record_id", "record id", "id"):
                continue
            rid = row[0].strip()
            if rid in out:
                sys.stderr.write("warning: %s: record %s listed twice, keeping first\n" % (path, rid))
                continue
            out[rid] = row[1].strip() if len(row) > 1 else ""
    return out


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth = read_pairs(sys.argv[1])
    pred = read_pairs(sys.argv[2])

    extra = [r for r in pred if r not in truth]
    missing = [r for r in truth if r not in pred]
    if extra:
        sys.stderr.write("warning: %d record ids in clusters are not in the truth (ignored)\n" % len(extra))
    if missing:
        sys.stderr.write("warning: %d truth records have no cluster (treated as singletons)\n" % len(missing))

    cluster = {}
    for rid in truth:
        c = pred.get(rid, "")
        cluster[rid] = ("c", c) if c != "" else ("single", rid)

    true_sizes = collections.Counter(truth.values())
    pred_sizes = collections.Counter(cluster.values())
    both = collections.Counter((truth[r], cluster[r]) for r in truth)

    tp = pairs(both)
    n_true, n_pred = pairs(true_sizes), pairs(pred_sizes)
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_true if n_true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    print("records:          %d" % len(truth))
    print("true pairs:       %d" % n_true)
    print("predicted pairs:  %d" % n_pred)
    print("correct pairs:    %d" % tp)
    print("precision:        %.4f" % precision)
    print("recall:           %.4f" % recall)
    print("F1:               %.4f" % f1)


if __name__ == "__main__":
    main()
