#!/usr/bin/env python3
"""Naive baselines: python3 baseline.py data.csv {exact|loose} > clusters.csv
exact: same diacritic-stripped lower-case surname + first forename token + full DOB.
loose: same unordered pair {surname, first given token} + birth year (any date format)."""
import csv, re, sys, unicodedata


def norm(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z ]", "", s.lower().replace("-", " ")).split()


def fields(r):
    src = r["source"]
    if src == "UK":
        sur, giv, dob = r["Surname"], r["Forename(s)"], r["DOB"]
    elif src == "NGO_AL":
        sur, giv, dob = r["Mbiemri"], r["Emri"], r["Datëlindja"]
    elif src == "NGO_VN":
        t = r["Họ và tên"].split()
        sur, giv, dob = t[0] if t else "", t[-1] if t else "", r["Ngày sinh"]
    elif src == "NGO_RO":
        sur, giv, dob = r["Nume"], r["Prenume"], r["Data nașterii"]
    elif src == "NGO_NG":
        sur, giv, dob = r["Surname"], r["Other Names"], r["Date of Birth"]
    else:
        t = r["Full name"].split()
        sur, giv, dob = " ".join(t[1:2]), " ".join(t[:1]), r["Date of Birth"]
    s, g = norm(sur), norm(giv)
    parts = [p for p in re.split(r"[./]", dob) if p]
    return "".join(s), g[0] if g else "", tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else ()


def main():
    rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
    mode = sys.argv[2] if len(sys.argv) > 2 else "exact"
    out = csv.writer(sys.stdout)
    out.writerow(["record_id", "person_id"])
    for r in rows:
        s, g, d = fields(r)
        if mode == "exact":
            key = (s, g, d) if s and g and len(d) == 3 else r["record_id"]
        else:
            key = (tuple(sorted([s, g])), d[-1] if d else None) if s and g and d else r["record_id"]
        out.writerow([r["record_id"], repr(key)])


if __name__ == "__main__":
    main()
