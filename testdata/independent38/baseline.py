#!/usr/bin/env python3
"""Simple baselines for gen38 workbooks (stdlib xlsx reader + exact-key blocking).

  python3 baseline.py data.xlsx {name_dob|swap_year|swap_year_ids} clusters.csv
name_dob      : same normalised surname + first name + parsed DOB
swap_year     : same sorted set of name tokens (swap-proof) + birth year
swap_year_ids : swap_year, plus union of records sharing an NHS number or HO ref digits
"""
import csv, datetime as dt, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
DATE_FMTS = {14, 15, 16, 17, 22, 164, 165}


def read_xlsx(path):
    z = zipfile.ZipFile(path)
    sst = [''.join(t.text or '' for t in si.iter(M + 't')) for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
    st = ET.fromstring(z.read('xl/styles.xml'))
    fmts = [int(x.get('numFmtId', 0)) for x in st.find(M + 'cellXfs')]
    rows, header = [], None
    for row in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(M + 'row'):
        d = {}
        for c in row:
            col, v, t = re.match(r'[A-Z]+', c.get('r')).group(), c.find(M + 'v'), c.get('t')
            if v is None:
                continue
            if t == 's':
                d[col] = sst[int(v.text)]
            elif t in ('b', 'e', 'str'):
                d[col] = v.text
            else:
                n = float(v.text)
                d[col] = (dt.date(1899, 12, 30) + dt.timedelta(int(n))) if fmts[int(c.get('s', 0))] in DATE_FMTS else n
        if header is None:
            header = d
        elif d:
            rows.append({header[k]: val for k, val in d.items()})
    return rows


def norm(s):
    s = unicodedata.normalize('NFKD', str(s or '')).replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'd')
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return ' '.join(re.sub(r'[^a-z ]', '', re.sub(r'[\s\u00a0\-]+', ' ', s)).split())


def dob(v):
    if isinstance(v, dt.date):
        return v
    if isinstance(v, float):
        s = '%08d' % v if v > 1e6 else ''
        v = s[:2] + '/' + s[2:4] + '/' + s[4:] if s else ''
    m = re.match(r'\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\s*$', str(v or ''))
    if m:
        d, mo, y = map(int, m.groups())
        y = y + (1900 if y > 30 else 2000) if y < 100 else y
        try:
            return dt.date(y, mo, d)
        except ValueError:
            return None
    m = re.search(r'(19|20)\d\d', str(v or ''))
    return m and m.group()


def main():
    path, mode, out = sys.argv[1:4]
    rows = read_xlsx(path)
    parent = {r['ID']: r['ID'] for r in rows}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]; a = parent[a]
        return a
    seen = {}
    for r in rows:
        b = dob(r.get('DOB'))
        keys = []
        if mode == 'name_dob':
            keys.append((norm(r.get('Surname')), norm(r.get('First name')), str(b)))
        else:
            year = b.year if isinstance(b, dt.date) else b
            keys.append((tuple(sorted((norm(r.get('Surname')) + ' ' + norm(r.get('First name'))).split())), year))
        if mode == 'swap_year_ids':
            for col in ('NHS No', 'HO Ref'):
                digits = re.sub(r'\D', '', '%d' % r[col] if isinstance(r.get(col), float) else str(r.get(col) or ''))
                if len(digits) >= 7:
                    keys.append((col, digits))
        for k in keys:
            if k in seen:
                parent[find(r['ID'])] = find(seen[k])
            else:
                seen[k] = r['ID']
    with open(out, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'person_id'])
        w.writerows((r['ID'], find(r['ID'])) for r in rows)


if __name__ == '__main__':
    main()
