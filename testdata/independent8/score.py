#!/usr/bin/env python3
"""
score.py - pairwise precision / recall / F1 of a clustering against truth.

Usage:
    python3 score.py TRUTH.csv CLUSTERS.csv

Both files are CSV with a header and two columns: record_id,person_id.
(A UTF-8 BOM is tolerated; column order is taken from the header if it names
record_id / person_id, otherwise the first two columns are used.)

* A "pair" is an unordered pair of distinct records.  True pairs are pairs
  with the same person_id in TRUTH; predicted pairs are pairs with the same
  person_id (cluster id) in CLUSTERS.
* Records present in TRUTH but missing from CLUSTERS are treated as
  singletons (they contribute no predicted pairs).
* Records in CLUSTERS that are not in TRUTH are ignored (a warning is printed
  to stderr).
Standard library only.
"""
import csv
import sys
from collections import Counter


def load(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.reader(f))
    if not rows:
        return {}
    head = [h.strip().lower() for h in rows[0]]
    if 'record_id' in head and 'person_id' in head:
        ri, pi = head.index('record_id'), head.index('person_id')
        body = rows[1:]
    else:
        ri, pi = 0, 1
        body = rows
    out = {}
    dup = 0
    for r in body:
        if len(r) <= max(ri, pi) or not r[ri].strip():
            continue
        k = r[ri].strip()
        if k in out:
            dup += 1
        out[k] = r[pi].strip()
    if dup:
        sys.stderr.write('warning: %s: %d duplicated record_id (last kept)\n'
                         % (path, dup))
    return out


def c2(n):
    return n * (n - 1) // 2


def main():
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        sys.exit(2)
    truth = load(sys.argv[1])
    pred = load(sys.argv[2])
    extra = [k for k in pred if k not in truth]
    if extra:
        sys.stderr.write('warning: %d record_id(s) in clusters not in truth '
                         '(ignored)\n' % len(extra))
    missing = 0
    cells = Counter()
    tsize = Counter()
    psize = Counter()
    for rid, tp in truth.items():
        if rid in pred:
            pc = ('P', pred[rid])
        else:
            pc = ('S', rid)            # singleton
            missing += 1
        tsize[tp] += 1
        psize[pc] += 1
        cells[(tp, pc)] += 1
    if missing:
        sys.stderr.write('note: %d truth record(s) not in clusters '
                         '(treated as singletons)\n' % missing)
    true_pairs = sum(c2(n) for n in tsize.values())
    pred_pairs = sum(c2(n) for n in psize.values())
    tp_pairs = sum(c2(n) for n in cells.values())
    precision = tp_pairs / pred_pairs if pred_pairs else 0.0
    recall = tp_pairs / true_pairs if true_pairs else 0.0
    f1 = (2 * precision * recall / (precision + recall)
          if precision + recall else 0.0)
    print('records          %d' % len(truth))
    print('true pairs       %d' % true_pairs)
    print('predicted pairs  %d' % pred_pairs)
    print('correct pairs    %d' % tp_pairs)
    print('precision        %.4f' % precision)
    print('recall           %.4f' % recall)
    print('F1               %.4f' % f1)


if __name__ == '__main__':
    main()
