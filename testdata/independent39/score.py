#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of CLUSTERS against TRUTH.
Usage: python3 score.py TRUTH CLUSTERS   (both CSV with header record_id,person_id;
records in TRUTH but absent from CLUSTERS count as singletons; ids not in TRUTH are ignored)."""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {r["record_id"]: r["person_id"] for r in csv.DictReader(f)}


def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    unknown = sum(1 for r in pred if r not in truth)
    if unknown:
        print("warning: %d record ids in CLUSTERS not in TRUTH (ignored)" % unknown, file=sys.stderr)
    pl = {r: pred.get(r, ("__single__", r)) for r in truth}
    tp = pairs(Counter((truth[r], pl[r]) for r in truth).values())
    tpairs, ppairs = pairs(Counter(truth.values()).values()), pairs(Counter(pl.values()).values())
    p = tp / ppairs if ppairs else 1.0
    rc = tp / tpairs if tpairs else 1.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print("records=%d true_pairs=%d predicted_pairs=%d true_positives=%d" % (len(truth), tpairs, ppairs, tp))
    print("precision=%.4f recall=%.4f f1=%.4f" % (p, rc, f1))


if __name__ == "__main__":
    main()
