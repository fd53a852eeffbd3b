#!/usr/bin/env python3
"""score.py - pairwise precision, recall and F1 of a clustering against truth.

    python3 score.py TRUTH.csv CLUSTERS.csv

Both files are CSV with a header and two columns: record_id, person_id (in the
clusters file the second column is any cluster label).  A pair is two records
placed in the same cluster.  Records of the truth file missing from the
clusters file count as singletons; records in the clusters file that are not in
the truth file are reported and ignored.
"""
import csv
import sys


def read_pairs_file(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    if rows and rows[0] and rows[0][0].strip().lower() in ("record_id", "id", "record", "ref no"):
        rows = rows[1:]
    out = {}
    dup = 0
    for r in rows:
        if len(r) < 2 or not r[0].strip():
            continue
        rid, label = r[0].strip(), r[1].strip()
        if rid in out:
            dup += 1
        out[rid] = label
    return out, dup


def c2(n):
    return n * (n - 1) // 2


def score(truth, pred):
    clusters = {}
    cells = {}
    true_sizes = {}
    for rid, person in truth.items():
        lab = pred.get(rid)
        if lab is None or lab == "":
            lab = ("__singleton__", rid)
        clusters[lab] = clusters.get(lab, 0) + 1
        cells[(person, lab)] = cells.get((person, lab), 0) + 1
        true_sizes[person] = true_sizes.get(person, 0) + 1
    tp = sum(c2(n) for n in cells.values())
    pred_pairs = sum(c2(n) for n in clusters.values())
    true_pairs = sum(c2(n) for n in true_sizes.values())
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return dict(tp=tp, pred_pairs=pred_pairs, true_pairs=true_pairs, precision=precision, recall=recall, f1=f1)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth, d1 = read_pairs_file(sys.argv[1])
    pred, d2 = read_pairs_file(sys.argv[2])
    if d1:
        print("warning: %d duplicate record ids in truth (last one kept)" % d1, file=sys.stderr)
    if d2:
        print("warning: %d duplicate record ids in clusters (last one kept)" % d2, file=sys.stderr)
    extra = [r for r in pred if r not in truth]
    missing = [r for r in truth if r not in pred]
    if extra:
        print("warning: %d clustered records are not in the truth file (ignored), e.g. %s"
              % (len(extra), extra[0]), file=sys.stderr)
    if missing:
        print("note: %d truth records are not in the clusters file (scored as singletons)" % len(missing),
              file=sys.stderr)
    s = score(truth, pred)
    print("records:         %d" % len(truth))
    print("true pairs:      %d" % s["true_pairs"])
    print("predicted pairs: %d" % s["pred_pairs"])
    print("correct pairs:   %d" % s["tp"])
    print("precision:       %.4f" % s["precision"])
    print("recall:          %.4f" % s["recall"])
    print("F1:              %.4f" % s["f1"])


if __name__ == "__main__":
    main()
