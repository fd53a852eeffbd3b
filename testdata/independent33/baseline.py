#!/usr/bin/env python3
"""Simple reference baselines for gen33 data (not part of the generator).
Usage: python3 baseline.py DATA OUT {exact|namedob|ids}
  exact   : same normalised First+Last name (token-sorted) and same main Date of Birth
  namedob : union of records sharing any (name, DOB) pair from the list cells + single cells
  ids     : union of records sharing any identifier value or phone number"""
import csv, re, sys, unicodedata

MON = {m: i + 1 for i, m in enumerate('jan feb mar apr may jun jul aug sep oct nov dec'.split())}


def norm(s):
    s = unicodedata.normalize('NFKD', s.replace('ł', 'l').replace('Ł', 'L').replace('Đ', 'D').replace('đ', 'd'))
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return ' '.join(sorted(re.sub(r'[^a-z ]', ' ', s).split()))


def dates(s):
    out = []
    for d, m, y in re.findall(r'\b(\d{1,2})/(\d{1,2})/(\d{4})\b', s):
        out.append((int(y), int(m), int(d)))
    for y, m, d in re.findall(r'\b(\d{4})-(\d{2})-(\d{2})\b', s):
        out.append((int(y), int(m), int(d)))
    for d, m, y in re.findall(r'\b(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b', s):
        out.append((int(y), MON[m.lower()], int(d)))
    return out


def names(r):
    s, src = r['All Names Used'], r['Source System']
    if 'Police' in src:
        parts = re.split(r' / | AKA |, | and ', s)
    else:
        parts = re.split(r'[;|\n]', s)
    out = [norm(p.replace('•', '')) for p in parts]
    out.append(norm(r['First Name'] + ' ' + r['Last Name']))
    return [x for x in out if x and x not in ('unknown', 'not known')]


def ids(r):
    out = []
    for num in re.findall(r'\+?\d[\d \-]{8,}\d', r['Phone Numbers']):
        d = re.sub(r'\D', '', num)
        out.append('tel' + ('0' + d[2:] if d.startswith('44') else d))
    for part in re.split(r'[;|\n]|, ', r['Identifiers']):
        if re.search(r'[:=]', part):
            k, v = re.split(r'[:=]', part, 1)
            v = re.sub(r'\(.*?\)|\s', '', v).upper()
            out.append(k.strip().upper()[:2] + v)
    return out


def main():
    data, out, method = sys.argv[1:4]
    rows = list(csv.DictReader(open(data, newline='', encoding='utf-8')))
    parent = {r['Record ID']: r['Record ID'] for r in rows}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    first = {}
    for r in rows:
        rid = r['Record ID']
        if method == 'exact':
            dd = dates(r['Date of Birth'])
            n = norm(r['First Name'] + ' ' + r['Last Name'])
            keys = [(n, dd[0])] if dd and n else []
        elif method == 'namedob':
            dd = set(dates(r['Date of Birth'] + ' ' + r['Dates of Birth Given']))
            keys = [(n, d) for n in set(names(r)) for d in dd]
        else:
            keys = ids(r)
        for k in keys:
            if k in first:
                parent[find(rid)] = find(first[k])
            else:
                first[k] = rid
    with open(out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'person_id'])
        for r in rows:
            w.writerow([r['Record ID'], find(r['Record ID'])])


if __name__ == '__main__':
    main()
