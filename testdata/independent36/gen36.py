#!/usr/bin/env python3
"""gen36: synthetic Scottish modern-slavery victim records (Police Scotland NHTU,
adult support service, HSCP, Scottish Guardianship Service) with ground truth.
All people, numbers and vessels are invented.  Standard library only."""
import argparse, csv, datetime as dt, random, unicodedata
from types import SimpleNamespace as NS

D, TD = dt.date, dt.timedelta
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
UNIT = "ABDEFGHJLNPQRSTUWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"

# ---------------------------------------------------------------- places
TOWNS = {  # town: (postcode districts, local authority)
    "Glasgow": ("G1 G2 G3 G4 G5 G11 G12 G20 G21 G31 G32 G33 G40 G42 G51 G52", "Glasgow City"),
    "Edinburgh": ("EH1 EH3 EH6 EH7 EH8 EH11 EH12 EH16 EH17", "City of Edinburgh"),
    "Aberdeen": ("AB10 AB11 AB12 AB15 AB16 AB24 AB25", "Aberdeen City"),
    "Dundee": ("DD1 DD2 DD3 DD4", "Dundee City"), "Inverness": ("IV1 IV2 IV3", "Highland"),
    "Kilmarnock": ("KA1 KA3", "East Ayrshire"), "Paisley": ("PA1 PA2 PA3", "Renfrewshire"),
    "Peterhead": ("AB42", "Aberdeenshire"), "Fraserburgh": ("AB43", "Aberdeenshire"),
    "Ullapool": ("IV26", "Highland"), "Kinlochbervie": ("IV27", "Highland"),
    "Troon": ("KA10", "South Ayrshire"), "Ayr": ("KA7 KA8", "South Ayrshire"),
    "Campbeltown": ("PA28", "Argyll and Bute"), "Oban": ("PA34", "Argyll and Bute"),
    "Forfar": ("DD8", "Angus"), "Arbroath": ("DD11", "Angus"), "Montrose": ("DD10", "Angus"),
    "Turriff": ("AB53", "Aberdeenshire"), "Inverurie": ("AB51", "Aberdeenshire"),
    "Livingston": ("EH54", "West Lothian"), "Greenock": ("PA15 PA16", "Inverclyde"),
    "Elgin": ("IV30", "Moray"),
}
HSCP = {"Highland": "NHS Highland", "City of Edinburgh": "Edinburgh HSCP", "Dundee City": "Dundee HSCP"}
CITIES = ["Glasgow"] * 4 + ["Edinburgh"] * 2 + ["Aberdeen", "Dundee", "Inverness", "Paisley", "Kilmarnock"]
PORTS = {"Peterhead": "PD", "Fraserburgh": "FR", "Ullapool": "UL", "Kinlochbervie": "UL",
         "Troon": "BA", "Campbeltown": "CN", "Oban": "OB"}
AGRI = ["Forfar", "Arbroath", "Montrose", "Turriff", "Inverurie", "Elgin"]
VESSELS = ["Silver Dawn", "Ocean Reward", "Northern Rose", "Crystal Sea", "Guiding Light", "Morning Star",
           "Sea Harvester", "Boy Ewan", "Bonnie Lass", "Fruitful Bough", "Star of Hope", "Golden Venture"]
WORK = {  # workplace: (towns, group size range, exploitation type)
    "cannabis farm": (CITIES + ["Livingston", "Greenock", "Ayr"], (1, 3), "Criminal"),
    "nail bar": (CITIES, (1, 3), "Labour"), "brothel": (CITIES, (1, 3), "Sexual"),
    "fishing vessel": (list(PORTS), (2, 6), "Labour"), "farm": (AGRI, (1, 5), "Labour"),
    "food processing": (["Peterhead", "Fraserburgh", "Aberdeen"], (1, 4), "Labour"),
    "car wash": (CITIES, (1, 3), "Labour"), "county lines": (CITIES + ["Elgin", "Ayr", "Greenock"], (1, 2), "Criminal"),
    "private household": (CITIES, (1, 1), "Domestic servitude"), "restaurant": (CITIES, (1, 2), "Labour"),
    "construction site": (CITIES, (1, 3), "Labour"),
}

# ---------------------------------------------------------------- names
def sp(s): return s.split()
NAT = {  # w, child share, DOB-known share, given/family swap rate, jobs (weight, P(male), workplace)
 "SC": dict(w=.22, child=.5, known=1.0, swap=.02, adj="British", ctry="United Kingdom", lang="English",
            jobs=[(.75, .8, "county lines"), (.15, .8, "construction site"), (.1, .1, "brothel")]),
 "VN": dict(w=.16, child=.25, known=.55, swap=.3, adj="Vietnamese", ctry="Vietnam", lang="Vietnamese",
            fam=sp("Nguyễn Nguyễn Nguyễn Trần Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ Hồ Ngô"),
            m=sp("Minh Tuấn Hùng Đức Quang Nam Long Dũng Thành Hải Khánh Phúc"),
            f=sp("Anh Linh Hoa Lan Mai Thu Hương Thảo Phương Ngọc Trang Hằng"),
            jobs=[(.5, .85, "cannabis farm"), (.35, .3, "nail bar"), (.15, 0, "brothel")]),
 "AL": dict(w=.10, child=.15, known=.8, swap=.03, adj="Albanian", ctry="Albania", lang="Albanian",
            fam=sp("Hoxha Gashi Shehu Krasniqi Berisha Dervishi Çela Lleshi Muça Kola Leka Hysa Marku Prifti"),
            m=sp("Ardit Erion Besnik Klodian Ermal Mërgim Dritan Arbën Gëzim Endrit Elton Kristi"),
            f=sp("Elira Anjeza Xhesika Bora Klea Ardita Enkeleda Fjona"),
            jobs=[(.55, .95, "cannabis farm"), (.2, .9, "car wash"), (.25, 0, "brothel")]),
 "SD": dict(w=.08, child=.3, known=.4, swap=.25, adj="Sudanese", ctry="Sudan", lang="Arabic",
            m=sp("Mohamed Mohamed Ahmed Musa Yousif Abdelrahman Osman Ibrahim Adam Hassan Idris Khalid Omer Abdalla Ismail"),
            f=sp("Fatima Amna Mariam Hawa Safa Aisha Zainab Hanan"),
            jobs=[(.6, .9, "car wash"), (.25, .9, "construction site"), (.15, 0, "private household")]),
 "ER": dict(w=.08, child=.3, known=.4, swap=.25, adj="Eritrean", ctry="Eritrea", lang="Tigrinya",
            m=sp("Yonas Filmon Habtom Mehari Tesfay Kidane Dawit Yohannes Samuel Amanuel Biniam Ermias"),
            f=sp("Senait Helen Ruta Semhar Selam Saba Luwam Tsega Feven Yordanos"),
            fathers=sp("Gebremedhin Haile Berhane Tekle Gebreyesus Woldemichael Asfaha Ghebre"),
            jobs=[(.4, .8, "car wash"), (.3, .1, "private household"), (.3, .05, "brothel")]),
 "CN": dict(w=.08, child=.05, known=.6, swap=.35, adj="Chinese", ctry="China", lang="Mandarin",
            fam=sp("Wang Li Zhang Liu Chen Lin Huang Zhao Wu Zhou Yang Zheng"),
            m=sp("Wei Jianguo Hao Jun Ming Qiang Lei Bo"), f=sp("Xiaoling Meiling Lihua Yan Jing Hui Xiuying Fang Ying"),
            alias_f=sp("Lily Amy Coco Kiki Mimi Anna Candy Jenny"), alias_m=sp("Tony Kevin David"),
            jobs=[(.6, 0, "brothel"), (.4, .8, "restaurant")]),
 "RO": dict(w=.07, child=.02, known=.95, swap=.03, adj="Romanian", ctry="Romania", lang="Romanian",
            fam=sp("Popescu Ionescu Popa Stan Dumitru Munteanu Rusu Lungu Moldovan Niță Bălan Ciobanu Stoica Matei"),
            m=sp("Ion Gheorghe Vasile Andrei Mihai Florin Ștefan Ionuț Marian Nicolae Costel Cristian"),
            f=sp("Elena Maria Ioana Andreea Mădălina Florentina Georgiana Alina Ramona Daniela"),
            jobs=[(.6, .6, "farm"), (.25, .7, "food processing"), (.15, 0, "brothel")]),
 "BG": dict(w=.04, child=.02, known=.95, swap=.03, adj="Bulgarian", ctry="Bulgaria", lang="Bulgarian",
            fam=sp("Ivanov Georgiev Dimitrov Petrov Hristov Stoyanov Kolev Yordanov Angelov Nikolov Todorov Popov"),
            m=sp("Georgi Ivan Dimitar Hristo Yordan Petar Stoyan Nikolay Todor Krasimir"),
            f=sp("Desislava Mariya Yordanka Tsvetelina Elena Gergana Radka Silviya"),
            jobs=[(.75, .6, "farm"), (.25, .6, "food processing")]),
 "NG": dict(w=.06, child=.1, known=.6, swap=.05, adj="Nigerian", ctry="Nigeria", lang="English",
            fam=sp("Okafor Adeyemi Okonkwo Eze Obi Osagie Igbinedion Omoregie Idahosa Ogbeide Edosomwan Aigbe Ehigiator Okoro"),
            m=sp("Osagie Emeka Chinedu Tunde Efosa Samuel Daniel Uyi"),
            f=sp("Blessing Joy Precious Faith Osasu Efe Gift Favour Peace Esther Mercy Osaretin Ehimwenma Ivie"),
            alias_f=sp("Bella Princess Candy Sandra Jennifer Vivian"), alias_m=sp("Danny Sammy"),
            jobs=[(.8, 0, "brothel"), (.2, .3, "private household")]),
 "PH": dict(w=.045, child=0, known=.9, swap=.03, adj="Filipino", ctry="Philippines", lang="Tagalog",
            fam=["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "De Guzman",
                 "Villanueva", "Ramos", "Aquino", "Castillo", "Fernandez", "Torres"],
            m=["Jose", "Juan Carlo", "Rodel", "Jomar", "Reynaldo", "Ariel", "Mark Anthony", "Romeo", "Rogelio",
               "Edwin", "Jerome", "Ronaldo", "Arnel", "Noel"],
            f=["Maria Cristina", "Jocelyn", "Marites", "Rowena", "Lorna", "Analyn", "Rosario", "Maricel"],
            jobs=[(.85, 1, "fishing vessel"), (.15, 0, "private household")]),
 "IN": dict(w=.035, child=0, known=.85, swap=.3, adj="Indian", ctry="India", lang="Tamil",
            m=sp("Arul Senthil Anthony Xavier Rajesh Suresh Murugan Selvaraj Joseph Jesuraj Francis Babu Prakash Sebastian"),
            f=sp("Lakshmi Mary Selvi Priya Anitha"), fathers=sp("Selvam Mariadas Arockiasamy Raja"),
            jobs=[(.9, 1, "fishing vessel"), (.1, 0, "private household")]),
}
SC_M = {True: sp("Iain James Roderick Malcolm Donald Alexander John Kenneth William Robert Thomas Hugh David"),
        False: sp("Kyle Connor Liam Ryan Jack Lewis Dylan Kieran Nathan Jordan Scott Reece Callum Jamie Ross Craig")}
SC_F = {True: sp("Elizabeth Mòrag Catrìona Màiri Helen Kirsty Joan Margaret Janet Isobel Agnes"),
        False: sp("Chloe Ellie Amber Caitlin Shannon Erin Rebecca Nicole Megan Leah Jade Kayleigh")}
SC_MAC = sp("Donald Leod Kenzie Lean Gregor Innes Kay Intosh Pherson Millan Farlane Neil Laren Kinnon Aulay")
SC_FAM = sp("Campbell Stewart Fraser Robertson Murray Ross Sinclair Grant Wilson Thomson Brown Reid Paterson "
            "Ferguson Henderson Morrison Kerr Duncan Gallacher Docherty Kelly Quinn Hamilton Boyle Scott Young")
# Spelling / transliteration / Gaelic-English / Scots-diminutive variants.  The first entry of a
# Scottish list is the formal form; later ones include Gaelic forms and Scots diminutives.
VAR = {k: sp(v) if "," not in v else v.split(",") for k, v in {
 "Iain": "Iain Ian", "James": "James Seumas Hamish Jamie Jim Jimmy", "Roderick": "Roderick Ruairidh Ruaridh Rory",
 "Malcolm": "Malcolm Calum Callum", "Donald": "Donald Dòmhnall Donnie", "Alexander": "Alexander Alasdair Alistair Alastair Alex Sandy",
 "John": "John Iain Seonaidh Johnny Jock", "Kenneth": "Kenneth Coinneach Kenny", "William": "William Uilleam Willie Wullie Billy",
 "Robert": "Robert Raibeart Rab Rabbie Bobby", "Thomas": "Thomas Tòmas Tam Tommy", "Hugh": "Hugh Ùisdean Shug Hughie",
 "David": "David Dàibhidh Davie Dave", "Connor": "Connor Conor Conner", "Kieran": "Kieran Kieron Ciaran", "Reece": "Reece Rhys Reese",
 "Callum": "Callum Calum", "Lewis": "Lewis Louis", "Dylan": "Dylan Dillon", "Elizabeth": "Elizabeth Ealasaid Elspeth Beth Liz Betty",
 "Mòrag": "Mòrag Morag", "Catrìona": "Catrìona Catriona Catherine Kate Cathy", "Màiri": "Màiri Mairi Mhairi Mary",
 "Helen": "Helen Eilidh Ellen", "Kirsty": "Kirsty Ciorstaidh Kirstie Christina", "Joan": "Joan Seonag",
 "Margaret": "Margaret Mairead Maggie Peggy", "Janet": "Janet Seònaid Jessie Jenny", "Isobel": "Isobel Iseabail Ishbel Isabel",
 "Agnes": "Agnes Senga Nessa", "Caitlin": "Caitlin Caitlyn Kaitlyn", "Kayleigh": "Kayleigh Kayley Kaylee",
 "Megan": "Megan Meghan", "Leah": "Leah Lea", "Nicole": "Nicole Nikki", "Rebecca": "Rebecca Becky",
 "Thomson": "Thomson Thompson", "Gallacher": "Gallacher Gallagher", "Docherty": "Docherty Doherty Dougherty",
 "Stewart": "Stewart Stuart", "Reid": "Reid Reed", "Paterson": "Paterson Patterson",
 "Nguyễn": "Nguyen Ngyuen Nguyn Nguyem", "Trần": "Tran Tranh", "Phạm": "Pham Fam", "Đức": "Duc Duk",
 "Dũng": "Dung Zung", "Hương": "Huong Huang", "Thảo": "Thao Tao", "Văn": "Van Vann", "Thị": "Thi Thy",
 "Gheorghe": "Gheorghe Georghe Gheorge George", "Ștefan": "Stefan Stephan", "Ionuț": "Ionut Ionutz",
 "Nicolae": "Nicolae Nicolai", "Andreea": "Andreea Andrea", "Mădălina": "Madalina Madalena",
 "Ciobanu": "Ciobanu Tchobanu Chobanu", "Munteanu": "Munteanu Muntean", "Cristian": "Cristian Christian", "Vasile": "Vasile Vasili",
 "Dimitar": "Dimitar Dimitur Dimitre Dimiter", "Georgi": "Georgi Gueorgui Georgiy", "Hristo": "Hristo Christo Khristo",
 "Yordan": "Yordan Iordan Jordan", "Petar": "Petar Petur Peter", "Stoyan": "Stoyan Stoian", "Nikolay": "Nikolay Nikolai",
 "Mariya": "Mariya Maria Mariia", "Yordanka": "Yordanka Iordanka", "Tsvetelina": "Tsvetelina Cvetelina", "Silviya": "Silviya Silvia",
 "Georgiev": "Georgiev Gueorguiev Georgieff", "Hristov": "Hristov Christov Khristov", "Stoyanov": "Stoyanov Stoianov",
 "Yordanov": "Yordanov Iordanov Jordanov", "Ivanov": "Ivanov Ivanoff", "Petrov": "Petrov Petroff",
 "Dela Cruz": "Dela Cruz,Delacruz,De la Cruz,dela Cruz", "De Guzman": "De Guzman,Deguzman,de Guzman",
 "Reynaldo": "Reynaldo Reynald Reinaldo Rey", "Mark Anthony": "Mark Anthony,Mark,Marc Anthony,Mark-Anthony",
 "Juan Carlo": "Juan Carlo,Juancarlo,Carlo", "Rogelio": "Rogelio Rojelio", "Ronaldo": "Ronaldo Ronald", "Jose": "Jose José Joseph",
 "Maria Cristina": "Maria Cristina,Ma. Cristina,Cristina", "Fernandez": "Fernandez Fernandes",
 "Anthony": "Anthony Antony", "Arockiasamy": "Arockiasamy Arokiasamy Arogyasamy", "Mariadas": "Mariadas,Mariadoss,Maria Das",
 "Selvaraj": "Selvaraj Selvaraju", "Jesuraj": "Jesuraj Yesuraj", "Murugan": "Murugan Murukan", "Anitha": "Anitha Anita",
 "Tesfay": "Tesfay Tesfaye Tesfai", "Gebremedhin": "Gebremedhin,Gebre Medhin,Ghebremedhin,Gebremedin",
 "Berhane": "Berhane Berhe Birhane", "Tekle": "Tekle Tecle Teklay", "Mehari": "Mehari Mihary Meharie", "Filmon": "Filmon Philemon Filimon",
 "Yohannes": "Yohannes Yohanes Johannes", "Gebreyesus": "Gebreyesus,Ghebreyesus,Gebre Yesus",
 "Woldemichael": "Woldemichael,Weldemichael,Wolde Michael", "Senait": "Senait Senayt", "Amanuel": "Amanuel Emmanuel",
 "Biniam": "Biniam Biniyam", "Dawit": "Dawit Dawitt", "Luwam": "Luwam Lwam", "Kidane": "Kidane Kidan", "Ghebre": "Ghebre Gebre",
 "Mohamed": "Mohamed Mohammed Muhammad Mohammad Mohd", "Ahmed": "Ahmed Ahmad", "Yousif": "Yousif Yusuf Yousef Youssef",
 "Abdelrahman": "Abdelrahman,Abdulrahman,Abdel Rahman,Abdalrahman,Abdul Rahman", "Osman": "Osman Othman Usman",
 "Ibrahim": "Ibrahim Ebrahim Ibraheem", "Adam": "Adam Adem", "Hassan": "Hassan Hasan", "Idris": "Idris Idriss Edris",
 "Khalid": "Khalid Khaled", "Omer": "Omer Omar", "Abdalla": "Abdalla Abdallah Abdullah", "Ismail": "Ismail Ismael Esmail",
 "Musa": "Musa Mousa Moussa", "Fatima": "Fatima Fatma Fatimah", "Amna": "Amna Amina", "Mariam": "Mariam Maryam Miriam",
 "Hawa": "Hawa Hauwa", "Aisha": "Aisha Aysha Aicha", "Zainab": "Zainab Zeinab Zaynab",
 "Hoxha": "Hoxha Hoxhaj Hodja Hoxa", "Krasniqi": "Krasniqi Krasnici", "Klodian": "Klodian Klodjan", "Xhesika": "Xhesika Jessica",
 "Dervishi": "Dervishi Dervish", "Lleshi": "Lleshi Leshi", "Enkeleda": "Enkeleda Enkelejda", "Fjona": "Fjona Fiona",
 "Li": "Li Lee", "Zhang": "Zhang Chang Cheung", "Liu": "Liu Lau", "Chen": "Chen Chan", "Lin": "Lin Lam", "Huang": "Huang Wong",
 "Zhou": "Zhou Chow Chou", "Zheng": "Zheng Cheng", "Xiaoling": "Xiaoling,Xiao Ling,Xiao-Ling", "Meiling": "Meiling,Mei Ling,Mei-Ling",
 "Lihua": "Lihua,Li Hua,Li-Hua", "Jianguo": "Jianguo,Jian Guo", "Xiuying": "Xiuying,Xiu Ying",
 "Igbinedion": "Igbinedion Igbinidion Igbenedion", "Omoregie": "Omoregie Omorogie", "Edosomwan": "Edosomwan Edosonwan",
 "Osasu": "Osasu Osas", "Ehimwenma": "Ehimwenma Ehi", "Osaretin": "Osaretin Osaro", "Okonkwo": "Okonkwo Okonko", "Chinedu": "Chinedu Chinedum",
}.items()}
NATMIS = {"ER": ("Ethiopian", "Ethiopia", .1), "SD": ("South Sudanese", "South Sudan", .05), "AL": ("Kosovan", "Kosovo", .07),
          "VN": ("Chinese", "China", .03), "CN": ("Hong Konger", "Hong Kong", .03), "RO": ("Moldovan", "Moldova", .04),
          "BG": ("Romanian", "Romania", .03), "IN": ("Sri Lankan", "Sri Lanka", .04), "NG": ("Ghanaian", "Ghana", .03)}

def strip_acc(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def variant(tok, r):
    if tok in VAR: return r.choice(VAR[tok])
    if tok.endswith("a") and tok[:-1] in VAR: return r.choice(VAR[tok[:-1]]) + "a"  # Bulgarian feminine
    return tok

def mac(stem, r):
    f = r.choices(["Mac%s", "Mac%l", "Mc%s", "Mc%l", "Mc %s", "M'%s"], [30, 25, 30, 7, 4, 4])[0]
    return f.replace("%s", stem).replace("%l", stem.lower())

def typo(s, r):
    if len(s) < 4: return s
    i, op = r.randrange(1, len(s) - 1), r.random()
    if op < .3: return s[:i] + s[i + 1:]
    if op < .55: return s[:i] + r.choice(LOW) + s[i:]
    if op < .8: return s[:i] + r.choice(LOW) + s[i + 1:]
    return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]

# ---------------------------------------------------------------- identifiers
def chi_number(dob, male, r, used):
    while True:
        s = dob.strftime("%d%m%y") + "%02d" % r.randrange(100) + str(r.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(ch) * w for ch, w in zip(s, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10 and s + str(c) not in used:
            used.add(s + str(c)); return s + str(c)

def postcode(town, r):
    return "%s %d%s%s" % (r.choice(TOWNS[town][0].split()), r.randrange(1, 10), r.choice(UNIT), r.choice(UNIT))

def crime_ref(d, r):
    if r.random() < .5: return "CR/%07d/%02d" % (r.randrange(10 ** 7), d.year % 100)
    return "PS-%s-%04d" % (d.strftime("%Y%m%d"), r.randrange(1, 2500))

def rand_date(a, b, r): return a + TD(days=r.randrange((b - a).days))

# ---------------------------------------------------------------- people
def incident(work, r):
    towns, size, expl = WORK[work]
    town = r.choice(towns)
    d = rand_date(D(2017, 1, 1), D(2024, 12, 31), r)
    place = work
    if work == "fishing vessel": place = "FV %s %s%d" % (r.choice(VESSELS), PORTS[town], r.randrange(10, 999))
    return NS(date=d, town=town, pc=postcode(town, r), place=place, expl=expl, cref=crime_ref(d, r), work=work)

def accom(nat, inc, r):
    if nat == "SC": town = inc.town if r.random() < .7 else r.choice(CITIES)
    else: town = r.choices(["Glasgow", "Edinburgh", "Aberdeen", "Dundee", inc.town], [60, 12, 10, 8, 10])[0]
    return town, postcode(town, r)

def name_person(p, r, sib=None):
    S, m = NAT[p.nat], p.male
    pool = lambda: S["m"] if m else S["f"]
    p.middle, p.aliases = "", []
    if p.nat == "SC":
        trad = p.dob.year < 1988 or r.random() < .2
        p.given = r.choice((SC_M if m else SC_F)[trad])
        if r.random() < .25: p.middle = r.choice((SC_M if m else SC_F)[True])
        if r.random() < .3:
            opts = [v for v in VAR.get(p.given, [])[1:] if len(v) <= 5 or v.endswith(("ie", "y"))]
            if opts: p.aliases = [r.choice(opts)]
    else:
        p.given = r.choice(pool())
    if sib:  # siblings share family name, patronymics and (Filipino) mother's maiden name
        p.family, p.father, p.grand = sib.family, sib.father, sib.grand
        while p.given == sib.given:
            p.given = r.choice(pool()) if p.nat != "SC" else r.choice((SC_M if m else SC_F)[r.random() < .5])
        if hasattr(sib, "macstem"): p.macstem = sib.macstem
        if p.nat in ("VN", "PH"): p.middle = sib.middle if p.nat == "PH" or sib.male == m else p.middle
        if p.nat == "BG": p.family = sib.family.rstrip("a") + ("" if m else "a")
    else:
        p.father = p.grand = ""
        if p.nat == "SC": p.family = "Mac" + r.choice(SC_MAC) if r.random() < .4 else r.choice(SC_FAM)
        elif p.nat in ("SD", "ER", "IN"):
            fp = S["m"] + S.get("fathers", [])
            p.father, p.grand = r.choice(fp), r.choice(fp)
            p.family = p.father
        else:
            p.family = r.choice(S["fam"])
            if p.nat == "BG" and not m: p.family += "a"
    if p.nat == "SC" and p.family.startswith("Mac") and not sib:
        p.macstem = p.family[3:]; p.family = mac(p.macstem, r)
    if p.nat == "VN" and not p.middle: p.middle = r.choice(["Văn", "Văn", "Đình", "Quốc"] if m else ["Thị", "Thị", "Ngọc"])
    if p.nat == "PH" and not p.middle: p.middle = r.choice(S["fam"])
    if p.nat in ("NG", "RO") and r.random() < .35: p.middle = r.choice(pool())
    if p.nat == "AL" and r.random() < .3: p.middle = r.choice(S["m"])
    if "alias_f" in S and r.random() < (.5 if p.work in ("brothel", "restaurant") else .15):
        p.aliases = [r.choice(S["alias_m" if m else "alias_f"])]
    if p.nat == "AL" and r.random() < .15: p.aliases = [r.choice(pool())]

def make_people(n, r):
    people, used = [], set()
    nats = list(NAT)
    while len(people) < n:
        nat = r.choices(nats, [NAT[k]["w"] for k in nats])[0]
        jobs = NAT[nat]["jobs"]
        _, pm, work = r.choices(jobs, [j[0] for j in jobs])[0]
        inc = incident(work, r)
        lo, hi = WORK[work][1]
        size = min(lo if r.random() < .4 else r.randint(lo, hi), n - len(people))
        shared_acc = accom(nat, inc, r)
        group = []
        for k in range(size):
            p = NS(pid="P%05d" % (len(people) + 1), nat=nat, inc=inc, work=work, male=r.random() < pm)
            child = work != "fishing vessel" and r.random() < NAT[nat]["child"]
            age = r.randint(13 if nat == "SC" else 14, 17) if child else r.randint(22 if work == "fishing vessel" else 18, 55 if nat in ("SC", "PH", "IN") else 45)
            p.dob = inc.date - TD(days=int(age * 365.25) + r.randrange(365))
            name_person(p, r, sib=group[-1] if k and r.random() < .15 else None)
            p.town, p.pc = shared_acc if (size > 1 and r.random() < .6) else accom(nat, inc, r)
            group.append(p); people.append(p)
            # siblings (twins sometimes) exploited or supported separately: hard negatives
            if len(people) < n and r.random() < .07:
                s = NS(pid="P%05d" % (len(people) + 1), nat=nat, work=work, male=r.random() < .5,
                       inc=inc if r.random() < .6 else incident(work, r))
                s.dob = p.dob if r.random() < .12 else p.dob + TD(days=r.choice([-1, 1]) * r.randint(330, 2200))
                name_person(s, r, sib=p)
                s.town, s.pc = (p.town, p.pc) if r.random() < .7 else accom(nat, s.inc, r)
                people.append(s)
    by_nat = {}
    for p in people: by_nat.setdefault(p.nat, []).append(p)
    for p in people:  # deliberate namesakes: same name, different person
        if r.random() < .03:
            q = r.choice(by_nat[p.nat])
            if q is not p and q.male == p.male and q.family != p.family:
                p.given, p.family, p.middle = q.given, q.family, q.middle
                if r.random() < .4: p.dob = D(q.dob.year, r.randint(1, 12), r.randint(1, 28))  # same birth year
    for p in people:
        S = NAT[p.nat]
        p.known = r.random() < S["known"]
        p.assigned = D(p.dob.year + r.choice([-2, -1, 0, 0, 1]), r.randint(1, 12), r.randint(1, 28))
        if p.known: p.nhs_dob = p.dob if r.random() < .96 else p.dob + TD(days=r.choice([-31, -1, 1, 365]))
        else: p.nhs_dob = p.assigned if r.random() < .6 else D(p.dob.year + r.choice([-1, 0, 1]), 1, 1)
        p.chi = chi_number(p.nhs_dob, p.male, r, used)
        p.chi_dob = {p.chi: p.nhs_dob}
        p.chi2 = None
        if r.random() < .06:  # duplicate/temporary CHI from a second registration, often with another DOB
            d2 = p.nhs_dob if p.known or r.random() < .3 else D(p.dob.year + r.choice([-1, 0, 1]), 1, 1)
            p.chi2 = chi_number(d2, p.male, r, used); p.chi_dob[p.chi2] = d2
        p.scro = "%06d/%02d" % (r.randrange(10 ** 6), (p.inc.date.year - r.randint(0, 3)) % 100) \
            if p.inc.expl == "Criminal" and r.random() < .5 else ""
        p.expl = p.inc.expl
        p.refs = {}
    return people

# ---------------------------------------------------------------- record rendering
def fmt_date(d, src, r):
    if d is None: return ""
    long_ = src in ("police", "hscp")
    if r.random() < .06: long_ = not long_
    return d.strftime("%d/%m/%Y") if long_ else "%d-%s-%02d" % (d.day, MON[d.month - 1], d.year % 100)

def age_on(dob, d): return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def render_dob(p, src, r):
    if p.known: d = p.dob
    elif src == "hscp": d = p.nhs_dob
    else:
        x = r.random()
        d = p.assigned if x < .5 else D(p.dob.year + r.choice([-1, 0, 0, 1]), 1, 1) if x < .8 else p.dob
    base = d
    if r.random() < .025 and d.day <= 12 and d.day != d.month: d = D(d.year, d.day, d.month)
    if r.random() < .025:
        s = list(d.strftime("%d%m%Y")); i = r.choice([0, 1, 2, 3, 6, 7]); s[i] = str(r.randrange(10))
        try: d = dt.datetime.strptime("".join(s), "%d%m%Y").date()
        except ValueError: d = d + TD(days=1)
    if r.random() < .02: d = D(d.year + r.choice([-1, 1]), d.month, min(d.day, 28))
    miss = .04 + (.08 if not p.known and src == "police" else 0)
    return (None if r.random() < miss else d), base

def render_name(p, src, r):
    g, m, f = p.given, p.middle, p.family
    n = p.nat
    if n in ("SD", "ER"):
        x = r.random()
        if x < .3: f, m = p.grand, p.father
        elif x < .4: f = p.grand
        else: m = ""
    if n == "IN":
        x = r.random()
        if x < .25: g, f = g + " " + p.father[0] + ".", ""
        elif x < .4: f = p.father[0]
    pv = .3
    g = " ".join(variant(t, r) if r.random() < pv else t for t in ([g] if g in VAR else g.split()))
    f = f if r.random() >= pv else (mac(p.macstem, r) if hasattr(p, "macstem") else variant(f, r))
    if m and r.random() < pv: m = variant(m, r)
    if n == "BG" and not p.male and r.random() < .08: f = f.rstrip("a")  # feminine ending dropped
    if m:
        x = r.random()
        if n == "VN": g = m + " " + g if x < .55 else g
        elif n == "PH":
            if x < .3: g += " " + m
            elif x < .45: g += " " + m[0] + "."
        elif x < (.7 if n in ("SD", "ER") else .35): g += " " + m
    if src == "police" and p.aliases and r.random() < .2: g = p.aliases[0]  # known only by nickname/working name
    if r.random() < {"police": .85, "hscp": .7, "support": .4, "sgs": .5}[src]: g, f = strip_acc(g), strip_acc(f)
    if r.random() < NAT[n]["swap"] or (n == "VN" and src == "police" and r.random() < .2): g, f = f, g
    if r.random() < .07: f = typo(f, r)
    if r.random() < .07: g = typo(g, r)
    if r.random() < .015: g = ""
    if n == "VN" and r.random() < .02: f, g = " ".join(x for x in (f, g) if x), ""  # whole name in surname field
    if src == "police": f = f.upper()
    elif src == "hscp" and r.random() < .3: f, g = f.upper(), g.upper()
    aka = ""
    if p.aliases and r.random() < {"police": .5, "support": .2}.get(src, 0): aka = p.aliases[0]
    return f.strip(), g.strip(), aka

def nationality(p, src, r):
    if src == "hscp" and r.random() < .5: return r.choice(["", "", "Not known"])
    S = NAT[p.nat]
    if p.nat == "SC": return r.choices(["British", "Scottish", "UK", "United Kingdom"], [5, 3, 1, 1])[0]
    adj, ctry = S["adj"], S["ctry"]
    if p.nat in NATMIS and r.random() < NATMIS[p.nat][2]: adj, ctry = NATMIS[p.nat][:2]
    if ctry == "Vietnam" and r.random() < .3: ctry = "Viet Nam"
    return adj if src == "police" else ctry

def sex_code(p, src, r):
    if r.random() < .03: return ""
    male = p.male if r.random() > .01 else not p.male
    codes = {"police": ("M", "F"), "hscp": ("1", "2"), "sgs": ("M", "F"), "support": ("Male", "Female")}[src]
    return codes[0 if male else 1]

def fmt_pc(pc, r, miss):
    if not pc or r.random() < miss: return ""
    x = r.random()
    if x < .1: return pc.replace(" ", "")
    if x < .14: return pc.lower()
    if x < .17: return pc[:-2] + r.choice(UNIT) + pc[-1]
    return pc

def make_record(p, src, date, first, r):
    rec = dict(source={"police": "PS_NHTU", "support": "ADULT_SUPPORT", "hscp": "HSCP", "sgs": "SGS"}[src])
    rec["surname"], rec["forenames"], rec["known_as"] = render_name(p, src, r)
    dob, base = render_dob(p, src, r)
    rec["date_of_birth"] = fmt_date(dob, src, r)
    rec["sex"] = sex_code(p, src, r)
    rec["nationality"] = nationality(p, src, r)
    rec["contact_date"] = fmt_date(date, src, r)
    ref = p.refs.get(src) if r.random() < .7 else None
    lang = NAT[p.nat]["lang"]
    if p.nat == "CN" and r.random() < .3: lang = r.choice(["Cantonese", "Fujianese"])
    if p.nat == "NG" and r.random() < .3: lang = r.choice(["Edo", "Pidgin English"])
    if p.nat == "IN" and r.random() < .3: lang = "Malayalam"
    if src == "police":
        inc = p.inc if first or r.random() < .25 else None
        rec["agency"] = "Police Scotland NHTU"
        rec["crime_ref"] = inc.cref if inc else crime_ref(date, r)
        rec["scro_number"] = p.scro if r.random() < .9 else ""
        if rec["scro_number"] and r.random() < .03: rec["scro_number"] = typo(p.scro, r)
        rec["town"] = inc.town if inc else p.town
        rec["postcode"] = fmt_pc(inc.pc if inc else p.pc, r, .15)
        rec["workplace"] = (inc.place + ", " + inc.town) if inc else ""
        rec["exploitation_type"] = p.expl + (" exploitation" if p.expl != "Domestic servitude" else "")
        if p.work == "cannabis farm" and r.random() < .3: rec["exploitation_type"] = "Labour exploitation"
        if dob is None and r.random() < .8: rec["age"] = str(age_on(base, date) + r.choice([-2, -1, 0, 1, 2]))
        if r.random() < .4: rec["language"] = lang
    else:
        rec["postcode"] = fmt_pc(p.pc if src != "hscp" or r.random() < .75 else postcode(p.town, r), r, .08)
        la = TOWNS[p.town][1]
        rec["town"] = la if src == "sgs" else p.town
        rec["language"] = lang if src != "hscp" or r.random() < .3 else ""
        if src != "hscp": rec["age"] = str(age_on(base, date)) if r.random() < .85 else ""
        if src in ("support", "sgs"): rec["exploitation_type"] = p.expl if r.random() < .85 else "Unknown"
    if src == "support":
        tara = not p.male and p.expl == "Sexual"
        rec["agency"] = "TARA" if tara else "Migrant Help Scotland"
        ref = ref or ("TARA/%d/%04d" % (date.year, r.randrange(1, 400)) if tara else "MHS-SC-%06d" % r.randrange(10 ** 6))
    elif src == "hscp":
        rec["agency"] = HSCP.get(TOWNS[p.town][1], TOWNS[p.town][1] + " HSCP")
        ref = ref or "CF%07d" % r.randrange(10 ** 7)
        chi = p.chi2 if p.chi2 and r.random() < .5 else p.chi
        if r.random() < .9: rec["date_of_birth"] = fmt_date(p.chi_dob[chi], src, r)  # DOB field agrees with CHI
        x = r.random()
        if x < .04: chi = chi[1:] if chi[0] == "0" else chi  # leading zero lost in spreadsheet
        elif x < .055: i = r.randrange(9); chi = chi[:i] + chi[i + 1] + chi[i] + chi[i + 2:]
        elif x < .09: chi = chi[:6] + " " + chi[6:]
        rec["chi_number"] = "" if r.random() < .07 else chi
    elif src == "sgs":
        rec["agency"] = "Scottish Guardianship Service"
        ref = ref or "SGS-%02d-%03d" % (date.year % 100, r.randrange(1, 999))
        if r.random() < .3: rec["chi_number"] = p.chi
    if src != "police":
        p.refs.setdefault(src, ref); rec["case_ref"] = ref
    return rec

COLS = ("record_id source agency case_ref crime_ref scro_number chi_number surname forenames known_as "
        "date_of_birth age sex nationality language postcode town exploitation_type workplace contact_date").split()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1000); ap.add_argument("--seed", type=int, default=36)
    ap.add_argument("--out", default="data.csv"); ap.add_argument("--truth", default="truth.csv")
    a = ap.parse_args()
    r = random.Random(a.seed)
    rows, ids = [], set()
    for p in make_people(a.people, r):
        k = r.choices([1, 2, 3, 4, 5], [34, 28, 20, 12, 6])[0]
        span = max(2, min(1000, (D(2025, 6, 30) - p.inc.date).days))
        dates = [p.inc.date] + sorted(p.inc.date + TD(days=r.randrange(1, span)) for _ in range(k - 1))
        for i, d in enumerate(dates):
            child, foreign = age_on(p.dob, d) < 18, p.nat != "SC"
            w = {"police": .45 if i == 0 else .25, "support": 0 if child else .3 * (1 if foreign else .4),
                 "hscp": .05 if i == 0 else .35, "sgs": (.3 if i == 0 else .15) if child and foreign else 0}
            src = r.choices(list(w), list(w.values()))[0]
            rec = make_record(p, src, d, i == 0 and src == "police", r)
            while True:
                rid = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(9))
                if rid not in ids: ids.add(rid); break
            rec["record_id"] = rid
            rows.append((rec, p.pid))
    r.shuffle(rows)
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, COLS, restval=""); w.writeheader(); w.writerows(x for x, _ in rows)
    with open(a.truth, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh); w.writerow(["record_id", "person_id"]); w.writerows((x["record_id"], pid) for x, pid in rows)

if __name__ == "__main__":
    main()
