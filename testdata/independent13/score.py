#!/usr/bin/env python3
"""score.py -- pairwise precision, recall and F1 of a clustering against truth.

Usage:
    python3 score.py TRUTH.csv CLUSTERS.csv

Both files are CSV with a header and two columns: record_id, person_id (in the
clusters file the second column is whatever cluster label the linker gave).
Records that are in the truth but missing from the clusters file count as
singletons; records in the clusters file that are not in the truth are
ignored (and reported).  A pair is two records with the same label.
"""

import csv
import sys
from collections import Counter


def read_labels(path):
    labels = {}
    dupes = 0
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None:
            return labels, dupes
        for row in reader:
            if not row or not row[0].strip():
                continue
            rid = row[0].strip()
            label = row[1].strip() if len(row) > 1 else ""
            if rid in labels:
                dupes += 1
            labels[rid] = label
    return labels, dupes


def pairs(n):
    return n * (n - 1) // 2


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    truth, t_dupes = read_labels(argv[1])
    clusters, c_dupes = read_labels(argv[2])
    unknown = [r for r in clusters if r not in truth]
    missing = [r for r in truth if r not in clusters]
    # records without a cluster become singletons
    pred = {}
    for rid in truth:
        lab = clusters.get(rid)
        pred[rid] = ("c", lab) if lab not in (None, "") else ("single", rid)
    true_pairs = sum(pairs(n) for n in Counter(truth.values()).values())
    pred_pairs = sum(pairs(n) for n in Counter(pred.values()).values())
    both = sum(pairs(n) for n in Counter((truth[r], pred[r]) for r in truth).values())
    precision = both / pred_pairs if pred_pairs else (1.0 if true_pairs == 0 else 0.0)
    recall = both / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print("records in truth:     %d" % len(truth))
    print("records clustered:    %d" % (len(truth) - len(missing)))
    if missing:
        print("  (%d truth records missing from clusters file, treated as singletons)" % len(missing))
    if unknown:
        print("  (%d clustered records not in truth, ignored)" % len(unknown))
    if t_dupes or c_dupes:
        print("  (duplicate record ids: %d in truth, %d in clusters; last one kept)" % (t_dupes, c_dupes))
    print("true pairs:           %d" % true_pairs)
    print("predicted pairs:      %d" % pred_pairs)
    print("correct pairs:        %d" % both)
    print("precision:            %.4f" % precision)
    print("recall:               %.4f" % recall)
    print("F1:                   %.4f" % f1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
