#!/usr/bin/env python3
"""Simple deterministic baselines for gen36 data (for the README, not a serious linker).
usage: python3 baseline.py DATA OUT_PREFIX  -> OUT_PREFIX_exact.csv, OUT_PREFIX_keys.csv"""
import csv, re, sys, unicodedata
from datetime import datetime

def norm(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s.replace("Đ", "D").replace("đ", "d")) if not unicodedata.combining(c))
    return re.sub(r"[^a-z ]", "", s.lower().replace("-", " ")).split()

def dob(s):
    for f in ("%d/%m/%Y", "%d-%b-%y"):
        try:
            d = datetime.strptime(s, f).date()
            return d.replace(year=d.year - 100) if d.year > 2025 else d
        except ValueError: pass
    return None

class UF:
    def __init__(self): self.p = {}
    def find(self, x):
        self.p.setdefault(x, x)
        while self.p[x] != x: self.p[x] = self.p[self.p[x]]; x = self.p[x]
        return x
    def union(self, a, b): self.p[self.find(a)] = self.find(b)

def cluster(rows, keyfuncs):
    uf, seen = UF(), {}
    for r in rows:
        uf.find(r["record_id"])
        for i, kf in enumerate(keyfuncs):
            k = kf(r)
            if k is None: continue
            if (i, k) in seen: uf.union(r["record_id"], seen[(i, k)])
            else: seen[(i, k)] = r["record_id"]
    return {r["record_id"]: uf.find(r["record_id"]) for r in rows}

def write(path, cl):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh); w.writerow(["record_id", "person_id"]); w.writerows(cl.items())

def main():
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
    # B1: exact surname + forenames + DOB (after case/accent folding)
    def exact(r):
        d = dob(r["date_of_birth"])
        return (tuple(norm(r["surname"])), tuple(norm(r["forenames"])), d) if d and r["surname"] else None
    # B2: same CHI, or same SCRO number, or same set of name tokens (order-free) + DOB
    def chi(r):
        c = r["chi_number"].replace(" ", "")
        return c if len(c) == 10 else None
    def scro(r): return r["scro_number"] or None
    def tokens(r):
        d, t = dob(r["date_of_birth"]), frozenset(norm(r["surname"] + " " + r["forenames"]))
        return (t, d) if d and len(t) >= 2 else None
    write(sys.argv[2] + "_exact.csv", cluster(rows, [exact]))
    write(sys.argv[2] + "_keys.csv", cluster(rows, [chi, scro, tokens]))

if __name__ == "__main__":
    main()
