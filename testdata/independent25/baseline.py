#!/usr/bin/env python3
"""usage: python3 baseline.py DATA OUT METHOD   (METHOD: srcid | name_dobyear | ids_union)
Writes a naive clustering (record_id,person_id) for score.py.
  srcid        same source + source_person_id
  name_dobyear same standardised forename + surname + DOB year (rows lacking any of them stay singletons)
  ids_union    union-find over: srcid, name_dobyear, exact HO ref, exact NHS number"""
import csv, re, sys, unicodedata


def std(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


def keys(r, method):
    out = []
    if method in ("srcid", "ids_union") and r["source_person_id"]:
        out.append(("s", r["source"], r["source_person_id"]))
    if method in ("name_dobyear", "ids_union"):
        f, s, y = std(r["forename"]), std(r["surname"]), r["dob"][-4:]
        if f and s and y:
            out.append(("n", f, s, y))
    if method == "ids_union":
        if r["ho_ref"]:
            out.append(("h", r["ho_ref"].upper()))
        nhs = re.sub(r"\D", "", r["nhs_number"])
        if nhs:
            out.append(("nhs", nhs))
    return out


def main():
    data, out, method = sys.argv[1:4]
    rows = list(csv.DictReader(open(data, newline="", encoding="utf-8")))
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        a = find(("r", r["record_id"]))
        for k in keys(r, method):
            parent[find(k)] = a
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id"])
        for r in rows:
            w.writerow([r["record_id"], "|".join(map(str, find(("r", r["record_id"]))))])


if __name__ == "__main__":
    main()
