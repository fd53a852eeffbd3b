#!/usr/bin/env python3
"""gen16.py - synthetic AVRR (assisted voluntary return and reintegration) case list.

Imitates a shared case workbook kept by a UK returns charity with its partner NGOs
in countries of origin, exported by Excel as "CSV UTF-8" (BOM, comma, CRLF).
Every person is invented: names are drawn at random from lists of common names,
all numbers (passport, national ID, case numbers, grants) are random.

usage: python3 gen16.py --people N --seed S --out FILE --truth TRUTH.csv [--stats]
"""
import argparse
import csv
import datetime as dt
import io
import random
import sys
import unicodedata
from collections import Counter

D = dt.date

# ----------------------------------------------------------------------------
# name lists (common names per culture; order ~ frequency, drawn with Zipf weights)
# ----------------------------------------------------------------------------
ALB_M = ["Arben", "Besnik", "Gëzim", "Ilir", "Fatmir", "Artan", "Dritan", "Ervin", "Erion",
         "Klodian", "Mariglen", "Elton", "Endrit", "Kristian", "Arjan", "Bledar", "Florian",
         "Gentian", "Altin", "Marsel", "Redon", "Xhuljan", "Ardit", "Enea", "Jurgen", "Klajdi",
         "Erald", "Saimir", "Sokol", "Gjergj", "Pjetër", "Mark", "Ndue", "Lulzim", "Agron", "Blerim"]
# female: (indefinite, definite) pairs - many Albanian female names alternate -ë / -a
ALB_F = [("Dritë", "Drita"), ("Elona", "Elona"), ("Ardita", "Ardita"), ("Anisa", "Anisa"),
         ("Klea", "Klea"), ("Jonida", "Jonida"), ("Ornela", "Ornela"), ("Blerina", "Blerina"),
         ("Entela", "Entela"), ("Mirela", "Mirela"), ("Xhensila", "Xhensila"), ("Megi", "Megi"),
         ("Kejsi", "Kejsi"), ("Fjona", "Fjona"), ("Erjona", "Erjona"), ("Shpresë", "Shpresa"),
         ("Lule", "Lulja"), ("Flutur", "Flutura"), ("Vjollcë", "Vjollca"), ("Lindita", "Lindita"),
         ("Yllkë", "Yllka"), ("Mimozë", "Mimoza"), ("Valbonë", "Valbona"), ("Brunilda", "Brunilda"),
         ("Rovena", "Rovena"), ("Bukurie", "Bukuria"), ("Suela", "Suela"), ("Alketa", "Alketa")]
ALB_S = ["Hoxha", "Leka", "Gjoka", "Berisha", "Prenga", "Doda", "Kola", "Shehu", "Gjoni",
         "Krasniqi", "Dervishi", "Çela", "Basha", "Muça", "Meta", "Kuka", "Bushati", "Lika",
         "Bajraktari", "Brahimi", "Xhafa", "Dedaj", "Gjonaj", "Ndreca", "Pepa", "Vata", "Zefi",
         "Tafaj", "Hasani", "Sula", "Kastrati", "Dushaj", "Gjini", "Malaj", "Marku", "Përmeti"]

ROU_M = ["Ion", "Gheorghe", "Vasile", "Constantin", "Mihai", "Andrei", "Alexandru", "Florin",
         "Marian", "Cristian", "Ionuț", "Adrian", "Daniel", "Nicolae", "Costel", "Petrică",
         "Cătălin", "Gabriel", "Ștefan", "Dumitru", "Marius", "Bogdan", "Răzvan", "Sorin"]
ROU_F = ["Maria", "Elena", "Ana-Maria", "Ioana", "Andreea", "Mihaela", "Florentina", "Alexandra",
         "Cristina", "Gabriela", "Roxana", "Nicoleta", "Daniela", "Georgiana", "Loredana",
         "Larisa", "Ionela", "Denisa", "Bianca", "Ramona", "Alina", "Luminița", "Mădălina"]
ROU_S = ["Popescu", "Popa", "Ionescu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu",
         "Munteanu", "Constantin", "Matei", "Ciobanu", "Lungu", "Moldovan", "Ursu", "Florea",
         "Mocanu", "Sârbu", "Tănase", "Dinu", "Căldăraru", "Lăcătuș", "Rădulescu", "Bălan",
         "Nistor", "Țurcanu", "Manole", "Stănescu", "Bălașa", "Ghiță"]

VNM_S = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
         "Ngô", "Dương", "Lý", "Đinh"]
VNM_MID_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân"]
VNM_MID_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim"]
VNM_M = ["Hùng", "Dũng", "Tuấn", "Nam", "Long", "Hải", "Minh", "Đức", "Thắng", "Cường", "Hiếu",
         "Quân", "Tùng", "Sơn", "Phúc", "Khánh", "Huy", "Việt", "Anh", "Tài", "Trung"]
VNM_F = ["Hoa", "Lan", "Hương", "Linh", "Trang", "Thảo", "Hằng", "Mai", "Ngọc", "Huyền",
         "Nhung", "Phương", "Thủy", "Yến", "Hạnh", "Nga", "Anh", "Vân"]

NGA_M = ["Osagie", "Osaro", "Efosa", "Emeka", "Chinedu", "Tunde", "Segun", "Ibrahim", "Musa",
         "Godwin", "Friday", "Sunday", "Emmanuel", "Samuel", "Daniel", "Uche", "Obinna",
         "Osaretin", "Kingsley", "Festus"]
NGA_F = ["Blessing", "Joy", "Precious", "Favour", "Mercy", "Esther", "Gift", "Faith",
         "Happiness", "Peace", "Osasere", "Efe", "Ivie", "Eki", "Omoye", "Chioma", "Ngozi",
         "Adaeze", "Funmilayo", "Aisha", "Folake", "Grace", "Patience", "Success", "Osarugue"]
NGA_S = ["Osagie", "Omoregie", "Igbinedion", "Osaghae", "Ogbeide", "Aigbe", "Edobor", "Eghosa",
         "Okafor", "Okonkwo", "Eze", "Nwachukwu", "Adeyemi", "Okoro", "Adebayo", "Ogunleye",
         "Omorodion", "Uwadiae", "Iyamu", "Osayande", "Erhabor", "Idahosa", "Agbonlahor", "Ehigie"]

POL_M = ["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Łukasz",
         "Grzegorz", "Jarosław", "Mariusz", "Dariusz", "Zbigniew", "Stanisław", "Wojciech",
         "Kamil", "Rafał", "Sławomir", "Jacek", "Adam"]
POL_F = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Ewa", "Monika",
         "Beata", "Dorota", "Aleksandra", "Justyna", "Żaneta", "Paulina", "Barbara", "Elżbieta"]
POL_S = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
         "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
         "Krawczyk", "Piotrowski", "Grabowski", "Pawłowski", "Michalski", "Król", "Wieczorek",
         "Jabłoński", "Nowakowski", "Majewski", "Wróbel", "Zawadzki"]

SVK_M = ["Ján", "Peter", "Jozef", "Milan", "Marek", "Martin", "Tomáš", "Miroslav", "Róbert",
         "Dušan", "Ladislav", "Vladimír", "Štefan", "Marián", "Roman", "Lukáš", "Patrik", "Dominik"]
SVK_F = ["Mária", "Anna", "Zuzana", "Jana", "Katarína", "Monika", "Lucia", "Veronika", "Martina",
         "Ivana", "Simona", "Renáta", "Silvia", "Nikola", "Denisa", "Kristína"]
SVK_S = ["Horváth", "Kováč", "Varga", "Tóth", "Nagy", "Baláž", "Szabó", "Molnár", "Balog",
         "Lakatoš", "Oláh", "Gábor", "Kováčik", "Polák", "Červeňák", "Sivák", "Rusnák", "Bartoš",
         "Duda", "Kollár", "Hudák", "Mižigár", "Pešta", "Tkáč"]

BGR_M = ["Georgi", "Ivan", "Dimitar", "Nikolay", "Petar", "Hristo", "Stoyan", "Todor", "Angel",
         "Yordan", "Asen", "Kiril", "Zhivko", "Plamen", "Kamen", "Mihail", "Vasil", "Emil",
         "Atanas", "Ivaylo"]
BGR_F = ["Maria", "Ivanka", "Elena", "Yordanka", "Petya", "Desislava", "Gergana", "Silvia",
         "Radka", "Milena", "Galina", "Tsvetelina", "Nadezhda", "Snezhana", "Zhivka", "Emilia",
         "Stefka", "Yana"]
BGR_S = ["Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Hristov", "Stoyanov", "Todorov",
         "Angelov", "Yordanov", "Asenov", "Kolev", "Marinov", "Popov", "Mihaylov", "Atanasov",
         "Iliev", "Kostov", "Yankov", "Mitev", "Zhelev", "Tsvetkov"]
BGR_PATR = {"Georgi": "Georgiev", "Ivan": "Ivanov", "Dimitar": "Dimitrov", "Nikolay": "Nikolov",
            "Petar": "Petrov", "Hristo": "Hristov", "Stoyan": "Stoyanov", "Todor": "Todorov",
            "Angel": "Angelov", "Yordan": "Yordanov", "Asen": "Asenov", "Kiril": "Kirilov",
            "Zhivko": "Zhivkov", "Plamen": "Plamenov", "Kamen": "Kamenov", "Mihail": "Mihaylov",
            "Vasil": "Vasilev", "Emil": "Emilov", "Atanas": "Atanasov", "Ivaylo": "Ivaylov"}

LTU_M = ["Tomas", "Mantas", "Darius", "Andrius", "Vytautas", "Jonas", "Mindaugas", "Paulius",
         "Marius", "Rolandas", "Giedrius", "Saulius", "Aurimas", "Kęstutis", "Linas", "Žydrūnas",
         "Arūnas", "Eimantas"]
LTU_F = ["Rūta", "Jurgita", "Inga", "Kristina", "Laura", "Agnė", "Eglė", "Vaida", "Rasa", "Ieva",
         "Simona", "Greta", "Gintarė", "Aušra", "Dalia", "Jolanta"]
LTU_S = ["Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas",
         "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas", "Navickas", "Ramanauskas",
         "Baranauskas", "Sadauskas", "Mockus", "Rimkus", "Šimkus", "Vaitkus", "Jonaitis", "Petraitis"]

CHN_S = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Lin",
         "Zheng", "Xu", "He", "Gao"]
CHN_M = ["Wei", "Jian", "Jun", "Lei", "Tao", "Ming", "Qiang", "Hao", "Yong", "Jie", "Jianguo",
         "Zhiqiang", "Jianhua", "Xiaoming", "Guoqiang", "Haitao", "Wenbin"]
CHN_F = ["Xiuying", "Guiying", "Yufang", "Xiaohong", "Haiyan", "Lihua", "Yanling", "Meiling",
         "Li", "Fang", "Na", "Jing", "Yan", "Xiaoyan", "Hong", "Lina", "Juan"]

PHL_M = ["Jose", "Juan", "Mark Anthony", "John Paul", "Rodel", "Jomar", "Ronaldo", "Reynaldo",
         "Rommel", "Noel", "Arnel", "Jerome", "Michael", "Christian"]
PHL_F = ["Maria", "Jocelyn", "Mary Grace", "Rowena", "Marilou", "Analyn", "Jennifer", "Lorna",
         "Marites", "Rosalie", "Girlie", "Joy", "Liezl", "Maricel", "Cristina", "Maria Luisa",
         "Maria Theresa", "Rosemarie"]
PHL_S = ["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Torres",
         "Ocampo", "Tomas", "Castillo", "Flores", "Villanueva", "Ramos", "De Guzman", "Castro",
         "Rivera", "Aquino", "Navarro", "Delos Santos", "Salazar", "Mercado", "Dela Rosa", "Pascual"]

IND_M = ["Gurpreet", "Harpreet", "Manpreet", "Jaswinder", "Sukhwinder", "Kulwinder", "Amarjit",
         "Balwinder", "Rajinder", "Parminder", "Rakesh", "Amit", "Vijay", "Ramesh", "Suresh",
         "Mahesh", "Sanjay", "Rahul", "Mohammed", "Arjun"]
IND_F = ["Gurpreet", "Harpreet", "Manpreet", "Jaswinder", "Priya", "Sunita", "Pooja", "Anjali",
         "Kavita", "Neha", "Rupinder", "Simran", "Lakshmi", "Deepa"]
IND_SIKH = ["Sandhu", "Gill", "Sidhu", "Dhillon", "Grewal", "Randhawa", "Bains", "Sekhon"]
IND_OTH = ["Patel", "Shah", "Kumar", "Sharma", "Das", "Reddy", "Yadav", "Gupta", "Desai", "Nair"]

PLACES = {
    "ALB": [("Shkodër", "Shkodra"), ("Kukës", "Kukësi"), ("Lezhë", "Lezha"), ("Durrës", "Durrësi"),
            ("Elbasan", "Elbasani"), ("Fier", "Fieri"), ("Berat", "Berati"), ("Vlorë", "Vlora"),
            ("Tiranë", "Tirana"), ("Korçë", "Korça"), ("Peshkopi", "Peshkopia"), ("Pukë", "Puka"),
            ("Tropojë", "Tropoja"), ("Rrëshen", "Rrësheni"), ("Laç", "Laçi"), ("Burrel", "Burreli"),
            ("Kamëz", "Kamza"), ("Bajram Curri", "Bajram Curri"), ("Fushë-Arrëz", "Fushë-Arrëzi"),
            ("Velipojë", "Velipoja"), ("Bërdicë", "Bërdica"), ("Dajç", "Dajçi"), ("Shtoj", "Shtoji"),
            ("Barbullush", "Barbullushi"), ("Mamurras", "Mamurrasi"), ("Milot", "Miloti")],
    "ROU": ["Iași", "Bacău", "Galați", "Vaslui", "Botoșani", "Constanța", "Craiova", "Târgu Jiu",
            "Slatina", "Brăila", "Buzău", "Focșani", "Suceava", "Piatra Neamț", "Țăndărei",
            "Alexandria", "Călărași", "Bârlad", "Tecuci", "Pașcani"],
    "VNM": [("Quỳnh Lưu", "Nghệ An"), ("Diễn Châu", "Nghệ An"), ("Yên Thành", "Nghệ An"),
            ("Vinh", "Nghệ An"), ("Can Lộc", "Hà Tĩnh"), ("Kỳ Anh", "Hà Tĩnh"),
            ("Thạch Hà", "Hà Tĩnh"), ("Đồng Hới", "Quảng Bình"), ("Quảng Trạch", "Quảng Bình"),
            ("Thủy Nguyên", "Hải Phòng"), ("Tĩnh Gia", "Thanh Hóa"), ("Hậu Lộc", "Thanh Hóa")],
    "NGA": [("Benin City", "Edo"), ("Uromi", "Edo"), ("Ekpoma", "Edo"), ("Auchi", "Edo"),
            ("Irrua", "Edo"), ("Lagos", "Lagos"), ("Ibadan", "Oyo"), ("Abeokuta", "Ogun"),
            ("Enugu", "Enugu"), ("Onitsha", "Anambra"), ("Owerri", "Imo"), ("Asaba", "Delta"),
            ("Warri", "Delta"), ("Sapele", "Delta")],
    "POL": ["Wałbrzych", "Łódź", "Białystok", "Kraków", "Gdańsk", "Bydgoszcz", "Włocławek", "Piła",
            "Słupsk", "Koszalin", "Olsztyn", "Ełk", "Łomża", "Zamość", "Chełm", "Głogów"],
    "SVK": ["Košice", "Prešov", "Michalovce", "Trebišov", "Rožňava", "Lučenec", "Rimavská Sobota",
            "Spišská Nová Ves", "Kežmarok", "Humenné", "Banská Bystrica", "Žilina", "Nitra"],
    "BGR": ["Sliven", "Pleven", "Vidin", "Montana", "Pazardzhik", "Shumen", "Varna", "Burgas",
            "Stara Zagora", "Kazanlak", "Plovdiv", "Yambol", "Haskovo", "Kardzhali"],
    "LTU": ["Kaunas", "Vilnius", "Šiauliai", "Panevėžys", "Klaipėda", "Alytus", "Marijampolė",
            "Utena", "Tauragė", "Jonava", "Kėdainiai", "Mažeikiai"],
    "CHN": [("Fuqing", "Fujian"), ("Changle", "Fujian"), ("Fuzhou", "Fujian"), ("Lianjiang", "Fujian"),
            ("Mingxi", "Fujian"), ("Wenzhou", "Zhejiang"), ("Shenyang", "Liaoning"),
            ("Harbin", "Heilongjiang"), ("Tianjin", "Tianjin")],
    "PHL": ["Quezon City", "Manila", "Cebu City", "Iloilo City", "Davao City", "Bacolod", "Tarlac",
            "San Pablo", "Batangas", "Tuguegarao", "Legazpi"],
    "IND": [("Amritsar", "Punjab"), ("Jalandhar", "Punjab"), ("Ludhiana", "Punjab"),
            ("Hoshiarpur", "Punjab"), ("Kapurthala", "Punjab"), ("Moga", "Punjab"),
            ("Ahmedabad", "Gujarat"), ("Surat", "Gujarat"), ("Navsari", "Gujarat"),
            ("Anand", "Gujarat"), ("Hyderabad", "Telangana"), ("Chennai", "Tamil Nadu")],
}
BGR_PLACE_VAR = {"Pazardzhik": ["Pazardjik", "Pazardžik"], "Shumen": ["Šumen", "Choumen"],
                 "Kardzhali": ["Kardjali", "Kărdžali"], "Yambol": ["Jambol"],
                 "Haskovo": ["Khaskovo", "Chaskovo"], "Plovdiv": ["Plovdiv"]}

COUNTRY = {  # code: (weight, country names as written, nationality as written, female share)
    "ALB": (25, ["Albania", "Albania", "ALBANIA", "Shqipëri"], ["Albanian", "Albanian", "ALB"], 0.35),
    "ROU": (12, ["Romania", "Romania", "ROMANIA", "România"], ["Romanian", "Romanian", "ROU"], 0.45),
    "VNM": (14, ["Vietnam", "Viet Nam", "Vietnam", "VIETNAM"], ["Vietnamese", "Vietnamese", "VNM"], 0.3),
    "NGA": (9, ["Nigeria", "Nigeria", "NIGERIA"], ["Nigerian", "Nigerian", "NGA"], 0.8),
    "POL": (7, ["Poland", "Poland", "POLAND", "Polska"], ["Polish", "Polish", "POL"], 0.3),
    "SVK": (6, ["Slovakia", "Slovakia", "Slovak Republic"], ["Slovak", "Slovakian", "SVK"], 0.4),
    "BGR": (6, ["Bulgaria", "Bulgaria", "BULGARIA"], ["Bulgarian", "Bulgarian", "BGR"], 0.45),
    "LTU": (5, ["Lithuania", "Lithuania", "LITHUANIA"], ["Lithuanian", "Lithuanian", "LTU"], 0.35),
    "CHN": (6, ["China", "China", "PRC", "CHINA"], ["Chinese", "Chinese", "CHN"], 0.5),
    "PHL": (4, ["Philippines", "Philippines", "The Philippines"], ["Filipino", "Filipina", "PHL"], 0.8),
    "IND": (6, ["India", "India", "INDIA"], ["Indian", "Indian", "IND"], 0.3),
}
PARTNERS = {  # invented organisations
    "ALB": ["Shpresa e Re (Tiranë)", "Qendra Rruga e Re (Shkodër)", "Shoqata Dora e Hapur (Elbasan)"],
    "ROU": ["Asociația Drum Nou (Iași)", "Fundația Casa Luminii (Craiova)"],
    "VNM": ["Safe Journey Centre Hanoi", "Nghe An Women's Support Network"],
    "NGA": ["Edo Hope Initiative (Benin City)", "New Dawn Women's Centre Lagos"],
    "POL": ["Fundacja Nowy Start (Łódź)", "Stowarzyszenie Bezpieczny Dom (Gdańsk)"],
    "SVK": ["Nadácia Nová Cesta (Košice)"],
    "BGR": ["Fondatsiya Nadezhda Sliven", "Center Nov Pat (Varna)"],
    "LTU": ["Naujas Kelias (Kaunas)"],
    "CHN": ["Fujian Returnee Support Project"],
    "PHL": ["Bagong Simula Foundation (Manila)"],
    "IND": ["Punjab Return & Rehabilitation Trust"],
}
PARTNER_LANG_NOTES = {
    "ALB": ["Klienti u kontaktua me telefon", "Nuk u gjet në adresë", "Grant i paguar", "Ndjekje 6 mujore e kryer",
            "Ka filluar biznes të vogël", "Familja e pret mirë"],
    "ROU": ["Beneficiarul nu a răspuns la telefon", "Grant plătit în 2 tranșe", "Monitorizare 6 luni efectuată"],
    "VNM": ["Đã liên lạc qua điện thoại", "Đã nhận hỗ trợ", "Không liên lạc được"],
    "POL": ["Brak kontaktu", "Wypłacono grant", "Klient podjął pracę"],
    "SVK": ["Klient nekontaktný", "Grant vyplatený"],
    "BGR": ["Client contacted by phone", "No contact"],
    "LTU": ["Susisiekta telefonu", "Nepavyko susisiekti"],
}
BUSINESS = ["bakery", "car wash", "hair salon", "livestock (sheep)", "taxi", "tailoring",
            "mobile phone repair", "greenhouse", "small shop", "barber", "poultry", "nail salon"]

# ----------------------------------------------------------------------------
# string helpers
# ----------------------------------------------------------------------------
_SPECIAL = {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ı": "i"}


def strip_diac(s):
    s = "".join(_SPECIAL.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ro_cedilla(s):  # legacy Romanian encoding habit: s/t with cedilla instead of comma below
    return s.replace("ș", "ş").replace("Ș", "Ş").replace("ț", "ţ").replace("Ț", "Ţ")


KEYB = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_NEAR = {}
for _r, _row in enumerate(KEYB):
    for _i, _c in enumerate(_row):
        n = []
        if _i > 0:
            n.append(_row[_i - 1])
        if _i < len(_row) - 1:
            n.append(_row[_i + 1])
        _NEAR[_c] = "".join(n)


def typo(rng, s):
    if len(s) < 3:
        return s
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    i = rng.choice(idx[1:])  # keep the first letter most of the time (as real typos do)
    op = rng.random()
    if op < 0.3:  # substitution by neighbouring key
        c = s[i]
        near = _NEAR.get(c.lower())
        if not near:
            return s
        r = rng.choice(near)
        r = r.upper() if c.isupper() else r
        return s[:i] + r + s[i + 1:]
    if op < 0.55:  # deletion
        return s[:i] + s[i + 1:]
    if op < 0.75:  # doubling
        return s[:i] + s[i] + s[i:]
    if i < len(s) - 1 and s[i + 1].isalpha():  # transposition
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i + 1:]


def id_typo(rng, s):
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.random()
    if op < 0.4 and s[i].isdigit():
        return s[:i] + str((int(s[i]) + rng.choice([1, 9, 3])) % 10) + s[i + 1:]
    if op < 0.7:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.85:
        return s[:i] + s[i + 1:]
    return s.replace("0", "O", 1) if "0" in s else s[:i] + s[i] + s[i:]


def zipf_choice(rng, items, a=0.9):
    w = [1.0 / (k + 1) ** a for k in range(len(items))]
    return rng.choices(items, weights=w, k=1)[0]


# ----------------------------------------------------------------------------
# culture specific grammar
# ----------------------------------------------------------------------------
def alb_definite(g):
    """Albanian masculine given name indefinite <-> definite (Besnik/Besniku, Arben/Arbeni)."""
    if g.endswith("ër"):
        return g[:-2] + "ri"
    if g[-1] in "kgh":
        return g + "u"
    if g[-1] in "aeiouë":
        return g
    return g + "i"


def alb_toggle_j(s):
    """Hoxha <-> Hoxhaj, Dedaj <-> Deda."""
    if s.endswith("aj"):
        return s[:-1]
    if s.endswith("a"):
        return s + "j"
    return s


def slav_female(s, cc):
    if cc == "POL":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(m):
                return s[:-len(m)] + f
        return s
    if cc == "SVK":
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    if cc == "BGR":
        return s + "a"
    return s


def ltu_female(s, married):
    if married:
        for m, f in (("ius", "ienė"), ("as", "ienė"), ("is", "ienė"), ("us", "uvienė")):
            if s.endswith(m):
                return s[:-len(m)] + f
    else:
        for m, f in (("ius", "iūtė"), ("as", "aitė"), ("is", "ytė"), ("us", "ūtė")):
            if s.endswith(m):
                return s[:-len(m)] + f
    return s


def bgr_translit(rng, s):
    """alternative romanisations of Bulgarian names (passport ICAO vs older/French style)."""
    opts = []
    if "Zh" in s or "zh" in s:
        opts.append(lambda x: x.replace("Zh", rng.choice(["J", "Ž"])).replace("zh", rng.choice(["j", "ž"])))
    if s.startswith("H"):
        opts.append(lambda x: rng.choice(["Kh", "Ch"]) + x[1:])
    if "Ts" in s or "ts" in s:
        opts.append(lambda x: x.replace("Ts", "Tz").replace("ts", "tz"))
    if s.startswith("Y"):
        opts.append(lambda x: rng.choice(["J", "I"]) + x[1:])
    if "ay" in s:
        opts.append(lambda x: x.replace("ay", "ai"))
    if s.endswith("ov") or s.endswith("ev") or s.endswith("ova") or s.endswith("eva"):
        opts.append(lambda x: x.replace("ov", "off") if x.endswith("ov") else x.replace("ev", "eff") if x.endswith("ev") else x)
    if not opts:
        return s
    return rng.choice(opts)(s)


def phl_surname_var(rng, s):
    if s.startswith("Dela ") or s.startswith("Delos ") or s.startswith("De "):
        a, b = s.split(" ", 1)
        return rng.choice([a + b, a + "-" + b, a.upper() + " " + b, "De la " + b if a == "Dela" else a + b,
                           b])
    return s


def chn_given_var(rng, g):
    # two-syllable given names: Xiuying / Xiu Ying / Xiu-Ying
    syl = split_pinyin(g)
    if len(syl) < 2:
        return g
    return rng.choice([" ".join(syl), "-".join(syl), syl[0] + syl[1].lower(), syl[0] + "-" + syl[1].lower()])


_PY = ["Xiu", "ying", "Gui", "Yu", "fang", "Xiao", "hong", "Hai", "yan", "Li", "hua", "Yan", "ling",
       "Mei", "Jian", "guo", "Zhi", "qiang", "ming", "Guo", "tao", "Wen", "bin", "Li", "na"]


def split_pinyin(g):
    for p in _PY:
        if g.startswith(p) and len(g) > len(p):
            rest = g[len(p):]
            return [p, rest[0].upper() + rest[1:]]
    return [g]


# ----------------------------------------------------------------------------
# identifiers (all random; formats only imitate the shape of real ones)
# ----------------------------------------------------------------------------
def rdig(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def rlet(rng, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


def make_passport(rng, cc):
    if cc == "ALB":
        return rng.choice(["BA", "BB", "BC", "BD", "BF", "BH"]) + rdig(rng, 7)
    if cc == "ROU":
        return "05" + rdig(rng, 6)
    if cc == "VNM":
        return rng.choice("BCN") + rdig(rng, 7)
    if cc == "NGA":
        return rng.choice("AB") + "0" + rdig(rng, 7)
    if cc == "POL":
        return rng.choice(["EA", "EB", "EC", "ER", "ES", "EW"]) + rdig(rng, 7)
    if cc == "SVK":
        return rng.choice(["PA", "PB", "PC"]) + rdig(rng, 7)
    if cc == "BGR":
        return "3" + rdig(rng, 8)
    if cc == "LTU":
        return rng.choice("12") + rdig(rng, 7)
    if cc == "CHN":
        return rng.choice(["E", "EA", "EB"]) + rdig(rng, 7)
    if cc == "PHL":
        return "P" + rdig(rng, 7) + rlet(rng, 1, "ABC")
    return rlet(rng, 1, "JKLMNPRSTUVZ") + rdig(rng, 7)


def make_nid(rng, cc, dob, sex, region=None):
    yy = dob.year % 100
    f = sex == "F"
    if cc == "ALB":
        letter = "ABCDEFGHIJKLM"[6 + (dob.year - 1960) // 10]
        return "%s%d%02d%02d%s%s" % (letter, dob.year % 10, dob.month + (50 if f else 0), dob.day,
                                     rdig(rng, 3), rlet(rng, 1))
    if cc == "ROU":
        s = (2 if f else 1) if dob.year < 2000 else (6 if f else 5)
        return "%d%02d%02d%02d%s%s%s" % (s, yy, dob.month, dob.day, region or "%02d" % rng.randrange(1, 53),
                                         rdig(rng, 3), rdig(rng, 1))
    if cc == "BGR":
        m = dob.month + (40 if dob.year >= 2000 else 0)
        d9 = rng.choice("13579" if f else "02468")
        return "%02d%02d%02d%s%s%s" % (yy, m, dob.day, rdig(rng, 2), d9, rdig(rng, 1))
    if cc == "POL":
        m = dob.month + (20 if dob.year >= 2000 else 0)
        d10 = rng.choice("02468" if f else "13579")
        return "%02d%02d%02d%s%s%s" % (yy, m, dob.day, rdig(rng, 3), d10, rdig(rng, 1))
    if cc == "SVK":
        return "%02d%02d%02d/%s" % (yy, dob.month + (50 if f else 0), dob.day, rdig(rng, 4))
    if cc == "LTU":
        g = (4 if f else 3) if dob.year < 2000 else (6 if f else 5)
        return "%d%02d%02d%02d%s" % (g, yy, dob.month, dob.day, rdig(rng, 4))
    if cc == "VNM":
        if dob.year < 1990 and rng.random() < 0.3:
            return "18" + rdig(rng, 7)  # old 9-digit CMND
        prov = region or rng.choice(["040", "042", "044", "031", "038"])
        c = (1 if f else 0) + (2 if dob.year >= 2000 else 0)
        return "%s%d%02d%s" % (prov, c, yy, rdig(rng, 6))
    if cc == "NGA":
        return rdig(rng, 11) if rng.random() < 0.6 else ""
    if cc == "CHN":
        reg = region or rng.choice(["350181", "350182", "350122", "330302", "210102"])
        seq = rdig(rng, 2) + rng.choice("02468" if f else "13579")
        return "%s%04d%02d%02d%s%s" % (reg, dob.year, dob.month, dob.day, seq, rng.choice("0123456789X"))
    if cc == "PHL":
        return (rdig(rng, 4) + "-" + rdig(rng, 4) + "-" + rdig(rng, 4)) if rng.random() < 0.3 else ""
    if cc == "IND":
        return str(rng.randrange(2, 10)) + rdig(rng, 3) + " " + rdig(rng, 4) + " " + rdig(rng, 4)
    return ""


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
CCS = list(COUNTRY)
CCW = [COUNTRY[c][0] for c in CCS]


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def pick_given(rng, cc, sex):
    if cc == "ALB":
        if sex == "M":
            return zipf_choice(rng, ALB_M, 0.6)
        return zipf_choice(rng, ALB_F, 0.6)  # tuple
    table = {"ROU": (ROU_M, ROU_F), "VNM": (VNM_M, VNM_F), "NGA": (NGA_M, NGA_F), "POL": (POL_M, POL_F),
             "SVK": (SVK_M, SVK_F), "BGR": (BGR_M, BGR_F), "LTU": (LTU_M, LTU_F), "CHN": (CHN_M, CHN_F),
             "PHL": (PHL_M, PHL_F), "IND": (IND_M, IND_F)}[cc]
    return zipf_choice(rng, table[0] if sex == "M" else table[1], 0.7)


def pick_family(rng, cc):
    if cc == "ALB":
        return zipf_choice(rng, ALB_S, 0.7)
    if cc == "VNM":
        return zipf_choice(rng, VNM_S, 1.6)  # Nguyen dominates
    if cc == "CHN":
        return zipf_choice(rng, CHN_S, 1.0)
    if cc == "IND":
        return zipf_choice(rng, IND_SIKH if rng.random() < 0.6 else IND_OTH, 0.8)
    return zipf_choice(rng, {"ROU": ROU_S, "NGA": NGA_S, "POL": POL_S, "SVK": SVK_S, "BGR": BGR_S,
                             "LTU": LTU_S, "PHL": PHL_S}[cc], 0.8)


def new_person(rng, pid, cc=None, family=None, sib=False, dob=None):
    """family: dict with base surname, place, father name, region to share (siblings/cousins)."""
    if cc is None:
        cc = rng.choices(CCS, weights=CCW, k=1)[0]
    sex = "F" if rng.random() < COUNTRY[cc][3] else "M"
    p = {"pid": pid, "cc": cc, "sex": sex}
    fam = dict(family) if family else {}
    if "base" not in fam:
        fam["base"] = pick_family(rng, cc)
        fam["place"] = rng.choice(PLACES[cc])
        if cc == "IND":
            sikh = fam["base"] in IND_SIKH
            fam["place"] = rng.choice([pl for pl in PLACES[cc] if (pl[1] == "Punjab") == sikh])
        fam["father"] = pick_given(rng, cc, "M")
        fam["region"] = "%02d" % rng.randrange(1, 53)
        if cc == "PHL" or cc == "NGA":
            fam["mother_maiden"] = pick_family(rng, cc)
        if cc == "VNM":
            fam["region"] = rng.choice(["040", "042", "044", "031", "038"])
        if cc == "CHN":
            fam["region"] = rng.choice(["350181", "350182", "350122", "330302", "210102"])
    p["family"] = fam
    g = pick_given(rng, cc, sex)
    if cc == "IND":
        sikh_names = IND_M[:10] + IND_F[:4] + ["Rupinder", "Simran"]
        for _ in range(20):
            if (g in sikh_names) == (fam["base"] in IND_SIKH):
                break
            g = pick_given(rng, cc, sex)
    if cc == "ALB":
        if sex == "F":
            p["given"] = g[rng.random() < 0.7 and 1 or 0]
            p["given_alt"] = g[0] if p["given"] == g[1] else g[1]
        else:
            p["given"] = g
            p["given_alt"] = alb_definite(g)
    else:
        p["given"] = g
        p["given_alt"] = g
    base = fam["base"]
    if isinstance(fam["father"], tuple):
        fam["father"] = fam["father"][0]
    # family name in the person's own (sex-appropriate) form
    extras = []
    p["married"] = None
    if cc in ("POL", "SVK", "BGR") and sex == "F":
        p["surname"] = slav_female(base, cc)
    elif cc == "LTU" and sex == "F":
        p["surname"] = ltu_female(base, False)
    elif cc == "IND" and base in IND_SIKH:
        p["surname"] = base
        extras = ["Kaur" if sex == "F" else "Singh"]
    elif cc == "IND":
        p["surname"] = base
    else:
        p["surname"] = base
    if cc == "VNM":
        extras = [rng.choice(VNM_MID_F if sex == "F" else VNM_MID_M)]
    elif cc == "BGR":
        patr = BGR_PATR.get(fam["father"], fam["father"] + "ov")
        extras = [patr + ("a" if sex == "F" else "")]
    elif cc == "PHL":
        extras = [fam["mother_maiden"]]
    elif cc == "NGA" and rng.random() < 0.5:
        extras = [pick_given(rng, cc, sex)]
    elif cc == "ROU" and rng.random() < 0.25 and "-" not in p["given"]:
        e = pick_given(rng, cc, sex)
        if e != p["given"]:
            extras = [e]
    elif cc == "CHN" and len(p["given"]) <= 3 and rng.random() < 0.3:
        p["given"] = p["given"] + rng.choice(["hua", "ming", "ying", "yan", "jun"])
        p["given_alt"] = p["given"]
    p["extras"] = extras
    # married name change later in life (women, some cultures)
    if sex == "F" and cc in ("ROU", "LTU", "PHL", "POL", "SVK", "ALB") and rng.random() < 0.18:
        nb = pick_family(rng, cc)
        if cc in ("POL", "SVK"):
            nb = slav_female(nb, cc)
        if cc == "LTU":
            nb = ltu_female(nb, True) if rng.random() < 0.5 else ltu_female(base, True)
        p["married"] = nb
    if dob is None:
        age = rng.choices([rng.randint(15, 17), rng.randint(18, 25), rng.randint(26, 35), rng.randint(36, 55)],
                          weights=[10, 40, 32, 18], k=1)[0]
        y = 2016 - age + rng.randint(-2, 4)
        dob = rand_date(rng, D(y, 1, 1), D(y, 12, 31))
    p["dob"] = dob
    p["place"] = fam["place"]
    p["nid"] = make_nid(rng, cc, dob, sex, fam.get("region") if cc in ("ROU", "VNM", "CHN") else None)
    p["alias"] = None
    if rng.random() < 0.15:
        p["alias"] = uk_alias(rng, p)
    return p


def uk_alias(rng, p):
    g = strip_diac(p["given"])
    table = {"Besnik": "Ben", "Arben": "Ben", "Gjergj": "George", "Pjetër": "Peter", "Kristian": "Chris",
             "Aleksandra": "Ola", "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Gheorghe": "George",
             "Ștefan": "Steve", "Alexandru": "Alex", "Mihai": "Mike", "Ionuț": "John"}
    if p["given"] in table:
        return table[p["given"]]
    if p["cc"] in ("VNM", "CHN"):
        if p["sex"] == "M":
            return rng.choice(["Tony", "Kevin", "Jimmy", "David", "Peter", "Tom", "Danny"])
        return rng.choice(["Lily", "Anna", "Jenny", "Linda", "Mary", "Vicky"])
    if p["cc"] == "NGA":
        if p["sex"] == "M":
            return rng.choice([g[:3] if len(g) > 4 else g, "Junior", "Sunny"])
        return rng.choice([g[:3] if len(g) > 4 else g, "Princess", "Ese"])
    return g[:4] if len(g) > 5 else g


# ----------------------------------------------------------------------------
# rendering a record of a person (noise model)
# ----------------------------------------------------------------------------
RATES = {
    # probability that diacritics are stripped, by who entered the row
    "strip": {"uk": 0.65, "partner": 0.12, "nrm": 0.85},
    "alb_given_form": 0.30,     # Albanian given in the other (definite/indefinite) form
    "alb_j": 0.20,              # Albanian surname -a / -aj toggled
    "swap": 0.06,               # given and family names swapped (all cultures)
    "asian_order": 0.30,        # Vietnamese / Chinese order reversed or collapsed
    "drop_extra": 0.35,         # middle / second name / patronymic dropped
    "add_father": 0.10,         # Albanian father's name added as middle (partner rows)
    "typo_name": 0.07,          # per name field
    "male_form": 0.25,          # Slavic / Lithuanian woman recorded with male surname form (uk/nrm)
    "surname_caps": 0.30,       # surname written in capitals (uk rows)
    "all_caps": 0.06,
    "dob_missing": 0.03,
    "dob_estimated": 0.07,      # 01.01.yyyy or yyyy only
    "dob_transposed": 0.04,
    "dob_year_typo": 0.02,
    "dob_claimed": 0.25,        # in an NRM re-referral row: a different claimed DOB (age dispute)
    "sex_missing": 0.08,
    "passport_missing": {"uk": 0.30, "partner": 0.55, "nrm": 0.75},
    "passport_renewed": 0.45,   # per later record > 2 years after the last one
    "id_typo": 0.04,
    "nid_missing": {"uk": 0.45, "partner": 0.15, "nrm": 0.75},
    "leading_zero_lost": 0.35,  # uk rows: numeric IDs starting with 0 lose it (Excel)
    "sci_notation": 0.04,       # uk rows: long numeric IDs shown as 1.23457E+12 (Excel)
    "place_missing": 0.10,
    "full_name_one_cell": 0.03,
    "whitespace": 0.03,
    "duplicate_row": 0.02,
}


def maybe(rng, p):
    return rng.random() < p


def render_names(rng, p, src, when, counters):
    cc = p["cc"]
    sex = p["sex"]
    given = p["given"]
    if cc == "ALB" and maybe(rng, RATES["alb_given_form"] if src != "partner" else RATES["alb_given_form"] * 1.5):
        given = p["given_alt"]
        counters["alb_given_form"] += given != p["given"]
    # married name after marriage date
    fam = p["surname"]
    maiden_note = None
    if p["married"] and when >= p["married_on"]:
        fam = p["married"]
        if maybe(rng, 0.3):
            maiden_note = p["surname"]
    if cc == "ALB" and maybe(rng, RATES["alb_j"]):
        fam = alb_toggle_j(fam)
        counters["alb_j"] += 1
    if sex == "F" and cc in ("POL", "SVK", "BGR", "LTU") and src != "partner" and maybe(rng, RATES["male_form"]):
        fam = p["family"]["base"] if not (p["married"] and when >= p["married_on"]) else fam
        counters["male_form"] += 1
    if cc == "BGR" and maybe(rng, 0.2):
        fam = bgr_translit(rng, fam)
        given = bgr_translit(rng, given)
        counters["translit"] += 1
    if cc == "PHL" and maybe(rng, 0.35):
        fam = phl_surname_var(rng, fam)
    if cc == "PHL" and given.startswith("Maria") and maybe(rng, 0.3):
        given = "Ma." + given[5:]
    if cc == "CHN" and maybe(rng, 0.4):
        given = chn_given_var(rng, given)
    if cc == "CHN" and fam == "Lin" and maybe(rng, 0.15):
        fam = "Lim"
    extras = list(p["extras"])
    if extras and maybe(rng, RATES["drop_extra"] if src != "partner" else 0.15):
        if cc == "IND" and maybe(rng, 0.5):
            fam = extras[0]  # Gurpreet Singh instead of Gurpreet Singh Sandhu
        extras = []
        counters["drop_extra"] += 1
    if cc == "PHL" and extras and maybe(rng, 0.3):
        extras = [extras[0][0] + "."]  # middle initial
    if cc == "ALB" and src == "partner" and maybe(rng, RATES["add_father"]):
        extras = [p["family"]["father"]]
        counters["add_father"] += 1
    if cc == "NGA" and not extras and maybe(rng, 0.08):
        extras = [pick_given(rng, cc, sex)]  # a name not seen before (baptismal / native name)
        counters["add_name"] += 1
    # Vietnamese middle name precedes the given name (Nguyen | Van Hung); elsewhere it follows
    given_full = " ".join(extras + [given]) if cc == "VNM" else " ".join([given] + extras)
    surname = fam
    # order
    if cc in ("VNM", "CHN") and maybe(rng, RATES["asian_order"] if src != "partner" else 0.08):
        r = rng.random()
        counters["asian_order"] += 1
        if r < 0.45:
            surname, given_full = given, " ".join([fam] + extras)  # Hung / Nguyen Van
        elif r < 0.75 and extras:
            surname, given_full = fam + " " + " ".join(extras), given  # Nguyen Van / Hung
        else:
            surname, given_full = given, fam  # Hung / Nguyen (middle dropped)
    elif maybe(rng, RATES["swap"]):
        surname, given_full = given_full, surname
        counters["swap"] += 1
    # diacritics
    if maybe(rng, RATES["strip"][src]):
        surname, given_full = strip_diac(surname), strip_diac(given_full)
        counters["strip"] += 1
    elif cc == "ROU" and maybe(rng, 0.35):
        surname, given_full = ro_cedilla(surname), ro_cedilla(given_full)
        counters["ro_cedilla"] += 1
    # typos
    if maybe(rng, RATES["typo_name"]):
        surname = typo(rng, surname)
        counters["typo"] += 1
    if maybe(rng, RATES["typo_name"]):
        given_full = typo(rng, given_full)
        counters["typo"] += 1
    # capitalisation
    if maybe(rng, RATES["all_caps"]):
        surname, given_full = surname.upper(), given_full.upper()
    elif src == "uk" and maybe(rng, RATES["surname_caps"]):
        surname = surname.upper()
    if maybe(rng, RATES["full_name_one_cell"]):
        given_full, surname = given_full + " " + surname, ""
        counters["one_cell"] += 1
    if maybe(rng, RATES["whitespace"]):
        surname = surname + " "
    if maybe(rng, RATES["whitespace"]):
        given_full = given_full.replace(" ", "  ", 1) if " " in given_full else " " + given_full
    return surname, given_full, maiden_note


def fmt_date(d, style):
    if style == "dot":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "slash":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "iso":
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if style == "short":
        return "%d.%d.%04d" % (d.day, d.month, d.year)
    raise ValueError(style)


def render_dob(rng, p, src, counters):
    d = p["dob"]
    verified = rng.choice(["Yes", "Y", "yes", ""]) if src != "nrm" else ""
    if src == "nrm" and maybe(rng, RATES["dob_claimed"]):
        d = d.replace(year=d.year + rng.choice([-2, -1, 1, 2, 3]), day=min(d.day, 28))
        if maybe(rng, 0.5):
            d = d.replace(month=rng.randint(1, 12))
        verified = rng.choice(["Age disputed", "Claimed", "No"])
        counters["dob_claimed"] += 1
    if maybe(rng, RATES["dob_missing"]):
        counters["dob_missing"] += 1
        return "", rng.choice(["", "Unknown", "No"])
    if maybe(rng, RATES["dob_estimated"] * (2 if src == "nrm" else 1)):
        counters["dob_estimated"] += 1
        y = d.year + rng.choice([0, 0, 0, -1, 1])
        return rng.choice(["01.01.%d" % y, "01.01.%d" % y, "%d" % y, "c. %d" % y]), "No - estimated"
    if d.day <= 12 and d.day != d.month and maybe(rng, RATES["dob_transposed"] * 2.5):
        d = D(d.year, d.day, d.month)
        counters["dob_transposed"] += 1
    if maybe(rng, RATES["dob_year_typo"]):
        y = d.year
        s = str(y)
        s2 = s[:2] + s[3] + s[2] if s[2] != s[3] else s[:3] + str((int(s[3]) + 1) % 10)
        try:
            d = d.replace(year=int(s2))
        except ValueError:
            pass
        counters["dob_year_typo"] += 1
    r = rng.random()
    style = "dot" if r < (0.80 if src != "partner" else 0.88) else ("slash" if r < 0.94 else ("short" if r < 0.98 else "iso"))
    return fmt_date(d, style), verified


def render_place(rng, p, src):
    cc = p["cc"]
    pl = p["place"]
    if maybe(rng, RATES["place_missing"] * (3 if src == "nrm" else 1)):
        return ""
    if cc == "ALB":
        s = pl[1] if maybe(rng, 0.5) else pl[0]
        if src == "partner" and maybe(rng, 0.2):
            s = "Fshati " + s if maybe(rng, 0.5) else s + ", " + rng.choice(["Shkodër", "Lezhë", "Kukës"])
    elif cc == "VNM":
        town, prov = pl
        r = rng.random()
        s = prov if r < 0.25 else (town + ", " + prov if r < 0.8 else "Huyện " + town + ", tỉnh " + prov)
    elif cc in ("NGA", "CHN", "IND"):
        town, st = pl
        r = rng.random()
        sfx = {"NGA": " State", "CHN": " Province", "IND": ""}[cc]
        s = town if r < 0.5 else (town + ", " + st + sfx if r < 0.85 else st + sfx)
        if cc == "NGA" and town == "Benin City" and maybe(rng, 0.3):
            s = "Benin"
    elif cc == "BGR":
        s = rng.choice(BGR_PLACE_VAR.get(pl, [pl])) if maybe(rng, 0.25) else pl
    elif cc == "ROU":
        s = pl if maybe(rng, 0.8) else "jud. " + pl
    else:
        s = pl
    if maybe(rng, RATES["strip"][src]):
        s = strip_diac(s)
    elif cc == "ROU" and maybe(rng, 0.3):
        s = ro_cedilla(s)
    if maybe(rng, 0.05):
        s = s.upper()
    if maybe(rng, 0.03):
        s = typo(rng, s)
    return s


def render_id(rng, s, src, counters, numeric_long_ok=True):
    if not s:
        return s
    if maybe(rng, RATES["id_typo"]):
        s = id_typo(rng, s)
        counters["id_typo"] += 1
    if src == "uk" and s.isdigit():
        if s.startswith("0") and maybe(rng, RATES["leading_zero_lost"]):
            s = s.lstrip("0")
            counters["leading_zero_lost"] += 1
        elif len(s) >= 12 and maybe(rng, RATES["sci_notation"]):
            mant, ex = ("%.5E" % int(s)).split("E+")
            mant = mant.rstrip("0").rstrip(".")
            s = "%sE+%d" % (mant, int(ex))
            counters["sci_notation"] += 1
    if maybe(rng, 0.05):
        s = s.lower() if maybe(rng, 0.5) else " " + s
    return s


STATUS_UK = ["Closed - reintegrated", "Open - 3m follow-up", "Open - 6m follow-up", "12m follow-up completed",
             "Lost contact", "Closed", "Pending partner report", "Closed - declined further support"]
STATUS_PARTNER = {"ALB": ["Në proces", "Mbyllur", "Ndjekje 6 mujore"], "ROU": ["În derulare", "Închis"],
                  "VNM": ["Đang theo dõi", "Đã đóng"]}


def grant_text(rng, when, family_size):
    base = 1500 if when.year < 2017 else (2000 if when.year < 2021 else 3000)
    amt = base + 500 * family_size + rng.choice([0, 0, 0, 250, -500])
    r = rng.random()
    if r < 0.55:
        return "{:,.2f}".format(amt)
    if r < 0.72:
        return str(amt)
    if r < 0.80:
        return "£{:,}".format(amt)
    if r < 0.84:
        return "{:,.2f}".format(amt / 2) + " (1st instalment)"
    if r < 0.87:
        return "in kind"
    return ""


# ----------------------------------------------------------------------------
# main generation
# ----------------------------------------------------------------------------
HEADER = ["Case No", "Surname (as in passport)", "First name(s) (as in passport)", "Name known by in UK",
          "Date of birth", "DOB verified?", "Sex", "Nationality", "Place of birth / Vendlindja",
          "Country of return", "Passport No", "National ID No / Nr. personal", "Date of return",
          "Type of return", "Reintegration partner", "Partner ref.", "Reintegration grant (GBP)",
          "Follow-up status", "Data e monitorimit", "Notes / Shënime"]

END = D(2025, 3, 31)


def build(n_people, seed):
    rng = random.Random(seed)
    people = []
    links = {}  # pid -> (kind, other pid) for look-alikes
    while len(people) < n_people:
        p = new_person(rng, len(people) + 1)
        people.append(p)
        r = rng.random()
        if r < 0.14 and len(people) < n_people:  # sibling (twin sometimes)
            twin = maybe(rng, 0.08)
            if twin:
                dob = p["dob"]
            else:
                y = p["dob"].year + rng.choice([-6, -4, -3, -2, -1, 1, 2, 3, 5])
                dob = rand_date(rng, D(y, 1, 1), D(y, 12, 28))
            s = new_person(rng, len(people) + 1, cc=p["cc"], family=p["family"], dob=dob)
            if s["given"] == p["given"]:
                s = new_person(rng, len(people) + 1, cc=p["cc"], family=p["family"], dob=dob)
            people.append(s)
            links[s["pid"]] = ("twin" if twin else "sibling", p["pid"])
        elif r < 0.20 and len(people) < n_people:  # cousin: same family name and village
            fam = dict(p["family"])
            fam["father"] = pick_given(rng, p["cc"], "M")
            s = new_person(rng, len(people) + 1, cc=p["cc"], family=fam)
            people.append(s)
            links[s["pid"]] = ("cousin", p["pid"])
        elif r < 0.24 and len(people) < n_people:  # namesake: same name, unrelated
            s = new_person(rng, len(people) + 1, cc=p["cc"])
            s["given"], s["given_alt"], s["surname"], s["extras"] = p["given"], p["given_alt"], p["surname"], list(p["extras"])
            s["sex"] = p["sex"]
            s["married"] = None
            s["nid"] = make_nid(rng, s["cc"], s["dob"], s["sex"])
            s["alias"] = uk_alias(rng, s) if s["alias"] else None
            if maybe(rng, 0.4):
                s["place"] = p["place"]
            people.append(s)
            links[s["pid"]] = ("namesake", p["pid"])

    # events
    records = []
    first_dates = {}
    for p in people:
        k = rng.choices([1, 2, 3, 4, 5, 6, 7], weights=[33, 30, 20, 10, 4, 2, 1], k=1)[0]
        link = links.get(p["pid"])
        if link and link[0] in ("sibling", "twin") and maybe(rng, 0.45):
            t = first_dates[link[1]]  # returned together with sibling
        else:
            t = rand_date(rng, D(2014, 3, 1), D(2022, 12, 31))
        first_dates[p["pid"]] = t
        if p["married"]:
            p["married_on"] = t + dt.timedelta(days=rng.randint(100, 2500))
        p["passports"] = [(t - dt.timedelta(days=rng.randint(30, 3000)), make_passport(rng, p["cc"]))]
        ev = [("uk", "return", t)]
        while len(ev) < k:
            src, kind, last = ev[-1]
            r = rng.random()
            if kind == "return":
                if r < 0.45:
                    nxt = ("partner", "partner", last + dt.timedelta(days=rng.randint(5, 90)))
                elif r < 0.75:
                    nxt = ("nrm", "retrafficked", last + dt.timedelta(days=rng.randint(300, 1800)))
                else:
                    nxt = ("uk", "return", last + dt.timedelta(days=rng.randint(365, 2000)))
            elif kind == "partner":
                if r < 0.45:
                    nxt = ("nrm", "retrafficked", last + dt.timedelta(days=rng.randint(200, 1500)))
                elif r < 0.8:
                    nxt = ("uk", "return", last + dt.timedelta(days=rng.randint(365, 1800)))
                else:
                    nxt = ("partner", "partner", last + dt.timedelta(days=rng.randint(180, 420)))
            else:
                if r < 0.85:
                    nxt = ("uk", "return", last + dt.timedelta(days=rng.randint(60, 400)))
                else:
                    nxt = ("nrm", "retrafficked", last + dt.timedelta(days=rng.randint(200, 900)))
            if nxt[2] > END:
                break
            ev.append(nxt)
        last_ret = t
        for i, (src, kind, when) in enumerate(ev):
            if kind == "return":
                last_ret = when
            records.append({"p": p, "src": src, "kind": kind, "when": when, "ret": last_ret, "order": len(records),
                            "i": i})
    # case numbers: by entry date, per series and year, with gaps
    records.sort(key=lambda r: (r["when"], r["order"]))
    seq = {}
    for r in records:
        yy = r["when"].year % 100
        if r["src"] == "uk":
            key = ("VR", yy)
        elif r["src"] == "nrm":
            key = ("RT", yy)
        else:
            key = ("P-" + r["p"]["cc"], yy)
        if key not in seq:
            seq[key] = rng.randint(1, 120)
        else:
            seq[key] += rng.choice([1, 1, 1, 1, 2, 3])
        if key[0] == "VR":
            r["case"] = "VR-%02d-%05d" % (yy, seq[key])
        elif key[0] == "RT":
            r["case"] = "RT-%02d-%04d" % (yy, seq[key])
        else:
            r["case"] = "%s-%02d-%03d" % (key[0], yy, seq[key])
    # per-person history for cross-references
    hist = {}
    for r in records:
        hist.setdefault(r["p"]["pid"], []).append(r)
    counters = Counter()
    rows = []
    for r in records:
        rows.append(render_record(rng, r, hist, counters))
        if maybe(rng, RATES["duplicate_row"]):
            d = list(rows[-1][1])
            d[0] = d[0] + rng.choice(["a", "A", "/2"])
            d[16] = rng.choice([d[16], "", d[16].replace(",", "")])
            d[19] = (d[19] + " " if d[19] else "") + rng.choice(["DUPLICATE?", "dup - check", "entered twice?", ""])
            d[19] = d[19].strip()
            rows.append((r["p"]["pid"], d))
            counters["duplicate_row"] += 1
    return people, rows, counters, links


def render_record(rng, r, hist, counters):
    p = r["p"]
    cc = p["cc"]
    src = r["src"]
    when = r["when"]
    surname, given, maiden = render_names(rng, p, src, when, counters)
    alias = ""
    if p["alias"] and src in ("uk", "nrm") and maybe(rng, 0.6):
        alias = p["alias"]
    elif src == "nrm" and maybe(rng, 0.1):
        alias = uk_alias(rng, p)
    dob, verified = render_dob(rng, p, src, counters)
    sex = {"M": ["M", "M", "Male", "m"], "F": ["F", "F", "Female", "f"]}[p["sex"]]
    sex = rng.choice(sex)
    if src == "partner" and cc == "VNM" and maybe(rng, 0.6):
        sex = "Nam" if p["sex"] == "M" else "Nữ"
    if maybe(rng, RATES["sex_missing"] * (2 if src == "nrm" else 1)):
        sex = ""
        counters["sex_missing"] += 1
    nat = rng.choice(COUNTRY[cc][2])
    country = rng.choice(COUNTRY[cc][1])
    place = render_place(rng, p, src)
    # passport valid at this date (renewal / replacement over time)
    gap = (when - p.get("last_seen", when)).days
    p["last_seen"] = when
    if gap > 730 and maybe(rng, RATES["passport_renewed"]):
        p["passports"].append((when - dt.timedelta(days=rng.randint(10, 200)), make_passport(rng, cc)))
        counters["passport_renewed"] += 1
    pp = p["passports"][-1][1]
    if maybe(rng, RATES["passport_missing"][src]):
        pp = rng.choice(["", "", "", "", "ETD", "N/A", "none", "held by exploiter" if src == "nrm" else "lost"])
        counters["passport_missing"] += 1
    else:
        pp = render_id(rng, pp, src, counters)
    nid = p["nid"]
    if maybe(rng, RATES["nid_missing"][src]):
        nid = ""
        counters["nid_missing"] += 1
    else:
        nid = render_id(rng, nid, src, counters)
        if cc == "SVK" and "/" in nid and maybe(rng, 0.4):
            nid = nid.replace("/", "")
    notes = []
    prior = [h for h in hist[p["pid"]] if h["when"] < when]
    if src == "uk":
        typ = rng.choice(["AVRR", "AVRR", "AVR", "Assisted return (VoT)"])
        if prior:
            typ = rng.choice([typ, "AVRR - 2nd return", "Second return"])
        ret = fmt_date(when, "slash" if maybe(rng, 0.9) else "iso")
        partner = rng.choice(PARTNERS[cc])
        pref = "" if maybe(rng, 0.6) else "%s/%d/%03d" % (cc[:2], when.year, rng.randint(1, 400))
        grant = grant_text(rng, when, rng.choice([0, 0, 0, 0, 1, 2]))
        status = rng.choice(STATUS_UK)
        if maybe(rng, 0.35):
            notes.append(rng.choice(["Returned with %d child(ren)" % rng.randint(1, 3),
                                     "Grant paid in 2 instalments; business plan: %s" % rng.choice(BUSINESS),
                                     "Client not reachable at 6m follow-up",
                                     "Referred by %s" % rng.choice(["NRM first responder", "local authority",
                                                                     "police", "solicitor", "Home Office"]),
                                     "Positive conclusive grounds decision %d" % (when.year - 1),
                                     "Medical needs - referred to partner for counselling",
                                     "Travel via %s" % rng.choice(["Stansted", "Gatwick", "Luton", "Heathrow"])]))
    elif src == "partner":
        typ = "Partner follow-up"
        ret = fmt_date(r["ret"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2])),
                       "dot" if maybe(rng, 0.7) else ("iso" if maybe(rng, 0.5) else "slash"))
        partner = rng.choice(PARTNERS[cc])
        pref = "%s-%d-%03d" % (rng.choice(["KL", "DOS", "REF", "Nr."]), when.year, rng.randint(1, 300))
        grant = "" if maybe(rng, 0.6) else grant_text(rng, when, 0)
        status = rng.choice(STATUS_PARTNER.get(cc, STATUS_UK))
        if cc in PARTNER_LANG_NOTES and maybe(rng, 0.5):
            notes.append(rng.choice(PARTNER_LANG_NOTES[cc]))
    else:
        typ = rng.choice(["NRM re-referral", "Re-trafficked", "NRM re-referral"])
        ret = ""
        country = rng.choice(["", "", "N/A - in UK", country])
        partner = ""
        pref = ""
        grant = ""
        status = rng.choice(["Re-trafficked", "Re-trafficked - NRM referral", "Open - awaiting RG decision",
                             "Recovery period"])
        if prior and maybe(rng, 0.5):
            notes.append("Previously returned %d" % prior[0]["when"].year)
        if maybe(rng, 0.3):
            notes.append(rng.choice(["Found in cannabis grow", "Labour exploitation - car wash",
                                     "Sexual exploitation", "Forced criminality", "Nail bar",
                                     "Domestic servitude"]))
    # cross-references staff sometimes type (a previous case number, occasionally mistyped)
    if prior and maybe(rng, 0.12):
        c = rng.choice(prior)["case"]
        if maybe(rng, 0.1):
            c = id_typo(rng, c)
        notes.append(rng.choice(["prev. case ", "see also ", "Prev return: ", "ref "]) + c)
        counters["xref_note"] += 1
    if maiden:
        notes.append(rng.choice(["née ", "maiden name ", "fostă " if cc == "ROU" else "née "]) + maiden)
    if alias == "" and p["alias"] and maybe(rng, 0.1):
        notes.append("aka " + p["alias"])
    follow = ""
    if src != "nrm" and maybe(rng, 0.5):
        follow = fmt_date(when + dt.timedelta(days=rng.randint(60, 400)), "dot")
    notes_s = "; ".join(notes)
    row = [r["case"], surname, given, alias, dob, verified, sex, nat, place, country, pp, nid, ret, typ,
           partner, pref, grant, status, follow, notes_s]
    return (p["pid"], row)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    people, rows, counters, links = build(a.people, a.seed)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for _, row in rows:
        w.writerow(row)
    with open(a.out, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    with open(a.truth, "w", encoding="utf-8", newline="") as f:
        tw = csv.writer(f, lineterminator="\n")
        tw.writerow(["record_id", "person_id"])
        for pid, row in rows:
            tw.writerow([row[0], "P%05d" % pid])
    if a.stats:
        sizes = Counter(pid for pid, _ in rows)
        dist = Counter(sizes.values())
        pairs = sum(n * (n - 1) // 2 for n in sizes.values())
        out = sys.stderr
        print("people: %d  records: %d  true pairs: %d" % (len(people), len(rows), pairs), file=out)
        print("records per person: " + ", ".join("%d:%d" % (k, dist[k]) for k in sorted(dist)), file=out)
        print("countries: " + ", ".join("%s:%d" % kv for kv in Counter(p["cc"] for p in people).most_common()), file=out)
        print("look-alikes: " + ", ".join("%s:%d" % kv for kv in Counter(v[0] for v in links.values()).most_common()), file=out)
        print("noise events: " + ", ".join("%s:%d" % (k, counters[k]) for k in sorted(counters)), file=out)


if __name__ == "__main__":
    main()
