#!/usr/bin/env python3
"""Pairwise precision / recall / F1 of a clustering against truth.

  python3 score.py TRUTH CLUSTERS
Both files are CSV with header record_id,person_id. Records of TRUTH absent from CLUSTERS count as
singletons; records of CLUSTERS absent from TRUTH are ignored (with a warning).
"""
import collections, csv, sys


def load(path):
    with open(path, newline='', encoding='utf-8-sig') as f:
        return {r['record_id'].strip(): r['person_id'].strip() for r in csv.DictReader(f)}


def pairs(counter):
    return sum(c * (c - 1) // 2 for c in counter.values())


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, pred = load(sys.argv[1]), load(sys.argv[2])
    extra = len(set(pred) - set(truth))
    if extra:
        print('warning: %d clustered records are not in the truth file; ignored' % extra, file=sys.stderr)
    lab = {r: ('c', pred[r]) if r in pred else ('singleton', r) for r in truth}
    t = pairs(collections.Counter(truth.values()))
    p = pairs(collections.Counter(lab.values()))
    tp = pairs(collections.Counter((truth[r], lab[r]) for r in truth))
    prec = tp / p if p else 0.0
    rec = tp / t if t else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print('records %d  true pairs %d  predicted pairs %d  correct pairs %d' % (len(truth), t, p, tp))
    print('precision %.4f  recall %.4f  F1 %.4f' % (prec, rec, f1))


if __name__ == '__main__':
    main()
