#!/usr/bin/env python3
"""gen28 - synthetic export of a UK police crime-recording system (modern slavery).

One row = one crime report / operation visit.  Victims are listed across the row
in up to 6 repeated column groups (`Victim n Surname`, `Victim n Forename(s)`,
`Victim n DOB`, `Victim n Age`, `Victim n Gender`, `Victim n Nationality`).
Truth is keyed `<Report ID>#<slot>`.  Standard library only; every person is
invented by combining common name elements from the lists below.

usage: python3 gen28.py --people N --seed S --out data.csv --truth truth.csv
"""
import argparse, csv, datetime as dt, functools, random, unicodedata


def P(s):  # "a|b,c" -> [[a, b], [c]]; first spelling is the usual one
    return [e.split('|') for e in s.split(',')]


NAMES = {
 'ALB': dict(
  m=P('Arben|Arbën,Besnik,Dritan,Ermal,Fatmir,Gentian|Genti,Ilir,Klodian|Klodjan,Luan,Marsel|Marcel,Artan,Erion|Erjon,'
      'Florian|Florjan,Kledi|Kledj,Redon,Sokol,Valon,Xhevdet|Xevdet|Dzhevdet,Endrit,Arjan|Arian,Elton,Ervis,Olsi,'
      'Dorian|Dorjan,Mariglen,Klevis,Enea,Bledar,Altin,Ardit'),
  f=P('Anila,Blerina,Dorina,Elira,Fjolla|Fiolla,Jonida,Klea,Lindita,Mirela|Mirella,Rezarta,Valbona,Xhesika|Jessika|Xhessika,'
      'Ardita,Entela,Besjana|Besiana,Eriona|Erjona,Xhuliana|Juliana,Megi,Ornela|Ornella,Sidorela'),
  s=P('Hoxha|Hoxa|Hodja|Hoxhaj,Shehu|Sheu,Krasniqi|Krasniki|Krasniqui,Gashi,Berisha|Berishaj,Dervishi|Dervishaj,Leka|Lekaj,'
      'Muça|Muca|Mucha,Kola|Kolaj,Marku|Markaj,Prifti,Gjoka|Gjokaj|Djoka,Çela|Cela|Chela,Hasani|Hasanaj,Bajrami|Bajramaj,'
      'Rama|Ramaj,Toska,Zeneli|Zenelaj,Lleshi|Leshi,Kurti,Dushku,Mema,Brahimi|Brahimaj,Qosja|Kosja,Xhafa|Xafa|Dzhafa,'
      'Shkurti,Hysa|Hysaj,Përmeti|Permeti,Duka|Dukaj,Beqiri|Bekiri|Beqaj')),
 'VNM': dict(
  m=P('Minh,Hùng|Hung,Tuấn|Tuan,Dũng|Dung,Nam,Long,Hải|Hai,Thắng|Thang,Cường|Cuong,Phúc|Phuc,Khánh|Khanh,Đức|Duc,'
      'Quân|Quan,Sơn|Son,Tú|Tu,Hiếu|Hieu,Thành|Thanh,Trung,Việt|Viet,Bảo|Bao'),
  f=P('Lan,Hương|Huong,Linh,Trang,Hà|Ha,Mai,Ngọc|Ngoc,Thảo|Thao,Hạnh|Hanh,Nhung,Phương|Phuong,Thủy|Thuy|Thuỷ,Yến|Yen,Vy,Anh'),
  mm=P('Văn|Van,Văn|Van,Văn|Van,Đức|Duc,Minh,Quang,Hữu|Huu,Công|Cong'),
  fm=P('Thị|Thi,Thị|Thi,Thị|Thi,Ngọc|Ngoc,Thu,Kim,Thanh'),
  s=P('Nguyễn|Nguyen,Trần|Tran,Lê|Le,Phạm|Pham,Huỳnh|Huynh|Hoang,Hoàng|Hoang|Huynh,Phan,Vũ|Vu|Vo,Võ|Vo|Vu,Đặng|Dang,'
      'Bùi|Bui,Đỗ|Do,Hồ|Ho,Ngô|Ngo,Dương|Duong,Lý|Ly,Đinh|Dinh,Trương|Truong,Lương|Luong,Đào|Dao,Mai,Cao')),
 'ROU': dict(
  m=P('Ion|Ioan,Gheorghe|George,Vasile,Marian,Florin,Constantin|Costel,Mihai,Andrei,Adrian,Ionuț|Ionut,Nicolae|Nicu,'
      'Daniel,Cătălin|Catalin,Alexandru|Alex,Ștefan|Stefan|Ştefan,Dumitru,Cristian|Cristi,Marius,Bogdan,Petru|Petrica'),
  f=P('Elena,Maria,Ioana,Andreea|Andrea,Mihaela,Florentina|Florina,Gabriela,Nicoleta,Alina,Denisa,Roxana,Georgiana,'
      'Alexandra,Larisa|Larissa,Ramona,Loredana,Claudia,Cristina,Bianca,Ana-Maria|Ana Maria|Anamaria'),
  s=P('Popescu,Ionescu,Popa,Dumitru,Stan,Stoica,Gheorghe,Matei,Constantin,Munteanu,Lungu,Rusu,Marin,Ciobanu,Florea,'
      'Tudor,Dinu,Șerban|Serban|Şerban,Ștefan|Stefan|Ştefan,Bălan|Balan,Căldăraru|Caldararu|Caldaru,Lăcătuș|Lacatus|Lakatos,'
      'Rădulescu|Radulescu,Moldovan,Zamfir,Niculae|Nicolae,Mocanu,Ursu,Vlad,Țăranu|Taranu')),
 'POL': dict(
  m=P('Piotr|Peter,Krzysztof|Krystof|Kristof,Andrzej|Andrew,Tomasz|Tomas,Paweł|Pawel|Paul,Marcin,Michał|Michal,'
      'Jarosław|Jaroslaw|Jarek,Grzegorz,Łukasz|Lukasz|Lucas,Mariusz,Dariusz|Darek,Wojciech|Wojtek,Zbigniew,'
      'Sławomir|Slawomir,Kamil,Rafał|Rafal,Jan,Stanisław|Stanislaw,Józef|Jozef'),
  f=P('Anna,Katarzyna|Katarzina,Małgorzata|Malgorzata,Agnieszka|Agnieshka,Joanna,Ewa|Eva,Magdalena|Magda,Barbara,Dorota,Monika'),
  s=P('Nowak,Kowalski,Wiśniewski|Wisniewski,Wójcik|Wojcik,Kowalczyk,Kamiński|Kaminski,Lewandowski,Zieliński|Zielinski,'
      'Szymański|Szymanski|Shymanski,Woźniak|Wozniak,Dąbrowski|Dabrowski,Kozłowski|Kozlowski,Jankowski,Mazur,Krawczyk,'
      'Grabowski,Pawłowski|Pawlowski,Michalski,Nowicki,Wróbel|Wrobel,Sikora,Baran,Kaczmarek,Szczepański|Szczepanski')),
 'GBR': dict(
  m=P('Daniel|Danny,Thomas|Tom,Jack,Ryan,Liam,Connor|Conor,Kyle,Jordan,Callum|Calum,Lewis,Michael|Mike,John|Johnny,'
      'David|Dave,James|Jamie,Paul,Mark,Joseph|Joe,Ashley,Kieran|Kieron,Reece|Rhys|Reese,Tyler,Jayden|Jaden|Jaiden,'
      'Mason,Harvey,Charlie'),
  f=P('Chloe,Jessica|Jess,Amy,Lauren,Emily,Megan|Meghan,Shannon,Sophie,Rebecca|Becky,Samantha|Sam,Kayleigh|Kayley|Kaylee,'
      'Leanne|Lianne,Charlotte,Demi,Courtney,Stacey|Stacy,Jade,Paige'),
  s=P('Smith,Jones,Williams,Taylor,Brown,Davies|Davis,Evans,Wilson,Thomas,Johnson,Roberts,Robinson,Wright,Walker,Hughes,'
      'Green,Hall,Clarke|Clark,Jackson,Wood,Price,Lee,Murphy,McDonagh|McDonough|MacDonagh,Doherty|Docherty,Ward,'
      'Connors,Stokes,Maughan|Maughn,Harris')),
 'ERI': dict(
  m=P('Tesfay|Tesfaye|Tesfai,Yonas|Jonas,Yohannes|Yohanes|Johannes,Dawit|Dawitt,Filmon|Philmon|Filimon,Merhawi,'
      'Semere|Semre,Kidane|Kidan,Habtom|Habtum,Amanuel|Emanuel,Berhane|Birhane|Berhan,Tekle|Teklay|Teklai,Haile|Hayle,'
      'Woldu|Weldu,Mehari|Mihari,Abraha|Abrha,Gebremedhin|Ghebremedhin,Gebreyesus|Ghebreyesus|Gebre Yesus,'
      'Tesfamariam|Tesfa Mariam|Tesfamaryam,Asmerom|Asmarom,Tewolde|Tewelde,Andemariam|Andemaryam,Zerai|Zeray,'
      'Okbay|Ukbay|Okbai,Natnael|Nathnael,Robel|Robiel,Mikael|Michael,Ermias|Ermyas,Biniam|Biniyam,Efrem|Ephrem'),
  f=P('Senait|Senayt,Helen|Hellen,Selam|Salam,Rahel|Rachel,Mebrat|Mebrhat,Saba,Winta|Wintana,Luwam|Luam,Eden,'
      'Feven|Fiven,Yordanos,Hiwet|Hewet,Tsega|Tsegga,Ruta,Meron|Miron,Semhar,Rahwa,Almaz,Selamawit')),
 'SDN': dict(
  m=P('Mohamed|Mohammed|Muhammad|Mohammad,Ahmed|Ahmad,Abdelrahman|Abdulrahman|Abdul Rahman|Abdalrahman,Osman|Othman,'
      'Ibrahim|Ebrahim,Ali,Hassan|Hasan,Hussein|Hussain,Omer|Omar,Adam|Adem,Yousif|Yousef|Yusuf,Abdalla|Abdallah|Abdullah,'
      'Elnour|El Nour|Alnour,Eltayeb|El Tayeb|Altayeb,Babiker|Babikir,Elsadig|El Sadig|Alsadiq,Mustafa|Mustapha,'
      'Khalid|Khaled,Ismail|Ismael,Musa|Mousa,Yagoub|Yacoub|Yaqub,Suleiman|Sulieman|Soliman,Ishag|Ishaq,'
      'Elamin|El Amin|Alamin,Idris|Edris,Haroun|Harun,Abdelaziz|Abdul Aziz'),
  f=P('Fatima|Fatma,Amira|Ameera,Hawa,Mariam|Maryam,Khadija|Khadiga,Aisha|Aysha,Salma|Selma,Nafisa|Nafeesa,'
      'Zainab|Zeinab,Amna|Amena,Halima|Haleema,Asma|Asmaa')),
 'CHN': dict(
  s=P('Wang|Wong,Li|Lee,Zhang|Cheung|Chang,Liu|Lau,Chen|Chan|Tan,Yang|Yeung,Huang|Wong|Hwang,Zhao|Chiu,Wu|Ng|Woo,'
      'Zhou|Chow|Chau,Lin|Lam|Lim,Zheng|Cheng,Xu|Hui|Tsui,Sun|Suen,He|Ho,Guo|Kwok,Ma,Luo|Law|Lo,Gao|Ko,Liang|Leung'),
  msyl='Wei Jun Jian Qiang Lei Hao Ming Yong Tao Bin Hui Feng Gang Jie Long Peng Hua Chao Xiang Zhi'.split(),
  fsyl='Mei Ling Hui Yan Fang Xiu Na Jing Li Ying Hong Xia Juan Lan Qing Yu Ting Xiao'.split()),
}
NAT_W = dict(GBR=20, ALB=17, VNM=17, ROU=12, CHN=9, POL=9, ERI=8, SDN=8)
MALE = dict(VNM=.7, ALB=.6, GBR=.7, ROU=.45, POL=.8, ERI=.75, SDN=.9, CHN=.5)
AGE = dict(VNM=(14, 34, 18), ALB=(16, 40, 22), ROU=(17, 55, 26), POL=(20, 64, 40), ERI=(15, 36, 21),
           SDN=(15, 38, 22), CHN=(18, 55, 32))
DOCUMENTED = dict(GBR=.95, POL=.92, ROU=.85, ALB=.8, CHN=.6, VNM=.55, ERI=.45, SDN=.45)
SWAP = dict(VNM=.13, CHN=.13, ERI=.06, SDN=.06)
NATS = dict(ALB=('Albanian', 'Albania', ['Kosovan']), VNM=('Vietnamese', 'Viet Nam', ['Chinese']),
            GBR=('British', 'United Kingdom', ['English', 'Irish']), ROU=('Romanian', 'Romania', ['Moldovan', 'Bulgarian']),
            POL=('Polish', 'Poland', ['Lithuanian', 'Slovak']), ERI=('Eritrean', 'Eritrea', ['Ethiopian']),
            SDN=('Sudanese', 'Sudan', ['South Sudanese', 'Chadian']), CHN=('Chinese', 'China', ['Vietnamese']))
OFFENCE = dict(
 VNM=['Forced Labour (Cannabis Cultivation)', 'Forced Labour (Nail Bar)', 'Criminal Exploitation'],
 ALB=['Forced Labour (Cannabis Cultivation)', 'Sexual Exploitation', 'Criminal Exploitation (Drug Supply)'],
 GBR=['Criminal Exploitation (County Lines)', 'Forced Labour', 'Domestic Servitude', 'Sexual Exploitation'],
 ROU=['Sexual Exploitation', 'Forced Labour', 'Criminal Exploitation (Forced Begging)'],
 POL=['Forced Labour', 'Forced Labour (Agriculture)', 'Domestic Servitude'],
 ERI=['Forced Labour (Car Wash)', 'Forced Labour', 'Sexual Exploitation'],
 SDN=['Forced Labour (Car Wash)', 'Forced Labour', 'Criminal Exploitation'],
 CHN=['Sexual Exploitation (Brothel)', 'Forced Labour (Takeaway)', 'Forced Labour (Cannabis Cultivation)'])
OUTWARD = ('B10 B11 B19 B21 M8 M12 M14 LS8 LS11 BD3 BD7 S2 S4 NG7 LE2 CV6 L7 BS5 CF24 NE4 SR4 PE1 PE13 WS1 WV2 HU3 '
           'DN31 E13 N17 SE15 E6 IG1 RM10 SO14 PO1 LU1 MK9 SL1 BN3 PL4 ST4 DE23 OL1 BB1 HD1 G42 NP20').split()
OPS = ('KESTREL TALON FORTH SHIELD NIMROD HALCYON TOURMALINE VANTAGE BRAMBLE CORVUS LANTERN MARLIN ORCHID PELICAN '
       'QUARRY RAVEN SABRE TALISMAN UMBRA WILLOW GRANITE HERON JUNIPER MERIDIAN OSPREY').split()
HEADER = ['Report ID', 'Crime Ref', 'Date Reported', 'Offence Type', 'Location Postcode', 'Officer in Case',
          'Operation', 'NRM Referral', 'No. Victims']
SLOT_FIELDS = ['Surname', 'Forename(s)', 'DOB', 'Age', 'Gender', 'Nationality']
for _i in range(1, 7):
    HEADER += ['Victim %d %s' % (_i, f) for f in SLOT_FIELDS]
REF_DATE, START, END = dt.date(2021, 7, 1), dt.date(2019, 1, 1), dt.date(2024, 12, 31)


@functools.lru_cache(None)
def zipf(n, a):
    return [1 / (i + 1) ** a for i in range(n)]


def zpick(rng, pool, a=0.7):
    return pool[rng.choices(range(len(pool)), zipf(len(pool), a))[0]]


def strip(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']


def typo(s, rng):
    if len(s) < 3:
        return s
    i, op = rng.randrange(1, len(s)), rng.random()
    c = s[i]
    if op < .3:
        return s[:i] + s[i + 1:]
    if op < .55 and i < len(s) - 1:
        return s[:i] + s[i + 1] + c + s[i + 2:]
    if op < .8:
        for r in ROWS:
            j = r.find(c.lower())
            if j >= 0:
                n = r[max(0, j - 1):j] + r[j + 1:j + 2]
                n = rng.choice(n)
                return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1:]
        return s
    return s[:i] + c + s[i:]


def age_at(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def shift_year(d, k):
    return d.replace(year=d.year + k, day=min(d.day, 28) if d.month == 2 else d.day)


# ---------------------------------------------------------------- people
def draw_age(rng, nat):
    if nat == 'GBR':  # county-lines children or vulnerable adults
        return int(rng.triangular(14, 19, 16)) if rng.random() < .5 else int(rng.triangular(20, 65, 40))
    return int(rng.triangular(*AGE[nat]))


def new_person(rng, nat, sex, age, fam=None, giv=None):
    pool, p = NAMES[nat], dict(nat=nat, sex=sex, u={})
    if nat in ('ERI', 'SDN'):
        p['giv'] = giv or zpick(rng, pool[sex.lower()])
        p['fa'], p['gf'] = fam if fam else (zpick(rng, pool['m']), zpick(rng, pool['m']))
    elif nat == 'CHN':
        p['sur'] = fam or zpick(rng, pool['s'], 1.0)
        syl = pool[sex.lower() + 'syl']
        p['giv'] = giv or [rng.choice(syl) for _ in range(1 if rng.random() < .2 else 2)]
        p['cs'] = rng.choices('jsh', [6, 3, 1])[0]
        if rng.random() < .06:
            p['alias'] = rng.choice(NAMES['GBR'][sex.lower()])[0]
    else:
        p['sur'] = fam or zpick(rng, pool['s'], 1.3 if nat == 'VNM' else 0.7)
        p['giv'] = giv or zpick(rng, pool[sex.lower()])
        if nat == 'VNM':
            p['mid'] = rng.choice(pool['mm' if sex == 'M' else 'fm'])
        elif nat == 'GBR' and rng.random() < .25:
            p['mid'] = zpick(rng, pool[sex.lower()])
    p['dob'] = REF_DATE - dt.timedelta(days=int(age * 365.25) + rng.randrange(365))
    p['doc'] = rng.random() < DOCUMENTED[nat]
    p['k'] = rng.choices([1, 2, 3, 4, 5, 6, 7], [40, 28, 15, 8, 5, 3, 1])[0]
    return p


def famkey(p):
    return (p['fa'], p['gf']) if p['nat'] in ('ERI', 'SDN') else p['sur']


def set_claims(p, rng):
    d = p['dob']
    if p['doc']:
        p['claims'] = [(d, 1.0)]
        if rng.random() < .05:  # disputed age: a different DOB claimed on some occasions
            p['claims'].append((shift_year(d, rng.choice([-3, -2, 2, 3])), .4))
    else:
        y = d.year + rng.choice([0, 0, 0, -1, 1])
        p['claims'] = [(dt.date(y, 1, 1), .6)]
        if rng.random() < .5:
            p['claims'].append((dt.date(y + rng.choice([-1, 1]), 1, 1), .2))
        if rng.random() < .4:
            p['claims'].append((d, .3))


def make_cell(rng, nat, size):
    out, pm = [], MALE[nat]
    sx = lambda: 'M' if rng.random() < pm else 'F'
    while len(out) < size:
        room = size - len(out)
        kind = rng.choices(['one', 'sibs', 'couple', 'parent'], [55, 25, 10, 10])[0] if room > 1 else 'one'
        a = new_person(rng, nat, sx(), draw_age(rng, nat))
        out.append(a)
        if kind == 'sibs':
            for _ in range(min(room - 1, rng.choice([1, 1, 1, 2, 3]))):
                twin = rng.random() < .06
                b = new_person(rng, nat, sx(), 18, fam=famkey(a))
                b['dob'] = a['dob'] if twin else shift_year(a['dob'], rng.choice([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5]))
                b['dob'] += dt.timedelta(days=0 if twin else rng.randrange(-150, 150))
                out.append(b)
        elif kind == 'couple':
            share = nat in ('ALB', 'ROU', 'POL', 'GBR') and rng.random() < .8
            b = new_person(rng, nat, 'F' if a['sex'] == 'M' else 'M', 18, fam=famkey(a) if share else None)
            b['dob'] = shift_year(a['dob'], rng.randint(-6, 6)) + dt.timedelta(days=rng.randrange(-150, 150))
            out.append(b)
        elif kind == 'parent':  # a is the parent; child is 18-32 years younger (min. age 13 at REF)
            a['dob'] = min(a['dob'], shift_year(REF_DATE, -(13 + rng.randint(19, 32))))
            csex = sx()
            if nat in ('ERI', 'SDN'):
                fam = (a['giv'], a['fa']) if a['sex'] == 'M' else None
            elif nat in ('VNM', 'CHN'):
                fam = a['sur'] if a['sex'] == 'M' else None
            else:
                fam = a['sur']
            giv = a['giv'] if nat == 'GBR' and a['sex'] == 'M' and csex == 'M' and rng.random() < .35 else None  # "Jr"
            b = new_person(rng, nat, csex, 18, fam=fam, giv=giv)
            b['dob'] = shift_year(a['dob'], rng.randint(19, 32)) + dt.timedelta(days=rng.randrange(-150, 150))
            b['dob'] = min(b['dob'], shift_year(REF_DATE, -13))
            out.append(b)
    for p in out:
        set_claims(p, rng)
    return out[:size]


# ---------------------------------------------------------------- rendering one victim slot
def var(p, key, vl, rng):
    if key not in p['u']:
        p['u'][key] = 0 if rng.random() < .75 else rng.randrange(len(vl))
    return vl[p['u'][key]] if rng.random() < .85 else rng.choice(vl)


def render_name(p, rng):
    nat = p['nat']
    if nat in ('ERI', 'SDN'):
        g, fa, gf = var(p, 'g', p['giv'], rng), var(p, 'fa', p['fa'], rng), var(p, 'gf', p['gf'], rng)
        r = rng.random()
        if r < .07:
            return gf, g                      # grandfather's name taken as surname
        if r < .13:
            return fa + ' ' + gf, g           # both patronymics in surname
        if r < .17:
            return gf, g + ' ' + fa           # father's name pushed into forenames
        return fa, g
    if nat == 'VNM':
        f, m, g = var(p, 's', p['sur'], rng), var(p, 'm', p['mid'], rng), var(p, 'g', p['giv'], rng)
        if rng.random() < .04:
            return 'NK', ' '.join((f, m, g))  # whole name typed into forenames
        r = rng.random()
        return f, (m + ' ' + g if r < .6 else g if r < .87 else (m + g.lower()))
    if nat == 'CHN':
        f = var(p, 's', p['sur'], rng)
        st = p['cs'] if rng.random() < .8 else rng.choice('jsh')
        syl = p['giv']
        g = syl[0] + ''.join((s.lower() if st == 'j' else ' ' + s if st == 's' else '-' + s) for s in syl[1:])
        if p.get('alias') and rng.random() < .35:
            g = p['alias'] if rng.random() < .6 else g + ' ' + p['alias']
        return f, g
    s, g = var(p, 's', p['sur'], rng), var(p, 'g', p['giv'], rng)
    if p.get('mid') and rng.random() < .4:
        g += ' ' + var(p, 'm', p['mid'], rng)
    if nat == 'POL' and p['sex'] == 'F' and rng.random() < .92:
        for a, b in (('ski', 'ska'), ('cki', 'cka')):
            if s.endswith(a):
                s = s[:-3] + b
    return s, g


def fmt_date(d, rng):
    return ('%02d/%02d/%04d' if rng.random() < .95 else '%d/%d/%04d') % (d.day, d.month, d.year)


def render_dob(p, rdate, rng):
    r, age_only = rng.random(), (.07 if p['doc'] else .14)
    claims = p['claims']
    d = rng.choices([c[0] for c in claims], [c[1] for c in claims])[0]
    if r < .07:
        return '', ''
    if r < .07 + age_only:
        a = age_at(d, rdate) + (rng.choice([-1, 1]) if rng.random() < .2 else 0)
        return '', str(max(a, 10))
    if rng.random() < .03:
        return str(d.year), ''
    q = rng.random()
    if q < .025 and d.day <= 12 and d.day != d.month:
        d = dt.date(d.year, d.day, d.month)              # day/month transposed
    elif q < .04:
        d = shift_year(d, rng.choice([-10, -1, 1, 10]))   # year keyed wrongly
    elif q < .05:
        d = d + dt.timedelta(days=rng.choice([-1, 1]))
    return fmt_date(d, rng), (str(age_at(d, rdate)) if rng.random() < .25 else '')


def render_slot(p, rdate, rs, rng):
    sur, fore = render_name(p, rng)
    if rng.random() < SWAP.get(p['nat'], .03):
        sur, fore = fore, sur
    if rng.random() < .03:
        sur = typo(sur, rng)
    if rng.random() < .03:
        fore = typo(fore, rng)
    if rng.random() < .02:
        fore = ''
    if rng.random() < (.05 if p['nat'] == 'VNM' else .02):
        sur = rng.choice(['NK', 'UNKNOWN', 'N/K'])
    if rs['strip']:
        sur, fore = strip(sur), strip(fore)
    if rs['case'] != 't':
        sur = sur.upper()
        fore = fore.upper() if rs['case'] == 'a' else fore
    dob, age = render_dob(p, rdate, rng)
    r = rng.random()
    g = {'M': 'Male', 'F': 'Female'}[p['sex']]
    g = '' if r < .025 else 'Unknown' if r < .04 else ('Female' if g == 'Male' else 'Male') if r < .045 else g
    adj, country, wrong = NATS[p['nat']]
    r = rng.random()
    wr = .08 if p['nat'] == 'ERI' else .03
    n = '' if r < .07 else rng.choice(wrong) if r < .07 + wr else country if r < .13 + wr else \
        p['nat'] if r < .15 + wr else adj
    return [sur, fore, dob, age, g, n]


# ---------------------------------------------------------------- reports
def uid(rng, used, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ23456789', n=6):
    while True:
        s = ''.join(rng.choice(alphabet) for _ in range(n))
        if s not in used:
            used.add(s)
            return s


def postcode(rng):
    return '%s %d%s' % (rng.choice(OUTWARD), rng.randrange(10), ''.join(rng.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2)))


def officer(rng):
    return '%s %04d %s' % (rng.choice(['DC', 'DC', 'PC', 'DS', 'TDC']), rng.randrange(100, 9999),
                           rng.choice(NAMES['GBR']['s'])[0].upper())


def generate(n, seed):
    rng = random.Random(seed)
    people, cells = [], []
    while len(people) < n:
        nat = rng.choices(list(NAT_W), list(NAT_W.values()))[0]
        size = rng.choices([1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15], [34, 16, 12, 8, 7, 5, 4, 4, 4, 3, 3])[0]
        cell = make_cell(rng, nat, min(size, n - len(people)))
        for p in cell:
            p['pid'] = 'P%05d' % (len(people) + 1)
            p['cell'] = len(cells)
            people.append(p)
        cells.append(cell)
    rem = {p['pid']: p['k'] for p in people}
    used_ids, used_refs, reports = set(), set(), []
    for ci, cell in enumerate(cells):
        nat = cell[0]['nat']
        cur = START + dt.timedelta(days=rng.randrange((dt.date(2023, 6, 30) - START).days))
        locs = [postcode(rng) for _ in range(rng.randint(1, 3))]
        oic, off = officer(rng), rng.choice(OFFENCE[nat])
        op = 'Op ' + rng.choice(OPS) if rng.random() < .35 else ''
        while True:
            avail = [p for p in cell if rem[p['pid']] > 0]
            if not avail:
                break
            s = min(rng.choices(range(1, 7), [40, 24, 13, 10, 7, 6])[0], len(avail))
            chosen = []
            while len(chosen) < s:  # prefer people with many outstanding appearances
                c = rng.choices(avail, [rem[p['pid']] for p in avail])[0]
                avail.remove(c)
                chosen.append(c)
            if len(chosen) < 6 and rng.random() < .07:  # re-trafficked / linked operation: someone from another cell
                cand = [p for p in people[rng.randrange(len(people)):][:200] if rem[p['pid']] > 0 and p['cell'] != ci]
                if cand:
                    chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(cand))
            for p in chosen:
                rem[p['pid']] -= 1
            reports.append(make_report(rng, chosen, cur, nat, locs, oic, off, op, used_ids, used_refs))
            cur = min(cur + dt.timedelta(days=rng.randint(7, 400)), END - dt.timedelta(days=rng.randrange(60)))
    reports.sort(key=lambda r: (r[0][2][6:], r[0][2][3:5], r[0][2][:2], r[0][1]))
    return reports


def make_report(rng, chosen, d, nat, locs, oic, off, op, used_ids, used_refs):
    slots = list(chosen)
    if len(slots) < 6 and rng.random() < .005:  # same victim entered twice on one report
        slots.insert(rng.randrange(len(slots) + 1), rng.choice(slots))
    if len(slots) < 6 and len(slots) > 1 and rng.random() < .03:  # deleted victim leaves a gap
        slots.insert(rng.randrange(1, len(slots)), None)
    rs = dict(strip=rng.random() < .7, case=rng.choices('uat', [5, 2, 3])[0])
    rid = uid(rng, used_ids)
    while True:
        ref = 'CR/%05d/%02d' % (rng.randrange(1, 100000), d.year % 100)
        if ref not in used_refs:
            used_refs.add(ref)
            break
    nv = len(set(id(p) for p in slots if p))
    nv_s = str(nv + rng.randint(1, 3)) if rng.random() < .05 else '' if rng.random() < .03 else str(nv)
    r = rng.random()
    row = [rid, ref, d.strftime('%d/%m/%Y'),
           'Modern Slavery - ' + (off if rng.random() < .85 else rng.choice(OFFENCE[nat] + ['Human Trafficking'])),
           rng.choice(locs) if rng.random() < .7 else postcode(rng),
           oic if rng.random() < .6 else officer(rng), op if rng.random() < .85 else '',
           'Y' if r < .62 else 'N' if r < .9 else '', nv_s]
    truth = []
    for i in range(6):
        p = slots[i] if i < len(slots) else None
        if p is None:
            row += [''] * 6
        else:
            row += render_slot(p, d, rs, rng)
            truth.append(('%s#%d' % (rid, i + 1), p['pid']))
    return row, truth


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--people', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=28)
    ap.add_argument('--out', default='data.csv')
    ap.add_argument('--truth', default='truth.csv')
    a = ap.parse_args()
    reports = generate(a.people, a.seed)
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(r for r, _ in reports)
    with open(a.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'person_id'])
        for _, t in reports:
            w.writerows(t)


if __name__ == '__main__':
    main()
