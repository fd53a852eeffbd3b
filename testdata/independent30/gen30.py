#!/usr/bin/env python3
"""gen30 - synthetic UK modern-slavery victim records for East / South-East Asian victims.

Pools four sources (police force, ESEA support charity, Home Office immigration enforcement,
sexual health clinic) into one CSV with a `source` column.  Standard library only; every
person is invented.  Usage:
  python3 gen30.py --people N --seed S --out data.csv --truth truth.csv
"""
import argparse, csv, datetime as dt, random, unicodedata

# ------------------------------------------------------------------ name tables
# Chinese family names: simplified, traditional, pinyin, Cantonese (HK govt), Hokkien/Teochew
# (Malaysia), Wade-Giles; weights for mainland CN, Fujian FJ, Hong Kong HK, Malaysian Chinese MY.
CN_SUR = [
    ("陈", "陳", "Chen", "Chan", "Tan", "Chen", 7, 12, 9, 10), ("林", "林", "Lin", "Lam", "Lim", "Lin", 3, 14, 3, 9),
    ("黄", "黃", "Huang", "Wong", "Ng", "Huang", 4, 6, 8, 6), ("吴", "吳", "Wu", "Ng", "Goh", "Wu", 3, 4, 4, 5),
    ("李", "李", "Li", "Lee", "Lee", "Li", 8, 3, 6, 6), ("张", "張", "Zhang", "Cheung", "Teoh", "Chang", 8, 3, 5, 4),
    ("王", "王", "Wang", "Wong", "Ong", "Wang", 8, 3, 4, 5), ("刘", "劉", "Liu", "Lau", "Lau", "Liu", 5, 2, 4, 3),
    ("杨", "楊", "Yang", "Yeung", "Yeo", "Yang", 4, 1, 3, 2), ("郑", "鄭", "Zheng", "Cheng", "Tay", "Cheng", 2, 8, 2, 3),
    ("周", "周", "Zhou", "Chow", "Chew", "Chou", 2, 2, 3, 2), ("许", "許", "Xu", "Hui", "Koh", "Hsu", 1, 3, 2, 4),
    ("谢", "謝", "Xie", "Tse", "Chia", "Hsieh", 1, 2, 2, 2), ("何", "何", "He", "Ho", "Ho", "Ho", 2, 1, 4, 1),
    ("胡", "胡", "Hu", "Wu", "Oh", "Hu", 2, 1, 1, 1), ("郭", "郭", "Guo", "Kwok", "Kuek", "Kuo", 1, 2, 2, 1),
    ("赵", "趙", "Zhao", "Chiu", "Teo", "Chao", 3, 1, 1, 2), ("朱", "朱", "Zhu", "Chu", "Choo", "Chu", 2, 1, 2, 1),
    ("蔡", "蔡", "Cai", "Choi", "Chua", "Tsai", 1, 2, 2, 3), ("叶", "葉", "Ye", "Yip", "Yap", "Yeh", 1, 1, 3, 2),
    ("徐", "徐", "Xu", "Tsui", "Chee", "Hsu", 2, 1, 1, 1), ("孙", "孫", "Sun", "Suen", "Sng", "Sun", 2, 1, 1, 1),
    ("梁", "梁", "Liang", "Leung", "Neo", "Liang", 2, 1, 5, 2), ("罗", "羅", "Luo", "Law", "Loh", "Lo", 1, 1, 2, 1),
]
SYS = {"py": 2, "yue": 3, "hok": 4, "wg": 5}
SUR_ALT = {"Lee": ["Lei", "Li"], "Teoh": ["Teo", "Tiong"], "Ng": ["Ung", "Eng"], "Goh": ["Go"], "Chew": ["Chiew"],
           "Yeo": ["Yeoh"], "Kwok": ["Kuok"], "Cheung": ["Chong"], "Chow": ["Chau"], "Tse": ["Tsz"],
           "Choi": ["Tsoi"], "Chua": ["Choa"], "Law": ["Lo"], "Tsui": ["Chui"]}
# given-name syllables: simp, trad, pinyin, Cantonese, Hokkien, Wade-Giles, gender (M/F/U)
CN_GIV = [tuple(s.split(",")) for s in """伟,偉,wei,wai,wi,wei,M 明,明,ming,ming,beng,ming,U 华,華,hua,wah,hua,hua,U
丽,麗,li,lai,li,li,F 玲,玲,ling,ling,leng,ling,F 美,美,mei,mei,bee,mei,F 芳,芳,fang,fong,hong,fang,F 小,小,xiao,siu,sio,hsiao,U
建,建,jian,kin,kian,chien,M 国,國,guo,kwok,kok,kuo,M 志,志,zhi,chi,chi,chih,M 强,強,qiang,keung,kiong,chiang,M
秀,秀,xiu,sau,siew,hsiu,F 英,英,ying,ying,eng,ying,F 婷,婷,ting,ting,teng,ting,F 霞,霞,xia,ha,ha,hsia,F 红,紅,hong,hung,ang,hung,F
燕,燕,yan,yin,ian,yen,F 娟,娟,juan,kuen,kuan,chuan,F 文,文,wen,man,bun,wen,U 家,家,jia,ka,ka,chia,U 浩,浩,hao,ho,ho,hao,M
俊,俊,jun,chun,chun,chun,M 欣,欣,xin,yan,him,hsin,F 慧,慧,hui,wai,hui,hui,F 敏,敏,min,man,bin,min,U 静,靜,jing,ching,cheng,ching,F
晓,曉,xiao,hiu,hiau,hsiao,U 雪,雪,xue,suet,soat,hsueh,F 梅,梅,mei,mui,bui,mei,F 春,春,chun,chun,choon,chun,U 琳,琳,lin,lam,lim,lin,F
宇,宇,yu,yu,u,yu,M 杰,傑,jie,kit,kiat,chieh,M 峰,峰,feng,fung,hong,feng,M 海,海,hai,hoi,hai,hai,M 涛,濤,tao,tou,to,tao,M
荣,榮,rong,wing,eng,jung,M 德,德,de,tak,tek,te,M 金,金,jin,kam,kim,chin,U 宝,寶,bao,po,poh,pao,U 凤,鳳,feng,fung,hong,feng,F
珍,珍,zhen,chun,tin,chen,F 佳,佳,jia,kai,ka,chia,F 莉,莉,li,lei,li,li,F 娜,娜,na,na,na,na,F 琪,琪,qi,kei,ki,chi,F 嘉,嘉,jia,ka,ka,chia,U
永,永,yong,wing,eng,yung,M 平,平,ping,ping,peng,ping,U 云,雲,yun,wan,hun,yun,F 桂,桂,gui,kwai,kui,kuei,F 兰,蘭,lan,lan,lan,lan,F
辉,輝,hui,fai,hui,hui,M 斌,斌,bin,pan,pin,pin,M 亮,亮,liang,leung,liang,liang,M""".split()]
GIVEN_STYLE = {"py": [("joined", 55), ("split", 25), ("Hyphen", 7), ("hyphen", 5), ("camel", 8)],
               "yue": [("hyphen", 30), ("Hyphen", 15), ("split", 40), ("joined", 15)],
               "hok": [("split", 70), ("joined", 15), ("Hyphen", 15)], "wg": [("hyphen", 70), ("split", 30)]}
DOC_STYLE = {"py": "joined", "yue": "split", "hok": "split", "wg": "hyphen"}
ALT_SYS = {"CN": [("yue", .04), ("wg", .04)], "FJ": [("hok", .10), ("wg", .02)], "HK": [("py", .12)],
           "MY": [("py", .10), ("yue", .08), ("hok", .08)]}
VN_FAM = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 3), ("Phan", 4.5), ("Vũ", 3),
          ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", .5),
          ("Đinh", .8), ("Trịnh", .5), ("Đào", .5), ("Mai", .4)]
VN_MID = {"F": [("Thị", 70), ("Ngọc", 8), ("Thu", 6), ("Thanh", 6), ("Kim", 5), ("Hồng", 5)],
          "M": [("Văn", 65), ("Đức", 10), ("Minh", 8), ("Quang", 6), ("Hữu", 5), ("Công", 3), ("Đình", 3)]}
VN_GIV = {"F": "Lan Hương Linh Trang Hoa Mai Thảo Hà Ngân Phương Huyền Nhung Hằng Yến Nga Thủy Vân Loan Dung Anh Oanh Ly Quỳnh Tuyết".split(),
          "M": "Nam Hùng Tuấn Dũng Long Minh Hải Quân Huy Đức Tùng Việt Thắng Cường Hoàng Sơn Phúc Khánh Tiến Thành Hiếu Trung".split()}
TH_GIV = {"F": "Siriporn Sunisa Kanokwan Pornthip Wanida Nattaya Supaporn Ratchanee Jiraporn Thitima Anong Busaba Duangjai Kannika Malee Pimchanok Orathai Sasithorn Wilaiwan Yupin".split(),
          "M": "Somchai Somsak Anan Prasert Wichai Narong Thanakorn Chaiwat".split()}
TH_SUR = ("Wongsawat Srisuk Saetang Kaewprasert Phromsuwan Rattanakorn Boonmee Jaidee Sukprasert Charoenpong Thongchai "
          "Chaiyaphum Sirisombat Pongpanich Kittisakul Intharaprasong Saelim Saeheng Rungruangkit Suwannarat Wattanapong "
          "Limthongkul Phetcharat Khamphoothong Sombatthavorn").split()
TH_NICK = "Noi Ploy Nok Fon Ning Joy Bee Mint Pim Kwan Aom Nan Jeab Toey Pui Oil Gift Fah".split()
TH_RULES = [("ph", "p"), ("th", "t"), ("porn", "pon"), ("w", "v"), ("oo", "u"), ("ee", "i"), ("chai", "chay"),
            ("kh", "k"), ("ai", "ay"), ("sae", "sae-"), ("ch", "j"), ("ong", "orng"), ("u", "oo")]
KR = (["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"],
      {"F": ["Min-ji", "Seo-yeon", "Ji-woo", "Soo-jin", "Hye-jin", "Eun-ji"], "M": ["Min-jun", "Ji-hoon", "Hyun-woo", "Sung-min"]})
JP = (["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
      {"F": ["Yuki", "Aiko", "Mai", "Haruka", "Yui", "Emi"], "M": ["Hiroshi", "Takashi", "Kenji", "Daiki"]})
ENG = {"F": ("Lily Amy Coco Cindy Lisa Anna Mandy Candy Jenny Vivian Kelly Tina Sophie Mimi Nana Yoyo Kiki Cherry Linda "
             "Helen Jessica Angel Sunny Fiona Maggie Emma Rose Winnie Carmen Ivy Kitty Michelle Grace Joanne").split(),
       "M": "Kevin Tony Jack David Eric Peter Jason Michael Sam Andy Ken Alan Danny Johnny Leo Ray".split()}
HEAR = {"CN": [("zh", "j"), ("x", "sh"), ("q", "ch"), ("ui", "wei"), ("cai", "tsai"), ("cui", "tsui"), ("ang", "ung"), ("ao", "ow"), ("iu", "eo")],
        "VN": [("nguyen", "win"), ("nguyen", "nguyn"), ("nguyen", "ngyuen"), ("thuy", "twee"), ("tr", "ch"), ("ph", "f"),
               ("uong", "uang"), ("ng", "n")], "TH": [("porn", "pon"), ("ch", "j"), ("th", "t"), ("ph", "p"), ("w", "v")]}
# ------------------------------------------------------------------ places
FORCE = [("Birmingham", ["B5", "B18", "B10", "B11"]), ("Coventry", ["CV1", "CV6"]), ("Wolverhampton", ["WV1", "WV3"]),
         ("Walsall", ["WS1"]), ("Dudley", ["DY1"])]
NATIONAL = [("London", ["E1", "E14", "N7", "N15", "SE1", "SE15", "SW9", "W2", "NW1", "E6"]), ("Manchester", ["M1", "M4", "M14"]),
            ("Leeds", ["LS2", "LS8"]), ("Newcastle", ["NE1", "NE6"]), ("Glasgow", ["G2", "G42"]), ("Bristol", ["BS1", "BS5"]),
            ("Cardiff", ["CF10", "CF24"]), ("Nottingham", ["NG1", "NG7"]), ("Sheffield", ["S1", "S2"]), ("Leicester", ["LE1", "LE2"]),
            ("Liverpool", ["L1", "L7"]), ("Southampton", ["SO14"]), ("Hull", ["HU1", "HU5"]), ("Luton", ["LU1"]), ("Reading", ["RG1"])]
STREETS = ("Alder Queen Station Victoria Mill Chapel Church Park Albert Grange Cavendish Elm Harrow Lime Spring Canal Market "
           "Clarence Nelson Oak Raven Willow Beech Kings Princess Granby Hope Bridge Wharf Cross").split()
STYPES = [("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Close", "Cl"), ("Terrace", "Terr"), ("Grove", "Gr")]
BIZ = {"nailbar": "Lovely Star Perfect Royal Diamond Happy Top Queen Crystal Angel".split(),
       "restaurant": ["Golden Dragon", "Jade Garden", "Lucky Star", "Happy Valley", "Peking House", "Red Lantern", "Bamboo House", "Oriental Pearl"],
       "massage": ["Oriental Spa", "Lotus Massage", "Thai Orchid", "Jasmine Therapy", "Bamboo Spa", "Asian Health Centre"]}
SAFE_HOUSES = ["Safe house (withheld)", "Safe house - address withheld", "Refuge (withheld)"]
IRC = [("Northfield IRC, Bedford", "MK44 9QT"), ("Harlow Lane IRC, Sipson", "UB7 0HQ"), ("Dungate IRC, Crawley", "RH10 9XA")]
# ------------------------------------------------------------------ per-source vocabularies
ETHS = [("VN", 42), ("CN", 22), ("FJ", 10), ("HK", 8), ("MY", 7), ("TH", 11)]
EXPL = {"VN": [("cannabis", 45), ("nailbar", 35), ("brothel", 12), ("popup", 8)],
        "CN": [("brothel", 28), ("popup", 25), ("massage", 10), ("restaurant", 27), ("nailbar", 10)],
        "HK": [("popup", 35), ("brothel", 25), ("restaurant", 25), ("massage", 15)],
        "MY": [("popup", 45), ("brothel", 35), ("massage", 10), ("restaurant", 10)],
        "TH": [("massage", 40), ("brothel", 30), ("popup", 30)]}
EXPL["FJ"] = EXPL["CN"]
SEXUAL = {"brothel", "popup", "massage"}
P_MALE = {"cannabis": .85, "nailbar": .3, "restaurant": .7, "brothel": 0, "popup": 0, "massage": .05}
AGE = {"cannabis": (14, 26, 17), "nailbar": (15, 30, 19), "restaurant": (18, 52, 30), "brothel": (22, 52, 34),
       "popup": (20, 48, 29), "massage": (22, 50, 33)}
PER_VENUE = {"cannabis": 2, "nailbar": 4, "restaurant": 3, "brothel": 4, "popup": 7, "massage": 3}
NAT = {"police": dict(CN="Chinese", FJ="Chinese", HK="Chinese (Hong Kong)", MY="Malaysian", VN="Vietnamese", TH="Thai", KR="South Korean", JP="Japanese"),
       "homeoffice": dict(CN="CHN", FJ="CHN", HK="HKG", MY="MYS", VN="VNM", TH="THA", KR="KOR", JP="JPN"),
       "charity": dict(CN="China", FJ="China (Fujian)", HK="Hong Kong", MY="Malaysia", VN="Vietnam", TH="Thailand")}
LANG = {"CN": [("Mandarin", 1)], "FJ": [("Mandarin", 5), ("Fuzhounese", 4), ("Hokkien", 1)], "HK": [("Cantonese", 1)],
        "MY": [("Cantonese", 4), ("Mandarin", 3), ("Hokkien", 2), ("English", 1)], "VN": [("Vietnamese", 1)], "TH": [("Thai", 1)]}
EXV = {"police": dict(cannabis="Cannabis cultivation", nailbar="Labour exploitation - nail bar", restaurant="Labour exploitation - restaurant",
                      brothel="Sexual exploitation - brothel", popup="Sexual exploitation - pop-up brothel", massage="Sexual exploitation - massage parlour"),
       "homeoffice": dict(cannabis="Cannabis factory", nailbar="Illegal working - nail bar", restaurant="Illegal working - restaurant",
                          brothel="Brothel", popup="Residential premises", massage="Massage parlour"),
       "charity": dict(cannabis="Criminal (cannabis)", nailbar="Labour (nail bar)", restaurant="Labour (restaurant)",
                       brothel="Sexual (brothel)", popup="Sexual (pop-up brothel)", massage="Sexual (massage parlour)")}
COLS = ["record_id", "source", "source_ref", "full_name", "family_name", "given_names", "alias", "name_native", "sex", "dob",
        "age", "nationality", "language", "passport_no", "ho_ref", "nrm_ref", "phone", "address", "postcode", "exploitation", "encounter_date"]
CHINESE = {"CN", "FJ", "HK", "MY"}


def wch(rng, pairs):
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def strip_diac(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def passport(rng, eth):
    return {"CN": lambda: rng.choice(["E", "EJ"]) + digits(rng, 8), "FJ": lambda: "E" + digits(rng, 8),
            "HK": lambda: rng.choice("HK") + digits(rng, 8), "VN": lambda: rng.choice("CBN") + digits(rng, 7),
            "MY": lambda: "A" + digits(rng, 8), "TH": lambda: "AA" + digits(rng, 7), "KR": lambda: "M" + digits(rng, 8),
            "JP": lambda: "TK" + digits(rng, 7)}[eth]()


def gen_name(rng, eth, sex):
    d = {"eth": eth, "sex": sex}
    if eth in CHINESE:
        col = {"CN": 6, "FJ": 7, "HK": 8, "MY": 9}[eth]
        d["sur"] = rng.choices(CN_SUR, [s[col] for s in CN_SUR])[0]
        pool = [g for g in CN_GIV if g[6] in (sex, "U")]
        n = 2 if rng.random() < {"CN": .85, "FJ": .85, "HK": .97, "MY": .92}[eth] else 1
        d["giv"] = rng.sample(pool, n)
        d["sys"] = "py" if eth in ("CN", "FJ") else "yue" if eth == "HK" else ("hok" if rng.random() < .65 else "yue")
        d["trad"] = eth in ("HK", "MY")
        if eth in ("HK", "MY") and rng.random() < (.65 if eth == "HK" else .55):
            d["eng"] = rng.choice(ENG[sex])
    elif eth == "VN":
        d["fam"] = wch(rng, VN_FAM)
        r = rng.random()
        d["mid"] = [] if r < .05 else [wch(rng, VN_MID[sex])] + ([wch(rng, VN_MID[sex])] if r > .9 else [])
        if len(d["mid"]) == 2 and d["mid"][0] == d["mid"][1]:
            d["mid"].pop()
        d["giv"] = rng.choice(VN_GIV[sex])
    elif eth == "TH":
        d["giv"], d["fam"] = rng.choice(TH_GIV[sex]), rng.choice(TH_SUR)
        d["nick"] = rng.choice(TH_NICK)
    else:
        tab = KR if eth == "KR" else JP
        d["fam"], d["giv"] = rng.choice(tab[0]), rng.choice(tab[1][sex])
    return d


def syll_join(sy, style):
    if len(sy) == 1:
        return sy[0].capitalize()
    return {"joined": "".join(sy).capitalize(), "split": " ".join(s.capitalize() for s in sy),
            "hyphen": sy[0].capitalize() + "-" + "-".join(sy[1:]), "Hyphen": "-".join(s.capitalize() for s in sy),
            "camel": "".join(s.capitalize() for s in sy)}[style]


def thai_var(rng, s):
    rules = [r for r in TH_RULES if r[0] in s.lower()]
    if not rules:
        return s
    a, b = rng.choice(rules)
    t = s.lower().replace(a, b, 1)
    return "-".join(x.capitalize() for x in t.split("-"))


def name_parts(rng, idt, src, doc=False):
    """family, given, native for one record of identity idt."""
    eth = idt["eth"]
    if eth in CHINESE:
        sys, trad = idt["sys"], idt["trad"]
        if not doc:
            for alt, pr in ALT_SYS[eth]:
                if rng.random() < pr * (2.5 if src == "charity" and eth in ("HK", "MY") and alt == "py" else 1):
                    sys = alt
                    break
        fam = idt["sur"][SYS[sys]]
        if not doc and fam in SUR_ALT and rng.random() < .12:
            fam = rng.choice(SUR_ALT[fam])
        sy = [g[SYS[sys]] for g in idt["giv"]]
        given = syll_join(sy, DOC_STYLE[sys] if doc else wch(rng, GIVEN_STYLE[sys]))
        if rng.random() < .1:
            trad = not trad
        native = idt["sur"][1 if trad else 0] + "".join(g[1 if trad else 0] for g in idt["giv"])
        return fam, given, native
    if eth == "VN":
        fam, mid, giv = idt["fam"], idt["mid"], idt["giv"]
        native = " ".join([fam] + mid + [giv])
        form = "full" if doc or not mid else wch(rng, {"charity": [("full", 65), ("drop", 25), ("after", 5), ("merge", 5)],
                                                      "police": [("full", 45), ("drop", 30), ("init", 10), ("merge", 8), ("after", 7)],
                                                      "homeoffice": [("full", 80), ("drop", 12), ("merge", 8)],
                                                      "clinic": [("full", 30), ("drop", 60), ("after", 10)]}[src])
        given = {"full": " ".join(mid + [giv]), "drop": giv, "after": " ".join([giv] + mid),
                 "init": " ".join(m[0] + "." for m in mid) + " " + giv, "merge": "".join(mid + [giv.lower()]).capitalize()}[form]
        keep = {"charity": .35, "police": .05, "homeoffice": 0, "clinic": .08}[src]
        if rng.random() >= keep:
            fam, given = strip_diac(fam), strip_diac(given)
        elif rng.random() < .2:  # partially stripped
            given = strip_diac(given)
        return fam, given, native
    if eth == "TH":
        fam, giv = idt["fam"], idt["giv"]
        if not doc:
            giv = thai_var(rng, giv) if rng.random() < .25 else giv
            fam = thai_var(rng, fam) if rng.random() < .25 else fam
            if src == "clinic" and len(fam) > 10 and rng.random() < .3:
                fam = fam[:10]  # truncated by clinic system
        return fam, giv, ""
    return idt["fam"], idt["giv"], ""


def compose(rng, fam, given, order, up_fam):
    F = fam.upper() if up_fam else fam
    return {"F, G": f"{F}, {given}", "FG": f"{F} {given}", "GF": f"{given} {F}"}[order]


def garble(rng, s, eth, p_hear, p_typo):
    if not s:
        return s
    if eth in HEAR and rng.random() < p_hear:
        rules = [r for r in HEAR[eth] if r[0] in s.lower()]
        if rules:
            a, b = rng.choice(rules)
            i = s.lower().find(a)
            rep = b.upper() if s[i:i + len(a)].isupper() else (b.capitalize() if s[i].isupper() else b)
            s = s[:i] + rep + s[i + len(a):]
    if rng.random() < p_typo and len(s) > 3:
        i, k = rng.randrange(1, len(s) - 1), rng.random()
        if k < .3:
            s = s[:i] + s[i + 1:]
        elif k < .6:
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif s[i].isalpha():
            c = rng.choice("aeiounghlt")
            s = s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]
    return s


def render_name(rng, p, idt, src):
    """returns full_name, family_name, given_names, alias, name_native"""
    eth, false = idt["eth"], idt is not p["id"]
    work = None if false else p.get("work")
    eng = idt.get("eng")
    full = famf = givf = alias = native = ""
    if src == "homeoffice":
        doc = (p["has_doc"] or false) and rng.random() < .9
        fam, given, _ = name_parts(rng, idt, src, doc=doc)
        if eth == "MY" and doc:  # Malaysian passport has a single name line; officer splits it
            toks = ([eng] if eng and rng.random() < .5 else []) + [fam] + given.split()
            k = rng.random()
            fam, given = ((toks[-1], " ".join(toks[:-1])) if k < .25 else (" ".join(toks[1:]), toks[0]) if k < .4 and eng
                          else (fam, " ".join(t for t in toks if t != fam)))
        elif eth == "HK" and eng and doc and rng.random() < .3:
            given = eng + " " + given
        if rng.random() < (.05 if doc else .15):
            fam, given = given, fam
        up = rng.random() < .92
        famf, givf = (fam.upper(), given.upper()) if up else (fam, given)
        if work and rng.random() < .1:
            alias = work.upper()
    else:
        fam, given, native = name_parts(rng, idt, src)
        order_w = [("F, G", 25), ("FG", 35), ("GF", 40)] if eth in ("TH", "JP", "KR") else [("F, G", 30), ("FG", 40), ("GF", 30)]
        if eth == "VN" and src == "clinic":
            order_w = [("FG", 30), ("GF", 70)]
        if src == "police":
            p_hear = .08
            if work and rng.random() < (.25 if p["expl"] in SEXUAL else .1):
                p_hear = 0
                if rng.random() < .35:
                    full = work.upper() if rng.random() < .5 else work
                else:
                    full = compose(rng, fam, work, wch(rng, order_w), rng.random() < .7)
            elif eng and rng.random() < .6:
                F = fam.upper()
                full = rng.choice([f"{eng} {F} {given}", f"{eng} {F}", f"{F} {given} {eng}", f"{F}, {eng} {given}"])
            else:
                full = compose(rng, fam, given, wch(rng, order_w), rng.random() < .7)
            if rng.random() < .04:
                full = full.upper()
            if rng.random() < .35:
                alias = (work if work and work not in full else eng if eng and eng not in full else "") or ""
            full = garble(rng, full, "CN" if eth in CHINESE else eth, p_hear, .04)
            native = native if eth in CHINESE and rng.random() < .05 else ""
        elif src == "charity":
            if rng.random() < .08:
                fam, given = given, fam
            famf, givf = fam, given
            alias = rng.choice([x for x in (work, eng, idt.get("nick")) if x] or [""]) if rng.random() < .6 else ""
            if eth in CHINESE:
                native = native if rng.random() < .45 else ""
                if native and rng.random() < .08:
                    famf = givf = ""
            elif eth == "VN":
                native = native if rng.random() < .5 else ""
            famf, givf = garble(rng, famf, eth, 0, .02), garble(rng, givf, eth, 0, .02)
        else:  # clinic: often only a work name or first name
            nick = idt.get("nick")
            k = rng.random()
            p_hear = .06
            if (work or nick) and k < .5:
                full, p_hear = (work if work and (not nick or rng.random() < .5) else nick), 0
            elif k < .7:
                full = given.split()[-1] if eth == "VN" else given
            else:
                full = compose(rng, fam, given, wch(rng, order_w), rng.random() < .3)
            full = garble(rng, full, "CN" if eth in CHINESE else eth, p_hear, .03)
            native = native if eth in CHINESE and rng.random() < .03 else ""
    return full, famf, givf, alias, native


# ------------------------------------------------------------------ dates
def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def person_dobs(rng, p):
    t = p["dob"]
    lunar = (.2 if t.month <= 2 else .05) * (.5 if p["eth"] in ("HK", "MY") else 1) if p["eth"] != "TH" else 0
    r, est = rng.random(), False
    if r < lunar:
        s = add_years(t, -1 if t.month <= 2 else rng.choice([-1, 1]))
    elif p["eth"] in CHINESE and r < lunar + .04:
        s = t + dt.timedelta(days=rng.randint(20, 50))  # lunar birthday given as solar date
    elif r < lunar + .16:
        s, est = dt.date(t.year + rng.choice([0, 0, -1, 1]), 1, 1), True
    elif r < lunar + .2 and t.day <= 12:
        s = dt.date(t.year, t.day, t.month)
    else:
        s = t
    p["stated"], p["stated_est"] = s, est
    p["doc_dob"] = t if rng.random() > .06 else rand_date(rng, dt.date(t.year - 1, 1, 1), dt.date(t.year + 1, 12, 28))
    if p["eth"] == "VN" and (p["start"] - t).days < 18 * 365 and rng.random() < .5:
        p["assessed"] = dt.date(t.year - rng.randint(2, 5), 1, 1)  # age dispute: assessed as adult


def rec_dob(rng, p, src, use_false, enc):
    est, d = False, None
    r = rng.random()
    if use_false:
        d = p["false"]["dob"]
    elif src == "homeoffice":
        if p["has_doc"] and r < .9:
            d = p["doc_dob"]
        elif p.get("assessed"):
            d, est = p["assessed"], True
        else:
            d, est = p["stated"], p["stated_est"]
    elif src == "police":
        d, est = ((p["stated"], p["stated_est"]) if r < .6 else (p["doc_dob"], False) if r < .9 and p["has_doc"]
                  else (p["stated"], p["stated_est"]) if r < .9 else (None, False))
    elif src == "charity":
        d, est = (p["stated"], p["stated_est"]) if r < .88 else (dt.date(p["stated"].year, 1, 1), True) if r < .95 else (None, False)
    else:
        d, est = ((p["stated"], p["stated_est"]) if r < .55 else
                  (rand_date(rng, dt.date(p["dob"].year - 5, 1, 1), dt.date(p["dob"].year + 3, 12, 28)), False) if r < .77 else
                  (dt.date(p["stated"].year, 1, 1), True) if r < .85 else (None, False))
    age = ""
    if d is None:
        age = str(max(14, (enc - p["dob"]).days // 365 + rng.randint(-3, 3)))
        return "", age
    if rng.random() < .025 and d.day <= 12:
        d = dt.date(d.year, d.day, d.month)
    elif rng.random() < .015:
        d = add_years(d, rng.choice([-10, -1, 1, 10])) if rng.random() < .5 else d.replace(day=min(28, d.day + 1))
    if src == "homeoffice":
        return d.isoformat(), age
    if src == "charity" and est and rng.random() < .6:
        return str(d.year), age
    return d.strftime("%d/%m/%Y"), age


# ------------------------------------------------------------------ places and phones
def postcode(rng, outc):
    return f"{outc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def new_addr(rng, force, flat=False):
    town, outs = rng.choice(FORCE if force else NATIONAL)
    st = rng.choice(STYPES)
    street = f"{rng.randint(1, 240)} {rng.choice(STREETS)} "
    pre = f"Flat {rng.randint(1, 30)}, " if flat or (flat is False and rng.random() < .15) else ""
    return {"pre": pre, "street": street, "stype": st, "town": town, "pc": postcode(rng, rng.choice(outs)), "force": force}


def fmt_addr(rng, a, src, biz=""):
    st = a["stype"][1] if rng.random() < (.3 if src == "police" else .1) else a["stype"][0]
    s = a["pre"] + a["street"] + st + ("" if rng.random() < .15 else ", " + a["town"])
    if biz and rng.random() < .3:
        s = biz + ", " + s
    pc = a["pc"]
    if rng.random() < .1:
        pc = pc.replace(" ", "")
    if rng.random() < .05:
        pc = pc.lower()
    return s, pc


def mobile(rng):
    return "07" + rng.choice("45789") + digits(rng, 8)


def fmt_phone(rng, num, src):
    style = {"police": 0, "homeoffice": 3, "charity": 1, "clinic": 2}[src]
    if rng.random() < .25:
        style = rng.randrange(5)
    if rng.random() < .02:
        i = rng.randrange(2, len(num))
        num = num[:i] + rng.choice("0123456789") + num[i + 1:]
    n = num[1:]
    return [num[:5] + " " + num[5:], num, "+44 " + n[:4] + " " + n[4:], "+44" + n, "44" + n][style]


def fmt_passport(rng, s):
    r = rng.random()
    if r < .02:
        return s.replace("0", "O", 1)
    if r < .04:
        return s[:-1]
    if r < .06:
        return s[:2] + " " + s[2:]
    if r < .07:
        return s.lower()
    return s


# ------------------------------------------------------------------ generation
def generate(n_people, seed):
    rng = random.Random(seed)
    people = []
    for i in range(n_people):
        eth = wch(rng, ETHS)
        expl = wch(rng, EXPL[eth])
        sex = "M" if rng.random() < P_MALE[expl] else "F"
        start = rand_date(rng, dt.date(2016, 1, 1), dt.date(2023, 6, 30))
        lo, hi, mode = AGE[expl]
        dob = start - dt.timedelta(days=int(rng.triangular(lo, hi, mode) * 365.25))
        p = {"pid": f"P{i + 1:05d}", "eth": eth, "expl": expl, "sex": sex, "start": start, "dob": dob}
        p["trans"] = eth == "TH" and expl in SEXUAL and rng.random() < .08
        p["id"] = gen_name(rng, eth, "M" if p["trans"] else sex)
        if p["trans"]:
            p["id"]["nick"] = rng.choice(TH_NICK)
        pw = .7 if (eth in ("CN", "FJ") and expl in SEXUAL | {"nailbar"}) else .5 if eth == "VN" and expl != "cannabis" else .0
        if eth in ("HK", "MY") and expl in SEXUAL:
            p["work"] = p["id"].get("eng") or (rng.choice(ENG[sex]) if rng.random() < .5 else None)
        elif eth == "TH":
            p["work"] = p["id"]["nick"] if rng.random() < .7 else rng.choice(ENG["F"])
        elif rng.random() < pw:
            p["work"] = rng.choice(ENG[sex])
        p["has_doc"] = rng.random() < {"VN": .45, "CN": .6, "FJ": .5, "HK": .9, "MY": .9, "TH": .8}[eth]
        p["passport"] = passport(rng, eth)
        p["ho_ref"] = rng.choice("VSBZ") + digits(rng, 7)
        p["nrm"] = f"NRM{start.year}-{digits(rng, 5)}" if rng.random() < .6 else ""
        if rng.random() < {"VN": .3, "CN": .2, "FJ": .2, "HK": .02, "MY": .05, "TH": .1}[eth]:
            feth = wch(rng, {"VN": [("VN", 40), ("CN", 25), ("KR", 20), ("JP", 15)], "TH": [("TH", 50), ("MY", 30), ("JP", 20)]}.get(
                eth, [("CN", 40), ("KR", 25), ("JP", 20), ("MY", 15)]))
            f = gen_name(rng, feth, "M" if p["trans"] else sex)
            fy = dob.year - rng.randint(1, 6)
            f.update(dob=dt.date(fy, rng.randint(1, 12), rng.randint(1, 28)), passport=passport(rng, feth),
                     ho_ref=rng.choice("VSBZ") + digits(rng, 7))
            p["false"] = f
        p["phones"] = [mobile(rng) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
        person_dobs(rng, p)
        people.append(p)
    # venues
    venues = {}
    for t in PER_VENUE:
        k = sum(1 for p in people if p["expl"] == t)
        vs = []
        for _ in range(max(1, round(k / PER_VENUE[t]))):
            force = rng.random() < .55
            v = {"type": t, "biz": "", "phones": []}
            if t == "popup":  # network of short-let flats across the country, one or two work phones
                v["addrs"] = [new_addr(rng, rng.random() < .4, flat=True) for _ in range(rng.randint(3, 8))]
            else:
                v["addrs"] = [new_addr(rng, force, flat=None if t in BIZ else False)]
            if t in SEXUAL:
                v["phones"] = [mobile(rng) for _ in range(rng.choice([1, 1, 2]))]
            if t in BIZ:
                v["biz"] = rng.choice(BIZ[t]) + (" Nails" if t == "nailbar" else "")
                if t == "nailbar":
                    v["phones"] = ["0" + rng.choice(["121", "24", "1902", "1922", "20", "161", "113"]) + digits(rng, 7)]
            vs.append(v)
        venues[t] = vs
    houses = {}
    for p in people:
        p["venues"] = rng.sample(venues[p["expl"]], min(len(venues[p["expl"]]), rng.choice([1, 1, 1, 1, 2, 2, 3])))
        a0 = p["venues"][0]["addrs"][0]
        if p["expl"] in ("nailbar", "restaurant") or (p["expl"] in ("brothel", "massage") and rng.random() < .3):
            pool = houses.setdefault(a0["town"], [])
            if pool and rng.random() < .7:
                p["home"] = rng.choice(pool)
            else:
                p["home"] = dict(a0, pre="", street=f"{rng.randint(1, 240)} {rng.choice(STREETS)} ", pc=postcode(rng, a0["pc"].split()[0]))
                pool.append(p["home"])
        else:
            p["home"] = rng.choice(p["venues"][0]["addrs"])
    # records
    rows, truth = [], []
    for p in people:
        nrec = wch(rng, [(1, 34), (2, 30), (3, 18), (4, 10), (5, 5), (6, 3)])
        local = any(a["force"] for v in p["venues"] for a in v["addrs"])
        sw = ([("police", 30), ("charity", 25), ("homeoffice", 22), ("clinic", 23)] if p["expl"] in SEXUAL
              else [("police", 38), ("charity", 30), ("homeoffice", 30), ("clinic", 2)])
        encs = sorted(p["start"] + dt.timedelta(days=rng.randint(0, 720)) for _ in range(nrec))
        charity_case, clinic_no, ho_seen = "SE" + digits(rng, 5), "GUM" + digits(rng, 6), 0
        for enc in encs:
            src = wch(rng, sw)
            if src in ("police", "clinic") and not local:
                src = rng.choice(["charity", "homeoffice"])
            use_false = "false" in p and ((src == "homeoffice" and rng.random() < (.65 if ho_seen == 0 else .25))
                                          or (src == "police" and rng.random() < .2))
            ho_seen += src == "homeoffice"
            idt = p["false"] if use_false else p["id"]
            full, fam, giv, alias, native = render_name(rng, p, idt, src)
            dob, age = rec_dob(rng, p, src, use_false, enc)
            v = rng.choice(p["venues"])
            if src in ("police", "clinic"):
                la = [(vv, a) for vv in p["venues"] for a in vv["addrs"] if a["force"]]
                v, va = rng.choice(la)
            else:
                va = rng.choice(v["addrs"])
            r = {c: "" for c in COLS}
            r["source"] = src
            eth = idt["eth"]
            sex = ("M" if p["sex"] == "M" or (p["trans"] and (src == "homeoffice" or rng.random() < .4)) else "F")
            if p["trans"] and src in ("charity", "clinic"):
                sex = "Trans woman" if src == "charity" else "TW"
            r["sex"] = {"M": "Male", "F": "Female"}.get(sex, sex) if src == "police" else sex
            r.update(full_name=full, family_name=fam, given_names=giv, alias=alias, name_native=native, dob=dob, age=age)
            if src != "clinic":
                r["nationality"] = NAT[src].get(eth, "")
            elif rng.random() < .5:
                r["nationality"] = NAT["police"][p["eth"]]
            if src in ("charity", "clinic") or rng.random() < .5:
                lang = wch(rng, LANG[p["eth"]])
                r["language"] = lang + " interpreter" if src == "clinic" and rng.random() < .5 else lang
            pp = idt["passport"] if use_false else (p["passport"] if p["has_doc"] else "")
            if pp and rng.random() < {"homeoffice": .85, "police": .25, "charity": .12, "clinic": 0}[src]:
                r["passport_no"] = fmt_passport(rng, pp)
            ref = idt["ho_ref"] if use_false else p["ho_ref"]
            if rng.random() < {"homeoffice": 1, "police": .15, "charity": .2, "clinic": 0}[src]:
                r["ho_ref"] = ref if rng.random() > (.08 if src == "homeoffice" else .02) else rng.choice("VSBZ") + digits(rng, 7)
            if p["nrm"] and rng.random() < {"homeoffice": .45, "police": .35, "charity": .55, "clinic": 0}[src]:
                r["nrm_ref"] = p["nrm"]
            sexual = p["expl"] in SEXUAL
            k = rng.random()
            if v["phones"] and k < {"police": .45 if sexual else .1, "clinic": .3, "homeoffice": .15, "charity": .03}[src]:
                r["phone"] = fmt_phone(rng, rng.choice(v["phones"]), src)
            elif rng.random() < {"police": .6, "clinic": .75, "homeoffice": .35, "charity": .65}[src]:
                ph = p["phones"][min(len(p["phones"]) - 1, int(len(p["phones"]) * (enc - p["start"]).days / 721))]
                r["phone"] = fmt_phone(rng, mobile(rng) if src == "charity" and rng.random() < .3 else ph, src)
            k = rng.random()
            if src == "police":
                a = va if k < .6 else p["home"] if k < .85 else None
            elif src == "homeoffice":
                a = va if k < .5 else p["home"] if k < .75 else "IRC" if k < .85 else None
            elif src == "charity":
                a = "SAFE" if k < .4 else "TOWN" if k < .6 else p["home"] if k < .8 else None
            else:
                a = p["home"] if p["home"]["force"] and k < .5 else va if k < .75 else None
            if a == "IRC":
                r["address"], r["postcode"] = rng.choice(IRC)
            elif a == "SAFE":
                r["address"] = rng.choice(SAFE_HOUSES)
            elif a == "TOWN":
                r["address"] = p["home"]["town"]
            elif a:
                r["address"], r["postcode"] = fmt_addr(rng, a, src, v["biz"] if a is va else "")
                if src == "clinic":
                    r["address"] = ""
                    if rng.random() < .25:
                        r["postcode"] = r["postcode"].split()[0] if " " in r["postcode"] else r["postcode"][:-3]
            r["exploitation"] = EXV[src][p["expl"]] if src != "clinic" else ("SW" if sexual and rng.random() < .6 else "")
            r["encounter_date"] = enc.isoformat() if src == "homeoffice" else enc.strftime("%d/%m/%Y")
            if src == "police":
                r["source_ref"] = f"CR/{enc.year}/{digits(rng, 6)}"
            elif src == "charity":
                if rng.random() < .25:
                    charity_case = "SE" + digits(rng, 5)
                r["source_ref"] = charity_case
            elif src == "homeoffice":
                r["source_ref"] = "ENC" + digits(rng, 8)
            else:
                if rng.random() < .3:
                    clinic_no = "GUM" + digits(rng, 6)
                r["source_ref"] = clinic_no
            rows.append(r)
            truth.append(p["pid"])
    order = list(range(len(rows)))
    rng.shuffle(order)
    ids = set()
    out_rows, out_truth = [], []
    for i in order:
        rid = f"{rng.getrandbits(40):010x}"
        while rid in ids:
            rid = f"{rng.getrandbits(40):010x}"
        ids.add(rid)
        rows[i]["record_id"] = rid
        out_rows.append(rows[i])
        out_truth.append((rid, truth[i]))
    return out_rows, out_truth


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=3030)
    ap.add_argument("--out", default="data.csv")
    ap.add_argument("--truth", default="truth.csv")
    a = ap.parse_args()
    rows, truth = generate(a.people, a.seed)
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        w.writerows(rows)
    with open(a.truth, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id"])
        w.writerows(truth)


if __name__ == "__main__":
    main()
