#!/usr/bin/env python3
"""baseline.py DATA TRUTH [OUTDIR] - simple blocking-key baselines, scored with score.py.
Each baseline clusters rows sharing an exact key; rows with no key stay singletons.
With OUTDIR, also writes OUTDIR/baseline_<letter>.csv (record_id,person_id) for score.py."""
import csv, re, sys, unicodedata
from score import load, score

MON = {m: i + 1 for i, m in enumerate('jan feb mar apr may jun jul aug sep oct nov dec'.split())}
TITLES = {'mr', 'mrs', 'ms', 'miss', 'master'}
STOP = TITLES | set(MON) | {'dob', 'd', 'o', 'b', 'born', 'aka', 'a', 'k', 'also', 'known', 'as', 'yrs', 'old', 'aged', 'age', 'approx',
                            'yo', 'y', 'est', 'yob', 'ho', 'ref', 'surname', 'unknown', 'no', 'not', 'real', 'name', 's', 'st', 'nd', 'rd', 'th'}
NATW = {'british', 'uk', 'gbr', 'national', 'albanian', 'alb', 'albania', 'vietnamese', 'vnm', 'viet', 'vietnam', 'eritrean', 'eri',
        'eritrea', 'ethiopian', 'eth', 'ethiopia', 'sudanese', 'sdn', 'sudan', 'iraqi', 'irq', 'kurd', 'kurdish', 'iraq', 'afghan',
        'afghanistan', 'afg', 'afghani', 'romanian', 'rou', 'rom', 'romania', 'chinese', 'chn', 'china', 'prc', 'nigerian', 'nga', 'nigeria'}
PATS = [(r'\b(\d{4})-(\d{1,2})-(\d{1,2})\b', 'ymd'), (r'\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b', 'dmy'),
        (r'\b(\d{1,2})-([A-Za-z]{3})-(\d{4})\b', 'dMy'), (r'\b(\d{1,2})(?:st|nd|rd|th)\s+([A-Za-z]+)\s+(\d{4})\b', 'dMy')]


def strip(s): return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()


def dob(text):
    for pat, kind in PATS:
        m = re.search(pat, text)
        if not m: continue
        a, b, c = m.groups()
        if kind == 'ymd': y, mo, d = int(a), int(b), int(c)
        else:
            d, y = int(a), int(c)
            mo = int(b) if kind == 'dmy' else MON.get(b[:3].lower(), 0)
            if y < 100: y += 1900 if y > 25 else 2000
        if 1 <= mo <= 12 and 1 <= d <= 31: return f'{y:04d}-{mo:02d}-{d:02d}'
    return None


def words(s): return [w for w in re.findall(r'[a-z]+', strip(s))]


def name_words(s):
    s = re.split(r'\b(?:aka|a\.k\.a\.|also known as|HO)\b', s, flags=re.I)[0]
    return [w for w in words(s) if w not in STOP and w not in NATW and len(w) > 1]


def keys(r):
    det, oth = r['Client details'], r['Other info']
    nw = name_words(det)
    d = dob(det) or dob(oth)
    ho = re.search(r'\b([A-Z]\d{7})\b', det + ' ' + oth)
    return {'A same lower-cased letters of Client details': ''.join(re.findall(r'[a-z]', strip(det))),
            'B same extracted DOB + first name word': d and nw and d + '|' + nw[0],
            'C same set of name words': nw and ' '.join(sorted(set(nw))),
            'D same name-word set + DOB': d and nw and d + '|' + ' '.join(sorted(set(nw))),
            'E same HO ref (suffix dropped)': ho and ho.group(1)}


if __name__ == '__main__':
    rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
    truth = load(sys.argv[2])
    ks = {r['record_id']: keys(r) for r in rows}
    for name in next(iter(ks.values())):
        pred = {rid: k[name] for rid, k in ks.items() if k[name]}
        p, rc, f1, *_ = score(truth, pred)
        print(f'{name:48s} P {p:.3f}  R {rc:.3f}  F1 {f1:.3f}')
        if len(sys.argv) > 3:
            with open(f'{sys.argv[3]}/baseline_{name[0]}.csv', 'w', newline='', encoding='utf-8') as fh:
                w = csv.writer(fh); w.writerow(['record_id', 'person_id'])
                w.writerows((rid, 'k:' + k) for rid, k in pred.items())
