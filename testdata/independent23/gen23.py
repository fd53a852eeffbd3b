#!/usr/bin/env python3
"""gen23: synthetic labour-exploitation inspection export (GLAA / police labour-exploitation unit style).
One row = one worker recorded at one inspection.  All people, sites and firms are invented.
Usage: python3 gen23.py --people N --seed S --out data.csv --truth truth.csv"""
import argparse, csv, random, unicodedata, string, sys
from datetime import date, timedelta

def W(s): return s.split()
def V(s):  # "A:B/C;D:E" -> {A:[B,C], D:[E]}
    return {k: v.split('/') for k, v in (x.split(':') for x in s.split(';'))}

# nationality -> (male given, female given, family names)
NAMES = {
 'RO': (W('Ion Gheorghe Vasile Constantin Mihai Alexandru Ionuț Florin Marius Adrian Cristian Daniel Nicolae Dumitru Costel Bogdan Cătălin Gabriel Sorin Ștefan Petru Andrei Viorel Liviu Dănuț'),
        W('Maria Elena Ioana Mihaela Andreea Gabriela Florentina Daniela Alina Nicoleta Ramona Cristina Georgiana Roxana Simona'),
        W('Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin Lazăr Dinu Moldovan Șerban Ungureanu Tănase Florea Mocanu Bălan Zamfir Lupu Nistor Mititelu Căpraru')),
 'BG': (W('Georgi Ivan Dimitar Nikolay Petar Hristo Stoyan Todor Yordan Vasil Angel Kiril Plamen Krasimir Lyubomir Tsvetan Zhivko Stefan Atanas Borislav'),
        W('Mariya Ivanka Yordanka Elena Desislava Tsvetelina Snezhana Galina Radka Petya Zhivka'),
        W('Ivanov Georgiev Dimitrov Petrov Nikolov Hristov Stoyanov Todorov Iliev Vasilev Atanasov Angelov Yordanov Kostov Marinov Zhelev Tsvetkov Kolev Popov Mihaylov')),
 'LT': (W('Tomas Mantas Darius Andrius Giedrius Paulius Vytautas Rimantas Saulius Marius Tadas Jonas Dainius Arūnas Žydrūnas Kęstutis Mindaugas Gintaras'),
        W('Ieva Rūta Jurgita Asta Laura Inga Kristina Vilma Daiva Rasa Aušra Edita'),
        W('Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas Navickas Ramanauskas Sadauskas Balčiūnas Mockus')),
 'PL': (W('Krzysztof Piotr Tomasz Paweł Michał Marcin Grzegorz Łukasz Jakub Dariusz Wojciech Mariusz Sławomir Zbigniew Jarosław Przemysław Andrzej'),
        W('Anna Katarzyna Małgorzata Agnieszka Joanna Magdalena Beata Ewa Justyna Dorota'),
        W('Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Grabowski Pawłowski Michalski')),
 'AL': (W('Arben Besnik Dritan Ermal Fatmir Gentian Ilir Klodian Erion Mirel Arjan Sokol Endrit Florian Elton Altin Kastriot Bledar Marsel Gëzim Ardit Jetmir'),
        W('Anjeza Elona Mirela Blerina Jonida Klea Ervisa Entela'),
        W('Hoxha Shehu Dervishi Gashi Kola Leka Marku Prifti Bajrami Çela Hysa Dema Berisha Krasniqi Kelmendi Muça Meta Zeneli Sulaj Lika Gjoka Xhafa')),
 'VN': (W('Hùng Nam Dũng Tuấn Long Hải Minh Sơn Thắng Cường Phúc Hiếu Quân Tùng Đạt Khoa Huy Bảo'),
        W('Lan Hương Linh Trang Mai Hoa Ngọc Thảo Vy Anh Hằng Nhung Phương Thúy'),
        W('Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương')),
 'CN': (W('Wei Jian Ming Hua Jun Lei Yong Qiang Hao Jie Tao Bo Gang Peng Chao'),
        W('Li Ying Mei Fang Xin Yan Lan Jing Hong Xia Na'),
        W('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Lin Zheng He')),
 'IN': (W('Gurpreet Harjit Jaswinder Manpreet Harpreet Sukhdev Baljit Kuldeep Rajinder Amarjit Paramjit Sandeep Harvinder Jagdeep Lakhwinder Ranjit Navdeep Gurjit Rajesh Sunil Vikram Amit Ravi'),
        W('Harpreet Manjit Jasvir Simran Kulwinder Navneet Rajwinder Amandeep'),
        W('Sandhu Gill Sidhu Dhillon Brar Grewal Sangha Bains Randhawa Johal Kang Virk Mann Sohal Kumar Sharma Patel Yadav Verma')),
 'ER': (W('Tesfay Yohannes Filmon Robel Mehari Dawit Samuel Yonas Habtom Ghirmay Kibrom Teklay Amanuel Berhane Natnael Mussie Efrem Biniam Semere Michael'),
        W('Helen Senait Luwam Selam Feven Rahel Saba Yordanos Mebrat Winta Hiwet'),
        W('Ghebremedhin Tesfamariam Woldemichael Habte Kidane Tekle Berhe Haile Gebreyesus Ghebrehiwet Andemariam Asmerom Mengistu Weldu Fesseha Yemane Negash Okbazghi Zerai Russom')),
 'SD': (W('Mohamed Ahmed Abdelrahman Osman Ibrahim Yousif Adam Hassan Abdalla Khalid Mustafa Hamid Elsadig Omer Babiker Salah Abubakar Ismail'),
        W('Fatima Amna Mariam Hawa Khadija Suad Samia'),
        W('Mohamed Ahmed Osman Ibrahim Adam Hassan Abdalla Elnour Mohamedain Abdelkarim Elamin Eltayeb Hamad Musa Haroun Suleiman Bashir Yagoub Ishag')),
 'GB': (W('David James John Michael Paul Mark Daniel Lee Craig Stephen Gary Wayne Darren Kevin Thomas Ryan Jason Anthony Christopher Robert William Dean Shaun'),
        W('Sarah Lisa Karen Michelle Emma Claire Nicola Joanne Kelly Donna'),
        W('Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Johnson Roberts Walker Wright Robinson Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke')),
}
VN_MID = (W('Văn Văn Văn Đức Minh Quang Hữu Thanh Công'), W('Thị Thị Thị Ngọc Thu Kim Hồng'))
ENG = (W('Tony Kevin Peter Henry David Jimmy Danny Jack Eric'), W('Lily Anna Jenny Linda Mary Tina Amy'))
# explicit spelling / transliteration variants (ASCII forms)
SPELL = V('Georgi:Gueorgui/Gheorghi/Georgy;Dimitar:Dimitur/Dimityr/Dimitr;Nikolay:Nikolai/Nicolai;Petar:Petur/Peter;Hristo:Christo/Khristo;'
 'Yordan:Jordan/Iordan;Zhivko:Jivko/Zivko;Tsvetan:Cvetan/Tzvetan;Stoyan:Stojan/Stoian;Lyubomir:Liubomir/Ljubomir;Mariya:Maria;Hristov:Christov/Hristoff;'
 'Krzysztof:Krzystof/Kszysztof/Krysztof;Wojciech:Wojciek/Voiciech;Przemyslaw:Przemislaw;Malgorzata:Malgozata;Grzegorz:Gregorz;'
 'Tesfay:Tesfaye/Tesfai;Yohannes:Yohanes/Johannes/Yohans;Ghirmay:Girmay/Ghermay;Kibrom:Kbrom;Habtom:Habtum;Teklay:Teklai;Mussie:Musie/Muse;Efrem:Ephrem;'
 'Biniam:Biniyam/Binyam;Amanuel:Emanuel/Emmanuel;Zerai:Zeray;Okbazghi:Okbazgi;Yonas:Jonas;Ghebremedhin:Gebremedhin/Gebre Medhin/Ghebremeskel;'
 'Woldemichael:Weldemichael/Wolde Michael;Berhe:Berihe;Haile:Hayle;Gebreyesus:Ghebreyesus/Gebreiyesus;Ghebrehiwet:Gebrehiwet;Tesfamariam:Tesfamaryam;Berhane:Berhani/Brhane;'
 'Mohamed:Mohammed/Muhammad/Mohamad/Mohd;Ahmed:Ahmad;Abdelrahman:Abdalrahman/Abdul Rahman/Abd Elrahman/Abdurahman;Osman:Othman/Usman;Yousif:Yousef/Yusuf/Youssif;'
 'Abdalla:Abdullah/Abdallah;Omer:Omar;Elsadig:Alsadig/El Sadig/Elsiddig;Elnour:Alnoor/El Nour;Abubakar:Abubaker/Abu Bakr;Ishag:Ishaq/Ishak;Yagoub:Yacoub/Yagub/Yaqub;'
 'Haroun:Harun/Haroon;Suleiman:Sulaiman/Soliman;Hamid:Hamed;Mustafa:Mostafa;Khalid:Khaled;Ibrahim:Ibraheem;Elamin:Alamin/El Amin;Mohamedain:Mohamedein;'
 'Wang:Wong;Li:Lee/Lei;Zhang:Chang/Cheung;Liu:Lau/Lew;Chen:Chan/Chin;Huang:Wong/Hwang;Zhao:Chiu/Chao;Wu:Ng/Woo;Zhou:Chow/Chou;Xu:Hsu/Tsui;Lin:Lam;Zheng:Cheng;He:Ho;Yang:Yeung;Sun:Suen;'
 'Gurpreet:Gurprit/Gurpreat;Harjit:Harjeet;Jaswinder:Jasvinder/Jaswindar;Manpreet:Manprit;Harpreet:Harprit;Baljit:Baljeet;Kuldeep:Kuldip;Amarjit:Amarjeet;Paramjit:Paramjeet;'
 'Harvinder:Harwinder;Jagdeep:Jagdip;Lakhwinder:Lakhvinder/Lakwinder;Navdeep:Navdip;Gurjit:Gurjeet;Rajinder:Rajindar/Rajender;Dhillon:Dhilon/Dillon;Sandhu:Sandu;Sidhu:Sidu;Sangha:Sanga;'
 'Nguyen:Ngyuen/Nguyn/Nuyen;Huynh:Huyn;Tuan:Toan;Hung:Hong;Dung:Zung;Dang:Dan;Phuong:Phuon;Huong:Huang;Thuy:Thui;Cuong:Coung;'
 'Klodian:Klodjan;Gentian:Gentjan;Ermal:Ermali;Arben:Arbeni;Kastriot:Kastrioti;Xhafa:Xafa/Jafa;Hoxha:Hoxhaj/Hoxa/Hodja;Sulaj:Sula;Gjoka:Goka;Krasniqi:Krasniqui/Krasnici;'
 'Ionut:Ionutz/Ionuts;Danut:Danutz;Catalin:Catalim;Stefan:Stephan;Gheorghe:Gheorghi/Georghe;Mititelu:Mitelu;Vasile:Vasili;'
 'Zydrunas:Zidrunas;Kestutis:Kestusis;Stankevicius:Stankevichius/Stankevicus;Zukauskas:Zhukauskas;Balciunas:Balchiunas;Vytautas:Vitautas;Rimantas:Rymantas')
ANGLO = V('Ion:John;Gheorghe:George;Mihai:Michael/Mike;Alexandru:Alex;Stefan:Steven;Petru:Peter;Andrei:Andrew;Nicolae:Nick;Cristian:Chris;Maria:Mary;Elena:Helen;Ioana:Joanna;'
 'Krzysztof:Chris;Piotr:Peter;Tomasz:Tom;Pawel:Paul;Michal:Michael;Jakub:Jacob;Lukasz:Luke;Grzegorz:Greg;Andrzej:Andrew;Malgorzata:Margaret;Katarzyna:Kate;'
 'Georgi:George;Dimitar:Jimmy;Nikolay:Nick;Petar:Peter;Ivan:John;Yordan:Jordan;Jonas:John;Tomas:Tom;Darius:Dave;Mariya:Mary;'
 'Yohannes:John;Dawit:David;Mehari:Mike;Mohamed:Mo;Ibrahim:Abe;Yousif:Joe;Hassan:Sam;Gurpreet:Gary;Harjit:Harry;Sukhdev:Sunny;Rajinder:Roger;Kuldeep:Kul;'
 'Arben:Ben;Florian:Flo;Gentian:Gent;David:Dave;Michael:Mick/Mike;William:Bill/Billy;Robert:Bob/Rob;Stephen:Steve;Anthony:Tony;Christopher:Chris;Daniel:Danny;'
 'Thomas:Tom/Tommy;James:Jim/Jimmy;John:Johnny;Kevin:Kev')
SUBS = {'BG': [('zh', 'j'), ('ts', 'c'), ('y', 'i'), ('ov', 'off'), ('ev', 'eff'), ('h', 'kh')], 'PL': [('w', 'v'), ('sz', 'sh'), ('cz', 'ch'), ('rz', 'z')],
        'LT': [('c', 'ch'), ('s', 'sh'), ('au', 'ou')], 'AL': [('xh', 'x'), ('gj', 'g'), ('c', 'ch'), ('q', 'c')], 'RO': [('u', 'o'), ('ea', 'ia'), ('ii', 'i')],
        'GB': [('ph', 'f'), ('ey', 'y'), ('ck', 'k')], 'IN': [('ee', 'i'), ('w', 'v'), ('j', 'jh')], 'ER': [('gh', 'g'), ('e', 'a'), ('ss', 's')],
        'SD': [('el', 'al'), ('ou', 'u'), ('d', 't')], 'VN': [('ng', 'n'), ('u', 'oo')], 'CN': [('x', 'hs'), ('q', 'ch'), ('zh', 'j')]}
NAT_LABEL = {'RO': ('Romanian', 'ROU', ['Moldovan']), 'BG': ('Bulgarian', 'BGR', ['Romanian', 'Macedonian']), 'LT': ('Lithuanian', 'LTU', ['Latvian']),
             'PL': ('Polish', 'POL', []), 'AL': ('Albanian', 'ALB', ['Greek', 'Italian', 'Kosovan']), 'VN': ('Vietnamese', 'VNM', ['Chinese']),
             'CN': ('Chinese', 'CHN', ['Hong Konger', 'Malaysian']), 'IN': ('Indian', 'IND', ['Pakistani']), 'ER': ('Eritrean', 'ERI', ['Ethiopian', 'Sudanese']),
             'SD': ('Sudanese', 'SDN', ['South Sudanese', 'Chadian']), 'GB': ('British', 'GBR', ['Irish'])}
NAT_W = {'RO': 22, 'BG': 9, 'LT': 5, 'PL': 6, 'AL': 9, 'VN': 11, 'CN': 4, 'IN': 10, 'ER': 6, 'SD': 6, 'GB': 12}
SITE_NATS = {'Farm': 'RO BG LT PL IN GB ER', 'Packing house': 'RO BG LT PL IN', 'Food factory': 'RO BG PL IN CN ER SD LT',
             'Car wash': 'AL RO VN ER SD BG', 'Nail bar': 'VN CN', 'Construction site': 'AL RO GB IN PL CN'}
MALE_SHARE = {'Farm': .65, 'Packing house': .5, 'Food factory': .55, 'Car wash': .97, 'Nail bar': .2, 'Construction site': .97}
# team code, region, postcode areas, date format, nationality style
TEAMS = [('NW', 'North West', 'M WA PR BB OL', '%d/%m/%Y', 0), ('MID', 'Midlands', 'B CV LE NG DE WS', '%d/%m/%Y', 1),
         ('EA', 'East', 'PE CB NR IP CO', '%d/%m/%Y', 0), ('SE', 'South East', 'ME CT TN BN RH', '%Y-%m-%d', 1),
         ('YH', 'Yorkshire & Humber', 'LS BD HU DN HD', '%d/%m/%Y', 0), ('SCO', 'Scotland', 'G EH DD AB PH', '%d/%m/%Y', 0),
         ('WAL', 'Wales & South West', 'CF SA NP EX TR', '%d/%m/%Y', 1)]
SITE_WORDS = {'Farm': (W('Holly Oak Manor Fen Marsh Brook Willow Grange Ash Field Mill Orchard Elm'), W('Farm Farms Fields Growers Estate Nurseries')),
              'Packing house': (W('Fenland Valley County Greenleaf Harvest Riverside Northgate Sunrise'), W('Packing Produce Fresh Packers Salads Fruit')),
              'Food factory': (W('Eastgate Prime Golden Crown Meadow Regal Apex Heritage'), W('Foods Meats Bakery Poultry Kitchens Ready-Meals')),
              'Car wash': (W('Sparkle Diamond Star Kings Shine Express Crystal Premier Eagle'), W('Hand-Car-Wash Car-Valet Hand-Wash Auto-Spa Car-Wash')),
              'Nail bar': (W('Lotus Rose Pearl Luxury Angel Star Diamond Happy Elegant'), W('Nails Nail-Bar Nails-&-Spa Beauty Nails-&-Beauty')),
              'Construction site': (W('Riverside Parkway Kingsgate Millbrook Station Quay Meadowview Elmwood'), W('Development Phase-2 Plot Block-Paving Site Works'))}
PROV_A, PROV_B = W('Greenfield Apex Premier Unity Eurostaff Crown Swift Allied Horizon Prime Baltic Carpathian Nova Sterling Pioneer Atlas Phoenix Delta'), W('Recruitment Staffing Labour Agri-Services Workforce Personnel Services Solutions')
OUTCOMES = ['NRM referral made', 'NRM declined', 'DtN made', 'No indicators']
KEYB = 'qwertyuiopasdfghjklzxcvbnm'

def ascii_(s): return unicodedata.normalize('NFKD', s.replace('Đ', 'D').replace('đ', 'd').replace('ł', 'l').replace('Ł', 'L')).encode('ascii', 'ignore').decode()

class Gen:
    def __init__(s, seed):
        s.r = random.Random(seed); s.used_ids = set(); s.used_nino = set(); s.stats = {}

    def nino(s):
        r = s.r
        while True:
            a = r.choice('ABCEGHJKLMNPRSTWXYZ') + r.choice('ABCEGHJKLMNPRSTWXYZ')
            if a in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'): continue
            v = a + '%06d' % r.randrange(10 ** 6) + r.choice('ABCD')
            if v not in s.used_nino: s.used_nino.add(v); return v
    def phone(s, foreign=None):
        r = s.r
        if foreign: return foreign + ''.join(r.choice(string.digits) for _ in range(9))
        return '07' + r.choice('3456789') + ''.join(r.choice(string.digits) for _ in range(8))
    def bank(s): return ('%02d%02d%02d' % (s.r.choice([20, 30, 40, 60, 77, 83, 9, 11, 23, 4]), s.r.randrange(100), s.r.randrange(100)), '%04d' % s.r.randrange(10000))
    def postcode(s, team):
        r = s.r; a = r.choice(team[2].split())
        return '%s%d %d%s%s' % (a, r.randint(1, 28), r.randint(1, 9), r.choice('ABDEFGHJLNPQRSTUWXYZ'), r.choice('ABDEFGHJLNPQRSTUWXYZ'))
    def rid(s):
        while True:
            v = ''.join(s.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(10))
            if v not in s.used_ids: s.used_ids.add(v); return v

    # ---------- people ----------
    def make_person(s, pid, nat, sex, base=None):
        r = s.r; m, f, fam = NAMES[nat]; g = 0 if sex == 'M' else 1
        p = dict(pid=pid, nat=nat, sex=sex, given=r.choice((m, f)[g]), mid='', extra='', sikh=False)
        if nat in ('RO', 'GB') and r.random() < .35: p['given'] += ' ' + r.choice((m, f)[g])
        if nat in ('RO', 'GB') and p['given'].split()[0] == p['given'].split()[-1]: p['given'] = p['given'].split()[0]
        if nat == 'CN' and r.random() < .6: p['given'] += ' ' + r.choice((m, f)[g])
        p['base'] = fm = base or r.choice(fam); p['family'] = fm
        if sex == 'F':
            if nat == 'BG': p['family'] = fm + 'a'
            if nat == 'PL' and fm[-1] == 'i': p['family'] = fm[:-1] + 'a'
            if nat == 'LT': p['family'] = (fm[:-2] if fm[-2:] in ('as', 'is', 'us') else fm) + r.choice(['ienė', 'aitė' if fm[-2:] == 'as' else 'ytė'])
        if nat == 'VN': p['mid'] = r.choice(VN_MID[g])
        if nat == 'BG': p['mid'] = r.choice(NAMES['BG'][0]) + ('ov' if sex == 'M' else 'ova')
        if nat in ('ER', 'SD'): p['mid'] = r.choice(NAMES[nat][0])  # father's name; family = grandfather's
        if nat == 'IN' and p['family'] not in ('Kumar', 'Sharma', 'Patel', 'Yadav', 'Verma'): p['sikh'] = True
        p['eng'] = r.choice(ENG[g]) if nat in ('VN', 'CN') and r.random() < .4 else None
        p['nino'] = s.nino() if r.random() < {'GB': .95, 'RO': .6, 'BG': .55, 'PL': .75, 'LT': .7, 'IN': .35}.get(nat, .12) else None
        fp = {'RO': '+407', 'BG': '+3598', 'PL': '+485', 'LT': '+3706', 'AL': '+3556'}.get(nat)
        p['phone'] = s.phone(fp if fp and r.random() < .3 else None) if r.random() < .8 else None
        p['bank'] = s.bank() if r.random() < (.85 if nat in ('GB', 'PL', 'LT') else .5) else None
        p['sur_style'] = r.random()  # which structural form of the name the person usually gives
        return p

    def render_name(s, p, src, pg):
        r = s.r; nat = p['nat']
        given = p['given'].split(); fam = [p['family']]
        if nat == 'CN' and len(given) > 1:
            j = r.choices(['', ' ', '-'], [50, 35, 15])[0]
            given = [given[0] + j + (given[1] if j else given[1].lower())] if j != ' ' else given
        elif len(given) > 1 and r.random() < .35: given = given[:1]
        if nat == 'VN':
            fore = [p['mid']] + given if r.random() < .75 else given
        elif nat == 'BG':
            fore = given + [p['mid']] if r.random() < .12 else given
        elif nat in ('ER', 'SD'):
            st = p['sur_style'] if r.random() < .7 else r.random()
            if st < .55: fore, fam = given, [p['mid']]
            elif st < .85: fore, fam = given + [p['mid']], fam
            else: fore, fam = given, fam
        elif p['sikh']:
            sg = 'Singh' if p['sex'] == 'M' else 'Kaur'
            st = p['sur_style'] if r.random() < .6 else r.random()
            fore, fam = (given, [sg]) if st < .35 else (given, fam) if st < .65 else (given, [sg] + fam) if st < .85 else (given + [sg], fam)
        else:
            fore = given
        keep_diac = r.random() < {'ID document': .5, 'Self-declared': .12}.get(src, 0)
        def tok(t):
            if not keep_diac: t = ascii_(t)
            pv = {'Payroll': .06, 'Timesheet': .15, 'Self-declared': .12, 'ID document': .02}[src]
            if r.random() < pv:
                a = ascii_(t)
                if a in SPELL and r.random() < .75: return r.choice(SPELL[a])
                subs = [(x, y) for x, y in SUBS.get(nat, []) if x in a.lower()]
                if subs:
                    x, y = r.choice(subs); i = a.lower().find(x)
                    b = a[:i] + y + a[i + len(x):]
                    return b[0].upper() + b[1:]
            return t
        fore = [tok(t) for t in fore]; fam = [tok(t) for t in fam]
        style = pg['name_style'] if src == 'Payroll' else 'normal'
        if style == 'anglo':
            a = ascii_(fore[0] if nat != 'VN' or len(fore) < 2 else fore[-1])
            if p['eng']: fore = [p['eng']]
            elif a in ANGLO: fore = [r.choice(ANGLO[a])] + fore[1:]
        elif style == 'initial': fore = [fore[0][0]]
        elif p['eng'] and r.random() < .15: fore = [p['eng']] + (fore if r.random() < .3 else [])
        if nat == 'VN' and len(fore) > 1 and r.random() < .1: fore = [''.join(fore).lower().capitalize()]
        sur, fn = ' '.join(fam), ' '.join(fore)
        if style == 'swap' or r.random() < {'VN': .12, 'CN': .15, 'ER': .1, 'SD': .1}.get(nat, .03): sur, fn = fn, sur
        sur, fn = s.typo(sur, .04 + (.2 if style == 'garbled' else 0)), s.typo(fn, .04 + (.2 if style == 'garbled' else 0))
        if src in ('Payroll', 'ID document') or (src == 'Timesheet' and r.random() < .5): sur, fn = sur.upper(), fn.upper()
        elif r.random() < .05: sur, fn = sur.lower(), fn.lower()
        if r.random() < .015: fn = ''
        if r.random() < .008: sur = ''
        return sur, fn

    def typo(s, t, rate):
        r = s.r
        if not t or r.random() >= rate: return t
        i = r.randrange(len(t)); op = r.random()
        if op < .3: return t[:i] + t[i + 1:] if len(t) > 3 else t
        if op < .55 and i < len(t) - 1: return t[:i] + t[i + 1] + t[i] + t[i + 2:]
        if op < .75: return t[:i] + t[i] + t[i:]
        c = r.choice(KEYB); return t[:i] + (c.upper() if t[i].isupper() else c) + t[i + 1:]

    def fmt_nino(s, v):
        r = s.r; x = r.random()
        if x < .2: v = '%s %s %s %s %s' % (v[:2], v[2:4], v[4:6], v[6:8], v[8:])
        elif x < .25: v = v.lower()
        elif x < .31: v = v[:8]                      # suffix letter dropped
        elif x < .34: v = v[1:]                      # prefix letter dropped
        elif x < .37: v = v[:4] + v[5:]              # digit dropped
        elif x < .39: v = v.replace('0', 'O', 1)
        return v
    def fmt_phone(s, v):
        r = s.r
        if r.random() < .02: i = r.randrange(4, len(v)); v = v[:i] + r.choice(string.digits) + v[i + 1:]
        if v.startswith('+'): return v if r.random() < .6 else '00' + v[1:]
        x = r.random()
        return v[:5] + ' ' + v[5:] if x < .4 else v if x < .7 else '+44' + v[1:] if x < .85 else '+44 ' + v[1:5] + ' ' + v[5:]
    def fmt_date(s, d, team): return d.strftime(team[3])

    def perturb_dob(s, dob, minor):
        r = s.r; x = r.random()
        if minor and r.random() < .7: return dob.replace(year=dob.year - r.randint(2, 5)) if not (dob.month == 2 and dob.day == 29) else dob.replace(year=dob.year - 4)
        if x < .3 and dob.day <= 12 and dob.day != dob.month: return dob.replace(day=dob.month, month=dob.day)
        if x < .5: return date(dob.year, 1, 1)
        if x < .75: return dob.replace(year=dob.year + r.choice([-2, -1, 1, 2]), day=min(dob.day, 28))
        if x < .9: return dob + timedelta(days=r.choice([-1, 1, 10, -10, 31, -31]))
        return date(r.randint(1965, 2003), r.randint(1, 12), r.randint(1, 28))  # unrelated DOB on payroll

    # ---------- world ----------
    def build(s, n):
        r = s.r
        ngangs = max(6, n // 22)
        gangs = []
        for gi in range(ngangs):
            stype = r.choices(list(SITE_NATS), [25, 20, 17, 18, 9, 11])[0]
            nats = SITE_NATS[stype].split()
            prim = r.choices(nats, [NAT_W[x] for x in nats])[0]
            home = r.choice(TEAMS)
            pv = '%s %s %s' % (r.choice(PROV_A), r.choice(PROV_B), r.choice(['Ltd', 'Ltd', 'Limited', 'UK Ltd', '']))
            g = dict(id=gi, stype=stype, prim=prim, nats=nats, home=home, prov=pv.strip(), control=r.random() < .6,
                     phone=s.phone(), banks=[s.bank() for _ in range(r.randint(1, 2))], ninos=[s.nino() for _ in range(r.randint(1, 3))],
                     members=[], sites=[])
            for _ in range(r.randint(2, 6)):
                t = home if r.random() < .7 else r.choice(TEAMS)
                st = stype if r.random() < .75 else r.choice(list(SITE_NATS))
                a, b = SITE_WORDS[st]
                g['sites'].append(dict(name=('%s %s' % (r.choice(a), r.choice(b))).replace('-', ' '), pc=s.postcode(t), team=t, stype=st))
            gangs.append(g)
        gw = [min(r.lognormvariate(0, .8), 6) for _ in gangs]
        people = []
        while len(people) < n:
            g = r.choices(gangs, gw)[0] if r.random() < .85 else None
            if g is None: nat = r.choices(list(NAT_W), list(NAT_W.values()))[0]; stype = 'Farm'
            else: nat = g['prim'] if r.random() < .75 else r.choice(g['nats']); stype = g['stype']
            sex = 'M' if r.random() < MALE_SHARE[stype] else 'F'
            fam = None
            if people and r.random() < .03:  # namesake of someone else of same nationality (different person)
                cand = [q for q in people[-200:] if q['nat'] == nat and q['sex'] == sex]
                if cand: fam = r.choice(cand)
            p = s.make_person(len(people), nat, sex, fam['base'] if fam else None)
            if fam: p['given'], p['mid'] = fam['given'], fam['mid']
            p['k'] = r.choices([1, 2, 3, 4, 5], [42, 26, 16, 10, 6])[0]
            p['gangs'] = [g]; p['sib'] = None
            people.append(p)
            if g and len(people) < n and r.random() < .07:  # sibling at the same gang
                q = s.make_person(len(people), nat, sex if r.random() < .8 else r.choice('MF'), p['base'])
                if q['sex'] == sex: q['family'] = p['family']
                if nat in ('ER', 'SD'): q['mid'] = p['mid']; q['family'] = p['family']
                q['sikh'] = p['sikh']; q['k'] = r.choices([1, 2, 3, 4, 5], [30, 30, 20, 12, 8])[0]
                q['gangs'] = [g]; q['sib'] = p; q['twin'] = r.random() < .12
                while q['given'] == p['given']: q['given'] = s.make_person(0, nat, q['sex'])['given']
                people.append(q)
        for p in people:
            if p['gangs'][0] and p['k'] > 1 and r.random() < .3:
                p['gangs'].append(r.choice([x for x in gangs if p['nat'] in x['nats']] or gangs))
            for g in p['gangs']:
                if g: g['members'].append(p)
        # inspections per gang
        for g in gangs:
            load = sum(p['k'] for p in g['members'])
            ni = max(6, round(load / 4.5))
            g['insp'] = []
            for _ in range(ni):
                site = r.choice(g['sites'])
                team = site['team'] if r.random() < .85 else r.choice(TEAMS)
                d = date(2019, 1, 1) + timedelta(days=r.randrange(2555))
                g['insp'].append(dict(site=site, team=team, date=d, ref='%s/%02d/%04d' % (team[0], d.year % 100, r.randint(1, 9999))))
        allinsp = [i for g in gangs for i in g['insp']]
        return people, gangs, allinsp

    def run(s, n):
        r = s.r
        people, gangs, allinsp = s.build(n)
        rows = []
        for p in people:
            # choose encounters
            encs = []
            segs = p['gangs'] if len(p['gangs']) == 1 else [p['gangs'][0]] * (p['k'] // 2 + p['k'] % 2) + [p['gangs'][1]] * (p['k'] // 2)
            if len(p['gangs']) == 1: segs = segs * p['k']
            chosen = set()
            sib_ins = [e[0] for e in p['sib']['encs']] if p['sib'] else []
            for g in segs:
                pool = g['insp'] if g else allinsp
                for _ in range(20):
                    ins = r.choice(sib_ins) if sib_ins and r.random() < .6 else r.choice(pool)
                    if id(ins) not in chosen: break
                if id(ins) in chosen: continue
                chosen.add(id(ins)); encs.append((ins, g))
            encs.sort(key=lambda e: e[0]['date'])
            p['encs'] = encs
            first = encs[0][0]['date']
            age = r.randint(15, 17) if r.random() < .04 else min(66, 18 + int(r.gammavariate(2.2, 6)))
            if p['sib']:
                sd = p['sib']['dob']
                p['dob'] = sd if p.get('twin') else sd + timedelta(days=r.choice([-1, 1]) * r.randint(300, 3000))
            else:
                p['dob'] = first - timedelta(days=age * 365 + r.randrange(365))
            dob = p['dob']; minor = (first - dob).days < 18 * 365.25
            pgs = {}
            phone = p['phone']; last = None
            for ins, g in encs:
                key = g['id'] if g else -1
                if key not in pgs:
                    ctl = bool(g and g['control'])
                    pgs[key] = dict(
                        name_style=r.choices(['normal', 'anglo', 'swap', 'garbled', 'initial'], [72, 12, 7, 5, 4])[0],
                        nino=('shared' if ctl and r.random() < .4 else 'own' if p['nino'] and r.random() < .85 else 'tn' if r.random() < .4 else None),
                        shared=r.choice(g['ninos']) if g else None,
                        bank=('gang' if ctl and r.random() < .5 else 'own' if p['bank'] else None),
                        gbank=r.choice(g['banks']) if g else None,
                        phone=('gang' if ctl and r.random() < .4 else 'own'),
                        pdob=dob if r.random() < .7 and not (minor and ctl) else s.perturb_dob(dob, minor),
                        borrow=None)
                    if g and r.random() < .035 and len(g['members']) > 2:  # on payroll under someone else's identity
                        pgs[key]['borrow'] = r.choice([q for q in g['members'] if q is not p])
                pg = pgs[key]
                if last and (ins['date'] - last).days > 365 and r.random() < .35: phone = s.phone()
                last = ins['date']
                st = ins['site']['stype']
                src = r.choices(['Payroll', 'Timesheet', 'Self-declared', 'ID document'],
                                [15, 10, 60, 15] if st in ('Car wash', 'Nail bar') else [50, 15, 25, 10])[0]
                team = ins['team']
                who = pg['borrow'] if src == 'Payroll' and pg['borrow'] and 'dob' in pg['borrow'] else p
                sur, fn = s.render_name(who, src, pg)
                if who is not p: s.stats['payroll rows under another worker identity'] = s.stats.get('payroll rows under another worker identity', 0) + 1
                # DOB / age
                dobv, agev = None, ''
                if who is not p: dobv = who['dob']
                elif src == 'Payroll': dobv = pg['pdob']
                elif src == 'ID document': dobv = dob if r.random() < .95 else s.perturb_dob(dob, False)
                else:
                    x = r.random()
                    if x < .12: agev = str(max(14, (ins['date'] - dob).days // 365 + r.choice([0, 0, 0, -1, 1, 2])))
                    elif x < .2: dobv = None
                    elif x < .27: dobv = s.perturb_dob(dob, minor)
                    else: dobv = dob
                if src == 'Timesheet' and r.random() < .5: dobv = None
                # NINO
                nino = ''
                if who is not p: nino = who['nino'] or ''
                elif src == 'Payroll' or (src == 'Timesheet' and r.random() < .6):
                    nino = {'shared': pg['shared'], 'own': p['nino'], None: ''}.get(pg['nino'], '')
                    if pg['nino'] == 'tn': nino = 'TN' + dob.strftime('%d%m%y') + p['sex']
                elif p['nino'] and r.random() < .55: nino = p['nino']
                elif pg['nino'] == 'shared' and r.random() < .3: nino = pg['shared']  # worker recites the number they were told
                if nino and not nino.startswith('TN'): nino = s.fmt_nino(nino)
                # bank
                bank = None
                if src in ('Payroll', 'Timesheet') or r.random() < .25:
                    bank = pg['gbank'] if pg['bank'] == 'gang' else p['bank'] if pg['bank'] == 'own' else None
                if bank and r.random() < .1: bank = None
                # phone
                ph = g['phone'] if pg['phone'] == 'gang' and g else phone
                if r.random() < .2: ph = None
                sex = p['sex'] if r.random() < .96 else ('' if r.random() < .7 else 'U')
                nl = NAT_LABEL[p['nat']]
                nat = nl[team[4]] if r.random() < .93 else (r.choice(nl[2]) if nl[2] and r.random() < .6 else '')
                if nat and r.random() < .05 and team[4] == 0: nat = {'Romanian': 'Romania', 'British': 'UK', 'Polish': 'Poland', 'Chinese': 'China'}.get(nat, nat.upper())
                if g is None: prov = r.choice(['', 'Direct employ', 'Site owner', ''])
                else:
                    prov = g['prov']
                    if r.random() < .2: prov = prov.replace(' Limited', ' Ltd').replace(' Ltd', '').upper()
                    if r.random() < .15: prov = ''
                victim = g is not None and (g['control'] or r.random() < .3)
                if (ins['date'] - dob).days < 18 * 365.25: out = 'NRM referral made'
                elif victim: out = r.choices(OUTCOMES, [45, 25, 18, 12])[0]
                else: out = r.choices(OUTCOMES, [5, 5, 5, 85])[0]
                pc = ins['site']['pc']
                if r.random() < .1: pc = pc.replace(' ', '')
                rows.append(dict(record_id=s.rid(), op_ref=ins['ref'], team=team[1], inspection_date=s.fmt_date(ins['date'], team),
                                 site_name=ins['site']['name'], site_type=st, site_postcode=pc, labour_provider=prov,
                                 surname=sur, forenames=fn, name_source=src, dob=s.fmt_date(dobv, team) if dobv else '', age_stated=agev,
                                 sex=sex, nationality=nat, ni_number=nino, sort_code=(bank[0] if r.random() < .6 else '-'.join([bank[0][:2], bank[0][2:4], bank[0][4:]])) if bank else '',
                                 acct_last4=bank[1] if bank else '', phone=s.fmt_phone(ph) if ph else '', outcome=out, _pid='P%05d' % p['pid']))
        s.stats.update({'people': len(people), 'gangs': len(gangs), 'inspections with >=1 row': len({x['op_ref'] + x['inspection_date'] for x in rows}),
                        'sibling pairs': sum(1 for p in people if p['sib']), 'twin pairs': sum(1 for p in people if p['sib'] and p.get('twin')),
                        'minors at first encounter': sum(1 for p in people if (p['encs'][0][0]['date'] - p['dob']).days < 18 * 365.25)})
        r.shuffle(rows)
        return rows

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--people', type=int, default=1000); ap.add_argument('--seed', type=int, default=23)
    ap.add_argument('--out', default='data.csv'); ap.add_argument('--truth', default='truth.csv')
    a = ap.parse_args()
    gen = Gen(a.seed); rows = gen.run(a.people)
    cols = [k for k in rows[0] if k != '_pid']
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, cols, extrasaction='ignore'); w.writeheader(); w.writerows(rows)
    with open(a.truth, 'w', newline='') as f:
        w = csv.writer(f); w.writerow(['record_id', 'person_id']); w.writerows((x['record_id'], x['_pid']) for x in rows)
    print('wrote %d records for %d people' % (len(rows), a.people))
    print(', '.join('%s: %d' % kv for kv in gen.stats.items()), file=sys.stderr)

if __name__ == '__main__':
    main()
