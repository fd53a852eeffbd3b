#!/usr/bin/env python3
"""gen19: synthetic HMPPS-style nominal extract (prison + probation episodes) of
potential victims of modern slavery in the criminal justice system, with ground
truth. Everyone is invented; all identifiers are random.

python3 gen19.py --people N --seed S --out FILE --truth TRUTH.csv
"""
import argparse, csv, datetime as dt, random

D = dt.date
NAT = [  # code, label, weight, alt recorded values
    ("UK", "British", 38, ["British", "English", "United Kingdom"]),
    ("VN", "Vietnamese", 15, ["Chinese", "Not Known"]),
    ("AL", "Albanian", 12, ["Kosovan", "Greek", "Italian"]),
    ("RO", "Romanian", 8, ["Moldovan", "Bulgarian"]),
    ("CN", "Chinese", 7, ["Vietnamese", "Not Known"]),
    ("ER", "Eritrean", 6, ["Ethiopian", "Sudanese"]),
    ("SD", "Sudanese", 6, ["South Sudanese", "Chadian"]),
    ("PL", "Polish", 8, ["Lithuanian"]),
]
SUR = {
    "UK": "SMITH JONES WILLIAMS BROWN TAYLOR DAVIES EVANS WILSON THOMAS JOHNSON ROBERTS WALKER WRIGHT ROBINSON THOMPSON WHITE HUGHES EDWARDS GREEN HALL WOOD HARRIS LEWIS MARTIN JACKSON CLARKE CAMPBELL KHAN ALI BEGUM OKAFOR MENSAH OSEI CAMPBELL GRANT REID MCDONALD OCONNOR MURPHY",
    "VN": "NGUYEN NGUYEN NGUYEN TRAN TRAN LE PHAM HOANG PHAN VU DANG BUI DO HO NGO DUONG",
    "AL": "HOXHA SHEHU KRASNIQI GASHI BERISHA DERVISHI LEKA KOLA MARKU DOKA LLESHI BALLA CELA PRENDI",
    "RO": "POPESCU IONESCU STAN DUMITRU CONSTANTIN GHEORGHE MARIN RADU STOICA MUNTEANU LINGURAR CALDARAR",
    "CN": "WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU LIN ZHENG",
    "ER": "TESFAY KIDANE HAILE TEKLE BERHANE GHEBREMEDHIN WELDEMARIAM MEBRAHTU ASMEROM GEBREYESUS",
    "SD": "MOHAMED AHMED OSMAN IBRAHIM ADAM YOUSIF HASSAN ALI ABDALLA ABDELRAHMAN ISMAIL",
    "PL": "NOWAK KOWALSKI WISNIEWSKI WOJCIK KAMINSKI LEWANDOWSKI ZIELINSKI SZYMANSKI DABROWSKI KOZLOWSKI",
}
GIV = {  # (male, female)
    "UK": ("JORDAN TYLER KYLE CALLUM CONNOR LIAM JACK HARRY JOSHUA REECE KAI TYRESE JAYDEN MASON DANIEL MICHAEL JAMES THOMAS ALEXANDER LEWIS", "CHLOE JADE COURTNEY SHANNON LEAH MOLLY AALIYAH"),
    "VN": ("VAN MINH|VAN HUNG|DUC ANH|VAN NAM|QUOC HUY|VAN TUAN|MINH DUC|VAN LONG|DUC THANH|VAN HAI", "THI LAN|THI HUONG|THI MAI|THI HOA"),
    "AL": ("ARBEN KLODIAN ERMAL BESNIK ALBAN GENTIAN ERION DRITAN FATJON KRISTI", "ELIRA ANILA ERJONA"),
    "RO": ("ION ANDREI MIHAI FLORIN GABRIEL IONUT ALEXANDRU CONSTANTIN MARIUS", "ELENA MARIA IOANA ANDREEA"),
    "CN": ("WEI JUN HAO XIAOMING JIANHUA YONG QIANG LEI", "LI NA XIAOYAN MEI"),
    "ER": ("YONAS SAMUEL FILMON HABTOM TESFALEM MERHAWI DAWIT BINIAM", "SENAIT HELEN SELAM"),
    "SD": ("MOHAMED AHMED ABDALLA OSMAN IBRAHIM ADAM YOUSIF HASSAN ELTAYEB MUSAB", "FATIMA AMNA"),
    "PL": ("PIOTR TOMASZ KRZYSZTOF PAWEL MICHAL MARCIN LUKASZ KAMIL DAWID", "ANNA KATARZYNA AGNIESZKA"),
}
VAR = {"MOHAMED": ["MOHAMMED", "MUHAMMAD", "MOHAMMAD"], "AHMED": ["AHMAD"], "ABDALLA": ["ABDULLAH", "ABDALLAH"],
       "OSMAN": ["OTHMAN", "USMAN"], "YOUSIF": ["YUSUF", "YOUSEF"], "ELTAYEB": ["ALTAYEB", "EL TAYEB"],
       "ABDELRAHMAN": ["ABDULRAHMAN", "ABDEL RAHMAN"], "TESFAY": ["TESFAI", "TESFAYE"],
       "GHEBREMEDHIN": ["GEBREMEDHIN", "GHEBRE MEDHIN"], "WELDEMARIAM": ["WOLDEMARIAM", "WELDE MARIAM"],
       "GEBREYESUS": ["GHEBREYESUS"], "HABTOM": ["HABTOMU"], "KRASNIQI": ["KRASNICI"], "HOXHA": ["HOXA", "HODZHA"],
       "SHEHU": ["SHEU"], "LLESHI": ["LESHI"], "PAWEL": ["PAVEL", "PAUL"], "LUKASZ": ["LUKAS", "LUCAS"],
       "MICHAL": ["MICHAEL"], "WOJCIK": ["WOJCICK"], "IONUT": ["IONUTZ"], "ALEXANDRU": ["ALEXANDER", "ALEX"],
       "ANDREI": ["ANDREW"], "XIAOMING": ["XIAO MING"], "JIANHUA": ["JIAN HUA"], "ZHANG": ["CHANG"],
       "ZHOU": ["CHOW"], "CHEN": ["CHAN"], "HOANG": ["HUANG"], "NGUYEN": ["NGUEN"], "DUONG": ["DUONG", "DUONGG"],
       "JOSHUA": ["JOSH"], "DANIEL": ["DANNY"], "MICHAEL": ["MIKEY"], "JAYDEN": ["JADEN", "JAYDON"],
       "TYRESE": ["TYREECE", "TYRESS"], "REECE": ["RHYS", "REESE"], "THOMAS": ["TOM", "TOMMY"],
       "JAMES": ["JAMIE"], "CALLUM": ["CALUM"], "OCONNOR": ["O'CONNOR", "O CONNOR"], "MCDONALD": ["MACDONALD"],
       "CLARKE": ["CLARK"], "AALIYAH": ["ALIYAH"], "KATARZYNA": ["KASIA"]}
ETH = {"UK": [("W1", 50), ("B1", 12), ("B2", 8), ("M1", 12), ("A2", 6), ("W9", 2)], "VN": [("A9", 70), ("O9", 20), ("A4", 10)],
       "AL": [("W9", 90), ("O9", 10)], "RO": [("W9", 70), ("W3", 25), ("O9", 5)], "CN": [("A4", 85), ("A9", 15)],
       "ER": [("B2", 85), ("B9", 10), ("O9", 5)], "SD": [("B2", 60), ("O2", 25), ("B9", 15)], "PL": [("W9", 100)]}
PRISONS = ("HMP ALTCOURSE|HMP BIRMINGHAM|HMP BRISTOL|HMP DURHAM|HMP ELMLEY|HMP HEWELL|HMP HUMBER|HMP LEEDS|HMP LIVERPOOL|"
           "HMP MANCHESTER|HMP NOTTINGHAM|HMP PENTONVILLE|HMP WANDSWORTH|HMP THAMESIDE|HMP PETERBOROUGH|HMP BEDFORD|"
           "HMP CARDIFF|HMP LEWES|HMP BRIXTON|HMP WORMWOOD SCRUBS|HMP/YOI DONCASTER|HMP/YOI CHELMSFORD").split("|")
YOI = ["HMYOI COOKHAM WOOD", "HMYOI WETHERBY", "HMYOI WERRINGTON", "HMYOI FELTHAM", "HMP/YOI ISIS", "HMYOI AYLESBURY"]
WOMEN = ["HMP BRONZEFIELD", "HMP STYAL", "HMP EASTWOOD PARK", "HMP NEW HALL", "HMP PETERBOROUGH (F)", "HMP DOWNVIEW"]
PROB = ["PROBATION - LONDON", "PROBATION - NORTH WEST", "PROBATION - WEST MIDLANDS", "PROBATION - YORKSHIRE & HUMBER",
        "PROBATION - KENT SURREY SUSSEX", "PROBATION - EAST OF ENGLAND", "PROBATION - WALES", "PROBATION - NORTH EAST"]
OFF = {"CCE": ["DRUGS - SUPPLY CLASS A", "DRUGS - SUPPLY CLASS A", "DRUGS - POSSESSION WITH INTENT", "POSSESSION OF OFFENSIVE WEAPON", "ROBBERY", "VIOLENCE AGAINST THE PERSON"],
       "CAN": ["DRUGS - PRODUCTION CANNABIS", "DRUGS - PRODUCTION CANNABIS", "ABSTRACTING ELECTRICITY", "IMMIGRATION - ILLEGAL ENTRY"],
       "FC": ["THEFT - SHOPLIFTING", "THEFT FROM THE PERSON", "FRAUD - ATM/CARD", "IMMIGRATION - FALSE DOCUMENTS", "MONEY LAUNDERING", "BURGLARY"]}
TYPE_W = {"UK": {"CCE": 85, "FC": 15}, "VN": {"CAN": 80, "FC": 10, "CCE": 10}, "AL": {"CAN": 60, "CCE": 30, "FC": 10},
          "RO": {"FC": 80, "CAN": 20}, "CN": {"CAN": 70, "FC": 30}, "ER": {"FC": 60, "CCE": 40}, "SD": {"FC": 50, "CCE": 50},
          "PL": {"FC": 60, "CAN": 40}}
EXTRACT = D(2025, 3, 31)
CHK = "ZABCDEFGHJKLMNPQRTUVWXY"


def wpick(r, pairs):
    return r.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


class Gen:
    def __init__(s, seed):
        s.r = random.Random(seed); s.used = set()

    def uniq(s, f):
        while True:
            v = f()
            if v not in s.used:
                s.used.add(v); return v

    def prisoner_no(s):
        r = s.r; L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return s.uniq(lambda: r.choice("AG") + "%04d" % r.randrange(10000) + r.choice(L) + r.choice(L))

    def pnc(s, year):
        r = s.r
        def f():
            yy, n = "%02d" % (year % 100), r.randrange(1, 999999)
            return "%s/%06d%s" % (yy, n, CHK[int(yy + "%07d" % n) % 23])
        return s.uniq(f)

    def cro(s, year):
        r = s.r
        def f():
            n = r.randrange(1, 999999)
            return "%06d/%02d%s" % (n, year % 100, CHK[(n + year) % 23])
        return s.uniq(f)

    def name(s, nat, sex, surname=None):
        r = s.r; m, f = GIV[nat]; pool = (m if sex == "M" else f)
        pool = pool.split("|") if "|" in pool else pool.split()
        fn = r.choice(pool)
        if nat == "UK" and r.random() < 0.35:
            fn += " " + r.choice((m if sex == "M" else f).split())
        if nat in ("SD", "ER") and " " not in fn:  # given + father's name
            fn += " " + r.choice([g for g in GIV[nat][0].split() if g != fn])
        if nat in ("RO", "PL", "AL") and r.random() < 0.15:
            fn += " " + r.choice(pool)
        sn = surname or r.choice(SUR[nat].split())
        if nat == "PL" and sex == "F" and sn.endswith("SKI"):
            sn = sn[:-1] + "A"
        return sn, fn

    # ---------------------------------------------------------------- noise
    def typo(s, w):
        r = s.r
        if len(w) < 3: return w
        i = r.randrange(1, len(w) - 1); op = r.random()
        if op < .3: return w[:i] + w[i + 1:]
        if op < .55: return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op < .8: return w[:i] + r.choice("AEIOUNRSTLHY") + w[i + 1:]
        return w[:i] + w[i] + w[i:]

    def variant(s, txt):
        parts = txt.split()
        c = [i for i, p in enumerate(parts) if p in VAR]
        if not c: return txt
        i = s.r.choice(c); parts[i] = s.r.choice(VAR[parts[i]]); return " ".join(parts)

    def noisy_name(s, sn, fn, nat, st):
        r = s.r
        if r.random() < .12: sn2 = s.variant(sn); st["var"] += sn2 != sn; sn = sn2
        if r.random() < .12: fn2 = s.variant(fn); st["var"] += fn2 != fn; fn = fn2
        if nat == "VN" and " " in fn and r.random() < .15:
            fn = fn.split()[-1] if r.random() < .6 else fn.replace(" ", ""); st["mid"] += 1
        if nat in ("SD", "ER") and " " in fn and r.random() < .2:  # father's name taken as surname
            g, fa = fn.split(" ", 1); sn, fn = fa.split()[0], g; st["mid"] += 1
        elif " " in fn and nat not in ("VN", "SD", "ER") and r.random() < .12:
            fn = fn.split()[0]; st["mid"] += 1
        if nat in ("VN", "CN") and r.random() < .18:
            sn, fn = (fn.split()[-1], sn + " " + " ".join(fn.split()[:-1])) if r.random() < .5 else (fn, sn)
            fn = fn.strip(); st["swap"] += 1
        if r.random() < .07: sn = s.typo(sn); st["typo"] += 1
        if r.random() < .07: fn = s.typo(fn); st["typo"] += 1
        if r.random() < .01: sn, fn = fn, sn; st["swap"] += 1
        return sn, fn

    def noisy_dob(s, dob, st):
        r = s.r; x = r.random()
        if dob is None: return ""
        if x < .01: st["dob_miss"] += 1; return ""
        if x < .06 and dob.day <= 12 and dob.day != dob.month:
            st["dob_swap"] += 1; return "%02d/%02d/%04d" % (dob.month, dob.day, dob.year)
        if x < .10:
            st["dob_off"] += 1; k = r.random()
            if k < .4: dob = dob.replace(year=dob.year + r.choice((-1, 1)))
            elif k < .7: dob = dob + dt.timedelta(days=r.choice((-1, 1, 10, -10)))
            else:
                d = "%02d" % dob.day; d = d[::-1] if d[::-1] <= "28" and d[1] != "0" else d
                return "%s/%02d/%04d" % (d, dob.month, dob.year)
        return dob.strftime("%d/%m/%Y")

    def false_dob(s, dob, nat):
        r = s.r; x = r.random()
        if x < .35: return D(dob.year + r.choice((-4, -3, -2, -1, 1, 2, 3)), 1, 1)  # Home Office default 01/01
        if x < .75: return dob.replace(day=min(dob.day, 28), year=dob.year + r.choice((-3, -2, -1, 1, 2, 3)))
        return dob + dt.timedelta(days=r.randrange(-900, 900))

    def noisy_id(s, v, st, key, miss, typo):
        r = s.r
        if not v: return ""
        x = r.random()
        if x < miss: st[key + "_miss"] += 1; return ""
        if x < miss + typo:
            st[key + "_typo"] += 1; c = list(v); idx = [i for i, ch in enumerate(c) if ch.isdigit()]
            i = r.choice(idx); c[i] = str((int(c[i]) + r.choice((1, 9, 3))) % 10)
            if r.random() < .3 and len(idx) > 1: j = idx[idx.index(i) - 1]; c[i], c[j] = c[j], c[i]
            return "".join(c)
        return v

    # ---------------------------------------------------------------- people
    def person(s, pid, sib_of=None):
        r = s.r
        if sib_of:
            nat, sex, sn = sib_of["nat"], "M" if r.random() < .85 else "F", sib_of["sn"]
            dob = sib_of["dob"] if r.random() < .12 else sib_of["dob"] + dt.timedelta(days=r.choice((-1, 1)) * r.randrange(300, 1800))
            ty = sib_of["type"]
        else:
            c = r.choices(NAT, [n[2] for n in NAT])[0]; nat = c[0]; sn = None
            ty = wpick(r, list(TYPE_W[nat].items()))
            sex = "F" if r.random() < (.15 if nat in ("UK", "RO", "VN") else .06) else "M"
            y0 = 2000 if ty == "CCE" and nat == "UK" else 1985
            dob = D(r.randrange(y0, 2008), 1, 1) + dt.timedelta(days=r.randrange(365))
        sn, fn = s.name(nat, sex, sn)
        if sib_of:
            while fn == sib_of["fn"]: sn, fn = s.name(nat, sex, sib_of["sn"])
        dobk = None if (nat != "UK" and r.random() < .03) else dob
        return {"pid": pid, "nat": nat, "sex": sex, "sn": sn, "fn": fn, "dob": dob, "dobk": dobk, "type": ty,
                "eth": wpick(r, ETH[nat]), "pno": s.prisoner_no(), "pnc": s.pnc(min(2024, dob.year + 15 + r.randrange(6))) if r.random() < .93 else "",
                "cro": s.cro(min(2024, dob.year + 16 + r.randrange(6))) if r.random() < .65 else "", "aliases": []}

    def alias(s, p):
        r = s.r; x = r.random()
        if x < .35: sn, fn = s.name(p["nat"], p["sex"], p["sn"])            # other forename, same surname
        elif x < .65: sn, fn = s.name(p["nat"], p["sex"]); fn = p["fn"]      # other surname
        else: sn, fn = s.name(p["nat"], p["sex"])                            # entirely false name
        dob = s.false_dob(p["dob"], p["nat"]) if r.random() < .55 else p["dobk"]
        return sn, fn, dob

    def rows(s, p, st):
        r = s.r; out = []
        n = r.choices([1, 2, 3, 4, 5, 6, 7], [34, 30, 18, 11, 4, 2, 1])[0]
        t = max(D(2014, 1, 1) + dt.timedelta(days=r.randrange(1800)), p["dob"] + dt.timedelta(days=365 * 15 + r.randrange(900)))
        nrm_at = r.randrange(n + 1) if r.random() < .6 else 99
        false_ids = []
        for e in range(n):
            if t > D(2025, 2, 28):
                if e: break
                t = D(2025, 2, 28) - dt.timedelta(days=r.randrange(300))
            prob = r.random() < .25
            est = r.choice(PROB) if prob else ((r.choice(WOMEN) if (t - p["dob"]).days >= 365 * 18 else r.choice(["STC OAKHILL", "STC RAINSBROOK", "SCH ALDINE HOUSE"])) if p["sex"] == "F" else
                  r.choice(YOI) if (t - p["dob"]).days < 365 * 18 + 200 else r.choice(PRISONS))
            rec = t; rel = None if prob or r.random() < .08 else rec + dt.timedelta(days=r.randrange(14, 700))
            rel = None if rel and rel > EXTRACT else rel
            off = r.choice(OFF[p["type"]]) if r.random() < .85 else r.choice(OFF[r.choice(list(OFF))])
            nrm = "Y" if e >= nrm_at else "N"
            if r.random() < .1: nrm = ""
            ident = (p["sn"], p["fn"], p["dobk"]); pno, pnc, cro = p["pno"], p["pnc"], p["cro"]
            if e > 0 and r.random() < .15:  # booked in under a false identity -> new prisoner number
                if false_ids and r.random() < .4: fi = r.choice(false_ids)
                else:
                    a = s.alias(p); y = rec.year
                    fi = (a, s.prisoner_no(), p["pnc"] if (p["pnc"] and r.random() < .5) else (s.pnc(y) if r.random() < .6 else ""),
                          p["cro"] if r.random() < .3 else "")
                    false_ids.append(fi); st["false_ident"] += 1
                ident, pno, pnc, cro = fi
            names = [("N", ident)]
            if r.random() < .22:  # alias rows on this booking
                if not p["aliases"] or r.random() < .4: p["aliases"].append(s.alias(p))
                for a in r.sample(p["aliases"], min(len(p["aliases"]), r.choice((1, 1, 2)))):
                    names.append(("Y", a)); st["alias_rows"] += 1
            for flag, (sn, fn, dob) in names:
                sn2, fn2 = s.noisy_name(sn, fn, p["nat"], st)
                nat = p["nat"]; natl = dict((c[0], c[1]) for c in NAT)[nat]
                x = r.random()
                if x < .06: natl = ""; st["nat_miss"] += 1
                elif x < .06 + (.15 if nat in ("ER", "VN", "AL") else .05): natl = r.choice(dict((c[0], c[3]) for c in NAT)[nat]); st["nat_alt"] += 1
                eth = p["eth"] if r.random() < .85 else r.choice(["NS", "O9", wpick(r, ETH[nat])])
                g = p["sex"] if r.random() < .99 else r.choice(["", "NK", "M" if p["sex"] == "F" else "F"])
                out.append({"PRISONER_NUMBER": s.noisy_id(pno, st, "pno", .12 if prob else .01, .015),
                            "PNC_ID": s.noisy_id(pnc, st, "pnc", .08, .025), "CRO_NUMBER": s.noisy_id(cro, st, "cro", .15, .02),
                            "SURNAME": sn2, "FORENAMES": fn2, "ALIAS_FLAG": flag, "DATE_OF_BIRTH": s.noisy_dob(dob, st),
                            "GENDER": g, "NATIONALITY": natl, "ETHNICITY_CODE": eth, "ESTABLISHMENT": est,
                            "RECEPTION_DATE": rec.strftime("%d/%m/%Y"), "RELEASE_DATE": rel.strftime("%d/%m/%Y") if rel else "",
                            "OFFENCE_CATEGORY": off, "NRM_REFERRAL_FLAG": nrm, "_pid": p["pid"]})
            t = (rel or rec + dt.timedelta(days=r.randrange(60, 500))) + dt.timedelta(days=r.randrange(20, 700))
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, required=True); ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True); ap.add_argument("--truth", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    g = Gen(a.seed); r = g.r
    st = {k: 0 for k in "var mid swap typo dob_miss dob_swap dob_off false_ident alias_rows nat_miss nat_alt pno_miss pno_typo pnc_miss pnc_typo cro_miss cro_typo".split()}
    people, rows = [], []
    for i in range(a.people):
        sib = r.choice(people) if people and r.random() < .08 else None
        p = g.person("P%05d" % (i + 1), sib); people.append(p); rows += g.rows(p, st)
    r.shuffle(rows)
    cols = ["ROW_ID", "PRISONER_NUMBER", "PNC_ID", "CRO_NUMBER", "SURNAME", "FORENAMES", "ALIAS_FLAG", "DATE_OF_BIRTH",
            "GENDER", "NATIONALITY", "ETHNICITY_CODE", "ESTABLISHMENT", "RECEPTION_DATE", "RELEASE_DATE",
            "OFFENCE_CATEGORY", "NRM_REFERRAL_FLAG"]
    ids = r.sample(range(1000000, 9999999), len(rows))
    with open(a.out, "w", newline="") as f, open(a.truth, "w", newline="") as t:
        w = csv.DictWriter(f, cols, extrasaction="ignore"); w.writeheader(); tw = csv.writer(t); tw.writerow(["record_id", "person_id"])
        for row, i in zip(rows, ids):
            row["ROW_ID"] = "NOM%07d" % i; w.writerow(row); tw.writerow([row["ROW_ID"], row["_pid"]])
    if a.stats:
        print("people", a.people, "rows", len(rows)); [print(" ", k, v, "%.1f%%" % (100 * v / len(rows))) for k, v in st.items()]


if __name__ == "__main__":
    main()
