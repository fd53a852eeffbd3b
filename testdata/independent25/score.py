#!/usr/bin/env python3
"""usage: python3 score.py TRUTH CLUSTERS
Pairwise precision / recall / F1 of a clustering against truth.  Both files are CSV with header
record_id,person_id.  Records of TRUTH absent from CLUSTERS are treated as singletons; records in CLUSTERS
that are not in TRUTH are ignored (and counted in a warning)."""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {r["record_id"]: r["person_id"] for r in csv.DictReader(f)}


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    extra = sum(1 for r in pred if r not in truth)
    if extra:
        print(f"warning: {extra} record ids in CLUSTERS are not in TRUTH (ignored)", file=sys.stderr)
    # absent records -> singleton clusters keyed by their own id
    p = {r: ("c", pred[r]) if r in pred and pred[r] != "" else ("s", r) for r in truth}
    tp = pairs(Counter((truth[r], p[r]) for r in truth))
    tpairs, ppairs = pairs(Counter(truth.values())), pairs(Counter(p.values()))
    prec = tp / ppairs if ppairs else 1.0
    rec = tp / tpairs if tpairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"records={len(truth)} true_pairs={tpairs} predicted_pairs={ppairs} true_positive_pairs={tp}")
    print(f"precision={prec:.4f} recall={rec:.4f} f1={f1:.4f}")


if __name__ == "__main__":
    main()
