#!/usr/bin/env python3
"""Three naive baselines for gen35 data.
usage: python3 baseline.py DATA OUT_EXACT OUT_KEYS OUT_KEYS_LOCAL
exact : same folded (family, first given) of name[0] + identical birthDate.
keys  : union of records sharing an NHS number, a Home Office CID, or the same
        sorted set of name[0] tokens + birth year.
keys+local: keys, plus any identical (system, value) of the local ids (MRN, case ref, LA id)."""
import csv, re, sys, unicodedata


def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().strip()


def write(path, rows, keyfn):
    parent = {r["id"]: r["id"] for r in rows}
    find = lambda x: x if parent[x] == x else find(parent[x])
    seen = {}
    for r in rows:
        for k in keyfn(r):
            if k in seen:
                parent[find(r["id"])] = find(seen[k])
            else:
                seen[k] = r["id"]
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id"])
        for r in rows:
            w.writerow([r["id"], find(r["id"])])


def exact(r):
    fam, giv, dob = fold(r.get("name[0].family", "")), fold(r.get("name[0].given[0]", "")), r.get("birthDate", "")
    return [("x", fam, giv, dob)] if fam and giv and len(dob) == 10 else []


def keys(r):
    out = []
    for i in range(4):
        sysn, v = r.get("identifier[%d].system" % i, ""), re.sub(r"\D", "", r.get("identifier[%d].value" % i, ""))
        if v and (sysn.endswith("nhs-number") or sysn.endswith(":cid")):
            out.append((sysn, v))
    toks = sorted(fold(" ".join(r.get(c, "") for c in ("name[0].family", "name[0].given[0]", "name[0].given[1]"))).split())
    if len(toks) >= 2 and r.get("birthDate"):
        out.append(("n", " ".join(toks), r["birthDate"][:4]))
    return out


def keys_local(r):
    out = keys(r)
    for i in range(4):
        sysn, v = r.get("identifier[%d].system" % i, ""), r.get("identifier[%d].value" % i, "").strip()
        if v and not (sysn.endswith("nhs-number") or sysn.endswith(":cid")):
            out.append((sysn, v))
    return out


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    write(sys.argv[2], rows, exact)
    write(sys.argv[3], rows, keys)
    write(sys.argv[4], rows, keys_local)
