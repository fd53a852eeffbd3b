#!/usr/bin/env python3
"""Two simple baselines over the victim slots of a gen28 export.

usage: python3 baseline.py DATA.csv exact|loose > clusters.csv
exact: same folded surname + folded forenames + same DOB string (blank name/DOB => singleton)
loose: same sorted set of folded name tokens (surname and forenames pooled, so swaps match)
       + same birth year (from DOB, or report year minus Age); otherwise singleton
"""
import csv, re, sys, unicodedata

UNK = {'NK', 'N/K', 'UNKNOWN', ''}


def fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).upper()
    return re.sub(r'[^A-Z/ ]', ' ', s.replace('-', ' ')).split()


def main():
    data, mode = sys.argv[1], sys.argv[2]
    w = csv.writer(sys.stdout)
    w.writerow(['record_id', 'person_id'])
    with open(data, newline='', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            for i in range(1, 7):
                g = lambda k: row['Victim %d %s' % (i, k)].strip()
                sur, fore, dob, age = g('Surname'), g('Forename(s)'), g('DOB'), g('Age')
                if not (sur or fore or dob or age):
                    continue
                rid = '%s#%d' % (row['Report ID'], i)
                key = None
                if mode == 'exact':
                    s, fn = ' '.join(fold(sur)), ' '.join(fold(fore))
                    m = re.match(r'(\d+)/(\d+)/(\d{4})$', dob)
                    if s not in UNK and fn and m:
                        key = (s, fn, int(m.group(1)), int(m.group(2)), m.group(3))
                else:
                    toks = sorted(set(t for t in fold(sur) + fold(fore) if t not in UNK))
                    year = dob[-4:] if re.search(r'\d{4}$', dob) else \
                        str(int(row['Date Reported'][-4:]) - int(age)) if age.isdigit() else ''
                    if toks and year:
                        key = (' '.join(toks), year)
                w.writerow([rid, repr(key) if key else 'single:' + rid])


if __name__ == '__main__':
    main()
