#!/usr/bin/env python3
"""baseline.py DATA OUT MODE -> clusters CSV (record_id,person_id) from naive rules, for score.py.
MODE dob:  same full date of birth (Gregorian formats only, digits normalised) and same first letter of some Latin name token
MODE dobx: as dob, but dates on 1 January (usually estimates) are not used
MODE refs: same case_ref, or other_org_ref equal to a case_ref
MODE ids:  dobx OR same id_number OR same phone (no case references)
MODE all:  dobx OR refs OR same id_number (alphanumerics) OR same phone (last 9 digits)"""
import csv, re, sys, unicodedata
from collections import defaultdict

DIG = str.maketrans('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789')
def dob_key(s):
    s = s.translate(DIG)
    m = re.fullmatch(r'(\d{4})\D(\d{1,2})\D(\d{1,2})\D?', s.strip())
    if m: y, mo, d = m.groups()
    else:
        m = re.fullmatch(r'(\d{1,2})[./](\d{1,2})[./](\d{4})( г\.)?', s.strip())
        if not m: return None
        d, mo, y = m.groups()[:3]
    return f'{int(y)}-{int(mo):02d}-{int(d):02d}'
def initials(r):
    out = set()
    for k in ('name_latin', 'family_name', 'given_names', 'name_original'):
        for t in re.split(r'[\s\-]+', r[k]):
            c = unicodedata.normalize('NFD', t[:1].replace('Đ', 'D'))[:1].lower()
            if 'a' <= c <= 'z': out.add(c)
    return out

def main(data, out, mode):
    rows = list(csv.DictReader(open(data, newline='', encoding='utf-8')))
    par = {r['record_id']: r['record_id'] for r in rows}
    def find(x):
        while par[x] != x: par[x] = par[par[x]]; x = par[x]
        return x
    def link(group):
        for a in group[1:]: par[find(a)] = find(group[0])
    keys = defaultdict(list)
    for r in rows:
        rid = r['record_id']
        k = dob_key(r['dob'])
        if k and mode != 'dob' and k.endswith('-01-01'): k = None
        if mode in ('dob', 'dobx', 'ids', 'all') and k:
            for c in initials(r): keys[('dob', k, c)].append(rid)
        if mode in ('refs', 'all'):
            keys[('ref', r['case_ref'])].append(rid)
            if r['other_org_ref']: keys[('ref', r['other_org_ref'])].append(rid)
        if mode in ('ids', 'all'):
            i = re.sub(r'\W', '', r['id_number']).upper()
            if len(i) >= 6: keys[('id', i)].append(rid)
            ph = re.sub(r'\D', '', r['phone'].translate(DIG))
            if len(ph) >= 9: keys[('ph', ph[-9:])].append(rid)
    for g in keys.values(): link(g)
    with open(out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['record_id', 'person_id']); w.writerows((r['record_id'], find(r['record_id'])) for r in rows)

if __name__ == '__main__':
    if len(sys.argv) != 4: sys.exit(__doc__)
    main(*sys.argv[1:])
