#!/usr/bin/env python3
"""Two naive baselines for gen34 data (not part of the generator; for the README numbers).
usage: python3 baseline.py DATA OUT_CLUSTERS [exact|fuzzy]
exact: same sorted name tokens (accents/case stripped, surname+forename from whichever language column)
       and same 4-digit birth year.
fuzzy: crude cross-language phonetic folding of name tokens; link two records of the same birth year
       sharing >= 2 folded tokens (or 1 if either has only one), plus equal NIE / BSN / Codice fiscale."""
import csv, re, sys, unicodedata
from collections import defaultdict
SUR = ['Surname', 'Nom', 'Apellidos', 'Cognome', 'Apelido', 'Achternaam']
GIV = ['Forename(s)', 'Prénom(s)', 'Nombre', 'Nome', 'Nome próprio', 'Voornaam']
DOB = ['Date of birth', 'Date de naissance', 'Fecha de nacimiento', 'Data di nascita', 'Data de nascimento', 'Geboortedatum']
IDS = ['NIE', 'Codice fiscale', 'BSN']
STOP = {'el', 'al', 'da', 'dos', 'de', 'van', 'thi', 'ait'}
FOLD = [('tch', 'c'), ('tsj', 'c'), ('dj', 'j'), ('oe', 'u'), ('ou', 'u'), ('w', 'u'), ('y', 'i'), ('kh', 'k'), ('gh', 'g'),
        ('sh', 's'), ('sch', 's'), ('sc', 's'), ('ch', 's'), ('ph', 'f'), ('q', 'k'), ('ee', 'i'), ('h', '')]

def first(r, cols): return next((r[c] for c in cols if r.get(c)), '')
def plain(s): return ''.join(c for c in unicodedata.normalize('NFKD', s.replace('đ', 'd').replace('Đ', 'D'))
                             if not unicodedata.combining(c)).lower()
def tokens(r): return [t for t in re.split(r'[^a-z]+', plain(first(r, SUR) + ' ' + first(r, GIV))) if t and t not in STOP]
def fold(t):
    for a, b in FOLD: t = t.replace(a, b)
    return re.sub(r'(.)\1+', r'\1', t)
def year(r):
    m = re.search(r'(19|20)\d\d', first(r, DOB)); return m.group(0) if m else ''

def main():
    data, out, mode = sys.argv[1], sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else 'exact')
    rows = list(csv.DictReader(open(data, newline='', encoding='utf-8')))
    parent = {r['record_id']: r['record_id'] for r in rows}
    def find(x):
        while parent[x] != x: parent[x] = parent[parent[x]]; x = parent[x]
        return x
    def union(a, b): parent[find(a)] = find(b)
    if mode == 'exact':
        keys = {}
        for r in rows:
            k = (' '.join(sorted(tokens(r))), year(r))
            if k in keys: union(r['record_id'], keys[k])
            else: keys[k] = r['record_id']
    else:
        blocks, ids = defaultdict(list), {}
        for r in rows:
            blocks[year(r)].append((r['record_id'], set(fold(t) for t in tokens(r))))
            for c in IDS:
                v = re.sub(r'[^0-9A-Z]', '', r.get(c, '').upper())
                if v:
                    if (c, v) in ids: union(r['record_id'], ids[(c, v)])
                    else: ids[(c, v)] = r['record_id']
        for y, recs in blocks.items():
            if not y: continue
            for i in range(len(recs)):
                for j in range(i + 1, len(recs)):
                    a, b = recs[i][1], recs[j][1]
                    need = 1 if min(len(a), len(b)) == 1 else 2
                    if len(a & b) >= need: union(recs[i][0], recs[j][0])
    with open(out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['record_id', 'person_id'])
        for r in rows: w.writerow([r['record_id'], find(r['record_id'])])

if __name__ == '__main__':
    main()
