#!/usr/bin/env python3
"""Naive baselines for score.py.  usage: python3 baseline.py data.csv RULE > clusters.csv
RULE: name (order-free ASCII-folded name tokens only), namedob (ASCII-folded, order-free name tokens + parsed DOB), nid (digits of national ID),
      doc (document number), namedob+nid (union of the two)."""
import csv, re, sys, unicodedata
from gen27 import cyr2lat, fold

MON = {m: i + 1 for i, m in enumerate('jan feb mar apr may jun jul aug sep oct nov dec'.split())}


def dob(s):
    s = s.lower()
    m = re.match(r'(\d{1,2})-([a-z]{3})-(\d{4})', s)
    if m: return f"{m[3]}-{MON[m[2]]:02d}-{int(m[1]):02d}"
    n = re.findall(r'\d+', s)
    if len(n) < 3: return ''
    y, mo, d = (n[0], n[1], n[2]) if len(n[0]) == 4 else (n[2], n[1], n[0])
    if len(y) == 2: y = ('19' if int(y) > 10 else '20') + y
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def name(r):
    s = ' '.join([r['surname'], r['forenames'], r['full_name']])
    return ' '.join(sorted(fold(cyr2lat(s)).lower().split()))


def keys(r, rule):
    out = []
    if 'namedob' in rule and dob(r['dob']) and name(r): out.append('n|' + name(r) + '|' + dob(r['dob']))
    if rule == 'name' and name(r): out.append('m|' + name(r))
    if 'nid' in rule and r['national_id']: out.append('i|' + re.sub(r'\D', '', r['national_id']).lstrip('0'))
    if rule == 'doc' and r['doc_no']: out.append('d|' + re.sub(r'\W', '', r['doc_no']).upper())
    return out


def main():
    rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
    parent = {r['record_id']: r['record_id'] for r in rows}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]; x = parent[x]
        return x
    first = {}
    for r in rows:
        for k in keys(r, sys.argv[2]):
            if k in first: parent[find(r['record_id'])] = find(first[k])
            else: first[k] = r['record_id']
    w = csv.writer(sys.stdout)
    w.writerow(['record_id', 'person_id'])
    for r in rows: w.writerow([r['record_id'], find(r['record_id'])])


if __name__ == '__main__':
    main()
