#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against truth.
usage: python3 score.py TRUTH CLUSTERS   (both CSV with header record_id,person_id;
records missing from CLUSTERS are singletons; records not in TRUTH are ignored)."""
import csv, sys
from collections import Counter

def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["record_id"]: row["person_id"] for row in csv.DictReader(fh)}

def pairs(counter): return sum(n * (n - 1) // 2 for n in counter.values())

def main():
    if len(sys.argv) != 3: sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    pred = {rid: pred.get(rid, "\0singleton:" + rid) for rid in truth}
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(pred.values()))
    tp = pairs(Counter((truth[r], pred[r]) for r in truth))
    p = tp / pred_pairs if pred_pairs else 1.0
    rc = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"records={len(truth)} true_pairs={true_pairs} predicted_pairs={pred_pairs} true_positives={tp}")
    print(f"precision={p:.4f} recall={rc:.4f} f1={f1:.4f}")

if __name__ == "__main__":
    main()
