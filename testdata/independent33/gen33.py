#!/usr/bin/env python3
"""gen33 - synthetic UK modern-slavery case-management exports with multi-valued cells.

Three invented organisations (a charity CRM, a council MASH database, a police victim
care unit) each export victim records in which several known values of one attribute are
packed into a single cell, formatted in that organisation's own way. Standard library only.
Usage: python3 gen33.py --people N --seed S --out data.csv --truth truth.csv
"""
import argparse, csv, datetime as dt, random, unicodedata

D, TD = dt.date, dt.timedelta
END = D(2024, 12, 31)
MON = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()
W = str.split
# ---------------------------------------------------------------- invented name lists
NAT = {
 'ERI': dict(w=12, iso='ERI', adj='Eritrean', cty='Eritrea', male=.65, age=(14, 30), pat=True, pp='P7',
   m=W('Yonas Semere Filmon Dawit Tesfay Mehari Kidane Berhane Habtom Amanuel Robel Natnael Merhawi Biniam Tekle Goitom Yohannes Efrem Henok Mussie Kibrom Abel'),
   f=W('Senait Helen Selam Luwam Freweini Yordanos Saba Rahel Ruta Winta Eden Hiwet Mebrat Feven Tsega Abeba Almaz Lidya Meron'),
   langs=[('Tigrinya', 1), ('Amharic', .35), ('Arabic', .2), ('Tigre', .08), ('English', .35)], alt=[('ETH', .3), ('SDN', .04)]),
 'SDN': dict(w=11, iso='SDN', adj='Sudanese', cty='Sudan', male=.9, age=(15, 32), pat=True, pp='P8',
   m=W('Mohamed Ahmed Osman Abdelrahman Hamza Yousif Ibrahim Adam Musa Ismail Khalid Omer Abdalla Mustafa Ishag Hassan Siddig Babiker'),
   f=W('Fatima Amna Hawa Mariam Khadija Sara Aisha Zainab Samia Nafisa Hanan'),
   langs=[('Arabic', 1), ('English', .3), ('Fur', .12), ('Zaghawa', .1), ('Masalit', .08)], alt=[('SSD', .12), ('TCD', .06)]),
 'AFG': dict(w=11, iso='AFG', adj='Afghan', cty='Afghanistan', male=.92, age=(14, 28), pp='P8',
   m=W('Ahmad Mohammad Abdul Rahmatullah Naqibullah Hamid Jawad Farid Sayed Noorullah Khalid Ali Reza Mustafa Hassan Bilal Samiullah Zabihullah'),
   f=W('Zarghona Fatima Maryam Parwana Zahra Nadia Shabana Masooda'),
   fam=W('Ahmadzai Popal Safi Stanikzai Hashimi Rahimi Noori Sultani Hussaini Mohammadi Karimi Amiri Wardak Shinwari Niazi'),
   langs=[('Pashto', .55), ('Dari', .55), ('Urdu', .15), ('English', .25)], alt=[('PAK', .1), ('IRN', .05)]),
 'ALB': dict(w=12, iso='ALB', adj='Albanian', cty='Albania', male=.75, age=(15, 35), pp='B8',
   m=W('Arben Ermal Kristi Klevis Erion Fatjon Dritan Gentian Besnik Ardit Endrit Florian Arbër Elvis Mario'),
   f=W('Anila Elira Blerina Ermira Klea Jonida Arjola Megi Ornela Xhesika'),
   fam=W('Hoxha Gjoka Shehu Marku Leka Kola Prifti Duka Çela Bregu Zeneli Kurti Dervishi Lleshi Basha Mëhilli Gjeçi'),
   langs=[('Albanian', 1), ('Italian', .15), ('Greek', .12), ('English', .3)], alt=[('XKX', .06)]),
 'VNM': dict(w=11, iso='VNM', adj='Vietnamese', cty='Vietnam', male=.7, age=(14, 30), ff=True, pp='C7',
   m=W('Hùng Tuấn Minh Đức Long Nam Quang Thành Hiếu Phúc Dũng Hải Sơn Tùng Khánh'),
   f=W('Lan Hương Mai Linh Trang Thảo Ngọc Hoa Anh Hạnh Nhung Thủy'),
   fam=W('Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Phạm Hoàng Huỳnh Vũ Phan Đặng Bùi Đỗ Hồ Ngô Dương'),
   langs=[('Vietnamese', 1), ('English', .12)], alt=[('CHN', .02)]),
 'KRD': dict(w=9, iso='IRQ', adj='Iraqi', cty='Iraq', male=.9, age=(15, 35), pp='A8',
   m=W('Karwan Rebwar Hemin Aram Shwan Dilshad Sherwan Zana Kawa Hawkar Soran Bakhtiyar Rekan Ahmed Mohammed Hiwa'),
   f=W('Shilan Awaz Nasik Dilan Bahar Shirin Rezan Sazan Chiman'),
   fam=W('Mohammed Aziz Karim Rasul Hama Qadir Abdullah Salih Othman Ali Faraj Mahmood') + ['Hama Amin', 'Hama Salih'],
   langs=[('Kurdish Sorani', 1), ('Arabic', .3), ('Farsi', .15), ('English', .25)], alt=[('IRN', .15)]),
 'NGA': dict(w=8, iso='NGA', adj='Nigerian', cty='Nigeria', male=.25, age=(16, 35), pp='A8',
   m=W('Chinedu Emeka Oluwaseun Tunde Ifeanyi Chukwuemeka Obinna Segun Efosa Osaro Osamudiamen Ikenna'),
   f=W('Blessing Joy Precious Favour Chioma Ngozi Adaeze Funmilayo Esther Osas Omosede Gift Mercy'),
   fam=W('Okafor Adeyemi Eze Okonkwo Ogunleye Osagie Igbinedion Obaseki Uwaifo Nwosu Adebayo Balogun Ekpo Idahosa Omoregie Aigbe'),
   langs=[('English', 1), ('Edo', .35), ('Yoruba', .25), ('Igbo', .25), ('Pidgin English', .4)], alt=[]),
 'ROU': dict(w=8, iso='ROU', adj='Romanian', cty='Romania', male=.6, age=(18, 50), eu=True, pp='N9',
   m=W('Ionuț Andrei Marian Florin Gheorghe Constantin Adrian Vasile Mihai Cristian Ștefan Costel'),
   f=W('Ana-Maria Elena Ioana Florentina Mihaela Andreea Alina Georgiana Roxana Denisa'),
   fam=W('Popescu Stan Dumitru Constantin Ionescu Stoica Lupu Munteanu Radu Ciobanu Ștefan Preda Neagu Căldăraru Bălan Rusu Țurcanu'),
   langs=[('Romanian', 1), ('Romani', .25), ('English', .3), ('Italian', .1), ('Spanish', .08)], alt=[('MDA', .06)]),
 'POL': dict(w=6, iso='POL', adj='Polish', cty='Poland', male=.8, age=(20, 55), eu=True, pp='E7',
   m=W('Piotr Krzysztof Tomasz Paweł Marcin Łukasz Grzegorz Jarosław Zbigniew Dariusz Andrzej Mariusz'),
   f=W('Katarzyna Agnieszka Małgorzata Joanna Ewa Beata'),
   fam=W('Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kaczmarek Mazur Nowicki'),
   langs=[('Polish', 1), ('Russian', .12), ('English', .4)], alt=[]),
 'GBR': dict(w=12, iso='GBR', adj='British', cty='United Kingdom', male=.65, age=(13, 30), pp='N9',
   m=W('Daniel Jordan Kyle Liam Connor Jamie Ryan Callum Lewis Bradley Tyler Reece Mason'),
   f=W('Chloe Jade Shannon Courtney Megan Leah Kayleigh Danielle Paige Demi'),
   fam=W('Smith Jones Taylor Brown Wilson Evans Thomas Roberts Walker Wright Hughes Green Hall Clarke Price Barker Doyle McCarthy'),
   langs=[('English', 1)], alt=[('IRL', .02)]),
 'CHN': dict(w=5, iso='CHN', adj='Chinese', cty='China', male=.4, age=(18, 45), ff=True, pp='E8',
   m=W('Wei Jun Hao Lei Yong Qiang Xiaoming Jianhua Zhiwei Guoqiang'),
   f=W('Mei Lina Xiaoling Yan Fang Jing Hui Xiuying Yuqing Lili'),
   fam=W('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Lin Zheng'),
   langs=[('Mandarin', 1), ('Fujianese', .3), ('Cantonese', .12), ('English', .15)], alt=[]),
}
ALTN = {'ETH': ('Ethiopian', 'Ethiopia'), 'SSD': ('South Sudanese', 'South Sudan'), 'TCD': ('Chadian', 'Chad'),
        'PAK': ('Pakistani', 'Pakistan'), 'IRN': ('Iranian', 'Iran'), 'XKX': ('Kosovan', 'Kosovo'),
        'MDA': ('Moldovan', 'Moldova'), 'IRL': ('Irish', 'Ireland'), 'SDN': ('Sudanese', 'Sudan'), 'CHN': ('Chinese', 'China')}
for _k, _v in NAT.items():
    ALTN.setdefault(_v['iso'], (_v['adj'], _v['cty']))
VARG = ('Mohamed/Mohammed/Muhammad/Mohammad/Mohamad;Ahmed/Ahmad/Ahmet;Yousif/Yousef/Yusuf;Osman/Othman/Usman;Omer/Omar;'
 'Ishag/Ishaq/Ishak;Abdelrahman/Abdulrahman/Abdel Rahman/Abd Elrahman;Abdalla/Abdullah/Abdallah;Mustafa/Moustafa/Mostafa;'
 'Siddig/Sidig/Seddig;Babiker/Babikir;Hassan/Hasan;Hawa/Hawaa;Mariam/Maryam/Miriam;Khadija/Khadiga/Khadijah;'
 'Aisha/Aysha/Ayesha;Zainab/Zeinab/Zaynab;Amna/Amina;Fatima/Fatma/Fatimah;Tesfay/Tesfaye/Tesfai;Mehari/Mehary;'
 'Habtom/Habtum;Yohannes/Yohanes/Johannes;Berhane/Berhanu/Birhane;Tekle/Teklay/Tekleh;Kidane/Kidan;Goitom/Goytom;'
 'Filmon/Filimon/Philemon;Semere/Semre;Senait/Senayt;Freweini/Frewoini/Frewini;Mussie/Musie/Mussa;Kibrom/Kbrom;'
 'Merhawi/Mirhawi;Luwam/Luam;Hiwet/Hiwot;Tsega/Tsige;Noorullah/Nurullah/Noor Ullah;Rahmatullah/Rahmatulla;'
 'Hashimi/Hashemi;Hussaini/Hosseini/Husaini;Sayed/Sayyed/Said;Jawad/Javad;Zarghona/Zarghuna;Masooda/Masuda;'
 'Samiullah/Samiulla/Sami Ullah;Zabihullah/Zabiullah;Naqibullah/Nakibullah;Qadir/Kadir/Qader;Rasul/Rasool;'
 'Salih/Saleh;Mahmood/Mahmud/Mahmoud;Hama/Hamma;Bakhtiyar/Bakhtyar/Bakhtiar;Hemin/Hemn;Rebwar/Rebuar;Shwan/Shuan;'
 'Hawkar/Hawker;Karim/Kareem;Aziz/Azeez;Hoxha/Hoxa/Hodja;Xhesika/Jessica/Xhesica;Çela/Cela/Qela;Ermal/Ermali;'
 'Klevis/Klevi;Gjoka/Gjoka/Djoka;Oluwaseun/Oluseun;Chukwuemeka/Chukwuemaka;Osamudiamen/Osamudiame;Okonkwo/Okonkow;'
 'Ifeanyi/Ifeanyichukwu;Omoregie/Omoregbe;Idahosa/Idahossa;Adebayo/Adebayor;Ana-Maria/Ana Maria/Anamaria;'
 'Gheorghe/George/Gheorge;Ionuț/Ionut/Ionuţ;Chen/Chan;Huang/Wong;Zhang/Cheung/Chang;Li/Lee;Lin/Lam;Wu/Ng/Woo;'
 'Zhou/Chow/Chou;Zheng/Cheng;Xiaoming/Xiao Ming/Xiao-Ming;Xiaoling/Xiao Ling;Lina/Li Na;Clarke/Clark;'
 'McCarthy/MacCarthy/Mccarthy;Jamie/Jaimie;Reece/Reese/Rhys;Kayleigh/Kayley/Kaylee;Leah/Lea;Demi/Demmi')
VARMAP = {}
for _grp in VARG.split(';'):
    _alts = _grp.split('/')
    for _a in _alts:
        VARMAP[_a] = _alts
NICK = {'Chukwuemeka': 'Emeka', 'Oluwaseun': 'Seun', 'Funmilayo': 'Funmi', 'Osamudiamen': 'Osa', 'Krzysztof': 'Chris/Krzysiek',
        'Piotr': 'Peter', 'Łukasz': 'Lukas', 'Tomasz': 'Tomek/Tom', 'Małgorzata': 'Gosia', 'Katarzyna': 'Kasia/Kate',
        'Daniel': 'Danny/Dan', 'Bradley': 'Brad', 'Kristi': 'Kris', 'Rahmatullah': 'Rahmat', 'Noorullah': 'Noor',
        'Abdelrahman': 'Abdo', 'Gheorghe': 'Gica', 'Constantin': 'Costel', 'Mihai': 'Mihaita', 'Andreea': 'Andra',
        'Yohannes': 'John', 'Semere': 'Sami', 'Amanuel': 'Aman', 'Natnael': 'Nati', 'Jonida': 'Joni', 'Xhesika': 'Xhesi',
        'Tesfay': 'Tesfu', 'Freweini': 'Frewi', 'Callum': 'Cal', 'Jordan': 'Jord', 'Danielle': 'Dani', 'Megan': 'Meg',
        'Blessing': 'Bless', 'Precious': 'Presh', 'Samiullah': 'Sami', 'Zabihullah': 'Zabi', 'Bakhtiyar': 'Bakhti',
        'Mohamed': 'Hamoudi', 'Abdalla': 'Abdu', 'Ibrahim': 'Ibro', 'Elena': 'Lena', 'Ioana': 'Oana'}
CN_EN = {'M': W('Kevin Jack David Tony Michael'), 'F': W('Amy Lily Jenny Coco Vivian')}
RULES = [('ou', 'u'), ('oo', 'u'), ('ee', 'i'), ('ph', 'f'), ('kh', 'k'), ('q', 'k'), ('y', 'i'), ('i', 'y'),
         ('dh', 'd'), ('mm', 'm'), ('ss', 's'), ('e', 'a'), ('u', 'o'), ('h', ''), ('w', 'u')]
RULE_NATS = ('ERI', 'SDN', 'AFG', 'KRD', 'NGA')   # romanised from another script / oral spelling
TOWNS = [('Leeds', 'LS', 17), ('Bradford', 'BD', 15), ('Hull', 'HU', 9), ('Sheffield', 'S', 14), ('Manchester', 'M', 40),
         ('Birmingham', 'B', 44), ('Wolverhampton', 'WV', 14), ('Stoke-on-Trent', 'ST', 6), ('Leicester', 'LE', 5),
         ('Peterborough', 'PE', 7), ('Croydon', 'CR', 9), ('Southampton', 'SO', 19), ('Cardiff', 'CF', 24),
         ('Glasgow', 'G', 53), ('Newcastle upon Tyne', 'NE', 15), ('Middlesbrough', 'TS', 8), ('Coventry', 'CV', 6),
         ('Derby', 'DE', 24), ('Wakefield', 'WF', 4), ('Huddersfield', 'HD', 5)]
ST1 = W('Mill Church Station Victoria Albert Park Queen King Chapel Green Ash Oak Elm Beech Canal Brook Hollins Tanner Weaver Cobden Lark Rowan Heather Foundry Kiln Quarry Wharf Lister Garnet')
ST2 = [('Street', 'St'), ('Road', 'Rd'), ('Lane', 'Ln'), ('Avenue', 'Ave'), ('Close', 'Cl'), ('Terrace', 'Terr'),
       ('Way', 'Way'), ('Grove', 'Gr'), ('Drive', 'Dr'), ('Crescent', 'Cres')]
HOTELS = W('Grange Riverside Parkview Beacon Highfield Carlton Midway Sovereign Junction Meadowbank')
EXPW = {'ERI': 'labour:5 criminal:3 sexual:2', 'SDN': 'labour:6 criminal:3 sexual:1', 'AFG': 'labour:5 criminal:3.5 sexual:1.5',
        'ALB': 'criminal:4.5 labour:3 sexual:2.5', 'VNM': 'criminal:5.5 labour:3.5 sexual:1', 'KRD': 'labour:6 criminal:4',
        'NGA': 'sexual:6 domestic:3 labour:1', 'ROU': 'labour:5 sexual:4 criminal:1', 'POL': 'labour:8.5 criminal:1.5',
        'GBR': 'criminal:6.5 sexual:3.5', 'CHN': 'sexual:5.5 labour:4 domestic:.5'}
LALT = {'Kurdish Sorani': ['Sorani', 'Kurdish (Sorani)', 'Kurdish'], 'Dari': ['Farsi (Dari)', 'Persian'], 'Farsi': ['Persian'],
        'Pidgin English': ['Pidgin', 'Nigerian Pidgin'], 'Mandarin': ['Chinese (Mandarin)', 'Chinese'],
        'Fujianese': ['Hokkien', 'Min'], 'Edo': ['Bini', 'Edo (Bini)'], 'Romani': ['Roma'], 'Tigrinya': ['Tigrigna']}
ORGS = {'CHARITY': 'Beacon Freedom Trust CRM', 'MASH': 'Northmoor Council MASH', 'POLICE': 'Calder Vale Police VCU'}
COLS = ['Record ID', 'Source System', 'Source Ref', 'Created Date', 'First Name', 'Last Name', 'All Names Used', 'Gender',
        'Date of Birth', 'Dates of Birth Given', 'Nationalities', 'Languages', 'Phone Numbers', 'Addresses (history)',
        'Identifiers', 'Exploitation Type']
# per-org probability that a whole cell is blank
MISS = {'CHARITY': dict(names=.05, dobs=.10, nats=.03, langs=.05, phones=.15, addrs=.12, ids=.20, exp=.05),
        'MASH': dict(names=.15, dobs=.12, nats=.05, langs=.15, phones=.30, addrs=.05, ids=.15, exp=.10),
        'POLICE': dict(names=.08, dobs=.15, nats=.08, langs=.30, phones=.12, addrs=.10, ids=.10, exp=.08)}
# per-org probability that a known identifier type is recorded
IDK = {'CHARITY': dict(HO=.8, NHS=.3, PP=.5, NRM=.8, NI=.4, PESEL=.5, CNP=.5, PNC=.1),
       'MASH': dict(HO=.6, NHS=.8, PP=.2, NRM=.4, NI=.5, PESEL=.2, CNP=.2, PNC=.2),
       'POLICE': dict(HO=.5, NHS=.1, PP=.6, NRM=.5, NI=.4, PESEL=.3, CNP=.3, PNC=.9)}


def wpick(rng, pairs):
    x = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def rdate(rng, a, b):
    return a + TD(days=rng.randint(0, max(0, (b - a).days)))


def strip_acc(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def typo(s, rng):
    if len(s) < 4:
        return s
    i, op = rng.randrange(1, len(s) - 1), rng.random()
    if op < .3:
        return s[:i] + s[i + 1:]
    if op < .55:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .8:
        return s[:i] + rng.choice('aeinorstlmh') + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def translit(s, rng, rules=True):
    if not s:
        return s
    if s in VARMAP:
        return rng.choice([x for x in VARMAP[s] if x != s] or [s])
    toks = s.split(' ')
    i = rng.randrange(len(toks))
    t = toks[i]
    if t in VARMAP:
        toks[i] = rng.choice([x for x in VARMAP[t] if x != t] or [t])
    else:
        low = t.lower()
        ok = [(a, b) for a, b in RULES if a in low[1:]] if rules else []
        if ok:
            a, b = rng.choice(ok)
            j = low.index(a, 1)
            t = t[:j] + b + t[j + len(a):]
        toks[i] = t
    return ' '.join(toks)


def fem_pl(fam, sex):
    if sex == 'F':
        for a, b in (('ski', 'ska'), ('cki', 'cka')):
            if fam.endswith(a):
                return fam[:-3] + b
    return fam


# ---------------------------------------------------------------- people
def family_name(nat, rng):
    N = NAT[nat]
    if N.get('pat'):
        return rng.choice(N['m']) + (' ' + rng.choice(N['m']) if rng.random() < .45 else '')
    if nat == 'KRD':
        return rng.choice(N['fam']) + (' ' + rng.choice(N['m']) if rng.random() < .25 else '')
    if nat == 'AFG' and rng.random() < .35:
        return ''
    return rng.choice(N['fam'])


def given_name(nat, sex, rng):
    N = NAT[nat]
    g = rng.choice(N['m'] if sex == 'M' else N['f'])
    if nat == 'VNM':
        mid = wpick(rng, [('Văn', 6), ('Đức', 1), ('Minh', 1), ('Quang', 1)]) if sex == 'M' else wpick(rng, [('Thị', 8), ('Ngọc', 2)])
        g = mid + ' ' + g
    if nat == 'NGA' and rng.random() < .35:
        g += ' ' + rng.choice(N['m'] if sex == 'M' else N['f'])
    return g


def split_periods(rng, a, b, n):
    cuts = sorted(rdate(rng, a, b) for _ in range(n - 1))
    pts = [a] + cuts + [b]
    return [(pts[i], pts[i + 1]) for i in range(n)]


def new_addr(rng, kind, town=None):
    t = town or rng.choice(TOWNS)
    pc = '%s%d %d%s' % (t[1], rng.randint(1, t[2]), rng.randint(1, 9), ''.join(rng.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2)))
    return dict(kind=kind, num=rng.randint(1, 180), street=(rng.choice(ST1), rng.choice(ST2)), town=t[0], pc=pc,
                flat=rng.randint(1, 40) if rng.random() < .3 or kind == 'hotel' else 0,
                hotel=rng.choice(HOTELS) if kind == 'hotel' else '')


def uk_mobile(rng):
    return '07' + rng.choice('4577789') + ''.join(rng.choice('0123456789') for _ in range(8))


def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def nhs_number(rng):
    while True:
        d = '9' + digits(rng, 8)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c != 10:
            return d + str(c)


def pesel(dob, sex, rng):
    m = dob.month + (20 if dob.year >= 2000 else 0)
    s = '%02d%02d%02d%s' % (dob.year % 100, m, dob.day, digits(rng, 3))
    s += str(rng.choice('13579' if sex == 'M' else '02468'))
    return s + str((10 - sum(int(x) * w for x, w in zip(s, [1, 3, 7, 9] * 3)) % 10) % 10)


def cnp(dob, sex, rng):
    s = ('1' if sex == 'M' else '2') if dob.year < 2000 else ('5' if sex == 'M' else '6')
    s += '%02d%02d%02d%02d%s' % (dob.year % 100, dob.month, dob.day, rng.randint(1, 46), digits(rng, 3))
    c = sum(int(x) * int(w) for x, w in zip(s, '279146358279')) % 11
    return s + ('1' if c == 10 else str(c))


def make_person(pid, nat, rng, sib=None, group=None, namesake=None):
    N = NAT[nat]
    p = dict(pid=pid, nat=nat)
    p['sex'] = 'M' if rng.random() < N['male'] else 'F'
    if sib:
        p['arrival'] = sib['arrival'] if rng.random() < .7 else rdate(rng, sib['arrival'] - TD(400), sib['arrival'] + TD(400))
        fam = fem_pl(sib['fam0'], p['sex'])
        dob = sib['dob'] if rng.random() < .06 else sib['dob'] + TD(days=rng.choice([-1, 1]) * rng.randint(300, 2600))
    else:
        p['arrival'] = rdate(rng, D(2017, 1, 1), D(2023, 10, 1)) if not group else rdate(rng, group['date'] - TD(150), group['date'] + TD(150))
        fam = fem_pl(family_name(nat, rng), p['sex'])
        age = rng.uniform(*N['age'])
        dob = p['arrival'] - TD(days=int(age * 365.25))
    p['fam0'] = fam.replace('ska', 'ski').replace('cka', 'cki') if nat == 'POL' else fam
    g = given_name(nat, p['sex'], rng)
    if sib:
        while g == sib['name'][0]:
            g = given_name(nat, p['sex'], rng)
    if namesake:
        g, fam = namesake['name']
        p['sex'] = namesake['sex']
        if rng.random() < .3:
            dob = D(namesake['dob'].year + rng.choice([-1, 0, 1]), rng.randint(1, 12), rng.randint(1, 28))
    p['name'], p['dob'] = (g, fam), dob
    p['ident'] = min(END - TD(60), p['arrival'] + TD(days=rng.randint(10, 500)))
    # ---- name pool
    ru = nat in RULE_NATS
    c = [(translit(g, rng, ru), fam), (g, translit(fam, rng, ru)), (translit(g, rng, ru), translit(fam, rng, ru))]
    for tok in g.split(' '):
        if tok in NICK:
            c.append((g.replace(tok, rng.choice(NICK[tok].split('/'))), fam))
    if ' ' in g and nat in ('VNM', 'NGA'):
        c += [(g.split(' ')[-1] if nat == 'VNM' else g.split(' ')[0], fam)]
    if ' ' in fam and N.get('pat'):
        c += [(g, fam.split(' ')[0])]
    if nat == 'AFG':
        c += [(g, rng.choice(N['m']))] if not fam else [(g, '')]
    if nat == 'CHN':
        c += [(rng.choice(CN_EN[p['sex']]), fam)]
    if nat == 'ROU' and any(ch in g + fam for ch in 'șțŞşŢţ'):
        c += [(g.replace('ș', 'ş').replace('ț', 'ţ'), fam.replace('ș', 'ş').replace('ț', 'ţ'))]
    pool, k = [p['name']], wpick(rng, [(0, 3), (1, 4), (2, 2), (3, 1)])
    for cand in rng.sample(c, len(c)):
        if len(pool) > k:
            break
        if cand not in pool and cand[0]:
            pool.append(cand)
    p['alias'] = None
    if rng.random() < {'ALB': .15, 'VNM': .12, 'NGA': .1}.get(nat, .05):
        p['alias'] = (given_name(nat, p['sex'], rng), family_name(nat, rng) or rng.choice(N.get('fam') or N['m']))
        pool.append(p['alias'])
    p['names'] = pool
    # ---- dates of birth: (date, label, since)
    a = p['arrival']
    minor = (a - dob).days < 18 * 365.25
    if not N.get('eu') and nat != 'GBR' and rng.random() < .3:
        dobs = [(D(dob.year + rng.choice([0, 0, -1, 1]), 1, 1), 'estimated', a)]
        if rng.random() < .3:
            dobs.append((dob, 'claimed', rdate(rng, a, END)))
    else:
        dobs = [(dob, '', a)]
    if minor and nat != 'GBR' and rng.random() < .4:
        dobs.append((D(dobs[0][0].year - rng.randint(1, 4), 1, 1) if rng.random() < .7 else dobs[0][0] - TD(rng.randint(400, 1500)),
                     'age assessed', p['ident'] + TD(rng.randint(20, 300))))
    if dob.day <= 12 and dob.day != dob.month and rng.random() < .06:
        dobs.append((D(dob.year, dob.day, dob.month), '', rdate(rng, a, END)))
    if rng.random() < .1:
        dobs.append((dob + TD(days=rng.choice([-1, 1]) * rng.randint(30, 900)), 'claimed', rdate(rng, a, END)))
    if p['alias']:
        dobs.append((dob - TD(days=rng.randint(200, 2500)), 'per passport', a))
    if namesake and namesake['dobs'][0][1] == 'estimated' and rng.random() < .6:
        dobs[0] = (namesake['dobs'][0][0], 'estimated', a)   # two different people, same name, same 01/01 estimate
    p['dobs'] = dobs
    p['nats'] = [N['iso']] + [x for x, pr in N['alt'] if rng.random() < pr]
    p['langs'] = [l for l, pr in N['langs'] if rng.random() < pr] or [N['langs'][0][0]]
    ew = [(k, float(v)) for k, v in (x.split(':') for x in EXPW[nat].split())]
    p['exp'] = [wpick(rng, ew)]
    if rng.random() < .25:
        e2 = wpick(rng, ew)
        if e2 not in p['exp']:
            p['exp'].append(e2)
    # ---- phones: (number, start, end, kind)
    ph = [(uk_mobile(rng), s, e, 'own') for s, e in split_periods(rng, a, END, wpick(rng, [(1, 4), (2, 3.5), (3, 1.7), (4, .8)]))]
    if rng.random() < .08:
        ph = []
    if nat not in ('GBR',) and rng.random() < .2:
        cc = {'ROU': '+40 7', 'POL': '+48 5', 'VNM': '+84 9', 'ALB': '+355 6', 'NGA': '+234 80', 'ERI': '+291 7', 'SDN': '+249 9',
              'AFG': '+93 7', 'KRD': '+964 75', 'CHN': '+86 13'}[nat]
        ph.append((cc + digits(rng, 2) + ' ' + digits(rng, 3) + ' ' + digits(rng, 3), a - TD(400), a + TD(90), 'home'))
    if group:
        ph.append((group['phone'], a, p['ident'], 'handler'))
    if sib and sib.get('famphone') and rng.random() < .6:
        ph.append((sib['famphone'], sib['famphone_from'], END, 'family'))
    p['phones'] = ph
    # ---- addresses: (addr, start, end)
    ad, start = [], a
    if group:
        ad.append((group['addr'], a, p['ident']))
        start = p['ident']
    if sib and rng.random() < .65:
        k = rng.randint(1, len(sib['addrs']))
        ad = list(sib['addrs'][:k])
        start = ad[-1][2]
    n = wpick(rng, [(1, .25), (2, .3), (3, .25), (4, .13), (5, .07)]) if start < END - TD(60) else 0
    town = rng.choice(TOWNS)
    for i, (s, e) in enumerate(split_periods(rng, start, END, n)):
        if i == 0 and not ad and not N.get('eu') and nat != 'GBR' and rng.random() < .6:
            kind = 'hotel'
        else:
            kind = wpick(rng, [('care', 3 if minor else 0), ('safe', 1.5), ('private', 4), ('nfa', .3)])
        ad.append((new_addr(rng, kind, town if rng.random() < .6 else None), s, e))
    p['addrs'] = ad
    # ---- identifiers: list of (type, value, since)
    ids = []
    if nat != 'GBR' and (not N.get('eu') or rng.random() < .1) and rng.random() < .85:
        if sib and sib.get('ho') and rng.random() < .6:
            sib['ndep'] = sib.get('ndep', 1) + 1   # dependant on the elder sibling's claim
            ids.append(('HO', sib['ho'] + '/' + str(sib['ndep']), a))
        else:
            ids.append(('HO', rng.choice('ABDFGHKMNPRS') + digits(rng, 7), a))
    if rng.random() < (.9 if nat == 'GBR' else .45):
        ids.append(('NHS', nhs_number(rng), a + TD(rng.randint(0, 200))))
    if rng.random() < (.35 if nat == 'GBR' else .6 if N.get('eu') else .45 if nat == 'ALB' else .25):
        pp = N['pp']
        ids.append(('PP', (pp[0] if pp[0] != 'N' else '') + digits(rng, int(pp[1])), a))
    if rng.random() < (.7 if nat == 'GBR' else .55 if N.get('eu') else .08):
        ids.append(('NI', rng.choice(W('AB CE JG KP NL PW RT SH TY WK')) + digits(rng, 6) + rng.choice('ABCD'), a))
    if nat == 'POL' and rng.random() < .6:
        ids.append(('PESEL', pesel(dob, p['sex'], rng), a))
    if nat == 'ROU' and rng.random() < .5:
        ids.append(('CNP', cnp(dob, p['sex'], rng), a))
    if rng.random() < (.6 if 'criminal' in p['exp'] else .04):
        yy = rng.randint(17, 24)
        ser = rng.randint(1, 999999)
        ids.append(('PNC', '%02d/%d%s' % (yy, ser, 'ZABCDEFGHJKLMNPQRTUVWXY'[int('%02d%07d' % (yy, ser)) % 23]), p['ident']))
    for _ in range(wpick(rng, [(0, .15), (1, .7), (2, .15)])):
        d0 = rdate(rng, p['ident'], END)
        ids.append(('NRM', 'NRM/%d/%06d' % (d0.year, rng.randint(1, 60000)), d0))
    p['ids'] = ids
    if ph and rng.random() < .5:
        p['famphone'], p['famphone_from'] = ph[0][0], ph[0][1]
    p['ho'] = next((v for t, v, _ in ids if t == 'HO'), None)
    return p


# ---------------------------------------------------------------- rendering
def fmt_dob(d, style):
    if style == 'iso':
        return d.isoformat()
    if style == 'us':
        return '%02d/%02d/%04d' % (d.month, d.day, d.year)
    if style == 'mon':
        return '%d %s %d' % (d.day, MON[d.month - 1], d.year)
    return '%02d/%02d/%04d' % (d.day, d.month, d.year)


def join(items, sep):
    if sep == 'and':
        return items[0] if len(items) == 1 else ', '.join(items[:-1]) + ' and ' + items[-1]
    if sep == 'bullet':
        return '\n'.join('• ' + x for x in items)
    return sep.join(items)


def fmt_phone(num, style):
    if num.startswith('+'):
        return num
    return {'spaced': num[:5] + ' ' + num[5:], 'plain': num, 'intl': '+44 ' + num[1:5] + ' ' + num[5:],
            'dash': num[:5] + '-' + num[5:], 'intlplain': '+44' + num[1:]}[style]


def fmt_addr(a, org, rng, upper):
    if a['kind'] == 'nfa':
        return 'NFA' if org == 'POLICE' else 'No fixed abode'
    if a['kind'] == 'safe' and org == 'CHARITY' and rng.random() < .7:
        return 'Safe house (address withheld), ' + a['town']
    st = '%d %s %s' % (a['num'], a['street'][0], a['street'][1][1] if (org == 'POLICE' or rng.random() < .2) else a['street'][1][0])
    parts = [('Room %d, %s Hotel' % (a['flat'], a['hotel'])) if a['hotel'] else ('Flat %d' % a['flat'] if a['flat'] else ''), st, a['town']]
    pc = a['pc'].replace(' ', '') if (org == 'POLICE' and rng.random() < .5) else a['pc']
    if rng.random() < .04:
        st = typo(st, rng)
        parts[1] = st
    if rng.random() < .1:
        pc = ''
    s = ', '.join(x for x in parts if x) + ((' ' if org == 'MASH' else ', ') + pc if pc else '')
    return s.upper() if upper else s


def period(s, e, org, t):
    cur = e >= t
    if org == 'CHARITY':
        return ' (%s %d – %s)' % (MON[s.month - 1], s.year, 'present' if cur else '%s %d' % (MON[e.month - 1], e.year))
    if org == 'MASH':
        return ' [from %d-%02d]' % (s.year, s.month) if cur else ' [%d-%02d to %d-%02d]' % (s.year, s.month, e.year, e.month)
    return ' (current)' if cur else rdate_label(s)


def rdate_label(s):
    return ' (prev, from %02d/%02d)' % (s.month, s.year % 100)


def make_record(p, org, t, rng):
    N, m = NAT[p['nat']], MISS[org]
    us = org == 'CHARITY' and rng.random() < .04          # CRM import with US locale: mm/dd/yyyy throughout
    r = {'Source System': ORGS[org], 'Created Date': fmt_dob(t, 'iso' if org == 'MASH' else 'us' if us else 'dmy')}
    r['Source Ref'] = {'CHARITY': 'BFT-%06d' % rng.randint(1, 999999), 'MASH': 'MASH-%d-%05d' % (t.year, rng.randint(1, 99999)),
                       'POLICE': 'VCU/%05d/%02d' % (rng.randint(1, 99999), t.year % 100)}[org]
    keep_acc = org == 'CHARITY' and rng.random() < .5 or org == 'MASH' and rng.random() < .2

    def nm(s):
        s = s if keep_acc else strip_acc(s)
        return typo(s, rng) if rng.random() < .03 else s
    # ---- names
    pool = p['names']
    main = pool[0] if rng.random() < .7 else rng.choice(pool)
    if rng.random() < .12:
        ru = p['nat'] in RULE_NATS
        main = (translit(main[0], rng, ru), main[1]) if rng.random() < .6 else (main[0], translit(main[1], rng, ru))
    others = [x for x in pool if x != main and rng.random() < .55]
    if rng.random() < .1:
        others.append((typo(main[0], rng), main[1]))
    names = [(nm(g), nm(f)) for g, f in [main] + others]
    names = list(dict.fromkeys(names))
    fg = names[0]
    if N.get('ff') and rng.random() < .25 or rng.random() < .03:
        fg = (fg[1], fg[0]) if fg[1] else fg
    first, last = fg
    if not last:
        last = {'CHARITY': '', 'MASH': 'NOT KNOWN', 'POLICE': 'UNKNOWN'}[org] if rng.random() < .6 else ''
    if org == 'POLICE':
        first, last = first.upper() if rng.random() < .3 else first, last.upper() if rng.random() < .7 else last
    r['First Name'], r['Last Name'] = ('', '') if rng.random() < .02 else (first, last)
    if rng.random() < .4:
        names = rng.sample(names, len(names))
    if org == 'CHARITY':
        sep = wpick(rng, [('; ', .7), (';', .1), ('\n', .2)])
        items = [(g + ' ' + f).strip() for g, f in names]
    elif org == 'MASH':
        sep = wpick(rng, [(' | ', .85), ('bullet', .15)])
        up = rng.random() < .75
        items = [(f.upper() if up else f) + ', ' + g if f else g for g, f in names]
    else:
        sep = wpick(rng, [(' / ', .5), ('and', .25), (' AKA ', .25)])
        items = [(g + ' ' + f).strip().upper() for g, f in names]
    r['All Names Used'] = '' if rng.random() < m['names'] or (org == 'MASH' and len(items) == 1 and rng.random() < .3) else join(items, sep)
    r['Gender'] = '' if rng.random() < .03 else {'CHARITY': ['Male', 'Female'], 'MASH': ['M', 'F'], 'POLICE': ['MALE', 'FEMALE']}[org][
        (p['sex'] == 'F') ^ (rng.random() < .01)]
    # ---- dates of birth
    known = [x for x in p['dobs'] if x[2] <= t] or p['dobs'][:1]
    assessed = [x for x in known if x[1] == 'age assessed']
    mainb = assessed[0] if (org == 'MASH' and assessed and rng.random() < .8) else known[0] if rng.random() < .85 else rng.choice(known)
    if mainb[1] == 'estimated' and rng.random() < .3:   # this organisation made its own estimate
        mainb = (D(mainb[0].year + rng.choice([-1, 1]), 1, 1), 'estimated', t)
    dsty = {'CHARITY': 'us' if us else 'dmy', 'MASH': 'iso', 'POLICE': 'mon' if rng.random() < .3 else 'dmy'}[org]
    md = mainb[0]
    if rng.random() < .03:
        md = D(md.year + rng.choice([-1, 1]), md.month, min(md.day, 28))
    elif rng.random() < .02 and md.day <= 12:
        md = D(md.year, md.day, md.month)
    r['Date of Birth'] = '' if rng.random() < .05 else fmt_dob(md, dsty)
    dl = [mainb] + [x for x in known if x != mainb and rng.random() < .6]
    if rng.random() < .3:
        dl = rng.sample(dl, len(dl))
    lab = {'CHARITY': ' (%s)', 'MASH': ' [%s]', 'POLICE': ' (%s)'}[org]
    di = [fmt_dob(d, dsty) + (lab % (l.upper() if org == 'POLICE' else l) if l else '') for d, l, _ in dl]
    dsep = {'CHARITY': wpick(rng, [('; ', .8), ('\n', .2)]), 'MASH': ' | ', 'POLICE': wpick(rng, [('and', .5), (' / ', .5)])}[org]
    r['Dates of Birth Given'] = '' if rng.random() < m['dobs'] or (len(di) == 1 and rng.random() < .25) else join(di, dsep)
    # ---- nationalities
    nats = [x for x in p['nats'] if x == p['nats'][0] or rng.random() < .7]
    if rng.random() < .3:
        nats = rng.sample(nats, len(nats))
    if org == 'CHARITY':
        it = ['Kurdish' if x == 'IRQ' and rng.random() < .3 else ALTN[x][0] for x in nats]
        s = join(it, wpick(rng, [(';', .85), (', ', .15)]))
    elif org == 'MASH':
        s = join(nats, wpick(rng, [('|', .8), (', ', .2)]))
    else:
        it = [ALTN[x][1] for x in nats]
        s = join([x.upper() for x in it], ' / ') if rng.random() < .6 else join(it, 'and')
    r['Nationalities'] = '' if rng.random() < m['nats'] else s
    # ---- languages
    langs = [x for x in p['langs'] if x == p['langs'][0] or rng.random() < .75]
    langs = [rng.choice(LALT[x]) if x in LALT and rng.random() < .3 else x for x in langs]
    if rng.random() < .4:
        langs = rng.sample(langs, len(langs))
    lsep = {'CHARITY': wpick(rng, [(';', .8), ('\n', .2)]), 'MASH': wpick(rng, [('bullet', .6), (' | ', .4)]),
            'POLICE': wpick(rng, [('and', .6), ('/', .4)])}[org]
    r['Languages'] = '' if rng.random() < m['langs'] else join(langs, lsep)
    # ---- phones
    ph = [x for x in p['phones'] if x[1] <= t and rng.random() < (.85 if x[2] >= t else .4)]
    if rng.random() < .4:
        ph = rng.sample(ph, len(ph))
    sty = {'CHARITY': 'spaced', 'MASH': 'plain', 'POLICE': wpick(rng, [('intl', .4), ('spaced', .3), ('dash', .2), ('intlplain', .1)])}[org]
    pi = []
    for num, s, e, kind in ph:
        x = fmt_phone(num, sty)
        if rng.random() < .02:
            i = rng.randrange(len(x) - 4, len(x))
            x = x[:i] + rng.choice('0123456789') + x[i + 1:]
        if org == 'POLICE' and kind == 'handler' and rng.random() < .3:
            x += ' (linked to suspect)'
        pi.append(x)
    psep = {'CHARITY': ' / ', 'MASH': ', ', 'POLICE': '; '}[org]
    r['Phone Numbers'] = '' if rng.random() < m['phones'] else join(pi, psep)
    # ---- addresses
    ad = [x for x in p['addrs'] if x[1] <= t and (x[2] >= t and rng.random() < .9 or rng.random() < .55)]
    if rng.random() < .3:
        ad = rng.sample(ad, len(ad))
    up = org == 'POLICE' or org == 'MASH' and rng.random() < .5
    ai = [fmt_addr(a, org, rng, up) + (period(s, e, org, t) if org != 'POLICE' or rng.random() < .6 else '') for a, s, e in ad]
    asep = {'CHARITY': '\n', 'MASH': ' | ', 'POLICE': '; '}[org]
    r['Addresses (history)'] = '' if rng.random() < m['addrs'] else join(ai, asep)
    # ---- identifiers
    ii = []
    for typ, val, since in p['ids']:
        if since > t or rng.random() >= IDK[org][typ]:
            continue
        if typ == 'HO' and rng.random() < {'MASH': .6, 'CHARITY': .3, 'POLICE': .2}[org]:   # dependant suffix dropped
            val = val.split('/')[0]
        if typ == 'NHS':
            val = val[:3] + ' ' + val[3:6] + ' ' + val[6:] if org != 'MASH' or rng.random() < .3 else val
        if typ == 'NI' and org == 'MASH':
            val = ' '.join([val[:2], val[2:4], val[4:6], val[6:8], val[8]])
        if rng.random() < .025:
            i = rng.randrange(1, len(val))
            val = val[:i] + (rng.choice('0123456789') if val[i].isdigit() else val[i]) + val[i + 1:]
        if typ == 'PP':
            val += ' (%s)' % p['nats'][0] if org == 'CHARITY' else ''
        lab = {'CHARITY': {'HO': 'HO', 'NHS': 'NHS', 'PP': 'Passport', 'NRM': 'NRM', 'NI': 'NINO', 'PESEL': 'PESEL', 'CNP': 'CNP', 'PNC': 'PNC'},
               'MASH': {'HO': 'HO Ref', 'NHS': 'NHS No', 'PP': 'Passport No', 'NRM': 'NRM Ref', 'NI': 'NI', 'PESEL': 'PESEL', 'CNP': 'CNP', 'PNC': 'PNC ID'},
               'POLICE': {'HO': 'HO REF', 'NHS': 'NHS', 'PP': 'PPT', 'NRM': 'NRM', 'NI': 'NINO', 'PESEL': 'PESEL', 'CNP': 'CNP', 'PNC': 'PNC'}}[org][typ]
        ii.append(lab + {'CHARITY': ': ', 'MASH': '=', 'POLICE': ': '}[org] + val)
    if rng.random() < .3:
        ii = rng.sample(ii, len(ii))
    isep = {'CHARITY': '; ', 'MASH': ' | ', 'POLICE': wpick(rng, [('\n', .5), (', ', .5)])}[org]
    r['Identifiers'] = '' if rng.random() < m['ids'] else join(ii, isep)
    # ---- exploitation type
    child = (t - p['dob']).days < 18 * 365.25
    ex = list(p['exp'])
    if rng.random() < .15:
        ex.append(rng.choice(['labour', 'sexual', 'criminal', 'domestic']))
    ex = list(dict.fromkeys(ex))
    crim = 'County lines' if p['nat'] == 'GBR' else 'Cannabis cultivation' if p['nat'] in ('VNM', 'ALB', 'CHN') else 'Forced criminality'
    em = {'CHARITY': {'labour': 'Labour', 'sexual': 'Sexual', 'criminal': 'Criminal', 'domestic': 'Domestic Servitude'},
          'MASH': {'labour': 'Labour', 'sexual': 'CSE' if child else 'Sexual', 'criminal': 'CCE' if child else 'Criminal', 'domestic': 'DS'},
          'POLICE': {'labour': 'Forced labour', 'sexual': 'Sexual exploitation', 'criminal': crim, 'domestic': 'Domestic servitude'}}[org]
    r['Exploitation Type'] = '' if rng.random() < m['exp'] else join([em[x] for x in ex], {'CHARITY': ';', 'MASH': '|', 'POLICE': 'and'}[org])
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--people', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', default='data.csv')
    ap.add_argument('--truth', default='truth.csv')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    natw = [(k, v['w']) for k, v in NAT.items()]
    people, groups = [], {}
    while len(people) < a.people:
        pid = 'P%06d' % (len(people) + 1)
        nat = wpick(rng, natw)
        x = rng.random()
        if x < .08 and people:                       # namesake of an earlier person (hard negative)
            cands = [q for q in people[-300:] if q['nat'] == nat] or [rng.choice(people)]
            q = rng.choice(cands)
            people.append(make_person(pid, q['nat'], rng, namesake=q))
        elif x < .18:                                # sibling set (hard negatives)
            p = make_person(pid, nat, rng)
            people.append(p)
            for _ in range(rng.choice([1, 1, 1, 2])):
                if len(people) < a.people:
                    people.append(make_person('P%06d' % (len(people) + 1), nat, rng, sib=p))
        elif x < .40:                                # co-victims sharing a controller phone and address
            g = groups.get(nat)
            if not g or g['left'] <= 0:
                g = groups[nat] = dict(date=rdate(rng, D(2017, 6, 1), D(2023, 6, 1)), phone=uk_mobile(rng), left=rng.randint(2, 6),
                                       addr=new_addr(rng, 'exploit'))
            g['left'] -= 1
            people.append(make_person(pid, nat, rng, group=g))
        else:
            people.append(make_person(pid, nat, rng))
    rows, seen = [], set()
    for p in people:
        n = wpick(rng, [(1, .35), (2, .30), (3, .18), (4, .11), (5, .06)])
        for t in sorted(rdate(rng, p['ident'], END) for _ in range(n)):
            child = (t - p['dob']).days < 18 * 365.25
            org = wpick(rng, [('CHARITY', .2 if p['nat'] == 'GBR' else .45), ('MASH', .5 if child else .2), ('POLICE', .33)])
            r = make_record(p, org, t, rng)
            rid = 'R%010x' % rng.getrandbits(40)
            while rid in seen:
                rid = 'R%010x' % rng.getrandbits(40)
            seen.add(rid)
            r['Record ID'] = rid
            rows.append((r, p['pid']))
    rng.shuffle(rows)
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=COLS, lineterminator='\r\n')
        w.writeheader()
        for r, _ in rows:
            w.writerow(r)
    with open(a.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['record_id', 'person_id'])
        for r, pid in rows:
            w.writerow([r['Record ID'], pid])


if __name__ == '__main__':
    main()
