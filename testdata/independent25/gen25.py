#!/usr/bin/env python3
"""gen25: synthetic pooled export of records about child victims of modern slavery
(ICTG guardianship service + local-authority children's services + youth offending teams).
All names/IDs are invented.  Standard library only.
usage: python3 gen25.py --people N --seed S --out data.csv --truth truth.csv"""
import argparse, csv, random, unicodedata
from datetime import date, timedelta

START, LAST_T0, END, EPOCH = date(2016, 1, 1), date(2023, 12, 31), date(2024, 12, 31), date(1900, 1, 1)
W = lambda s: s.split()

# ---------------------------------------------------------------- name material
VN_FAM = [("Nguyen", "Nguyễn", 38), ("Tran", "Trần", 11), ("Le", "Lê", 9), ("Pham", "Phạm", 7), ("Hoang", "Hoàng", 5),
          ("Phan", "Phan", 4), ("Vu", "Vũ", 4), ("Dang", "Đặng", 2), ("Bui", "Bùi", 2), ("Do", "Đỗ", 2), ("Ho", "Hồ", 2),
          ("Ngo", "Ngô", 1), ("Duong", "Dương", 1), ("Ly", "Lý", 1)]
VN_MID = {"M": [("Văn", 70), ("Đức", 10), ("Minh", 8), ("Quốc", 6), ("Hữu", 6)],
          "F": [("Thị", 75), ("Ngọc", 10), ("Thu", 8), ("Kim", 7)]}
VN_GIV = {"M": W("Hùng Tuấn Dũng Long Nam Phúc Quang Cường Thành Huy Khánh Bình Sơn Hiếu Duy Tùng Hải Đạt Kiên Thắng"),
          "F": W("Lan Linh Hương Mai Trang Hoa Thảo Anh Nhung Hằng Vy Ngân")}
VN_EN = W("Tony Kevin Jimmy Peter David Henry Jack Lily Anna Kelly")
AL = {"M": W("Arben Ermal Kledi Besnik Dritan Endrit Erion Fatjon Gentian Klevis Marsel Olsi Redon Sokol Xhuljan Ardit "
             "Elton Blerim Ergys Arlind Denis Mariglen Rigers Lulëzim"), "F": W("Anisa Klea Jonida Elona Ervisa Megi Xhesika")}
AL_SN = W("Hoxha Krasniqi Shehu Gashi Berisha Dervishi Leka Marku Kola Xhafa Çela Dushku Meta Prifti Lleshi Bregu Zeneli "
          "Hasani Doçi Mema Kuçi Zeqiri Bajraktari Hysa")
ER = {"M": W("Filmon Yonas Dawit Samuel Merhawi Robel Henok Biniam Abel Yosief Tesfalem Mussie Amanuel Natnael Efrem Aron "
             "Semere Yafet"), "F": W("Senait Helen Luwam Selam Saba Ruta Hiwet Eden Winta Feven")}
ER_FA = W("Tesfay Gebremedhin Haile Yohannes Mebrahtu Ghebreyesus Kahsay Tekle Berhane Woldu Andemariam Habte Asmerom "
          "Ghirmay Tewelde Kidane Tsegay Measho Negash Zerai")
SD = {"M": W("Mohamed Ahmed Abdelrahman Osman Ibrahim Adam Yousif Ismail Hamza Mustafa Abdallah Omer Khalid Musa Elsadig "
             "Hussein Mohanad Mujahid"), "F": W("Fatima Amna Mariam Hawa")}
SD_FA = W("Adam Ishag Abakar Yahya Haroun Suleiman Hassan Ali Osman Abdalla Idris Eltayeb Elhadi Mohamed Ahmed Ibrahim "
          "Yagoub Juma")
AF = {"M": W("Mohammad Ahmad Ali Hamid Jawad Sohail Naveed Farhad Rahmatullah Zabihullah Samiullah Noorullah Habib Bilal "
             "Wahid Idrees Hekmat Mujtaba Shafiq Nasir Omid Asadullah"), "F": W("Zainab Maryam Nargis")}
AF_TRIBE = W("Ahmadzai Popal Stanikzai Safi Amiri Hussaini Rahimi Sultani Noori Karimi Mohammadi Niazi Sadat Shinwari "
             "Wardak Mangal Zadran Hotak Jalali Azizi")
AF_FA = W("Gul Jan Rahim Karim Nabi Zaman Mohammad Ahmad Hamid Habib Wahid")
KU = {"M": W("Karwan Rebin Hemin Aram Dilshad Shvan Rekar Hawre Zana Sirwan Hogr Ako"), "F": W("Shilan Avin")}
KU_SN = W("Ahmed Mohammed Rashid Karim Aziz Hama Qadir Omar Salih Hussein Othman Faraj")
BR = {"M": W("Joshua Callum Jayden Tyler Reece Kyle Liam Connor Mason Leon Jordan Ethan Harvey Alfie Dylan Marcus Tyrese "
             "Andre Ryan Jamal Kian Lewis Daniel Thomas Michael Anthony Nathaniel Samuel Benjamin Kai Bradley Jake Elijah"),
      "F": W("Chloe Demi Leah Jade Shannon Kayla Ellie Paige Courtney Amber Rebecca Jessica Natasha Tia")}
BR_SHORT = dict(Joshua="Josh", Callum="Cal", Daniel="Danny", Thomas="Tom", Michael="Mikey", Anthony="Ant",
                Nathaniel="Nathan", Samuel="Sam", Benjamin="Ben", Bradley="Brad", Elijah="Eli", Rebecca="Becky",
                Jessica="Jess", Natasha="Tash")
BR_SN = W("Smith Jones Williams Brown Taylor Davies Evans Thomas Johnson Roberts Walker Wright Robinson Thompson White "
          "Hughes Edwards Green Hall Wood Harris Clarke Campbell Francis Grant Reid Mensah Osei Okafor Adeyemi Morgan "
          "Lewis Kelly Murphy O'Brien McDonald Richards Henry Bailey Stewart Simpson")
STREET = ["Tiny", "Lil K", "Ghost", "Smurf", "Blade", "Shorty", "Skinny", "Youngin", "Ratty", "Bugsy", "T-Bone", "Zee",
          "Dizzy", "Nutty", "Scrappy", "Little T", "Snoopy", "Rocket", "Stretch", "Bambi", "Spider", "Ace", "Junior", "Milly"]
VAR = {}  # spelling / transliteration variants (symmetric lookup built below)
for grp in ["Xhuljan Xhulian Julian", "Erion Erjon", "Klevis Klevi", "Xhesika Xhesica Jesika", "Rigers Rixhers",
            "Mariglen Mariglenn", "Hoxha Hoxhaj", "Shehu Shehaj", "Leka Lekaj", "Kola Kolaj", "Lleshi Lleshaj",
            "Tesfay Tesfai Tesfaye", "Gebremedhin Ghebremedhin Gebre-Medhin Gebremedin", "Haile Hayle",
            "Yohannes Yohanes Johannes", "Mebrahtu Mibrahtu Mebrahitu", "Ghebreyesus Gebreyesus Ghebre-Yesus",
            "Kahsay Kahsai", "Tekle Teklay", "Berhane Berhe Birhane", "Woldu Weldu", "Andemariam Andemarian",
            "Habte Habtay", "Ghirmay Ghirmai Girmay", "Tsegay Tsegai", "Zerai Zeray", "Yosief Yoseph Yosef Joseph",
            "Dawit Dawid", "Filmon Filimon", "Henok Hanok", "Biniam Biniyam Binyam", "Mussie Musie", "Amanuel Amanual",
            "Natnael Natnail", "Efrem Ephrem", "Merhawi Merhawie", "Senait Senayt", "Hiwet Hewet", "Luwam Lwam",
            "Mohamed Mohammed Muhammad Mohamad Mohammad", "Ahmed Ahmad", "Abdelrahman Abdulrahman Abdel-Rahman Abdalrahman",
            "Osman Othman Usman", "Yousif Yousef Yusuf", "Mustafa Mostafa Mustapha", "Abdallah Abdullah Abdalla",
            "Omer Omar", "Khalid Khaled", "Musa Mousa Moussa", "Ishag Ishaq Ishaag Eshag", "Abakar Abaker Abubakar",
            "Yahya Yahia Yehia", "Haroun Harun Haroon", "Suleiman Sulaiman Soliman", "Hassan Hasan", "Idris Idriss Edris Idrees",
            "Eltayeb Altayeb Al-Tayeb", "Elhadi Alhadi", "Yagoub Yacoub Yaqub", "Hussein Hussain Husain",
            "Elsadig Alsadig Elsiddig", "Juma Jumaa Gumaa", "Mohammad Mohammed Muhammad Mohamad Mohd", "Naveed Navid Naweed",
            "Rahmatullah Rahmatulla Rahmat-Ullah", "Zabihullah Zabiullah Zabihulla", "Samiullah Samiulla Sami-Ullah",
            "Noorullah Nurullah", "Hekmat Hikmat", "Asadullah Asadulla", "Hussaini Husseini Hosseini",
            "Noori Nuri Nouri", "Sohail Suhail Sohel", "Omid Umid", "Shafiq Shafeeq Shafik", "Nasir Naseer",
            "Mujtaba Mojtaba", "Shvan Shivan Shwan", "Hawre Hawri", "Hogr Hogir", "Qadir Kadir Qader", "Salih Saleh",
            "Rebin Rebeen", "Sirwan Serwan", "Jayden Jaden Jaiden", "Reece Reese Rees", "Tyrese Tyreese Tyrece",
            "Leah Lea", "Shannon Shanon", "Clarke Clark", "O'Brien OBrien", "McDonald MacDonald Mcdonald",
            "Reid Reed", "Thompson Thomson", "Kian Keyan"]:
    g = grp.split()
    for x in g:
        VAR[x] = [y for y in g if y != x]

NATS = [("Vietnamese", 20), ("Albanian", 18), ("British", 24), ("Eritrean", 10), ("Sudanese", 10), ("Afghan", 11), ("Kurdish", 7)]
# nat: male share, P(ictg), P(missing), mean extra episodes, P(disappear|missing), P(reappear), P(yot), P(age dispute), P(01/01 claim)
P = {"Vietnamese": (.75, .75, .55, 1.5, .45, .7, .30, .25, .10), "Albanian": (.90, .65, .40, 1.0, .35, .6, .20, .20, .03),
     "Eritrean": (.65, .55, .20, .6, .25, .6, .02, .30, .30), "Sudanese": (.95, .50, .20, .6, .25, .5, .03, .35, .30),
     "Afghan": (.97, .50, .18, .6, .25, .5, .03, .35, .45), "Kurdish": (.92, .50, .25, .6, .30, .5, .05, .35, .20),
     "British": (.80, .45, .65, 2.5, .10, .8, .75, 0, 0)}
NAT_TXT = {"Vietnamese": ["Vietnamese", "Vietnam", "Viet Nam"], "Albanian": ["Albanian", "Albania"],
           "Eritrean": ["Eritrean", "Eritrea"], "Sudanese": ["Sudanese", "Sudan", "Sudani"],
           "Afghan": ["Afghan", "Afghanistan", "Afghani"], "British": ["British", "UK", "English"],
           "Iraqi": ["Iraqi", "Iraq", "Iraqi Kurdish"], "Iranian": ["Iranian", "Iran", "Iranian Kurdish"]}
MISNAT = {"Eritrean": "Ethiopian", "Sudanese": "Chadian", "Iranian": "Iraqi", "Iraqi": "Iranian"}  # mis-recorded
LANG = {"Vietnamese": [["Vietnamese"]], "Albanian": [["Albanian"]], "Eritrean": [["Tigrinya", "Tigrigna"]] * 9 + [["Tigre"]],
        "Sudanese": [["Arabic", "Arabic (Sudanese)"]], "Afghan": [["Pashto", "Pashtu"]] * 2 + [["Dari", "Farsi", "Persian"]],
        "British": [["English"]], "Kurdish": [["Kurdish Sorani", "Sorani", "Kurdish"]]}

# local authorities: id prefix, id digits, placement postcode districts
LAS = {"Kent": ("KCC", 7, W("ME14 ME15 ME16 CT1 CT9 CT16 CT20 TN23 TN24 DA11")), "Croydon": ("", 6, W("CR0 CR2 CR7 SE25 SE19")),
       "Hillingdon": ("HIL", 6, W("UB3 UB7 UB8 UB10 HA4")), "Portsmouth": ("PCC", 6, W("PO1 PO2 PO3 PO4")),
       "Lambeth": ("LBL", 7, W("SE11 SW2 SW9 SE27 SW16")), "Southwark": ("SWK", 7, W("SE1 SE5 SE15 SE16 SE22")),
       "Newham": ("NEW", 6, W("E6 E7 E12 E13 E15 E16")), "Tower Hamlets": ("TH", 7, W("E1 E2 E3 E14")),
       "Birmingham": ("BCC", 8, W("B6 B8 B10 B11 B20 B21 B44")), "Manchester": ("MCC", 7, W("M8 M9 M11 M13 M14 M40")),
       "Liverpool": ("LCC", 7, W("L4 L6 L8 L11 L13")), "Leeds": ("LDS", 7, W("LS7 LS8 LS9 LS11 LS12")),
       "Bristol": ("BRS", 6, W("BS2 BS4 BS5 BS13")), "Newcastle upon Tyne": ("NCL", 6, W("NE4 NE5 NE6 NE15")),
       "Nottingham": ("NCC", 6, W("NG3 NG5 NG7 NG8")), "Hampshire": ("HCC", 7, W("SO50 GU14 RG21 PO9 SO40")),
       "Norfolk": ("NFK", 7, W("NR1 NR2 NR3 NR30 PE30")), "Essex": ("ECC", 7, W("CM1 SS1 CO1 CM20 SS14")),
       "Cardiff": ("CDF", 6, W("CF3 CF5 CF11 CF24"))}
INTAKE = [("Kent", 40), ("Croydon", 25), ("Hillingdon", 15), ("Portsmouth", 8)]
CL_HOME = W("Lambeth Southwark Newham Croydon Birmingham Liverpool Manchester Leeds Nottingham Bristol Cardiff") + ["Tower Hamlets", "Newcastle upon Tyne"]
CL_DEST = ["Norfolk", "Essex", "Hampshire", "Kent", "Portsmouth", "Cardiff", "Bristol", "Nottingham"]


def fold(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def age(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.rows, self.used = [], set()

    # ------------------------------------------------------------ helpers
    def wc(self, pairs):
        return self.r.choices([a for a, _ in pairs], [b for _, b in pairs])[0]

    def days(self, d, a, b):
        return d + timedelta(days=self.r.randint(a, b))

    def var(self, x, p):
        return self.r.choice(VAR[x]) if x in VAR and self.r.random() < p else x

    def uid(self, fmt):
        while True:
            s = fmt()
            if s not in self.used:
                self.used.add(s)
                return s

    def ho_ref(self, initial):
        return self.uid(lambda: (fold(initial)[:1].upper() or "X") + "%07d" % self.r.randint(1000000, 9999999))

    def nhs(self):
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                s = "".join(map(str, d + [c]))
                if s not in self.used and s[0] != "0":
                    self.used.add(s)
                    return s

    def typo(self, s):
        if len(s) < 4:
            return s
        r, i = self.r, self.r.randrange(1, len(s) - 1)
        k = r.random()
        if k < .3:
            return s[:i] + s[i + 1:]
        if k < .55:
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if k < .75:
            return s[:i] + s[i] + s[i:]
        return s[:i] + r.choice("aeiounrslt") + s[i + 1:]

    # ------------------------------------------------------------ people
    def make_group(self):
        r = self.r
        nat = self.wc(NATS)
        size = 1
        if r.random() < (.04 if nat == "British" else .10):
            size = 2 if r.random() < .8 else 3
        t0 = self.days(START, 0, (LAST_T0 - START).days)
        la0 = r.choice(CL_HOME) if nat == "British" else (self.wc(INTAKE) if r.random() < .85 else r.choice(list(LAS)))
        base, grp = None, []
        for k in range(size):
            p = self.person(nat, t0, la0, base, twin=(k > 0 and r.random() < .25), taken=[q.key for q in grp])
            base = base or p
            grp.append(p)
        return grp

    def person(self, nat, t0, la0, sib, twin, taken):
        r, p = self.r, type("Person", (), {})()
        p.nat, p.t0, p.la0 = nat, t0, la0
        p.g = "M" if r.random() < P[nat][0] else "F"
        p.natlabel = r.choice(["Iraqi", "Iraqi", "Iranian"]) if nat == "Kurdish" else nat
        p.lang = r.choice(LANG[nat])
        g = p.g
        if nat == "Vietnamese":
            f = sib.fam if sib else self.wc([((a, b), w) for a, b, w in VN_FAM])
            p.fam, p.mid, p.giv = f, (sib.mid if sib and sib.g == g else self.wc(VN_MID[g])), r.choice(VN_GIV[g])
            while p.giv in taken:
                p.giv = r.choice(VN_GIV[g])
            p.alias_giv, p.en = r.choice(VN_GIV[g]), (r.choice(VN_EN) if r.random() < .2 else "")
        elif nat == "Albanian":
            p.fn, p.sn = r.choice(AL[g]), (sib.sn if sib else r.choice(AL_SN))
            p.father, p.alias_sn = (sib.father if sib else r.choice(AL["M"])), r.choice(AL_SN)
        elif nat in ("Eritrean", "Sudanese", "Kurdish"):
            names = {"Eritrean": (ER, ER_FA), "Sudanese": (SD, SD_FA), "Kurdish": (KU, KU_SN)}[nat]
            p.fn = r.choice(names[0][g])
            p.father, p.gf = (sib.father, sib.gf) if sib else (r.choice(names[1]), r.choice(names[1]))
        elif nat == "Afghan":
            p.fn = r.choice(AF[g])
            p.tribe = sib.tribe if sib else (r.choice(AF_TRIBE) if r.random() < .6 else "")
            p.father = sib.father if sib else r.choice(AF_FA)
        else:
            p.fn = r.choice(BR[g])
            p.sn = sib.sn if sib and r.random() < .8 else r.choice(BR_SN)
            p.sn2 = r.choice(BR_SN) if r.random() < .08 else ""
            p.alt_sn = r.choice(BR_SN) if r.random() < .12 else ""
            p.street = r.choice(STREET) if r.random() < .5 else ""
        if nat != "Vietnamese":
            while p.fn in taken:  # siblings never share a forename
                p.fn = r.choice((AL if nat == "Albanian" else ER if nat == "Eritrean" else SD if nat == "Sudanese"
                                 else AF if nat == "Afghan" else KU if nat == "Kurdish" else BR)[g])
        p.key = p.giv if nat == "Vietnamese" else p.fn
        if twin:
            p.claimed = sib.claimed
        else:
            ages = {"British": [(12, 1), (13, 2), (14, 3), (15, 4), (16, 3), (17, 1)],
                    "Vietnamese": [(13, 1), (14, 2), (15, 3), (16, 4), (17, 3)]}.get(nat, [(14, 1), (15, 3), (16, 5), (17, 4)])
            a = self.wc(ages)
            dob = self.days(add_years(t0, -(a + 1)), 1, 364)
            if sib:
                dob = self.days(add_years(sib.claimed, r.choice([-2, -1, 1, 1, 2, 3])), -150, 150)
                if not 11 <= age(dob, t0) <= 17:
                    dob = self.days(add_years(t0, -r.choice([12, 13, 14, 15, 16])), 1, 364)
            if r.random() < P[nat][8]:
                dob = date(dob.year, 1, 1)
            p.claimed = dob
        p.cstatus = "verified" if nat == "British" and r.random() < .7 else ("" if nat == "British" else "claimed")
        p.dispute = r.random() < P[nat][7]
        p.assessed = False
        p.ho = "" if nat == "British" else self.ho_ref(self.render(p, "HO")[1] or "X")
        p.nhs, p.nhs_from = self.nhs(), (EPOCH if nat == "British" else self.days(t0, 20, 120))
        p.in_care = nat != "British" or r.random() < .3
        return p

    # ------------------------------------------------------------ name rendering
    def render(self, p, source, shift=False):
        r, nat, s = self.r, p.nat, .3 if shift else 0
        ka = ""
        if nat == "Vietnamese":
            dia = r.random() < (.12 if source == "ICTG" else .04)
            fam, mid, giv = p.fam[1 if dia else 0], p.mid, p.giv
            if shift and r.random() < .3:
                giv = p.alias_giv
            if shift and r.random() < .12:
                fam = self.wc([((a, b), w) for a, b, w in VN_FAM])[1 if dia else 0]
            if not dia:
                mid, giv = fold(mid), fold(giv)
            o = self.wc([("A", 35 - 60 * s), ("B", 25), ("C", 12 + 20 * s), ("D", 8 + 10 * s), ("E", 6), ("F", 4)])
            fn, sn = {"A": (f"{mid} {giv}", fam), "B": (giv, fam), "C": (f"{fam} {mid}", giv), "D": (fam, giv),
                      "E": (giv, f"{fam} {mid}"), "F": (mid + giv.lower(), fam)}[o]
            if p.en and r.random() < .4:
                ka = p.en
            elif o == "A" and r.random() < .1:
                ka = giv
        elif nat == "Albanian":
            fn, sn = self.var(p.fn, .15 + s), self.var(p.sn, .08)
            if p.g == "M" and fn[-1] not in "aeiouë" and r.random() < .12:
                fn += "i"  # definite form, e.g. Arben -> Arbeni
            if r.random() < .1:
                fn = f"{fn} {p.father}"
            if shift and r.random() < .15:
                sn = p.alias_sn
            if r.random() < .85:
                fn, sn = fold(fn), fold(sn)
        elif nat in ("Eritrean", "Sudanese", "Kurdish"):
            fn, f, gf = self.var(p.fn, .25 + s), self.var(p.father, .3 + s), self.var(p.gf, .3)
            fn, sn = self.wc([((fn, f), 70), ((fn, f"{f} {gf}"), 12), ((f"{fn} {f}", gf), 8), ((fn, gf), 5), ((f, fn), 5)])
        elif nat == "Afghan":
            fn, f = self.var(p.fn, .3 + s), self.var(p.father, .2)
            if p.tribe:
                fn, sn = self.wc([((fn, self.var(p.tribe, .2)), 70), ((fn, f), 12), ((fn, ""), 10), ((p.tribe, fn), 8)])
            else:
                fn, sn = self.wc([((fn, f), 45), ((fn, ""), 35), ((fn, "Unknown"), 10), ((f"{fn} {f}", ""), 10)])
        else:
            fn = BR_SHORT.get(p.fn, p.fn) if r.random() < (.5 if source == "YOT" else .25) else p.fn
            fn, sn = self.var(fn, .1), self.var(p.sn, .08)
            if shift and r.random() < .15:
                fn = r.choice(BR[p.g])  # false name given to police
            if p.sn2:
                sn = self.wc([(f"{sn}-{p.sn2}", 50), (f"{sn} {p.sn2}", 10), (sn, 20), (p.sn2, 20)])
            if p.alt_sn and r.random() < .15:
                sn = p.alt_sn
            if p.street and r.random() < {"YOT": .7, "ICTG": .5}.get(source, .35):
                ka = r.choice(["aka {}", "{}", "AKA {}", "'{}'", "known as {}", "street name {}"]).format(p.street)
        if shift and not ka and r.random() < .1 and hasattr(p, "last_name"):
            ka = p.last_name  # previous LA's name noted as alias
        return fn, sn, ka

    # ------------------------------------------------------------ source records & rows
    def src(self, p, source, la, shift=False):
        r = self.r
        s = type("Src", (), {})()
        s.source, s.la, s.shift = source, la, shift
        if source == "ICTG":
            s.spid = self.uid(lambda: "ICTG%06d" % r.randint(100000, 999999))
        elif source == "YOT":
            s.spid = self.uid(lambda: "YJ%s-%05d" % (la.replace(" ", "")[:3].upper(), r.randint(10000, 99999)))
        else:
            pre, n, _ = LAS[la]
            s.spid = self.uid(lambda: pre + str(r.randint(10 ** (n - 1), 10 ** n - 1)))
        s.fn, s.sn, s.ka = self.render(p, source, shift)
        s.upper = r.random() < {"LA": .35, "YOT": .5}.get(source, 0)
        k = r.random()
        s.nat = "" if k < .03 else MISNAT.get(p.natlabel, p.natlabel) if k < .06 else (
            r.choice(NAT_TXT[p.natlabel][1:]) if k < .25 else p.natlabel)
        s.lang = "" if r.random() < .04 else (r.choice(p.lang) if r.random() < .25 else p.lang[0])
        s.ho = p.ho if r.random() < {"ICTG": .75, "LA": .65}.get(source, .35) else ""
        s.has_nhs = r.random() < {"ICTG": .15, "LA": .7}.get(source, .4)
        s.nhs_sp = r.random() < .7
        s.keeps_claimed = source == "ICTG" and r.random() < .4
        s.first_age = None
        s.shared = r.random() > .1  # ~10% of source records never reached the pooled extract
        p.last_name = f"{s.fn} {s.sn}".strip()
        return s

    def dob_at(self, tl, d, s):
        dob, st = tl[0][1], tl[0][2]
        for frm, x, y in tl[1:]:
            if d >= frm:
                if y == "assessed" and s.keeps_claimed:
                    st = "claimed (disputed)"
                else:
                    dob, st = x, y
        return dob, st

    def emit(self, p, s, ph, d, event, la=None, police=False):
        r = self.r
        if d > END or not s.shared or r.random() < .04:  # 4% of rows lost in extraction
            return
        dob, st = self.dob_at(ph["tl"], d, s)
        if s.source == "YOT" and p.nat == "Vietnamese" and r.random() < .3:
            dob, st = date(d.year - r.choice([15, 16, 17]), 1, 1), "estimated"
        fn, sn, ka = (s.fn, s.sn, s.ka) if r.random() > .04 else self.render(p, s.source, s.shift)
        fn = self.typo(fn) if r.random() < .025 else fn
        sn = self.typo(sn) if r.random() < .025 else sn
        if s.upper:
            sn = sn.upper()
            fn = fn.upper() if s.source == "YOT" else fn
        if s.first_age is None:
            s.first_age = age(dob, d)
        g = p.g if r.random() > .008 else {"M": "F", "F": "M"}[p.g]
        g = {"M": "Male", "F": "Female"}[g] if s.source == "ICTG" else g
        nhs = p.nhs if s.has_nhs and d >= p.nhs_from else ""
        if nhs and s.nhs_sp:
            nhs = f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
        ho = s.ho if r.random() > .02 or not s.ho else s.ho[0] + self.typo(s.ho[1:])
        a = age(dob, d)
        if r.random() < .015 and dob.day <= 12:
            dob = date(dob.year, dob.day, dob.month)
        elif r.random() < .01:
            dob = date(dob.year + r.choice([-1, 1, 10]), dob.month, min(dob.day, 28))
        dobs = "" if r.random() < .02 else dob.strftime("%d/%m/%Y")
        row = dict(source=s.source, source_person_id=s.spid, forename=fn, surname=sn, known_as=ka, dob=dobs,
                   dob_status=st if dobs else "", age_at_first_contact=s.first_age, gender=g, nationality=s.nat,
                   first_language=s.lang, local_authority=la or ph["la"], postcode_district=self.pc_at(ph, d),
                   ho_ref=ho, nhs_number=nhs, event_type=event, event_date=d.strftime("%d/%m/%Y"), _pid=p.pid)
        if police:  # missing-person notification: first name + approximate age only
            first = fold(s.fn).split()[-1] if p.nat == "Vietnamese" else s.fn.split()[0]
            row.update(source_person_id="", forename=first, surname="", dob="", dob_status="", ho_ref="",
                       nhs_number="", nationality=s.nat if r.random() < .5 else "", first_language="",
                       known_as=f"aka {p.street}" if p.nat == "British" and p.street and r.random() < .5 else "",
                       age_at_first_contact="approx %d" % (a + r.choice([-1, 0, 0, 1])))
        self.rows.append(row)

    def pc_at(self, ph, d):
        pc = ph["pcs"][0][1]
        for frm, x in ph["pcs"]:
            if d >= frm:
                pc = x
        return pc

    def phase(self, la, t, tl):
        r = self.r
        pcs = [(EPOCH, r.choice(LAS[la][2]))]
        for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
            other = la if r.random() < .85 else r.choice(list(LAS))
            pcs.append((self.days(t, 30, 900), r.choice(LAS[other][2])))
        pcs.sort()
        return {"la": la, "pcs": pcs, "tl": tl}

    # ------------------------------------------------------------ life course
    def simulate(self, p):
        r, prm = self.r, P[p.nat]
        t, la, reason, shift = p.t0, p.la0, "first", False
        tl = [(EPOCH, p.claimed, p.cstatus)]
        ictg, ictg_on, yot = None, r.random() < prm[1], r.random() < prm[6]
        for _ in range(6):
            if t > END:
                return
            ph = self.phase(la, t, tl)
            lar = self.src(p, "LA", la, shift)
            E = lambda s, d, ev, **k: self.emit(p, s, ph, d, ev, **k)
            if reason == "reappear" and p.nat in ("Vietnamese", "Albanian") and r.random() < .5:
                y = self.src(p, "YOT", la, True)
                for k, ev in enumerate(["Arrest - cannabis cultivation", "NRM referral (police first responder)",
                                        "Referral to YOT", "No further action - s45 defence / NRM"]):
                    if k < 2 or r.random() < .5:
                        E(y, self.days(t, -2 + 4 * k, 12 * k), ev)
            if p.nat == "British":
                E(lar, t, "Referral - child criminal exploitation" if reason == "first" else "Contact - found out of area")
                for ev, pr in [("Strategy meeting (CCE)", .5), ("Child in need plan", .35), ("Child protection plan", .15)]:
                    if r.random() < pr:
                        E(lar, self.days(t, 2, 40), ev)
                if p.in_care:
                    E(lar, self.days(t, 5, 200), "Accommodated (s20)")
            else:
                E(lar, t, {"first": "Initial contact - UASC", "nts": "NTS transfer in", "tribunal": "Accepted as child - tribunal",
                           "reappear": "Initial contact - UASC"}[reason])
                if reason != "tribunal":
                    E(lar, self.days(t, 0, 3), "Accommodated (s20)")
            if reason == "first" and p.nat != "British" and la in dict(INTAKE) and r.random() < .35:
                d = self.days(t, 10, 60)
                E(lar, d, "NTS transfer out")
                t, la, reason = self.days(d, 0, 3), r.choice([x for x in LAS if x not in dict(INTAKE)]), "nts"
                continue
            if ictg_on and age(tl[-1][1], t) < 18:
                if ictg is None or (reason == "reappear" and r.random() < .4):
                    ictg = self.src(p, "ICTG", la, shift)
                    d = self.days(t, 3, 60)
                    E(ictg, d, "ICTG referral")
                    E(ictg, self.days(d, 0, 10), "NRM referral")
                    if r.random() < .7:
                        E(ictg, self.days(d, 5, 45), "Reasonable grounds decision - positive")
                    if r.random() < .4:
                        E(ictg, self.days(d, 180, 700), "Conclusive grounds decision - " + r.choice(["positive", "positive", "negative"]))
                elif r.random() < .6:
                    E(ictg, self.days(t, 0, 30), "Change of local authority")
            start = t
            if p.dispute and not p.assessed:
                p.assessed = True
                a = self.days(t, 20, 200)
                k = r.random()
                if k < .45:
                    adob = date(a.year - r.choice([18, 19, 19, 20]), 1, 1)
                elif k < .7:
                    adob = self.days(add_years(a, -18), -500, 0)
                else:
                    adob = date(tl[-1][1].year - r.choice([1, 2]), 1, 1)
                tl.append((a, adob, "assessed"))
                E(lar, a, "Age assessment (Merton)")
                if ictg and r.random() < .5:
                    E(ictg, self.days(a, 1, 20), "Age assessment outcome recorded")
                if age(adob, a) >= 18:
                    self.missing(p, ph, lar, ictg, t, a, False)
                    E(lar, self.days(a, 1, 14), "Case closed - assessed adult")
                    if ictg and r.random() < .6:
                        E(ictg, self.days(a, 5, 40), "Case closed - assessed adult")
                    if r.random() < .2:  # tribunal reverses the assessment
                        tr = self.days(a, 120, 420)
                        tl.append((tr, tl[0][1] if r.random() < .65 else date(tl[0][1].year - 1, r.randint(1, 12), 1), "tribunal"))
                        if r.random() < .6:
                            E(lar, tr, "Tribunal decision - age accepted")
                            start = tr
                        else:
                            t, la, reason, shift = tr, r.choice([x for x in LAS if x != la]), "tribunal", False
                            continue
                    elif r.random() < .25:  # reappears elsewhere claiming to be a child
                        t = self.days(a, 60, 400)
                        dob = self.days(add_years(t, -r.choice([16, 17])), 1, 364)
                        tl = [(EPOCH, date(dob.year, 1, 1) if r.random() < .3 else dob, "claimed")]
                        if r.random() < .6:
                            p.ho = self.ho_ref(fold(p.last_name.split()[-1]))
                        la, reason, shift = r.choice([x for x in LAS if x != la]), "reappear", True
                        continue
                    else:
                        return
            out = self.missing(p, ph, lar, ictg, start, END, True)
            dob18 = add_years(self.dob_at(tl, start, lar)[0], 18)
            if yot and start < dob18:
                yot = self.offend(p, ph, la, min(dob18, out or END), start)
            if ictg and ictg.la == la or ictg and r.random() < .5:
                for _ in range(r.choice([0, 1, 1, 2])):
                    d = self.days(start, 30, 500)
                    if d < min(dob18, out or END):
                        E(ictg, d, "Guardian visit")
            if out is None:
                if dob18 <= END and p.in_care:
                    dob18 = max(dob18, start)
                    E(lar, self.days(dob18, 0, 10), "Turned 18 - care leaver")
                    if ictg and r.random() < .7:
                        E(ictg, self.days(dob18, 0, 30), "Case closed - turned 18")
                    for k in range(r.choice([0, 0, 1, 1, 2, 3])):
                        E(lar, self.days(dob18, 90 + 180 * k, 180 + 180 * k), "Pathway plan review (care leaver)")
                return
            if r.random() >= prm[5]:
                return
            t = self.days(out, 30, 540)
            la, reason, shift = r.choice([x for x in LAS if x != la]), "reappear", True
            dob, st = tl[-1][1], tl[-1][2]
            if r.random() < (.15 if p.nat == "British" else .35):  # gives a different date of birth
                dob = r.choice(([] if p.nat == "British" else [date(dob.year, 1, 1)]) + [self.days(dob, -200, 200),
                               add_years(dob, r.choice([-1, 1]))])
                st = "claimed"
            if age(dob, t) >= 18:  # now an adult: gone from children's data unless they claim to be younger
                if p.nat == "British" or r.random() < .5:
                    return
                dob, st = self.days(add_years(t, -r.choice([16, 17])), 1, 364), "claimed"
            tl = [(EPOCH, dob, st)]
            if p.nat != "British" and r.random() < .25:
                p.ho = self.ho_ref(fold(p.last_name.split()[-1]))
            if r.random() < .3:
                p.nhs = self.nhs()

    def missing(self, p, ph, lar, ictg, t0, t1, may_vanish):
        """missing episodes between t0 and min(t1, 18th birthday); returns date child vanished (or None)"""
        r, prm = self.r, P[p.nat]
        end = min(t1, END, add_years(self.dob_at(ph["tl"], t0, lar)[0], 18))
        if r.random() >= prm[2] or end <= t0 + timedelta(days=10):
            return None
        k = 1 + min(8, int(r.expovariate(1 / prm[3])) if prm[3] else 0)
        ds = sorted(self.days(t0, 3, (end - t0).days) for _ in range(k))
        vanish = may_vanish and r.random() < prm[4]
        for i, d in enumerate(ds):
            self.emit(p, lar, ph, d, "Missing episode")
            if r.random() < .4:
                self.emit(p, lar, ph, self.days(d, 0, 1), "Missing episode - police notification", police=True)
            if ictg and r.random() < .5:
                self.emit(p, ictg, ph, self.days(d, 0, 3), "Missing episode reported")
            if vanish and i == len(ds) - 1:
                if r.random() < .7:
                    self.emit(p, lar, ph, self.days(d, 60, 120), "Case closed - missing, whereabouts unknown")
                if ictg and r.random() < .5:
                    self.emit(p, ictg, ph, self.days(d, 30, 120), "Case closed - lost contact")
                return d
            if r.random() < .6:
                self.emit(p, lar, ph, self.days(d, 1, 10), "Return home interview")
        return None

    def offend(self, p, ph, la, end, start):
        r = self.r
        if end <= start + timedelta(days=20):
            return True
        d = self.days(start, 10, (end - start).days)
        if p.nat == "British":
            home = self.src(p, "YOT", la)
            dest = r.choice([x for x in CL_DEST if x != la])
            if r.random() < .3:
                y2 = self.src(p, "YOT", dest, True)
                self.emit(p, y2, ph, d, "Arrest - PWITS Class A (county lines)", la=dest)
                self.emit(p, y2, ph, self.days(d, 1, 20), "Released under investigation", la=dest)
            evs = ["Arrest - PWITS Class A (county lines)", "Referral to YOT", "AssetPlus assessment",
                   "NRM referral (police first responder)", "Court outcome - referral order", "Arrest - further offence"]
            for k, ev in enumerate(evs):
                if k < 2 or r.random() < .45:
                    self.emit(p, home, ph, self.days(d, 5 * k, 60 * k), ev, la=dest if k == 0 else la)
        else:
            y = self.src(p, "YOT", la)
            for k, ev in enumerate(["Arrest - cannabis cultivation", "Referral to YOT", "NRM referral (police first responder)"]):
                if k == 0 or r.random() < .6:
                    self.emit(p, y, ph, self.days(d, 3 * k, 30 * k), ev)
        return False

    def run(self, n):
        people = []
        while len(people) < n:
            people += self.make_group()[: n - len(people)]
        for i, p in enumerate(people):
            p.pid = "P%05d" % (i + 1)
            self.simulate(p)
        rows = self.rows
        self.r.shuffle(rows)
        for row in rows:
            row["record_id"] = self.uid(lambda: "%010x" % self.r.getrandbits(40))
        return rows


COLS = ["record_id", "source", "source_person_id", "forename", "surname", "known_as", "dob", "dob_status",
        "age_at_first_contact", "gender", "nationality", "first_language", "local_authority", "postcode_district",
        "ho_ref", "nhs_number", "event_type", "event_date"]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="data.csv")
    ap.add_argument("--truth", default="truth.csv")
    a = ap.parse_args()
    rows = Gen(a.seed).run(a.people)
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLS, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    with open(a.truth, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id"])
        w.writerows([(x["record_id"], x["_pid"]) for x in rows])


if __name__ == "__main__":
    main()
