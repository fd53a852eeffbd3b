#!/usr/bin/env python3
"""score.py TRUTH CLUSTERS - pairwise precision / recall / F1 of a clustering.
Both files are CSV with header record_id,person_id. Records of TRUTH missing from
CLUSTERS count as singletons; records in CLUSTERS but not in TRUTH are ignored."""
import csv, sys
from collections import Counter


def load(path):
    with open(path, newline='', encoding='utf-8') as fh:
        return {r['record_id']: r['person_id'] for r in csv.DictReader(fh)}


def pairs(c): return c * (c - 1) // 2


def score(truth, pred):
    pred = {r: pred.get(r, ('__single__', r)) for r in truth}
    tp = sum(pairs(c) for c in Counter((truth[r], pred[r]) for r in truth).values())
    t = sum(pairs(c) for c in Counter(truth.values()).values())
    p = sum(pairs(c) for c in Counter(pred.values()).values())
    prec, rec = (tp / p if p else 1.0), (tp / t if t else 1.0)
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0), tp, p, t


if __name__ == '__main__':
    if len(sys.argv) != 3: sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    extra = len(set(pred) - set(truth))
    if extra: print(f'warning: {extra} records in CLUSTERS not in TRUTH (ignored)', file=sys.stderr)
    prec, rec, f1, tp, p, t = score(truth, pred)
    print(f'records {len(truth)}  true pairs {t}  predicted pairs {p}  correct pairs {tp}')
    print(f'precision {prec:.4f}  recall {rec:.4f}  F1 {f1:.4f}')
