#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against true_id.

    python3 score.py DATA.csv CLUSTERS.csv

DATA.csv     must have columns id and true_id (other columns ignored).
CLUSTERS.csv must have header record_id,person_id.

A pair = an unordered pair of distinct records.  Predicted pairs are pairs in the
same person_id; true pairs are pairs with the same true_id.
  precision = |pred & true| / |pred|,  recall = |pred & true| / |true|.
Counts come from the contingency table (cluster x true_id), no pair enumeration:
  |pred & true| = sum over cells C(n_cell, 2),  |pred| = sum over clusters C(n, 2), ...

Records of DATA missing from CLUSTERS are treated as singletons (reported on stderr).
Record ids in CLUSTERS that are not in DATA, or listed twice, are an error.
Python 3 standard library only.
"""
import csv
import sys
from collections import Counter


def c2(n):
    return n * (n - 1) // 2


def load_truth(path):
    truth = {}
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        for row in r:
            rid = row["id"]
            if rid in truth:
                sys.exit("error: duplicate id %r in %s" % (rid, path))
            truth[rid] = row["true_id"]
    return truth


def load_clusters(path, truth):
    pred = {}
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        if r.fieldnames is None or "record_id" not in r.fieldnames or \
                "person_id" not in r.fieldnames:
            sys.exit("error: %s needs header record_id,person_id" % path)
        for row in r:
            rid = row["record_id"]
            if rid in pred:
                sys.exit("error: record_id %r listed twice in %s" % (rid, path))
            if rid not in truth:
                sys.exit("error: record_id %r in %s is not in the data" % (rid, path))
            pred[rid] = row["person_id"]
    return pred


def score(truth, pred):
    """truth, pred: dict record_id -> label (pred may miss records: singletons)."""
    missing = 0
    lab = {}
    for rid in truth:
        if rid in pred:
            lab[rid] = ("c", pred[rid])
        else:
            lab[rid] = ("singleton", rid)
            missing += 1
    cells = Counter((lab[rid], truth[rid]) for rid in truth)
    tp = sum(c2(n) for n in cells.values())
    pred_pairs = sum(c2(n) for n in Counter(lab.values()).values())
    true_pairs = sum(c2(n) for n in Counter(truth.values()).values())
    p = tp / pred_pairs if pred_pairs else 1.0      # no predicted pairs: vacuous precision
    r = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return dict(records=len(truth), missing=missing, true_pairs=true_pairs,
                pred_pairs=pred_pairs, tp=tp, fp=pred_pairs - tp, fn=true_pairs - tp,
                precision=p, recall=r, f1=f1)


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    truth = load_truth(argv[1])
    pred = load_clusters(argv[2], truth)
    s = score(truth, pred)
    if s["missing"]:
        print("note: %d records not in clusters file, scored as singletons" % s["missing"],
              file=sys.stderr)
    print("records=%d true_pairs=%d predicted_pairs=%d tp=%d fp=%d fn=%d"
          % (s["records"], s["true_pairs"], s["pred_pairs"], s["tp"], s["fp"], s["fn"]))
    print("precision=%.4f recall=%.4f f1=%.4f" % (s["precision"], s["recall"], s["f1"]))


if __name__ == "__main__":
    main(sys.argv)
