#!/usr/bin/env python3
"""baseline.py DATA OUT [--names] [--noids] [--maxfreq K]: naive union-find clustering of gen32 data.
  default   link records sharing a normalised passport, visa ref, NI number (first 8 chars), phone or email
  --names   also link records with equal (first forename token, last surname token, dob read as dd/mm/yyyy or ISO)
  --noids   do not use the identifiers at all
  --maxfreq K  ignore key values held by more than K records (e.g. shared safe-house phones)"""
import csv, re, sys, unicodedata
from collections import Counter

def norm(s): return re.sub(r'[^a-z0-9]', '', unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower())
def dob(s):
    m = re.match(r'(\d{4})-(\d\d)-(\d\d)$', s)
    if m: return ''.join(m.groups())
    m = re.match(r'(\d\d)/(\d\d)/(\d{4})$', s)
    return m.group(3) + m.group(2) + m.group(1) if m else ''

def keys_of(r, names, ids):
    ks = []
    if ids:
        for f in ('passport_no', 'visa_ref', 'email'):
            if norm(r[f]): ks.append((f, norm(r[f])))
        ni = norm(r['ni_number'])
        if len(ni) >= 8 and not ni.startswith('tn'): ks.append(('ni', ni[:8]))
        if norm(r['phone']): ks.append(('ph', norm(r['phone'])[-10:]))
    if names:
        if r['full_name']:
            parts = r['full_name'].replace(',', ' ').split(); fn, sn = parts[:1], parts[-1:]
        else:
            fn, sn = r['forenames'].split()[:1], r['surname'].split()[-1:]
        if fn and sn and dob(r['dob']): ks.append(('nd', norm(sn[0]), norm(fn[0]), dob(r['dob'])))
    return ks

def main():
    if len(sys.argv) < 3: sys.exit(__doc__)
    a = sys.argv
    names, ids = '--names' in a, '--noids' not in a
    maxf = int(a[a.index('--maxfreq') + 1]) if '--maxfreq' in a else 0
    rows = list(csv.DictReader(open(a[1], newline='', encoding='utf-8')))
    parent = {r['record_id']: r['record_id'] for r in rows}
    def find(x):
        while parent[x] != x: parent[x] = parent[parent[x]]; x = parent[x]
        return x
    allkeys = [(r['record_id'], keys_of(r, names, ids)) for r in rows]
    freq = Counter(k for _, ks in allkeys for k in ks)
    seen = {}
    for rid, ks in allkeys:
        for k in ks:
            if maxf and freq[k] > maxf: continue
            if k in seen: parent[find(rid)] = find(seen[k])
            else: seen[k] = rid
    with open(a[2], 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh); w.writerow(['record_id', 'person_id'])
        for r in rows: w.writerow([r['record_id'], find(r['record_id'])])

if __name__ == '__main__':
    main()
