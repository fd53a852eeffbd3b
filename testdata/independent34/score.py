#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against truth.
usage: python3 score.py TRUTH CLUSTERS   (both CSV with header record_id,person_id)
Records of TRUTH absent from CLUSTERS are singletons; records in CLUSTERS unknown to TRUTH are ignored."""
import csv, sys
from collections import Counter

def load(path):
    with open(path, newline='', encoding='utf-8-sig') as f:
        rd = csv.DictReader(f)
        return {r['record_id']: r['person_id'] for r in rd}

def pairs(counter): return sum(n * (n - 1) // 2 for n in counter.values())

def main():
    if len(sys.argv) != 3: sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    cl = {rid: pred.get(rid, ('__single__', rid)) for rid in truth}
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(cl.values()))
    tp = pairs(Counter((truth[r], cl[r]) for r in truth))
    p = tp / pred_pairs if pred_pairs else 0.0
    r = tp / true_pairs if true_pairs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f'records={len(truth)} true_pairs={true_pairs} predicted_pairs={pred_pairs} true_positives={tp}')
    print(f'precision={p:.4f} recall={r:.4f} f1={f:.4f}')

if __name__ == '__main__':
    main()
