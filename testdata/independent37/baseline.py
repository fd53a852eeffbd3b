#!/usr/bin/env python3
"""Simple baselines for gen37 data, written to a clusters CSV for score.py.
    python3 baseline.py raw   DATA OUT   # no cleaning: rows with a first cell, exact (Surname, Forename(s), DOB)
    python3 baseline.py clean DATA OUT   # page artefacts dropped, continuations re-joined, shifts repaired,
                                         # names normalised; key = sorted name tokens + DOB
    python3 baseline.py year  DATA OUT   # as clean, but key = sorted name tokens + year of birth"""
import csv, re, sys, unicodedata

REF = re.compile(r"^(MS\d{7}|RF-[A-Z0-9]{5})$")
ART = re.compile(r"^(Page \d+ of \d+|Printed .* by |OFFICIAL|End of report|Total referrals|Ref$|Date of|referral$)")
MON = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
DATE = re.compile(r"^\d{2}[/-](\d{2}|[A-Za-z]{3})[/-]\d{4}$")
GEN = {"m", "f", "male", "female", "u", "not known", ""}

def sp(s): return " ".join(s.replace("\xa0", " ").split())

def plausible(r):
    return (len(r) == 11) + bool(DATE.match(sp(r[1]))) + (sp(r[5]).lower() in GEN) + \
        bool(not sp(r[4]) or DATE.match(sp(r[4])) or re.match(r"^\d{4} \(est\.\)$|^(Unknown|N/K)$", sp(r[4])))

def repair(r):
    """Undo a one-column shift if that makes the row look like a record."""
    best, score = r, plausible(r)
    if len(r) == 12:
        for j in range(1, 12):
            if not sp(r[j]):
                c = r[:j] + r[j + 1:]
                if plausible(c) > score: best, score = c, plausible(c)
    elif len(r) == 11 and not sp(r[10]):
        for j in range(1, 10):
            parts = r[j].split(" ")
            for k in range(1, len(parts)):
                c = r[:j] + [" ".join(parts[:k]), " ".join(parts[k:])] + r[j + 1:10]
                if plausible(c) > score: best, score = c, plausible(c)
    return (best + [""] * 11)[:11]

def records(path):
    recs, cur = [], None
    for r in csv.reader(open(path, newline="", encoding="utf-8")):
        cells = [sp(c) for c in r]
        if not any(cells): continue
        if REF.match(cells[0]):
            cur = repair([c.replace("\n", " ") for c in r]); recs.append(cur)
        elif any(ART.match(c) for c in cells if c) or cells[0]: continue
        elif cur is not None:                     # continuation row: append cell by cell
            for k, c in enumerate(r[:11]):
                if sp(c): cur[k] = sp(cur[k]) + " " + sp(c)
    return recs

def norm(s):
    s = unicodedata.normalize("NFKD", sp(s).replace("Đ", "D").replace("đ", "d").lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z ]", "", s.replace("-", " ").replace("/", " "))

def dob(s):
    s = sp(s)
    m = re.match(r"^(\d{2})[/-](\d{2}|[A-Za-z]{3})[/-](\d{4})$", s)
    if m:
        mo = int(m[2]) if m[2].isdigit() else MON.get(m[2].lower(), 0)
        return "%s-%02d-%s" % (m[3], mo, m[1]), m[3]
    m = re.match(r"^(\d{4}) \(est\.\)$", s)
    return (m[1] + "-01-01", m[1]) if m else ("", "")

def main():
    mode, data, out = sys.argv[1:4]
    rows = []
    if mode == "raw":
        for r in csv.reader(open(data, newline="", encoding="utf-8")):
            if r and r[0].strip(): rows.append((r[0], tuple(r[2:5])))
    else:
        for r in records(data):
            toks = tuple(sorted(t for t in norm(r[2] + " " + r[3]).split() if t not in ("unknown", "fnu")))
            d = dob(r[4])[0 if mode == "clean" else 1]
            rows.append((sp(r[0]), (toks, d) if toks and d else ("single", r[0])))
    ids = {}
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["record_id", "person_id"])
        for ref, key in rows: w.writerow([ref, "C%d" % ids.setdefault(key, len(ids))])

if __name__ == "__main__":
    main()
