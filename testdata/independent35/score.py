#!/usr/bin/env python3
"""Pairwise precision / recall / F1.  usage: python3 score.py TRUTH CLUSTERS
Both files are CSV with header record_id,person_id.  Records of TRUTH missing from
CLUSTERS count as singletons; ids in CLUSTERS that are not in TRUTH are ignored."""
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
    extra = len(set(pred) - set(truth))
    if extra:
        print("warning: %d record ids in CLUSTERS are not in TRUTH (ignored)" % extra, file=sys.stderr)
    pc = {rid: pred.get(rid, "\0singleton:" + rid) for rid in truth}
    tp = pairs(Counter((truth[r], pc[r]) for r in truth))
    t_pairs, p_pairs = pairs(Counter(truth.values())), pairs(Counter(pc.values()))
    prec = tp / p_pairs if p_pairs else 1.0
    rec = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print("records=%d true_pairs=%d predicted_pairs=%d true_positive_pairs=%d" % (len(truth), t_pairs, p_pairs, tp))
    print("precision=%.4f recall=%.4f f1=%.4f" % (prec, rec, f1))


if __name__ == "__main__":
    main()
