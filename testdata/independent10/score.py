#!/usr/bin/env python3
"""score.py - pairwise precision / recall / F1 of a clustering against the gen10 truth file.

Usage:
    python3 score.py TRUTH.csv CLUSTERS.csv [--json]

Both files are CSV with a header; the first column is the record id and the second the cluster /
person id (the usual header is `record_id,person_id`).  A "pair" is an unordered pair of distinct
records placed in the same cluster.

* Records that are in the truth but missing from CLUSTERS.csv are counted as singletons.
* Records in CLUSTERS.csv that are not in the truth are ignored (a warning gives how many).
* A record listed twice in CLUSTERS.csv is an error (the first occurrence is used, with a warning).
* With no predicted pairs precision is reported as 0 (and F1 as 0).
Standard library only.
"""
import csv
import json
import sys
from collections import Counter


def load(path):
    m = {}
    dup = 0
    with open(path, newline='', encoding='utf-8-sig') as f:
        r = csv.reader(f)
        header = next(r, None)
        if header is None:
            return m, 0
        for row in r:
            if not row or not row[0].strip():
                continue
            rid = row[0].strip()
            cid = row[1].strip() if len(row) > 1 else ''
            if rid in m:
                dup += 1
                continue
            m[rid] = cid
    return m, dup


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def score(truth, pred):
    # unmatched truth records become singletons
    labels = {}
    missing = 0
    for rid in truth:
        if rid in pred and pred[rid] != '':
            labels[rid] = ('p', pred[rid])
        else:
            labels[rid] = ('singleton', rid)
            missing += 1
    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(labels.values()))
    tp = pairs(Counter((truth[rid], labels[rid]) for rid in truth))
    precision = tp / pred_pairs if pred_pairs else 0.0
    recall = tp / true_pairs if true_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {'records_in_truth': len(truth), 'records_missing_from_prediction': missing,
            'true_pairs': true_pairs, 'predicted_pairs': pred_pairs, 'true_positive_pairs': tp,
            'false_positive_pairs': pred_pairs - tp, 'false_negative_pairs': true_pairs - tp,
            'precision': precision, 'recall': recall, 'f1': f1}


def main(argv):
    as_json = '--json' in argv
    argv = [a for a in argv if a != '--json']
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    truth, d1 = load(argv[0])
    pred, d2 = load(argv[1])
    if d1:
        print('warning: %d duplicated record ids in truth file (first kept)' % d1, file=sys.stderr)
    if d2:
        print('warning: %d duplicated record ids in clusters file (first kept)' % d2, file=sys.stderr)
    extra = sum(1 for k in pred if k not in truth)
    if extra:
        print('warning: %d record ids in clusters file are not in the truth (ignored)' % extra, file=sys.stderr)
    res = score(truth, pred)
    res['records_not_in_truth_ignored'] = extra
    if as_json:
        print(json.dumps(res, indent=1))
    else:
        for k, v in res.items():
            print('%-34s %s' % (k, ('%.4f' % v) if isinstance(v, float) else v))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
