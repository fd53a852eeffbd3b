#!/usr/bin/env python3
"""Simple deterministic baselines for gen26 data (writes record_id,person_id clusters).
usage: python3 baseline.py DATA.csv RULE OUT.csv
RULE: name_dob | name | sur_dob | nhs | pnc | ids (la_person_id / client_ref)   (rules joined by + are unioned)"""
import csv, re, sys, unicodedata
from datetime import datetime

def norm(s):
    s = unicodedata.normalize('NFKD', s or '').encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z]', '', s)

def parse_date(s):
    for f in ('%d/%m/%Y', '%Y-%m-%d', '%d-%b-%Y', '%Y%m%d', '%d/%m/%y'):
        try:
            d = datetime.strptime(s.strip(), f).date()
            if f == '%d/%m/%y' and d.year > 2024: d = d.replace(year=d.year - 100)
            return None if d.year == 1900 else d.isoformat()
        except ValueError: pass
    return None

def names(r):
    if r['full_name']:
        fn = r['full_name']
        if ',' in fn: last, first = [x.strip() for x in fn.split(',', 1)]; first = first.split()[0] if first else ''
        else:
            t = [x for x in fn.split() if not x.startswith(("'", '('))]; first, last = (t[0], t[-1]) if len(t) > 1 else ('', '')
        return norm(first), norm(last)
    return norm((r['forename'] or r['first_name']).split(' ')[0] if (r['forename'] or r['first_name']) else ''), \
        norm(re.sub(r'\b(JNR|SNR|Jnr|Snr)\b', '', r['surname'] or r['last_name']))

def keys(r, rule):
    out = []
    if rule == 'name_dob':
        f, l = names(r); d = parse_date(r['dob'] or r['date_of_birth'])
        if len(f) > 1 and len(l) > 1 and d: out.append(('nd', f, l, d))
    elif rule == 'name':
        f, l = names(r)
        if len(f) > 1 and len(l) > 1: out.append(('n', f, l))
    elif rule == 'sur_dob':
        l = names(r)[1]; d = parse_date(r['dob'] or r['date_of_birth'])
        if len(l) > 1 and d: out.append(('sd', l, d))
    elif rule == 'nhs':
        n = re.sub(r'\D', '', r['nhs_number'])
        if len(n) == 10: out.append(('nhs', n))
    elif rule == 'pnc':
        m = re.match(r'(\d{2,4})/0*(\d+)\s*([A-Z])$', r['pnc_id'].strip().upper())
        if m: out.append(('pnc', m.group(1)[-2:], m.group(2), m.group(3)))
    elif rule == 'ids':
        if r['la_person_id']: out.append(('la', r['la_person_id']))
        if r['client_ref']: out.append(('cr', r['client_ref']))
    return out

def main():
    data, rule, outp = sys.argv[1:4]
    rows = list(csv.DictReader(open(data, newline='', encoding='utf-8')))
    parent = {r['record_id']: r['record_id'] for r in rows}
    def find(x):
        while parent[x] != x: parent[x] = parent[parent[x]]; x = parent[x]
        return x
    first = {}
    for r in rows:
        for ru in rule.split('+'):
            for k in keys(r, ru):
                if k in first: parent[find(r['record_id'])] = find(first[k])
                else: first[k] = r['record_id']
    with open(outp, 'w', newline='') as f:
        w = csv.writer(f); w.writerow(['record_id', 'person_id'])
        for r in rows: w.writerow([r['record_id'], find(r['record_id'])])

if __name__ == '__main__':
    main()
