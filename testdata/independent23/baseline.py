#!/usr/bin/env python3
"""Naive baselines.  usage: python3 baseline.py DATA {nino|namedob|both} OUT_CLUSTERS"""
import csv, re, sys, unicodedata

def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
def iso(d):
    m = re.match(r'(\d\d)/(\d\d)/(\d{4})$', d)
    return '%s-%s-%s' % (m.group(3), m.group(2), m.group(1)) if m else d

def main():
    rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
    mode = sys.argv[2]
    parent = {r['record_id']: r['record_id'] for r in rows}
    def find(x):
        while parent[x] != x: parent[x] = parent[parent[x]]; x = parent[x]
        return x
    def link(key):
        first = {}
        for r in rows:
            k = key(r)
            if not k: continue
            if k in first: parent[find(r['record_id'])] = find(first[k])
            else: first[k] = r['record_id']
    if mode in ('nino', 'both'):
        link(lambda r: re.sub(r'[^A-Z0-9]', '', r['ni_number'].upper()))
    if mode in ('namedob', 'both'):
        link(lambda r: (' '.join(sorted(norm(r['surname'] + ' ' + r['forenames']).replace('-', ' ').split())), iso(r['dob']))
             if r['dob'] and r['surname'] else None)
    with open(sys.argv[3], 'w', newline='') as f:
        w = csv.writer(f); w.writerow(['record_id', 'person_id']); w.writerows((r['record_id'], find(r['record_id'])) for r in rows)

if __name__ == '__main__':
    main()
