#!/usr/bin/env python3
"""score.py TRUTH.csv CLUSTERS.csv -> pairwise precision, recall, F1.

Both files are CSV with header record_id,person_id (a UTF-8 BOM is accepted).
Records of the truth file missing from the clusters file count as singletons;
records in the clusters file that are not in the truth file are ignored
(and reported).
"""
import csv
import sys
from collections import Counter


def load(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rd = csv.reader(f)
        head = next(rd)
        if [h.strip().lower() for h in head[:2]] != ["record_id", "person_id"]:
            sys.exit("%s: expected header record_id,person_id, got %r" % (path, head))
        out = {}
        for row in rd:
            if not row:
                continue
            rid, pid = row[0].strip(), row[1].strip()
            if rid in out:
                sys.exit("%s: duplicate record_id %r" % (path, rid))
            out[rid] = pid
        return out


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: python3 score.py TRUTH.csv CLUSTERS.csv")
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    extra = [r for r in pred if r not in truth]
    missing = [r for r in truth if r not in pred]
    # missing records become singletons under a label no real cluster can have
    lab = {r: ("p", pred[r]) if r in pred else ("missing", r) for r in truth}
    tp = pairs(Counter((truth[r], lab[r]) for r in truth))
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(lab.values()))
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("records: %d in truth, %d in clusters (%d not in truth, ignored; %d missing, treated as singletons)"
          % (len(truth), len(pred), len(extra), len(missing)))
    print("true pairs: %d  predicted pairs: %d  correct pairs: %d" % (true_pairs, pred_pairs, tp))
    print("precision: %.4f" % p)
    print("recall:    %.4f" % r)
    print("F1:        %.4f" % f)


if __name__ == "__main__":
    main()
