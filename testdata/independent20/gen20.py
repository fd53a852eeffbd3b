#!/usr/bin/env python3
"""gen20: synthetic pseudonymised survivor-study participant spreadsheet + truth. Everyone invented."""
import argparse, csv, random

# nat: (weight, adjective, country, ISO3, male share, languages, given M, given F, family, one-name rate, neighbours)
# names: space-separated; '|' joins transliteration variants of one name
N = {
 'UK': (24, 'British', 'United Kingdom', 'GBR', .80, ['English'],
   'James Daniel Ryan|Rian Liam Connor|Conor Jack Thomas|Tom Kyle|Kile Jordan Callum|Calum', 'Sophie Chloe Emma Jade Lauren Kelly|Kelli Shannon|Shanon',
   'Smith Jones Taylor Brown Williams Wilson Evans Walker Wright Hughes Green', .0, ['IRL']),
 'ALB': (17, 'Albanian', 'Albania', 'ALB', .75, ['Albanian'],
   'Arben Ardit Besnik Erion Klodian|Klodjan Gentian|Xhentian Dritan Ilir Arjan Elvis', 'Elona Blerina Arjola Jonida Mirela Xhesika|Jesika',
   'Hoxha Krasniqi Shehu Gashi Berisha Dervishi Leka Kola Cela Xhafa|Jafa Gjoni|Xhoni Hysa', .0, ['XKX', 'MKD']),
 'VNM': (9, 'Vietnamese', 'Vietnam', 'VNM', .80, ['Vietnamese'],
   'Minh Tuan Hung Duc Long Nam Quang|Kuang Phuc|Fuc Thanh Dung|Zung', 'Linh Huong Lan Mai Trang Phuong|Fuong Thuy',
   'Nguyen|Ngyuen Nguyen Nguyen Tran Le Pham Hoang|Huang Phan Vu Dang Bui Do', .0, ['CHN']),
 'ERI': (7, 'Eritrean', 'Eritrea', 'ERI', .65, ['Tigrinya'],
   'Yonas|Jonas Tesfay|Tesfaye Yohannes|Johannes Filmon|Philmon Mehari Abraham|Habtom Merhawi Kibrom', 'Semhar Helen Selam Senait|Sennait Ruta Yordanos|Jordanos',
   'Tesfamariam Gebremedhin|Ghebremedhin Haile Kidane Berhane|Birhane Tekle Habte Woldu|Weldu Yemane|Jemane', .03, ['ETH', 'SDN']),
 'SDN': (6, 'Sudanese', 'Sudan', 'SDN', .95, ['Arabic'],
   'Mohammed|Muhammad|Mohamed Ahmed|Ahmad Osman|Othman|Usman Yusuf|Yousif|Jusuf Abdelrahman|Abdulrahman Ibrahim|Ebrahim Adam Ismail|Esmail Hamid Omer|Omar Khalid|Khaled', 'Fatima Amna Mariam|Maryam',
   'Abdallah|Abdullah Mohamed Ahmed Adam Ibrahim|Ebrahim Hassan|Hasan Osman|Usman Ali Yahya|Yehia Eisa|Issa|Isa', .05, ['SSD', 'TCD']),
 'ROU': (5, 'Romanian', 'Romania', 'ROU', .60, ['Romanian', 'Romani'],
   'Andrei Ionut Florin Mihai Gheorghe|George Alexandru Marian Costel|Kostel', 'Maria Elena Ioana|Joana Andreea Nicoleta Daniela',
   'Popescu Ionescu Dumitru Stan Stoica Gheorghe Rusu Munteanu Matei Constantin|Konstantin Lazar', .0, ['MDA', 'HUN']),
 'AFG': (5, 'Afghan', 'Afghanistan', 'AFG', .95, ['Dari', 'Pashto'],
   'Ahmad Mohammad|Muhammad Abdul Ali Farid|Fareed Jawad|Javad Hamid Zabihullah|Zabiullah Nasir|Naser Sayed|Said|Syed Wahid|Vahid Rahmatullah', 'Maryam|Mariam Zahra Fatima',
   'Ahmadi Rahimi Hakimi Sultani Popal Karimi Noori|Nuri Haidari|Haydari|Heidari Safi Stanikzai', .15, ['IRN', 'PAK']),
 'IRQ': (5, 'Iraqi', 'Iraq', 'IRQ', .90, ['Kurdish Sorani', 'Arabic'],
   'Ali Hussein|Husain|Hussain Ahmed Karwan Rebwar|Rebuar Shwan|Shvan Hawre|Hawri Dilshad|Delshad Mohammed Kawa|Kava Bryar|Briar', 'Shilan Zhina|Jina Avin',
   'Ali Hassan Ahmed Mahmood|Mahmoud Qadir|Kadir|Gadir Hussein Karim|Kareem Omer|Omar Aziz Rasul|Rasool', .04, ['IRN', 'SYR']),
 'NGA': (5, 'Nigerian', 'Nigeria', 'NGA', .30, ['English', 'Edo', 'Yoruba', 'Igbo'],
   'Chinedu Emeka Oluwaseun|Seun Tunde|Babatunde Uche|Uchechukwu Osas|Osasere Samuel', 'Blessing Joy Precious Olamide Ngozi Chioma Favour Esther Ifeoma Osarugue|Osa',
   'Okafor Okonkwo Adeyemi Eze Ogunleye Nwosu Ibrahim Bello Obi Adebayo Okoro Osagie|Osayi', .0, ['GHA', 'BEN']),
 'CHN': (4, 'Chinese', 'China', 'CHN', .55, ['Mandarin', 'Cantonese'],
   'Wei Jun|Chun Ming Lei Jie|Chieh Hao Xiaoming|Hsiaoming', 'Li Hui Yan Fang Hong Xiu|Hsiu',
   'Wang Li|Lee Zhang|Chang Liu|Lau Chen|Chan Yang|Yeung Huang|Wong Zhao|Chiu Wu|Ng Zhou|Chow Lin|Lam', .0, ['HKG', 'VNM']),
 'ETH': (4, 'Ethiopian', 'Ethiopia', 'ETH', .50, ['Amharic', 'Oromo', 'Tigrinya'],
   'Abebe Dawit Bereket|Beraket Kebede Yared|Jared Solomon|Selomon Getachew', 'Hanna|Hana Tigist Meron Mekdes Selamawit Hiwot|Hiwet',
   'Tadesse Bekele Alemu Girma Haile Tesfaye Kebede Wolde|Welde Gebre|Ghebre Assefa|Asefa', .02, ['ERI', 'SOM']),
 'POL': (4, 'Polish', 'Poland', 'POL', .85, ['Polish'],
   'Piotr|Peter Krzysztof|Christopher Tomasz|Thomas Pawel|Paul Marcin Michal|Michael Jakub|Jacob|Kuba Grzegorz|Gregory', 'Agnieszka Katarzyna|Kasia Anna Magdalena',
   'Nowak Kowalski Wisniewski Wojcik|Voytsik Kaminski Lewandowski Zielinski Szymanski|Shimanski Wozniak|Vozniak', .0, ['LTU', 'UKR']),
}
OTHER = {'IRL': ('Irish', 'Ireland'), 'XKX': ('Kosovan', 'Kosovo'), 'MKD': ('Macedonian', 'North Macedonia'), 'SSD': ('South Sudanese', 'South Sudan'),
 'TCD': ('Chadian', 'Chad'), 'MDA': ('Moldovan', 'Moldova'), 'HUN': ('Hungarian', 'Hungary'), 'IRN': ('Iranian', 'Iran'), 'PAK': ('Pakistani', 'Pakistan'),
 'SYR': ('Syrian', 'Syria'), 'GHA': ('Ghanaian', 'Ghana'), 'BEN': ('Beninese', 'Benin'), 'HKG': ('Hong Konger', 'Hong Kong'), 'SOM': ('Somali', 'Somalia'),
 'LTU': ('Lithuanian', 'Lithuania'), 'UKR': ('Ukrainian', 'Ukraine')}
for k, v in N.items(): OTHER[v[3]] = (v[1], v[2])
LANG_ALIAS = {'Kurdish Sorani': ['Kurdish', 'Sorani'], 'Dari': ['Farsi', 'Persian'], 'Mandarin': ['Chinese'], 'Cantonese': ['Chinese'], 'Edo': ['Bini', 'English'], 'Romani': ['Romanian']}
CITIES = ['B6 B8 B10 B11 B12 B19 B20 B21 B23', 'M8 M9 M11 M13 M14 M18 M40', 'E6 E7 E13 E15 N15 N17 N18 SE15 SE18 SE28 SW9 IG1 IG11 RM10 CR0 UB3',
          'LS7 LS8 LS9 LS11', 'BD3 BD7', 'L6 L8 L20', 'G21 G31 G42 G51', 'CF5 CF11 CF24', 'NG3 NG7', 'S2 S3 S4', 'NE4 NE6', 'ST1 ST4', 'HU3 HU9', 'TS1 TS3']
CITIES = [c.split() for c in CITIES]
CITY_W = [14, 10, 22, 6, 4, 5, 8, 5, 4, 4, 4, 3, 3, 3]
FIELDS = ['row_id', 'service', 'wave', 'initials', 'birth_mm_yyyy', 'sex', 'nationality', 'first_language', 'postcode_district',
          'interviewer', 'interview_date', 'consent_interview', 'consent_linkage', 'consent_recontact']
ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

def pick_zipf(rng, items, s=0.9):
    return rng.choices(items, [1 / (i + 1) ** s for i in range(len(items))])[0]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--people', type=int, default=1000); ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True); ap.add_argument('--truth', required=True)
    a = ap.parse_args(); rng = random.Random(a.seed)
    used = set()
    def code(prefix, n):
        while True:
            c = prefix + ''.join(rng.choice(ALNUM) for _ in range(n))
            if c not in used: used.add(c); return c
    # services with their house conventions
    services = []
    for _ in range(6):
        services.append(dict(code=code('', 3), ini=rng.choice(['AH', 'A.H.', 'A H', 'A.H']), nat=rng.choice(['adj', 'country', 'iso']),
                             dob=rng.choice(['%02d/%d', '%d/%d']), sex=rng.choice([('M', 'F'), ('Male', 'Female'), ('m', 'f')]),
                             cities=rng.sample(range(len(CITIES)), 3), staff=[code('INT', 2) for _ in range(rng.randint(2, 4))]))
    nats = list(N); natw = [N[k][0] for k in nats]
    people = []  # each: dict of true attributes
    while len(people) < a.people:
        nat = rng.choices(nats, natw)[0]; d = N[nat]
        fam = pick_zipf(rng, d[8].split()).split('|')
        city = rng.choices(range(len(CITIES)), CITY_W)[0]; pc = rng.choice(CITIES[city])
        lo = 1996 if nat in ('UK', 'VNM') else 1970
        yob = rng.randint(lo, 2005); mob = 1 if nat in ('AFG', 'SDN', 'ERI') and rng.random() < .35 else rng.randint(1, 12)
        lang = rng.choice(d[5])
        size = 1 if rng.random() > .12 else rng.choice([2, 2, 3])   # sibling / household groups share surname etc.
        for k in range(min(size, a.people - len(people))):
            male = rng.random() < d[4]
            given = pick_zipf(rng, d[6 if male else 7].split()).split('|')
            if k: yob2, mob2 = (yob, mob) if rng.random() < .15 else (min(2005, max(1965, yob + rng.randint(-4, 4))), rng.randint(1, 12))
            else: yob2, mob2 = yob, mob
            mid = None
            if nat == 'VNM' and rng.random() < .7: mid = ['Van' if male else 'Thi']
            elif rng.random() < .12: mid = rng.choice(d[6 if male else 7].split()).split('|')
            one = rng.random() < d[9]
            people.append(dict(pid=code('P', 6), nat=nat, male=male, given=given, g0=rng.randrange(len(given)), fam=None if one else fam,
                               f0=rng.randrange(len(fam)), alt=rng.choice(d[8].split()).split('|'), mid=mid, yob=yob2, mob=mob2, lang=lang,
                               city=city, pc=pc if rng.random() < .8 else rng.choice(CITIES[city]), svc=rng.randrange(6), svc2=rng.randrange(5)))
            people[-1]['svc2'] += people[-1]['svc2'] >= people[-1]['svc']   # a different second service
    rows, truth = [], []
    for p in people:
        d = N[p['nat']]
        n = rng.choices([1, 2, 3, 4, 5, 6], [30, 30, 21, 13, 4, 2])[0]
        pairs = []
        while len(pairs) < n:
            pr = (rng.randint(1, 4), p['svc'] if rng.random() < .8 else p['svc2'])
            if pr not in pairs: pairs.append(pr)
        pairs.sort(); pc, city = p['pc'], p['city']; lastw = None
        for w, si in pairs:
            s = services[si]
            if lastw is not None and w != lastw and rng.random() < .18:   # moved house
                if rng.random() < .25: city = rng.choices(range(len(CITIES)), CITY_W)[0]
                pc = rng.choice(CITIES[city])
            lastw = w
            var = lambda names, i0: names[rng.randrange(len(names))] if rng.random() < .15 else names[i0]
            g = var(p['given'], p['g0'])
            if p['fam'] is None:
                parts = [g] if rng.random() < .93 else [g, rng.choice(p['alt'])]   # one-name person; sometimes a father's name is added
            else:
                f = var(p['fam'], p['f0'])
                if p['nat'] in ('ERI', 'ETH') and rng.random() < .07: f = p['alt'][0]   # grandfather's name used as surname
                parts = [g] + ([rng.choice(p['mid'])] if p['mid'] and rng.random() < .5 else []) + [f]
                if rng.random() < (.3 if p['nat'] in ('VNM', 'CHN') else .07): parts = [parts[-1]] + parts[:-1]   # family name first
            letters = [x[0].upper() for x in parts]
            if rng.random() < .01: letters[rng.randrange(len(letters))] = rng.choice('ABCDEFGHIJKLMNOPRSTWYZ')   # typo
            style = s['ini'] if rng.random() < .8 else rng.choice(['AH', 'A.H.', 'A H', 'A.H'])
            ini = {'AH': ''.join, 'A H': ' '.join, 'A.H.': lambda l: '.'.join(l) + '.', 'A.H': '.'.join}[style](letters)
            if rng.random() < .03: ini = ini.lower()
            # date of interview by wave (six-monthly from spring 2022)
            mo = 3 + 6 * (w - 1) + rng.randint(0, 3); yr = 2022 + (mo - 1) // 12; mo = (mo - 1) % 12 + 1
            idate = '%02d/%02d/%d' % (rng.randint(1, 28), mo, yr)
            # birth month/year
            yob, mob = p['yob'], p['mob']; r = rng.random()
            if r < .08: yob += rng.choice([-1, 1])
            if r > .95: dob = '%d (est)' % (5 * round((yob + rng.randint(-3, 3)) / 5))   # age estimated at interview
            elif rng.random() < .12: dob = str(yob)
            elif rng.random() < .02: dob = ''
            else: dob = s['dob'] % (mob, yob)
            r = rng.random()
            sex = '' if r < .05 else s['sex'][(not p['male']) if r > .005 else p['male']]
            natc = rng.choice(d[10]) if rng.random() < .05 else d[3]
            if rng.random() < .02: nat_s = ''
            else:
                st = s['nat'] if rng.random() < .85 else rng.choice(['adj', 'country', 'iso'])
                nat_s = natc if st == 'iso' else OTHER[natc][0 if st == 'adj' else 1]
            lang = p['lang']
            if rng.random() < .2 and lang in LANG_ALIAS: lang = rng.choice(LANG_ALIAS[lang])
            if rng.random() < .03: lang = ''
            cl = rng.choices(['Y', 'N'], [90, 10])[0]
            rows.append(dict(row_id=code('R', 7), service=s['code'], wave=w, initials=ini, birth_mm_yyyy=dob,
                             sex=sex, nationality=nat_s, first_language=lang, postcode_district='' if rng.random() < .04 else pc,
                             interviewer=rng.choice(s['staff']), interview_date=idate, consent_interview='Y',
                             consent_linkage=cl, consent_recontact=rng.choices(['Y', 'N'], [85, 15])[0]))
            truth.append((rows[-1]['row_id'], p['pid']))
    order = list(range(len(rows))); rng.shuffle(order)
    with open(a.out, 'w', newline='') as fh:
        w = csv.DictWriter(fh, FIELDS); w.writeheader(); w.writerows(rows[i] for i in order)
    with open(a.truth, 'w', newline='') as fh:
        w = csv.writer(fh); w.writerow(['record_id', 'person_id']); w.writerows(truth[i] for i in order)

if __name__ == '__main__':
    main()
