#!/usr/bin/env python3
"""score.py TRUTH CLUSTERS -> pairwise precision, recall, F1.
Both files are CSV with header record_id,person_id. Records missing from CLUSTERS are singletons;
records in CLUSTERS that are not in TRUTH are ignored (with a warning)."""
import csv, sys
from collections import Counter

def load(path):
    with open(path, newline='', encoding='utf-8') as fh:
        r = csv.DictReader(fh)
        return {row['record_id']: row['person_id'] for row in r}

def pairs(sizes): return sum(n * (n - 1) // 2 for n in sizes)

def main():
    if len(sys.argv) != 3: sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    extra = set(pred) - set(truth)
    if extra: print(f'warning: {len(extra)} record ids in clusters not in truth (ignored)', file=sys.stderr)
    # absent records -> own singleton cluster
    pc = {r: ('c', pred[r]) if r in pred else ('s', r) for r in truth}
    tp = pairs(Counter((truth[r], pc[r]) for r in truth).values())
    t_pairs, p_pairs = pairs(Counter(truth.values()).values()), pairs(Counter(pc.values()).values())
    prec = tp / p_pairs if p_pairs else 1.0
    rec = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f'records={len(truth)} true_pairs={t_pairs} predicted_pairs={p_pairs} true_positives={tp}')
    print(f'precision={prec:.4f} recall={rec:.4f} f1={f1:.4f}')

if __name__ == '__main__':
    main()
