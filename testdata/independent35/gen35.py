#!/usr/bin/env python3
"""gen35 - synthetic modern-slavery victim records as flattened FHIR-style JSON.

Three invented source systems (an NHS trust EPR, a support charity's app, a local
authority case system) each export Patient / RelatedPerson-like JSON which a generic
JSON-to-CSV tool flattens into path headers (name[0].given[1], identifier[2].value ...).
The exports are pooled into one CSV with the union of columns.  Everyone is invented.
Usage: python3 gen35.py --people N --seed S --out data.csv --truth truth.csv
"""
import argparse, csv, random, re, unicodedata

# ---------------------------------------------------------------- name data
# "A|B|C" = transliteration / spelling variants of one name (A most usual).
ER_M = "Yonas|Yonus|Jonas,Dawit|Dawet,Filmon|Philmon|Filimon,Habtom|Habtem,Tesfalem,Merhawi|Mehrawi,Samuel|Samiel,Robel,Mehari|Meharie,Biniam|Biniyam|Binyam,Senay,Awet,Henok|Henock,Kibrom|Kebrom,Amanuel|Emanuel"
ER_F = "Helen,Senait|Senayt|Seniat,Selam|Salam,Luwam|Luam,Hiwet|Hiwot,Feven|Fiven,Saba,Mebrat|Mebrhat,Yordanos|Yodanos,Ruta,Winta|Wintana,Eden,Abeba|Abeba"
ER_FAM = "Tesfaye|Tesfay|Tesfai,Ghebremedhin|Gebremedhin|Ghebremeden,Habte|Habtay,Tekle|Teklay|Tecle,Kidane|Kidan,Berhane|Birhane|Berhan,Woldemichael|Weldemichael|Woldemikael,Gebreyesus|Ghebreyesus|Gebreiesus,Haile|Hayle,Asmerom|Asmarom,Yohannes|Yohanes|Johannes,Andemariam|Andemarian,Tesfamariam|Tesfamarian,Mehari|Meharie,Negash|Negasi"
SD_M = "Mohamed|Mohammed|Muhammad|Mohammad|Mohamad,Ahmed|Ahmad,Osman|Othman|Usman,Abdelrahman|Abdulrahman|Abdalrahman|Abdel Rahman,Ibrahim|Ebrahim,Hassan|Hasan,Adam|Adem,Ismail|Esmail|Ismaeel,Yousif|Yousef|Yusuf|Youssef,Omer|Omar,Khalid|Khaled,Abubakar|Abu Bakr|Abobakr,Mustafa|Mustafa|Mostafa,Abdalla|Abdullah|Abdallah"
SD_F = "Fatima|Fatma|Fatuma,Amna|Amina|Aamina,Hawa|Hawwa,Mariam|Maryam|Mariem,Aisha|Asha|Aysha,Sara|Sarah,Zeinab|Zainab|Zaynab,Khadija|Khadiga|Khadeeja,Hadia|Hadiya"
SD_FAM = "Elamin|El Amin|Al-Amin|Alamin,Babiker|Babikir|Bakheet,Elnour|El Nour|Al-Nour,Eltayeb|El Tayeb|Al-Tayeb,Abdelrahim|Abdulrahim|Abdel Rahim,Yagoub|Yaqub|Yacoub,Suleiman|Sulaiman|Soliman,Idris|Idriss|Edris,Haroun|Harun|Haroon,Bashir|Basheer"
AF_M = "Ahmad|Ahmed,Mohammad|Mohammed|Muhammad|Mohamad,Ali,Reza|Raza,Hamid|Hameed,Farid|Fareed,Jawad|Jawed,Nasir|Naser|Nasser,Rahim|Raheem,Sayed|Said|Syed,Zabihullah|Zabiullah|Zabi Ullah,Hamidullah|Hamid Ullah,Samiullah|Sami Ullah|Samiulla,Abdul Wahid|Abdulwahid|Abdul-Wahid,Mujtaba|Mojtaba,Noorullah|Nurullah|Noor Ullah"
AF_F = "Fatima|Fatema,Zahra|Zahraa,Mariam|Maryam,Parwana|Parvana,Nazanin|Nazaneen,Shabnam|Shabnum,Freshta|Fereshta|Fereshteh,Mursal|Morsal,Zarghuna|Zarghona"
AF_FAM = "Ahmadzai|Ahmadzay,Popal|Popalzai,Stanikzai|Stanekzai|Stanakzai,Safi|Safee,Rahimi|Raheemi,Hashimi|Hashemi,Karimi|Kareemi,Sultani|Soltani,Mohammadi|Muhammadi|Mohamadi,Hussaini|Hosseini|Husseini,Noori|Nouri|Nuri,Amiri|Ameeri,Sadat|Saadat,Wardak|Wardag"
AL_M = "Arben,Besnik|Besnick,Ermal,Klodian|Klodjan,Endri|Endrit,Gentian|Gentjan,Erion|Erjon,Florian|Florjan,Kristi|Kristian,Mario,Dritan,Ardit|Ardid,Elton,Fatjon|Fatjoni,Ilir"
AL_F = "Elira,Anila,Ermira,Blerta,Klea|Klea,Jonida,Xhesika|Xhesica|Jessica,Ornela|Ornella,Valbona,Fatjona,Brikena|Brikene"
AL_FAM = "Hoxha,Shehu,Gjoka|Gjokaj,Kola|Kolaj,Leka|Lekaj,Dervishi|Dervishaj,Marku|Markaj,Çela|Cela,Basha,Prifti,Krasniqi|Krasnici,Berisha,Lika,Duka,Muça|Muca|Mucaj,Gjini"
VN_M = "An,Bình,Cường,Dũng,Hải,Hùng,Khoa,Long,Minh,Nam,Phúc,Quang,Tuấn,Việt,Thắng,Sơn"
VN_F = "Anh,Hạnh,Hoa,Hương,Lan,Linh,Mai,Ngọc,Nhung,Phương,Thảo,Trang,Vy,Huyền"
VN_FAM = "Nguyễn|Nguyen|Nguyen,Trần|Tran,Lê|Le,Phạm|Pham,Hoàng|Huỳnh|Hoang,Phan,Vũ|Võ|Vu,Đặng|Dang,Bùi|Bui,Đỗ|Do,Hồ|Ho,Ngô|Ngo,Dương|Duong"
VN_MID_M = "Văn,Văn,Văn,Đức,Minh,Quốc,Thanh,Hữu"
VN_MID_F = "Thị,Thị,Thị,Ngọc,Thanh,Thu,Kim"
CN_FAM = "Wang|Wong,Li|Lee,Zhang|Cheung|Chang,Liu|Lau,Chen|Chan,Yang|Yeung,Huang|Wong,Zhao|Chiu,Wu|Ng,Zhou|Chow,Lin|Lam,Xu|Hsu,Sun|Suen"
CN_M = "Wei,Jian Guo,Ming,Jun,Hao,Xiao Long,Zhi Qiang,Yong,Lei,Jie,Tao,Hui Min,Chao"
CN_F = "Fang,Xiu Ying,Li Na,Yan,Hui,Xiao Mei,Jing,Ying,Li Hua,Min,Na,Yu Ting"
IQ_M = "Karwan|Karwaan,Rebwar|Rebuar|Ribwar,Hawkar|Hawker,Dilshad|Dilshaad,Sherzad|Shirzad,Azad|Azaad,Hemin|Himen|Hemn,Aram,Kawa|Kaweh,Shvan|Shivan|Shwan,Rebin|Rebeen,Zana|Zanaa,Soran|Sooran,Hiwa|Hewa"
IQ_F = "Shilan|Shelan,Nasrin|Nasreen|Nesrin,Avin|Aveen,Hana|Hanaa,Shirin|Sherin|Shireen,Darya|Daria,Bahar|Bahaar,Rozhan|Rojan,Sazan|Sozan"
IQ_FAM = "Ahmed|Ahmad,Mohammed|Mohamed|Muhammad,Hussein|Husain|Hussain,Karim|Kareem|Kerim,Abdullah|Abdulla,Rasul|Rasool|Rasoul,Aziz|Azeez,Hamad|Hamid,Qadir|Kadir|Qader,Salih|Saleh|Salah,Faraj|Faraaj,Mahmood|Mahmud|Mahmoud,Othman|Osman|Usman"
NG_M = "Chinedu,Emeka|Chukwuemeka,Oluwaseun|Seun|Olu Seun,Adebayo|Bayo,Ifeanyi,Babatunde|Tunde,Uche|Uchechukwu,Oluwafemi|Femi,Osagie|Osa,Osaro|Osarobo,Efosa|Efe,Godwin,Samuel|Sam,Kingsley"
NG_F = "Blessing,Precious,Joy,Favour|Favor,Chioma,Ngozi,Adaeze|Ada,Funmilayo|Funmi,Esther,Grace,Peace,Osasere|Osas,Ekinadose|Eki,Omosede|Sede,Glory"
NG_FAM = "Okafor|Okafo,Okonkwo|Okonkow,Adeyemi,Ogunleye,Eze,Nwosu|Nwaosu,Igbinedion|Igbinedeon,Osagie,Obi,Adewale,Balogun,Omoregie|Omorogie,Uwaifo|Uwaifor,Ehigiator|Ehigiatorr,Edokpolor|Edokpolo,Aigbe"
RO_M = "Andrei|Andrey,Ionuț|Ionut|Ionuţ,Mihai|Mihail,Florin,Marian,Gheorghe|George,Constantin|Costel|Costin,Nicolae|Nicu,Ștefan|Stefan|Ştefan,Alexandru|Alex,Adrian,Cătălin|Catalin,Daniel|Dani"
RO_F = "Maria,Elena,Ioana,Andreea|Andrea,Alexandra,Florentina|Florina,Mihaela,Georgiana,Nicoleta|Nicoletta,Roxana,Denisa|Denisia,Ramona"
RO_FAM = "Popescu|Popesku,Ionescu,Dumitru|Dumitrescu,Stoica,Constantin,Munteanu|Munteanu,Lungu,Stan,Radu,Marin,Dobre,Ștefan|Stefan|Ştefan,Moldovan,Rusu,Căldăraru|Caldararu|Kalderash,Sârbu|Sarbu"
PL_M = "Piotr|Peter,Krzysztof|Krystof|Chris,Tomasz|Tomas|Tom,Paweł|Pawel|Paul,Marcin|Martin,Michał|Michal|Michael,Łukasz|Lukasz|Lucas,Grzegorz|Greg,Dariusz|Darek,Jarosław|Jaroslaw|Jarek,Wojciech|Wojtek,Kamil"
PL_F = "Anna|Ania,Katarzyna|Kasia,Małgorzata|Malgorzata|Gosia,Agnieszka|Agnieska,Magdalena|Magda,Joanna|Asia,Ewa|Eva,Monika|Monica,Natalia"
PL_FAM = "Nowak|Novak,Kowalsk*,Wiśniewsk*,Wójcik|Wojcik,Kowalczyk,Kamińsk*,Lewandowsk*,Zielińsk*,Szymańsk*,Woźniak|Wozniak,Dąbrowsk*,Kozłowsk*,Mazur,Krawczyk|Krawczik"
GB_M = "James|Jim|Jamie,Daniel|Dan|Danny,Liam,Connor|Conor,Jack,Ryan,Thomas|Tom|Tommy,Jordan,Kyle,Callum|Calum,Lewis|Louis,Nathan|Nate,Joshua|Josh,Bradley|Brad"
GB_F = "Chloe|Chloé,Jade,Amy|Aimee,Sophie|Sophia,Leanne|Lianne,Megan|Meghan,Shannon,Emma,Rebecca|Becky,Stacey|Stacy,Kayleigh|Kaylee|Kayley,Danielle|Dani"
GB_FAM = "Smith,Jones,Williams,Taylor,Brown,Davies|Davis,Evans,Wilson,Thomas,Roberts,Walker,Wright,Robinson,Thompson|Thomson,Hughes,McDonald|MacDonald|Mcdonald,O'Brien|OBrien|O Brien,Clarke|Clark"
ALIAS = {"VN": "Tony,Kevin,Jimmy,Lily,Anna,Kim,Vicky,Andy,Jenny,Lee", "CN": "Tony,Kevin,Jimmy,Lily,Amy,Grace,Coco,Jack,Helen,Eric",
         "NG": "Joy,Mary,Blessing,Jenny,Kelly,Bright,John,Lucky", "AL": "Kris,Leo,Toni,Eli,Sara,Bella", "ER": "Jo,Sam,Abi,Eddy,Lula",
         "SD": "Mo,Moe,Abdi,Sam,Fati", "AF": "Ali,Mo,Jay,Sam", "IQ": "Ari,Kav,Sam,Dilly", "RO": "Alex,Gabi,Dani,Flo", "PL": "Chris,Peter,Kate,Maggie", "GB": ""}
# nat: (label, naming style, iso2, iso3, NHS ethnic cat, languages, male, female, family, share, P(NHS no), P(HO CID))
NATS = {
 "ER": ("Eritrean", "patro", "ER", "ERI", "N", "ti ti ti tig ar", ER_M, ER_F, ER_FAM, 12, .55, .85),
 "SD": ("Sudanese", "patro", "SD", "SDN", "N", "ar ar apd", SD_M, SD_F, SD_FAM, 10, .5, .85),
 "AF": ("Afghan", "afghan", "AF", "AFG", "L", "ps prs prs fa", AF_M, AF_F, AF_FAM, 11, .5, .85),
 "AL": ("Albanian", "west", "AL", "ALB", "C", "sq", AL_M, AL_F, AL_FAM, 11, .6, .7),
 "VN": ("Vietnamese", "vn", "VN", "VNM", "L", "vi", VN_M, VN_F, VN_FAM, 11, .45, .75),
 "IQ": ("Iraqi Kurdish", "patro", "IQ", "IRQ", "S", "ckb ckb kmr ar", IQ_M, IQ_F, IQ_FAM, 9, .55, .85),
 "NG": ("Nigerian", "west", "NG", "NGA", "N", "en en bin yo ig pcm", NG_M, NG_F, NG_FAM, 8, .6, .6),
 "RO": ("Romanian", "west", "RO", "ROU", "C", "ro ro rom", RO_M, RO_F, RO_FAM, 8, .75, .2),
 "PL": ("Polish", "west", "PL", "POL", "C", "pl", PL_M, PL_F, PL_FAM, 5, .8, .1),
 "GB": ("British", "west", "GB", "GBR", "A", "en", GB_M, GB_F, GB_FAM, 10, .97, 0),
 "CN": ("Chinese", "cn", "CN", "CHN", "R", "zh cmn yue zh-CN", CN_M, CN_F, CN_FAM, 5, .4, .8),
}
LANG_ALT = {"ti": ["ti-ER", "tir"], "ar": ["ar-SD", "ara"], "apd": ["ar", "ar-SD"], "prs": ["fa-AF", "fa"], "fa": ["prs"], "ps": ["pus", "ps-AF"],
            "ckb": ["ku", "ku-IQ"], "kmr": ["ku"], "zh": ["zh-CN", "cmn"], "cmn": ["zh"], "yue": ["zh-HK"], "bin": ["en"], "pcm": ["en"],
            "rom": ["ro"], "sq": ["sq-AL", "sqi"], "vi": ["vie"], "yo": ["en"], "ig": ["en"]}
LANG_NAME = {"ti": "Tigrinya", "tig": "Tigre", "ar": "Arabic", "apd": "Sudanese Arabic", "ps": "Pashto", "prs": "Dari", "fa": "Farsi",
             "sq": "Albanian", "vi": "Vietnamese", "ckb": "Kurdish Sorani", "kmr": "Kurdish Badini", "en": "English", "bin": "Edo",
             "yo": "Yoruba", "ig": "Igbo", "pcm": "Pidgin", "ro": "Romanian", "rom": "Romani", "pl": "Polish", "zh": "Mandarin",
             "cmn": "Mandarin", "yue": "Cantonese", "zh-CN": "Mandarin"}
NEAR_NAT = {"ER": "ET", "SD": "SS", "AF": "PK", "IQ": "IR", "AL": "XK", "VN": "CN", "RO": "MD", "NG": "GH", "CN": "HK", "PL": "GB", "GB": "IE"}
ISO3 = dict(ET="ETH", SS="SSD", PK="PAK", IR="IRN", XK="XKX", MD="MDA", GH="GHA", HK="HKG", IE="IRL", **{v[2]: v[3] for v in NATS.values()})
DFE_ETH = {"N": "BAFR", "A": "WBRI", "C": "WOTH", "L": "AOTH", "R": "CHNE", "S": "OOTH", "Z": "REFU"}
ETH_DISPLAY = {"N": "African", "A": "British", "C": "Any other White background", "L": "Any other Asian background",
               "R": "Chinese", "S": "Any other ethnic group", "Z": "Not stated"}
EXPLOIT = ["labour", "sexual", "criminal", "domestic-servitude", "criminal", "labour"]
CITIES = [("Birmingham", "B"), ("Manchester", "M"), ("Leeds", "LS"), ("Glasgow", "G"), ("Liverpool", "L"), ("Cardiff", "CF"),
          ("Bristol", "BS"), ("Newcastle upon Tyne", "NE"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Leicester", "LE"),
          ("Coventry", "CV"), ("Hull", "HU"), ("Stoke-on-Trent", "ST"), ("Bradford", "BD"), ("Peterborough", "PE"),
          ("London", "E"), ("London", "SE"), ("Croydon", "CR"), ("Middlesbrough", "TS")]
ST_A = "Ashcombe Bramwell Carrow Delph Elmstead Fennick Garside Hollin Ivers Kestle Larch Marrow Netherby Pellow Quarry Ravens Saltram Tanner Wexley Yarrow".split()
ST_B = ["field", "gate", "wood", "brook", "ley", "dale", "", "", "bury"]
ST_C = "Road Street Close Avenue Lane Terrace Way Grove Crescent".split()
HOTELS = "Bramwell Lodge Hotel,Kestle Park Hotel,Netherby Inn,Saltram Court Hotel,Ravens Gate House,Elmstead Hostel,Wexley Tower Hotel,Garside Manor Hotel".split(",")
# Ofcom-reserved drama/fiction numbers only, so no real subscriber can be hit.
PHONE_PFX = ["07700 900", "01632 960", "020 7946 0", "0113 496 0", "0114 496 0", "0115 496 0", "0116 496 0", "0117 496 0",
             "0118 496 0", "0121 496 0", "0131 496 0", "0141 496 0", "0151 496 0", "0161 496 0", "0191 498 0", "029 2018 0"]
KEYS = "resourceType id meta lastUpdated source extension url valueCodeableConcept coding system code display identifier type value " \
       "active name use text family given telecom gender birthDate deceasedBoolean address line city district postalCode " \
       "communication language preferred patient reference relationship".split()
SYS = {"nhs": "https://fhir.nhs.uk/Id/nhs-number", "cid": "urn:uk:gov:homeoffice:cid", "case": "urn:retrace-partner:case",
       "mrn": "https://fhir.northmere-eastbridge.nhs.uk/Id/local-patient-identifier", "la": "https://fhir.northmere.gov.uk/Id/person"}


def groups(s):
    return [g.split("|") for g in s.split(",")]


def zipf(rng, seq, a=0.8):
    return rng.choices(seq, weights=[1 / (i + 1) ** a for i in range(len(seq))])[0]


def fold(s):  # strip diacritics the way many systems do
    s = s.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


KB = "qwertyuiop asdfghjkl zxcvbnm".split()


def typo(rng, s):
    if len(s) < 3:
        return s
    i, r = rng.randrange(1, len(s)), rng.random()
    if r < .3:
        return s[:i] + s[i + 1:]
    if r < .55 and i < len(s) - 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < .8:
        c = s[i].lower()
        for row in KB:
            if c in row:
                j = row.index(c)
                c = row[max(0, min(len(row) - 1, j + rng.choice((-1, 1))))]
        return s[:i] + c + s[i + 1:]
    return s[:i] + s[i] + s[i:]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()
        phones = [p + "%03d" % i for p in PHONE_PFX for i in range(1000)]
        self.r.shuffle(phones)
        self.phones = phones
        self.hotels = [(h,) + self.address()[2:] for h in HOTELS]
        self.nd = {k: dict(m=groups(v[6]), f=groups(v[7]), fam=groups(v[8])) for k, v in NATS.items()}

    def uniq(self, f):
        while True:
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v

    def phone(self):  # unique while the reserved ranges last (~5k people), then numbers get recycled
        return self.phones.pop() if self.phones else self.r.choice(PHONE_PFX) + "%03d" % self.r.randrange(1000)

    def nhs(self):
        def mk():
            while True:
                d = [9, 9, 9] + [self.r.randrange(10) for _ in range(6)]
                c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
                if c != 10:
                    return "".join(map(str, d + [0 if c == 11 else c]))
        return self.uniq(mk)

    def tok(self, grp):  # a person's own token: their usual spelling first, then the alternatives
        grp = list(grp)
        canon = grp[0] if self.r.random() < .65 else self.r.choice(grp)
        return [canon] + [g for g in grp if g != canon]

    def address(self, p=None):
        r = self.r
        city, area = r.choice(CITIES) if p is None or r.random() < .3 else (p["addr"][2], p["addr"][4])
        pc = "%s%d %d%s%s" % (area, r.randrange(1, 30), r.randrange(1, 10), r.choice("ABDEFGHJLNPQRSTUWXYZ"), r.choice("ABDEFGHJLNPQRSTUWXYZ"))
        line2 = "Flat %d" % r.randrange(1, 40) if r.random() < .3 else ""
        return ("%d %s%s %s" % (r.randrange(1, 200), r.choice(ST_A), r.choice(ST_B), r.choice(ST_C)), line2, city, pc, area)

    def person(self, pid, sib=None, namesake=None):
        r = self.r
        nat = (sib or namesake)["nat"] if (sib or namesake) else r.choices(list(NATS), weights=[v[9] for v in NATS.values()])[0]
        N, nd = NATS[nat], self.nd[nat]
        sex = r.choice("mf")
        p = dict(pid=pid, nat=nat, sex=sex, style=N[1], kind="sibling" if sib else "namesake" if namesake else "")
        first = lambda: self.tok(zipf(r, nd[sex]))
        if N[1] == "vn":
            p["g"] = [self.tok([zipf(r, groups(VN_MID_M if sex == "m" else VN_MID_F))[0]]), first()]
        elif N[1] == "cn":
            p["g"] = [[zipf(r, (CN_M if sex == "m" else CN_F).split(","))]]
        else:
            p["g"] = [first()]
            if N[1] == "west" and r.random() < {"NG": .4, "GB": .4, "RO": .15}.get(nat, .05):
                p["g"].append(self.tok(zipf(r, nd[sex])))
        fam_pool = nd["fam"] + (nd["m"] if N[1] in ("patro",) else [])
        p["fam"] = self.tok(zipf(r, fam_pool, .6))
        p["x"] = self.tok(zipf(r, fam_pool, .6))  # grandfather (patronymic) / father (Afghan)
        if N[1] == "afghan" and r.random() < .35:
            p["fam"] = None
        p["alias"] = r.choice(ALIAS[nat].split(",")) if ALIAS[nat] and r.random() < (.3 if nat in ("VN", "CN") else .12) else None
        p["dob"] = (r.randrange(1975, 2008) if nat != "GB" else r.randrange(1995, 2009), r.randrange(1, 13), r.randrange(1, 29))
        if sib:  # sibling: same family name/patronymic, address, nationality; different first name and DOB
            for k in ("fam", "x", "style"):
                p[k] = sib[k]
            if nat == "VN" and r.random() < .5:
                p["g"][0] = sib["g"][0]
            y = sib["dob"][0] + (0 if r.random() < .08 else r.choice((-1, 1)) * r.randrange(1, 7))
            p["dob"] = (y, sib["dob"][1], sib["dob"][2]) if y == sib["dob"][0] else (y,) + p["dob"][1:]
        if namesake:  # unrelated person with the same name
            p["g"], p["fam"], p["x"], p["sex"] = namesake["g"], namesake["fam"], namesake["x"], namesake["sex"]
            if r.random() < .3:
                p["dob"] = (namesake["dob"][0],) + p["dob"][1:]
        p["dob_ho"] = (p["dob"][0] + r.choice((0, 0, -1, 1)), 1, 1) if nat not in ("GB", "PL", "RO") and r.random() < .3 else None
        p["nhs"] = self.nhs() if r.random() < N[10] else None
        p["nhs2"] = self.nhs() if p["nhs"] and r.random() < .03 else None
        p["cid"] = self.uniq(lambda: str(r.randrange(10 ** 7, 10 ** 8))) if r.random() < N[11] else None
        p["phone"] = self.phone() if r.random() < .7 else None
        p["email"] = None
        if r.random() < .3:
            base = fold(p["g"][0][0].split()[0] + "." + (p["fam"] or p["x"])[0]).lower().replace("'", "").replace("*", "")
            p["email"] = "%s%d@%s" % (base, r.randrange(1, 99), r.choice(["example.com", "example.org", "example.net"]))
        p["addr"] = sib["addr"] if sib and r.random() < .6 else self.address()
        p["hotel"] = None
        if nat not in ("GB", "PL", "RO") and r.random() < .2:
            h = r.choice(self.hotels)
            p["hotel"] = ("Room %d" % r.randrange(1, 300),) + h
        langs = N[5].split()
        p["lang"] = r.choice(langs)
        p["eth"] = "S" if nat == "VN" and r.random() < .3 else N[4]
        p["exploit"] = r.choice(EXPLOIT)
        p["dead"] = r.random() < .004
        p["case"] = p["mrn"] = p["laid"] = None
        return p

    # ------------------------------------------------------------ rendering
    def sp(self, tok, src, nat):
        r = self.r
        pv = .1 if nat in ("GB", "PL", "RO", "AL") else .2
        s = tok[1 + r.randrange(len(tok) - 1)] if len(tok) > 1 and r.random() < pv else tok[0]
        if r.random() < {"health": .6, "charity": .35, "la": .75}[src]:
            s = fold(s)
        return s

    def name_parts(self, p, src):
        r, st, g = self.r, p["style"], p["g"]
        sp = lambda t: self.sp(t, src, p["nat"])
        fam = sp(p["fam"]) if p["fam"] else None
        if p["nat"] == "PL" and fam and fam.endswith("*"):
            fam = fam[:-1] + ("i" if p["sex"] == "m" else "a")
        x, u = sp(p["x"]), r.random()
        if st == "patro":
            given, family = ([sp(g[0])], fam) if u < .6 else ([sp(g[0]), fam], x) if u < .76 else ([sp(g[0])], x) if u < .84 \
                else ([sp(g[0])], fam + " " + x) if u < .93 else ([sp(g[0])], None)
        elif st == "afghan":
            if fam:
                given, family = [sp(g[0])], (fam if u < .8 else x if u < .9 else None)
            else:
                given, family = [sp(g[0])], (x if u < .4 else None if u < .85 else "Unknown")
        elif st == "vn":
            mid, gv = sp(g[0]), sp(g[1])
            given, family = ([mid, gv], fam) if u < .45 else ([mid + " " + gv], fam) if u < .65 else ([gv], fam) if u < .8 \
                else ([fam, mid], gv) if u < .93 else ([gv], fam + " " + mid)
        elif st == "cn":
            syl = g[0][0].split()
            gv = [" ".join(syl)] if u < .2 or len(syl) == 1 else ["".join(syl)] if u < .7 else ["-".join(syl)] if u < .85 else syl
            given, family = gv, fam
        else:
            given = [sp(t) for t in g] if r.random() < .6 else [sp(g[0])]
            family = fam
        if r.random() < (.15 if st in ("vn", "cn") else .04):  # given/family swapped by the person entering it
            given, family = ([family] if family else []), " ".join(given)
        pt = {"health": .04, "charity": .08, "la": .05}[src]
        given = [typo(r, s) if r.random() < pt else s for s in given]
        family = typo(r, family) if family and r.random() < pt else family
        if r.random() < .01:
            given = []
        if r.random() < .03:
            family = None
        return given, family

    def hname(self, p, src, use, text=None):
        given, family = self.name_parts(p, src)
        if src == "la" and family and self.r.random() < .4:
            family = family.upper()
        if src == "charity" and self.r.random() < .04:
            given, family = [s.lower() for s in given], family.lower() if family else None
        n = {"use": use}
        if text == "lf" and (family or given):
            n["text"] = "%s, %s" % ((family or "").upper(), " ".join(given))
        elif text == "gf" and self.r.random() < .5:
            n["text"] = " ".join(given + ([family] if family else []))
        if family:
            n["family"] = family
        if given:
            n["given"] = given
        return n

    def dob(self, p, src):
        r = self.r
        y, m, d = p["dob_ho"] if p["dob_ho"] and r.random() < {"health": .3, "charity": .4, "la": .5}[src] else p["dob"]
        u = r.random()
        if u < {"health": .03, "charity": .07, "la": .04}[src]:
            return None
        if u < .08:
            y += r.choice((-2, -1, 1, 2))  # disputed / mis-estimated age
        elif u < .12 and d <= 12:
            m, d = d, m  # day/month confusion
        elif u < .15:
            d = (d + r.choice((-1, 1, 10))) % 28 + 1
        if src == "charity":
            u = r.random()
            if u < .2:
                return "%04d" % y
            if u < .3:
                return "%04d-%02d" % (y, m)
        return "%04d-%02d-%02d" % (y, m, d)

    def fmt_phone(self, ph, src):
        d = ph.replace(" ", "")
        u = self.r.random()
        return d if u < .35 else ("+44" + d[1:]) if u < .6 else ("+44 (0)" + ph[1:]) if u < .7 else ph

    def resource(self, p, src):
        r = self.r
        if src == "charity" and (p["case"] is None or r.random() < .4):
            p["case"] = self.uniq(lambda: "RP-%d-%06d" % (r.randrange(2019, 2026), r.randrange(10 ** 6)))
        if src == "health" and (p["mrn"] is None or r.random() < .3):
            p["mrn"] = self.uniq(lambda: "NM%07d" % r.randrange(10 ** 7))
        if src == "la" and (p["laid"] is None or r.random() < .3):
            p["laid"] = self.uniq(lambda: str(r.randrange(100000, 999999)))
        rid = self.uniq(lambda: "%024x" % r.getrandbits(96) if src == "charity" else
                        "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                       0x8000 | r.getrandbits(14), r.getrandbits(48)))
        rt = "RelatedPerson" if src == "la" and r.random() < .15 else "Patient"
        ts = "%04d-%02d-%02dT%02d:%02d:%02d" % (r.randrange(2019, 2026), r.randrange(1, 13), r.randrange(1, 29),
                                               r.randrange(24), r.randrange(60), r.randrange(60))
        res = {"resourceType": rt, "id": rid, "meta": {"lastUpdated": ts + (".%03d+00:00" % r.randrange(1000) if src == "health" else "Z")}}
        if src == "la":
            res["meta"]["source"] = "#mosaic-export"
        N = NATS[p["nat"]]
        nat2 = NEAR_NAT[p["nat"]] if r.random() < .04 else N[2]
        eth = "Z" if r.random() < .1 else p["eth"]
        ext = []
        if src == "health":
            ext.append({"url": "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory",
                        "valueCodeableConcept": {"coding": [{"code": eth, "display": ETH_DISPLAY[eth]}]}})
        elif src == "charity":
            if r.random() < .93:
                ext.append({"url": "urn:retrace-partner:ext:nationality", "valueCodeableConcept": {"coding": [{"code": nat2}]}})
            ext.append({"url": "urn:retrace-partner:ext:exploitation-type",
                        "valueCodeableConcept": {"coding": [{"code": p["exploit"] if r.random() < .85 else r.choice(EXPLOIT)}]}})
        else:
            ext.append({"url": "https://fhir.northmere.gov.uk/StructureDefinition/ethnicity",
                        "valueCodeableConcept": {"coding": [{"system": "urn:dfe:ethnicity", "code": DFE_ETH[eth]}]}})
            if r.random() < .8:
                iso3 = ISO3.get(nat2, nat2)
                ext.append({"url": "https://fhir.northmere.gov.uk/StructureDefinition/nationality",
                            "valueCodeableConcept": {"coding": [{"system": "urn:iso:std:iso:3166", "code": iso3}]}})
        res["extension"] = ext
        nhs = p["nhs2"] if p["nhs2"] and r.random() < .5 else p["nhs"]
        if nhs and r.random() < .015:
            i = r.randrange(3, 9)
            nhs = nhs[:i] + nhs[i + 1] + nhs[i] + nhs[i + 2:]
        nhs_v = (nhs[:3] + " " + nhs[3:6] + " " + nhs[6:] if src != "health" and r.random() < .5 else nhs) if nhs else None
        cid = p["cid"]
        if cid and r.random() < .02:
            cid = typo(r, cid).translate(str.maketrans("qwertyuiopasdfghjklzxcvbnm", "12345678901234567890123456"))
        ids = []
        add = lambda k, v, pr: ids.append({"system": SYS[k], "value": v}) if v and r.random() < pr else None
        if src == "health":
            add("nhs", nhs_v, .9); add("mrn", p["mrn"], 1); add("cid", cid, .08)
        elif src == "charity":
            add("case", p["case"], 1); add("cid", ("CID-" + cid if cid and r.random() < .2 else cid), .65); add("nhs", nhs_v, .25)
        else:
            add("la", p["laid"], 1); add("nhs", nhs_v, .55); add("cid", cid, .45)
        res["identifier"] = ids
        if rt == "Patient" or src == "la":
            res["active"] = (r.random() > {"health": .08, "charity": 0, "la": .12}[src])
        names = []
        if src == "charity" and r.random() < .04:
            ini = [s[:1] + "." for s in self.name_parts(p, src)[0]]
            names.append({"use": "anonymous", "text": "".join(ini) or "Client"})
            if r.random() < .5:
                names.append(self.hname(p, src, "official"))
        elif src == "charity":
            if p["alias"] and r.random() < .4:
                n = self.hname(p, src, "usual")
                n["given"] = [p["alias"]]
                names.append(n)
                names.append(self.hname(p, src, "official"))
            else:
                names.append(self.hname(p, src, "usual"))
                if r.random() < .3:
                    names.append(self.hname(p, src, "official"))
        else:
            names.append(self.hname(p, src, "official", "gf" if src == "health" else "lf"))
            if p["alias"] and r.random() < .5:
                names.append({"use": "nickname" if src == "la" else "usual", "given": [p["alias"]]})
            elif src == "la" and r.random() < .1:
                names.append(self.hname(p, src, "old"))
        res["name"] = names
        tel = []
        ph = p["phone"]
        if ph and r.random() < .25:  # victims change numbers often
            ph = p["phone"] = self.phone()
        if ph and r.random() < {"health": .6, "charity": .8, "la": .4}[src]:
            tel.append({"system": "phone", "value": self.fmt_phone(ph, src), "use": "mobile" if ph.startswith("07") else "home"})
        if p["email"] and src != "health" and r.random() < .5:
            tel.append({"system": "email", "value": p["email"]})
        res["telecom"] = tel
        g = {"m": "male", "f": "female"}[p["sex"]]
        u = r.random()
        res["gender"] = "unknown" if u < .02 else ("female" if g == "male" else "male") if u < .03 else \
            ("other" if src == "charity" else None) if u < .04 else g
        if rt == "RelatedPerson":
            res["patient"] = {"reference": "Patient/%08x" % r.getrandbits(32)}
            res["relationship"] = [{"coding": [{"code": ("MTH" if p["sex"] == "f" else "FTH") if r.random() < .7 else "SIB"}]}]
        res["birthDate"] = self.dob(p, src)
        if src != "charity" and rt == "Patient":
            res["deceasedBoolean"] = p["dead"] and r.random() < .7
        a = p["hotel"] if p["hotel"] and r.random() < .5 else p["addr"] if r.random() < .7 else self.address(p)
        if r.random() < {"health": .8, "charity": .5, "la": .85}[src]:
            pc = a[3] if r.random() < .8 else a[3].replace(" ", "").lower() if r.random() < .5 else None
            ad = {"use": "temp" if a[1] in HOTELS else "home", "line": [x for x in a[:2] if x], "city": a[2], "postalCode": pc}
            if src == "charity" and r.random() < .5:
                ad.pop("line")
            res["address"] = [ad]
        lang = p["lang"]
        if lang in LANG_ALT and r.random() < .25:
            lang = r.choice(LANG_ALT[lang])
        if r.random() < .92:
            lg = {"coding": [{"system": "urn:ietf:bcp:47", "code": lang}]} if src == "health" else \
                {"text": LANG_NAME.get(p["lang"], lang)} if src == "la" and r.random() < .4 else {"coding": [{"code": lang}]}
            com = [{"language": lg, "preferred": True}]
            if src == "charity" and lang not in ("en",) and r.random() < .3:
                com.append({"language": {"coding": [{"code": "en"}]}, "preferred": False})
            res["communication"] = com
        return res


def flatten(o, pre="", out=None):
    out = {} if out is None else out
    if isinstance(o, dict):
        for k, v in o.items():
            flatten(v, pre + "." + k if pre else k, out)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            flatten(v, "%s[%d]" % (pre, i), out)
    elif o is not None and o != "":
        out[pre] = ("true" if o else "false") if isinstance(o, bool) else str(o)
    return out


def colkey(path):
    return [(KEYS.index(k), int(i) if i else -1) for k, i in re.findall(r"([A-Za-z]+)(?:\[(\d+)\])?", path)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=35)
    ap.add_argument("--out", default="data.csv")
    ap.add_argument("--truth", default="truth.csv")
    a = ap.parse_args()
    G = Gen(a.seed)
    r = G.r
    people = []
    while len(people) < a.people:
        pid = "P%06d" % (len(people) + 1)
        if people and r.random() < .03:
            cands = [q for q in people[-300:] if q["nat"] == people[-1]["nat"]]
            people.append(G.person(pid, namesake=r.choice(cands)))
        else:
            people.append(G.person(pid))
        if r.random() < .14:
            for _ in range(r.choice((1, 1, 2))):
                if len(people) < a.people:
                    people.append(G.person("P%06d" % (len(people) + 1), sib=people[-1]))
    rows = []
    for p in people:
        k = r.choices([1, 2, 3, 4, 5], weights=[34, 30, 18, 11, 7])[0]
        w = [.3, .15, .55] if p["nat"] == "GB" else [.4, .36, .24]
        for i in range(k):
            src = r.choices(["health", "charity", "la"], weights=w)[0]
            rows.append((flatten(G.resource(p, src)), p["pid"]))
    r.shuffle(rows)
    cols = sorted({c for row, _ in rows for c in row}, key=colkey)
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for row, _ in rows:
            w.writerow([row.get(c, "") for c in cols])
    with open(a.truth, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "person_id"])
        for row, pid in rows:
            w.writerow([row["id"], pid])
    kinds = [q["kind"] for q in people]
    print("people=%d records=%d columns=%d siblings=%d namesakes=%d" % (len(people), len(rows), len(cols),
          kinds.count("sibling"), kinds.count("namesake")))


if __name__ == "__main__":
    main()
