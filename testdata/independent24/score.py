#!/usr/bin/env python3
"""score.py TRUTH CLUSTERS -> pairwise precision / recall / F1.
TRUTH and CLUSTERS are CSVs with header record_id,person_id. Records of TRUTH absent from CLUSTERS
count as singletons; records in CLUSTERS but not in TRUTH are ignored."""
import csv, sys
from collections import Counter

def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        return {r['record_id']: r['person_id'] for r in csv.DictReader(f)}

def pairs(counter): return sum(n * (n - 1) // 2 for n in counter.values())

def score(truth, clusters):
    pred = {rid: clusters.get(rid, ('__single__', rid)) for rid in truth}
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(pred.values()))
    tp = pairs(Counter((truth[r], pred[r]) for r in truth))
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp, pred_pairs, true_pairs

if __name__ == '__main__':
    if len(sys.argv) != 3: sys.exit(__doc__)
    p, r, f, tp, pp, t = score(load(sys.argv[1]), load(sys.argv[2]))
    print(f'precision {p:.4f}\nrecall    {r:.4f}\nF1        {f:.4f}\n(true-positive pairs {tp}, predicted pairs {pp}, true pairs {t})')
