#!/usr/bin/env python3
"""gen39: synthetic stacked reintegration case lists.

A UK returns programme's own English sheet stacked with case lists exported by
partner NGOs in Albania, Viet Nam, Romania, Nigeria and Ethiopia (Eritrean and
Ethiopian returnees), under the union of their headers.  Everyone is invented.
Usage: python3 gen39.py --people N --seed S --out data.csv --truth truth.csv
"""
import argparse, csv, random, re, unicodedata
from datetime import date, timedelta

COLS = ["record_id", "source",
        "Surname", "Forename(s)", "DOB", "Sex", "Nationality", "HO Ref",                      # UK
        "Mbiemri", "Emri", "Atësia", "Datëlindja", "Gjinia", "Shtetësia", "Vendlindja", "Nr. Personal",
        "Họ và tên", "Ngày sinh", "Giới tính", "Quốc tịch", "Quê quán", "Số CCCD",
        "Nume", "Prenume", "Data nașterii", "Cetățenie", "Județ", "CNP",
        "Other Names", "Date of Birth", "State of Origin", "LGA", "NIN",
        "Full name", "Gender", "Place of Birth", "UNHCR No."]
SOURCES = ["UK", "NGO_AL", "NGO_VN", "NGO_RO", "NGO_NG", "NGO_ERET"]
HOME_SRC = {"AL": "NGO_AL", "VN": "NGO_VN", "RO": "NGO_RO", "NG": "NGO_NG", "ER": "NGO_ERET", "ET": "NGO_ERET"}
COUNTRY_MIX = [("AL", 28), ("VN", 24), ("RO", 15), ("NG", 18), ("ER", 10), ("ET", 5)]

# ---------------------------------------------------------------- name pools
AL_M = ("Arben Besnik Dritan Ermal Florian Gentian Ilir Klodian Lulzim Mirel Arjan Erion Renato Fatjon Kristi "
        "Endrit Adrian Bledar Sokol Gëzim Artan Redon Olsi Denis Ardit Jurgen Erjon Klevis Xhuljan Marsel Altin "
        "Elton Ervis Geri Indrit Kledi Orges Sajmir Xhevahir Ergys").split()
AL_F = ("Anila Blerta Elona Enkeleda Fatjona Jonida Klea Lindita Mirela Rozana Valbona Xhensila Arta Dorina "
        "Ermira Besjana Ornela Elisa Kejsi Alba Brunilda Eriona Greta Irena Juliana Megi Nertila Rovena Xhoana "
        "Ledia Drita Mimoza").split()
AL_FATHER = ("Agim Bashkim Fatmir Gëzim Hysen Kujtim Lulëzim Myftar Nazmi Petrit Qemal Ramiz Sabri Shpëtim "
             "Tomorr Xhevdet Ylli Zenel Astrit Bujar Çlirim Dashamir Fejzi Ndue Pjetër Gjon Luan Mehmet Hamit "
             "Përparim Flamur").split()
AL_SUR = ("Hoxha Shehu Dervishi Gjoka Kola Leka Marku Prifti Hasani Basha Çela Dushku Gjergji Kelmendi "
          "Krasniqi Mema Muça Nika Sula Tafaj Zeneli Xhafa Brahimi Llazi Duka Bregu Lika Meçe Ymeri Dedaj "
          "Zyberi Kërçiku Gjini Hysa Cani Bushati Lleshi Dibra Kuka Tahiri Alia Bajrami Cenaj Mulla Rexhepi "
          "Sokoli Ndoja Përmeti Gjeçi Hoti").split()
AL_PLACE = ["Tiranë", "Durrës", "Shkodër", "Elbasan", "Fier", "Vlorë", "Korçë", "Berat", "Kukës", "Lezhë",
            "Peshkopi", "Gjirokastër", "Laç", "Burrel", "Pukë", "Bajram Curri", "Lushnjë", "Kavajë"]

VN_SUR = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 2), ("Phan", 4),
          ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 1), ("Dương", 1), ("Lý", 1)]
VN_MID = {"M": ["Văn"] * 6 + "Đức Minh Quang Hữu Công Đình Xuân".split(),
          "F": ["Thị"] * 7 + "Ngọc Thu Thanh Hồng Kim".split()}
VN_GIV = {"M": ("Anh Hùng Dũng Tuấn Long Nam Hải Sơn Thắng Cường Phúc Quân Huy Khoa Tùng Đạt Hiếu Trung "
                "Mạnh Bình Lực Toàn Vinh Hoàng").split(),
          "F": "Lan Hương Mai Linh Trang Hoa Ngọc Thảo Hằng Nhung Phương Yến Vy Hà Huyền Loan Giang Oanh Quỳnh Tâm".split()}
VN_PROV = [("Nghệ An", "040", 30, "Yên Thành|Diễn Châu|Quỳnh Lưu|Nghi Lộc|Thanh Chương"),
           ("Hà Tĩnh", "042", 20, "Can Lộc|Thạch Hà|Kỳ Anh|Cẩm Xuyên|Đức Thọ"),
           ("Quảng Bình", "044", 12, "Bố Trạch|Quảng Trạch|Lệ Thủy"), ("Thanh Hóa", "038", 8, "Tĩnh Gia|Hoằng Hóa"),
           ("Hải Phòng", "031", 8, "Kiến An|Thủy Nguyên"), ("Quảng Ninh", "022", 5, ""), ("Nam Định", "036", 4, ""),
           ("Thái Bình", "034", 4, ""), ("Hà Nội", "001", 5, ""), ("Hải Dương", "030", 4, "")]

RO_SUR = ("Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Constantin Rusu Munteanu Lungu Mihai "
          "Ciobanu Moldovan Florea Dinu Marin Tudor Niculae Bălan Sârbu Țăranu Lăcătuș Căldăraru Stănescu Vasile "
          "Ene Dobre Barbu Nistor Ursu Zamfir Cojocaru Mocanu Oprea Stoian Preda Anghel Iordache Toma Neagu "
          "Rădulescu Voicu Șerban").split()
RO_GIV = {"M": ("Andrei Alexandru Ionuț Marian Florin Mihai Gheorghe Constantin Ștefan Cătălin Adrian Bogdan "
                "Costel Nicușor Răzvan Daniel Gabriel Marius Cosmin Sorin Vasile Dănuț Viorel Fănel").split(),
          "F": ("Maria Elena Ioana Andreea Alina Mihaela Florentina Georgiana Nicoleta Denisa Ramona Loredana "
                "Roxana Cristina Ana Larisa Bianca Daniela Gabriela Mădălina Petruța Lăcrămioara Violeta").split()}
RO_COUNTY = [("Bacău", "04"), ("Brăila", "09"), ("Botoșani", "07"), ("Călărași", "51"), ("Constanța", "13"),
             ("Dolj", "16"), ("Galați", "17"), ("Iași", "22"), ("Mureș", "26"), ("Neamț", "27"), ("Suceava", "33"),
             ("Teleorman", "34"), ("Vaslui", "37"), ("Argeș", "03"), ("Buzău", "10"), ("Olt", "28"), ("Giurgiu", "52")]

NG_STATES = [("Edo", 60, "Oredo|Egor|Ikpoba-Okha|Ovia North-East|Uhunmwonde|Esan West|Etsako West|Orhionmwon", "edo"),
             ("Delta", 14, "Oshimili South|Warri South|Ika South|Ethiope East", "edo"),
             ("Lagos", 8, "Alimosho|Ikeja|Mushin|Surulere", "yor"), ("Ogun", 5, "Abeokuta South|Ijebu Ode|Ado-Odo/Ota", "yor"),
             ("Anambra", 6, "Onitsha North|Awka South|Nnewi North", "igb"), ("Imo", 4, "Owerri Municipal|Orlu|Okigwe", "igb"),
             ("Kogi", 3, "Lokoja|Okene", "yor")]
NG_SUR = {"edo": ("Osagie Omoruyi Ehigiator Igbinedion Ogbeide Aigbe Iyamu Idahosa Uwaifo Osayande Omorodion Ekhator "
                  "Ighodaro Edosomwan Osemwegie Obazee Imade Uzamere Erhabor Eweka Oviasu Akhigbe Okoro").split(),
          "yor": "Adeyemi Ogunleye Balogun Ojo Adebayo Olaniyan Akinola Bakare Oladipo Ogunbiyi Adewale".split(),
          "igb": "Okafor Eze Okonkwo Nwachukwu Obi Okeke Nnadi Chukwu Onyeka Ibe".split()}
NG_ENG = {"F": ("Blessing Joy Precious Faith Gift Mercy Favour Peace Esther Grace Patience Success Happiness "
                "Comfort Loveth Glory Princess Victoria").split(),
          "M": "Godwin Emmanuel Samuel Daniel Friday Sunday Kingsley Lucky Prince Godspower Monday Destiny Victor Innocent Felix".split()}
NG_NAT = {("edo", "F"): "Osarumen Osasu Ivie Ese Itohan Omosede Ofure Izoduwa Eghe Efe Adesuwa Iyobosa Ehinome".split(),
          ("edo", "M"): "Osaro Efosa Eghosa Osazee Uyi Nosa Ehi Osaretin Osamudiamen Ikponmwosa Omoregie Aisosa".split(),
          ("yor", "F"): "Funmilayo Adunni Bukola Temitope Omolara Yetunde".split(),
          ("yor", "M"): "Tunde Segun Kayode Femi Olumide Babatunde".split(),
          ("igb", "F"): "Chioma Ngozi Adaeze Nneka Amaka Ifeoma".split(),
          ("igb", "M"): "Chinedu Ikenna Obinna Emeka Chukwuemeka Uchenna".split()}

TI_GIV = {"M": ("Yonas Dawit Samuel Mehari Tesfay Berhane Habtom Kidane Filmon Robel Merhawi Amanuel Yohannes Efrem "
                "Michael Henok Natnael Biniam Mussie Teklit Aron Awet Goitom").split(),
          "F": ("Senait Helen Selam Semhar Luwam Saba Mebrat Rahel Winta Hiwet Eden Feven Yordanos Ruta Tsega "
                "Freweyni Kisanet Meron Mhret Abeba Letekidan Tirhas Yohana").split()}
TI_ANC = ("Tesfamariam Gebremedhin Haile Tekle Woldemichael Ghebreyesus Kidane Berhe Abraha Teklehaimanot Mesfin "
          "Negash Asmerom Zeray Ghirmay Fessehaye Okbamichael Habte Gebreselassie Tewolde Weldu Measho Tesfay "
          "Mehari Yohannes Berhane Habtom Gebrehiwet Andemariam Kahsay Hagos Gebru Tsegay Araya Woldegiorgis").split()
TI_VAR = {"Tesfay": "Tesfaye Tesfai Tesfa", "Haile": "Hayle Hailé", "Tekle": "Teklay Tecle", "Yohannes": "Johannes Yohanes",
          "Berhe": "Berihu Brhe", "Tsegay": "Tsegai Tsegaye", "Mehari": "Mehary", "Kahsay": "Kahsai",
          "Ghirmay": "Girmay Ghirmai", "Zeray": "Zerai", "Senait": "Senayt Sennait", "Hiwet": "Hewet",
          "Mhret": "Mihret Meheret", "Tsega": "Tsige", "Freweyni": "Freweini Frewoyni", "Feven": "Feben",
          "Efrem": "Ephrem", "Filmon": "Philemon", "Biniam": "Biniyam Benjamin", "Mussie": "Musie Moses",
          "Yonas": "Jonas", "Dawit": "David", "Rahel": "Rachel", "Helen": "Hellen", "Amanuel": "Emmanuel",
          "Henok": "Enoch", "Natnael": "Nathaniel", "Michael": "Mikael", "Goitom": "Goitum", "Abraha": "Abreha",
          "Kidane": "Kidana Kidan", "Measho": "Measo", "Weldu": "Woldu", "Gebru": "Ghebru", "Habtom": "Habtome",
          "Berhane": "Birhane Berhani", "Araya": "Araia", "Teklit": "Tekelit", "Semhar": "Semhare", "Habte": "Habtay"}
TI_PLACE = {"ER": "Asmara Keren Mendefera Dekemhare Barentu Massawa".split() + ["Adi Keyh", "Adi Quala"],
            "ET": "Mekelle Adigrat Axum Shire Adwa Humera".split() + ["Addis Ababa"]}

UK_NAT = {"AL": ("Albanian", "Albania"), "VN": ("Vietnamese", "Viet Nam"), "RO": ("Romanian", "Romania"),
          "NG": ("Nigerian", "Nigeria"), "ER": ("Eritrean", "Eritrea"), "ET": ("Ethiopian", "Ethiopia")}
FAMILY = {"AL": ["sur", "father", "place"], "VN": ["sur", "prov", "place"], "RO": ["sur", "county"],
          "NG": ["sur", "state", "lga", "grp"], "ER": ["father", "grand", "place"], "ET": ["father", "grand", "place"]}
SAMENAME = {"AL": ["sur", "giv"], "VN": ["sur", "mid", "giv"], "RO": ["sur", "giv"], "NG": ["sur", "giv", "grp"],
            "ER": ["giv", "father"], "ET": ["giv", "father"]}


def wchoice(rng, items, k=1):
    return rng.choices(items, weights=[it[k] for it in items])[0]


def strip(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def typo(s, rng):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    i, op = rng.choice(idx[1:]), rng.random()
    if op < .3:
        return s[:i] + s[i + 1:]
    if op < .55 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .75:
        return s[:i] + s[i] + s[i:]
    c = rng.choice("aeioun" if s[i].lower() in "aeiou" else "rtnsmlkhd")
    return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]


def digit_typo(s, rng):
    i = rng.randrange(len(s))
    return s[:i] + str(rng.randrange(10)) + s[i + 1:] if s[i].isdigit() else s


# ---------------------------------------------------------------- people
def rand_dob(rng):
    y = max(1972, 2007 - int(abs(rng.gauss(0, 9))))
    return date(y, 1, 1) + timedelta(days=rng.randrange(365))


def fresh(rng, cc, sex):
    p = {"cc": cc, "sex": sex}
    if cc == "AL":
        p.update(sur=rng.choice(AL_SUR), giv=rng.choice(AL_M if sex == "M" else AL_F),
                 father=rng.choice(AL_FATHER), place=rng.choice(AL_PLACE))
    elif cc == "VN":
        prov = wchoice(rng, VN_PROV, 2)
        dist = prov[3].split("|") if prov[3] else []
        p.update(sur=wchoice(rng, VN_SUR)[0], mid=rng.choice(VN_MID[sex]), giv=rng.choice(VN_GIV[sex]), prov=prov,
                 place=(rng.choice(dist) + ", " if dist and rng.random() < .6 else "") + prov[0])
    elif cc == "RO":
        giv = rng.sample(RO_GIV[sex], 2 if rng.random() < .35 else 1)
        p.update(sur=rng.choice(RO_SUR), giv=giv, county=rng.choice(RO_COUNTY))
    elif cc == "NG":
        st = wchoice(rng, NG_STATES)
        grp, eng, nat = st[3], rng.choice(NG_ENG[sex]), rng.choice(NG_NAT[(st[3], sex)])
        giv = [eng] if rng.random() < .15 else ([eng, nat] if rng.random() < .7 else [nat, eng])
        p.update(sur=rng.choice(NG_SUR[grp]), giv=giv, state=st[0], lga=rng.choice(st[2].split("|")), grp=grp)
    else:
        fa, gf = rng.sample(TI_ANC, 2)
        p.update(giv=rng.choice(TI_GIV[sex]), father=fa, grand=gf,
                 place=rng.choice(TI_PLACE[cc if rng.random() < .9 else rng.choice("ER ET".split())]))
    return p


def make_person(rng, cc, base=None, kind=None):
    sex = base["sex"] if kind == "name" else rng.choice("MF")
    p = fresh(rng, cc, sex)
    p["dob"] = rand_dob(rng)
    if kind == "sib":
        for k in FAMILY[cc]:
            p[k] = base[k]
        while p["giv"] == base["giv"]:
            p["giv"] = fresh(rng, cc, sex)["giv"]
        if rng.random() < .08:          # twin
            p["dob"] = base["dob"]
        else:
            y = base["dob"].year + rng.choice([-1, 1]) * rng.randint(1, 7)
            p["dob"] = date(min(y, 2008), 1, 1) + timedelta(days=rng.randrange(365))
    elif kind == "name":
        for k in SAMENAME[cc]:
            p[k] = base[k]
    d, s = p["dob"], p["sex"]
    if cc == "AL":
        p["id"] = "%s%d%02d%02d%03d%s" % (chr(65 + (d.year - 1900) // 10), d.year % 10, d.month + (50 if s == "F" else 0),
                                          d.day, rng.randrange(1000), rng.choice("ABCDEFGHIJKLMNOPQRSTUVW"))
    elif cc == "VN":
        p["id"] = "%s%d%02d%06d" % (p["prov"][1], (2 if d.year >= 2000 else 0) + (s == "F"), d.year % 100, rng.randrange(10 ** 6))
    elif cc == "RO":
        body = "%d%02d%02d%02d%s%03d" % ((1 if s == "M" else 2) + (4 if d.year >= 2000 else 0), d.year % 100, d.month,
                                         d.day, p["county"][1], rng.randrange(1, 1000))
        c = sum(int(a) * int(b) for a, b in zip(body, "279146358279")) % 11
        p["id"] = body + str(1 if c == 10 else c)
    elif cc == "NG":
        p["id"] = str(rng.randrange(10 ** 10, 10 ** 11))
    else:
        p["id"] = "%03d-%02dC%05d" % (rng.choice([336, 345, 847, 851]), rng.randint(14, 23), rng.randrange(10 ** 5)) \
            if cc == "ER" and rng.random() < .8 else ""
    p["ho"] = rng.choice("BDGHKMSTV") + "%07d" % rng.randrange(10 ** 7)
    p["nat_uk"] = cc if rng.random() > .1 or cc not in ("ER", "ET") else {"ER": "ET", "ET": "ER"}[cc]
    return p


# ---------------------------------------------------------------- rendering helpers
def al_end(s, rng):  # Albanian definite/indefinite endings
    if s.endswith("aj"):
        return s[:-1] if rng.random() < .5 else s
    if s.endswith("i") and len(s) > 4:
        return s[:-1]
    if s.endswith(("a", "ë", "e")):
        return s[:-1] + rng.choice(["e", "ë", "a"] if s[-1] != "a" else ["e", "ë"])
    return s + "i"


def ti_var(tok, rng):
    opts = TI_VAR.get(tok, "").split()
    for pre, alts in (("Gebre", ["Ghebre", "Gebra", "Gebre "]), ("Ghebre", ["Gebre", "Ghebre "]),
                      ("Wolde", ["Welde", "Wolde "]), ("Tekle", ["Tecle", "Tekle "]), ("Tesfa", ["Tesfa "])):
        if tok.startswith(pre) and len(tok) > len(pre) + 2:
            rest = tok[len(pre):]
            opts += [a + (rest.capitalize() if a.endswith(" ") else rest) for a in alts]
    if tok.endswith("michael"):
        opts.append(tok.replace("michael", "mikael"))
    if tok.endswith("mariam"):
        opts.append(tok.replace("mariam", "maryam"))
    return rng.choice(opts) if opts else tok


def est_dob(p, rng, prob):
    """UK DOB: estimated 1 January (year often off) with probability prob, else true with small errors."""
    d = p["dob"]
    if rng.random() < prob:
        return "01/01/%d" % (d.year + rng.choices([0, -1, 1, -2, 2], [50, 18, 17, 8, 7])[0])
    if rng.random() < .03 and d.day <= 12:
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    s = "%02d/%02d/%d" % (d.day, d.month, d.year)
    return digit_typo(s, rng) if rng.random() < .02 else s


def ethiopian(d):  # approximate Ethiopian-calendar rendering of a Gregorian date
    ny = date(d.year, 9, 11)
    if d < ny:
        ny, y = date(d.year - 1, 9, 11), d.year - 8
    else:
        y = d.year - 7
    k = (d - ny).days
    return "%02d/%02d/%d" % (k % 30 + 1, min(k // 30 + 1, 13), y)


def home_dob(d, fmt, rng):
    if rng.random() < .03:
        return ""
    s = fmt % (d.day, d.month, d.year)
    return digit_typo(s, rng) if rng.random() < .015 else s


def maybe(s, rng, rate):
    return typo(s, rng) if s and rng.random() < rate else s


def render_uk(p, rng):
    cc, r = p["cc"], {"source": "UK"}
    if cc == "AL":
        sur = p["sur"].replace("Ç", "Ch" if rng.random() < .2 else "C")
        sur = al_end(sur, rng) if rng.random() < .25 else sur
        giv = p["giv"]
        if giv.startswith("Xh") and rng.random() < .3:
            giv = "J" + giv[2:]
        giv = al_end(giv, rng) if rng.random() < .1 else giv
        if rng.random() < .1:
            giv += " " + p["father"]
        sur, giv = (strip(sur), strip(giv)) if rng.random() < .93 else (sur, giv)
    elif cc == "VN":
        t = [p["sur"], p["mid"], p["giv"]]
        t = [strip(x) for x in t] if rng.random() < .93 else t
        u = rng.random()
        sur, giv = ((t[0], t[1] + " " + t[2]) if u < .5 else (t[0], t[2]) if u < .68 else
                    (t[2], t[0] + " " + t[1]) if u < .85 else (t[0] + " " + t[1], t[2]) if u < .92 else (t[2], t[0]))
    elif cc == "RO":
        g = p["giv"][:1] if len(p["giv"]) > 1 and rng.random() < .55 else p["giv"]
        sur, giv = strip(p["sur"]), strip(rng.choice([" ", "-"]).join(g))
        if rng.random() < .08:
            sur, giv = giv, sur
    elif cc == "NG":
        g, u = p["giv"], rng.random()
        giv = g[0] if u < .45 else " ".join(g) if u < .75 else g[-1] if u < .92 else g[0]
        sur = p["sur"]
        if rng.random() < .05:
            sur, giv = giv, sur
    else:
        g, f, gf = [ti_var(x, rng) if rng.random() < .6 else x for x in (p["giv"], p["father"], p["grand"])]
        u = rng.random()
        sur, giv = ((f, g) if u < .7 else (gf, g + " " + f) if u < .82 else (f + " " + gf, g) if u < .92 else (g, f))
    sur, giv = maybe(sur, rng, .04), maybe(giv, rng, .04)
    r["Surname"] = sur.upper() if rng.random() < .3 else sur
    r["Forename(s)"] = giv
    r["DOB"] = est_dob(p, rng, {"AL": .3, "VN": .45, "RO": .08, "NG": .3, "ER": .6, "ET": .6}[cc])
    sex = p["sex"] if rng.random() > .01 else {"M": "F", "F": "M"}[p["sex"]]
    r["Sex"] = sex if rng.random() < .7 else {"M": "Male", "F": "Female"}[sex]
    nat = UK_NAT[p["nat_uk"]]
    u = rng.random()
    r["Nationality"] = nat[0] if u < .85 else nat[0].upper() if u < .95 else nat[1]
    r["HO Ref"] = p["ho"] if rng.random() > .05 else ""
    return r


def render_home(p, rng):
    cc, s, d = p["cc"], p["sex"], p["dob"]
    r = {"source": HOME_SRC[cc]}
    idv = p["id"] if rng.random() > {"AL": .1, "VN": .15, "RO": .08, "NG": .25, "ER": .2, "ET": 0}[cc] else ""
    idv = digit_typo(idv, rng) if idv and rng.random() < .01 else idv
    place = lambda v: v if rng.random() > .1 else ""
    if cc == "AL":
        sur, giv, fa = p["sur"], p["giv"], p["father"]
        if rng.random() < .15:   # typed without Albanian letters
            sur, giv, fa = strip(sur), strip(giv), strip(fa)
        r.update({"Mbiemri": maybe(sur, rng, .03), "Emri": maybe(giv, rng, .03), "Atësia": maybe(fa, rng, .03) if rng.random() > .05 else "",
                  "Datëlindja": home_dob(d, "%02d.%02d.%d", rng),
                  "Gjinia": {"M": "Mashkull", "F": "Femër"}[s] if rng.random() < .9 else s,
                  "Shtetësia": "Shqiptare" if rng.random() < .9 else "shqiptar", "Vendlindja": place(p["place"]),
                  "Nr. Personal": idv})
    elif cc == "VN":
        full = maybe(" ".join([p["sur"], p["mid"], p["giv"]]), rng, .02)
        full = full.upper() if rng.random() < .12 else full
        full = unicodedata.normalize("NFD" if rng.random() < .1 else "NFC", full)   # decomposed input method
        r.update({"Họ và tên": full, "Ngày sinh": home_dob(d, "%02d/%02d/%d", rng), "Giới tính": {"M": "Nam", "F": "Nữ"}[s],
                  "Quốc tịch": "Việt Nam", "Quê quán": place(p["place"]), "Số CCCD": idv})
    elif cc == "RO":
        sur, giv = p["sur"], rng.choice(["-", " "]).join(p["giv"])
        if rng.random() < .2:   # legacy cedilla letters
            sur, giv = [x.translate(str.maketrans("ȘșȚț", "ŞşŢţ")) for x in (sur, giv)]
        if rng.random() < .3:
            sur = sur.upper()
        r.update({"Nume": maybe(sur, rng, .03), "Prenume": maybe(giv, rng, .03), "Data nașterii": home_dob(d, "%02d.%02d.%d", rng),
                  "Sex": s, "Cetățenie": "română" if rng.random() < .85 else "ROU", "Județ": place(p["county"][0]), "CNP": idv})
    elif cc == "NG":
        sur = p["sur"].upper() if rng.random() < .25 else p["sur"]
        r.update({"Surname": maybe(sur, rng, .03), "Other Names": maybe(" ".join(p["giv"]), rng, .03),
                  "Sex": s if rng.random() < .85 else {"M": "Male", "F": "Female"}[s],
                  "Date of Birth": home_dob(d, "%d/%d/%d", rng), "State of Origin": p["state"], "LGA": place(p["lga"]), "NIN": idv})
    else:
        toks = [ti_var(x, rng) if rng.random() < .15 else x for x in (p["giv"], p["father"], p["grand"])]
        if cc == "ET" and rng.random() < .2:
            toks = [re.sub(r"^(?:Gh?ebre|Wolde) ?(\w)", lambda m: m.group(0)[0] + "/" + m.group(1).upper(), t) for t in toks]
        full = " ".join(toks if rng.random() < .8 else toks[:2])
        u = rng.random()
        dob = ("" if u < .12 else str(d.year) if u < .42 else ethiopian(d) if cc == "ET" and u < .55
               else "%02d/%02d/%d" % (d.day, d.month, d.year))
        r.update({"Full name": maybe(full, rng, .03), "Date of Birth": dob, "Gender": {"M": "Male", "F": "Female"}[s],
                  "Nationality": {"ER": "Eritrean", "ET": "Ethiopian"}[cc if rng.random() < .95 else {"ER": "ET", "ET": "ER"}[cc]],
                  "Place of Birth": place(p["place"]), "UNHCR No.": idv})
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    people = []
    for i in range(a.people):
        u, kind, base = rng.random(), None, None
        if people and u < .12:
            kind = "sib"
        elif people and u < .19:
            kind = "name"
        if kind:
            base = rng.choice(people)
            cc = base["cc"]
        else:
            cc = wchoice(rng, COUNTRY_MIX)[0]
        p = make_person(rng, cc, base, kind)
        p["pid"] = "P%05d" % (i + 1)
        people.append(p)
    rows, used = {s: [] for s in SOURCES}, set()
    for p in people:
        u = rng.random()
        n_uk = 0 if u >= .84 else 1 + (rng.random() < .08)
        n_home = 0 if .70 <= u < .84 else 1 + (rng.random() < .05)
        for _ in range(n_uk):
            rows["UK"].append((render_uk(p, rng), p["pid"]))
        for _ in range(n_home):
            rows[HOME_SRC[p["cc"]]].append((render_home(p, rng), p["pid"]))
    with open(a.out, "w", newline="", encoding="utf-8") as f, open(a.truth, "w", newline="") as t:
        w, tw = csv.DictWriter(f, COLS, restval=""), csv.writer(t)
        w.writeheader()
        tw.writerow(["record_id", "person_id"])
        for s in SOURCES:
            rng.shuffle(rows[s])
            for r, pid in rows[s]:
                rid = "%010x" % rng.getrandbits(40)
                while rid in used:
                    rid = "%010x" % rng.getrandbits(40)
                used.add(rid)
                r["record_id"] = rid
                w.writerow(r)
                tw.writerow([rid, pid])


if __name__ == "__main__":
    main()
