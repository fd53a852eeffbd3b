#!/usr/bin/env python3
"""Simple baselines: python3 baseline.py DATA OUT [strict|loose]
strict: records with identical (sorted lower-case name tokens, DOB) are one person.
loose : tokens also split on hyphens, diacritics stripped, alias ignored; key = token set + birth year.
Records with no name or no DOB stay singletons.  Output: record_id,person_id clusters."""
import csv, re, sys, unicodedata


def dob_iso(s):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if m:
        return f"{m[3]}-{m[2]}-{m[1]}"
    return s  # already ISO, or a bare year


def name_of(r):
    return r["full_name"] or f'{r["family_name"]} {r["given_names"]}'.strip()


def key(r, mode):
    name, dob = name_of(r), dob_iso(r["dob"])
    if not name or not dob:
        return None
    if mode == "strict":
        return " ".join(sorted(name.lower().replace(",", " ").split())), dob
    name = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    return " ".join(sorted(set(re.split(r"[\s,\-.]+", name)) - {""})), dob[:4]


if __name__ == "__main__":
    data, out, mode = sys.argv[1], sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else "strict")
    with open(data, newline="", encoding="utf-8") as f, open(out, "w", newline="", encoding="utf-8") as g:
        w = csv.writer(g)
        w.writerow(["record_id", "person_id"])
        for r in csv.DictReader(f):
            k = key(r, mode)
            w.writerow([r["record_id"], "|".join(k) if k else "single:" + r["record_id"]])
