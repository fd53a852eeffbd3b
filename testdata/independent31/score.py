#!/usr/bin/env python3
"""Pairwise precision / recall / F1.  usage: python3 score.py TRUTH CLUSTERS
Both files: CSV with header record_id,person_id.  Records missing from CLUSTERS are singletons;
records in CLUSTERS that are not in TRUTH are ignored."""
import csv, sys
from collections import Counter

def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        return {r['record_id']: r['person_id'] for r in csv.DictReader(f)}

def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())

def main():
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    plab = {rid: pred.get(rid, "__single__" + rid) for rid in truth}
    true_p = pairs(Counter(truth.values()))
    pred_p = pairs(Counter(plab.values()))
    tp = pairs(Counter((truth[r], plab[r]) for r in truth))
    p = tp / pred_p if pred_p else 0.0
    r = tp / true_p if true_p else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("records=%d true_pairs=%d predicted_pairs=%d true_positives=%d" % (len(truth), true_p, pred_p, tp))
    print("precision=%.4f recall=%.4f f1=%.4f" % (p, r, f))

if __name__ == "__main__":
    main()
