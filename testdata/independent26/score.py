#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against truth.
usage: python3 score.py TRUTH.csv CLUSTERS.csv   (both with header record_id,person_id;
records missing from CLUSTERS count as singletons; ids not in TRUTH are ignored)"""
import csv, sys
from collections import Counter

def load(path):
    with open(path, newline='', encoding='utf-8') as f:
        return {r['record_id']: r['person_id'] for r in csv.DictReader(f)}

def pairs(counter): return sum(n * (n - 1) // 2 for n in counter.values())

def main():
    if len(sys.argv) != 3: sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    extra = len(set(pred) - set(truth))
    if extra: print(f"warning: {extra} clustered record ids not in truth (ignored)", file=sys.stderr)
    lab = {rid: pred.get(rid, ('__single__', rid)) for rid in truth}
    tp = pairs(Counter((truth[r], lab[r]) for r in truth))
    t_pairs, p_pairs = pairs(Counter(truth.values())), pairs(Counter(lab.values()))
    p = tp / p_pairs if p_pairs else 0.0
    rc = tp / t_pairs if t_pairs else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"records={len(truth)} true_pairs={t_pairs} predicted_pairs={p_pairs} true_positive_pairs={tp}")
    print(f"precision={p:.4f} recall={rc:.4f} f1={f1:.4f}")

if __name__ == '__main__':
    main()
