#!/usr/bin/env python3
"""gen21: synthetic outreach-referral spreadsheet (modern-slavery survivors) with ground truth.
Everyone in the output is invented. Standard library only."""
import argparse, csv, datetime as dt, random

# nationality: weight, language, neighbours, male first names, female first names, surnames
# first names / surnames given as "variant|variant" transliteration groups
NAT = {
 "British": (22, "English", ["Irish"], ["Jack|Jak", "Daniel|Danny", "Liam", "Connor|Conor", "James|Jamie", "Ryan|Rian", "Kyle"],
             ["Chloe|Cloe", "Jade", "Amy|Aimee", "Sophie|Sofie", "Leanne|Lee-Anne", "Kayleigh|Kayley"],
             ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Thompson|Thomson"]),
 "Albanian": (14, "Albanian", ["Kosovan", "Macedonian"], ["Ardit", "Arben", "Kledi|Kledis", "Erion", "Besnik", "Dritan", "Elvis|Elvi"],
             ["Ana|Anna", "Elira", "Klea", "Besa", "Arjola|Ariola"],
             ["Hoxha|Hoxa|Hodja", "Shehu|Sheu", "Krasniqi|Krasniki", "Gashi|Gashe", "Berisha|Berrisha", "Dervishi|Dervishaj", "Kola"]),
 "Vietnamese": (12, "Vietnamese", ["Chinese", "Cambodian"], ["Van Minh|Minh|Van-Minh", "Duc Anh|Duc-Anh|Anh", "Quang|Quan", "Tuan|Tuann", "Hung|Hưng", "Thanh"],
             ["Thi Lan|Lan|Thi-Lan", "Thi Hoa|Hoa", "Ngoc Anh|Ngoc", "Thu Trang|Trang", "Mai|My"],
             ["Nguyen|Nguyễn|Nguyn", "Tran|Trần", "Le|Lê", "Pham|Phạm", "Hoang|Huang|Hoàng", "Vu|Vũ|Vo"]),
 "Eritrean": (8, "Tigrinya", ["Ethiopian", "Sudanese"], ["Tesfay|Tesfaye|Tesfai", "Yonas|Yohannes|Jonas", "Habtom|Habtu", "Kidane|Kidana", "Samuel|Semere"],
             ["Helen|Hellen", "Senait|Senayt", "Rahel|Rachel", "Mebrat|Meberat", "Saba"],
             ["Tesfamariam|Tesfa Mariam", "Gebremedhin|Gebre Medhin|Ghebremedhin", "Haile|Hayle", "Berhane|Berhe|Brhane", "Kidane|Kidanu", "Woldu|Weldu"]),
 "Sudanese": (8, "Arabic", ["Eritrean", "South Sudanese", "Chadian"], ["Mohamed|Mohammed|Muhammad|Mohamad", "Ahmed|Ahmad", "Abdalla|Abdullah|Abdallah", "Osman|Othman|Usman", "Ibrahim|Ibraheem"],
             ["Fatima|Fatma", "Amna|Amina", "Mariam|Maryam"],
             ["Ali", "Hassan|Hasan", "Adam|Adem", "Abdelrahman|Abdel Rahman|Abdulrahman", "Yousif|Yusuf|Youssef", "Ishag|Ishaq|Ishak"]),
 "Romanian": (7, "Romanian", ["Moldovan", "Bulgarian", "Hungarian"], ["Ion|Ioan", "Andrei|Andrey", "Florin", "Marius", "Gheorghe|George", "Constantin|Costel"],
             ["Maria", "Elena", "Ioana|Joana", "Andreea|Andrea", "Florentina"],
             ["Popescu|Popesku", "Radu", "Stan", "Dumitru|Dimitru", "Munteanu|Munteano", "Lăcătuș|Lacatus|Lacatush", "Ionescu"]),
 "Afghan": (6, "Dari", ["Iranian", "Pakistani"], ["Mohammad|Mohammed|Muhammad", "Ahmad|Ahmed", "Abdul|Abdol", "Ali Reza|Alireza|Ali-Reza", "Hamid|Hameed", "Noorullah|Nurullah|Noor Ullah"],
             ["Zahra|Zara", "Fatema|Fatima", "Maryam|Mariam"],
             ["Ahmadi|Ahmady", "Rahimi|Rahimy", "Hussaini|Hosseini|Husseini", "Mohammadi|Muhammadi", "Safi", "Karimi|Karimy"]),
 "Iraqi": (5, "Kurdish Sorani", ["Iranian", "Syrian", "Turkish"], ["Karwan|Kawan", "Rebwar|Rebin", "Hawre|Hawree", "Ahmed|Ahmad", "Dilshad|Dilshat"],
             ["Shilan|Shelan", "Zhiyan|Jiyan", "Nasrin|Nasreen"],
             ["Mahmood|Mahmoud|Mahmud", "Rashid|Rasheed", "Aziz|Azeez", "Qadir|Kadir|Qader", "Omar|Umar"]),
 "Nigerian": (6, "English", ["Ghanaian", "Cameroonian", "Beninese"], ["Chinedu|Chinedum", "Oluwaseun|Seun", "Emeka|Chukwuemeka", "Tunde|Babatunde", "Ifeanyi|Ifeanyichukwu"],
             ["Blessing", "Joy", "Precious", "Favour|Favor", "Esther", "Chioma|Chiamaka", "Osas|Osasere"],
             ["Okafor|Okafo", "Adeyemi|Adeyemy", "Eze", "Okonkwo|Okonko", "Osagie|Osaghie", "Igbinedion|Igbinedon", "Obi"]),
 "Chinese": (4, "Mandarin", ["Vietnamese", "Taiwanese"], ["Wei", "Jun|Jian", "Hao", "Lei"], ["Li Na|Lina|Li-Na", "Xiu Ying|Xiuying", "Mei|Mei Mei", "Yan"],
             ["Wang|Wong", "Li|Lee", "Zhang|Chang", "Chen|Chan", "Liu|Lau", "Lin|Lam"]),
 "Polish": (4, "Polish", ["Lithuanian", "Czech", "Ukrainian"], ["Piotr|Peter", "Krzysztof|Krzystof|Christopher", "Tomasz|Tomas", "Paweł|Pawel", "Marek"],
             ["Agnieszka|Agnieska", "Katarzyna|Kasia", "Anna|Ana"],
             ["Nowak|Novak", "Kowalski|Kowalsky", "Wiśniewski|Wisniewski|Visnevski", "Wójcik|Wojcik", "Kamiński|Kaminski"]),
 "Indian": (3, "Punjabi", ["Pakistani", "Bangladeshi"], ["Gurpreet|Gurprit", "Harjit|Harjeet", "Manjit|Manjeet", "Rajesh"], ["Kulwinder|Kulvinder", "Priya|Pria"],
             ["Singh", "Kaur", "Kumar", "Sharma|Sarma"]),
}
F_FIRST = {"Sudanese", "Afghan"}  # surname-first order often written for these
REFERRERS = ["Police", "Salvation Army", "Local authority", "Self-referral", "NHS", "Home Office", "Barnardo's", "Hope for Justice",
             "Red Cross", "Outreach team", "Job centre", "GP"]
EXPLOIT = ["Labour", "Sexual", "Criminal", "Domestic servitude", "County lines", "Labour - car wash", "Labour - nail bar",
           "Cannabis cultivation", "Forced begging", "Mixed", "Unknown"]
OUTCOME = ["Positive CG", "Negative RG", "Positive RG", "Awaiting CG", "Withdrew", "Lost contact", "Moved area", "Ongoing", "Referred on"]
NOTES = ["", "", "", "", "interpreter needed", "re-referral?", "safeguarding concern", "DOB estimated", "age disputed",
         "no ID docs", "housing via NASS", "in detention at referral", "attended 2 appts", "phone number changed"]

def variants(s):
    return s.split("|")

def typo(rng, s):
    if len(s) < 3: return s
    i = rng.randrange(1, len(s) - 1)
    k = rng.randrange(4)
    if k == 0: return s[:i] + s[i + 1:]                      # deletion
    if k == 1: return s[:i] + s[i + 1] + s[i] + s[i + 2:]    # transposition
    if k == 2: return s[:i] + s[i] + s[i:]                   # doubling
    return s[:i] + rng.choice("aeiounrst") + s[i + 1:]       # substitution

def make_people(rng, n):
    nats = list(NAT); w = [NAT[k][0] for k in nats]
    people, pid = [], 0
    while len(people) < n:
        nat = rng.choices(nats, w)[0]
        _, lang, nb, mf, ff, sn = NAT[nat]
        sur = rng.choice(sn)
        k = 1
        if rng.random() < 0.08: k = rng.choice([2, 2, 3])      # siblings: same surname, close DOB
        base = dt.date(rng.randint(1965, 2007), rng.randint(1, 12), rng.randint(1, 28))
        for j in range(min(k, n - len(people))):
            pid += 1
            sex = rng.choice("MF") if nat not in ("Vietnamese", "Albanian", "Sudanese", "Afghan") else rng.choices("MF", [4, 1])[0]
            first = rng.choice(mf if sex == "M" else ff)
            dob = base if j == 0 else base + dt.timedelta(days=rng.choice([-1, 1]) * rng.randint(300, 2500))
            if rng.random() < 0.03: dob = base  # twins
            dob = min(dob, dt.date(2008, 12, 28)).replace(day=min(dob.day, 28))
            people.append(dict(pid="P%05d" % pid, nat=nat, lang=lang, sex=sex, first=first, sur=sur, dob=dob))
    return people

def fmt(d):
    return d.strftime("%d/%m/%Y")

def make_record(rng, p, when):
    nat = p["nat"]
    f = rng.choice(variants(p["first"])) if rng.random() < 0.25 else variants(p["first"])[0]
    s = rng.choice(variants(p["sur"])) if rng.random() < 0.25 else variants(p["sur"])[0]
    if rng.random() < 0.08: f = typo(rng, f)
    if rng.random() < 0.08: s = typo(rng, s)
    if rng.random() < (0.15 if nat in F_FIRST or nat in ("Vietnamese", "Chinese") else 0.04): f, s = s, f  # swapped order
    case = rng.random()
    if case < 0.12: s = s.upper()
    elif case < 0.15: f, s = f.lower(), s.lower()
    dob, note = p["dob"], rng.choice(NOTES)
    r = rng.random()
    if r < 0.12: dob = dt.date(dob.year + rng.choice([0, 0, -1, 1]), 1, 1)          # estimated
    elif r < 0.18: dob = dt.date(dob.year + rng.choice([-1, 1]), dob.month, dob.day)  # off by a year
    elif r < 0.21: dob = dt.date(dob.year, dob.day if dob.day <= 12 else dob.month, dob.month if dob.day <= 12 else dob.day)  # d/m swap
    dob_s = fmt(dob)
    if rng.random() < 0.05: dob_s = ""
    age = when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))
    age_s = str(age) if dob_s or rng.random() < 0.5 else ""
    if not dob_s and age_s and rng.random() < 0.4: age_s = "approx %d" % age
    sex = {"M": rng.choice(["M", "Male", "male", "M"]), "F": rng.choice(["F", "Female", "female", "F"])}[p["sex"]]
    if rng.random() < 0.10: sex = rng.choice(["", "", "Unknown", "?"])
    nat_s = p["nat"]
    if rng.random() < 0.06: nat_s = rng.choice(NAT[nat][2])
    elif rng.random() < 0.15: nat_s = {"British": "UK", "Vietnamese": "Vietnam", "Albanian": "Albania", "Eritrean": "Eritrea",
        "Sudanese": "Sudan", "Romanian": "Romania", "Afghan": "Afghanistan", "Iraqi": "Iraq", "Nigerian": "Nigeria",
        "Chinese": "China", "Polish": "Poland", "Indian": "India"}[nat]
    if rng.random() < 0.02: nat_s = ""
    lang = p["lang"] if rng.random() > 0.1 else rng.choice(["", "English", p["lang"] + " (some English)"] if p["lang"] != "English" else ["", "Eng", "english"])
    start = when + dt.timedelta(days=rng.randint(0, 40)) if rng.random() < 0.85 else None
    end = start + dt.timedelta(days=rng.randint(20, 500)) if start and rng.random() < 0.7 else None
    if end and end > dt.date(2024, 12, 31): end = None
    return [None, f, s, dob_s, age_s, sex, nat_s, lang, fmt(when), rng.choice(REFERRERS), rng.choice(EXPLOIT),
            fmt(start) if start else "", fmt(end) if end else "", rng.choice(OUTCOME) if end or rng.random() < 0.4 else "", note]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1000); ap.add_argument("--seed", type=int, default=2110)
    ap.add_argument("--out", default="data.csv"); ap.add_argument("--truth", default="truth.csv")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    people, rows = make_people(rng, a.people), []
    d0, span = dt.date(2018, 1, 1), (dt.date(2024, 12, 31) - dt.date(2018, 1, 1)).days
    for p in people:
        n = rng.choices([1, 2, 3, 4, 5, 6, 8], [45, 25, 14, 8, 4, 3, 1])[0]
        first = d0 + dt.timedelta(days=rng.randint(0, span))
        dates = [first]
        for _ in range(n - 1):  # re-referrals over the following years
            dates.append(min(dates[-1] + dt.timedelta(days=rng.randint(14, 900)), dt.date(2024, 12, 31)))
        for when in dates:
            rows.append((when, p["pid"], make_record(rng, p, when)))
    rows.sort(key=lambda r: (r[0], r[1]))
    seq = {}
    for when, pid, rec in rows:
        seq[when.year] = seq.get(when.year, 0) + 1
        rec[0] = "OR-%d-%03d" % (when.year, seq[when.year])
    groups = ["Client details"] + [""] * 7 + ["Referral", "", "", "Support", "", "", "Other"]
    cols = ["Ref", "First name", "Surname", "DOB", "Age", "Gender", "Nationality", "Language", "Referral date",
            "Referred by", "Exploitation type", "Support start", "Support end", "Outcome", "Notes"]
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Outreach referrals 2018-2024 - CONFIDENTIAL"] + [""] * 14)
        w.writerow([""] * 15); w.writerow(groups); w.writerow(cols)
        for _, _, rec in rows: w.writerow(rec)
    with open(a.truth, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["record_id", "person_id"])
        for _, pid, rec in rows: w.writerow([rec[0], pid])

if __name__ == "__main__":
    main()
