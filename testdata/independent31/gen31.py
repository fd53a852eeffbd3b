#!/usr/bin/env python3
"""gen31 - synthetic cross-border (Northern Ireland / Republic of Ireland) records
about victims of modern slavery.  Standard library only; every person is invented.
Usage: python3 gen31.py --people N --seed S --out data.csv --truth truth.csv"""
import argparse, csv, datetime as dt, random, unicodedata

def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

def wpick(rng, opts):                       # opts: (value, weight, ...)
    r = rng.random() * sum(o[1] for o in opts)
    for o in opts:
        r -= o[1]
        if r <= 0:
            return o
    return opts[-1]

# ---------------------------------------------------------------- name lists
# Irish given names: (English form, Irish form, sex, nicknames)
GA_GIVEN = [
    ("John", "Seán", "M", ["Johnny", "Jack"]), ("Patrick", "Pádraig", "M", ["Paddy", "Pat", "Packie"]),
    ("Michael", "Mícheál", "M", ["Mick", "Mickey", "Mikey"]), ("James", "Séamus", "M", ["Jim", "Jimmy", "Jamesie"]),
    ("Thomas", "Tomás", "M", ["Tom", "Tommy"]), ("Martin", "Máirtín", "M", ["Marty"]), ("Peter", "Peadar", "M", ["Pete"]),
    ("Daniel", "Dónall", "M", ["Danny", "Dan"]), ("Denis", "Donncha", "M", ["Dinny"]), ("Kieran", "Ciarán", "M", []),
    ("Brendan", "Breandán", "M", []), ("Dermot", "Diarmuid", "M", []), ("Conor", "Conchúr", "M", []),
    ("Owen", "Eoin", "M", []), ("Rory", "Ruairí", "M", []), ("Edward", "Éamonn", "M", ["Eddie", "Ned"]),
    ("William", "Liam", "M", ["Willie"]), ("Christopher", "Críostóir", "M", ["Christy"]),
    ("Bernard", "Bearnárd", "M", ["Barney"]), ("Hugh", "Aodh", "M", ["Hughie"]), ("Declan", "Deaglán", "M", ["Deccie"]),
    ("Colm", "Colm", "M", []),
    ("Mary", "Máire", "F", ["Mae", "Molly"]), ("Joan", "Siobhán", "F", ["Shiv"]), ("Bridget", "Bríd", "F", ["Biddy", "Bridie"]),
    ("Margaret", "Mairéad", "F", ["Maggie", "Peggy"]), ("Kathleen", "Caitlín", "F", ["Kitty", "Kate"]),
    ("Catherine", "Caitríona", "F", ["Cathy", "Kate"]), ("Nora", "Nóra", "F", ["Nonie"]), ("Ellen", "Eibhlín", "F", ["Nellie"]),
    ("Anne", "Áine", "F", ["Annie"]), ("Grace", "Gráinne", "F", []), ("Eva", "Aoife", "F", []), ("Neve", "Niamh", "F", []),
    ("Jane", "Sinéad", "F", []), ("Sarah", "Sorcha", "F", []), ("Deirdre", "Deirdre", "F", ["Dee"]),
    ("Orla", "Orlaith", "F", []), ("Sheila", "Síle", "F", []), ("Winifred", "Úna", "F", ["Winnie"]),
    ("Teresa", "Treasa", "F", ["Tessie"]), ("Keeva", "Caoimhe", "F", [])]
GA_BY_EN = {e[0]: e for e in GA_GIVEN}
IRISH_ONLY = {"Siobhán", "Ciarán", "Aoife", "Niamh", "Sinéad", "Gráinne", "Orlaith", "Sorcha", "Eoin",
              "Ruairí", "Diarmuid", "Caoimhe", "Conchúr"}
TRAV_M = "John John John John Michael Michael Michael Patrick Patrick Patrick Martin Martin Thomas James Christopher Bernard Edward William".split()
TRAV_F = "Mary Mary Mary Mary Bridget Bridget Bridget Margaret Margaret Kathleen Kathleen Nora Ellen Ellen Anne Winifred Teresa".split()
# Irish surnames: (English, Irish masc., Irish fem.)
GA_SUR = [("O'Sullivan", "Ó Súilleabháin", "Ní Shúilleabháin"), ("O'Brien", "Ó Briain", "Ní Bhriain"),
    ("McLaughlin", "Mac Lochlainn", "Nic Lochlainn"), ("Murphy", "Ó Murchú", "Ní Mhurchú"), ("Kelly", "Ó Ceallaigh", "Ní Cheallaigh"),
    ("Walsh", "Breatnach", "Breatnach"), ("Byrne", "Ó Broin", "Ní Bhroin"), ("Ryan", "Ó Riain", "Ní Riain"),
    ("O'Connor", "Ó Conchúir", "Ní Chonchúir"), ("O'Neill", "Ó Néill", "Ní Néill"), ("Doherty", "Ó Dochartaigh", "Ní Dhochartaigh"),
    ("Gallagher", "Ó Gallchóir", "Ní Ghallchóir"), ("McCarthy", "Mac Cárthaigh", "Nic Cárthaigh"),
    ("Kennedy", "Ó Cinnéide", "Ní Chinnéide"), ("Quinn", "Ó Cuinn", "Ní Chuinn"), ("Brennan", "Ó Braonáin", "Ní Bhraonáin"),
    ("Maguire", "Mag Uidhir", "Nic Uidhir"), ("McGuinness", "Mag Aonghusa", "Nic Aonghusa"),
    ("Donnelly", "Ó Donnghaile", "Ní Dhonnghaile"), ("Boyle", "Ó Baoill", "Ní Bhaoill"), ("McCann", "Mac Cana", "Nic Cana"),
    ("Lynch", "Ó Loingsigh", "Ní Loingsigh"), ("Duffy", "Ó Dubhthaigh", "Ní Dhubhthaigh"), ("Hughes", "Ó hAodha", "Ní Aodha"),
    ("O'Donnell", "Ó Dónaill", "Ní Dhónaill"), ("MacMahon", "Mac Mathúna", "Nic Mhathúna"), ("Devlin", "Ó Doibhilin", "Ní Dhoibhilin"),
    ("McGrath", "Mac Craith", "Nic Craith"), ("O'Hare", "Ó hÍr", "Ní Ír"), ("Keane", "Ó Catháin", "Ní Chatháin")]
# Traveller surnames: (spelling variants, Irish masc, Irish fem)
TRAV_SUR = [(["Ward", "Warde"], "Mac an Bhaird", "Nic an Bhaird"),
    (["McDonagh", "McDonnagh", "MacDonagh", "McDonough", "Mcdonagh"], "Mac Donncha", "Nic Dhonncha"),
    (["Joyce"], "Seoighe", "Seoighe"), (["Connors", "O'Connor", "Connor"], "Ó Conchúir", "Ní Chonchúir"),
    (["Maughan", "Maugham"], None, None), (["Stokes"], None, None), (["Cash"], None, None),
    (["Collins"], "Ó Coileáin", "Ní Choileáin"), (["Mongan", "Mangan"], "Ó Mongáin", "Ní Mhongáin"),
    (["McGinley", "Mcginley", "McGinly"], "Mac Fhionnghaile", "Nic Fhionnghaile"), (["Cawley", "Cauley"], None, None),
    (["Reilly", "O'Reilly", "Riley"], "Ó Raghallaigh", "Ní Raghallaigh"), (["Sherlock"], None, None),
    (["Delaney", "Delany"], None, None), (["Doran"], None, None), (["McInerney", "McEnerney"], None, None)]
NI_GIVEN = [("David", "M", ["Davy", "Dave"]), ("Mark", "M", []), ("Gary", "M", []), ("Stephen", "M", ["Stevie"]),
    ("Andrew", "M", ["Andy"]), ("Robert", "M", ["Rab", "Bobby"]), ("William", "M", ["Billy", "Willie"]),
    ("Samuel", "M", ["Sammy"]), ("Jonathan", "M", ["Jonny"]), ("Trevor", "M", []), ("Lisa", "F", []),
    ("Gillian", "F", ["Jill"]), ("Karen", "F", []), ("Claire", "F", []), ("Rachel", "F", []), ("Emma", "F", []),
    ("Nicola", "F", ["Nicky"]), ("Ruth", "F", []), ("Heather", "F", [])]
NI_SUR = [(["Wilson"]), (["Campbell"]), (["Stewart", "Stuart"]), (["Thompson", "Thomson"]), (["Moore", "Moor"]),
    (["Johnston", "Johnstone"]), (["Robinson"]), (["Irvine", "Irvin"]), (["Graham", "Graeme"]), (["Patterson", "Paterson"]),
    (["McCullough", "McCulloch"]), (["McKee"]), (["McAllister", "McAlister"]), (["Boyd"]), (["Hamilton"]),
    (["Beattie", "Beatty"]), (["Millar", "Miller"]), (["Kerr", "Carr"])]
RO_M = ["Ionel", "Florin", "Marian", "Costel", "Gheorghe", "Nicolae", "Vasile", "Adrian", "Dănuț", "Marius", "Cătălin", "Ștefan", "Constantin"]
RO_F = ["Maria", "Elena", "Florentina", "Mirela", "Loredana", "Ramona", "Cristina", "Alina", "Lăcrămioara", "Viorica", "Geanina"]
RO_NICK = {"Gheorghe": ["Gigi"], "Nicolae": ["Nicu"], "Vasile": ["Vasilică"], "Ionel": ["Nelu"], "Constantin": ["Costi"],
           "Ștefan": ["Fane"], "Florentina": ["Flori"], "Lăcrămioara": ["Lăcri"], "Elena": ["Lenuța"]}
RO_SUR = ["Stoica", "Dumitru", "Lăcătuș", "Căldăraru", "Radu", "Constantin", "Mihai", "Stan", "Rostaș", "Pătru",
          "Zamfir", "Tănase", "Ciurar", "Bălan", "Ursu", "Spoitoru"]
PH_M = ["Jomar", "Rodel", "Arnel", "Rogelio", "Jerome", "Romeo", "Noel", "Ramil", "Marlon", "Ariel", "Reynaldo",
        "Efren", "Jericho", "Danilo", "Rolando", "Joel"]
PH_F = ["Maricel", "Rowena", "Marites", "Jocelyn", "Analyn", "Lovely", "Cherry"]
PH_SUR = ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Ramos", "Castillo",
          "Manalo", "Dimaculangan", "Macaraeg", "Tolentino", "De Guzman", "Del Rosario", "Pascual", "Cabrera"]
PH_NICK = ["Jun", "Boy", "Jojo", "Dodong", "Bong", "Toto", "Nonoy"]
IN_GIVEN = ["Murugan", "Selvam", "Anthony", "Joseph", "Raja", "Kannan", "Suresh", "Senthil", "Arul", "Sahayam",
            "Xavier", "Jesuraj", "Prabhu", "Vijay", "Biju", "Shaji", "Sibi", "Jomon", "Binu"]
IN_SUR = {"Selvaraj": [], "Arockiasamy": ["Arokiasamy", "Arockiasami"], "Rajendran": [], "Muthu": [],
          "Periyasamy": ["Periasamy", "Periyaswamy"], "Thangaraj": ["Thangaraju"], "Michael": [], "Fernando": [],
          "Kurian": ["Kurien"], "Varghese": ["Verghese", "Varghis"], "Mathew": ["Mathews", "Matthew"],
          "Chinnappan": [], "Savarimuthu": ["Savarimuthoo"], "Anthony": ["Antony"]}
IN_ALT = {"Anthony": ["Antony"], "Joseph": ["Josef"], "Sahayam": ["Sagayam"], "Jesuraj": ["Yesuraj"], "Senthil": ["Sentil"]}
CN_SUR = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Lin", "Zheng", "Lin", "Chen"]
CN_SYL = ["Wei", "Jun", "Lei", "Ming", "Hui", "Xiao", "Ling", "Jian", "Guo", "Hong", "Mei", "Li", "Na", "Fang", "Yan",
          "Qiang", "Bin", "Hua", "Jie", "Ying", "Zhi", "Xin"]
CN_EN = {"M": ["Kevin", "Jack", "Tony", "Peter", "Eric", "Sam"], "F": ["Amy", "Lily", "Cindy", "Coco", "Jenny", "Vivian"]}
NG_M = ["Osagie", "Osaro", "Efosa", "Uyi", "Eghosa", "Chinedu", "Emeka", "Ikenna", "Tunde", "Oluwaseun"]
NG_F = ["Osasumwen", "Esosa", "Efe", "Omoye", "Adaeze", "Ngozi", "Chioma", "Oluwaseun", "Osarugue", "Itohan"]
NG_EN = {"M": ["Godwin", "Lucky", "Samuel", "Friday"], "F": ["Blessing", "Precious", "Joy", "Favour", "Gift", "Mercy", "Peace"]}
NG_NICK = {"Osasumwen": "Osas", "Oluwaseun": "Seun", "Chinedu": "Nedu", "Adaeze": "Ada", "Ikenna": "Ike", "Omoye": "Omo",
           "Osarugue": "Rugue"}
NG_SUR = ["Osagie", "Igbinedion", "Omoruyi", "Ehigiator", "Osaro", "Aigbe", "Okafor", "Eze", "Adeyemi", "Okonkwo",
          "Obi", "Idahosa", "Ogbebor", "Edosomwan", "Iyamu", "Uwadiae"]
SD_M = {"Mohamed": ["Mohammed", "Muhammad", "Mohammad"], "Ahmed": ["Ahmad"], "Abdelrahman": ["Abdul Rahman", "Abdalrahman"],
        "Osman": ["Othman"], "Ibrahim": ["Ebrahim"], "Yousif": ["Yusuf", "Yousef"], "Adam": ["Adem"], "Hassan": ["Hasan"],
        "Omer": ["Omar"], "Ali": [], "Abakar": ["Abaker", "Abbakar"], "Ishag": ["Ishaq", "Ishak"], "Idris": ["Edris"],
        "Abdalla": ["Abdallah", "Abdullah"], "Hamid": ["Hamed"]}
SD_F = {"Fatima": ["Fatma"], "Amna": ["Amina"], "Mariam": ["Maryam"], "Hawa": [], "Khadija": ["Khadiga"]}
ER_M = {"Tesfay": ["Tesfaye", "Tesfai"], "Yonas": ["Yonus"], "Yohannes": ["Yohanes"], "Filmon": ["Philemon"],
        "Mehari": [], "Dawit": [], "Abraham": ["Abrham"], "Biniam": ["Biniyam"], "Bereket": [], "Samuel": ["Semere"]}
ER_F = {"Senait": ["Senayt"], "Helen": [], "Semhar": [], "Selam": ["Selamawit"], "Meron": [], "Saba": [], "Ruta": []}
ER_SUR = {"Tesfamariam": ["Tesfamaryam"], "Gebremedhin": ["Ghebremedhin"], "Haile": [], "Tekle": ["Teklay"],
          "Berhane": ["Berhe", "Berhan"], "Kidane": [], "Woldu": ["Weldu"], "Habte": [], "Gebreyesus": ["Ghebreyesus"],
          "Asfaha": [], "Mebrahtu": [], "Kahsay": ["Kahsai"], "Ghirmay": ["Girmay"]}
BR_M = ["João", "José", "Lucas", "Gabriel", "Thiago", "Rafael", "Matheus", "Felipe", "Wellington", "João Pedro", "Luiz Carlos"]
BR_F = ["Ana", "Juliana", "Fernanda", "Camila", "Larissa", "Letícia", "Jéssica", "Ana Paula", "Maria Eduarda"]
BR_SUR = ["da Silva", "dos Santos", "de Oliveira", "Souza", "Pereira", "Ferreira", "Rodrigues", "Alves", "Lima", "Costa",
          "Carvalho", "Gomes", "Ribeiro", "Araújo"]
BR_ALT = {"Souza": ["Sousa"], "Thiago": ["Tiago"], "Matheus": ["Mateus"], "Felipe": ["Filipe"], "Luiz Carlos": ["Luis Carlos"]}

# ---------------------------------------------------------------- places
NI_TOWNS = [("Belfast", "Antrim", ["BT1", "BT2", "BT5", "BT6", "BT7", "BT9", "BT11", "BT12", "BT13", "BT14", "BT15"]),
    ("Newry", "Down", ["BT34", "BT35"]), ("Dungannon", "Tyrone", ["BT70", "BT71"]), ("Craigavon", "Armagh", ["BT64", "BT65"]),
    ("Portadown", "Armagh", ["BT62", "BT63"]), ("Derry", "Londonderry", ["BT47", "BT48"]), ("Ballymena", "Antrim", ["BT42", "BT43"]),
    ("Enniskillen", "Fermanagh", ["BT74"]), ("Omagh", "Tyrone", ["BT78", "BT79"]), ("Coleraine", "Londonderry", ["BT51", "BT52"]),
    ("Lisburn", "Antrim", ["BT27", "BT28"]), ("Newtownabbey", "Antrim", ["BT36", "BT37"]), ("Armagh", "Armagh", ["BT60", "BT61"])]
ROI_TOWNS = [("Dublin 1", "Dublin", ["D01"]), ("Dublin 7", "Dublin", ["D07"]), ("Dublin 8", "Dublin", ["D08"]),
    ("Dublin 15", "Dublin", ["D15"]), ("Dublin 24", "Dublin", ["D24"]), ("Cork", "Cork", ["T12", "T23"]), ("Galway", "Galway", ["H91"]),
    ("Gort", "Galway", ["H91"]), ("Limerick", "Limerick", ["V94"]), ("Waterford", "Waterford", ["X91"]), ("Dundalk", "Louth", ["A91"]),
    ("Drogheda", "Louth", ["A92"]), ("Letterkenny", "Donegal", ["F92"]), ("Sligo", "Sligo", ["F91"]), ("Athlone", "Westmeath", ["N37"]),
    ("Roscommon", "Roscommon", ["F42"]), ("Monaghan", "Monaghan", ["H18"]), ("Cavan", "Cavan", ["H12"]), ("Ennis", "Clare", ["V95"])]
PORTS = {"NI": [("Kilkeel", "Down", "BT34", "N"), ("Ardglass", "Down", "BT30", "N"), ("Portavogie", "Down", "BT22", "B")],
         "ROI": [("Killybegs", "Donegal", "F94", "SO"), ("Castletownbere", "Cork", "P75", "S"), ("Howth", "Dublin", "D13", "D"),
                 ("Rossaveel", "Galway", "H91", "G"), ("Union Hall", "Cork", "P81", "S")]}
VESSELS = ["Ocean Harvest", "Star of the Sea", "Mary Bernadette", "Boy Colm", "Northern Venture", "Girl Aoife", "Sea Sparkle",
           "Guiding Light", "Silver Dawn", "Provider", "Golden Sheaf", "Carrig Una", "Emerald Isle", "Atlantic Rose",
           "Morning Star", "Saint Brendan", "Western Endeavour", "Orla Marie", "Kerry Anne", "Celtic Pride"]
ST_A = ["Church", "Mill", "Main", "Chapel", "Station", "Springvale", "Castle", "Bridge", "Harbour", "Green", "Abbey", "Fair",
        "Market", "Ashgrove", "Glen", "Beechmount", "Rathmore", "Knock", "Cherry", "Oak", "Hazel", "Willow", "Elm", "Meadow"]
ST_B = ["Road", "Street", "Park", "Avenue", "Gardens", "Terrace", "Drive", "Crescent", "Court", "Close", "Lane"]
ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Gardens": "Gdns", "Terrace": "Tce", "Drive": "Dr", "Crescent": "Cres"}
HALTING = ["Glenside", "Cloverhill", "St Anne's", "Ballyowen", "Woodview", "Riverside"]

NAT = {'IRL': ("Irish", "Ireland", "IRL"), 'GBR': ("British", "United Kingdom", "GBR"), 'ROU': ("Romanian", "Romania", "ROU"),
       'PHL': ("Filipino", "Philippines", "PHL"), 'IND': ("Indian", "India", "IND"), 'CHN': ("Chinese", "China", "CHN"),
       'NGA': ("Nigerian", "Nigeria", "NGA"), 'SDN': ("Sudanese", "Sudan", "SDN"), 'ERI': ("Eritrean", "Eritrea", "ERI"),
       'BRA': ("Brazilian", "Brazil", "BRA")}
# group: nationality, ethnicity, languages, P(home NI), age range, cluster kind, weight, exploitation (type, subtype, w)
GROUPS = {
    'irish':     ('IRL', "White Irish", ["English"], .30, (16, 65), 'sib', 10, [('L', 'construction', 4), ('S', 'off-street prostitution', 3), ('C', 'drug supply', 3)]),
    'traveller': ('IRL', "Irish Traveller", ["English"], .40, (15, 70), 'trav', 8, [('L', 'paving/tarmac', 5), ('C', 'drug supply', 2), ('S', 'off-street prostitution', 1), ('D', 'domestic', 1)]),
    'ni':        ('GBR', "White", ["English"], .95, (16, 65), 'sib', 8, [('L', 'construction', 3), ('C', 'drug supply', 4), ('S', 'off-street prostitution', 3)]),
    'roma':      ('ROU', "Roma", ["Romanian", "Romani"], .50, (15, 60), 'fam', 12, [('L', 'car wash', 3), ('L', 'agriculture', 3), ('C', 'begging', 3), ('S', 'brothel', 2)]),
    'filipino':  ('PHL', "Filipino", ["Tagalog", "English"], .50, (20, 55), 'crew', 12, [('L', 'fishing', 9), ('D', 'domestic', 1)]),
    'indian':    ('IND', "Indian", ["Tamil", "Malayalam"], .50, (20, 55), 'crew', 5, [('L', 'fishing', 1)]),
    'chinese':   ('CHN', "Chinese", ["Mandarin", "Fuzhounese"], .50, (18, 55), 'work', 12, [('C', 'cannabis cultivation', 5), ('S', 'brothel', 4), ('L', 'restaurant', 2)]),
    'nigerian':  ('NGA', "Black African", ["English", "Edo", "Pidgin English"], .40, (16, 35), 'work', 10, [('S', 'brothel', 7), ('D', 'domestic', 2), ('L', 'care work', 1)]),
    'sudanese':  ('SDN', "Black African", ["Arabic"], .50, (16, 40), 'sib', 7, [('L', 'agriculture', 3), ('C', 'drug supply', 2), ('L', 'car wash', 2)]),
    'eritrean':  ('ERI', "Black African", ["Tigrinya"], .50, (16, 40), 'sib', 5, [('L', 'agriculture', 2), ('S', 'brothel', 1), ('D', 'domestic', 1)]),
    'brazilian': ('BRA', "Other", ["Portuguese"], .20, (20, 50), 'work', 11, [('L', 'meat processing', 5), ('L', 'mushroom farm', 2), ('S', 'off-street prostitution', 2)])}
for _g, _v in GROUPS.items():          # exploitation entries -> (type, weight, subtype)
    GROUPS[_g] = _v[:7] + ([(t, w, sub) for t, sub, w in _v[7]],)
NI_SRC, ROI_SRC = ["PSNI_MSHTU", "HSCT", "BELFAST_CHARITY"], ["GARDA_HTICU", "IRISH_NGO"]
SRC_W = {"PSNI_MSHTU": 4, "HSCT": 3, "BELFAST_CHARITY": 3, "GARDA_HTICU": 5.5, "IRISH_NGO": 4.5}

# ---------------------------------------------------------------- name option builders
def spell(main, alts, w=80):
    return [(main, w, 'std')] + [(a, (100 - w) / len(alts), 'alt') for a in alts]

def ro_spell(s):
    ced = s.replace('ș', 'ş').replace('ț', 'ţ').replace('Ș', 'Ş')
    return [(s, 50, 'std'), (ced, 15, 'std'), (strip_acc(s), 35, 'std')]

def sur_en(s, w=80):
    v = [(s, w, 'en')]
    if s.startswith("O'"):
        v += [("O " + s[2:], 7, 'en'), ("O" + s[2:], 4, 'en'), ("O\u2019" + s[2:], 4, 'en')]
    elif s.startswith("Mc"):
        v += [("Mc" + s[2:].lower(), 7, 'en'), ("Mc " + s[2:], 3, 'en'), ("Mac" + s[2:], 5, 'en')]
    elif s.startswith("Mac"):
        v += [("Mc" + s[3:], 8, 'en'), ("Mac " + s[3:], 3, 'en')]
    return v

def sur_ga(g, scale):
    v = [(g, 55, 'ga'), (strip_acc(g), 30, 'ga')]
    if g.split(' ')[0] in ("Mac", "Nic", "Mag"):
        v.append((g.replace(" ", "", 1), 8, 'ga'))
    if g.startswith("Ó "):
        v.append(("O'" + g[2:], 6, 'ga'))
    return [(s, w * scale, k) for s, w, k in v]

def irish_given(rng, e, ga_pref):
    en, ga, sex, nicks = e
    if ga == en:
        opts = [(en, 90, 'en')]
    elif rng.random() < (0.9 if ga in IRISH_ONLY else ga_pref):
        opts = [(ga, 55, 'ga'), (strip_acc(ga), 30, 'ga'), (en, 6, 'en')]
    else:
        opts = [(en, 85, 'en'), (ga, 4, 'ga'), (strip_acc(ga), 2, 'ga')]
    return opts + [(n, 8 / len(nicks), 'nick') for n in nicks], list(nicks)

def make_names(rng, g, sex, fam, cl):
    """returns (given options, family options, nicknames, swap probability)"""
    if g in ('irish', 'traveller') or (g == 'ni' and fam['irishname']):
        if g == 'traveller':
            e = GA_BY_EN[rng.choice(TRAV_M if sex == 'M' else TRAV_F)]
        else:
            e = rng.choice([x for x in GA_GIVEN if x[2] == sex])
        gopt, nicks = irish_given(rng, e, {'irish': .45, 'ni': .25, 'traveller': .04}[g])
        if g == 'traveller':
            same = [q for q in cl if q['base_given'] == e[0]]
            if same:
                nicks = nicks + ["Young " + e[0]] + ([e[0] + " Jnr"] if sex == 'M' else [])
                for q in same:
                    q['nicks'] += ["Big " + e[0]] + ([e[0] + " Snr"] if sex == 'M' else [])
            variants, gm, gf = fam['sur']
            fopt = [(variants[0], 75, 'en')] + [(v, 25 / max(1, len(variants) - 1), 'en') for v in variants[1:]]
            if gm:
                fopt += sur_ga(gm if sex == 'M' else gf, 0.04)
        else:
            en_s, gm, gf = fam['sur']
            fopt = sur_en(en_s) + sur_ga(gm if sex == 'M' else gf, 0.11)
        return gopt, fopt, nicks, .02, e[0]
    if g == 'ni':
        n, _, nicks = rng.choice([x for x in NI_GIVEN if x[1] == sex])
        variants = fam['sur']
        fopt = sur_en(variants[0], 88) + [(v, 12, 'en') for v in variants[1:]]
        return [(n, 90, 'std')] + [(k, 10 / len(nicks), 'nick') for k in nicks], fopt, list(nicks), .02, n
    if g == 'roma':
        n = rng.choice(RO_M if sex == 'M' else RO_F)
        nicks = RO_NICK.get(n, [])
        gopt = ro_spell(n) + [(k, 6, 'nick') for k in nicks]
        if rng.random() < .2:                       # double given name, often truncated
            n2 = rng.choice(RO_M if sex == 'M' else RO_F)
            gopt = [(s + ' ' + strip_acc(n2) if i % 2 else s + ' ' + n2, w * .5, k) for i, (s, w, k) in enumerate(gopt)] + gopt
        return gopt, ro_spell(fam['sur']), [strip_acc(k) for k in nicks], .12, n
    if g == 'filipino':
        n = rng.choice(PH_M if sex == 'M' else PH_F)
        mid = rng.choice(PH_SUR)
        gopt = [(n, 65, 'std'), (n + ' ' + mid[0] + '.', 15, 'std'), (n + ' ' + mid, 12, 'std')]
        if sex == 'M' and rng.random() < .15:
            gopt += [(n + ' Jr.', 15, 'std'), (n + ' Jr', 5, 'std')]
        s = fam['sur'] or rng.choice(PH_SUR)
        fopt = [(s, 80, 'std')]
        if ' ' in s:
            p, q = s.split(' ', 1)
            fopt += [(p + q, 7, 'alt'), (p + ' ' + q.lower(), 5, 'alt')] + ([("De la " + q, 8, 'alt')] if p == "Dela" else [])
        nicks = [rng.choice(PH_NICK)] if rng.random() < .4 else []
        return gopt + [(k, 4, 'nick') for k in nicks], fopt, nicks, .04, n
    if g == 'indian':
        n = rng.choice(IN_GIVEN)
        s = rng.choice(sorted(IN_SUR))
        gopt = spell(n, IN_ALT[n], 85) if n in IN_ALT else [(n, 100, 'std')]
        fopt = (spell(s, IN_SUR[s], 80) if IN_SUR[s] else [(s, 100, 'std')]) + [(s[0], 8, 'init'), (s[0] + '.', 4, 'init')]
        return gopt, fopt, [], .2, n
    if g == 'chinese':
        syl = [rng.choice(CN_SYL)] + ([rng.choice(CN_SYL)] if rng.random() < .7 else [])
        if len(syl) == 2:
            gopt = [(syl[0] + syl[1].lower(), 65, 'std'), (syl[0] + ' ' + syl[1], 20, 'std'), (syl[0] + '-' + syl[1], 8, 'std')]
        else:
            gopt = [(syl[0], 100, 'std')]
        nicks = [rng.choice(CN_EN[sex])] if rng.random() < .3 else []
        return gopt + [(k, 8, 'nick') for k in nicks], [(fam['sur'], 100, 'std')], nicks, .25, gopt[0][0]
    if g == 'nigerian':
        native = rng.choice(NG_M if sex == 'M' else NG_F)
        nicks = [NG_NICK[native]] if native in NG_NICK else []
        if rng.random() < .5:
            en = rng.choice(NG_EN[sex])
            gopt = [(en, 50, 'std'), (native, 25, 'alt'), (en + ' ' + native, 20, 'std')]
        else:
            gopt = [(native, 90, 'std')]
        return gopt + [(k, 8, 'nick') for k in nicks], [(fam['sur'], 100, 'std')], nicks, .05, native
    if g in ('sudanese', 'eritrean'):
        table = (SD_M if sex == 'M' else SD_F) if g == 'sudanese' else (ER_M if sex == 'M' else ER_F)
        n = rng.choice(sorted(table))
        sp = lambda x: [x] + (SD_M.get(x, []) if g == 'sudanese' else ER_SUR.get(x, []))
        f, gf = fam['father'], fam['gfather']
        fopt = [(a, 55 / len(sp(f)), 'std') for a in sp(f)] + [(a, 10 / len(sp(gf)), 'gf') for a in sp(gf)]
        fopt += [(a + ' ' + b, 35 / len(sp(f)) / len(sp(gf)), 'full') for a in sp(f) for b in sp(gf)]
        return spell(n, table[n], 75) if table[n] else [(n, 100, 'std')], fopt, [], .1, n
    # brazilian
    n = rng.choice(BR_M if sex == 'M' else BR_F)
    s1, s2 = fam['sur']
    gopt = spell(n, BR_ALT[n], 60) if n in BR_ALT else [(n, 100, 'std')]
    gopt = gopt + [(strip_acc(s), w * .5, k) for s, w, k in gopt if strip_acc(s) != s]
    if ' ' in n:
        gopt.append((n.split()[0], 25, 'short'))
    core2 = s2.split()[-1]
    fopt = [(s2, 30, 'std'), (core2, 15, 'std'), (s1 + ' ' + s2, 30, 'full'), (s1.split()[-1] + ' ' + core2, 10, 'full'),
            (s1, 10, 'first')] + [(a, 5, 'alt') for a in BR_ALT.get(core2, [])]
    fopt += [(strip_acc(s), w * .6, k) for s, w, k in fopt if strip_acc(s) != s]
    return gopt, fopt, [], .03, n

def new_family(rng, g):
    if g == 'traveller':
        return {'sur': rng.choice(TRAV_SUR)}
    if g == 'irish':
        return {'sur': rng.choice(GA_SUR)}
    if g == 'ni':
        irish = rng.random() < .45
        return {'irishname': irish, 'sur': rng.choice(GA_SUR) if irish else rng.choice(NI_SUR)}
    if g == 'roma':
        return {'sur': rng.choice(RO_SUR)}
    if g in ('filipino', 'indian'):
        return {'sur': None}
    if g == 'chinese':
        return {'sur': rng.choice(CN_SUR)}
    if g == 'nigerian':
        return {'sur': rng.choice(NG_SUR)}
    if g in ('sudanese', 'eritrean'):
        pool = sorted(SD_M) if g == 'sudanese' else sorted(ER_SUR)
        return {'father': rng.choice(pool), 'gfather': rng.choice(pool)}
    return {'sur': (rng.choice(BR_SUR), rng.choice(BR_SUR))}

# ---------------------------------------------------------------- identifiers and places
def hc_number(rng):
    while True:
        d = [3, rng.randint(2, 9)] + [rng.randint(0, 9) for _ in range(7)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c != 10:
            return ''.join(map(str, d)) + str(0 if c == 11 else c)

def pps_number(rng, year):
    d = [rng.randint(0, 9) for _ in range(7)]
    second = 'A' if year >= 2013 else rng.choice(['', 'W', ''])
    s = sum(x * (8 - i) for i, x in enumerate(d)) + (9 * (ord(second) - 64) if second and second != 'W' else 0)
    return ''.join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second

def postcode(rng, juris, district):
    if juris == 'NI':
        return "%s %d%s%s" % (district, rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
    return district + ' ' + rng.choice("ACDEFHKNPRTVWXY") + ''.join(rng.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(3))

def new_address(rng, juris, g, vessel=None):
    if vessel and vessel['juris'] == juris:
        return {'line': "FV %s, %s Harbour" % (vessel['name'], vessel['port'][0]), 'town': vessel['port'][0],
                'county': vessel['port'][1], 'pc': postcode(rng, juris, vessel['port'][2]), 'juris': juris}
    town, county, dists = rng.choice(NI_TOWNS if juris == 'NI' else ROI_TOWNS)
    if g == 'traveller' and rng.random() < .6:
        line = "Bay %d, %s Halting Site" % (rng.randint(1, 30), rng.choice(HALTING))
    else:
        line = "%s%d %s %s" % ("Apt %d, " % rng.randint(1, 40) if rng.random() < .2 else "", rng.randint(1, 180),
                               rng.choice(ST_A), rng.choice(ST_B))
    return {'line': line, 'town': town, 'county': county, 'pc': postcode(rng, juris, rng.choice(dists)), 'juris': juris}

def phone(rng, juris):
    return ("07%d" % rng.randint(700000000, 999999999)) if juris == 'NI' else ("08%d%07d" % (rng.choice([3, 5, 6, 7, 9]), rng.randint(0, 9999999)))

def typo(rng, s):
    if len(s) < 3:
        return s
    i, op = rng.randrange(1, len(s) - 1), rng.random()
    if op < .3:
        return s[:i] + s[i + 1:]
    if op < .55:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .8:
        return s[:i] + rng.choice('aeiounrstlhm') + s[i + 1:]
    return s[:i] + s[i] + s[i:]

def digit_typo(rng, s):
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    if len(idx) < 2:
        return s
    i = rng.choice(idx)
    if rng.random() < .5:
        return s[:i] + str((int(s[i]) + rng.choice([1, 9])) % 10) + s[i + 1:]
    j = idx[idx.index(i) - 1] if idx.index(i) else idx[1]
    a, b = min(i, j), max(i, j)
    return s[:a] + s[b] + s[a + 1:b] + s[a] + s[b + 1:]

def add_years(d, y):
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)

# ---------------------------------------------------------------- people
def build_people(rng, n):
    people = []
    mean_size = {'trav': 3.75, 'fam': 2.67, 'crew': 4, 'work': 2, 'sib': 1.15}
    gw = [(g, v[6] / mean_size[v[5]]) for g, v in GROUPS.items()]     # weights are shares of people, not clusters
    t0, span = dt.date(2015, 1, 1), (dt.date(2024, 6, 30) - dt.date(2015, 1, 1)).days
    while len(people) < n:
        g = wpick(rng, gw)[0]
        nat, eth, langs, p_ni, (amin, amax), kind, _, expl = GROUPS[g]
        size = {'trav': rng.choice([1, 2, 2, 3, 4, 5, 6, 7]), 'fam': rng.choice([1, 1, 2, 3, 4, 5]), 'crew': rng.randint(2, 6),
                'work': rng.choice([1, 1, 1, 2, 3, 4]), 'sib': 1 if rng.random() < .85 else 2}[kind]
        size = min(size, n - len(people))
        home = 'NI' if rng.random() < p_ni else 'ROI'
        other = 'ROI' if home == 'NI' else 'NI'
        vessel = None
        if kind == 'crew':
            port = rng.choice(PORTS[home])
            vessel = {'name': rng.choice(VESSELS), 'port': port, 'juris': home, 'reg': "%s %d" % (port[3], rng.randint(10, 999))}
        is_family = kind in ('trav', 'fam', 'sib') or (kind == 'work' and rng.random() < .3)
        fam = new_family(rng, g)
        shared_addr = new_address(rng, home, g, vessel) if (vessel or rng.random() < .7) else None
        shared_phone = phone(rng, home) if kind in ('work', 'crew') and rng.random() < .4 else None
        ex = wpick(rng, expl)
        base_age, base_date = rng.randint(amin, amax), t0 + dt.timedelta(days=rng.randrange(span))
        cl = []
        for _ in range(size):
            if not is_family:
                fam = new_family(rng, g)
            pex = ex if (not is_family or rng.random() < .7) else wpick(rng, expl)
            psex = 'F' if pex[0] == 'S' else 'M' if pex[2] == 'fishing' else \
                ('F' if rng.random() < .8 else 'M') if pex[0] == 'D' else ('M' if rng.random() < (.85 if g == 'chinese' else .62) else 'F')
            if g in ('filipino', 'indian') and pex[2] == 'fishing':
                psex = 'M'
            twin = cl[-1] if is_family and cl and rng.random() < .06 else None     # twins: same DOB and surname
            for _ in range(6):
                gopt, fopt, nicks, swap, base = make_names(rng, g, psex, fam, cl)
                if not twin or base != twin['base_given']:
                    break
            spread = 20 if kind == 'trav' else 8
            age = max(amin, min(amax, base_age + rng.randint(-spread, spread))) if is_family else rng.randint(amin, amax)
            age = min(age, 45) if pex[0] == 'S' else age
            first = base_date + dt.timedelta(days=rng.randint(0, 120))
            dob = twin['dob'] if twin else add_years(first, -age) - dt.timedelta(days=rng.randint(0, 364))
            juris = [home] + ([other] if rng.random() < (.4 if vessel else .22) else [])
            addrs = {home: [shared_addr if shared_addr and rng.random() < .85 else new_address(rng, home, g, vessel)]}
            if rng.random() < .35:
                addrs[home].append(new_address(rng, home, g))
            if len(juris) == 2:
                addrs[other] = [new_address(rng, other, g)]
            natk = nat
            if g == 'ni' and rng.random() < (.45 if fam.get('irishname') else .08):
                natk = 'IRL'
            ppsp = {'irish': .97, 'traveller': .95, 'ni': .3, 'brazilian': .8, 'roma': .6}.get(g, .45)
            p = {'group': g, 'sex': psex, 'dob': dob, 'given': gopt, 'family': fopt, 'nicks': nicks, 'swap': swap,
                 'base_given': base, 'nat': natk, 'eth': eth, 'lang': rng.choice(langs), 'ex': pex, 'juris': juris,
                 'addrs': addrs, 'vessel': vessel, 'first': first, 'refs': {},
                 'dob_unc': g not in ('irish', 'ni', 'traveller') and rng.random() < .12,
                 'hc': hc_number(rng) if 'NI' in juris else '',
                 'pps': pps_number(rng, rng.randint(1995, 2024)) if 'ROI' in juris and rng.random() < ppsp else '',
                 'nrm': "NRM-%d-%06d" % (first.year, rng.randint(1, 999999)) if 'NI' in juris and rng.random() < .65 else '',
                 'book': '', 'phones': []}
            if vessel:
                p['book'] = ("C%07d" % rng.randint(0, 9999999)) if g == 'filipino' else \
                    "%s %06d" % (rng.choice(["MUM", "CHN", "KOC", "TUT"]), rng.randint(0, 999999))
            for j in juris:
                if rng.random() < .7:
                    p['phones'].append(phone(rng, j))
            if shared_phone:
                p['phones'].append(shared_phone)
            cl.append(p)
        people += cl
    for i, p in enumerate(people):
        p['pid'] = "P%05d" % (i + 1)
    return people

# ---------------------------------------------------------------- record rendering
EXP_WORD = {"PSNI_MSHTU": {'L': "Labour Exploitation", 'S': "Sexual Exploitation", 'C': "Criminal Exploitation", 'D': "Domestic Servitude"},
            "GARDA_HTICU": {'L': "Labour exploitation", 'S': "Sexual exploitation", 'C': "Forced criminality", 'D': "Domestic servitude"},
            "BELFAST_CHARITY": {'L': "Labour", 'S': "Sexual", 'C': "Criminal", 'D': "Domestic servitude"},
            "IRISH_NGO": {'L': "Forced labour", 'S': "Sexual exploitation", 'C': "Forced criminality", 'D': "Domestic servitude"},
            "HSCT": {'L': "MSHT - labour", 'S': "MSHT - sexual", 'C': "MSHT - criminal", 'D': "MSHT - domestic"}}

def render_dob(rng, p, src):
    d = p['dob']
    if p['dob_unc'] and rng.random() < .5:            # age-assessed / estimated DOB
        d = dt.date(d.year + rng.choice([-2, -1, 0, 0, 1]), 1, 1)
    if rng.random() < {'BELFAST_CHARITY': .1, 'IRISH_NGO': .07}.get(src, .03):
        return ''
    r = rng.random()
    if r < .02 and d.day <= 12 and d.day != d.month:
        d = dt.date(d.year, d.day, d.month)
    elif r < .035:
        d = add_years(d, rng.choice([-1, 1]))
    if src == 'BELFAST_CHARITY' and rng.random() < .05:
        return str(d.year)
    if src == 'IRISH_NGO' and rng.random() < .3:
        s = d.isoformat()
    elif src == 'GARDA_HTICU' and rng.random() < .1:
        s = d.strftime("%d-%m-%Y")
    elif src == 'BELFAST_CHARITY' and rng.random() < .1:
        s = "%d/%d/%s" % (d.day, d.month, str(d.year)[2:])
    else:
        s = d.strftime("%d/%m/%Y")
    return digit_typo(rng, s) if rng.random() < .015 else s

def render_addr(rng, p, juris, src, idx):
    if rng.random() < {'PSNI_MSHTU': .12, 'HSCT': .04, 'BELFAST_CHARITY': .3, 'GARDA_HTICU': .15, 'IRISH_NGO': .3}[src]:
        return '', '', '', ''
    lst = p['addrs'][juris]
    a = lst[min(idx, len(lst) - 1)] if rng.random() < .8 else rng.choice(lst)
    line, town, county, pc = a['line'], a['town'], a['county'], a['pc']
    if src == 'BELFAST_CHARITY' and rng.random() < .3:
        return "Confidential - safe house", '', '', ''
    if src == 'IRISH_NGO' and rng.random() < .15:
        return ("Emergency homeless accommodation" if p['group'] in ('irish', 'ni', 'traveller') else
                "IPAS centre (emergency accommodation)"), rng.choice(ROI_TOWNS)[0], '', ''
    if src == 'HSCT' and rng.random() < .04:
        return "NFA", town, '', ''
    if rng.random() < .25:
        for k, v in ABBR.items():
            line = line.replace(' ' + k, ' ' + v)
    official = src in ('PSNI_MSHTU', 'HSCT')
    if town == 'Derry':
        town = 'Londonderry' if rng.random() < (.7 if official else .2) else 'Derry'
    if county == 'Londonderry':
        county = 'Londonderry' if rng.random() < (.7 if official else .2) else 'Derry'
    if town.startswith('Dublin ') and rng.random() < .3:
        town = rng.choice(["Dublin", "D" + town.split()[1], "Dublin %02d" % int(town.split()[1])])
    county = wpick(rng, [("Co. " + county, 40), ("Co " + county, 15), (county, 30), ("County " + county, 10), ('', 5)])[0]
    miss, nosp = (.1, .1) if juris == 'NI' else (.3, .25)
    r = rng.random()
    pc = '' if r < miss else pc.replace(' ', '') if r < miss + nosp else pc.lower() if r < miss + nosp + .04 else pc
    return line, town, county, pc

def render_phone(rng, ph):
    if ph.startswith('07'):
        return wpick(rng, [(ph, 40), (ph[:5] + ' ' + ph[5:], 35), ("+44 " + ph[1:5] + ' ' + ph[5:], 25)])[0]
    return wpick(rng, [(ph, 40), (ph[:3] + ' ' + ph[3:6] + ' ' + ph[6:], 35), ("+353 " + ph[1:3] + ' ' + ph[3:6] + ' ' + ph[6:], 25)])[0]

def local_ref(rng, p, src, date):
    if src == 'PSNI_MSHTU':
        return "CC%s%05d" % (date.strftime("%Y%m%d"), rng.randint(1, 99999))
    if src == 'GARDA_HTICU':
        return str(rng.randint(10 ** 7, 10 ** 8 - 1))
    if src not in p['refs'] or rng.random() < .08:      # client ids are stable per person, re-registrations happen
        p['refs'][src] = {"HSCT": "H%07d" % rng.randint(0, 9999999), "BELFAST_CHARITY": "BSC-%05d" % rng.randint(0, 99999),
                          "IRISH_NGO": "MRX/%d/%04d" % (date.year, rng.randint(1, 9999))}[src]
    return p['refs'][src]

def make_record(rng, p, src, date, idx):
    juris = 'NI' if src in NI_SRC else 'ROI'
    roi = juris == 'ROI'
    g = wpick(rng, [(s, w * ((1.8 if roi else .6) if k == 'ga' else 1), k) for s, w, k in p['given']])
    f = wpick(rng, [(s, w * ((4 if g[2] == 'ga' else .25) if k == 'ga' else 1), k) for s, w, k in p['family']])
    given, family = g[0], f[0]
    tr = .06 if src == 'BELFAST_CHARITY' else .035
    given = typo(rng, given) if rng.random() < tr else given
    family = typo(rng, family) if rng.random() < tr else family
    if rng.random() < p['swap']:
        given, family = family, given
    if rng.random() < {'HSCT': .6, 'PSNI_MSHTU': .2}.get(src, .05):       # systems that cannot store accents
        given, family = strip_acc(given), strip_acc(family)
    if src in ('PSNI_MSHTU', 'GARDA_HTICU') and rng.random() < .65:
        family = family.upper()
    elif src == 'HSCT' and rng.random() < .3:
        given, family = given.upper(), family.upper()
    elif rng.random() < .03:
        given, family = given.lower(), family.lower()
    if rng.random() < .01:
        given = ''
    ka_p = {'BELFAST_CHARITY': .5, 'IRISH_NGO': .35, 'PSNI_MSHTU': .25, 'GARDA_HTICU': .2, 'HSCT': .1}[src]
    known_as = rng.choice(p['nicks']) if p['nicks'] and rng.random() < ka_p else ''
    sex = p['sex'] if rng.random() > .005 else {'M': 'F', 'F': 'M'}[p['sex']]
    sex = '' if rng.random() < .03 else sex if src in ('PSNI_MSHTU', 'GARDA_HTICU') else {'M': 'Male', 'F': 'Female'}[sex]
    natk = p['nat'] if rng.random() > .08 or p['group'] != 'ni' else ('IRL' if p['nat'] == 'GBR' else 'GBR')
    if p['group'] == 'eritrean' and rng.random() < .05:
        nat = "Ethiopian"
    else:
        adj, country, code = NAT[natk]
        nat = {'HSCT': country, 'GARDA_HTICU': code if rng.random() < .4 else adj,
               'IRISH_NGO': adj if rng.random() < .6 else country}.get(src, adj)
        if natk == 'GBR' and rng.random() < .1:
            nat = rng.choice(["Northern Irish", "UK"])
    nat = '' if rng.random() < .05 else nat
    eth = p['eth'] if rng.random() < {'HSCT': .9, 'BELFAST_CHARITY': .6, 'IRISH_NGO': .5, 'PSNI_MSHTU': .3}.get(src, .1) else ''
    lang = p['lang'] if rng.random() < {'HSCT': .8, 'BELFAST_CHARITY': .9, 'IRISH_NGO': .7, 'PSNI_MSHTU': .3}.get(src, .2) else ''
    ex = p['ex'] if rng.random() > .08 else wpick(rng, GROUPS[p['group']][7] + [('C', 1, 'drug supply'), ('S', 1, 'brothel')])
    expl = ''
    if rng.random() < (.3 if src == 'HSCT' else .9):
        expl = EXP_WORD[src][ex[0]]
        if src == 'BELFAST_CHARITY' and ex[0] != 'D':
            expl += " - " + ex[2]
        elif src == 'IRISH_NGO' and ex[0] != 'D':
            expl += " (%s)" % ex[2]
    line, town, county, pc = render_addr(rng, p, juris, src, idx)
    hc = ''
    if p['hc'] and rng.random() < {'HSCT': .93, 'BELFAST_CHARITY': .12, 'PSNI_MSHTU': .05}.get(src, 0):
        hc = p['hc'] if rng.random() < .75 else p['hc'][:3] + ' ' + p['hc'][3:6] + ' ' + p['hc'][6:]
        hc = digit_typo(rng, hc) if rng.random() < .02 else hc
    pps = ''
    if p['pps'] and rng.random() < {'GARDA_HTICU': .55, 'IRISH_NGO': .45}.get(src, 0):
        pps = p['pps']
        r = rng.random()
        pps = pps[:7] + ' ' + pps[7:] if r < .1 else pps.lower() if r < .15 else pps[:8] if r < .2 else pps
        pps = digit_typo(rng, pps) if rng.random() < .02 else pps
    nrm = ''
    if p['nrm'] and rng.random() < {'PSNI_MSHTU': .75, 'BELFAST_CHARITY': .6, 'HSCT': .05}.get(src, 0):
        nrm = p['nrm'] if rng.random() < .9 else p['nrm'].replace('-', '')
    vessel = book = ''
    v = p['vessel']
    if v and rng.random() < {'PSNI_MSHTU': .9, 'GARDA_HTICU': .9, 'HSCT': .15}.get(src, .6):
        vessel = wpick(rng, [(v['name'], 35), ("FV " + v['name'], 25), ("%s %s" % (v['name'].upper(), v['reg']), 15),
                             ("%s (%s)" % (v['name'], v['reg'].replace(' ', '')), 15), ("MFV " + v['name'], 10)])[0]
        vessel = typo(rng, vessel) if rng.random() < .03 else vessel
    if v and rng.random() < {'PSNI_MSHTU': .6, 'GARDA_HTICU': .6, 'BELFAST_CHARITY': .3, 'IRISH_NGO': .4}.get(src, 0):
        book = p['book'] if rng.random() < .8 else p['book'].replace(' ', '')
        book = digit_typo(rng, book) if rng.random() < .02 else book
    ph = ''
    if p['phones'] and rng.random() < {'BELFAST_CHARITY': .6, 'IRISH_NGO': .6, 'HSCT': .5}.get(src, .3):
        ph = render_phone(rng, rng.choice(p['phones']))
    rec = date.isoformat() if src == 'IRISH_NGO' else date.strftime("%d/%m/%Y")
    return [src, local_ref(rng, p, src, date), given, family, known_as, render_dob(rng, p, src), sex, nat, eth, lang,
            expl, line, town, county, pc, hc, pps, nrm, vessel, book, ph, rec]

COLS = ["record_id", "source", "local_ref", "given_name", "family_name", "known_as", "dob", "sex", "nationality",
        "ethnicity", "language", "exploitation_type", "address", "town", "county", "postcode", "hc_number",
        "pps_number", "nrm_ref", "vessel", "seamans_book_no", "phone", "date_recorded"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--out", default="data.csv")
    ap.add_argument("--truth", default="truth.csv")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    people = build_people(rng, a.people)
    rows, end = [], dt.date(2024, 12, 31)
    for p in people:
        k = wpick(rng, [(1, 35), (2, 30), (3, 18), (4, 11), (5, 6)])[0]
        dates = [p['first']] + sorted(p['first'] + dt.timedelta(days=rng.randint(0, min(1400, (end - p['first']).days))) for _ in range(k - 1))
        for i, d in enumerate(dates):
            j = p['juris'][0] if i == 0 or len(p['juris']) == 1 or rng.random() < .6 else p['juris'][1]
            srcs = NI_SRC if j == 'NI' else ROI_SRC
            w = [(s, SRC_W[s] * ((2 if s in ('PSNI_MSHTU', 'GARDA_HTICU') else .5) if p['vessel'] else 1)) for s in srcs]
            rows.append((p['pid'], make_record(rng, p, wpick(rng, w)[0], d, min(i, 1))))
    rng.shuffle(rows)
    ids = set()
    with open(a.out, "w", newline="", encoding="utf-8") as fo, open(a.truth, "w", newline="", encoding="utf-8") as ft:
        wo, wt = csv.writer(fo), csv.writer(ft)
        wo.writerow(COLS)
        wt.writerow(["record_id", "person_id"])
        for pid, rec in rows:
            rid = "%010x" % rng.getrandbits(40)
            while rid in ids:
                rid = "%010x" % rng.getrandbits(40)
            ids.add(rid)
            wo.writerow([rid] + rec)
            wt.writerow([rid, pid])

if __name__ == "__main__":
    main()
