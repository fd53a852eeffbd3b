#!/usr/bin/env python3
"""score.py -- pairwise precision / recall / F1 of a clustering against gen7 truth.

    python3 score.py TRUTH.csv CLUSTERS.csv

Both files are CSV with a header and columns record_id,person_id (the clusters file's
person_id is any cluster label).  Records in the truth that are missing from the clusters
file count as singletons; records in the clusters file that are not in the truth are ignored
(and reported).
"""
import csv
import sys
from collections import Counter


def load(path):
    out = {}
    with open(path, newline="", encoding="utf-8-sig") as f:
        rd = csv.reader(f)
        hdr = [h.strip().lower() for h in next(rd)]
        try:
            ri, pi = hdr.index("record_id"), hdr.index("person_id")
        except ValueError:
            ri, pi = 0, 1
        for row in rd:
            if not row or len(row) <= max(ri, pi):
                continue
            out[row[ri].strip()] = row[pi].strip()
    return out


def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    extra = [r for r in pred if r not in truth]
    missing = [r for r in truth if r not in pred]
    lab = {}
    for r in truth:
        lab[r] = pred[r] if r in pred else ("__single__", r)
    t_pairs = pairs(Counter(truth.values()).values())
    p_pairs = pairs(Counter(lab.values()).values())
    tp = pairs(Counter((truth[r], lab[r]) for r in truth).values())
    prec = tp / p_pairs if p_pairs else 1.0
    rec = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print("records: %d  (missing from clusters: %d, not in truth: %d)" % (len(truth), len(missing), len(extra)))
    print("true pairs: %d  predicted pairs: %d  correct pairs: %d" % (t_pairs, p_pairs, tp))
    print("precision: %.4f" % prec)
    print("recall:    %.4f" % rec)
    print("F1:        %.4f" % f1)


if __name__ == "__main__":
    main()
