#!/usr/bin/env python3
"""Two naive baselines (for README only).  usage: python3 baseline.py DATA OUT_exact OUT_union OUT_name
 exact: same normalised given name + family name + parsed DOB
 name:  same normalised given name + family name, ignoring DOB (shows the hard negatives)
 union: union-find over (normalised family name + DOB), (given-as-family swap + DOB) and any shared
        hc_number / pps_number / nrm_ref / seamans_book_no"""
import csv, re, sys, unicodedata, datetime as dt

def norm(s):
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return re.sub(r'[^a-z]', '', s.lower())

def dob(s):
    for f in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(s, f).date().isoformat()
        except ValueError:
            pass
    return ''

def main():
    rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
    parent = {r['record_id']: r['record_id'] for r in rows}
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]; x = parent[x]
        return x
    exact = {}
    for r in rows:
        d = dob(r['dob'])
        k = (norm(r['given_name']), norm(r['family_name']), d)
        exact[r['record_id']] = "|".join(k) if d and k[1] else r['record_id']
    with open(sys.argv[2], 'w', newline='') as f:
        w = csv.writer(f); w.writerow(["record_id", "person_id"])
        for rid, k in exact.items(): w.writerow([rid, k])
    with open(sys.argv[4], 'w', newline='') as f:
        w = csv.writer(f); w.writerow(["record_id", "person_id"])
        for r in rows:
            k = (norm(r['given_name']), norm(r['family_name']))
            w.writerow([r['record_id'], "|".join(k) if all(k) else r['record_id']])
    first = {}
    for r in rows:
        d, keys = dob(r['dob']), []
        if d:
            keys += [("fd", norm(r['family_name']), d), ("fd", norm(r['given_name']), d)]
        for c in ("hc_number", "pps_number", "nrm_ref", "seamans_book_no"):
            v = re.sub(r'[^0-9A-Z]', '', r[c].upper())
            if v: keys.append((c, v))
        for k in keys:
            if k in first:
                parent[find(r['record_id'])] = find(first[k])
            else:
                first[k] = r['record_id']
    with open(sys.argv[3], 'w', newline='') as f:
        w = csv.writer(f); w.writerow(["record_id", "person_id"])
        for r in rows: w.writerow([r['record_id'], find(r['record_id'])])

if __name__ == "__main__":
    main()
