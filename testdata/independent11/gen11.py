#!/usr/bin/env python3
"""gen11.py - synthetic, survivor-like person records for testing record linkage.

Imitates an NHS trust safeguarding team's "modern slavery / human trafficking
flagged attendances" report, pulled from hospital patient administration
systems (several sites, each with its own hospital number) and saved from
Excel as "Unicode Text": UTF-16LE with a byte-order mark, TAB-separated,
CRLF line ends, Excel's quoting and Excel's habit of padding short rows.

EVERY PERSON IS INVENTED.  Names are drawn at random from lists of common
names per culture (names.py); dates, numbers and addresses are random.

    python3 gen11.py --people N --seed S --out FILE --truth TRUTH.csv [--stats]

The same N and seed give byte-identical output.  Only the Python 3 standard
library is used.  The generator never iterates over a set or relies on
hash order, so output does not depend on PYTHONHASHSEED.
"""

import argparse
import bisect
import collections
import datetime as dt
import itertools
import random
import sys
import unicodedata

import names as N

START = dt.date(2017, 4, 1)          # report period
END = dt.date(2024, 3, 31)
RUN_AT = dt.datetime(2024, 4, 2, 8, 14, 37)
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


# ==========================================================================
# Small random helpers
# ==========================================================================

class Pool:
    """Weighted pick from a list.  Plain items get Zipf weights by rank
    (earlier = more common); (item, weight) tuples give explicit weights."""

    def __init__(self, items, s=0.9):
        self.items, weights = [], []
        for i, it in enumerate(items):
            if isinstance(it, tuple) and len(it) == 2 and isinstance(it[1], (int, float)):
                self.items.append(it[0])
                weights.append(float(it[1]))
            else:
                self.items.append(it)
                weights.append(1.0 / (i + 1) ** s)
        self.cum = list(itertools.accumulate(weights))

    def pick(self, rng, avoid=None):
        for _ in range(20):
            x = rng.random() * self.cum[-1]
            it = self.items[min(bisect.bisect_right(self.cum, x), len(self.items) - 1)]
            if it != avoid:
                return it
        return it


def chance(rng, p):
    return rng.random() < p


def wchoice(rng, pairs):
    """pairs: [(value, weight), ...]"""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:               # 29 February
        return d.replace(year=d.year + years, day=28)


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ==========================================================================
# Spelling variants, typos, diacritics
# ==========================================================================

def _parse_variants(text):
    table = {}
    for line in text.strip().splitlines():
        group = []
        for v in line.split("/"):
            v = v.strip()
            if v and v not in group:
                group.append(v)
        # A group applies only to its first (canonical) spelling, so that
        # e.g. British "Jessica" never becomes Albanian "Xhesika".
        table.setdefault(group[0], [])
        table[group[0]] += [v for v in group if v not in table[group[0]]]
    return table


VARIANTS = _parse_variants(N.VARIANT_TEXT)


def al_variants(name):
    """Arabic article: Al-Tamimi / Al Tamimi / Altamimi / El-Tamimi / Tamimi."""
    for pre in ("Al-", "El-"):
        if name.startswith(pre):
            rest = name[len(pre):]
            return [name, "Al " + rest, "Al" + rest.lower(), "El-" + rest, "El " + rest,
                    "El" + rest.lower(), rest]
    return None


for _fam in N.ARABIC["family"]:
    if al_variants(_fam):
        VARIANTS[_fam] = al_variants(_fam)

KEY_NEIGHBOURS = {
    "a": "qswz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc",
    "g": "ftyhbv", "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop",
    "m": "njk", "n": "bhjm", "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz",
    "t": "rfgy", "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
}


def typo(rng, s):
    """One keying error: wrong neighbouring key, dropped, doubled or swapped letter."""
    pos = [i for i, c in enumerate(s) if c.isalpha()]
    if len(pos) < 3:
        return s
    i = rng.choice(pos[1:]) if chance(rng, 0.9) else pos[0]
    c = s[i]
    op = rng.choice(["sub", "del", "dup", "swap"]) if i != pos[0] else "sub"
    if op == "sub" and c.lower() in KEY_NEIGHBOURS:
        n = rng.choice(KEY_NEIGHBOURS[c.lower()])
        return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1:]
    if op == "del":
        return s[:i] + s[i + 1:]
    if op == "dup":
        return s[:i] + c + s[i:]
    if i + 1 < len(s) and s[i + 1].isalpha():
        a, b = s[i], s[i + 1]
        if a.isupper() != b.isupper():          # keep capitalisation in place
            a, b = (b.upper(), a.lower()) if a.isupper() else (b.lower(), a.upper())
        return s[:i] + b + a + s[i + 2:]
    return s[:i] + s[i + 1:]


_SPECIAL = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o"})


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def has_accents(s):
    return strip_accents(s) != s


def romanian_cedilla(s):
    """Older Romanian keyboards/fonts give s/t-cedilla instead of comma-below."""
    return s.translate(str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"}))


def cap_word(w):
    return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))


def title_case(s):
    return " ".join(cap_word(w) for w in s.split(" "))


# ==========================================================================
# Cultures: how names are built and how they vary
# ==========================================================================
# p_var      chance per name token per record of a random spelling variant
# p_personal chance that a person's own usual spelling is not the canonical one
# p_swap     chance given and family name are swapped at a record
# p_typo     chance of a keying error in the surname, and (separately) forename
# p_nick     chance the forename is written as a nickname / short form
# keep_diacritics  chance diacritics survive on a site whose system allows them

CULTURES = {
    "british": dict(p_var=0.05, p_personal=0.05, p_swap=0.01, p_typo=0.03, p_nick=0.10),
    "albanian": dict(p_var=0.20, p_personal=0.15, p_swap=0.04, p_typo=0.06, p_nick=0.03,
                     keep_diacritics=0.5),
    "viet": dict(p_var=0.04, p_personal=0.0, p_swap=0.0, p_typo=0.06, p_nick=0.0,
                 keep_diacritics=0.3),
    "chinese": dict(p_var=0.06, p_personal=0.0, p_swap=0.0, p_typo=0.05, p_nick=0.0),
    "arabic_sd": dict(p_var=0.30, p_personal=0.5, p_swap=0.05, p_typo=0.06, p_nick=0.01),
    "arabic_fam": dict(p_var=0.30, p_personal=0.5, p_swap=0.05, p_typo=0.06, p_nick=0.01),
    "kurdish_iq": dict(p_var=0.30, p_personal=0.5, p_swap=0.06, p_typo=0.06, p_nick=0.0),
    "kurdish_ir": dict(p_var=0.25, p_personal=0.4, p_swap=0.05, p_typo=0.06, p_nick=0.0),
    "persian": dict(p_var=0.25, p_personal=0.4, p_swap=0.05, p_typo=0.06, p_nick=0.02),
    "afghan": dict(p_var=0.30, p_personal=0.4, p_swap=0.08, p_typo=0.06, p_nick=0.0),
    "tigrinya": dict(p_var=0.30, p_personal=0.4, p_swap=0.10, p_typo=0.07, p_nick=0.02),
    "ethiopian": dict(p_var=0.25, p_personal=0.4, p_swap=0.08, p_typo=0.06, p_nick=0.01),
    "nigerian": dict(p_var=0.10, p_personal=0.1, p_swap=0.04, p_typo=0.04, p_nick=0.06),
    "romanian": dict(p_var=0.10, p_personal=0.1, p_swap=0.03, p_typo=0.05, p_nick=0.05,
                     keep_diacritics=0.5),
    "polish": dict(p_var=0.10, p_personal=0.1, p_swap=0.02, p_typo=0.05, p_nick=0.05,
                   keep_diacritics=0.6),
    "sikh": dict(p_var=0.15, p_personal=0.2, p_swap=0.04, p_typo=0.05, p_nick=0.0),
    "kerala": dict(p_var=0.12, p_personal=0.2, p_swap=0.08, p_typo=0.05, p_nick=0.0),
    "north_indian": dict(p_var=0.08, p_personal=0.1, p_swap=0.04, p_typo=0.05, p_nick=0.0),
    "pakistani": dict(p_var=0.15, p_personal=0.2, p_swap=0.03, p_typo=0.04, p_nick=0.0),
    "filipino": dict(p_var=0.12, p_personal=0.1, p_swap=0.02, p_typo=0.04, p_nick=0.03),
}

NAT_CULTURES = {
    "GBR": [("british", 85), ("pakistani", 8), ("nigerian", 7)],
    "ALB": [("albanian", 1)], "VNM": [("viet", 1)], "ERI": [("tigrinya", 1)],
    "SDN": [("arabic_sd", 1)], "EGY": [("arabic_fam", 1)], "KWT": [("arabic_fam", 1)],
    "SYR": [("arabic_fam", 6), ("kurdish_iq", 4)], "IRQ": [("kurdish_iq", 6), ("arabic_fam", 4)],
    "IRN": [("persian", 7), ("kurdish_ir", 3)], "AFG": [("afghan", 1)],
    "IND": [("sikh", 4), ("kerala", 3), ("north_indian", 3)], "PAK": [("pakistani", 1)],
    "NGA": [("nigerian", 1)], "CHN": [("chinese", 1)], "ROU": [("romanian", 1)],
    "POL": [("polish", 1)], "PHL": [("filipino", 1)], "ETH": [("ethiopian", 7), ("tigrinya", 3)],
}

# share male, age profile at first attendance
NAT_PROFILE = {
    "GBR": (0.75, "uk"), "ALB": (0.85, "young"), "VNM": (0.65, "teen"), "ERI": (0.72, "young"),
    "SDN": (0.95, "young"), "ROU": (0.5, "adult"), "AFG": (0.95, "teen"), "IRQ": (0.9, "young"),
    "IRN": (0.85, "young"), "IND": (0.6, "worker"), "NGA": (0.2, "young"), "CHN": (0.35, "adult"),
    "ETH": (0.5, "young"), "PAK": (0.7, "worker"), "POL": (0.7, "adult"), "EGY": (0.95, "young"),
    "PHL": (0.15, "worker"), "SYR": (0.85, "young"), "KWT": (0.8, "young"),
}


def sample_age(rng, profile):
    if profile == "uk":
        return rng.randint(13, 17) if chance(rng, 0.55) else min(60, 18 + int(rng.expovariate(1 / 9)))
    if profile == "teen":
        return min(55, 14 + int(rng.expovariate(1 / 7)))
    if profile == "young":
        return min(60, 16 + int(rng.expovariate(1 / 8)))
    if profile == "worker":
        return rng.randint(21, 52)
    return rng.randint(18, 58)                                   # adult


def _pools():
    P = {}
    b = N.BRITISH
    P["british"] = dict(M=Pool(b["male"]), F=Pool(b["female"]), fam=Pool(b["family"], 0.6))
    a = N.ALBANIAN
    P["albanian"] = dict(M=Pool(a["male"]), F=Pool(a["female"]), father=Pool(a["father"]),
                         fam=Pool(a["family"], 0.6))
    v = N.VIETNAMESE
    P["viet"] = dict(M=Pool(v["male"]), F=Pool(v["female"]), fam=Pool(v["family"]),
                     midM=Pool(v["middle_m"]), midF=Pool(v["middle_f"]),
                     engM=Pool(v["english_m"]), engF=Pool(v["english_f"]))
    c = N.CHINESE
    P["chinese"] = dict(M=Pool(c["syl_m"], 0.5), F=Pool(c["syl_f"], 0.5), fam=Pool(c["family"]),
                        engM=Pool(c["english_m"]), engF=Pool(c["english_f"]))
    ar = N.ARABIC
    arabic = dict(M=Pool(ar["male"]), F=Pool(ar["female"]), father=Pool(ar["male"]),
                  fam=Pool(ar["family"], 0.5))
    P["arabic_sd"] = arabic
    P["arabic_fam"] = arabic
    k = N.KURDISH
    P["kurdish_iq"] = dict(M=Pool(k["male"], 0.7), F=Pool(k["female"]), father=Pool(k["father"]))
    pe = N.PERSIAN
    P["persian"] = dict(M=Pool(pe["male"]), F=Pool(pe["female"]), fam=Pool(pe["family"], 0.6))
    P["kurdish_ir"] = dict(M=Pool(k["male"], 0.7), F=Pool(k["female"]), father=Pool(k["father"]),
                           fam=Pool(pe["family"], 0.6))
    af = N.AFGHAN
    P["afghan"] = dict(M=Pool(af["male"], 0.7), F=Pool(af["female"]), fam=Pool(af["family"], 0.6),
                       father=Pool(af["father"]))
    t = N.TIGRINYA
    P["tigrinya"] = dict(M=Pool(t["male"], 0.7), F=Pool(t["female"], 0.7), father=Pool(t["male"], 0.7))
    e = N.ETHIOPIAN
    P["ethiopian"] = dict(M=Pool(e["male"], 0.7), F=Pool(e["female"], 0.7), father=Pool(e["male"], 0.7))
    ng = N.NIGERIAN
    P["nigerian"] = dict(M=Pool(ng["male"]), F=Pool(ng["female"]), native=Pool(ng["native"]),
                         fam=Pool(ng["family"], 0.5))
    ro = N.ROMANIAN
    P["romanian"] = dict(M=Pool(ro["male"]), F=Pool(ro["female"]), fam=Pool(ro["family"], 0.7))
    po = N.POLISH
    P["polish"] = dict(M=Pool(po["male"]), F=Pool(po["female"]), fam=Pool(po["family"], 0.7))
    i = N.INDIAN
    P["sikh"] = dict(M=Pool(i["sikh_m"]), F=Pool(i["sikh_f"]), fam=Pool(i["sikh_family"]))
    P["kerala"] = dict(M=Pool(i["kerala_m"]), F=Pool(i["kerala_f"]), fam=Pool(i["kerala_family"]))
    P["north_indian"] = dict(M=Pool(i["north_m"]), F=Pool(i["north_f"]), fam=Pool(i["north_family"]))
    pk = N.PAKISTANI
    P["pakistani"] = dict(M=Pool(pk["male"]), F=Pool(pk["female"]), fam=Pool(pk["family"], 0.6))
    f = N.FILIPINO
    P["filipino"] = dict(M=Pool(f["male"]), F=Pool(f["female"]), fam=Pool(f["family"], 0.6))
    return P


POOLS = _pools()


def make_name(rng, cul, sex, shared=None):
    """Return a name dict.  `shared` is the family part of a sibling's name
    (same surname / same father and grandfather), for look-alike siblings."""
    P = POOLS[cul]
    given = P[sex].pick(rng)
    nm = dict(scheme="western", given=given, middle=[], family=None, chain=[], sidx=0,
              show_middle=0.4)

    if cul == "british":
        nm["family"] = shared or P["fam"].pick(rng)
        if chance(rng, 0.6):
            nm["middle"] = [P[sex].pick(rng, avoid=given)]
    elif cul == "albanian":
        nm["family"] = shared["family"] if shared else P["fam"].pick(rng)
        nm["middle"] = [shared["father"] if shared else P["father"].pick(rng)]  # father's name
        nm["show_middle"] = 0.25
    elif cul == "viet":
        nm.update(scheme="viet", family=shared or P["fam"].pick(rng),
                  middle=[P["mid" + sex].pick(rng)])
    elif cul == "chinese":
        sylls = [P[sex].pick(rng)]
        if chance(rng, 0.8):
            sylls.append(P[sex].pick(rng, avoid=sylls[0]))
        nm.update(scheme="chinese", given=sylls, family=shared or P["fam"].pick(rng),
                  joined=chance(rng, 0.6))
    elif cul in ("arabic_sd", "tigrinya", "ethiopian", "kurdish_iq"):
        if shared:
            chain = list(shared)
        else:
            chain = [P["father"].pick(rng), P["father"].pick(rng)]
            if cul == "arabic_sd" and chance(rng, 0.3):
                chain.append(P["father"].pick(rng))
        nm.update(scheme="patronymic", chain=chain)
        # which element the person's papers give as surname: father's or the last
        nm["sidx"] = 0 if chance(rng, 0.45 if cul == "arabic_sd" else 0.65) else len(chain) - 1
    elif cul == "arabic_fam":
        if shared:
            chain = list(shared)
        else:
            chain = [P["father"].pick(rng)]
            chain.append(P["fam"].pick(rng) if chance(rng, 0.6) else P["father"].pick(rng))
        nm.update(scheme="patronymic", chain=chain, sidx=len(chain) - 1 if chance(rng, 0.85) else 0)
    elif cul == "kurdish_ir":
        nm["family"] = shared["family"] if shared else P["fam"].pick(rng)
        nm["middle"] = [shared["father"] if shared else P["father"].pick(rng)]
        nm["show_middle"] = 0.2
    elif cul == "persian":
        nm["family"] = shared or P["fam"].pick(rng)
    elif cul == "afghan":
        fam = shared["family"] if shared else (P["fam"].pick(rng) if chance(rng, 0.6) else None)
        father = shared["father"] if shared else P["father"].pick(rng)
        nm.update(scheme="afghan", family=fam, chain=[father])
    elif cul == "nigerian":
        nm["family"] = shared or P["fam"].pick(rng)
        if chance(rng, 0.6):
            nm["middle"] = [P["native"].pick(rng, avoid=given)]
        nm["show_middle"] = 0.45
    elif cul == "romanian":
        nm["family"] = shared or P["fam"].pick(rng)
        if chance(rng, 0.2):
            nm["middle"] = [P[sex].pick(rng, avoid=given)]
    elif cul == "polish":
        pair = shared or P["fam"].pick(rng)
        nm["family_pair"] = pair
        nm["family"] = pair[0] if sex == "M" else pair[1]
        if chance(rng, 0.2):
            nm["middle"] = [P[sex].pick(rng, avoid=given)]
    elif cul == "sikh":
        nm.update(scheme="sikh", middle=["Singh" if sex == "M" else "Kaur"],
                  family=shared if shared is not None else (P["fam"].pick(rng) if chance(rng, 0.6) else None))
    elif cul in ("kerala", "north_indian", "pakistani"):
        nm["family"] = shared or P["fam"].pick(rng)
        if cul == "north_indian" and sex == "M" and chance(rng, 0.4):
            nm["middle"] = ["Kumar"]
            nm["show_middle"] = 0.6
        if cul == "pakistani" and sex == "M" and chance(rng, 0.5):
            nm["given"] = "Muhammad " + given
        if cul == "pakistani" and sex == "F" and chance(rng, 0.3):
            nm["family"] = shared or "Bibi"
    elif cul == "filipino":
        nm["family"] = shared or P["fam"].pick(rng)
        nm["middle"] = [P["fam"].pick(rng, avoid=nm["family"])]      # mother's maiden name
        nm["show_middle"] = 0.45
    return nm


def family_part(cul, nm):
    """What siblings share: surname, or father's/grandfather's names."""
    if nm["scheme"] == "patronymic":
        return list(nm["chain"])
    if cul in ("albanian", "kurdish_ir"):
        return dict(family=nm["family"], father=nm["middle"][0])
    if cul == "afghan":
        return dict(family=nm["family"], father=nm["chain"][0])
    if cul == "polish":
        return nm["family_pair"]
    if cul == "pakistani" and nm["family"] == "Bibi":
        return None
    return nm["family"]


# ==========================================================================
# Sites of the trust(s) feeding the report (all invented)
# ==========================================================================

SITES = [
    dict(code="NGH", name="Northgate General Hospital", town="Birmingham", weight=30,
         unicode=True, upper=False, nhs="spaced", eth="codetext", status="code", mrn="N7",
         types=[("Emergency Department", 70), ("Inpatient", 12), ("Outpatient", 10), ("Maternity", 8)]),
    dict(code="SCH", name="St Cuthbert's Hospital", town="Wolverhampton", weight=22,
         unicode=False, upper=True, nhs="plain", eth="code", status="code", mrn="num",
         types=[("A&E", 75), ("Inpatient", 15), ("Outpatient", 10)]),
    dict(code="QEH", name="Queen Eleanor Hospital", town="Coventry", weight=20,
         unicode=False, upper=False, nhs="mixed", eth="text", status="text", mrn="QE6",
         types=[("Emergency Department", 65), ("Inpatient", 15), ("Outpatient", 10), ("Maternity", 10)]),
    dict(code="RWH", name="Riverside Women's Hospital", town="Birmingham", weight=10, female_only=True,
         unicode=True, upper=False, nhs="spaced", eth="codetext", status="code", mrn="RW6",
         types=[("Maternity", 60), ("Gynaecology", 25), ("Early Pregnancy Unit", 15)]),
    dict(code="EUC", name="Eastfield Urgent Treatment Centre", town="Walsall", weight=12,
         unicode=False, upper=False, nhs="mixed", eth="code", status="text", mrn="E6",
         types=[("Urgent Treatment Centre", 100)]),
    dict(code="CSH", name="Central Sexual Health Clinic", town="Birmingham", weight=6,
         unicode=True, upper=False, nhs="spaced", eth="text", status="code", mrn="GU5",
         types=[("Sexual Health", 100)]),
]
SITE_BY_CODE = {s["code"]: s for s in SITES}

ETHNIC = {
    "A": "White - British", "B": "White - Irish", "C": "White - Any other White background",
    "D": "Mixed - White and Black Caribbean", "E": "Mixed - White and Black African",
    "F": "Mixed - White and Asian", "G": "Mixed - Any other mixed background",
    "H": "Asian or Asian British - Indian", "J": "Asian or Asian British - Pakistani",
    "K": "Asian or Asian British - Bangladeshi", "L": "Asian or Asian British - Any other Asian background",
    "M": "Black or Black British - Caribbean", "N": "Black or Black British - African",
    "P": "Black or Black British - Any other Black background", "R": "Other Ethnic Groups - Chinese",
    "S": "Other Ethnic Groups - Any other ethnic group", "Z": "Not stated", "99": "Not known",
}
CULTURE_ETHNIC = {
    "british": [("A", 88), ("B", 2), ("C", 2), ("D", 3), ("E", 2), ("F", 2), ("G", 1)],
    "pakistani": [("J", 1)], "nigerian": [("N", 1)], "albanian": [("C", 1)], "romanian": [("C", 1)],
    "polish": [("C", 1)], "viet": [("L", 75), ("R", 10), ("S", 15)], "chinese": [("R", 1)],
    "tigrinya": [("N", 85), ("P", 10), ("S", 5)], "ethiopian": [("N", 85), ("P", 10), ("S", 5)],
    "arabic_sd": [("N", 40), ("S", 55), ("P", 5)], "arabic_fam": [("S", 85), ("L", 10), ("C", 5)],
    "kurdish_iq": [("S", 70), ("L", 20), ("C", 10)], "kurdish_ir": [("S", 70), ("L", 20), ("C", 10)],
    "persian": [("S", 70), ("L", 25), ("C", 5)], "afghan": [("S", 55), ("L", 45)],
    "sikh": [("H", 1)], "kerala": [("H", 1)], "north_indian": [("H", 1)], "filipino": [("L", 90), ("S", 10)],
}
ETHNIC_CONFUSION = {"L": "RS", "R": "L", "S": "LC", "N": "P", "P": "N", "C": "S", "A": "C",
                    "H": "L", "J": "L", "D": "G", "E": "N", "F": "G", "G": "S", "B": "A"}

# (main language, [other ways it is written or other languages the person uses])
LANGUAGES = {
    "british": [("English", [])], "pakistani": [("Urdu", ["Punjabi", "Urdu/Punjabi"])],
    "nigerian": [("English", ["Pidgin English", "Edo", "Yoruba"])],
    "albanian": [("Albanian", ["ALBANIAN", "Albanian/Italian"])],
    "viet": [("Vietnamese", ["VIETNAMESE", "Vietnamese - Northern"])],
    "chinese": [("Mandarin", ["Chinese", "Chinese (Mandarin)"]), ("Fujianese", ["Mandarin", "Chinese - Fuzhou"]),
                ("Cantonese", ["Chinese", "Chinese (Cantonese)"])],
    "tigrinya": [("Tigrinya", ["Tigrigna", "Tigrinia", "Tigrinya/Amharic"])],
    "ethiopian": [("Amharic", ["Amharic/Tigrinya"]), ("Oromo", ["Afaan Oromo", "Oromifa"]),
                  ("Tigrinya", ["Tigrigna"])],
    "arabic_sd": [("Arabic", ["Arabic (Sudanese)", "Arabic - Sudanese", "ARABIC"])],
    "arabic_fam": [("Arabic", ["Arabic (Levantine)", "Arabic (Egyptian)", "ARABIC", "Arabic - Iraqi"])],
    "kurdish_iq": [("Kurdish Sorani", ["Sorani", "Kurdish", "Kurdish (Sorani)", "Arabic"]),
                   ("Kurdish Badini", ["Badini", "Kurdish", "Kurmanji"])],
    "kurdish_ir": [("Kurdish", ["Kurdish Sorani", "Farsi", "Kurdish (Iran)"])],
    "persian": [("Farsi", ["Persian", "Farsi (Persian)", "FARSI"])],
    "afghan": [("Pashto", ["Pashtu", "Pushto", "Dari"]), ("Dari", ["Farsi", "Dari/Farsi", "Persian (Dari)"])],
    "sikh": [("Punjabi", ["Panjabi", "Punjabi (Gurmukhi)", "Hindi"])],
    "kerala": [("Malayalam", ["English", "Malayalam/English"])], "north_indian": [("Hindi", ["English", "Gujarati"])],
    "filipino": [("Tagalog", ["English", "Filipino", "Tagalog/English"])],
    "romanian": [("Romanian", ["Romani", "ROMANIAN"])], "polish": [("Polish", ["POLISH"])],
}

GP_NOT_KNOWN, GP_NOT_APPLICABLE, GP_NOT_REGISTERED = "V81999", "V81998", "V81997"


# ==========================================================================
# People
# ==========================================================================

class Person:
    """One invented person; their records are rendered from these facts."""


def n_records(rng):
    r = rng.random()
    if r < 0.40:
        return 1
    if r < 0.67:
        return 2
    if r < 0.82:
        return 3
    if r < 0.91:
        return 4
    if r < 0.99:
        return rng.randint(5, 7)
    return rng.randint(8, 16)                                    # frequent attenders


def visit_dates(rng, n, first=None):
    gaps = []
    for _ in range(n - 1):
        r = rng.random()
        gaps.append(rng.randint(0, 14) if r < 0.25 else
                    rng.randint(15, 365) if r < 0.65 else rng.randint(366, 1500))
    total = (END - START).days
    span = sum(gaps)
    if span > total - 30:                                    # squeeze into the period
        gaps = [g * (total - 30) // span for g in gaps]
        span = sum(gaps)
    d = START + dt.timedelta(days=rng.randint(0, total - span))
    if first is not None:                     # fixed first visit (came in with a sibling)
        d = first
        room = (END - first).days
        if span > room:
            gaps = [g * room // span for g in gaps] if span else gaps
    out = [d]
    for g in gaps:
        d = d + dt.timedelta(days=g)
        out.append(d)
    return out


def attendance_time(rng, d):
    hour = wchoice(rng, [(h, 1 + (2 if 10 <= h <= 22 else 0) + (1 if h in (0, 1, 2, 23) else 0))
                         for h in range(24)])
    return dt.datetime(d.year, d.month, d.day, hour, rng.randint(0, 59))


def random_postcode(rng, area, district):
    return "%s%d %d%s%s" % (area, district, rng.randint(1, 9),
                            rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))


def make_address(rng, kind, near_town):
    towns = [t for t in N.TOWNS if t[0] == near_town] if chance(rng, 0.75) else N.TOWNS
    town, area, districts = rng.choice(towns)
    pc = random_postcode(rng, area, rng.choice(districts))
    if kind == "nfa":
        return dict(kind=kind, l1="NO FIXED ABODE", l2="", town="", pc="ZZ99 3VZ")
    if kind == "safehouse":
        return dict(kind=kind, l1=rng.choice(["ADDRESS WITHHELD", "SAFE HOUSE - ADDRESS WITHHELD",
                                              "C/O SALVATION ARMY", "CONFIDENTIAL ADDRESS"]),
                    l2="", town=town if chance(rng, 0.5) else "", pc="")
    if kind == "hotel":
        return dict(kind=kind, l1="Room %d" % rng.randint(1, 340),
                    l2="%s, %d %s" % (rng.choice(N.HOTELS), rng.randint(1, 120), rng.choice(N.STREETS)),
                    town=town, pc=pc)
    if kind == "hostel":
        return dict(kind=kind, l1="Room %d, %s" % (rng.randint(1, 60), rng.choice(N.HOSTELS)),
                    l2="%d %s" % (rng.randint(1, 200), rng.choice(N.STREETS)), town=town, pc=pc)
    flat = "Flat %d, " % rng.randint(1, 12) if chance(rng, 0.4) else ""
    return dict(kind=kind, l1="%s%d %s" % (flat, rng.randint(1, 250), rng.choice(N.STREETS)),
                l2=rng.choice(N.DISTRICTS) if chance(rng, 0.6) else "", town=town, pc=pc)


def valid_nhs_number(rng, used):
    while True:
        digits = [rng.randint(4, 7)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check)
        if s not in used:
            used[s] = True
            return s


class World:
    """Shared state: counters and registries that keep identifiers unique."""

    def __init__(self, rng):
        self.rng = rng
        self.nhs_used = {}
        self.mrn_used = collections.defaultdict(dict)
        self.gp_practices = ["%s%05d" % (rng.choice("MYQ"), rng.randint(80000, 92999)) for _ in range(45)]
        self.stats = collections.Counter()

    def new_mrn(self, site):
        rng, used = self.rng, self.mrn_used[site["code"]]
        while True:
            style = site["mrn"]
            if style == "N7":
                m = "N%07d" % rng.randint(0, 9999999)
            elif style == "num":     # 8-digit, zero-padded in PAS; Excel drops the zeros
                m = str(rng.randint(1000, 9999999))
            elif style == "QE6":
                m = "QE%06d" % rng.randint(0, 999999)
            elif style == "RW6":
                m = "RW%06d" % rng.randint(0, 999999)
            elif style == "E6":
                m = "E%06d" % rng.randint(0, 999999)
            else:
                m = "GU%05d" % rng.randint(0, 99999)
            if m not in used:
                used[m] = True
                return m


def choose_site(rng, p, home=None):
    ok = [s for s in SITES if not (s.get("female_only") and (p.sex != "F" or p.age0 < 14))]
    if home and chance(rng, 0.6):
        return home
    return wchoice(rng, [(s["code"], s["weight"]) for s in ok])


def new_person(rng, world, pid, nat=None, sibling_of=None, twin=False, namesake_of=None):
    p = Person()
    p.pid = pid
    src = sibling_of or namesake_of
    p.nat = src.nat if src else wchoice(rng, N.NATIONALITY_WEIGHTS)
    p.culture = src.culture if src else wchoice(rng, NAT_CULTURES[p.nat])
    male_share, profile = NAT_PROFILE[p.nat]
    p.sex = namesake_of.sex if namesake_of else ("M" if chance(rng, male_share) else "F")
    c = CULTURES[p.culture]

    # ---- when they are seen
    n = n_records(rng)
    together = (sibling_of is not None and chance(rng, 0.5)
                and not (SITE_BY_CODE[sibling_of.visits[0][1]].get("female_only") and p.sex != "F"))
    dates = visit_dates(rng, n, sibling_of.visits[0][0].date() if together else None)
    p.age0 = sample_age(rng, profile)
    if sibling_of:
        p.age0 = max(12, sibling_of.age0 + (0 if twin else rng.choice([-5, -4, -3, -2, -1, 1, 2, 3, 4])))

    # ---- dates of birth: true, documented (Home Office "01 Jan"), age-assessed
    if twin:
        p.dob_true = sibling_of.dob_true
    else:
        p.dob_true = add_years(dates[0], -p.age0) - dt.timedelta(days=rng.randint(0, 364))
    p.dob_doc = p.dob_true
    p.dob_assigned = False
    if p.nat not in ("GBR", "ROU", "POL") and chance(rng, 0.25):
        p.dob_doc = dt.date(p.dob_true.year + rng.choice([-1, 0, 0, 0, 1]), 1, 1)
        p.dob_assigned = True
    if twin:
        p.dob_doc, p.dob_assigned = sibling_of.dob_doc, sibling_of.dob_assigned
    p.dob_assessed, p.assess_date = None, None
    if p.nat != "GBR" and p.age0 <= 21 and chance(rng, 0.2):   # age dispute
        shift = rng.choice([-6, -5, -4, -3, -2, 2, 3])
        p.dob_assessed = dt.date(p.dob_doc.year + shift, 1, 1) if chance(rng, 0.6) else \
            add_years(p.dob_doc, shift)
        p.assess_date = dates[0] + dt.timedelta(days=rng.randint(20, 200))

    # ---- name
    shared = family_part(p.culture, sibling_of.name) if sibling_of else None
    p.name = make_name(rng, p.culture, p.sex, shared)
    if sibling_of:
        for _ in range(10):
            if p.name["given"] != sibling_of.name["given"]:
                break
            p.name = make_name(rng, p.culture, p.sex, shared)
    if twin and p.culture == "nigerian" and chance(rng, 0.5):
        p.name["given"] = "Kehinde"
        sibling_of.name["given"] = "Taiwo"
    if namesake_of:                                      # same name, different person
        p.name = dict(namesake_of.name)
    p.spell = {}                                         # person's usual spelling of each token
    p.known_as = None
    if p.culture in ("viet", "chinese") and chance(rng, 0.35):
        p.known_as = POOLS[p.culture]["eng" + p.sex].pick(rng)
    elif isinstance(p.name["given"], str) and p.name["given"] in N.NICKNAMES and chance(rng, 0.35):
        p.known_as = rng.choice(N.NICKNAMES[p.name["given"]])
    p.title_f = rng.choice(["Miss", "Ms", "Miss", "Mrs" if p.age0 > 25 else "Ms"])

    # marriage: a later surname (women, some cultures, adults, >= 2 records)
    p.marriage = None
    if (p.sex == "F" and p.age0 >= 18 and n >= 2 and p.name["scheme"] == "western"
            and p.culture in ("british", "polish", "romanian", "nigerian", "filipino", "albanian",
                              "kerala", "north_indian") and chance(rng, 0.15)):
        when = dates[0] + dt.timedelta(days=rng.randint(1, max(2, (dates[-1] - dates[0]).days)))
        new = POOLS[p.culture]["fam"].pick(rng, avoid=p.name["family"])
        if p.culture == "polish":
            new = new[1]
        p.marriage = (when, new)

    # false identity used with traffickers' documents
    p.false_id = None
    if p.culture in ("albanian", "viet", "chinese", "nigerian", "tigrinya", "arabic_sd") and chance(rng, 0.04):
        p.false_id = make_name(rng, p.culture, p.sex)
        p.false_dob = add_years(p.dob_doc, -rng.randint(1, 6)) if chance(rng, 0.6) else p.dob_doc

    # ---- nationality, birth country, language, ethnicity
    p.cob = p.nat
    p.cob_text = None
    if p.nat == "ERI" and chance(rng, 0.15):
        p.cob_text = rng.choice(["Ethiopia", "Sudan"])
    elif p.nat == "AFG" and chance(rng, 0.15):
        p.cob_text = rng.choice(["Iran", "Pakistan"])
    elif p.nat == "KWT":
        p.cob_text = "Kuwait"
    p.kurd = p.culture.startswith("kurdish")
    langs = LANGUAGES[p.culture]
    p.language = rng.choice(langs) if len(langs) > 1 else langs[0]
    if p.nat == "GBR":
        p.language = ("English", [])
    p.ethnic = wchoice(rng, CULTURE_ETHNIC[p.culture])
    if p.nat == "GBR" and p.culture == "nigerian":
        p.ethnic = wchoice(rng, [("N", 50), ("P", 20), ("M", 15), ("E", 15)])

    # ---- NHS number, GP registration
    p.nhs, p.nhs_from = None, None
    if p.nat == "GBR":
        if chance(rng, 0.97):
            p.nhs, p.nhs_from = valid_nhs_number(rng, world.nhs_used), p.dob_true
    elif chance(rng, 0.6 if p.nat in ("ROU", "POL") else 0.5):
        p.nhs = valid_nhs_number(rng, world.nhs_used)
        p.nhs_from = dates[0] - dt.timedelta(days=365) if chance(rng, 0.35) else \
            dates[0] + dt.timedelta(days=rng.randint(40, 700))
    p.gp = rng.choice(world.gp_practices)
    p.gp_moves = chance(rng, 0.3)

    # ---- where and when
    home = choose_site(rng, p)
    p.visits = []
    for i, d in enumerate(dates):
        if i == 0 and together:
            p.visits.append(sibling_of.visits[0])
        else:
            p.visits.append((attendance_time(rng, d), choose_site(rng, p, home)))
    p.visits.sort()
    near = SITE_BY_CODE[home]["town"]
    if sibling_of:
        p.addresses = list(sibling_of.addresses)
    else:
        uk = p.nat == "GBR"
        first = "home" if uk and chance(rng, 0.7) else wchoice(
            rng, [("hotel", 30), ("nfa", 30), ("hostel", 20), ("safehouse", 10), ("home", 10)])
        p.addresses = [(p.visits[0][0].date(), make_address(rng, first, near))]
        for v in p.visits[1:]:
            if chance(rng, 0.4):
                kind = wchoice(rng, [("home", 35), ("hostel", 20), ("nfa", 20), ("safehouse", 15), ("hotel", 10)])
                p.addresses.append((v[0].date(), make_address(rng, kind, near)))
    p.mrns = {}
    p.sibs = []
    p.concern = pick_concern(rng, p)
    return p


# ==========================================================================
# Safeguarding columns (free text etc.)
# ==========================================================================

CONCERNS = {
    "county": "Criminal exploitation - county lines",
    "cse": "Child sexual exploitation",
    "cannabis": "Criminal exploitation - cannabis cultivation",
    "labour": "Modern slavery - labour exploitation",
    "sexual": "Modern slavery - sexual exploitation",
    "domestic": "Domestic servitude",
    "journey": "Trafficking - exploitation en route to UK",
    "forced_marriage": "Forced marriage",
    "criminal": "Criminal exploitation - other (begging/theft)",
    "unspecified": "Trafficking concern - unspecified",
}


def pick_concern(rng, p):
    n, f = p.nat, p.sex == "F"
    if n == "GBR":
        if p.age0 < 18:
            return wchoice(rng, [("county", 30 if f else 75), ("cse", 60 if f else 15), ("unspecified", 10)])
        return wchoice(rng, [("county", 30), ("labour", 30), ("sexual", 25 if f else 5), ("criminal", 15)])
    if n == "VNM":
        return wchoice(rng, [("cannabis", 45), ("labour", 30), ("sexual", 20 if f else 3), ("unspecified", 5)])
    if n == "ALB":
        return wchoice(rng, [("sexual", 70), ("labour", 20), ("unspecified", 10)]) if f else \
            wchoice(rng, [("cannabis", 45), ("labour", 40), ("criminal", 10), ("unspecified", 5)])
    if n in ("NGA", "CHN"):
        return wchoice(rng, [("sexual", 65 if f else 10), ("domestic", 15), ("labour", 20 if f else 60),
                             ("cannabis", 0 if f else 20)])
    if n == "PHL":
        return wchoice(rng, [("domestic", 80), ("labour", 20)])
    if n in ("IND", "PAK"):
        return wchoice(rng, [("labour", 75), ("domestic", 10), ("forced_marriage", 15 if f else 2)])
    if n in ("ROU", "POL"):
        return wchoice(rng, [("labour", 60), ("sexual", 30 if f else 2), ("criminal", 15)])
    return wchoice(rng, [("labour", 45), ("journey", 30), ("sexual", 15 if f else 3), ("criminal", 10),
                         ("unspecified", 5)])


NOTES = {
    "county": ["Found by police in trap house in {town}, multiple phones and cash on person.",
               "Missing from home x{n} this month. Stab wound L thigh, vague account.",
               "Carrying drugs internally (\"plugging\") per police. MASH referral made.",
               "Mother attended, says he is \"running for\" older males, owes a drug debt."],
    "cse": ["Attended with older male stating he is her \"boyfriend\", age 27.",
            "Requests EHC. Disclosed parties at flat, given alcohol. MASH informed.",
            "Social worker aware. Pt reluctant to engage."],
    "cannabis": ["Burns to hands and forearms, sustained at cannabis farm per police.",
                 "Found locked in property used for cannabis cultivation. Pt speaks no English.",
                 "Electrical burn. Says he was \"gardener\", not allowed to leave house."],
    "labour": ["Works at car wash 7 days/week, paid {money}/wk, lives above premises.",
               "Hand injury at work (construction), employer brought pt in and left.",
               "Employer holds passport. Works 12h shifts, debt of {debt} for travel.",
               "Care worker - sponsor deducting fees, sleeping at agency house with 8 others."],
    "sexual": ["Attended with female 'friend' who answered all questions for pt.",
               "Disclosed being made to see men at different addresses. Police aware.",
               "Pregnant, unsure of dates. Partner holds her phone and money.",
               "STI screen. Moved between flats in {town}, does not know address."],
    "domestic": ["Works as housekeeper for family, not allowed out alone, no days off.",
                 "Employer's wife attended and did not leave pt alone. Pt tearful.",
                 "Says passport kept by employer \"for safety\"."],
    "journey": ["Arrived by small boat {arrived}. Held in Libya for months, beaten.",
                "Came by lorry, found at services on M6. Dehydrated.",
                "Reports forced labour in Libya, scars on back. Asylum claim in progress.",
                "Owes smugglers {debt}. Family threatened at home."],
    "forced_marriage": ["Disclosed family planning marriage abroad against her wishes.",
                        "Forced Marriage Unit contacted. Pt does not want family informed."],
    "criminal": ["Brought to UK to beg, made to hand over money daily.",
                 "Arrested for shoplifting, says he is made to steal for a group."],
    "unspecified": ["Concerns raised by triage nurse - controlling companion.",
                    "Pt gave inconsistent account of how came to UK."],
}
GENERIC_NOTES = ["{lang} interpreter via telephone (LanguageLine).", "NRM discussed, pt wishes to think about it.",
                 "Known to safeguarding team.", "Salvation Army caseworker present.",
                 "Police informed, crime ref given.", "Pt declined to give address.",
                 "Previous attendance at another site - see alerts.",
                 "Age disputed - states {age}, appears older.", "DOB given as year only.",
                 "Discussed with safeguarding lead, advice given.", "Pt left before safeguarding review."]
OUTCOMES = ["Discharged", "Discharged - safeguarding referral made", "Admitted", "Left before being seen",
            "Self-discharged", "Referred to police", "Referred to LA safeguarding", "Follow-up arranged",
            "Transferred", "Discharged to Salvation Army support"]
REFERRAL_SOURCES = ["Self-referral", "Police", "Ambulance", "GP", "Local Authority", "Home Office",
                    "Salvation Army", "Friend/relative", "Charity/NGO", "School", "Walk-in", "NHS 111"]


# ==========================================================================
# Rendering one record
# ==========================================================================

COLUMNS = [
    "Attendance ID", "Site", "Attendance Date", "Attendance Type", "Hospital Number", "NHS Number",
    "NHS No Status", "Patient Name", "Known As", "Alias", "Date of Birth", "DOB Estimated", "Age",
    "Gender", "Ethnic Category", "Country of Birth", "Nationality", "Preferred Language",
    "Interpreter Required", "Address Line 1", "Address Line 2", "Town", "Postcode",
    "GP Practice Code", "Referral Source", "Safeguarding Concern", "NRM Referral",
    "Safeguarding Notes", "Outcome",
]

NHS_STATUS = {
    "01": "Number present and verified", "02": "Number present but not traced",
    "03": "Trace required", "04": "Trace attempted - No match or multiple match found",
    "07": "Number not present and trace not required",
}


def fmt_date(d):
    return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1], d.year)


class Renderer:
    def __init__(self, rng, world):
        self.rng = rng
        self.world = world
        self.stats = world.stats

    def note(self, key):
        self.stats[key] += 1

    # ---------------------------------------------------------------- names
    def spell(self, p, token):
        """Write one name token the way this clerk/this attendance does."""
        rng, c = self.rng, CULTURES[p.culture]
        if token in VARIANTS:
            group = VARIANTS[token]
            if token not in p.spell:
                p.spell[token] = Pool(group[1:]).pick(rng) if (len(group) > 1 and chance(rng, c["p_personal"])) else token
            if chance(rng, c["p_var"]):
                self.note("name: transliteration/spelling variant")
                return Pool(group).pick(rng)
            return p.spell[token]
        if " " in token:
            return " ".join(self.spell(p, w) for w in token.split(" "))
        return token

    def base_name(self, p, nm, age):
        """(surname, forename, [middles]) in canonical spelling, by naming scheme."""
        rng = self.rng
        sch = nm["scheme"]
        if sch == "viet":
            fam, mid, giv = nm["family"], nm["middle"][0], nm["given"]
            form = wchoice(rng, [("std", 45), ("mid_after", 15), ("no_mid", 15), ("rev", 12),
                                 ("rev2", 7), ("fam_mid", 6)])
            if form != "std":
                self.note("name: Vietnamese name order/middle variant")
            return {"std": (fam, mid + " " + giv, []), "mid_after": (fam, giv, [mid]),
                    "no_mid": (fam, giv, []), "rev": (giv, fam, [mid]),
                    "rev2": (mid + " " + giv, fam, []), "fam_mid": (fam + " " + mid, giv, [])}[form]
        if sch == "chinese":
            fam, syl = nm["family"], nm["given"]
            joined = syl[0] + syl[1].lower() if len(syl) > 1 else syl[0]
            style = nm["joined"] if chance(rng, 0.8) else not nm["joined"]
            if len(syl) > 1 and chance(rng, 0.05):
                given = syl[0] + "-" + syl[1].lower()
            else:
                given = joined if style else " ".join(syl)
            if chance(rng, 0.15):
                self.note("name: Chinese surname written last")
                return (given, fam, [])
            return (fam, given, [])
        if sch == "patronymic":
            chain = nm["chain"]
            r = rng.random()
            if r < 0.68:
                return (chain[nm["sidx"]], nm["given"], chain[:nm["sidx"]])
            self.note("name: patronymic chain rendered differently")
            if r < 0.80:
                return (chain[-1], nm["given"], chain[:-1])
            if r < 0.92:
                return (chain[0], nm["given"], [])
            return (chain[-1], nm["given"], [])
        if sch == "afghan":
            fam, father, giv = nm["family"], nm["chain"][0], nm["given"]
            r = rng.random()
            if fam:
                if r < 0.72:
                    return (fam, giv, [])
                self.note("name: Afghan father's name used/added")
                return (fam, giv, [father]) if r < 0.85 else (father, giv, [])
            if r < 0.85:
                return (father, giv, [])
            self.note("name: single-name person, surname filled with forename")
            parts = giv.split(" ")
            return (parts[-1], parts[0], []) if len(parts) > 1 else (giv, giv, [])
        if sch == "sikh":
            fam, sk = nm["family"], nm["middle"][0]
            if fam and chance(rng, 0.7):
                return (fam, nm["given"], [sk] if chance(rng, 0.6) else [])
            if fam:
                self.note("name: Sikh family name dropped (Singh/Kaur as surname)")
            return (sk, nm["given"], [])
        # western
        fam, giv = nm["family"], nm["given"]
        mids = list(nm["middle"]) if chance(rng, nm["show_middle"]) else []
        if p.culture == "polish" and p.sex == "F" and fam != nm["family_pair"][0] and chance(rng, 0.08):
            self.note("name: Polish surname in masculine form")
            fam = nm["family_pair"][0]
        if p.culture == "filipino" and chance(rng, 0.08):
            self.note("name: Filipino mother's maiden name taken as surname")
            return (nm["middle"][0], giv, [])
        if giv.startswith("Muhammad ") and chance(rng, 0.4):
            self.note("name: 'Muhammad' prefix dropped or moved to middle")
            rest = giv[len("Muhammad "):]
            return (fam, rest, mids) if chance(rng, 0.6) else (fam, "Muhammad", [rest] + mids)
        if nm["middle"] == ["Kumar"] and mids and chance(rng, 0.3):
            return ("Kumar", giv, [])
        return (fam, giv, mids)

    def render_name(self, p, when, site, age, sex_rec):
        rng, c = self.rng, CULTURES[p.culture]
        nm, alias_used = p.name, False
        if p.false_id and chance(rng, 0.15):
            nm, alias_used = p.false_id, True
            self.note("name: false identity used for this attendance")
        sur, fore, mids = self.base_name(p, nm, age)

        married = False
        if not alias_used and p.marriage and when.date() >= p.marriage[0] and chance(rng, 0.88):
            sur, married = p.marriage[1], True
            self.note("name: married surname")

        nick = False
        if fore in N.NICKNAMES and chance(rng, c["p_nick"]):
            fore, nick = rng.choice(N.NICKNAMES[fore]), True
            self.note("name: nickname as forename")

        sur = self.spell(p, sur)
        fore = self.spell(p, fore)
        mids = [self.spell(p, m) for m in mids]

        if chance(rng, c["p_swap"]):
            sur, fore = fore, sur
            self.note("name: given and family name swapped")
        if chance(rng, c["p_typo"]):
            sur = typo(rng, sur)
            self.note("name: typo in surname")
        if chance(rng, c["p_typo"]):
            fore = typo(rng, fore)
            self.note("name: typo in forename")
        if mids and chance(rng, 0.1):
            mids = mids[:1] if len(mids) > 1 else [mids[0][0]]        # middle initial only
            self.note("name: middle name shortened")

        parts = [sur, fore] + mids
        keep = site["unicode"] and chance(rng, c.get("keep_diacritics", 0.0))
        if any(has_accents(x) for x in parts):
            if keep:
                if p.culture == "romanian" and chance(rng, 0.4):
                    parts = [romanian_cedilla(x) for x in parts]
                self.note("name: diacritics kept")
            else:
                parts = [strip_accents(x) for x in parts]
                self.note("name: diacritics stripped")
        sur, fore, mids = parts[0], parts[1], parts[2:]

        sur_txt = sur.upper()
        fore_txt = " ".join([title_case(fore)] + [title_case(m) for m in mids])
        r = rng.random()
        if site["upper"] or r < 0.03:
            fore_txt = fore_txt.upper()
        elif r < 0.04:
            fore_txt = fore_txt.lower()
        if chance(rng, 0.005):
            sur_txt += " "                                   # stray space before the comma
            self.note("name: stray whitespace")

        title = ""
        if age >= 16 and chance(rng, 0.8):
            if sex_rec == "Male":
                title = "Mr"
            elif sex_rec == "Female":
                title = "Mrs" if married else p.title_f
        elif age < 16 and chance(rng, 0.15):
            title = "Master" if sex_rec == "Male" else ("Miss" if sex_rec == "Female" else "")
        name = "%s, %s" % (sur_txt, fore_txt) + (" (%s)" % title if title else "")
        return name, nick, married, alias_used, (sur, fore)

    # ---------------------------------------------------------------- other fields
    def render_dob(self, p, when, alias_used):
        """-> (dob text, estimated flag, age text)"""
        rng = self.rng
        base = p.false_dob if alias_used else p.dob_doc
        assigned = p.dob_assigned
        if p.dob_assessed and when.date() >= p.assess_date and chance(rng, 0.65):
            base, assigned = p.dob_assessed, p.dob_assessed.month == 1 and p.dob_assessed.day == 1
            self.note("dob: age-assessed date of birth (years off)")
        if p.nat == "GBR":
            kinds = [("exact", 92), ("swap", 2), ("digit", 2.5), ("jan", 1), ("blank", 1.5), ("dummy", 0.2)]
        else:
            kinds = [("exact", 76), ("jan", 7), ("jul", 2), ("swap", 3), ("digit", 3), ("true", 5),
                     ("blank", 3), ("dummy", 0.4)]
        kind = wchoice(rng, kinds)
        d, est = base, ("Y" if assigned and chance(rng, 0.4) else "N")
        if kind == "jan":
            d, est = dt.date(base.year + rng.choice([-2, -1, 0, 0, 0, 1, 2]), 1, 1), "Y"
        elif kind == "jul":
            d, est = dt.date(base.year + rng.choice([-1, 0, 0, 1]), 7, 1), "Y"
        elif kind == "swap" and base.day <= 12 and base.day != base.month:
            d = dt.date(base.year, base.day, base.month)
        elif kind == "digit":
            d = self.mistype_date(base)
        elif kind == "true":
            d = p.dob_true
        elif kind == "dummy":
            d, est = dt.date(1900, 1, 1), "Y"
        true_age = age_on(p.dob_true, when.date())
        if kind == "blank" or d > when.date():
            self.note("dob: blank, age estimated")
            est_age = max(12, true_age + rng.randint(-3, 3))
            return "", ("Y" if chance(rng, 0.7) else ""), str(est_age)
        if d != base:
            self.note("dob: " + {"jan": "estimated 01-Jan", "jul": "estimated 01-Jul", "swap": "day/month transposed",
                                 "digit": "digit mistyped", "true": "true DOB differs from documented",
                                 "dummy": "dummy 01-Jan-1900", "exact": "?"}[kind])
        if chance(rng, 0.15):
            est = ""                                            # field not filled in
        return fmt_date(d), est, str(age_on(d, when.date()))

    def mistype_date(self, d):
        rng = self.rng
        for _ in range(20):
            part = rng.choice(["day", "day", "year", "year", "month"])
            try:
                if part == "day":
                    s = "%02d" % d.day
                    i = rng.randrange(2)
                    nd = d.replace(day=int(s[:i] + str(rng.randint(0, 9)) + s[i + 1:]))
                elif part == "year":
                    nd = d.replace(year=d.year + rng.choice([-10, -1, 1, 10, -2, 2]))
                else:
                    nd = d.replace(month=d.month + rng.choice([-1, 1]))
            except ValueError:
                continue
            if nd != d:
                return nd
        return d

    def render_sex(self, p):
        rng = self.rng
        true = "Male" if p.sex == "M" else "Female"
        r = rng.random()
        wrong = 0.005 if p.nat == "GBR" else 0.02
        if r < wrong:
            self.note("sex: mis-keyed")
            return "Female" if true == "Male" else "Male"
        r -= wrong
        for val, pr in (("Not Known", 0.02), ("Not Specified", 0.01), ("", 0.01), ("Indeterminate", 0.001)):
            if r < pr:
                self.note("sex: missing/not known")
                return val
            r -= pr
        return true

    def render_country(self, p, field):
        rng = self.rng
        info = N.COUNTRIES[p.nat]
        if field == "cob":
            if chance(rng, 0.3):
                return ""
            if p.cob_text:
                return p.cob_text
            if chance(rng, 0.03):
                self.note("country: neighbouring country")
                return rng.choice(info["nb"])[0]
            return info["name"] if chance(rng, 0.85) else rng.choice(info["alt"])
        r = rng.random()
        if r < 0.08:
            return ""
        if r < 0.11:
            return rng.choice(["Not Known", "Unknown", "Not stated"])
        if r < 0.16:
            self.note("nationality: neighbouring country")
            nb = rng.choice(info["nb"])
            return nb[1] if chance(rng, 0.6) else nb[0]
        if p.kurd and r < 0.30:
            return rng.choice(["Kurdish", "Kurdistan", "Kurd"])
        r = rng.random()
        return info["dem"] if r < 0.5 else info["name"] if r < 0.8 else rng.choice(info["alt"])

    def render_nhs(self, p, when, site, alias_used):
        rng = self.rng
        has = p.nhs and when.date() >= p.nhs_from and not alias_used
        miss = 0.4 if site["code"] == "CSH" else 0.12
        if has and not chance(rng, miss):
            num, status = p.nhs, "01" if chance(rng, 0.85) else "02"
            wrong = [q for q in p.sibs if q.nhs]
            if wrong and chance(rng, 0.03):
                num = rng.choice(wrong).nhs                   # wrong sibling picked on trace
                self.note("nhs: sibling's number recorded (wrong patient picked)")
            if chance(rng, 0.005):
                i = rng.randrange(10)
                num = num[:i] + str((int(num[i]) + rng.randint(1, 9)) % 10) + num[i + 1:]
                status = "02"
                self.note("nhs: number mistyped")
        else:
            if p.nhs and when.date() >= p.nhs_from:
                self.note("nhs: number missing although the person has one")
            if chance(rng, 0.06):
                self.note("nhs: temporary number")
                num = "99" + "".join(str(rng.randint(0, 9)) for _ in range(8))
                status = "02"
            else:
                num, status = "", rng.choice(["03", "04", "07", "07", ""])
        if num:
            style = site["nhs"]
            spaced = style == "spaced" and chance(rng, 0.9) or style == "mixed" and chance(rng, 0.5)
            if spaced:
                num = "%s %s %s" % (num[:3], num[3:6], num[6:])
            elif chance(rng, 0.02):
                num = "%s-%s-%s" % (num[:3], num[3:6], num[6:])
        if status and site["status"] == "text":
            status = NHS_STATUS[status]
        return num, status

    def render_mrn(self, p, site, alias_used):
        rng, code = self.rng, site["code"]
        if code in p.mrns and not alias_used and chance(rng, 0.88):
            return p.mrns[code]
        m = self.world.new_mrn(site)
        if code in p.mrns:
            self.note("mrn: duplicate registration at same site")
        if not alias_used:
            p.mrns.setdefault(code, m)
        return m

    def render_address(self, p, when):
        rng = self.rng
        current = [a for d, a in p.addresses if d <= when.date()]
        addr = current[-1] if current else p.addresses[0][1]     # sibling's earliest address
        if addr["kind"] != "nfa" and chance(rng, 0.06):
            self.note("address: recorded NFA this time")
            addr = dict(kind="nfa", l1="NO FIXED ABODE", l2="", town="", pc="ZZ99 3VZ")
        l1, l2, town, pc = addr["l1"], addr["l2"], addr["town"], addr["pc"]
        if addr["kind"] == "nfa":
            l1 = rng.choice(["NO FIXED ABODE"] * 6 + ["NFA", "No Fixed Abode", "NO FIXED ABODE - STREET HOMELESS"])
            pc = "ZZ99 3VZ" if chance(rng, 0.85) else ""
            return l1, "", "", pc
        if chance(rng, 0.25):
            for a, b in (("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Lane", "Ln")):
                l1, l2 = l1.replace(a, b), l2.replace(a, b)
        if chance(rng, 0.12):
            l1, l2, town = l1.upper(), l2.upper(), town.upper()
        if pc:
            r = rng.random()
            if r < 0.06:
                pc = ""
            elif r < 0.14:
                pc = pc.replace(" ", "")
            elif r < 0.16:
                pc = pc.lower()
        if chance(rng, 0.08):
            town = ""
        return l1, l2, town, pc

    def render_gp(self, p, when):
        rng = self.rng
        registered = p.nhs and when.date() >= p.nhs_from
        if registered:
            if chance(rng, 0.9):
                return p.gp if not (p.gp_moves and chance(rng, 0.5)) else rng.choice(self.world.gp_practices)
            return GP_NOT_KNOWN
        return wchoice(rng, [(GP_NOT_REGISTERED, 50), (GP_NOT_KNOWN, 30), ("", 15), (GP_NOT_APPLICABLE, 5)])

    def render_notes(self, p, concern, lang, when):
        rng = self.rng
        if chance(rng, 0.25):
            return ""
        fill = dict(town=rng.choice([t[0] for t in N.TOWNS]), n=rng.randint(2, 5),
                    money=rng.choice(["£20", "£50", "£100", "£150", "£200"]),
                    debt=rng.choice(["£3,000", "£8,000", "£15k", "€10,000", "£25,000", "$6,000"]),
                    arrived=rng.choice(["last week", "in " + str(when.year - 1), "3 months ago", "recently"]),
                    lang=lang or "Language", age=max(14, age_on(p.dob_true, when.date()) - rng.randint(2, 5)))
        bits = [rng.choice(NOTES[concern]).format(**fill)]
        if chance(rng, 0.5):
            bits.append(rng.choice(GENERIC_NOTES).format(**fill))
        sep = "\n" if chance(rng, 0.15) else " "                   # Alt+Enter inside the cell
        return sep.join(bits)

    # ---------------------------------------------------------------- one row
    def record(self, p, when, site_code, companion_note=None):
        rng = self.rng
        site = SITE_BY_CODE[site_code]
        true_age = age_on(p.dob_true, when.date())
        sex = self.render_sex(p)

        unknown = chance(rng, 0.004)
        if unknown:
            self.note("name: registered as UNKNOWN")
            name = "UNKNOWN, %s" % ({"Male": "Male", "Female": "Female"}.get(sex, "Unknown"))
            nick = married = alias_used = False
            shown = None
        else:
            name, nick, married, alias_used, shown = self.render_name(p, when, site, true_age, sex)
        if site_code == "CSH" and not unknown and chance(rng, 0.2):
            # sexual health clinics allow a first name / initials only
            first = shown[1].split(" ")[0]
            name = "%s, %s" % (first.upper(), first[:1].upper()) if chance(rng, 0.5) else \
                "%s, %s" % (shown[0][:1].upper(), first)
            self.note("name: sexual health clinic pseudonym/initials")

        known = ""
        if unknown and chance(rng, 0.5):
            known = "gave name as %s" % title_case(strip_accents(p.name["given"] if isinstance(p.name["given"], str)
                                                               else " ".join(p.name["given"])))
        elif p.known_as and not nick and chance(rng, 0.5):
            known = p.known_as

        alias = ""
        if married and chance(rng, 0.35):
            alias = "nee " + p.name["family"].upper()
        elif alias_used and chance(rng, 0.25):
            alias = "? real name " + " ".join(strip_accents(x) for x in self.base_name(p, p.name, true_age)[:2][::-1])
        elif p.false_id and not alias_used and chance(rng, 0.2):
            f = self.base_name(p, p.false_id, true_age)
            alias = "AKA " + strip_accents("%s %s" % (f[1], f[0])).upper()
        elif chance(rng, 0.03) and not unknown:
            # another spelling used at an earlier contact
            f = self.base_name(p, p.name, true_age)
            other = strip_accents("%s %s" % (Pool(VARIANTS.get(f[1], [f[1]])).pick(rng),
                                             Pool(VARIANTS.get(f[0], [f[0]])).pick(rng)))
            if other.upper() != strip_accents("%s %s" % shown[::-1]).upper():
                alias = "AKA " + other

        if unknown:
            dob, est = ("", "Y") if chance(rng, 0.6) else ("01-Jan-1900", "Y")
            age = str(max(12, true_age + rng.randint(-4, 4))) if not dob else str(age_on(dt.date(1900, 1, 1), when.date()))
        else:
            dob, est, age = self.render_dob(p, when, alias_used)

        # ethnicity
        code = p.ethnic
        r = rng.random()
        if r < 0.08:
            code = "Z"
        elif r < 0.11:
            code = "99"
        elif r < 0.14 and code in ETHNIC_CONFUSION:
            code = rng.choice(ETHNIC_CONFUSION[code])
        if site["eth"] == "code":
            eth = code
        elif site["eth"] == "text":
            eth = ETHNIC[code]
        else:
            eth = "%s - %s" % (code, ETHNIC[code]) if code != "99" else "99 - Not known"
        if chance(rng, 0.03):
            eth = ""

        lang_main, lang_alt = p.language
        r = rng.random()
        lang = lang_main if r < 0.8 or not lang_alt else rng.choice(lang_alt)
        if r > 0.93:
            lang = ""
        elif r > 0.91 and lang_main != "English":
            lang = "English"
        if lang_main == "English":
            interp = rng.choice(["No", "No", "No", "N", ""])
        else:
            interp = ("Yes" if chance(rng, 0.85) else "No") if chance(rng, 0.9) else ""
            if interp and chance(rng, 0.3):
                interp = interp[0]

        nhs, status = self.render_nhs(p, when, site, alias_used or unknown)
        mrn = self.render_mrn(p, site, alias_used or unknown)
        l1, l2, town, pc = self.render_address(p, when)
        concern = p.concern if chance(rng, 0.75) else pick_concern(rng, p)
        notes = self.render_notes(p, concern, lang_main, when)
        if companion_note:
            notes = (notes + " " if notes else "") + companion_note
        nrm = ("Not applicable - child (MASH referral)" if true_age < 18 and chance(rng, 0.5) else
               wchoice(rng, [("Yes - NRM submitted", 30), ("No", 15), ("Declined - DtN submitted", 15),
                             ("Already in NRM", 10), ("Not discussed", 10), ("", 20)]))
        return [
            None,                                       # Attendance ID, assigned after sorting
            site["name"], when.strftime("%d/%m/%Y %H:%M"), wchoice(self.rng, site["types"]),
            mrn, nhs, status, name, known, alias, dob, est, age, sex, eth,
            self.render_country(p, "cob"), self.render_country(p, "nat"), lang, interp,
            l1, l2, town, pc, self.render_gp(p, when), rng.choice(REFERRAL_SOURCES),
            CONCERNS[concern], nrm, notes, rng.choice(OUTCOMES) if chance(rng, 0.8) else "",
        ]


# ==========================================================================
# Excel "Unicode Text" writer
# ==========================================================================

def excel_cell(v):
    """Excel quotes a cell that contains a double quote, comma, tab or line break,
    doubling embedded quotes; a line break inside a cell is a bare LF."""
    if any(ch in v for ch in '"\t\n\r,'):
        return '"' + v.replace('"', '""') + '"'
    return v


def write_unicode_text(path, sheet):
    """Excel writes rows in chunks and pads each row of a chunk with tabs up to
    the widest used cell in that chunk (approximated here as 16-row chunks), so
    title/footer rows near the table carry trailing tabs."""
    lines = []
    for b in range(0, len(sheet), 16):
        block = sheet[b:b + 16]
        width = max(max((i + 1 for i, v in enumerate(r) if v != ""), default=0) for r in block)
        for r in block:
            cells = (list(r) + [""] * width)[:width]
            lines.append("\t".join(excel_cell(c) for c in cells))
    data = "\r\n".join(lines) + "\r\n"
    with open(path, "wb") as f:
        f.write(b"\xff\xfe" + data.encode("utf-16-le"))


# ==========================================================================
# Main
# ==========================================================================

def generate(n_people, seed):
    rng = random.Random(seed)
    world = World(rng)
    people = []
    while len(people) < n_people:
        pid = "P%06d" % (len(people) + 1)
        r = rng.random()
        if people and r < 0.025:                              # same name, unrelated
            src = people[rng.randrange(len(people))]
            p = new_person(rng, world, pid, namesake_of=src)
            world.stats["people: namesake of another person"] += 1
            people.append(p)
            continue
        p = new_person(rng, world, pid)
        people.append(p)
        if chance(rng, 0.06):                                 # siblings (sometimes twins)
            for _ in range(1 if chance(rng, 0.8) else 2):
                if len(people) >= n_people:
                    break
                twin = chance(rng, 0.2)
                s = new_person(rng, world, "P%06d" % (len(people) + 1), sibling_of=p, twin=twin)
                s.sibs.append(p)
                p.sibs.append(s)
                world.stats["people: twin" if twin else "people: sibling"] += 1
                people.append(s)

    # siblings who came in together get a note saying so
    first_visits = collections.defaultdict(list)
    for p in people:
        first_visits[p.visits[0]].append(p)
    companion = {}
    for group in first_visits.values():
        if len(group) > 1:
            for p in group:
                others = [q for q in group if q is not p]
                companion[p.pid] = "Attended with %s." % (
                    "sister" if any(q.sex == "F" for q in others) else "brother")

    rend = Renderer(rng, world)
    rows = []
    for p in people:
        for i, (when, site) in enumerate(p.visits):
            note = companion.get(p.pid) if i == 0 else None
            rows.append((when, p.pid, i, rend.record(p, when, site, note)))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    att = 41000000 + rng.randint(0, 999999)
    truth = []
    for when, pid, i, row in rows:
        att += rng.randint(1, 260)                  # other, unflagged attendances in between
        row[0] = str(att)
        truth.append((row[0], pid))
    return people, [r[3] for r in rows], truth, world.stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()

    people, rows, truth, stats = generate(a.people, a.seed)

    sheet = [["OFFICIAL-SENSITIVE: PERSONAL"],
             ["Safeguarding - Modern Slavery / Human Trafficking flagged attendances (all sites)"],
             ["Attendance date between 01/04/2017 and 31/03/2024. Source: PAS extract. Do not forward."],
             [],
             COLUMNS] + rows + [
             [],
             ["Report run on %s by SAFEGUARDING\\sg.admin" % RUN_AT.strftime("%d/%m/%Y %H:%M:%S")],
             ["Records returned: %d" % len(rows)]]
    write_unicode_text(a.out, sheet)
    with open(a.truth, "w", newline="", encoding="utf-8") as f:
        f.write("record_id,person_id\n")
        for rid, pid in truth:
            f.write("%s,%s\n" % (rid, pid))

    if a.stats:
        sizes = collections.Counter(pid for _, pid in truth)
        dist = collections.Counter(sizes.values())
        pairs = sum(k * (k - 1) // 2 for k in sizes.values())
        print("people: %d   records: %d   true pairs: %d" % (len(people), len(rows), pairs))
        print("records per person: " + ", ".join("%d:%d" % (k, dist[k]) for k in sorted(dist)))
        nat = collections.Counter(p.nat for p in people)
        print("nationality: " + ", ".join("%s %.1f%%" % (k, 100.0 * v / len(people)) for k, v in nat.most_common()))
        n = len(rows)
        for k in sorted(stats):
            base = len(people) if k.startswith("people") else n
            print("  %-55s %6d  (%.1f%%)" % (k, stats[k], 100.0 * stats[k] / base))


if __name__ == "__main__":
    main()
