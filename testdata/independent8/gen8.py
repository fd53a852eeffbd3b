#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
gen8.py - synthetic "pooled children's social care extract" for testing
record linkage.

Imitates an episode-level report pulled by a performance analyst from the
case-management systems (Mosaic / LiquidLogic LCS / Eclipse style) of eight
FICTIONAL councils in a FICTIONAL regional partnership, for a study of
exploited and trafficked children and care leavers, 2016-2025.

EVERY PERSON IN THE OUTPUT IS INVENTED.  Names are drawn at random from
lists of common given/family names; dates, identifiers, postcodes and
councils are generated.  NHS numbers are drawn from the 999-prefixed range
that is reserved for testing, and UPNs carry fictional LA codes (971-978).

Standard library only.  Usage:
    python3 gen8.py --people N --seed S --out FILE --truth TRUTH.csv

Output: tab-separated, UTF-8 *with BOM*, Windows (CRLF) line endings, one
header row, no quoting (no field ever contains a tab or line break).
Truth: CSV "record_id,person_id" (UTF-8, no BOM, LF).
Same N and seed -> byte-identical files.
"""
import argparse
import datetime as dt
import math
import random
import sys
import unicodedata
from itertools import accumulate

D = dt.date
ONE = dt.timedelta(days=1)
EXTRACT = D(2025, 9, 30)        # report run date
WIN_START = D(2016, 4, 1)       # report covers episodes from here
LAST_T0 = D(2025, 6, 30)        # latest first contact of a child
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
          'Oct', 'Nov', 'Dec']


# ---------------------------------------------------------------- helpers
class Pool(object):
    """List of names with Zipf-like popularity (first = most common)."""

    def __init__(self, items, s=0.8, weights=None):
        self.items = list(items)
        if weights is None:
            weights = [1.0 / (i + 1) ** s for i in range(len(self.items))]
        self.cum = list(accumulate(weights))

    def pick(self, rng):
        return rng.choices(self.items, cum_weights=self.cum)[0]

    def pick_other(self, rng, avoid, tries=20):
        for _ in range(tries):
            x = self.pick(rng)
            if x not in avoid:
                return x
        return self.pick(rng)


def wpick(rng, pairs):
    items = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(items, weights=weights)[0]


def rdays(rng, a, b):
    return dt.timedelta(days=rng.randint(a, b))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:          # 29 Feb
        return d.replace(year=d.year + n, day=28)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def rand_date(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def poisson(rng, lam):
    if lam <= 0:
        return 0
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def strip_diac(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s)
                   if not unicodedata.combining(ch))


def fmt_date(d, style):
    if d is None:
        return ''
    if style == 'dmy':
        return '%02d/%02d/%04d' % (d.day, d.month, d.year)
    if style == 'dmyt':
        return '%02d/%02d/%04d 00:00:00' % (d.day, d.month, d.year)
    if style == 'dMy':
        return '%02d-%s-%02d' % (d.day, MONTHS[d.month - 1], d.year % 100)
    raise ValueError(style)


def title_words(s):
    out = []
    for w in s.split(' '):
        out.append(w[:1].upper() + w[1:] if w else w)
    return ' '.join(out)


# ------------------------------------------------------------ councils
# Eight fictional councils.  LA codes 971-978 are not real DfE codes;
# postcode areas are fictional two-letter codes.
COUNCILS = [
    dict(name='Greyhaven', code='971', system='MOSAIC', date='dmy',
         pid=(7, 7), gender='word', eth='code', nat='demonym', nhs='plain',
         upper_sur=False, snapshot=False, port=True, area='GH', nd=14,
         size=1.0, yn='YN', diac=0.10, imm='A', missing_blank=True,
         teams=dict(front='Front Door MASH', assess='Assessment Team {x}',
                    adol='Exploitation & Missing Team',
                    cic='UASC & Children in Care Team {x}',
                    cl='Leaving Care Team', nrm='Exploitation & Missing Team')),
    dict(name='Ashbury City', code='972', system='LCS', date='dmyt',
         pid=(6, 6), gender='letter', eth='label', nat='country', nhs='spaced',
         upper_sur=False, snapshot=True, port=False, area='AY', nd=20,
         size=1.6, yn='YesNo', diac=0.30, imm='B', missing_blank=False,
         teams=dict(front="Children's Advice & Duty Service",
                    assess='Safeguarding & Assessment {x}',
                    adol='Adolescent Safeguarding Team',
                    cic='Children in Care {x}', cl='Care Leavers Service',
                    nrm='Contextual Safeguarding Hub')),
    dict(name='Brackenfield', code='973', system='MOSAIC', date='dMy',
         pid=(6, 7), gender='word', eth='code', nat='demonym', nhs='plain',
         upper_sur=True, snapshot=False, port=False, area='BK', nd=12,
         size=1.0, yn='YN', diac=0.0, imm='A', missing_blank=True,
         teams=dict(front='MASH', assess='Family Safeguarding Team {x}',
                    adol='Risk Outside the Home Team',
                    cic='Looked After Children Team {x}',
                    cl='16+ Team', nrm='Risk Outside the Home Team')),
    dict(name='Castlemere', code='974', system='LCS', date='dmy',
         pid=(5, 6), gender='letter', eth='label', nat='demonym', nhs='plain',
         upper_sur=False, snapshot=False, port=False, area='CQ', nd=10,
         size=0.9, yn='YN', diac=0.05, imm='B', missing_blank=False,
         teams=dict(front='First Response', assess='Assessment {x}',
                    adol='Missing & Exploitation Team',
                    cic='Children in Care {x}', cl="Young People's Service",
                    nrm='Missing & Exploitation Team')),
    dict(name='Dunholme', code='975', system='ECLIPSE', date='dmy',
         pid=(8, 8), gender='word', eth='code', nat='country', nhs='spaced',
         upper_sur=False, snapshot=True, port=False, area='DU', nd=9,
         size=0.8, yn='YesNo', diac=0.20, imm='A', missing_blank=True,
         teams=dict(front='Integrated Front Door',
                    assess='Children & Families Team {x}',
                    adol='Adolescent Service', cic='Corporate Parenting {x}',
                    cl='Leaving Care Team', nrm='Adolescent Service')),
    dict(name='Eastwold County', code='976', system='MOSAIC', date='dmyt',
         pid=(7, 7), gender='word', eth='code', nat='demonym', nhs='plain',
         upper_sur=False, snapshot=False, port=False, area='EW', nd=24,
         size=1.4, yn='YN', diac=0.10, imm='A', missing_blank=True,
         teams=dict(front='MASH {x}', assess='Assessment Team {x}',
                    adol='Exploitation Hub',
                    cic='Children in Care Team {x}',
                    cl='Care Leavers Team {x}', nrm='Exploitation Hub')),
    dict(name='Fenwick & Marsh', code='977', system='LCS', date='dmy',
         pid=(6, 6), gender='letter', eth='code', nat='country', nhs='plain',
         upper_sur=True, snapshot=False, port=False, area='FW', nd=8,
         size=0.7, yn='YN', diac=0.0, imm='B', missing_blank=False,
         teams=dict(front='Front Door', assess='Social Work Team {x}',
                    adol='Adolescent Support Team', cic='Children in Care',
                    cl='Leaving Care', nrm='Adolescent Support Team')),
    dict(name='Harrowden', code='978', system='MOSAIC', date='dMy',
         pid=(7, 7), gender='word', eth='label', nat='demonym', nhs='spaced',
         upper_sur=False, snapshot=False, port=True, area='HW', nd=11,
         size=1.0, yn='YesNo', diac=0.15, imm='A', missing_blank=True,
         teams=dict(front='MASH', assess='Assessment & Intervention {x}',
                    adol='Exploitation & Trafficking Team',
                    cic='UASC Team', cl='Leaving Care Team',
                    nrm='Exploitation & Trafficking Team')),
]
NC = len(COUNCILS)
PORT_GREY, PORT_HARR = 0, 7

EPISODE_LABELS = {
    'MOSAIC': dict(CONTACT='Contact', REFERRAL='Referral',
                   CIN='Child in Need', CP='Child Protection Plan',
                   CLA='Child Looked After', CL='Care Leaver - Pathway Plan',
                   NRM='NRM Referral'),
    'LCS': dict(CONTACT='Contact', REFERRAL='Referral', CIN='CIN Episode',
                CP='CP Plan', CLA='CLA Period',
                CL='Pathway Plan (Care Leaver)', NRM='NRM Referral'),
    'ECLIPSE': dict(CONTACT='Contact Record', REFERRAL='Referral',
                    CIN='Child in Need Plan', CP='Child Protection Plan',
                    CLA='Looked After Episode', CL='Leaving Care',
                    NRM='National Referral Mechanism'),
}
DOBTYPE_LABELS = {
    'MOSAIC': dict(V='Verified', E='Estimated', D='Disputed', A='Age assessed'),
    'LCS': dict(V='Verified', E='Estimated', D='Disputed', A='Age Assessed'),
    'ECLIPSE': dict(V='Verified', E='Estimated', D='Disputed',
                    A='Age assessed'),
}
KIND_ORDER = dict(CONTACT=0, REFERRAL=1, CIN=2, CP=3, CLA=4, NRM=5, CL=6)

# ------------------------------------------------------------ name data
WBRI_M = Pool(["Jack", "Thomas", "Joshua", "Oliver", "Harry", "James",
               "William", "Samuel", "Daniel", "Charlie", "Kyle", "Connor",
               "Callum", "Liam", "Jordan", "Tyler", "Bradley", "Reece", "Lewis",
               "Ryan", "Jake", "Ethan", "Mason", "Alfie", "Riley", "Brandon",
               "Dylan", "Declan", "Owen", "Luke", "Billy", "Archie", "Tommy",
               "Frankie", "Jayden", "Logan", "Cameron", "Aaron", "Kai", "Leon",
               "Jacob", "Alexander", "Matthew", "Nathan", "Joseph", "Michael",
               "Christopher", "Harrison", "George", "Benjamin", "Louis", "Max",
               "Finley", "Corey", "Ashley", "Shane", "Jamie", "Kieran",
               "Scott", "Dean", "Frederick", "Anthony", "Nicholas", "Alfred"],
              s=0.6)
WBRI_F = Pool(["Chloe", "Jessica", "Megan", "Lauren", "Courtney", "Shannon",
               "Amber", "Leah", "Holly", "Ellie", "Paige", "Jade", "Kayleigh",
               "Demi", "Olivia", "Emily", "Sophie", "Lily", "Ruby", "Grace",
               "Mia", "Poppy", "Evie", "Keira", "Tia", "Lacey", "Summer",
               "Brooke", "Charlotte", "Abbie", "Molly", "Jasmine", "Bethany",
               "Caitlin", "Hannah", "Rebecca", "Natasha", "Georgia",
               "Danielle", "Samantha", "Nicole", "Kelsey", "Chelsea", "Skye",
               "Millie", "Isabella", "Amelia", "Libby", "Katie", "Stephanie",
               "Elizabeth", "Victoria", "Abigail", "Eleanor", "Alexandra"],
              s=0.6)
WBRI_S = Pool(["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies",
               "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
               "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
               "Green", "Hall", "Lewis", "Harris", "Clarke", "Jackson", "Wood",
               "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore",
               "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
               "James", "Scott", "Phillips", "Watson", "Davis", "Parker",
               "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
               "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell",
               "Shaw", "Murphy", "Miller", "Cox", "Richards", "Marsh", "Lloyd",
               "Barker", "Fletcher", "Holmes", "Gibson", "Booth", "Pearson",
               "Walsh", "Doyle", "O'Brien", "O'Neill", "McDonald", "Connolly",
               "Hodgson", "Atkinson", "Hewitt", "Dunn", "Slater", "Riley",
               "Buckley", "Kerr", "Lowe", "Pickering", "Sutcliffe", "Hardy"],
              s=0.55)
BLK_M = Pool(["Tyrese", "Jaden", "Isaiah", "Elijah", "Joshua", "Nathaniel",
              "Malachi", "Jermaine", "Andre", "Marcus", "Tyrone", "Kareem",
              "Daniel", "David", "Samuel", "Reuben", "Darnell", "Devante",
              "Kai", "Jayden", "Zion", "Amari", "Kyrie", "Josiah", "Micah",
              "Leon", "Kwame", "Kofi", "Emmanuel", "Jerome", "Dwayne",
              "Nathan", "Romaine", "Trey", "Rhys", "Michael"], s=0.6)
BLK_F = Pool(["Aaliyah", "Shanice", "Tianna", "Kiara", "Jada", "Nia",
              "Imani", "Destiny", "Precious", "Chantelle", "Keisha", "Maya",
              "Zara", "Amara", "Shania", "Jasmine", "Leah", "Naomi",
              "Abigail", "Esther", "Danielle", "Renee", "Kayla", "Amani"],
             s=0.6)
BLK_S = Pool(["Campbell", "Williams", "Brown", "Johnson", "Thomas", "Francis",
              "Grant", "Clarke", "Reid", "Henry", "Robinson", "Lewis",
              "Morgan", "Edwards", "Bailey", "Stewart", "Richards", "Gordon",
              "Samuels", "Bennett", "Walters", "Forbes", "Anderson", "Mensah",
              "Boateng", "Asante", "Owusu", "Adeyemi", "Okafor", "Osei",
              "Allen", "Simpson", "Douglas", "Wright", "Palmer", "McKenzie",
              "Powell", "Spencer", "Hamilton", "Ellis"], s=0.55)
BRIT_MID_EXTRA = ["Lee", "James", "John", "Marie", "Louise", "Rose", "May",
                  "Jane", "Ann", "Paul", "David", "Michael", "Jay", "Leigh",
                  "Grace", "Jo", "Anthony", "Mae"]
BRIT_NICK = {
    'Thomas': ['Tom', 'Tommy'], 'Joshua': ['Josh'], 'Jacob': ['Jake'],
    'Alexander': ['Alex', 'Xander'], 'Daniel': ['Danny', 'Dan'],
    'Samuel': ['Sam', 'Sammy'], 'Benjamin': ['Ben'], 'William': ['Will', 'Billy'],
    'James': ['Jamie', 'Jim'], 'Joseph': ['Joe', 'Joey'],
    'Michael': ['Mikey', 'Mike'], 'Matthew': ['Matt'], 'Nathan': ['Nate'],
    'Christopher': ['Chris'], 'Anthony': ['Tony', 'Ant'], 'Nicholas': ['Nick'],
    'Frederick': ['Freddie'], 'Alfred': ['Alfie'], 'Harrison': ['Harry'],
    'Jessica': ['Jess'], 'Rebecca': ['Becky', 'Becca'],
    'Elizabeth': ['Lizzie', 'Beth'], 'Charlotte': ['Lottie', 'Charlie'],
    'Victoria': ['Tori'], 'Abigail': ['Abbie', 'Abi'], 'Samantha': ['Sam'],
    'Olivia': ['Liv'], 'Eleanor': ['Ellie'], 'Kayleigh': ['Kay'],
    'Georgia': ['Georgie'], 'Natasha': ['Tash'], 'Alexandra': ['Lexi', 'Alex'],
    'Isabella': ['Bella', 'Izzy'], 'Amelia': ['Millie'], 'Danielle': ['Dani'],
    'Nicole': ['Nikki'], 'Stephanie': ['Steph'], 'Nathaniel': ['Nate'],
    'Elijah': ['Eli'], 'Tyrone': ['Ty'], 'Jermaine': ['Jay'],
    'Isaiah': ['Zay'], 'Malachi': ['Kai'], 'Josiah': ['Jo'],
    'Emmanuel': ['Manny'], 'Bethany': ['Beth'], 'Cameron': ['Cam'],
    'Frankie': ['Frank'], 'Bradley': ['Brad'], 'Jordan': ['Jord'],
}

VN_FAM = Pool(["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu",
               "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Dinh",
               "Trinh", "Mai", "Truong"],
              weights=[38, 11, 9.5, 7, 5, 4, 4.5, 3.9, 3, 2.1, 2, 1.4, 1.3, 1.3,
                       1, .5, 1, .8, .5, 1])
VN_MID_M = Pool(["Van", "Duc", "Minh", "Quoc", "Huu", "Thanh", "Cong", "Dinh",
                 "Xuan", "Ngoc"], weights=[60, 6, 6, 4, 4, 5, 3, 3, 3, 2])
VN_MID_F = Pool(["Thi", "Ngoc", "Thu", "Thanh", "Kim", "Bich", "Hong",
                 "Phuong", "My"], weights=[65, 7, 5, 4, 4, 3, 3, 3, 2])
VN_GIV_M = Pool(["Hung", "Tuan", "Minh", "Duc", "Nam", "Long", "Hieu", "Quang",
                 "Huy", "Khanh", "Phuc", "Dung", "Hai", "Son", "Trung", "Cuong",
                 "Dat", "Tien", "Vinh", "Anh", "Thang", "Phong", "Bao", "Khoa",
                 "Loc", "Tai", "Kien", "Tam", "Hoang", "Linh"], s=0.9)
VN_GIV_F = Pool(["Linh", "Lan", "Hoa", "Mai", "Huong", "Thao", "Trang", "Hanh",
                 "Anh", "Ngoc", "Nhung", "Nga", "Phuong", "Yen", "Vy", "Hang",
                 "Trinh", "Thuy", "Ha"], s=0.9)
VN_ENG_M = ["Tony", "Kevin", "Jimmy", "Peter", "David", "Tom", "Andy", "John",
            "Danny", "Ken", "Henry", "Sam"]
VN_ENG_F = ["Jenny", "Anna", "Lily", "Lucy", "Mary", "Kim", "Amy", "Linda"]
VI_DIAC = {
    'Nguyen': 'Nguyễn', 'Tran': 'Trần', 'Le': 'Lê', 'Pham': 'Phạm',
    'Hoang': 'Hoàng', 'Huynh': 'Huỳnh', 'Vu': 'Vũ', 'Vo': 'Võ', 'Dang': 'Đặng',
    'Bui': 'Bùi', 'Do': 'Đỗ', 'Ho': 'Hồ', 'Ngo': 'Ngô', 'Duong': 'Dương',
    'Ly': 'Lý', 'Dinh': 'Đinh', 'Trinh': 'Trịnh', 'Truong': 'Trương',
    'Van': 'Văn', 'Thi': 'Thị', 'Duc': 'Đức', 'Quoc': 'Quốc', 'Huu': 'Hữu',
    'Cong': 'Công', 'Xuan': 'Xuân', 'Ngoc': 'Ngọc', 'Bich': 'Bích',
    'Hong': 'Hồng', 'Phuong': 'Phương', 'Hung': 'Hùng', 'Tuan': 'Tuấn',
    'Hieu': 'Hiếu', 'Khanh': 'Khánh', 'Phuc': 'Phúc', 'Dung': 'Dũng',
    'Hai': 'Hải', 'Son': 'Sơn', 'Cuong': 'Cường', 'Dat': 'Đạt', 'Tien': 'Tiến',
    'Thang': 'Thắng', 'Bao': 'Bảo', 'Loc': 'Lộc', 'Tai': 'Tài', 'Kien': 'Kiên',
    'Tam': 'Tâm', 'Huong': 'Hương', 'Thao': 'Thảo', 'Hanh': 'Hạnh',
    'Nga': 'Nga', 'Yen': 'Yến', 'Vy': 'Vy', 'Hang': 'Hằng', 'Thuy': 'Thủy',
    'Ha': 'Hà', 'My': 'My',
}

ALB_M = Pool(["Ardit", "Arlind", "Endrit", "Erion", "Klajdi", "Xhuljano",
              "Fatjon", "Arbër", "Besnik", "Dritan", "Florian", "Gentian",
              "Gëzim", "Ilir", "Kristian", "Leonard", "Mario", "Marsel", "Olsi",
              "Orges", "Redi", "Rei", "Renaldo", "Sokol", "Elvis", "Armando",
              "Altin", "Bledar", "Enea", "Denis", "Klevis", "Ervis", "Jurgen",
              "Indrit", "Ergi", "Aldo", "Kevin", "Erald", "Eljon", "Romario"],
             s=0.7)
ALB_F = Pool(["Anisa", "Elira", "Ermira", "Jonida", "Klea", "Megi", "Xhesika",
              "Sara", "Ajola", "Eni", "Amarilda", "Kejsi", "Fjona", "Sidorela",
              "Dorina", "Erisa", "Ornela", "Sindi"], s=0.5)
ALB_S = Pool(["Hoxha", "Shehu", "Leka", "Gjoka", "Dervishi", "Krasniqi",
              "Berisha", "Kola", "Marku", "Prenga", "Çela", "Hysa", "Muça",
              "Gjini", "Basha", "Lika", "Meta", "Kurti", "Zeneli", "Dedja",
              "Bushati", "Xhafa", "Beqiri", "Gjeta", "Pllumi", "Tahiri", "Mema",
              "Hasani", "Sula", "Duka", "Gjoni", "Lleshi", "Cani", "Dushku",
              "Kaçi", "Rexha", "Malaj", "Hyseni", "Ndreu", "Ziu"], s=0.7)
ALB_FATHER = Pool(["Agron", "Bujar", "Fatmir", "Ilir", "Gjergj", "Pjetër",
                   "Sokol", "Arben", "Dritan", "Petrit", "Nikoll", "Astrit",
                   "Artan", "Shpëtim", "Kujtim"], s=0.4)
ALB_NICK = {'Xhuljano': ['Xhuli', 'Juli'], 'Kristian': ['Kristi'],
            'Leonard': ['Leo'], 'Florian': ['Flori'], 'Armando': ['Mando'],
            'Renaldo': ['Naldo'], 'Xhesika': ['Jessica'], 'Romario': ['Rio']}

ERI_M = Pool(["Yonas", "Dawit", "Filmon", "Biniam", "Yohannes", "Merhawi",
              "Michael", "Samuel", "Robel", "Senai", "Kibrom", "Mehari",
              "Habtom", "Tesfalem", "Aron", "Amanuel", "Natnael", "Efrem",
              "Henok", "Semere", "Tedros", "Eyob", "Simon", "Mussie", "Kidane",
              "Ghirmay", "Abel", "Daniel", "Nahom", "Milkias", "Yafet",
              "Medhanie", "Awet", "Bereket", "Hagos", "Temesgen"], s=1.0)
ERI_F = Pool(["Helen", "Saba", "Selam", "Luwam", "Senait", "Rahwa", "Hiwet",
              "Yordanos", "Winta", "Eden", "Feven", "Meron", "Ruta", "Sara",
              "Mebrat", "Freweini", "Tsega", "Lidia", "Aster", "Filmona",
              "Segen", "Delina", "Elsa", "Mizan"], s=0.8)
ERI_FATHER = Pool(["Tesfay", "Ghebremedhin", "Kidane", "Tekle", "Haile",
                   "Berhe", "Gebreyesus", "Habte", "Weldu", "Asmerom", "Mehari",
                   "Tsegay", "Yemane", "Ghebrehiwet", "Andemariam", "Negash",
                   "Abraha", "Kahsay", "Hagos", "Fessehaye", "Mebrahtu",
                   "Okbay", "Araya", "Zerai", "Weldemichael", "Teklehaimanot",
                   "Tewelde", "Ghebru", "Amanuel", "Yohannes", "Tesfamariam",
                   "Solomon", "Michael", "Gebremariam", "Bahta", "Debesay",
                   "Kiflom", "Measho", "Goitom", "Russom"], s=1.0)
ERI_NICK = {'Yonas': ['Yoni'], 'Biniam': ['Bini'], 'Natnael': ['Nati'],
            'Yohannes': ['John'], 'Amanuel': ['Amen'], 'Merhawi': ['Meri'],
            'Tesfalem': ['Tesfa'], 'Yordanos': ['Yordi'], 'Medhanie': ['Medi']}
ETH_M = Pool(["Dawit", "Abel", "Kaleb", "Natnael", "Yared", "Solomon",
              "Bereket", "Abdi", "Chala", "Lencho", "Gemechu", "Ebisa", "Obsa",
              "Henok", "Biruk", "Mikiyas", "Surafel", "Yonas", "Tesfaye",
              "Girma", "Abebe", "Eyob"], s=0.5)
ETH_F = Pool(["Hana", "Mekdes", "Tigist", "Bethlehem", "Meseret", "Tsion",
              "Liya", "Bontu", "Chaltu", "Selamawit", "Hirut", "Kidist",
              "Rahel", "Saba"], s=0.5)
ETH_FATHER = Pool(["Bekele", "Tadesse", "Alemu", "Getachew", "Mulugeta",
                   "Girma", "Haile", "Kebede", "Assefa", "Tesfaye", "Wolde",
                   "Desta", "Abera", "Mekonnen", "Teshome", "Gudeta", "Tolosa",
                   "Fikadu", "Lemma", "Tefera", "Gemechu", "Abdi", "Negash",
                   "Ayele", "Tilahun", "Hailu", "Worku", "Demissie"], s=0.9)

SDN_M = Pool(["Mohamed", "Ahmed", "Abdelrahman", "Mustafa", "Osman", "Yousif",
              "Ibrahim", "Adam", "Ismail", "Hassan", "Hussein", "Khalid",
              "Omer", "Abdalla", "Elfatih", "Mohanad", "Musab", "Hamza",
              "Abubakar", "Yahya", "Suleiman", "Ali", "Abdelaziz", "Mujahid",
              "Elsadig", "Nasreldin", "Abdelmoneim", "Mazin", "Sami", "Ayman",
              "Abdelrahim", "Eltayeb", "Hamid", "Motasim", "Anas", "Awad"],
             s=1.3)
SDN_F = Pool(["Fatima", "Amna", "Mariam", "Aisha", "Hawa", "Khadija",
              "Zainab", "Sara", "Rania", "Safa", "Marwa", "Hiba", "Tasneem",
              "Fatna", "Halima"], s=0.7)
SDN_FATHER = Pool(["Mohamed", "Adam", "Ahmed", "Ishag", "Abakar", "Haroun",
                   "Yagoub", "Abdelkarim", "Eisa", "Juma", "Idris", "Bakhit",
                   "Musa", "Suleiman", "Abdalla", "Osman", "Hamid", "Elnour",
                   "Babiker", "Elamin", "Yahya", "Hassan", "Ibrahim", "Ali",
                   "Omer", "Abdelrahman", "Yousif", "Ismail", "Hussein",
                   "Khamis", "Daoud", "Mahmoud", "Salih", "Gibril", "Hamdan"],
                  s=1.3)
TCD_M = Pool(["Mahamat", "Abakar", "Ali", "Hassan", "Idriss", "Moussa",
              "Oumar", "Brahim", "Saleh", "Ahmat", "Adoum", "Djibrine",
              "Issakha", "Hissein", "Abdelkerim", "Youssouf", "Ousmane",
              "Abdoulaye", "Mahamoud", "Haroun"], s=1.2)
TCD_F = Pool(["Hawa", "Fatime", "Achta", "Khadidja", "Zara", "Mariam",
              "Halime", "Amina"], s=0.6)
TCD_FATHER = Pool(["Mahamat", "Abakar", "Idriss", "Ahmat", "Adoum", "Saleh",
                   "Brahim", "Youssouf", "Ousmane", "Hassane", "Abdelkerim",
                   "Djimet", "Moussa", "Oumar", "Issa", "Hissein", "Haroun",
                   "Ali", "Abdallah", "Djibrine"], s=1.2)
EGY_M = Pool(["Mohamed", "Ahmed", "Mahmoud", "Youssef", "Omar", "Mostafa",
              "Karim", "Abdallah", "Ziad", "Islam", "Amr", "Hossam", "Ahmad",
              "Seif", "Marwan", "Khaled", "Hassan", "Ali", "Abdelrahman",
              "Ibrahim", "Yassin", "Belal", "Hamza", "Eslam", "Mazen", "Adham"],
             s=1.25)
EGY_F = Pool(["Mariam", "Nour", "Salma", "Habiba", "Aya"], s=0.5)
EGY_FATHER = Pool(["Mohamed", "Ahmed", "Ali", "Hassan", "Ibrahim", "Abdelaziz",
                   "Mahmoud", "Elsayed", "Abdelhamid", "Mostafa", "Fathy",
                   "Gamal", "Saad", "Farouk", "Salah", "Ashraf", "Mansour",
                   "Shaaban", "Ragab", "Abdelrahman", "Adel", "Hamdy",
                   "Ramadan", "Essam", "Tarek", "Sherif", "Magdy", "Samir",
                   "Nabil", "Reda"], s=1.2)
AFG_M = Pool(["Mohammad", "Ahmad", "Ali", "Abdul Wahid", "Hamid",
              "Rahmatullah", "Habibullah", "Samiullah", "Zabihullah", "Shafiq",
              "Farid", "Wahid", "Naveed", "Bilal", "Sohail", "Jawad", "Murtaza",
              "Mustafa", "Najib", "Nasir", "Rashid", "Sami", "Wali", "Zahir",
              "Sayed", "Ihsanullah", "Asadullah", "Noorullah", "Hekmatullah",
              "Ismail", "Omid", "Hasib", "Javid", "Mujtaba", "Baryalai",
              "Khalid", "Mohammad Ali", "Mohammad Reza", "Abdul Basir",
              "Abdul Hadi", "Ahmad Shah", "Hassan", "Hussain", "Abbas", "Ehsan",
              "Fawad", "Jamshid", "Mahdi", "Nawid", "Qasim", "Rohullah",
              "Shoaib", "Waheedullah", "Yama", "Zakir"], s=1.25)
AFG_F = Pool(["Fatima", "Maryam", "Zahra", "Masooma", "Shabnam", "Mina",
              "Parwana", "Farzana", "Zainab", "Nargis"], s=0.6)
AFG_FATHER = Pool(["Mohammad", "Ahmad", "Gul", "Abdul Rahim", "Noor Ahmad",
                   "Jan", "Gul Mohammad", "Rahim", "Karim", "Zahir", "Nazir",
                   "Bashir", "Habib", "Mohammad Nabi", "Abdul Ghafoor",
                   "Sher Ali", "Khan Mohammad", "Wali", "Shah", "Nabi",
                   "Abdullah", "Hayatullah", "Sultan",
                   "Faiz Mohammad", "Juma Khan", "Ghulam", "Ghulam Sakhi",
                   "Abdul Qadir", "Mohammad Hussain", "Ali Ahmad"], s=1.3)
AFG_TRIBE = Pool(["Ahmadzai", "Khan", "Noori", "Stanikzai", "Safi", "Popal",
                  "Mohammadi", "Hussaini", "Rahimi", "Sultani", "Amiri",
                  "Hakimi", "Noorzai", "Wardak", "Shinwari", "Karimi", "Sadat",
                  "Haidari", "Ahmadi", "Azizi", "Mangal", "Jalali", "Hotak",
                  "Zadran", "Yousufzai", "Alizai", "Rezaei", "Sharifi",
                  "Qaderi", "Nazari"], s=1.1)
AFG_NICK = {'Rahmatullah': ['Rahmat'], 'Habibullah': ['Habib'],
            'Samiullah': ['Sami'], 'Zabihullah': ['Zabi'],
            'Ihsanullah': ['Ihsan'], 'Asadullah': ['Asad'],
            'Noorullah': ['Noor'], 'Hekmatullah': ['Hekmat'],
            'Waheedullah': ['Waheed'], 'Rohullah': ['Rohul'],
            'Mohammad Ali': ['Ali'], 'Mohammad Reza': ['Reza'],
            'Abdul Wahid': ['Wahid'], 'Abdul Basir': ['Basir'],
            'Abdul Hadi': ['Hadi'], 'Ahmad Shah': ['Shah']}
ARAB_NICK = {'Mohamed': ['Mo', 'Moha'], 'Mohammed': ['Mo'],
             'Abdelrahman': ['Abdo'], 'Mustafa': ['Musti'],
             'Mostafa': ['Mido'],
             'Abdelaziz': ['Aziz'], 'Nasreldin': ['Nasr']}
IRQK_M = Pool(["Karwan", "Rebin", "Hawre", "Shwan", "Dilshad", "Aram",
               "Rekar", "Hemin", "Sherzad", "Zana", "Soran", "Kawa", "Ari",
               "Hiwa", "Bawan", "Dana", "Diyar", "Harem", "Shakar", "Rawand",
               "Ahmad", "Mohammed", "Hussein", "Azad", "Rebaz", "Peshawa",
               "Sirwan", "Karzan", "Alan", "Bryar", "Hardi", "Lawin", "Ranj",
               "Sarkawt", "Hogr", "Kosrat", "Barzan", "Halo", "Awat"], s=0.7)
IRQK_F = Pool(["Shilan", "Nazdar", "Rozhin", "Avin", "Dilan", "Shaida",
               "Bahar", "Lana", "Hana", "Sozan"], s=0.5)
IRQK_FATHER = Pool(["Ahmed", "Mohammed", "Abdullah", "Hama", "Omar", "Rashid",
                    "Karim", "Qadir", "Aziz", "Salih", "Mahmood", "Jalal",
                    "Hussein", "Othman", "Hassan", "Ali", "Faraj", "Rasul",
                    "Amin", "Hamid", "Sabir", "Tahir", "Abdulrahman",
                    "Ismail", "Khidir", "Mustafa", "Ibrahim", "Anwar", "Hamad",
                    "Majeed", "Saeed", "Osman"], s=1.1)
IRN_M = Pool(["Amir", "Ali", "Reza", "Mohammad", "Mehdi", "Hossein", "Hamid",
              "Arash", "Omid", "Behnam", "Saeed", "Mohsen", "Sina", "Parsa",
              "Milad", "Kian", "Amin", "Yousef", "Abolfazl", "Mahdi", "Erfan",
              "Sajjad", "Hamed", "Kamran", "Aso", "Hersh", "Zanyar", "Pezhman",
              "Amirhossein", "Mohammadreza", "Aria", "Danial", "Farhad",
              "Peyman", "Sirvan", "Rasoul"], s=0.6)
IRN_F = Pool(["Zahra", "Fatemeh", "Maryam", "Sara", "Niloofar", "Shirin",
              "Yasaman", "Parisa", "Mahsa", "Negin"], s=0.5)
IRN_S = Pool(["Ahmadi", "Mohammadi", "Hosseini", "Rezaei", "Karimi", "Moradi",
              "Rahimi", "Jafari", "Hashemi", "Azizi", "Rostami", "Ghasemi",
              "Sadeghi", "Heidari", "Amini", "Nazari", "Mousavi", "Rahmani",
              "Kazemi", "Abbasi", "Kurdi", "Rasouli", "Ebrahimi", "Zamani",
              "Bahrami", "Salehi", "Habibi", "Sharifi", "Asadi", "Mahmoudi",
              "Khosravi", "Akbari", "Ghorbani", "Soleimani", "Feizi",
              "Hosseinpour", "Alizadeh", "Karimzadeh", "Mirzaei", "Taheri"],
             s=0.6)
NGA_F = Pool(["Blessing", "Precious", "Joy", "Favour", "Mercy", "Esther",
              "Gift", "Peace", "Faith", "Princess", "Success", "Osaretin",
              "Ivie", "Chioma", "Ngozi", "Adaeze", "Funmilayo", "Oluwaseun",
              "Temitope", "Osas", "Efe", "Omosede", "Itohan", "Uyiosa",
              "Happiness", "Goodness", "Patience", "Rita", "Grace", "Deborah"],
             s=0.6)
NGA_M = Pool(["Osagie", "Efosa", "Eghosa", "Osaretin", "Omoruyi", "Uyi",
              "Chinedu", "Emeka", "Ifeanyi", "Tunde", "Segun", "Godwin",
              "Victor", "Samuel", "Daniel", "Emmanuel", "Divine", "Prince",
              "Kelvin", "Osas", "Chukwuemeka", "Oluwaseun", "Temitope",
              "Ikenna", "Obinna"], s=0.6)
NGA_S = Pool(["Osagie", "Igbinedion", "Omoregie", "Obasogie", "Okoro", "Eze",
              "Okafor", "Adeyemi", "Ogunleye", "Obi", "Nwosu", "Uwaifo",
              "Edokpolo", "Aigbe", "Ehigiator", "Osemwegie", "Ogbeide", "Iyamu",
              "Idahosa", "Ekhator", "Osaro", "Omorogbe", "Okonkwo", "Adebayo",
              "Okeke", "Eguavoen", "Ighodaro", "Osayande", "Okojie",
              "Nosakhare"], s=0.5)
NGA_MID = ["Osaze", "Ehis", "Nosa", "Ada", "Oluwadamilola", "Oghenekaro",
           "Grace", "Mary", "Joy", "John", "Peter", "Blessing", "Osayuki"]
NGA_NICK = {'Oluwaseun': ['Seun'], 'Temitope': ['Tope', 'Temi'],
            'Osaretin': ['Osas'], 'Chukwuemeka': ['Emeka'],
            'Funmilayo': ['Funmi'], 'Ifeanyi': ['Ify'], 'Omoruyi': ['Ruyi']}
ROMRO_M = Pool(["Florin", "Marian", "Ionuț", "Adrian", "Gabriel", "Costel",
                "Vasile", "Nicolae", "Ion", "Daniel", "Alexandru", "Mihai",
                "Cristian", "Ștefan", "Denis", "Fănel", "Sorin", "Marius",
                "Robert", "David", "Darius", "Aurel", "Giani"], s=0.5)
ROMRO_F = Pool(["Denisa", "Maria", "Florentina", "Andreea", "Ramona", "Elena",
                "Alina", "Loredana", "Bianca", "Roxana", "Mădălina",
                "Georgiana", "Nicoleta", "Alexandra", "Cosmina", "Larisa"],
               s=0.5)
ROMRO_S = Pool(["Stoica", "Lăcătuș", "Dumitru", "Constantin", "Stan", "Radu",
                "Ion", "Mihai", "Rostaș", "Varga", "Ciurar", "Sandu",
                "Căldărar", "Pavel", "Șerban", "Lingurar", "Florea", "Badea",
                "Marin", "Tănase", "Zamfir", "Rusu", "Munteanu", "Moldovan",
                "Covaci", "Boldea"], s=0.5)
ROMSK_M = Pool(["Marek", "Patrik", "Dominik", "Lukáš", "Tomáš", "Martin",
                "Jozef", "Ján", "Mário", "Erik", "Kristián", "Denis", "Roman",
                "Peter", "Milan", "Róbert", "Dávid", "Miroslav", "René",
                "Adam"], s=0.5)
ROMSK_F = Pool(["Nikola", "Veronika", "Simona", "Kristína", "Monika",
                "Natália", "Vanesa", "Denisa", "Silvia", "Andrea", "Jana",
                "Dominika", "Miroslava", "Lucia"], s=0.5)
ROMSK_S = Pool(["Horváth", "Oláh", "Balog", "Lakatoš", "Kováč", "Gabor",
                "Šarközi", "Rigo", "Kotlár", "Ferko", "Červeňák", "Pompa",
                "Bažo", "Ďuraňa", "Demeter", "Mižigár", "Tancoš", "Dudi",
                "Giňa", "Kaleja"], s=0.5)


def sk_female(s):
    if s[-1] in 'ao':
        return s[:-1] + 'ová'
    return s + 'ová'


# Transliteration / spelling equivalence groups.  A name token found here may
# be recorded as any member of its group by another council.
VAR_GROUPS = [
    "Mohammed|Mohamed|Muhammad|Mohammad|Mohamad|Muhammed",
    "Ahmed|Ahmad",
    "Abdelrahman|Abdulrahman|Abdel Rahman|Abdul Rahman|Abdurrahman|Abdalrahman",
    "Yousif|Yousef|Yusuf|Youssef|Yousuf|Youssouf",
    "Ishag|Ishaq|Ishak|Ishaag", "Omer|Omar|Oumar",
    "Osman|Othman|Usman|Ousmane|Uthman", "Yagoub|Yacoub|Yaqub|Yakub|Yaqoob",
    "Abakar|Abbakar|Abaker|Abubakar|Abubaker|Aboubakar", "Eisa|Issa|Isa|Esa",
    "Haroun|Harun|Haroon", "Ibrahim|Ebrahim|Brahim|Ibraheem",
    "Ismail|Ismael|Esmail|Ismaeel",
    "Hussein|Hussain|Husein|Hossein|Hissein|Husain",
    "Hassan|Hasan|Hassane", "Idris|Idriss|Edris|Idrees",
    "Musa|Moussa|Mousa|Mussa", "Suleiman|Sulaiman|Soliman|Suliman",
    "Abdalla|Abdallah|Abdullah|Abdulla|Abdellah",
    "Mustafa|Mostafa|Moustafa|Mustapha", "Khalid|Khaled|Khaleed",
    "Hamza|Hamzah", "Elsadig|El Sadig|Alsadig|Elsadiq",
    "Elnour|El Nour|Alnour|Elnur", "Elamin|El Amin|Alamin|El-Amin",
    "Babiker|Babikir|Babikr", "Yahya|Yahia|Yehia|Yahiya",
    "Abdelaziz|Abdulaziz|Abdel Aziz|Abdul Aziz",
    "Mahmoud|Mahmood|Mahmud|Mahmod", "Elsayed|El-Sayed|El Sayed|Elsaied",
    "Abdelhamid|Abdulhamid|Abdel Hamid|Abdelhameed", "Gamal|Jamal",
    "Islam|Eslam", "Shaaban|Shaban", "Ragab|Rajab", "Farouk|Faruk|Farouq",
    "Mahamat|Mahamet|Mahammat", "Djibrine|Jibrin|Djibril",
    "Adoum|Adum", "Djimet|Jimet", "Abdelkerim|Abdelkarim|Abdulkarim|Abdul Karim",
    "Mahamoud|Mahmoud", "Issakha|Issakh|Isakha", "Abdoulaye|Abdoulay|Abdullahi",
    "Elfatih|El Fatih|Alfatih", "Nasreldin|Nasr Eldin|Nasraldin|Nasreddin",
    "Abdelmoneim|Abdelmonem|Abdulmonim", "Abdelrahim|Abdulrahim|Abdel Rahim",
    "Eltayeb|Altayeb|El Tayeb|Eltaib", "Motasim|Mutasim|Moutasim",
    "Mujahid|Mojahid", "Musab|Mosab|Mussab", "Mohanad|Muhannad|Mohannad",
    "Bakhit|Bakheet|Bakhet", "Gibril|Jibril|Gebril", "Daoud|Dawood|Dawoud|Daud",
    "Khamis|Khamees", "Hamdan|Hamdaan", "Salih|Saleh|Saleih",
    "Youssef|Yousef|Yusuf", "Hossam|Husam|Hosam", "Seif|Saif|Sayf",
    "Ziad|Ziyad|Zeyad", "Yassin|Yaseen|Yassine|Yasin", "Belal|Bilal",
    "Fathy|Fathi|Fathey", "Hamdy|Hamdi", "Magdy|Magdi|Majdi",
    "Tarek|Tariq|Tarik", "Reda|Rida|Redha", "Essam|Issam|Esam",
    "Tesfay|Tesfaye|Tesfai", "Ghebremedhin|Gebremedhin|Ghebremedin|Gebremedin",
    "Tekle|Teklay|Teklai", "Gebreyesus|Ghebreyesus|Gebreyesous",
    "Weldu|Woldu|Weldou", "Tsegay|Tsegai|Tsegaye",
    "Ghebrehiwet|Gebrehiwet|Gebrehiwot|Ghebrehiwot", "Abraha|Abrha|Abreha",
    "Kahsay|Kahsai|Kassay", "Fessehaye|Fesehaye|Fishaye|Fessehaie",
    "Mebrahtu|Mebrahtom|Mbrahtu", "Zerai|Zeray|Zerei",
    "Weldemichael|Woldemichael|Weldemikael|Welde Michael",
    "Teklehaimanot|Tekle Haimanot|Teklehaymanot",
    "Yohannes|Yohanes|Yohanis|Johannes", "Filmon|Philmon|Filimon",
    "Biniam|Biniyam|Binyam", "Mussie|Musie|Mussi", "Merhawi|Mehrawi|Merhawie",
    "Habtom|Habtum", "Kibrom|Kbrom|Kibrome", "Senai|Senay|Sennai",
    "Amanuel|Emmanuel|Amanuiel", "Natnael|Natnail|Nathnael", "Henok|Enoch|Hennok",
    "Yemane|Yemani", "Luwam|Luam|Lwam", "Senait|Sennait|Senayt",
    "Rahwa|Rahwah", "Yordanos|Yordanus|Jordanos", "Freweini|Frewoini|Fraweini",
    "Medhanie|Medhane|Medhani", "Tewelde|Teweldi|Tewolde", "Ghebru|Gebru",
    "Tesfamariam|Tesfamaryam|Tesfa Mariam", "Gebremariam|Ghebremariam|Gebremaryam",
    "Debesay|Debessay|Debesai", "Kiflom|Kiflu|Keflom", "Measho|Misho|Measho",
    "Goitom|Goytom", "Russom|Rusom", "Ghirmay|Girmay|Ghirmai", "Hagos|Hagoss",
    "Efrem|Ephrem|Efrom", "Semere|Semre|Semir", "Tedros|Tewodros|Tedross",
    "Eyob|Iyob|Eyoub|Job", "Yafet|Yafiet|Japhet", "Milkias|Milkyas",
    "Asmerom|Asmarom", "Andemariam|Ande Mariam|Andemaryam", "Okbay|Okbai|Ukbay",
    "Mehari|Mihary|Meheri", "Hiwet|Hiwot|Hewet", "Tadesse|Tadese|Taddese",
    "Getachew|Getachaw", "Mulugeta|Mulugetta", "Kebede|Kebbede",
    "Assefa|Asefa|Assafa", "Mekonnen|Mekonen|Makonnen", "Teshome|Teshom",
    "Bekele|Bekelle", "Tigist|Tigest", "Bethlehem|Betelhem|Betlehem",
    "Meseret|Messeret", "Tsion|Zion|Tsiyon", "Kaleb|Caleb",
    "Demissie|Demisse|Demissi", "Tilahun|Tilahune", "Mikiyas|Mikias|Mikyas",
    "Qadir|Kadir|Kader|Qader", "Rasul|Rasool|Rasoul", "Hama|Hamma",
    "Rebin|Rebeen", "Hawre|Hawri|Hawree", "Shwan|Shuan|Shiwan",
    "Hemin|Hemn|Himen", "Dilshad|Dlshad", "Rekar|Reakar|Rikar",
    "Sherzad|Shirzad", "Rawand|Rawend", "Bryar|Briar|Biryar",
    "Rebaz|Reibaz|Rebas", "Peshawa|Pishawa|Peshewa", "Sirwan|Serwan",
    "Karzan|Karzhan", "Sarkawt|Sarkaut|Sarkot", "Hogr|Hogir|Hoger",
    "Kosrat|Kosrat|Kusrat", "Khidir|Khider|Khadir", "Majeed|Majid|Mageed",
    "Faraj|Farraj|Faraq", "Jalal|Jallal", "Sabir|Saber",
    "Tahir|Taher|Tahar", "Karim|Kareem|Karem", "Aziz|Azeez|Azis",
    "Rashid|Rasheed|Rashed", "Hamid|Hameed|Hamed", "Anwar|Anwer|Enwer",
    "Hosseini|Husseini|Hoseini|Hussaini", "Rezaei|Rezaee|Rezaie|Rezai",
    "Mohammadi|Mohamadi|Muhammadi", "Ghasemi|Qasemi|Ghassemi",
    "Sadeghi|Sadeqi", "Heidari|Haidari|Heydari|Haydari",
    "Mousavi|Musavi|Moosavi|Musawi", "Ebrahimi|Ibrahimi",
    "Rostami|Rustami", "Karimi|Kareemi", "Jafari|Jafary|Jaafari",
    "Hashemi|Hashimi", "Rahimi|Raheemi", "Ahmadi|Ahmady|Ahmedi",
    "Amiri|Ameeri", "Nazari|Nazary", "Saeed|Saied|Said|Saeid",
    "Mehdi|Mahdi|Mahdy", "Reza|Raza", "Abolfazl|Abulfazl|Abolfazel|Abol Fazl",
    "Sajjad|Sajad", "Mohsen|Mohsin|Muhsin", "Erfan|Irfan", "Pezhman|Pejman",
    "Zanyar|Zaniar", "Hersh|Hirsh", "Amirhossein|Amir Hossein|Amirhosein",
    "Mohammadreza|Mohammad Reza|Mohamadreza", "Danial|Daniyal|Daniel",
    "Sirvan|Sirwan", "Rasouli|Rasuli|Rasooli", "Ghorbani|Qorbani|Gorbani",
    "Soleimani|Suleimani|Solaimani", "Mirzaei|Mirzai|Mirzaee",
    "Khosravi|Khosrawi", "Alizadeh|Ali Zadeh|Alizade",
    "Rahmatullah|Rahmat Ullah|Rahmatulla|Rahmatollah",
    "Habibullah|Habib Ullah|Habibulla|Habibollah",
    "Samiullah|Sami Ullah|Samiulla", "Zabihullah|Zabiullah|Zabihulla|Zabi Ullah",
    "Ihsanullah|Ehsanullah|Ihsan Ullah|Ehsanollah",
    "Asadullah|Assadullah|Asad Ullah|Asadulla",
    "Noorullah|Nurullah|Noor Ullah", "Hekmatullah|Hikmatullah|Hekmat Ullah",
    "Waheedullah|Wahidullah|Waheed Ullah", "Rohullah|Ruhullah|Roh Ullah",
    "Hayatullah|Hayat Ullah|Hayatulla", "Shafiq|Shafeeq|Shafik",
    "Farid|Fareed", "Wahid|Waheed|Vahid", "Naveed|Navid|Nawid",
    "Sohail|Suhail|Sohayl", "Jawad|Javad|Jawaad", "Murtaza|Mortaza|Murtada",
    "Najib|Najeeb|Nagib", "Nasir|Naseer|Nasser|Naser", "Sayed|Syed|Sayyed",
    "Javid|Jawed|Javed|Jawid", "Mujtaba|Mojtaba", "Hasib|Haseeb",
    "Noori|Nuri|Noorie", "Ahmadzai|Ahmedzai|Ahmadzay",
    "Stanikzai|Stanekzai|Stanakzai", "Noorzai|Nurzai|Noorzay",
    "Shinwari|Shinwary", "Hakimi|Hakeemi", "Sultani|Soltani",
    "Wardak|Wardag", "Sadat|Saadat", "Baryalai|Baryalay", "Omid|Umid|Omeed",
    "Zahir|Zaheer|Zaher", "Wali|Walli", "Ghulam|Gholam|Golam",
    "Qasim|Kasim|Qassim|Ghasem", "Shoaib|Shuaib|Shoayb", "Fawad|Fuad|Fawaad",
    "Jamshid|Jamsheed", "Yousufzai|Yusufzai|Yousafzai", "Qaderi|Qadiri|Kaderi",
    "Nazir|Nazeer", "Bashir|Basheer", "Habib|Habeeb", "Sakhi|Sakhee",
    "Masooma|Masuma|Masoumeh", "Maryam|Mariam|Maryem", "Fatima|Fatema|Fatimah",
    "Zainab|Zaynab|Zeinab", "Khadija|Khadidja|Khadijah", "Aisha|Aysha|Aicha",
    "Amna|Amina|Aminah",
    "Xhuljano|Xhuliano|Juliano|Xhulian", "Klajdi|Klaidi|Klajdy",
    "Hoxha|Hoxhaj|Hoxa|Hodja", "Çela|Cela|Cella|Qela",
    "Dervishi|Dervish|Dervisi", "Xhafa|Xhafaj|Jafa",
    "Krasniqi|Krasniki|Krasnici", "Gjoka|Gjokaj|Djoka", "Marku|Markaj|Marko",
    "Prenga|Prengaj", "Gjeta|Gjetaj", "Hysa|Hysaj|Hisa", "Muça|Muca|Mucha",
    "Beqiri|Beqir|Bekiri", "Zeneli|Zenelaj", "Xhesika|Xhesica|Jesika",
    "Gëzim|Gezim|Gjezim", "Arbër|Arber|Arbri", "Sokol|Sokoli", "Ilir|Iliri",
    "Besnik|Besniku", "Orges|Orgest|Orgesi", "Marsel|Marcel|Marseli",
    "Klevis|Kleviz", "Ervis|Erviz", "Indrit|Indriti", "Jurgen|Jurgend|Jyrgen",
    "Fatjon|Fatjoni", "Endrit|Endriti", "Ardit|Arditi", "Arlind|Arlindi",
    "Kaçi|Kaci|Kachi", "Rexha|Rexhaj|Recha", "Dedja|Dedaj|Deda",
    "Shehu|Sheu", "Pllumi|Plumi|Pllum", "Lleshi|Leshi|Llesh",
    "Kujtim|Kujtimi", "Shpëtim|Shpetim", "Pjetër|Pjeter|Peter",
    "Osaretin|Osaretinn|Osareti", "Omoregie|Omoreige|Omoreghie",
    "Igbinedion|Igbinidion|Igbenedion", "Osemwegie|Osemwengie",
    "Ehigiator|Ehigiatore", "Chinedu|Chinedum", "Ifeanyi|Ifeanyichukwu",
    "Eghosa|Eghossa", "Osayande|Osayandé", "Nosakhare|Nosakhere",
    "Uwaifo|Uwaifor", "Ekhator|Ekator", "Idahosa|Idahossa",
    "Lăcătuș|Lacatus|Lakatos|Lacatusu", "Rostaș|Rostas|Rostash",
    "Căldărar|Caldarar|Kaldarar", "Ciurar|Curar|Chiurar", "Ionuț|Ionut",
    "Ștefan|Stefan", "Șerban|Serban", "Andreea|Andrea|Andreia",
    "Costel|Kostel", "Mihai|Mihail", "Covaci|Kovacs|Covacs",
    "Fănel|Fanel", "Giani|Gianni|Jani",
    "Horváth|Horvath|Horvat", "Oláh|Olah", "Balog|Balogh",
    "Lakatoš|Lakatos|Lakatosh", "Kováč|Kovac|Kovacs",
    "Šarközi|Sarkozi|Sarkozy", "Červeňák|Cervenak", "Kotlár|Kotlar",
    "Lukáš|Lukas", "Tomáš|Tomas|Thomas", "Ján|Jan|John", "Mário|Mario",
    "Kristián|Kristian|Christian", "Natália|Natalia", "Kristína|Kristina",
    "Jozef|Josef|Joseph", "Mižigár|Mizigar", "Ďuraňa|Durana|Duranya",
    "Giňa|Gina|Ginya", "Dávid|David", "Róbert|Robert",
    "McDonald|MacDonald|Mcdonald", "O'Brien|OBrien|O Brien|O'brien",
    "O'Neill|O'Neil|ONeill|O'neill", "Jayden|Jaden|Jaiden|Jaydon",
    "Kayleigh|Kayley|Kaleigh|Kaylee", "Connor|Conor", "Reece|Rhys|Reese",
    "Aaliyah|Aliyah|Aleah", "Tyrese|Tyreese|Tyreece", "Shanice|Shaniece",
    "Keira|Kiera|Kira", "Lacey|Lacie|Lacy", "Abbie|Abby|Abi", "Callum|Calum",
    "Jordan|Jordon", "Tianna|Tiana", "Kyrie|Kyree", "Devante|Devonte|Davante",
    "Malachi|Malakai", "Chantelle|Chantel|Shantelle", "Keisha|Kiesha",
    "Amari|Amarie", "McKenzie|Mckenzie|MacKenzie", "Leon|Leeon",
    "Kelsey|Kelsie", "Corey|Cory", "Finley|Finlay", "Libby|Libbie",
    "Katie|Katy|Kati", "Evie|Evey", "Skye|Sky", "Bethany|Bethanie",
    "Courtney|Courtnie", "Shannon|Shanon", "Demi|Demmi", "Lewis|Louis",
    "Jamie|Jaime", "Ellie|Elly", "Millie|Milly", "Caitlin|Katelyn|Kaitlyn",
    "Thompson|Thomson", "Davies|Davis", "Philips|Phillips", "Hewitt|Hewett",
    "Sutcliffe|Sutcliff",
]
VARMAP = {}
for _g in VAR_GROUPS:
    _mem = []
    for _m in _g.split('|'):
        if _m not in _mem:
            _mem.append(_m)
    for _m in _mem:
        if _m not in VARMAP:
            VARMAP[_m] = _mem

# generic transliteration rewrites (lower-case), for non-Latin-script origins
TRANSLIT_RULES = [
    ('ee', 'i'), ('oo', 'u'), ('ou', 'u'), ('u', 'ou'), ('q', 'k'), ('k', 'q'),
    ('gh', 'g'), ('kh', 'k'), ('ai', 'ay'), ('ay', 'ai'), ('ei', 'ey'),
    ('ey', 'ei'), ('ph', 'f'), ('dh', 'd'), ('ss', 's'), ('ll', 'l'),
    ('mm', 'm'), ('nn', 'n'), ('tt', 't'), ('bb', 'b'), ('dd', 'd'),
    ('ie', 'i'), ('ia', 'iya'), ('w', 'u'), ('e', 'a'), ('a', 'e'),
    ('o', 'u'), ('i', 'e'), ('y', 'i'), ('j', 'dj'), ('z', 's'), ('th', 't'),
]

KEYB = {
    'a': 'qwsz', 'b': 'vghn', 'c': 'xdfv', 'd': 'serfcx', 'e': 'wsdr',
    'f': 'drtgvc', 'g': 'ftyhbv', 'h': 'gyujnb', 'i': 'ujko', 'j': 'huikmn',
    'k': 'jiolm', 'l': 'kop', 'm': 'njk', 'n': 'bhjm', 'o': 'iklp',
    'p': 'ol', 'q': 'wa', 'r': 'edft', 's': 'awedxz', 't': 'rfgy',
    'u': 'yhji', 'v': 'cfgb', 'w': 'qase', 'x': 'zsdc', 'y': 'tghu',
    'z': 'asx',
}


def typo(rng, s):
    """One keyboard-style error in a name."""
    if len(s) < 3:
        return s
    op = rng.random()
    i = rng.randint(1, len(s) - 1)
    if op < 0.3:                                   # deletion
        return s[:i] + s[i + 1:]
    if op < 0.5:                                   # doubling
        return s[:i] + s[i] + s[i:]
    if op < 0.75 and i < len(s) - 1:               # transposition
        if s[i] != ' ' and s[i + 1] != ' ':
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    c = s[i]
    lc = c.lower()
    if lc in KEYB:
        r = rng.choice(KEYB[lc])
        if c.isupper():
            r = r.upper()
        return s[:i] + r + s[i + 1:]
    return s[:i] + s[i + 1:]


def translit_token(rng, tok, generic=True):
    """Re-spell one name token as another council might transliterate it.
    generic=False (Latin-script names): only known alternative spellings."""
    if tok in VARMAP and (rng.random() < 0.8 or not generic):
        opts = [m for m in VARMAP[tok] if m != tok]
        if opts:        # earlier (commoner) spellings are likelier
            return rng.choices(opts, weights=[1.0 / (i + 1)
                                              for i in range(len(opts))])[0]
    if not generic:
        return tok
    low = tok.lower()
    cands = []
    for a, b in TRANSLIT_RULES:
        start = 1 if len(a) == 1 and a in 'aeiouy' else 0
        pos = low.find(a, start)
        while pos != -1:
            cands.append((pos, a, b))
            pos = low.find(a, pos + 1)
    if not cands:
        return tok
    pos, a, b = rng.choice(cands)
    new = low[:pos] + b + low[pos + len(a):]
    return title_words(new) if tok[:1].isupper() else new


def translit_field(rng, s, p, generic=True):
    if not s:
        return s
    if s in VARMAP and rng.random() < p:
        return translit_token(rng, s, generic)
    toks = s.split(' ')
    out = []
    for t in toks:
        out.append(translit_token(rng, t, generic) if t and rng.random() < p
                   else t)
    return ' '.join(out)


def space_variant(rng, s):
    """'Abdul Wahid' -> 'Abdulwahid' / 'Abdul-Wahid'."""
    if ' ' not in s:
        return s
    r = rng.random()
    if r < 0.5:
        parts = s.split(' ')
        return parts[0] + ''.join(p.lower() for p in parts[1:])
    return s.replace(' ', '-')


# ------------------------------------------------------- origin metadata
BRIT = ('WBRI', 'BLKB', 'MIXB')
LATIN_SCRIPT = BRIT + ('ALB', 'NGA', 'ROMRO', 'ROMSK', 'VNM')
ORIGIN_W = [('WBRI', 22), ('BLKB', 9), ('MIXB', 9), ('VNM', 8), ('ALB', 9),
            ('ERI', 8), ('SDN', 7), ('AFG', 8), ('IRQK', 5), ('IRN', 4),
            ('EGY', 3), ('ETH', 2), ('TCD', 2), ('NGA', 3), ('ROMRO', 2),
            ('ROMSK', 1.5)]
P_MALE = dict(VNM=.72, ALB=.94, ERI=.80, SDN=.98, AFG=.98, IRQK=.97, IRN=.93,
              EGY=.99, ETH=.75, TCD=.97, NGA=.35, ROMRO=.5, ROMSK=.5)
YEARS = list(range(2016, 2026))
YEAR_W_BASE = [7, 7, 7, 8, 6, 9, 12, 12, 11, 6]
YEAR_BUMP = dict(VNM={2018: 6, 2019: 8, 2020: 4}, ALB={2021: 6, 2022: 12, 2023: 6},
                 AFG={2016: 5, 2021: 8, 2022: 8},
                 ERI={2016: 5, 2017: 3, 2022: 5, 2023: 6, 2024: 6},
                 SDN={2016: 3, 2022: 4, 2023: 8, 2024: 8},
                 IRQK={2019: 3, 2020: 4, 2021: 5}, IRN={2019: 3, 2020: 5, 2021: 4},
                 EGY={2022: 6, 2023: 6})

ETHNIC = dict(
    WBRI=[('WBRI', 93), ('WOTH', 2), ('WIRI', 2), ('NOBT', 3)],
    BLKB=[('BCRB', 45), ('BAFR', 30), ('BOTH', 15), ('MWBC', 5), ('NOBT', 5)],
    MIXB=[('MWBC', 55), ('MWBA', 15), ('MOTH', 20), ('BCRB', 5), ('NOBT', 5)],
    VNM=[('AOTH', 70), ('OOTH', 15), ('CHNE', 5), ('NOBT', 10)],
    ALB=[('WOTH', 85), ('OOTH', 7), ('NOBT', 8)],
    ERI=[('BAFR', 90), ('BOTH', 5), ('NOBT', 5)],
    ETH=[('BAFR', 88), ('BOTH', 7), ('NOBT', 5)],
    SDN=[('BAFR', 55), ('OARA', 20), ('OOTH', 15), ('NOBT', 10)],
    TCD=[('BAFR', 70), ('OOTH', 20), ('NOBT', 10)],
    EGY=[('OARA', 35), ('OOTH', 45), ('BAFR', 5), ('NOBT', 15)],
    AFG=[('AOTH', 75), ('OOTH', 15), ('NOBT', 10)],
    IRQK=[('OOTH', 60), ('AOTH', 15), ('WOTH', 10), ('OARA', 5), ('NOBT', 10)],
    IRN=[('OOTH', 50), ('AOTH', 35), ('NOBT', 15)],
    NGA=[('BAFR', 93), ('NOBT', 7)],
    ROMRO=[('WROM', 60), ('WOTH', 35), ('NOBT', 5)],
    ROMSK=[('WROM', 60), ('WOTH', 35), ('NOBT', 5)],
)
ETH_LABEL = dict(
    WBRI='White British', WIRI='White Irish', WOTH='Any other White background',
    WROM='Gypsy/Roma', MWBC='White and Black Caribbean',
    MWBA='White and Black African', MOTH='Any other mixed background',
    AOTH='Any other Asian background', BCRB='Black Caribbean',
    BAFR='Black African', BOTH='Any other Black background', CHNE='Chinese',
    OOTH='Any other ethnic group', OARA='Arab',
    NOBT='Information not yet obtained', REFU='Refused')
NATION = dict(
    WBRI=('British', 'United Kingdom'), BLKB=('British', 'United Kingdom'),
    MIXB=('British', 'United Kingdom'), VNM=('Vietnamese', 'Vietnam'),
    ALB=('Albanian', 'Albania'), ERI=('Eritrean', 'Eritrea'),
    ETH=('Ethiopian', 'Ethiopia'), SDN=('Sudanese', 'Sudan'),
    TCD=('Chadian', 'Chad'), EGY=('Egyptian', 'Egypt'),
    AFG=('Afghan', 'Afghanistan'), IRQK=('Iraqi', 'Iraq'),
    IRN=('Iranian', 'Iran'), NGA=('Nigerian', 'Nigeria'),
    ROMRO=('Romanian', 'Romania'), ROMSK=('Slovak', 'Slovakia'))
NATION_ODD = dict(VNM=['Viet Nam'], AFG=['Afghani'], IRQK=['Kurdish'],
                  ROMSK=['Slovakian'], ERI=['Ethiopian', 'Sudanese'],
                  WBRI=['UK', 'English'], BLKB=['UK'], MIXB=['English'],
                  IRN=['Kurdish'])
LANG_CHOICES = dict(
    WBRI=[('English', 1)], BLKB=[('English', 1)], MIXB=[('English', 1)],
    VNM=[('Vietnamese', 1)], ALB=[('Albanian', 1)], ERI=[('Tigrinya', 95),
                                                       ('Tigre', 5)],
    ETH=[('Amharic', 55), ('Oromo', 30), ('Tigrinya', 15)],
    SDN=[('Arabic', 80), ('Zaghawa', 8), ('Fur', 6), ('Masalit', 6)],
    TCD=[('Arabic', 60), ('French', 25), ('Zaghawa', 15)],
    EGY=[('Arabic', 1)], AFG=[('Pashto', 60), ('Dari', 40)],
    IRQK=[('Kurdish Sorani', 1)], IRN=[('Farsi', 75), ('Kurdish Sorani', 25)],
    NGA=[('English', 40), ('Edo', 30), ('Pidgin English', 15), ('Yoruba', 8),
         ('Igbo', 7)],
    ROMRO=[('Romanian', 70), ('Romani', 30)],
    ROMSK=[('Slovak', 60), ('Romani', 40)])
LANG_VARIANTS = {
    'Tigrinya': ['Tigrinya', 'Tigrinya', 'Tigrigna', 'Tigrinian'],
    'Arabic': ['Arabic', 'Arabic', 'Arabic (Sudanese)'],
    'Pashto': ['Pashto', 'Pashto', 'Pushto', 'Pashtu'],
    'Dari': ['Dari', 'Dari', 'Farsi (Dari)', 'Persian'],
    'Kurdish Sorani': ['Kurdish Sorani', 'Kurdish', 'Sorani',
                       'Kurdish (Sorani)'],
    'Farsi': ['Farsi', 'Farsi', 'Persian', 'Persian (Farsi)'],
    'Romani': ['Romani', 'Romanes', 'Romany'],
    'Edo': ['Edo', 'Bini', 'Edo (Bini)'],
    'Pidgin English': ['Pidgin English', 'Nigerian Pidgin'],
    'Vietnamese': ['Vietnamese'], 'Albanian': ['Albanian'],
    'Amharic': ['Amharic'], 'Oromo': ['Oromo', 'Afaan Oromo'],
}
# immigration statuses: canonical -> (style A, style B)
IMM_LABELS = {
    'UASC': ('UASC', 'Unaccompanied asylum seeking child'),
    'ASY': ('Asylum seeker', 'Asylum claim pending'),
    'REF': ('Refugee status', 'Refugee (5 yrs LTR)'),
    'HP': ('Humanitarian protection', 'Humanitarian Protection'),
    'DL': ('UASC leave', 'Discretionary leave (UASC)'),
    'ARE': ('ARE', 'Appeal rights exhausted'),
    'LLR': ('Limited leave to remain', 'Leave to remain'),
    'ILR': ('Indefinite leave to remain', 'ILR'),
    'BRIT': ('British citizen', 'British'),
    'EUS': ('EUSS settled status', 'EU Settlement Scheme - settled'),
    'EUP': ('EUSS pre-settled status', 'EU Settlement Scheme - pre-settled'),
    'EEA': ('EEA national', 'EEA national'),
    'NK': ('Not known', ''),
}
ASYLUM_OUTCOME = dict(
    ERI=[('REF', 85), ('HP', 5), ('DL', 5), ('ARE', 5)],
    SDN=[('REF', 80), ('HP', 5), ('DL', 5), ('ARE', 10)],
    TCD=[('REF', 60), ('DL', 15), ('ARE', 25)],
    ETH=[('REF', 50), ('DL', 20), ('ARE', 30)],
    AFG=[('REF', 65), ('HP', 5), ('DL', 15), ('ARE', 15)],
    IRN=[('REF', 55), ('DL', 15), ('ARE', 30)],
    IRQK=[('REF', 40), ('HP', 5), ('DL', 20), ('ARE', 35)],
    EGY=[('REF', 20), ('DL', 30), ('ARE', 50)],
    VNM=[('REF', 25), ('DL', 35), ('ARE', 40)],
    ALB=[('REF', 15), ('DL', 35), ('ARE', 50)],
    NGA=[('REF', 30), ('DL', 30), ('LLR', 10), ('ARE', 30)],
)
FLAG_P = dict(  # CSE, CCE, Trafficking, Modern Slavery
    cce=(0.10, 1.0, 0.30, 0.25), cse=(1.0, 0.15, 0.20, 0.10),
    VNM=(0.10, 0.45, 0.80, 0.60), ALB=(0.08, 0.45, 0.50, 0.30),
    ERI=(0.10, 0.05, 0.40, 0.30), SDN=(0.05, 0.05, 0.40, 0.30),
    ETH=(0.10, 0.05, 0.40, 0.30), TCD=(0.05, 0.05, 0.40, 0.30),
    AFG=(0.05, 0.15, 0.35, 0.25), IRQK=(0.05, 0.15, 0.35, 0.25),
    IRN=(0.05, 0.15, 0.35, 0.25), EGY=(0.03, 0.20, 0.35, 0.25),
    NGA=(0.55, 0.05, 0.80, 0.50), roma=(0.20, 0.40, 0.50, 0.40))
FLAG_NAMES = ('CSE', 'CCE', 'Trafficking', 'Modern Slavery')
MISSING_LAMBDA = dict(VNM=2.5, ALB=1.6, ERI=1.0, SDN=0.7, ETH=1.0, TCD=0.7,
                      AFG=0.8, IRQK=0.9, IRN=0.7, EGY=1.2, NGA=1.5, cce=4.0,
                      cse=3.0, roma=1.5)
PERM_MISSING = dict(VNM=0.22, ALB=0.14, NGA=0.10, EGY=0.08, ERI=0.06,
                    SDN=0.05, ETH=0.06, TCD=0.05, AFG=0.05, IRQK=0.06,
                    IRN=0.05)
DISPUTED_P = dict(VNM=.35, ALB=.25, ERI=.45, SDN=.55, ETH=.45, TCD=.55,
                  AFG=.55, IRQK=.55, IRN=.45, EGY=.50, NGA=.35)
DOC_P = dict(VNM=.10, ALB=.55, ERI=.05, SDN=.05, ETH=.08, TCD=.03, AFG=.08,
             IRQK=.10, IRN=.15, EGY=.20, NGA=.15)
YEAR_ONLY_P = dict(VNM=.15, ALB=.05, ERI=.45, SDN=.55, ETH=.40, TCD=.60,
                   AFG=.60, IRQK=.40, IRN=.25, EGY=.30, NGA=.20)
TRANSLIT_P = dict(WBRI=.05, BLKB=.07, MIXB=.06, VNM=.03, ALB=.25, ERI=.25,
                  ETH=.24, SDN=.22, TCD=.25, EGY=.22, AFG=.24, IRQK=.25,
                  IRN=.22, NGA=.20, ROMRO=.35, ROMSK=.35)
SWAP_P = dict(WBRI=.004, BLKB=.004, MIXB=.004, VNM=.0, ALB=.03, ERI=.06,
              ETH=.06, SDN=.04, TCD=.06, EGY=.04, AFG=.05, IRQK=.05,
              IRN=.03, NGA=.03, ROMRO=.03, ROMSK=.03)


# ----------------------------------------------------------- identifiers
UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'


def make_upn(rng, la_code, year):
    body = la_code + '%04d' % rng.randint(2000, 7999) + '%02d' % (year % 100) \
        + '%03d' % rng.randint(1, 999)
    tot = sum(int(ch) * w for ch, w in zip(body, range(2, 14)))
    return UPN_LETTERS[tot % 23] + body


def make_nhs(rng, used):
    while True:
        digits = [9, 9, 9] + [rng.randint(0, 9) for _ in range(6)]
        tot = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        s = ''.join(str(d) for d in digits) + str(chk)
        if s in used:
            continue
        used.add(s)
        return s


def digit_typo(rng, s):
    """Rare keying error in an identifier (keeps length)."""
    i = rng.randint(1, len(s) - 2)
    if rng.random() < 0.5 and s[i].isdigit() and s[i + 1].isdigit() \
            and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if s[i].isdigit():
        d = str((int(s[i]) + rng.choice([1, 9, 3])) % 10)
        return s[:i] + d + s[i + 1:]
    return s


# ======================================================== the generator
class Gen(object):
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(seed)
        self.children = []
        self.used_nhs = set()
        self.used_pid = [set() for _ in range(NC)]
        self.records = []           # person records
        self.rows = []
        self.council_w = [c['size'] for c in COUNCILS]
        self.districts = [['%s%d' % (c['area'], i) for i in range(1, c['nd'] + 1)]
                          for c in COUNCILS]

    # -------------------------------------------------------- basics
    def other_council(self, avoid):
        rng = self.rng
        while True:
            c = rng.choices(range(NC), weights=self.council_w)[0]
            if c not in avoid:
                return c

    def district(self, council):
        return self.rng.choice(self.districts[council])

    def pick_year(self, origin):
        w = list(YEAR_W_BASE)
        for y, b in YEAR_BUMP.get(origin, {}).items():
            w[YEARS.index(y)] += b
        y = self.rng.choices(YEARS, weights=w)[0]
        a = max(D(y, 1, 1), WIN_START)
        b = min(D(y, 12, 31), LAST_T0)
        return rand_date(self.rng, a, b)

    # -------------------------------------------------------- names
    def make_parts(self, origin, male, fam_parts=None):
        """Canonical name parts.  fam_parts: shared family parts (siblings)."""
        rng = self.rng
        p = {}
        fp = fam_parts or {}
        if origin in BRIT:
            if origin == 'WBRI':
                pool = WBRI_M if male else WBRI_F
            elif origin == 'BLKB':
                pool = BLK_M if male else BLK_F
            else:
                pool = rng.choice([WBRI_M, BLK_M]) if male else \
                    rng.choice([WBRI_F, BLK_F])
            p['given'] = pool.pick(rng)
            mids = []
            if rng.random() < 0.65:
                if rng.random() < 0.4:
                    mids.append(rng.choice(BRIT_MID_EXTRA))
                else:
                    mids.append((WBRI_M if male else WBRI_F).pick_other(
                        rng, [p['given']]))
                if rng.random() < 0.08:
                    mids.append(rng.choice(BRIT_MID_EXTRA))
            p['middles'] = mids
            if 'family' in fp:
                p['family'] = fp['family']
            elif origin == 'WBRI':
                p['family'] = WBRI_S.pick(rng)
            elif origin == 'BLKB':
                p['family'] = BLK_S.pick(rng)
            else:
                p['family'] = (WBRI_S if rng.random() < 0.5 else BLK_S).pick(rng)
            nick = list(BRIT_NICK.get(p['given'], []))
            if mids and rng.random() < 0.08:
                nick = [mids[0]]            # goes by middle name
            p['nick'] = nick
        elif origin == 'VNM':
            p['family'] = fp.get('family') or VN_FAM.pick(rng)
            p['mid'] = (VN_MID_M if male else VN_MID_F).pick(rng)
            p['given'] = (VN_GIV_M if male else VN_GIV_F).pick(rng)
            p['nick'] = [rng.choice(VN_ENG_M if male else VN_ENG_F)] \
                if rng.random() < 0.25 else []
        elif origin == 'ALB':
            p['given'] = (ALB_M if male else ALB_F).pick(rng)
            p['family'] = fp.get('family') or ALB_S.pick(rng)
            p['father'] = fp.get('father') or ALB_FATHER.pick(rng)
            p['nick'] = list(ALB_NICK.get(p['given'], []))
        elif origin in ('ERI', 'ETH'):
            if origin == 'ERI':
                p['given'] = (ERI_M if male else ERI_F).pick(rng)
                fpool = ERI_FATHER
                p['nick'] = list(ERI_NICK.get(p['given'], []))
            else:
                p['given'] = (ETH_M if male else ETH_F).pick(rng)
                fpool = ETH_FATHER
                p['nick'] = []
            p['father'] = fp.get('father') or fpool.pick(rng)
            p['grandfather'] = fp.get('grandfather') or \
                fpool.pick_other(rng, [p['father']])
        elif origin in ('SDN', 'TCD', 'EGY', 'IRQK'):
            gm, gf, fpool = dict(SDN=(SDN_M, SDN_F, SDN_FATHER),
                                 TCD=(TCD_M, TCD_F, TCD_FATHER),
                                 EGY=(EGY_M, EGY_F, EGY_FATHER),
                                 IRQK=(IRQK_M, IRQK_F, IRQK_FATHER))[origin]
            p['given'] = (gm if male else gf).pick(rng)
            p['father'] = fp.get('father') or fpool.pick_other(rng, [p['given']])
            p['grandfather'] = fp.get('grandfather') or \
                fpool.pick_other(rng, [p['father']])
            if origin == 'EGY' and rng.random() < 0.5:
                p['family'] = fp.get('family') or fpool.pick(rng)
            if origin == 'IRQK' and rng.random() < 0.15:
                p['family'] = fp.get('family') or rng.choice(
                    ['Barzinji', 'Jaff', 'Hamawandi', 'Talabani', 'Dizayee',
                     'Pishdari', 'Khoshnaw', 'Zebari'])
            p['nick'] = list(ARAB_NICK.get(p['given'], []))
        elif origin == 'AFG':
            p['given'] = (AFG_M if male else AFG_F).pick(rng)
            p['father'] = fp.get('father') or AFG_FATHER.pick(rng)
            if 'tribe' in fp:
                p['tribe'] = fp['tribe']
            elif rng.random() < 0.5:
                p['tribe'] = AFG_TRIBE.pick(rng)
            p['nick'] = list(AFG_NICK.get(p['given'], []))
        elif origin == 'IRN':
            p['given'] = (IRN_M if male else IRN_F).pick(rng)
            p['family'] = fp.get('family') or IRN_S.pick(rng)
            p['father'] = fp.get('father') or IRN_M.pick(rng)
            p['nick'] = []
        elif origin == 'NGA':
            p['given'] = (NGA_M if male else NGA_F).pick(rng)
            p['middles'] = [rng.choice(NGA_MID)] if rng.random() < 0.55 else []
            p['family'] = fp.get('family') or NGA_S.pick(rng)
            p['nick'] = list(NGA_NICK.get(p['given'], []))
        elif origin == 'ROMRO':
            pool = ROMRO_M if male else ROMRO_F
            p['given'] = pool.pick(rng)
            p['middles'] = [pool.pick_other(rng, [p['given']])] \
                if rng.random() < 0.3 else []
            p['family'] = fp.get('family') or ROMRO_S.pick(rng)
            p['nick'] = []
        elif origin == 'ROMSK':
            p['given'] = (ROMSK_M if male else ROMSK_F).pick(rng)
            p['middles'] = []
            p['family'] = fp.get('family') or ROMSK_S.pick(rng)
            p['nick'] = []
        return p

    def family_parts(self, origin, parts):
        keys = ('family', 'father', 'grandfather', 'tribe')
        return dict((k, parts[k]) for k in keys if k in parts)

    def render_name(self, c, council, when):
        """Name as typed into a new person record in `council` at `when`."""
        rng = self.rng
        o, p, male = c['origin'], c['parts'], c['male']
        known = ''
        fore = mid = sur = ''
        if o in BRIT or o in ('NGA', 'ROMRO', 'ROMSK'):
            fore = p['given']
            mids = list(p.get('middles', []))
            if mids and rng.random() < 0.25:
                mids = []
            elif len(mids) > 1 and rng.random() < 0.4:
                mids = mids[:1]
            mid = ' '.join(mids)
            sur = p['family']
            if o == 'ROMSK' and not male and rng.random() < 0.7:
                sur = sk_female(sur)
            if o in BRIT:
                sur = self.brit_surname(c, when)
            if o == 'ROMRO' and mids and rng.random() < 0.2:
                fore, mid = fore + ' ' + mid, ''
        elif o == 'VNM':
            st = rng.random()
            if st < 0.55:
                fore, mid, sur = p['given'], p['mid'], p['family']
            elif st < 0.70:
                fore, mid, sur = p['mid'] + ' ' + p['given'], '', p['family']
            elif st < 0.84:                       # Vietnamese order, swapped
                fore, mid, sur = p['family'], p['mid'], p['given']
            elif st < 0.88:
                fore, mid, sur = p['family'] + ' ' + p['mid'], '', p['given']
            else:
                fore, mid, sur = p['given'], '', p['family']
        elif o == 'ALB':
            fore, sur = p['given'], p['family']
            mid = p['father'] if rng.random() < 0.2 else ''
        elif o in ('ERI', 'ETH'):
            st = rng.random()
            if st < 0.47:
                fore, mid, sur = p['given'], '', p['father']
            elif st < 0.74:
                fore, mid, sur = p['given'], p['father'], p['grandfather']
            elif st < 0.82:
                fore, mid, sur = p['given'], '', \
                    p['father'] + ' ' + p['grandfather']
            elif st < 0.88:
                fore, mid, sur = p['given'], '', p['grandfather']
            else:
                fore, mid, sur = p['given'], '', p['father']
        elif o in ('SDN', 'TCD', 'EGY', 'IRQK'):
            last = p.get('family')
            st = rng.random()
            if last and st < 0.5:
                fore, sur = p['given'], last
                mid = p['father'] if rng.random() < 0.5 else \
                    (p['father'] + ' ' + p['grandfather']
                     if rng.random() < 0.5 else '')
            elif st < 0.40:
                fore, mid, sur = p['given'], p['father'], p['grandfather']
            elif st < 0.75:
                fore, mid, sur = p['given'], '', p['father']
            elif st < 0.85:
                fore, mid, sur = p['given'], '', p['grandfather']
            elif st < 0.92:
                fore, mid, sur = p['given'] + ' ' + p['father'], '', \
                    p['grandfather']
            else:
                fore, mid, sur = p['given'], '', \
                    p['father'] + ' ' + p['grandfather']
        elif o == 'AFG':
            given = p['given']
            st = rng.random()
            tribe = p.get('tribe')
            if tribe and st < 0.6:
                sur = tribe
            elif st < 0.9 or not tribe:
                sur = p['father']
                if ' ' in sur and rng.random() < 0.5:
                    sur = space_variant(rng, sur)
            else:
                sur = p['father'] + ' ' + tribe
            if ' ' in given:
                r = rng.random()
                if r < 0.4:
                    fore = given
                elif r < 0.7:
                    fore, mid = given.split(' ', 1)
                else:
                    fore = space_variant(rng, given)
            else:
                fore = given
            if rng.random() < 0.015:
                sur = 'Unknown'
        elif o == 'IRN':
            fore, sur = p['given'], p['family']
            mid = p['father'] if rng.random() < 0.08 else ''

        # transliteration / alternative spellings
        tp = TRANSLIT_P[o]
        gen = o not in LATIN_SCRIPT
        if sur != 'Unknown':
            fore = translit_field(rng, fore, tp, gen)
            mid = translit_field(rng, mid, tp, gen)
            sur = translit_field(rng, sur, tp, gen)
        # given/family swap
        if o != 'VNM' and rng.random() < SWAP_P[o] and sur != 'Unknown':
            fore, sur = sur, fore
        # known as
        nick = p.get('nick') or []
        pk = 0.55 if o in BRIT else 0.4
        if nick and rng.random() < pk:
            known = rng.choice(nick)
        elif o == 'VNM' and rng.random() < 0.15:
            known = p['given']
        # typos
        if rng.random() < 0.03:
            fore = typo(rng, fore)
        if mid and rng.random() < 0.03:
            mid = typo(rng, mid)
        if sur != 'Unknown' and rng.random() < 0.035:
            sur = typo(rng, sur)
        # diacritics
        cfg = COUNCILS[council]
        if o == 'VNM':
            if rng.random() < cfg['diac']:
                fore = ' '.join(VI_DIAC.get(t, t) for t in fore.split(' '))
                mid = ' '.join(VI_DIAC.get(t, t) for t in mid.split(' '))
                sur = ' '.join(VI_DIAC.get(t, t) for t in sur.split(' '))
        elif rng.random() >= cfg['diac'] * 2.5:
            fore, mid, sur, known = (strip_diac(fore), strip_diac(mid),
                                     strip_diac(sur), strip_diac(known))
        if o == 'VNM' and rng.random() < 0.03:
            sur = sur.replace('Nguyen', 'Ngyuen')
        return dict(fore=fore, mid=mid, sur=sur, known=known)

    def brit_surname(self, c, when):
        ch = c.get('sname_change')
        if ch and when >= ch[0]:
            return ch[1]
        return c['parts']['family']

    # -------------------------------------------------------- DOB helpers
    def assess_dob(self, claimed, when):
        rng = self.rng
        k = wpick(rng, [(0, 15), (1, 40), (2, 30), (3, 12), (-1, 3)])
        y = claimed.year - k
        st = rng.random()
        if st < 0.6:
            return D(y, 1, 1)
        if st < 0.85:
            try:
                return D(y, claimed.month, claimed.day)
            except ValueError:
                return D(y, claimed.month, 28)
        try:
            return D(y, when.month, when.day)
        except ValueError:
            return D(y, when.month, 28)

    # -------------------------------------------------------- families
    def build(self):
        rng = self.rng
        fid = 0
        while len(self.children) < self.n:
            fid += 1
            origin = wpick(rng, ORIGIN_W)
            if origin in BRIT:
                size = wpick(rng, [(1, 55), (2, 25), (3, 13), (4, 7)])
            elif origin in ('ROMRO', 'ROMSK'):
                size = wpick(rng, [(1, 40), (2, 30), (3, 20), (4, 10)])
            else:
                size = wpick(rng, [(1, 88), (2, 10), (3, 2)])
            size = min(size, self.n - len(self.children))
            self.make_family(fid, origin, size)
        for c in self.children:
            self.plan(c)
        self.emit()

    def make_family(self, fid, origin, size):
        rng = self.rng
        fam = dict(fid=fid, origin=origin, kids=[])
        uasc = origin not in BRIT and origin not in ('ROMRO', 'ROMSK')
        t0 = self.pick_year(origin)
        fam['t0'] = t0
        if uasc:
            if origin in ('NGA',):
                arr = PORT_HARR if rng.random() < 0.6 else self.other_council([])
            elif origin in ('ALB', 'VNM'):
                r = rng.random()
                arr = PORT_GREY if r < 0.45 else (PORT_HARR if r < 0.6 else
                                                  self.other_council([]))
            else:
                r = rng.random()
                arr = PORT_GREY if r < 0.55 else (PORT_HARR if r < 0.62 else
                                                  self.other_council([]))
            fam['arrival'] = arr
            fam['nts_to'] = self.other_council([PORT_GREY, PORT_HARR, arr])
        else:
            home = self.other_council([PORT_HARR] if rng.random() < 0.5 else [])
            homes = [(home, D(2000, 1, 1), self.district(home))]
            pmove = 0.35 if origin in ('ROMRO', 'ROMSK') else 0.15
            if rng.random() < pmove:
                mv = t0 + rdays(rng, 120, 1600)
                if mv < EXTRACT:
                    h2 = self.other_council([home])
                    homes.append((h2, mv, self.district(h2)))
            fam['homes'] = homes
            # family surname change (British): mother's new partner
            if origin in BRIT and rng.random() < 0.12:
                fam['sname_change'] = rdays(rng, -200, 1200) + t0
        male0 = None
        fparts = None
        first = None
        for k in range(size):
            if uasc:
                male = rng.random() < P_MALE[origin]
                scen = 'uasc'
            elif origin in BRIT:
                scen = 'cce' if rng.random() < 0.6 else 'cse'
                male = rng.random() < (0.85 if scen == 'cce' else 0.15)
            else:
                scen = 'roma'
                male = rng.random() < 0.5
            c = dict(cid=len(self.children), fam=fam, origin=origin,
                     scen=scen, male=male)
            twin = False
            if first is not None and k == 1 and rng.random() < 0.12:
                twin = True
            c['parts'] = self.make_parts(origin, male, fparts)
            if fparts is None:
                fparts = self.family_parts(origin, c['parts'])
            # avoid identical given names within a family
            if first is not None:
                for _ in range(10):
                    if all(c['parts']['given'] != s['parts']['given']
                           for s in fam['kids']):
                        break
                    c['parts'] = self.make_parts(origin, male, fparts)
            self.set_dates(c, first, twin)
            if first is None:
                first = c
            if 'sname_change' in fam:
                old = c['parts']['family']
                pool = WBRI_S if rng.random() < 0.7 else BLK_S
                if 'new_sname' not in fam:
                    new = pool.pick_other(rng, [old])
                    fam['new_sname'] = new if rng.random() < 0.65 else \
                        old + '-' + new
                c['sname_change'] = (fam['sname_change'], fam['new_sname'], old)
            fam['kids'].append(c)
            self.children.append(c)

    def set_dates(self, c, first, twin):
        rng = self.rng
        o = c['origin']
        fam = c['fam']
        if c['scen'] == 'uasc':
            if first is None:
                age = wpick(rng, [(13, 3), (14, 8), (15, 20), (16, 35), (17, 34)])
                t0 = fam['t0']
                c['t0'] = t0
                extra = wpick(rng, [(0, 55), (1, 25), (2, 15), (3, 5)])
                true_dob = t0 - dt.timedelta(days=int((age + extra) * 365.25)
                                             + rng.randint(0, 364))
            else:
                c['t0'] = first['t0']
                if twin:
                    true_dob = first['dob_true']
                else:
                    true_dob = first['dob_true'] + dt.timedelta(
                        days=rng.choice([-1, 1]) * rng.randint(330, 1500))
            c['dob_true'] = true_dob
            c['doc'] = rng.random() < DOC_P[o]
            c['disputed'] = (not c['doc']) and rng.random() < DISPUTED_P[o]
            if c['doc']:
                claimed = true_dob
            else:
                younger = wpick(rng, [(0, 45), (1, 30), (2, 18), (3, 7)]) \
                    if c['disputed'] else wpick(rng, [(0, 80), (1, 20)])
                y = true_dob.year + younger
                if twin:
                    claimed = first['dob_claimed']
                elif rng.random() < YEAR_ONLY_P[o]:
                    claimed = D(y, 1, 1)
                else:
                    try:
                        claimed = true_dob.replace(year=y)
                    except ValueError:
                        claimed = D(y, 2, 28)
                    if o in ('AFG', 'IRN') and rng.random() < 0.3:
                        # Solar Hijri conversion done roughly
                        claimed = claimed + dt.timedelta(days=rng.randint(-20, 20))
            # keep claimed age plausible for a child at arrival
            while age_on(claimed, c['t0']) > 17:
                claimed = add_years(claimed, 1)
            while age_on(claimed, c['t0']) < 11:
                claimed = add_years(claimed, -1)
            c['dob_claimed'] = claimed
            c['dob_type0'] = 'V' if c['doc'] else ('D' if c['disputed'] else 'E')
        else:
            if first is None:
                if c['scen'] == 'roma':
                    age = wpick(rng, [(8, 4), (9, 5), (10, 7), (11, 9), (12, 12),
                                      (13, 14), (14, 16), (15, 16), (16, 12),
                                      (17, 5)])
                else:
                    age = wpick(rng, [(10, 3), (11, 5), (12, 9), (13, 14),
                                      (14, 20), (15, 22), (16, 18), (17, 9)])
                dob = fam['t0'] - dt.timedelta(days=int(age * 365.25)
                                               + rng.randint(0, 364))
                c['t0'] = fam['t0']
            else:
                if twin:
                    dob = first['dob_true']
                else:
                    dob = first['dob_true'] + dt.timedelta(
                        days=rng.choice([-1, 1]) * rng.randint(300, 1900))
                if rng.random() < 0.6:
                    c['t0'] = first['t0']
                else:
                    c['t0'] = first['t0'] + rdays(rng, 20, 900)
                if c['t0'] > LAST_T0:
                    c['t0'] = first['t0']
            # nobody older than 17 at first contact; siblings mostly 7+
            while age_on(dob, c['t0']) > 17:
                dob = add_years(dob, 1)
            if first is not None and not twin and age_on(dob, c['t0']) < 7:
                later = add_years(dob, 7) + rdays(rng, 0, 700)
                if later <= LAST_T0 and rng.random() < 0.8:
                    c['t0'] = later
            c['dob_true'] = dob
            c['dob_claimed'] = dob
            c['doc'] = True
            c['disputed'] = False
            c['dob_type0'] = 'V'
        # flags
        key = c['scen'] if c['scen'] in ('cce', 'cse', 'roma') else o
        fp = FLAG_P[key]
        flags = [FLAG_NAMES[i] for i in range(4) if rng.random() < fp[i]]
        if not flags:
            flags = [FLAG_NAMES[2]] if c['scen'] == 'uasc' else [FLAG_NAMES[1]]
        if c['scen'] == 'uasc' and not c['male'] and 'CSE' not in flags \
                and rng.random() < 0.4:
            flags.insert(0, 'CSE')
        c['flags'] = flags
        strong = 'Trafficking' in flags or 'Modern Slavery' in flags
        c['nrm'] = rng.random() < (0.7 if strong else 0.15)
        # identifiers
        c['nhs'] = make_nhs(rng, self.used_nhs)
        if c['scen'] == 'uasc':
            c['nhs_from'] = c['t0'] + rdays(rng, 5, 90)
            if age_on(c['dob_claimed'], c['t0']) <= 15 and rng.random() < 0.8:
                c['upn_from'] = c['t0'] + rdays(rng, 40, 300)
            elif rng.random() < 0.2:
                c['upn_from'] = c['t0'] + rdays(rng, 40, 300)
        else:
            c['nhs_from'] = c['dob_true']
            if rng.random() < 0.92:
                c['upn_from'] = add_years(c['dob_true'], 4) + rdays(rng, 200, 400)
        if 'upn_from' in c:
            if c['scen'] == 'uasc':
                la = COUNCILS[fam['arrival']]['code']
            else:
                la = COUNCILS[fam['homes'][0][0]]['code']
            c['upn'] = make_upn(rng, la, c['upn_from'].year)
        # languages
        c['lang'] = wpick(rng, LANG_CHOICES[o])

    # -------------------------------------------------------- episodes
    def ep(self, kind, start, end, reason='', **kw):
        e = dict(kind=kind, start=start, end=end, reason=reason)
        e.update(kw)
        return e

    def plan(self, c):
        if c['scen'] == 'uasc':
            stints = self.plan_uasc(c)
        else:
            stints = self.plan_resident(c)
        c['stints'] = stints

    def new_stint(self, council, how, dob, dtype, carry=False):
        return dict(council=council, how=how, eps=[], dob=dob, dtype=dtype,
                    events=[], carry=carry)

    def care_leaver(self, c, st, turn18, dob, reason18=None):
        """Append care-leaver pathway plan episode from 18."""
        rng = self.rng
        s = turn18 + rdays(rng, 0, 20)
        if s > EXTRACT:
            return
        r = rng.random()
        if r < 0.55:
            e = add_years(dob, 21) + rdays(rng, 0, 30)
            reason = 'Ceased - reached 21'
        elif r < 0.75:
            e = s + rdays(rng, 60, 900)
            reason = 'Lost contact'
        elif r < 0.85:
            e = add_years(dob, 21) + rdays(rng, 300, 1400)
            reason = 'Ceased - support to 25 ended'
        elif r < 0.92 and c['scen'] == 'uasc':
            e = s + rdays(rng, 60, 700)
            reason = 'Support withdrawn - ARE (HRA completed)'
        else:
            e = s + rdays(rng, 100, 900)
            reason = 'Transferred to another LA'
        st['eps'].append(self.ep('CL', s, e, reason))

    def add_nrm(self, c, st, lo, hi):
        rng = self.rng
        s = rand_date(rng, lo, max(lo, hi))
        if s > EXTRACT:
            return False
        e = s + rdays(rng, 5, 60)
        reason = wpick(rng, [('Positive reasonable grounds', 60),
                             ('Negative reasonable grounds', 12),
                             ('Withdrawn', 4)])
        if rng.random() < 0.45:
            e = s + rdays(rng, 150, 900)
            reason = wpick(rng, [('Positive conclusive grounds', 70),
                                 ('Negative conclusive grounds', 30)])
        st['eps'].append(self.ep('NRM', s, e, reason))
        return True

    def plan_uasc(self, c):
        rng = self.rng
        o = c['origin']
        fam = c['fam']
        stints = []
        t = c['t0']
        council = fam['arrival']
        dob = c['dob_claimed']
        dtype = c['dob_type0']
        how = 'arrival'
        nrm_left = c['nrm']
        assessed = False
        visited = []
        for hop in range(5):
            if t > EXTRACT:
                break
            st = self.new_stint(council, how, dob, dtype,
                                carry=(how == 'nts'))
            stints.append(st)
            visited.append(council)
            eps = st['eps']
            turn18 = add_years(dob, 18)
            # adult on this council's DOB: care-leaver / adult presentation
            if t >= turn18:
                eps.append(self.ep('CONTACT', t, t + rdays(rng, 0, 5),
                                   rng.choice(['NFA - adult, signposted',
                                               'Care leaver from another LA - information shared',
                                               'Referred to adult services'])))
                break
            if how in ('arrival', 'represent', 'found'):
                reason = 'Progressed to referral'
                eps.append(self.ep('CONTACT', t, t + rdays(rng, 0, 3), reason))
                if how == 'found' and rng.random() < 0.45:
                    eps[-1]['reason'] = rng.choice(
                        ['NFA - responsible LA informed',
                         'Returned to responsible LA'])
                    # goes back to the previous council
                    if len(visited) >= 2 and rng.random() < 0.6:
                        back = visited[-2]
                        t = t + rdays(rng, 1, 20)
                        council, how = back, 'return'
                        continue
                    break
                rs = t + rdays(rng, 0, 2)
                eps.append(self.ep('REFERRAL', rs, rs + rdays(rng, 1, 25),
                                   rng.choice(['Accommodated (s20)',
                                               'Accommodated (s20)',
                                               'Progressed to assessment',
                                               'Police protection - accommodated'])))
            elif how == 'nts' and rng.random() < 0.4:
                eps.append(self.ep('REFERRAL', t, t + rdays(rng, 0, 10),
                                   'Transfer in (NTS) - accommodated'))
            cla_s = t + rdays(rng, 0, 3)
            # age assessment
            if c['disputed'] and not assessed and dtype in ('D', 'E') and \
                    rng.random() < (0.6 if how != 'nts' else 0.3):
                ta = cla_s + rdays(rng, 10, 150)
                new = self.assess_dob(c['dob_claimed'], ta)
                assessed = True
                if ta <= EXTRACT:
                    st['events'].append((ta, 'dob', new, 'A'))
                    dob, dtype = new, 'A'
                    turn18 = add_years(dob, 18)
                    if age_on(dob, ta) >= 18:
                        eps.append(self.ep('CLA', cla_s, ta,
                                           'E15 - Age assessment: aged 18 or over',
                                           missing=poisson(rng, 0.3)))
                        if rng.random() < 0.4:
                            t = ta + rdays(rng, 30, 400)
                            council = self.other_council(visited[-1:])
                            how = 'represent'
                            dob, dtype = c['dob_claimed'], 'D'
                            assessed = False
                            continue
                        break
            # how does this care episode end?
            port = council in (PORT_GREY, PORT_HARR)
            p_nts = 0.55 if (how == 'arrival' and port) else \
                (0.12 if how in ('arrival', 'represent') else 0.0)
            lam = MISSING_LAMBDA.get(o, 1.0)
            r = rng.random()
            nxt = None
            if r < p_nts:
                ce = cla_s + rdays(rng, 5, 80)
                if ce >= turn18:
                    ce = turn18 - rdays(rng, 1, 10)
                if ce <= cla_s:
                    ce = cla_s + ONE
                reason = 'E3 - Care taken over by another LA'
                nxt = 'nts'
            elif r < p_nts + PERM_MISSING.get(o, .05):
                ce = cla_s + rdays(rng, 1, 200)
                if ce >= turn18:
                    ce = turn18 - ONE
                reason = 'E8 - Period ceased for any other reason (missing)'
                nxt = 'found' if rng.random() < 0.6 else None
            else:
                ce = turn18
                reason = wpick(rng, [('E17 - Aged 18, remained with current carers', 25),
                                     ('E7 - Moved into independent living (supportive accommodation)', 50),
                                     ('E8 - Period ceased for any other reason', 25)])
                nxt = 'leaver'
            if ce < cla_s:
                ce = cla_s
            months = max(1.0, (min(ce, EXTRACT) - cla_s).days / 30.0)
            miss = poisson(rng, lam * min(months, 24) / 12.0)
            eps.append(self.ep('CLA', cla_s, ce, reason, missing=miss))
            if nrm_left and (nxt != 'nts' or rng.random() < 0.3):
                if self.add_nrm(c, st, cla_s + rdays(rng, 2, 20),
                                min(ce, cla_s + rdays(rng, 30, 400))):
                    nrm_left = rng.random() < 0.08   # rarely re-referred
            if nxt == 'leaver':
                if ce <= EXTRACT:
                    self.care_leaver(c, st, turn18, dob)
                    if rng.random() < 0.12:
                        # homeless presentation etc. in another council
                        t = turn18 + rdays(rng, 60, 900)
                        council = self.other_council([council])
                        how = 'adult'
                        continue
                break
            if nxt == 'nts':
                t = ce
                council = fam['nts_to'] if rng.random() < 0.8 else \
                    self.other_council([council, PORT_GREY, PORT_HARR])
                how = 'nts'
                if rng.random() < 0.15:
                    dob, dtype = c['dob_claimed'], c['dob_type0']
                continue
            if nxt == 'found':
                t = ce + rdays(rng, 20, 500)
                council = self.other_council([council]) if rng.random() < 0.8 \
                    else council
                how = 'found'
                if rng.random() < 0.12:
                    c['alias'] = True
                continue
            break
        for st in stints:
            if st['how'] == 'adult':
                st['eps'] = [self.ep('CONTACT', e['start'], e['end'], e['reason'])
                             for e in st['eps'][:1]]
        return stints

    def plan_resident(self, c):
        """British (county lines / CSE) and Roma children."""
        rng = self.rng
        fam = c['fam']
        scen = c['scen']
        dob = c['dob_true']
        t0 = c['t0']
        turn18 = add_years(dob, 18)
        eps = []
        # contacts
        n = wpick(rng, [(1, 38), (2, 30), (3, 18), (4, 9), (5, 5)])
        d = t0
        for k in range(n):
            if d >= turn18 or d > EXTRACT:
                break
            eps.append(self.ep('CONTACT', d, d + rdays(rng, 0, 3), ''))
            d = d + rdays(rng, 20, 260)
        if rng.random() < 0.8:
            ci = rng.randint(0, len(eps) - 1) if len(eps) > 1 else 0
            eps[ci]['reason'] = 'Progressed to referral'
            rs = eps[ci]['start'] + rdays(rng, 0, 6)
            re_ = rs + rdays(rng, 10, 45)
            eps.append(self.ep('REFERRAL', rs, re_, ''))
            cur = re_
            cin = cp = None
            if rng.random() < 0.58:
                cin = (cur, cur + rdays(rng, 90, 600))
                eps[-1]['reason'] = 'Assessment - CIN'
                if rng.random() < 0.3:
                    cps = cin[0] + rdays(rng, 10, 120)
                    cp = (cps, cps + rdays(rng, 90, 420))
            else:
                eps[-1]['reason'] = rng.choice(['Assessment - NFA',
                                                'Assessment - early help',
                                                'Strategy discussion - S47'])
            if cin:
                if cp:
                    cin = (cin[0], max(cin[1], cp[1] + rdays(rng, 0, 60)))
                eps.append(self.ep('CIN', cin[0], cin[1], ''))
            if cp:
                eps.append(self.ep('CP', cp[0], cp[1], ''))
            # care
            if rng.random() < (0.35 if scen != 'roma' else 0.3):
                cs = rs + rdays(rng, 30, 700)
                if cs < turn18 - dt.timedelta(days=40) and cs <= EXTRACT:
                    r = rng.random()
                    if r < 0.4:
                        ce = turn18
                        reason = wpick(rng, [('E17 - Aged 18, remained with current carers', 30),
                                             ('E7 - Moved into independent living (supportive accommodation)', 50),
                                             ('E8 - Period ceased for any other reason', 20)])
                    else:
                        ce = cs + rdays(rng, 20, 700)
                        reason = wpick(rng, [('E4A - Returned home to live with parents or relatives', 50),
                                             ('E9 - Sentenced to custody', 12),
                                             ('E14 - Accommodation on remand ended', 10),
                                             ('E8 - Period ceased for any other reason', 28)])
                        if ce >= turn18:
                            ce = turn18
                            reason = 'E8 - Period ceased for any other reason'
                    months = max(1.0, (min(ce, EXTRACT) - cs).days / 30.0)
                    miss = poisson(rng, MISSING_LAMBDA[scen] * min(months, 24) / 12)
                    eps.append(self.ep('CLA', cs, ce, reason, missing=miss,
                                       ooa=(rng.random() < 0.4)))
                    if (ce - cs).days >= 91 and age_on(dob, ce) >= 16 and \
                            (ce == turn18 or rng.random() < 0.5):
                        tmp = dict(eps=[])
                        self.care_leaver(c, tmp, turn18, dob)
                        eps.extend(tmp['eps'])
            if c['nrm']:
                tmp = dict(eps=[])
                if self.add_nrm(c, tmp, rs + rdays(rng, 5, 30),
                                rs + rdays(rng, 30, 500)):
                    eps.extend(tmp['eps'])
        for e in eps:
            if e['kind'] == 'CONTACT' and not e['reason']:
                e['reason'] = wpick(rng, [('NFA', 35),
                                          ('Information and advice', 25),
                                          ('Signposted to early help', 25),
                                          ('Progressed to referral', 5),
                                          ('Passed to allocated worker', 10)])
            if e['kind'] == 'CIN':
                e['reason'] = wpick(rng, [('RC7 - Services ceased, no longer in need', 60),
                                          ('RC8 - Closed after assessment, NFA', 10),
                                          ('RC9 - Closed after assessment, early help', 15),
                                          ('RC6 - Transferred to adult social care', 5),
                                          ('RC5 - Transferred to another LA', 10)])
            if e['kind'] == 'CP':
                e['reason'] = wpick(rng, [('Plan ended - no longer at risk', 60),
                                          ('Plan ended - child looked after', 30),
                                          ('Plan ended - moved to another LA', 10)])
            if e['kind'] == 'CONTACT' and e['reason'] == '':
                e['reason'] = 'NFA'
        # shared sibling contact dates
        eps.sort(key=lambda e: (e['start'], KIND_ORDER[e['kind']]))
        # split over family homes
        homes = fam['homes']
        stints = []
        by_home = {}
        for e in eps:
            hi = 0
            for i, h in enumerate(homes):
                if e['start'] >= h[1]:
                    hi = i
            if e['kind'] in ('CLA', 'CL'):
                # LA that looked after keeps responsibility
                hi = by_home.get('cla_home', hi)
                by_home['cla_home'] = hi
            by_home.setdefault(hi, []).append(e)
            if hi + 1 < len(homes) and e['kind'] in ('CIN', 'CP') and \
                    e['end'] and e['end'] > homes[hi + 1][1]:
                e['end'] = homes[hi + 1][1]
                e['reason'] = 'RC5 - Transferred to another LA' \
                    if e['kind'] == 'CIN' else 'Plan ended - moved to another LA'
        for hi, h in enumerate(homes):
            hep = by_home.get(hi, [])
            if hi > 0:
                mv = h[1]
                if mv < turn18 and mv <= EXTRACT and (hep or rng.random() < 0.7):
                    hep.insert(0, self.ep('CONTACT', mv + rdays(rng, 3, 60), None,
                                          'Transfer in from another LA'))
                    hep[0]['end'] = hep[0]['start'] + rdays(rng, 0, 5)
                    if rng.random() < 0.5:
                        rs = hep[0]['end']
                        hep.insert(1, self.ep('REFERRAL', rs, rs + rdays(rng, 10, 40),
                                              'Assessment - CIN'))
            if hep:
                st = self.new_stint(h[0], 'home', dob, 'V')
                st['eps'] = hep
                st['district'] = h[2]
                st['carry'] = hi > 0
                stints.append(st)
        # out-of-area placement notifications
        for st in list(stints):
            for e in st['eps']:
                if e['kind'] == 'CLA' and e.get('ooa'):
                    host = self.other_council([st['council']])
                    e['host'] = host
                    if rng.random() < 0.6:
                        s = e['start'] + rdays(rng, 0, 21)
                        h = self.new_stint(host, 'host', dob, 'V')
                        h['eps'] = [self.ep('CONTACT', s, s + rdays(rng, 0, 2),
                                            'Placement notification (OOA) - NFA')]
                        stints.append(h)
        # missing and found in other areas
        pm = dict(cce=0.4, cse=0.22, roma=0.2)[scen]
        if rng.random() < pm:
            k = wpick(rng, [(1, 60), (2, 30), (3, 10)])
            home = stints[0]['council'] if stints else homes[0][0]
            lo = t0
            hi_ = min(turn18, t0 + dt.timedelta(days=1400), EXTRACT)
            for _ in range(k):
                oc = self.other_council([home])
                nrow = wpick(rng, [(1, 70), (2, 30)])
                st = self.new_stint(oc, 'found', dob, 'V')
                for _j in range(nrow):
                    s = rand_date(rng, lo, hi_)
                    st['eps'].append(self.ep('CONTACT', s, s + rdays(rng, 0, 2),
                                             rng.choice(['NFA - home LA informed',
                                                         'Information shared with home LA',
                                                         'Police notification - NFA'])))
                if rng.random() < 0.15 and c['nrm']:
                    s = rand_date(rng, lo, hi_)
                    self.add_nrm(c, st, s, s)
                stints.append(st)
        if not stints:
            st = self.new_stint(homes[0][0], 'home', dob, 'V')
            st['eps'] = [self.ep('CONTACT', t0, t0, 'NFA')]
            st['district'] = homes[0][2]
            stints.append(st)
        return stints

    # -------------------------------------------------------- records
    def new_pid(self, council):
        lo, hi = COUNCILS[council]['pid']
        nd = self.rng.randint(lo, hi)
        while True:
            v = self.rng.randint(10 ** (nd - 1), 10 ** nd - 1)
            if v not in self.used_pid[council]:
                self.used_pid[council].add(v)
                return v

    def new_record(self, c, council, when, st, copy_from=None):
        rng = self.rng
        cfg = COUNCILS[council]
        rec = dict(child=c, council=council, pid=self.new_pid(council),
                   created=when, events=[])
        o = c['origin']
        if copy_from is not None and rng.random() < 0.6:
            idn = dict(copy_from['ident'])
            if idn['mid'] and rng.random() < 0.15:
                idn['mid'] = ''
            for f in ('fore', 'sur'):
                if rng.random() < 0.02:
                    idn[f] = typo(rng, idn[f])
            if COUNCILS[copy_from['council']]['upper_sur']:
                idn['sur'] = title_words(idn['sur'].lower())
        else:
            idn = self.render_name(c, council, when)
        if c.get('alias') and st['how'] == 'found':
            # gives a different first name to police / new council
            pool = {'VNM': VN_GIV_M if c['male'] else VN_GIV_F,
                    'ALB': ALB_M if c['male'] else ALB_F}.get(o)
            if pool is not None:
                idn['fore'] = pool.pick_other(rng, [c['parts']['given']])
                idn['known'] = ''
        rec['ident'] = idn
        # British previous surname / later change
        rec['prev'] = ''
        ch = c.get('sname_change')
        if ch:
            if when >= ch[0]:
                if rng.random() < 0.6:
                    rec['prev'] = ch[2]
            else:
                rec['events'].append((ch[0], 'sname', ch[1], ch[2]))
        # DOB
        dob = st['dob']
        dtype = st['dtype']
        if dtype == 'V' and rng.random() < 0.02:
            dob = self.dob_typo(dob)
        if o in ('AFG', 'IRN') and dtype != 'V' and rng.random() < 0.08:
            dob = dob + dt.timedelta(days=rng.choice([-1, 1]) * rng.randint(1, 15))
        if c.get('alias') and st['how'] == 'found':
            dob = add_years(c['dob_claimed'], rng.choice([0, 1, 1, 2]))
            dtype = 'D'
        if rng.random() < 0.008:
            dob = None
        rec['dob'], rec['dtype'] = dob, dtype
        for ev in st['events']:
            rec['events'].append(ev)
        # gender
        g = 'M' if c['male'] else 'F'
        r = rng.random()
        if r < 0.03:
            g = ''
        elif r < 0.04:
            g = 'U'
        elif r < 0.045:
            g = 'F' if g == 'M' else 'M'
        rec['gender'] = g
        # ethnicity
        eth = wpick(rng, ETHNIC[o])
        if eth == 'OARA' and cfg['system'] == 'LCS':
            eth = 'OOTH'
        if rng.random() < 0.01:
            eth = 'REFU'
        rec['eth'] = eth
        # nationality
        nat = NATION[o][0 if cfg['nat'] == 'demonym' else 1]
        r = rng.random()
        if r < 0.07:
            nat = ''
        elif r < 0.12:
            nat = NATION[o][1 if cfg['nat'] == 'demonym' else 0]
        elif r < 0.15 and o in NATION_ODD:
            nat = rng.choice(NATION_ODD[o])
        if o in BRIT and rng.random() < 0.25:
            nat = ''
        rec['nat'] = nat
        # language
        lang = rng.choice(LANG_VARIANTS.get(c['lang'], [c['lang']]))
        if rng.random() < 0.04:
            lang = ''
        rec['lang'] = lang
        # identifiers shown by this council?
        rec['show_upn'] = rng.random() < (0.55 if o in BRIT else 0.45)
        rec['show_nhs'] = rng.random() < 0.55
        rec['upn_val'] = c.get('upn')
        rec['nhs_val'] = c['nhs']
        if rec['upn_val'] and rng.random() < 0.012:
            rec['upn_val'] = digit_typo(rng, rec['upn_val'])
        if rng.random() < 0.008:
            rec['nhs_val'] = digit_typo(rng, rec['nhs_val'])
        # exploitation flags recorded
        fl = [f for f in c['flags'] if rng.random() < 0.8]
        if not fl:
            fl = [c['flags'][0]]
        if rng.random() < 0.5:
            fl = [f for f in FLAG_NAMES if f in fl]
        else:
            rng.shuffle(fl)
        rec['flags'] = fl
        rec['maintained'] = rng.random() < 0.7
        rec['keep_prev'] = rng.random() < 0.6
        rec['eps'] = []
        # known-as added later?
        if idn['known'] and cfg['snapshot'] and rng.random() < 0.3:
            rec['events'].append((when + rdays(rng, 30, 400), 'known',
                                  idn['known'], None))
            idn['known'] = ''
        self.records.append(rec)
        return rec

    def dob_typo(self, dob):
        rng = self.rng
        r = rng.random()
        try:
            if r < 0.35 and dob.day <= 12 and dob.day != dob.month:
                return D(dob.year, dob.day, dob.month)
            if r < 0.65:
                return dob + dt.timedelta(days=rng.choice([-1, 1]))
            if r < 0.85:
                return D(dob.year + rng.choice([-1, 1]), dob.month, dob.day)
            dd = '%02d' % dob.day
            return D(dob.year, dob.month, int(dd[::-1]))
        except ValueError:
            return dob + dt.timedelta(days=1)

    def view(self, rec, when):
        """Identity fields as shown on a row (as-at `when` for snapshot
        councils, current values otherwise)."""
        cfg = COUNCILS[rec['council']]
        v = dict(rec['ident'])
        v['dob'], v['dtype'], v['prev'] = rec['dob'], rec['dtype'], rec['prev']
        for ev in sorted(rec['events'], key=lambda e: e[0]):
            if ev[0] > EXTRACT:
                continue
            if cfg['snapshot'] and ev[0] > when:
                continue
            if ev[1] == 'dob':
                v['dob'], v['dtype'] = ev[2], ev[3]
            elif ev[1] == 'sname':
                if cfg['snapshot'] or rec['maintained']:
                    v['sur'] = ev[2]
                    if rec['keep_prev'] or cfg['snapshot']:
                        v['prev'] = ev[3]
            elif ev[1] == 'known':
                v['known'] = ev[2]
        return v

    # -------------------------------------------------------- emit rows
    def emit(self):
        rng = self.rng
        for c in self.children:
            recs = {}
            last_rec = None
            stints = sorted(c['stints'], key=lambda s: s['eps'][0]['start']
                            if s['eps'] else EXTRACT)
            for st in stints:
                eps = [e for e in st['eps'] if e['start'] <= EXTRACT
                       and e['start'] >= WIN_START]
                if not eps:
                    continue
                eps.sort(key=lambda e: (e['start'], KIND_ORDER[e['kind']]))
                council = st['council']
                when = eps[0]['start']
                rec = recs.get(council)
                if rec is None or rng.random() < 0.2:
                    rec = self.new_record(c, council, when, st,
                                          last_rec if st['carry'] else None)
                    recs[council] = rec
                else:
                    for ev in st['events']:
                        rec['events'].append(ev)
                # accidental duplicate person record part-way through
                split = None
                if len(eps) >= 2 and rng.random() < 0.06:
                    split = rng.randint(1, len(eps) - 1)
                for i, e in enumerate(eps):
                    if split is not None and i == split:
                        dup = self.new_record(c, council, e['start'], st, None)
                        rec = dup
                        recs[council] = dup
                    rec['eps'].append((e, st))
                last_rec = rec
        # rows
        for rec in self.records:
            for e, st in rec['eps']:
                self.rows.append(self.make_row(rec, e, st))
        self.rows.sort(key=lambda r: (r['_la'], r['_pid'], r['_start'],
                                      KIND_ORDER[r['_kind']], r['_tie']))

    def imm_status(self, c, d, age, rec):
        rng = self.rng
        o = c['origin']
        if o in BRIT:
            if 'brit_imm' not in rec:
                rec['brit_imm'] = 'BRIT' if rng.random() < 0.6 else ''
            return rec['brit_imm']
        if c['scen'] == 'roma':
            if d < D(2021, 7, 1):
                return rng.choice(['EEA', 'EUP', 'EUS', 'NK'])
            return 'EUS' if rng.random() < 0.4 else 'EUP'
        if 'imm' not in c:
            dec = c['t0'] + rdays(rng, 150, 1000)
            outcome = wpick(rng, ASYLUM_OUTCOME[o])
            c['imm'] = (dec, outcome)
        dec, outcome = c['imm']
        if d < dec:
            return 'UASC' if age is None or age < 18 else 'ASY'
        return outcome

    def make_row(self, rec, e, st):
        rng = self.rng
        c = rec['child']
        council = rec['council']
        cfg = COUNCILS[council]
        v = self.view(rec, e['start'])
        df = cfg['date']
        kind = e['kind']
        dob = v['dob']
        age = age_on(dob, e['start']) if dob else None
        end = e['end'] if e['end'] and e['end'] <= EXTRACT else None
        reason = e['reason'] if end else ''
        if kind == 'NRM' and not end:
            reason = 'Awaiting decision' if rng.random() < 0.5 else ''
        sur = v['sur']
        if cfg['upper_sur']:
            sur = sur.upper()
        fore, mid, known = v['fore'], v['mid'], v['known']
        # gender
        g = rec['gender']
        if cfg['gender'] == 'word':
            g = dict(M='Male', F='Female', U='Unknown').get(g, '')
        else:
            g = dict(M='M', F='F', U='U').get(g, '')
        # ethnicity
        eth = rec['eth'] if cfg['eth'] == 'code' else ETH_LABEL[rec['eth']]
        # immigration
        imm = self.imm_status(c, e['start'], age, rec)
        imm = IMM_LABELS[imm][0 if cfg['imm'] == 'A' else 1] if imm else ''
        # interpreter
        if c['lang'] == 'English':
            interp = 'N'
        else:
            yrs = (e['start'] - c['t0']).days / 365.25
            interp = 'Y' if rng.random() < max(0.15, 0.95 - 0.3 * yrs) else 'N'
        if rng.random() < 0.05:
            interp = ''
        if cfg['yn'] == 'YesNo' and interp:
            interp = 'Yes' if interp == 'Y' else 'No'
        # identifiers
        upn = ''
        if rec['show_upn'] and rec['upn_val'] and c['upn_from'] <= \
                (e['start'] if cfg['snapshot'] else EXTRACT):
            upn = rec['upn_val']
        nhs = ''
        if rec['show_nhs'] and c['nhs_from'] <= \
                (e['start'] if cfg['snapshot'] else EXTRACT):
            n = rec['nhs_val']
            nhs = n if cfg['nhs'] == 'plain' else '%s %s %s' % (n[:3], n[3:6], n[6:])
        # postcode district
        if st.get('district') and kind in ('CONTACT', 'REFERRAL', 'CIN', 'CP'):
            pc = st['district']
            if rng.random() < 0.08:
                pc = self.district(council)
        elif kind == 'CLA' and e.get('host') is not None:
            pc = self.district(e['host'])
        elif kind in ('CLA', 'CL'):
            pc = self.district(council) if rng.random() < 0.85 else \
                self.district(self.other_council([council]))
        else:
            pc = self.district(council)
        if rng.random() < 0.05:
            pc = ''
        # missing
        if kind in ('CLA', 'CIN', 'CP'):
            miss = e.get('missing')
            if miss is None:
                miss = poisson(rng, 0.6 if c['scen'] in ('cce', 'cse') else 0.3)
            miss = str(miss)
        else:
            miss = '' if cfg['missing_blank'] else '0'
        # flags
        if kind == 'CONTACT' and rng.random() < 0.5:
            flags = ''
        else:
            flags = ';'.join(rec['flags'])
        # NRM flag
        nrm_here = [x for x, _s in rec['eps'] if x['kind'] == 'NRM']
        if cfg['snapshot']:
            lim = end or EXTRACT
            nrm_y = any(x['start'] <= lim for x in nrm_here)
        else:
            nrm_y = bool(nrm_here)
        if not nrm_y and c['nrm'] and kind != 'CONTACT' and rng.random() < 0.2:
            nrm_y = True     # NRM made elsewhere, recorded here
        nrm = 'Y' if nrm_y else 'N'
        if rng.random() < 0.03:
            nrm = ''
        if cfg['yn'] == 'YesNo' and nrm:
            nrm = 'Yes' if nrm == 'Y' else 'No'
        # team
        tk = dict(CONTACT='front', REFERRAL='front', CIN='assess',
                  CP='assess', CLA='cic', CL='cl', NRM='nrm')[kind]
        if c['scen'] in ('cce', 'cse') and kind in ('CIN', 'CP') and \
                rng.random() < 0.5:
            tk = 'adol'
        team = cfg['teams'][tk]
        if '{x}' in team:
            team = team.replace('{x}', rng.choice(['North', 'South', 'East',
                                                   'West', '1', '2', '3']))
        dtl = DOBTYPE_LABELS[cfg['system']]
        dtype = dtl.get(v['dtype'], '') if dob else 'Not known'
        if c['scen'] != 'uasc' and rec.get('blank_dtype') is None:
            rec['blank_dtype'] = rng.random() < 0.25
        if c['scen'] != 'uasc' and rec.get('blank_dtype'):
            dtype = ''
        row = {
            'LA': cfg['name'],
            'Person ID': str(rec['pid']),
            'Forename': fore,
            'Middle Names': mid,
            'Surname': sur,
            'Known As': known,
            'Previous Surname': v['prev'].upper() if (v['prev'] and
                                                       cfg['upper_sur']) else v['prev'],
            'Date of Birth': fmt_date(dob, df),
            'DOB Type': dtype,
            'Age at Start': '' if age is None else str(age),
            'Gender': g,
            'Ethnicity': eth,
            'Nationality': rec['nat'],
            'Immigration Status': imm,
            'Main Language': rec['lang'],
            'Interpreter Needed': interp,
            'UPN': upn,
            'NHS Number': nhs,
            'Postcode (district)': pc,
            'Episode Type': EPISODE_LABELS[cfg['system']][kind],
            'Episode Start': fmt_date(e['start'], df),
            'Episode End': fmt_date(end, df),
            'Reason for End': reason,
            'Missing Episodes Count': miss,
            'Exploitation Flags': flags,
            'NRM Referred (Y/N)': nrm,
            'Worker Team': team,
            '_la': cfg['name'], '_pid': rec['pid'], '_start': e['start'],
            '_kind': kind, '_tie': rng.random(), '_cid': c['cid'],
        }
        # stray whitespace, as free-text entry leaves it (per person record)
        if 'ws' not in rec:
            rec['ws'] = (rng.random() < 0.01, rng.random() < 0.005)
        if rec['ws'][0]:
            row['Forename'] = row['Forename'] + ' '
        if rec['ws'][1]:
            row['Surname'] = ' ' + row['Surname']
        return row


COLUMNS = ['Row ID', 'LA', 'Person ID', 'Forename', 'Middle Names', 'Surname',
           'Known As', 'Previous Surname', 'Date of Birth', 'DOB Type',
           'Age at Start', 'Gender', 'Ethnicity', 'Nationality',
           'Immigration Status', 'Main Language', 'Interpreter Needed', 'UPN',
           'NHS Number', 'Postcode (district)', 'Episode Type', 'Episode Start',
           'Episode End', 'Reason for End', 'Missing Episodes Count',
           'Exploitation Flags', 'NRM Referred (Y/N)', 'Worker Team']


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--people', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--truth', required=True)
    a = ap.parse_args(argv)
    g = Gen(a.people, a.seed)
    g.build()
    # Row IDs: sequential in report order, with a council-specific prefix
    # block as the analyst numbered the pooled file.
    truth = []
    lines = ['\t'.join(COLUMNS)]
    for i, r in enumerate(g.rows, 1):
        rid = '%07d' % (1000000 + i)
        r['Row ID'] = rid
        vals = []
        for col in COLUMNS:
            x = r[col]
            assert '\t' not in x and '\n' not in x and '\r' not in x, (col, x)
            vals.append(x)
        lines.append('\t'.join(vals))
        truth.append((rid, 'P%06d' % (r['_cid'] + 1)))
    with open(a.out, 'w', encoding='utf-8-sig', newline='') as f:
        f.write('\r\n'.join(lines) + '\r\n')
    with open(a.truth, 'w', encoding='utf-8', newline='') as f:
        f.write('record_id,person_id\n')
        for rid, pid in truth:
            f.write('%s,%s\n' % (rid, pid))
    # summary
    from collections import Counter
    per = Counter(pid for _r, pid in truth)
    pairs = sum(k * (k - 1) // 2 for k in per.values())
    recsz = Counter((r['_la'], r['_pid']) for r in g.rows)
    same_rec = sum(k * (k - 1) // 2 for k in recsz.values())
    child_las = {}
    child_recs = {}
    for rec in g.records:
        if rec['eps']:
            child_las.setdefault(rec['child']['cid'], set()).add(rec['council'])
            child_recs.setdefault(rec['child']['cid'], 0)
            child_recs[rec['child']['cid']] += 1
    n_multi = sum(1 for s in child_las.values() if len(s) > 1)
    n_records = sum(child_recs.values())
    sys.stderr.write(
        'children=%d rows=%d person_records=%d true_pairs=%d '
        'pairs_within_same_record=%d pairs_across_records=%d '
        'children_in_2+_councils=%d children_with_rows=%d\n'
        % (a.people, len(g.rows), n_records, pairs, same_rec,
           pairs - same_rec, n_multi, len(per)))


if __name__ == '__main__':
    main()
