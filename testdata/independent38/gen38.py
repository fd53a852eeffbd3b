#!/usr/bin/env python3
"""gen38 - synthetic merged local-authority + charity modern-slavery referral workbook (.xlsx).

Imitates a hand-kept Excel sheet (two workbooks pasted into one sheet) with all the cell-type damage
such sheets carry. Standard library only; the .xlsx is written by hand (zipfile + XML strings).
Everyone is invented; phone numbers come only from Ofcom's drama ranges, NHS numbers from the 999 test range.

  python3 gen38.py --people N --seed S --out data.xlsx --truth truth.csv   (GEN38_STATS=1 prints damage rates)
"""
import argparse, collections, csv, datetime as dt, os, random, sys, unicodedata, zipfile
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- invented-name pools
# nationality -> (male given, female given, family/father names, naming style, weight, P(male), P(child))
# styles: w = given + family; vn = family + middle + given; cn = family + syllables;
#         pat = given + father's name; pat3 = given + father + grandfather; af = given (+ optional family)
POOLS = {
 'Albanian': ("Arben Besnik Dritan Erjon Fatjon Gentian Klodian Ermal Altin Elton Ilir Mërgim Saimir Endrit Florian Kujtim Redon Ardit Klajdi Xhoni",
              "Elira Ledia Marsela Arta Blerina Juliana Edona Valbona Enkeleda Xhesika Anxhela Klea Ersa Dorina Migena",
              "Hoxha Hoxha Shehu Leka Gjoka Krasniqi Berisha Berisha Dervishi Marku Kola Prifti Basha Çela Muça Xhafa Zeneli Dushku Gjoni Lleshi Hysa Kryeziu Tahiri Meta Doçi Bregu",
              'w', 16, .75, .25),
 'Vietnamese': ("Nam Hùng Tuấn Dũng Long Minh Phúc Quang Hải Sơn Thắng Đức Cường Khánh Hiếu Tùng",
                "Linh Lan Hương Trang Mai Thảo Hoa Ngân Nhung Huyền Phương Anh Thu Yến",
                "Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Dương Lý",
                'vn', 11, .7, .35),
 'Eritrean': ("Yonas Filmon Robel Merhawi Dawit Mussie Abel Tesfay Haile Mehari Yohannes Berhane Kidane Tekle Weldu Habte Ghebremedhin Kibrom Amanuel Biniam Samuel Tewelde Goitom Mebrahtu Okbay Tesfamariam",
              "Semhar Senait Helen Aster Saron Luwam Selam Yordanos Freweyni Rahel Hiwet Eden Feven Mihret",
              None, 'pat', 8, .8, .3),
 'Sudanese': ("Mohamed Mohamed Ahmed Abdelrahman Osman Hassan Ibrahim Yousif Adam Ali Omer Eltayeb Abdalla Ishag Abakar Suleiman Haroun Musa Yahya Elnour Bakri Hamid Mustafa Khalid Elsadig Mujahid Idris",
              "Fatima Amna Hawa Mariam Zainab Khadija Sara Halima Asha",
              None, 'pat3', 8, .92, .3),
 'Iraqi': ("Karwan Rebwar Hawre Shvan Zana Aram Hemin Ahmed Ali Mohammed Hussein Omar Saman Dler Bryar Sarbast Kawa Hiwa Mustafa Haider",
           "Shilan Nazdar Rozhin Dilan Avin Sara Zainab Noor",
           "Hussein Abdullah Kareem Rasheed Jaafar Mahmood Qadir Salih Ahmed Ali Othman Aziz Hama Hamad Sabir Omer",
           'w', 6, .85, .15),
 'Afghan': ("Ahmad Mohammad Rahmatullah Zabihullah Hamid Sayed Najib Farid Bilal Jawad Ismail Hamza Noorullah Shafiq Wahid Hekmatullah Nasir Rahim Sohrab",
            "Mursal Fariba Zahra Maryam Shabnam Nilofar Parwana Zarmina",
            "Ahmadzai Hotak Karimi Rahimi Noori Safi Stanikzai Popal Sultani Hakimi Amiri Mohammadi Hussaini Wardak Shinwari Mangal Khan Jalali Sadat Habibi",
            'af', 6, .9, .35),
 'Romanian': ("Ion Andrei Florin Marius Ionuț Mihai Gheorghe Vasile Constantin Adrian Cristian Daniel Alexandru Costel Nicușor Cătălin Sorin",
              "Ana-Maria Elena Ioana Alexandra Maria Andreea Mihaela Florentina Roxana Georgiana Denisa Bianca",
              "Popescu Ionescu Stan Dumitru Munteanu Constantin Stoica Mocanu Lungu Rusu Ștefan Dobre Marin Tudor Căldăraru Niță Preda Bălan Lăcătuș Radu",
              'w', 7, .6, .1),
 'Polish': ("Piotr Krzysztof Tomasz Paweł Łukasz Marek Grzegorz Andrzej Jan Michał Kamil Mariusz Dariusz Wojciech Zbigniew Sławomir",
            "Agnieszka Katarzyna Małgorzata Anna Joanna Magdalena Ewa Beata Monika",
            "Nowak Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Kaczmarek Grabowski Pawlak Michalski Wróbel Nowicki",
            'w', 4, .7, .05),
 'Nigerian': ("Chinedu Emeka Oluwaseun Adebayo Chukwuemeka Ikechukwu Olumide Babatunde Samuel Daniel Godwin Emmanuel Uchenna Obinna",
              "Ngozi Blessing Blessing Chioma Funmilayo Ifeoma Precious Favour Joy Adaeze Oluwabukola Esther Grace Gift Peace Mercy Abosede Chiamaka",
              "Okafor Adeyemi Okonkwo Eze Ogunleye Balogun Nwosu Obi Adewale Okoro Ibrahim Uche Osagie Igbinedion Edosa Omoregie Osaro Iyamu Ogbeide",
              'w', 6, .3, .15),
 'Chinese': ("Wei Jie Ming Jun Qiang Jian Hao Lei Tao Yong Bo Chao Feng Xiao Hui",
             "Mei Ling Yan Hong Fang Xin Li Na Jing Xia Ying Hui Xiao Yu",
             "Wang Li Zhang Liu Chen Chen Chen Yang Huang Zhao Wu Zhou Lin Lin Lin Zheng Zheng Xu Sun Ma Zhu Guo He",
             'cn', 6, .5, .1),
 'British': ("Jack Thomas Daniel Liam Connor Kyle Jordan Callum Ryan Jake Tyler Harvey Mason Kian Reece Michael James",
             "Sarah Emma Chloe Kelly Jade Leah Megan Courtney Shannon Paige Amber Kayleigh Hannah",
             "Smith Smith Jones Taylor Brown Williams O'Brien O'Neill McDonald Wilson Evans Hughes Davies Walker Robinson Wright Thompson Clarke Johnson Murphy O'Connor Campbell Stewart McCarthy Khan Hussain",
             'w', 20, .75, .55),
}
VN_MIDDLE = ("Văn Văn Văn Văn Đức Minh Hữu Quang Công".split(), "Thị Thị Thị Thị Ngọc Thanh Thu".split())
CN_ALIAS = ("Jack Kevin Tony Eric Jason".split(), "Amy Lily Cindy Vivian Jenny".split())

_V = """Hoxha:Hoxa/Hodja/Hoxhaj; Çela:Cela/Chela/Qela; Muça:Muca/Mucha; Doçi:Doci/Dochi; Gjoka:Gjokaj/Djoka;
Xhafa:Jafa/Xhaffa; Krasniqi:Krasniqui/Krasnici; Mërgim:Mergim; Endrit:Endri; Xhoni:Joni/Johnny; Klajdi:Klaidi/Claudio;
Xhesika:Jessica/Xhessika; Anxhela:Angela/Angjela; Gentian:Genti; Klodian:Klodi/Klaudian; Dritan:Driton; Juliana:Xhuliana;
Nguyễn:Nguyen/Nguyn/Ngyuen/Nguyenn; Huỳnh:Huynh/Hunh; Hương:Huong/Houng; Phương:Phuong/Phoung; Tuấn:Tuan/Tuen;
Thị:Thi/Thy; Văn:Van/Vann; Cường:Cuong/Coung; Đặng:Dang/Dhang; Hiếu:Hieu/Heiu; Dương:Duong/Doung;
Yonas:Jonas/Yonass/Yunas; Tesfay:Tesfaye/Tesfai/Tesfeye; Haile:Hayle/Hailu; Mehari:Mehary/Mihari; Yohannes:Yohanes/Johannes/Yohanis;
Berhane:Berhe/Birhane/Berhani; Kidane:Kidana/Kedane; Tekle:Teklay/Tekleh; Weldu:Woldu/Weldo; Habte:Habtay/Habtey;
Ghebremedhin:Gebremedhin/Ghebremedin/Gebremedin; Kibrom:Kbrom/Kiberom; Amanuel:Emmanuel/Amanueal; Biniam:Biniyam/Binyam;
Filmon:Filimon/Philemon; Merhawi:Mrhawi/Merhawy; Mussie:Musie/Muse; Goitom:Goytom; Mebrahtu:Mebrhatu/Mebrahatu;
Okbay:Okubay/Ogbay; Tesfamariam:Tesfamaryam/Tesfa Mariam; Tewelde:Tewolde; Semhar:Semher; Senait:Senayt/Seneit;
Luwam:Luam/Lwam; Freweyni:Freweini/Frewoyni; Rahel:Rachel/Raheil; Hiwet:Hewet; Mihret:Mhret/Mehret; Selam:Selamawit;
Mohamed:Mohammed/Muhammad/Mohammad/Mohamad/Mohd; Ahmed:Ahmad/Ahmmed; Abdelrahman:Abdulrahman/Abdul Rahman/Abdalrahman/Abdel Rahman;
Osman:Othman/Usman; Hassan:Hasan/Hassen; Ibrahim:Ebrahim/Ibraheem/Ibrahem; Yousif:Yusuf/Youssef/Yousef; Omer:Omar/Umar;
Eltayeb:El Tayeb/Altayeb/Eltaib; Abdalla:Abdullah/Abdallah/Abdella; Ishag:Ishaq/Ishak; Abakar:Abbakar/Abaker/Abubakar;
Suleiman:Sulaiman/Soliman/Sulieman; Haroun:Harun/Haroon; Musa:Mousa/Moussa/Moosa; Yahya:Yahia/Yehia; Elnour:El Nour/Alnour/Elnur;
Elsadig:Elsadiq/Al Sadig; Idris:Idriss/Edris; Khalid:Khaled; Mustafa:Mostafa/Mustapha; Fatima:Fatma/Fatuma;
Khadija:Khadijah/Kadija; Zainab:Zeinab/Zaynab; Hawa:Hawaa; Amna:Amnah; Halima:Halimah; Mariam:Maryam/Miriam;
Hussein:Husain/Hussain/Hossein/Husein; Kareem:Karim/Kerim; Rasheed:Rashid/Rachid; Jaafar:Jafar/Jaffar/Ja'far;
Mahmood:Mahmoud/Mahmud; Qadir:Kadir/Qader/Kader; Salih:Saleh; Hawre:Hawri/Haure; Shvan:Shivan/Shwan; Rebwar:Rebuar/Ribwar;
Hemin:Himin/Hemn; Dler:Diler/Dlir; Bryar:Briar/Beryar; Hiwa:Heewa; Haider:Hayder/Haidar; Rozhin:Rojin/Rozheen;
Shilan:Shelan; Noor:Nour/Nur; Aziz:Azeez; Othman:Osman/Uthman; Hama:Hamma; Sabir:Saber;
Mohammad:Mohammed/Muhammad/Mohamad/Mohd/Mahmad; Ahmad:Ahmed; Rahmatullah:Rahmatulla/Rahmat Ullah/Rahmatollah;
Zabihullah:Zabiullah/Zabih Ullah/Zabihulla; Noorullah:Nurullah/Noor Ullah; Hekmatullah:Hikmatullah/Hekmatulla;
Najib:Najeeb/Najibullah; Farid:Fareed; Jawad:Javad/Jawed; Ismail:Esmail/Ismael; Shafiq:Shafeeq; Wahid:Waheed;
Nasir:Naser/Nasser; Rahim:Raheem; Sayed:Sayyed/Syed; Noori:Nuri/Nouri; Sultani:Soltani; Hussaini:Husaini/Hosseini;
Mohammadi:Mohamadi/Muhammadi; Karimi:Kareemi; Ahmadzai:Ahmedzai/Ahmadzay; Stanikzai:Stanekzai/Stanakzai;
Shinwari:Shinwary; Habibi:Habeebi; Zahra:Zohra; Maryam:Mariam; Nilofar:Nilufar/Niloufar; Shabnam:Shabnum;
Ionuț:Ionut/Ionutz; Nicușor:Nicusor/Nicu; Cătălin:Catalin; Alexandru:Alex/Alexander; Gheorghe:George/Gheorghita;
Ana-Maria:Ana Maria/Anamaria/Ana; Andreea:Andrea/Andreia; Georgiana:Georgina; Ștefan:Stefan/Stephan;
Căldăraru:Caldararu/Caldarar; Lăcătuș:Lacatus/Lacatush; Niță:Nita/Nitza; Dumitru:Dumitriu/Dimitru; Munteanu:Muntean;
Krzysztof:Krzystof/Krystof/Chris; Paweł:Pawel/Pavel/Paul; Łukasz:Lukasz/Lukas; Grzegorz:Greg; Andrzej:Andrew/Andrzj;
Michał:Michal/Michael; Wojciech:Wojtek/Wojceich; Zbigniew:Zbyszek; Sławomir:Slawek; Małgorzata:Malgorzata/Gosia;
Katarzyna:Kasia/Katarzina; Agnieszka:Agnes/Agnieszca; Wiśniewski:Wisniewski/Wisnewski; Wójcik:Wojcik/Wojcick;
Woźniak:Wozniak/Wozniack; Dąbrowski:Dabrowski/Dombrowski; Kozłowski:Kozlowski/Koslowski; Szymański:Szymanski/Symanski;
Wróbel:Wrobel; Krawczyk:Krawczik; Jankowski:Jankowsky;
Chukwuemeka:Emeka/Chukwu-Emeka; Oluwaseun:Seun/Oluseun; Adebayo:Bayo; Babatunde:Tunde/Baba-Tunde; Ikechukwu:Ike;
Funmilayo:Funmi/Olufunmilayo; Oluwabukola:Bukola/Bukky; Chiamaka:Amaka; Olumide:Mide; Ifeoma:Ify; Adaeze:Ada;
Osagie:Osagi/Osaghae; Igbinedion:Igbinedeon/Igbinidion; Omoregie:Omoregbe/Omorogie; Okonkwo:Okonkow; Ogunleye:Ogunlaye; Precious:Presh;
Li:Lee/Lei; Zhang:Chang/Cheung; Liu:Lau/Lew; Chen:Chan/Chin; Yang:Yeung/Young; Huang:Wong/Hwang; Zhao:Chiu/Chao; Wu:Ng/Woo;
Zhou:Chow/Chou; Lin:Lam/Ling; Zheng:Cheng; Xu:Hsu/Tsui; Zhu:Chu; Guo:Kwok/Kuo; He:Ho;
Thomas:Tom/Tommy; Daniel:Dan/Danny; Michael:Mike/Micheal; James:Jamie; Jordan:Jordon; Callum:Calum/Kallum;
Kayleigh:Kayley/Kaylee; Connor:Conor; Courtney:Cortney; Reece:Rhys/Reese; Leah:Lea; Megan:Meghan; Hannah:Hanna;
Clarke:Clark; Thompson:Thomson; McDonald:MacDonald/Mcdonald; O'Brien:OBrien/O Brien/O'Brian; O'Neill:O'Neil/ONeill;
O'Connor:OConnor/O'Conner; McCarthy:Mccarthy/MacCarthy; Davies:Davis; Stewart:Stuart"""
VARIANTS = {k.strip(): v.split('/') for k, v in (e.split(':') for e in _V.replace('\n', ' ').split(';'))}

NAT_TEXT = {  # how the nationality column was typed (first = most common)
 'Albanian': ['Albanian', 'Albania', 'ALBANIAN', 'albanian', 'Albanain'],
 'Vietnamese': ['Vietnamese', 'Vietnam', 'Viet Nam', 'VIETNAMESE', 'Vietnamise'],
 'Eritrean': ['Eritrean', 'Eritrea', 'ERITREAN', 'Eritrian'],
 'Sudanese': ['Sudanese', 'Sudan', 'SUDANESE', 'Sudanese (Darfur)'],
 'Iraqi': ['Iraqi', 'Iraq', 'Iraqi Kurd', 'Kurdish', 'IRAQI'],
 'Afghan': ['Afghan', 'Afghanistan', 'Afghani', 'AFGHAN'],
 'Romanian': ['Romanian', 'Romania', 'ROMANIAN', 'EU - Romanian'],
 'Polish': ['Polish', 'Poland', 'POLISH', 'EU - Polish'],
 'Nigerian': ['Nigerian', 'Nigeria', 'NIGERIAN'],
 'Chinese': ['Chinese', 'China', 'PRC', 'CHINESE', 'Chinese (Fujian)'],
 'British': ['British', 'UK', 'UK National', 'English', 'BRITISH', 'GB'],
}
NAT_WRONG = {'Eritrean': 'Ethiopian', 'Sudanese': 'South Sudanese', 'Iraqi': 'Iranian', 'Afghan': 'Pakistani',
             'Vietnamese': 'Chinese', 'Albanian': 'Kosovan', 'Romanian': 'Moldovan', 'Nigerian': 'Ghanaian'}
LANG = {'Albanian': ['Albanian'], 'Vietnamese': ['Vietnamese'], 'Eritrean': ['Tigrinya', 'Tigrinya', 'Amharic'],
        'Sudanese': ['Arabic'], 'Iraqi': ['Kurdish Sorani', 'Sorani', 'Arabic'], 'Afghan': ['Pashto', 'Dari'],
        'Romanian': ['Romanian', 'No'], 'Polish': ['Polish', 'No'], 'Nigerian': ['No', 'No', 'Pidgin', 'Yoruba'],
        'Chinese': ['Mandarin', 'Cantonese', 'Fuqing'], 'British': ['No', '']}
POSTAREAS = "B M LS BD L NG LE S G CV WV E N SE CR LU PE SO HU BS CF".split()

# ---------------------------------------------------------------- people
D0, D_END = dt.date(2015, 1, 5), dt.date(2024, 12, 20)
SAVED = dt.date(2025, 1, 17)  # when the merged workbook was last saved (TODAY() caches)
MOBILE = ['07700900%03d' % i for i in range(1000)]  # Ofcom drama ranges only: nobody real
LAND = [p + '%03d' % i for i in range(1000) for p in ('01134960', '01144960', '01154960', '01164960', '01174960', '01184960', '01214960',
        '01314960', '01414960', '01514960', '01614960', '02079460', '01914980', '02896496', '02920180', '01632960')]


class Person:
    pass


def strip_acc(s):
    s = s.replace('Đ', 'D').replace('đ', 'd').replace('ł', 'l').replace('Ł', 'L')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def nhs_number(rng, used):
    while True:  # 999 xxx xxxx is the NHS test range; valid modulus-11 check digit
        d = [9, 9, 9] + [rng.randrange(10) for _ in range(6)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        s = ''.join(map(str, d)) + str(c)
        if c != 10 and s not in used:
            used.add(s)
            return s


def postcode(rng):
    return '%s%d %d%s%s' % (rng.choice(POSTAREAS), rng.randint(1, 28), rng.randint(1, 9),
                            rng.choice('ABDEFGHJLNPQRSTUWXY'), rng.choice('ABDEFGHJLNPQRSTUWXYZ'))


def fem_pl(f):
    return f[:-1] + 'a' if f.endswith(('ski', 'cki', 'dzki')) else f


def make_person(rng, nat, W, sex=None, dob=None):
    mg, fg, fam, style = W[nat][:4]
    p = Person()
    p.nat, p.style = nat, style
    p.sex = sex or ('M' if rng.random() < POOLS[nat][5] else 'F')
    g = rng.choice(mg if p.sex == 'M' else fg)
    p.alias = None
    if style == 'w':
        p.given, p.family = [g], [rng.choice(fam)]
        if nat == 'Polish' and p.sex == 'F':
            p.family = [fem_pl(p.family[0])]
        if nat in ('British', 'Nigerian', 'Romanian') and rng.random() < .3:
            p.given.append(rng.choice([x for x in (mg if p.sex == 'M' else fg) if x != g]))
    elif style == 'vn':
        p.given, p.family = [rng.choice(VN_MIDDLE[p.sex == 'F']), g], [rng.choice(fam)]
    elif style == 'cn':
        p.family = [rng.choice(fam)]
        p.given = [g] if rng.random() < .35 else [g, rng.choice(mg if p.sex == 'M' else fg)]
        if rng.random() < .3:
            p.alias = rng.choice(CN_ALIAS[p.sex == 'F'])
    elif style in ('pat', 'pat3'):
        p.given, p.family = [g], [rng.choice([m for m in mg if m != g])]
        if style == 'pat3' or rng.random() < .15:  # + grandfather's name
            p.family.append(rng.choice([m for m in mg if m not in (g, p.family[0])]))
    else:  # Afghan: often one name only
        if rng.random() < .12 and p.sex == 'M':
            g = rng.choice(['Mohammad', 'Abdul']) + ' ' + g
        p.given, p.family = g.split(), ([rng.choice(fam)] if rng.random() < .6 else [])
    child = rng.random() < POOLS[nat][6]
    p.first = D0 + dt.timedelta(rng.randrange((D_END - D0).days - 30))
    p.src0 = rng.choice(['LA', 'Charity'])
    age = rng.randint(14, 17) if child else int(min(62, 18 + rng.expovariate(1 / 11)))
    p.dob = dob or p.first - dt.timedelta(days=age * 365.25 + rng.randrange(365))
    p.est = nat != 'British' and rng.random() < .12           # HO-style 01/01 estimated DOB
    p.alt = None
    if nat != 'British' and age < 25 and rng.random() < .15:  # age-disputed: assessed older
        p.alt = p.dob - dt.timedelta(days=rng.randint(1, 4) * 365 + rng.randrange(-90, 90))
    return p


def ids_for(rng, p, nhs_used, pools, ho_used):
    p.nhs = nhs_number(rng, nhs_used) if rng.random() < (.9 if p.nat == 'British' else .45) else None
    p.ho = None
    if p.nat != 'British' and rng.random() < (.3 if p.nat in ('Romanian', 'Polish') else .75):
        while True:
            p.ho = rng.choice('HHHHHABS') + str(rng.randint(1000000, 9999999))
            if p.ho not in ho_used:
                ho_used.add(p.ho)
                break
    p.phones = []
    if rng.random() < .62:
        for _ in range(1 + (rng.random() < .3)):
            pool = pools[0] if pools[0] and rng.random() < .55 else pools[1]
            p.phones.append(pool.pop(rng.randrange(len(pool))))
    p.pcs = [postcode(rng)] + [postcode(rng) for _ in range(rng.randint(0, 2))]


def make_people(rng, n):
    nats = list(POOLS)
    W = {k: (v[0].split(), v[1].split(), v[2].split() if v[2] else None, v[3]) for k, v in POOLS.items()}
    people, nhs_used, ho_used = [], set(), set()
    pools = [MOBILE[:], LAND[:]]
    while len(people) < n:
        nat = rng.choices(nats, [POOLS[k][4] for k in nats])[0]
        r = rng.random()
        if r < .04 and people:  # namesake: same name + nationality, different person
            src = rng.choice([q for q in people if q.nat == nat] or people)
            p = make_person(rng, src.nat, W, sex=src.sex)
            p.given, p.family, p.alias = list(src.given), list(src.family), src.alias
            if rng.random() < .3:
                p.dob = p.dob.replace(year=src.dob.year) if not (p.dob.month == 2 and p.dob.day == 29) else p.dob
            p.kind = 'namesake'
            group = [p]
        else:
            p = make_person(rng, nat, W)
            p.kind = 'base'
            group = [p]
            if r < .13:  # siblings (twins 10%): same family/father name, household, often referred together
                for _ in range(rng.choice([1, 1, 2])):
                    twin = rng.random() < .1
                    gap = dt.timedelta(days=rng.randint(330, 2900))
                    younger = age_at(p.dob + gap, p.first) >= 12 and rng.random() < .5
                    s = make_person(rng, nat, W, dob=p.dob if twin else p.dob + gap if younger else p.dob - gap)
                    s.family = list(p.family) if p.nat != 'Polish' else [fem_pl(p.family[0]) if s.sex == 'F'
                                                                         else p.family[0].replace('ska', 'ski')]
                    if s.given[-1] in p.given:
                        continue
                    if s.style == 'vn':
                        s.given[0] = VN_MIDDLE[s.sex == 'F'][0]
                    s.kind = 'twin' if twin else 'sibling'
                    if rng.random() < .6:
                        s.first, s.src0 = p.first, p.src0
                    group.append(s)
        for q in group:
            ids_for(rng, q, nhs_used, pools, ho_used)
        for q in group[1:]:
            q.pcs[0] = p.pcs[0]
            if p.phones and rng.random() < .5:
                q.phones = [p.phones[0]] + q.phones[1:]
            if p.ho and q.ho and q.first == p.first:  # claimed together: consecutive HO refs
                q.ho = p.ho[0] + str(int(p.ho[1:]) + group.index(q))
        people.extend(group)
    people = people[:n]
    ctrl = [pools[0].pop() if pools[0] else pools[1].pop() for _ in range(max(3, n // 60))]
    for i, p in enumerate(people):
        p.pid = 'P%05d' % (i + 1)
    return people, ctrl


# ---------------------------------------------------------------- record noise
def typo(rng, s):
    if len(s) < 4:
        return s
    i, k = rng.randrange(1, len(s) - 1), rng.random()
    if k < .3:
        return s[:i] + s[i + 1:]
    if k < .55:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k < .75:
        return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice('aeiounrst') + s[i + 1:]


def tok(rng, t, src, st):
    if t in VARIANTS and rng.random() < .3:
        t = rng.choice(VARIANTS[t]); st['name token: spelling variant/nickname'] += 1
    if rng.random() < (.85 if src == 'LA' else .5):
        t = strip_acc(t)
    elif rng.random() < .3:
        t = t.replace('ș', 'ş').replace('ț', 'ţ').replace('Ș', 'Ş')  # cedilla look-alikes
    if t != strip_acc(t):
        st['name token: diacritics kept'] += 1
    if rng.random() < .035:
        t = typo(rng, t); st['name token: typo'] += 1
    return t


def rec_name(rng, p, src, st):
    given, fam = list(p.given), list(p.family)
    if p.style == 'vn' and rng.random() < .35:
        given = given[1:]
    if len(fam) > 1 and rng.random() < .5:
        fam = fam[:1]
    if p.style in ('w',) and len(given) > 1 and rng.random() < .7:
        given = given[:1]
    if p.alias and rng.random() < .2:
        given = [p.alias]; st['name: alias used'] += 1
    g = [tok(rng, t, src, st) for t in given]
    f = [tok(rng, t, src, st) for t in fam]
    if p.style == 'cn' and len(g) == 2:
        g = [rng.choices([''.join(g).capitalize(), ' '.join(g), '-'.join(g), g[0] + g[1]], [6, 3, 1, 1])[0]]
    if p.nat == 'Polish' and p.sex == 'F' and rng.random() < .15:
        f = [x[:-1] + 'i' if x.endswith('ska') or x.endswith('cka') else x for x in f]
    first, sur = ' '.join(g), ' '.join(f)
    if p.style == 'vn' and len(g) > 1 and rng.random() < .1:
        sur, first = sur + ' ' + g[0], g[1]
    swap = {'vn': .25, 'cn': .25, 'pat': .12, 'pat3': .12, 'af': .12}.get(p.style, .04)
    if sur and rng.random() < swap:
        sur, first = first, sur; st['name: given/family swapped'] += 1
    if not sur:
        sur = rng.choices(['', 'Unknown', 'N/K', first, '-'], [4, 1.5, 1, 3.5, 1])[0]
    if rng.random() < .03:
        sur, first = sur + ' ' + first, ''; st['name: both in Surname cell'] += 1
    mode = rng.choices(['caps', 'surcaps', 'asis', 'lower'], [45, 20, 35, 0] if src == 'LA' else [12, 18, 65, 5])[0]
    st['name case: ' + mode] += 1
    if mode == 'caps':
        sur, first = sur.upper(), first.upper()
    elif mode == 'surcaps':
        sur = sur.upper()
    elif mode == 'lower':
        sur, first = sur.lower(), first.lower()
    return sur, first


def quotes(rng, s, st):
    if "'" in s and rng.random() < .45:
        st['name: smart apostrophe'] += 1
        return s.replace("'", rng.choices(['\u2019', '\u2018', '`'], [10, 1, 1])[0])
    return s


def spaces(rng, s, st, col):
    if not s:
        return s
    r = rng.random()
    if r < .07:
        s += ' ' * rng.choice([1, 1, 2]); st[col + ': trailing space'] += 1
    elif r < .09:
        s = ' ' + s; st[col + ': leading space'] += 1
    elif r < .115:
        s = s.replace(' ', '\u00a0', 1) if ' ' in s else s + '\u00a0'; st[col + ': NBSP'] += 1
    elif r < .14:
        if ' ' in s:
            s = s.replace(' ', '  ', 1); st[col + ': double space'] += 1
    elif r < .15:
        i = rng.randrange(len(s) + 1); s = s[:i] + '\u200b' + s[i:]; st[col + ': zero-width space'] += 1
    return s


# ---------------------------------------------------------------- cells: (type, value, numFmtId, quotePrefix)
def serial(d):
    return (d - dt.date(1899, 12, 30)).days


def age_at(d, ref):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def S(v, q=False):
    return ('s', v, 0, q) if v != '' else None


def dob_cell(rng, d, p, st):
    if d is None:
        if rng.random() < .3:
            st['DOB: text unknown'] += 1
            return S(rng.choice(['N/K', 'unknown', '?', 'Not known', 'tbc']))
        st['DOB: blank'] += 1
        return None
    k = rng.choices(['d164', 'd14', 'd165', 'slash', 'dot2', 'dash', 'monyr', 'long', 'num', 'us', 'year'],
                    [48, 9, 3, 12, 5, 3, 2.5, 2, 5, 7, 1.5 + 8 * (d.month == d.day == 1)])[0]
    st['DOB: ' + k] += 1
    if k == 'd164': return ('n', serial(d), 164, False)
    if k == 'd14': return ('n', serial(d), 14, False)
    if k == 'd165': return ('n', serial(d), 165, False)
    if k == 'slash': return S(d.strftime('%d/%m/%Y') if rng.random() < .8 else '%d/%d/%02d' % (d.day, d.month, d.year % 100), rng.random() < .1)
    if k == 'dot2': return S(d.strftime('%d.%m.%y'))
    if k == 'dash': return S(d.strftime('%d-%m-%Y'))
    if k == 'monyr': return S(d.strftime(rng.choice(['%B %Y', '%b %Y', '%b-%y'])))
    if k == 'long': return S('%d%s %s' % (d.day, {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd', 31: 'st'}.get(d.day, 'th'), d.strftime('%B %Y')))
    if k == 'num': return ('n', int(d.strftime('%d%m%Y')), 0, False)  # 01021990 -> 1021990
    if k == 'year': return S(rng.choice(['%d', 'c.%d', '%d (est)', 'approx %d']) % d.year) if rng.random() < .7 else ('n', d.year, 0, False)
    if d.day <= 12 and d.day != d.month:  # opened in a US-locale Excel: dd/mm read as mm/dd
        return ('n', serial(dt.date(d.year, d.day, d.month)), 14, False)
    return S(d.strftime('%d/%m/%Y'))  # day > 12: US Excel left it as text


def phone_cell(rng, ph, st):
    mob = ph.startswith('07')
    k = rng.choices(['sp', 'plain', 'quote', 'num', 'sci', 'scitext', 'pad', 'intl', 'intlnum', 'lit'],
                    [25, 18, 8, 20, 7, 5, 4, 8, 2, 1.5])[0]
    st['Phone: ' + k] += 1
    if k == 'sp': return S(ph[:5] + ' ' + ph[5:] if mob else ph[:4] + ' ' + ph[4:7] + ' ' + ph[7:])
    if k == 'plain': return S(ph)
    if k == 'quote': return S(ph, True)
    if k == 'num': return ('n', int(ph), 0, False)
    if k == 'sci': return ('n', int(ph), 11, False)
    if k == 'scitext': return S('%.4E' % int(ph))  # CSV round-trip: digits lost for good
    if k == 'pad': return ('n', int(ph), 166, False)
    if k == 'intl': return S('+44 ' + ph[1:5] + ' ' + ph[5:] if rng.random() < .6 else '+44' + ph[1:])
    if k == 'intlnum': return ('n', int('44' + ph[1:]), 0, False)
    return S("'" + ph)


def nhs_cell(rng, n, st):
    if rng.random() < .02:
        n = typo(rng, n) if rng.random() < .5 else n[:4] + n[5] + n[4] + n[6:]
    k = rng.choices(['num', 'sp', 'plain', 'fmt', 'quote'], [35, 30, 25, 5, 5])[0]
    st['NHS: ' + k] += 1
    if k == 'num': return ('n', int(n), 0, False) if n.isdigit() else S(n)
    if k == 'sp': return S(n[:3] + ' ' + n[3:6] + ' ' + n[6:])
    if k == 'fmt': return ('n', int(n), 167, False) if n.isdigit() else S(n)
    return S(n, k == 'quote')


def ho_cell(rng, h, st):
    if rng.random() < .02:
        h = h[0] + typo(rng, h[1:])
    k = rng.choices(['text', 'num', 'lower', 'space', 'prefix'], [55, 20, 7, 8, 10])[0]
    st['HO Ref: ' + k] += 1
    if k == 'num' and h[1:].isdigit(): return ('n', int(h[1:]), 0, False)
    if k == 'lower': return S(h.lower())
    if k == 'space': return S(h[:4] + ' ' + h[4:])
    if k == 'prefix': return S(rng.choice(['HO ', 'HO: ', 'Ref ']) + h)
    return S(h)


def date_cell(rng, d, st):
    k = rng.choices(['d164', 'd14', 'slash', 'dot2', 'blank'], [80, 8, 8, 2, 2])[0]
    st['Date referred: ' + k] += 1
    if k == 'd164': return ('n', serial(d), 164, False)
    if k == 'd14': return ('n', serial(d), 14, False)
    if k == 'slash': return S(d.strftime('%d/%m/%Y'))
    if k == 'dot2': return S(d.strftime('%d.%m.%y'))
    return None


def bool_cell(rng, v, st, col):
    k = rng.choices(['bool', 'yn', 'y', 'blank'], [80, 10, 4, 6])[0]
    st[col + ': ' + k] += 1
    if k == 'bool': return ('b', int(v), 0, False)
    if k == 'yn': return S('Yes' if v else 'No')
    if k == 'y': return S('Y' if v else 'N')
    return None


def age_cell(rng, dob_c, ref_c, d, ref, st):
    dob_is_date = dob_c is not None and dob_c[0] == 'n' and dob_c[2] in (14, 164, 165)
    ref_is_date = ref_c is not None and ref_c[0] == 'n'
    if dob_is_date and ref_is_date and rng.random() < .7:
        sd = dt.date(1899, 12, 30) + dt.timedelta(dob_c[1])  # what the cell really holds
        k = rng.choices(['datedif', 'today', 'int'], [60, 25, 15])[0]
        st['Age: formula ' + k] += 1
        if k == 'datedif': return ('f', ('DATEDIF(D{r},L{r},"Y")', age_at(sd, ref)), 0, False)
        if k == 'today': return ('f', ('DATEDIF(D{r},TODAY(),"Y")', age_at(sd, SAVED)), 0, False)
        return ('f', ('INT((L{r}-D{r})/365.25)', int((ref - sd).days / 365.25)), 0, False)
    if dob_c is None and ref_is_date and rng.random() < .15:  # formula over an empty DOB: age ~120
        st['Age: formula on blank DOB'] += 1
        return ('f', ('DATEDIF(D{r},L{r},"Y")', age_at(dt.date(1899, 12, 31), ref)), 0, False)
    if dob_c is not None and dob_c[0] == 's' and ref_is_date and rng.random() < .08:
        st['Age: #VALUE!'] += 1
        return ('e', 'DATEDIF(D{r},L{r},"Y")', 0, False)
    if d is None or rng.random() < .25:
        st['Age: blank'] += 1
        return None
    a = age_at(d, ref) + (rng.choice([-1, 1]) if rng.random() < .15 else 0)
    if rng.random() < .1:
        st['Age: text'] += 1
        return S(rng.choice(['approx %d', '%d?', '%d (claims)', 'c%d']) % a)
    st['Age: typed number'] += 1
    return ('n', a, 0, False)


NOTES = ['age disputed', 'DOB estimated', 'went missing', 'referred by police', 'Duty to Notify', 'county lines',
         'nail bar', 'cannabis farm', 'car wash', 'sexual exploitation', 'labour exploitation', 'domestic servitude',
         'interpreter needed', 'NRPF', 'placed in SH', 'positive RG', 'awaiting CG', 'police aware', 'IAA referral',
         'UASC', 'moved out of area', 'declined NRM', 'safeguarding referral made']
KEYW = {'LA': ['JH', 'S Patel', 'KM', 'R. Douglas', 'AB', 'Team 2', 'EDT', ''],
        'Charity': ['Lucy', 'Femi', 'Magda', 'Tom W', 'Ana', 'Duty', '']}


def record(rng, p, ref, src, j, ctrl, st, client):
    sur, first = rec_name(rng, p, src, st)
    q = rng.random() < .02
    st['name: quotePrefix style'] += q
    sur = S(spaces(rng, quotes(rng, sur, st), st, 'Surname'), q)
    first = S(spaces(rng, quotes(rng, first, st), st, 'First name'), q)
    d = None
    if rng.random() >= .06:
        d = p.alt if p.alt and rng.random() < .45 else p.dob
        if p.est and rng.random() < .5:
            d = dt.date(d.year, 1, 1)
        if rng.random() < .03 and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month); st['DOB value: day/month typo'] += 1
        elif rng.random() < .02:
            d = d.replace(year=d.year + rng.choice([-1, 1, -10, 10]), day=min(d.day, 28)); st['DOB value: year typo'] += 1
    dob_c = dob_cell(rng, d, p, st)
    ref_c = date_cell(rng, ref, st)
    age_c = age_cell(rng, dob_c, ref_c, d, ref, st)
    sx = p.sex if rng.random() > .01 else 'MF'[p.sex == 'M']
    sex = None if rng.random() < .08 else S(rng.choices([sx, {'M': 'Male', 'F': 'Female'}[sx], sx.lower()],
                                                       [70, 25, 5] if src == 'LA' else [25, 70, 5])[0])
    nt = NAT_TEXT[p.nat]
    nat = None if rng.random() < .04 else S(spaces(rng, NAT_WRONG.get(p.nat, nt[0]) if rng.random() < .02 else
                                            rng.choices(nt, [10] + [1] * (len(nt) - 1))[0], st, 'Nationality'))
    ho = ho_cell(rng, p.ho, st) if p.ho and rng.random() < .7 else None
    nhs = nhs_cell(rng, p.nhs, st) if p.nhs and rng.random() < .6 else None
    ph = None
    if rng.random() < .04:
        ph = rng.choice(ctrl); st['Phone value: shared controller number'] += 1
    elif p.phones and rng.random() < .7:
        ph = p.phones[0] if j == 0 else rng.choice(p.phones)
    phone = phone_cell(rng, ph, st) if ph else None
    pc = None
    if rng.random() < .75:
        v = p.pcs[min(j, len(p.pcs) - 1)] if rng.random() < .7 else rng.choice(p.pcs)
        k = rng.choices(['ok', 'nospace', 'lower', 'outward', 'nfa'], [65, 15, 10, 5, 5])[0]
        st['Postcode: ' + k] += 1
        v = {'ok': v, 'nospace': v.replace(' ', ''), 'lower': v.lower(), 'outward': v.split()[0],
             'nfa': rng.choice(['NFA', 'nfa', 'No fixed abode'])}[k]
        pc = S(spaces(rng, v, st, 'Postcode'))
    child = age_at(p.dob, ref) < 18
    source = S(rng.choices(['LA', 'Local Authority', "LA - Children's" if child else 'LA - Adults', 'Council']
                           if src == 'LA' else ['Charity', 'CHARITY', 'Charity outreach', 'Charity - NRM', 'Vol. sector'],
                           [50, 20, 25, 5] if src == 'LA' else [50, 10, 15, 10, 5])[0])
    nrm = bool_cell(rng, rng.random() < .7, st, 'NRM referral')
    r = rng.random()
    interp = (S(rng.choice(LANG[p.nat])) if r < .7 else None if r < .85 else
              ('b', int(p.nat != 'British'), 0, False) if r < .92 else S(rng.choice(['Yes', 'yes', 'Y'])))
    caseref = client if client else ('MS/%d/%04d' % (ref.year, rng.randrange(1, 3000)))
    notes = []
    if rng.random() < .4:
        notes.append(rng.choice(NOTES))
    if j and rng.random() < .15:
        notes.append(rng.choice(['see previous referral', 'known to service', 're-referral', 'prev. referred']))
    return [sur, first, dob_c, age_c, sex, nat, ho, nhs, phone, pc, ref_c, source, nrm, interp,
            S(rng.choice(KEYW[src])), S(caseref), bool_cell(rng, rng.random() < .8, st, 'Checked'),
            S('; '.join(notes))]


COLS = [('ID', 10), ('Surname', 16), ('First name', 16), ('DOB', 11), ('Age', 5), ('Sex', 6), ('Nationality', 12),
        ('HO Ref', 11), ('NHS No', 13), ('Phone', 9), ('Postcode', 9), ('Date referred', 12), ('Source', 13),
        ('NRM referral', 8), ('Interpreter', 11), ('Keyworker', 10), ('Case ref', 12), ('Checked', 8), ('Notes', 30)]
HIDDEN = {'Keyworker', 'Case ref', 'Checked'}


def make_rows(rng, people, ctrl, st):
    recs, used = [], set()
    for p in people:
        n = rng.choices([1, 2, 3, 4, 5], [40, 27, 17, 10, 6])[0]
        steps, src = [(0, p.src0)], p.src0
        for j in range(1, n):  # same episode seen by the other body, or a re-referral months/years later
            if rng.random() < .55:
                src = {'LA': 'Charity', 'Charity': 'LA'}[src] if rng.random() < .7 else src
                steps.append((rng.randint(0, 45), src))
            else:
                src = rng.choice(['LA', 'Charity'])
                steps.append((rng.randint(60, 1200), src))
        d, client = p.first, None
        for j, (gap, src) in enumerate(steps):
            d += dt.timedelta(gap)
            if d > D_END:  # later referrals fall outside the data window
                break
            if src == 'Charity' and (client is None or rng.random() > .4):
                client = 'C%05d' % rng.randrange(10000, 99999)
            while True:
                rid = ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))
                if rid not in used:
                    used.add(rid); break
            cells = [S(rid)] + record(rng, p, d, src, j, ctrl, st, client if src == 'Charity' else None)
            recs.append((d.year, src != 'LA', d, rid, p.pid, cells))
    recs.sort(key=lambda x: x[:3])  # per year: LA block, then the charity block appended under it
    for i in range(len(recs) - 1):  # hand-entered: a few rows out of order
        if rng.random() < .03 and recs[i][:2] == recs[i + 1][:2]:
            recs[i], recs[i + 1] = recs[i + 1], recs[i]
    rows, truth, year = [], [], None
    for y, _, _, rid, pid, cells in recs:
        if year is not None and y != year:
            rows.extend([None] * (1 + (rng.random() < .3)))
        year = y
        rows.append(cells); truth.append((rid, pid))
    return rows, truth


# ---------------------------------------------------------------- xlsx writer (OOXML by hand)
def col_letter(i):
    s, i = '', i + 1
    while i:
        i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s


def x(s):
    return escape(s, {'"': '&quot;'})


def write_xlsx(path, rows, highlight):
    NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sst, sidx, xfs, xidx, nref = [], {}, [], {}, [0]

    def sid(s):
        nref[0] += 1
        if s not in sidx:
            sidx[s] = len(sst); sst.append(s)
        return sidx[s]

    def xf(fmt=0, fill=0, bold=0, qp=False):
        k = (fmt, fill, bold, bool(qp))
        if k not in xidx:
            xidx[k] = len(xfs); xfs.append(k)
        return xidx[k]
    xf()
    last = col_letter(len(COLS) - 1)
    out = ['<row r="1">' + ''.join('<c r="%s1" s="%d" t="s"><v>%d</v></c>' % (col_letter(i), xf(0, 4, 1), sid(h))
                                   for i, (h, _) in enumerate(COLS)) + '</row>']
    n = 1
    for ri, cells in enumerate(rows):
        n += 1
        if cells is None:
            continue
        fill = highlight.get(ri, 0)
        cs = []
        for ci, c in enumerate(cells):
            ref = '%s%d' % (col_letter(ci), n)
            if c is None:
                if fill:
                    cs.append('<c r="%s" s="%d"/>' % (ref, xf(0, fill)))
                continue
            t, v, fmt, qp = c
            s = xf(fmt, fill, 0, qp)
            if t == 's':
                cs.append('<c r="%s" s="%d" t="s"><v>%d</v></c>' % (ref, s, sid(v)))
            elif t == 'n':
                cs.append('<c r="%s" s="%d"><v>%d</v></c>' % (ref, s, v))
            elif t == 'b':
                cs.append('<c r="%s" s="%d" t="b"><v>%d</v></c>' % (ref, s, v))
            elif t == 'f':
                cs.append('<c r="%s" s="%d"><f>%s</f><v>%d</v></c>' % (ref, s, x(v[0].format(r=n)), v[1]))
            else:
                cs.append('<c r="%s" s="%d" t="e"><f>%s</f><v>#VALUE!</v></c>' % (ref, s, x(v.format(r=n))))
        out.append('<row r="%d">%s</row>' % (n, ''.join(cs)))
    cols = ''.join('<col min="%d" max="%d" width="%d" customWidth="1"%s/>' % (i + 1, i + 1, w, ' hidden="1"' if h in HIDDEN else '')
                   for i, (h, w) in enumerate(COLS))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s %s>'
             '<dimension ref="A1:%s%d"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
             '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
             '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
             '<sheetFormatPr defaultRowHeight="15"/><cols>%s</cols><sheetData>%s</sheetData>'
             '<autoFilter ref="A1:%s%d"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
             '</worksheet>') % (NS, RNS, last, n, cols, ''.join(out), last, n)
    fmts = {164: 'dd/mm/yyyy', 165: 'dd/mm/yy', 166: '00000000000', 167: '000 000 0000'}
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet %s>'
              '<numFmts count="%d">%s</numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
              '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>'
              '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>'
              '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="%d">%s</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>') % (NS, len(fmts), ''.join('<numFmt numFmtId="%d" formatCode="%s"/>' % (k, x(v)) for k, v in fmts.items()),
                                  len(xfs), ''.join('<xf numFmtId="%d" fontId="%d" fillId="%d" borderId="0" xfId="0"%s%s%s%s/>' % (
                                      f, b, fl, ' applyNumberFormat="1"' if f else '', ' applyFont="1"' if b else '',
                                      ' applyFill="1"' if fl else '', ' quotePrefix="1"' if q else '') for f, fl, b, q in xfs))
    ss = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">%s</sst>'
          % (NS, nref[0], len(sst), ''.join('<si><t xml:space="preserve">%s</t></si>' % x(s) for s in sst)))
    sheetname = 'MS referrals (merged)'
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s %s><bookViews><workbookView/></bookViews>'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets><definedNames>'
          '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'%s\'!$A$1:$%s$%d</definedName>'
          '</definedNames><calcPr calcId="191029"/></workbook>') % (NS, RNS, x(sheetname), x(sheetname), last, n)
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="%s/styles" Target="styles.xml"/>'
              '<Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/></Relationships>') % (R, R, R)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>') % R
    M = 'application/vnd.openxmlformats-officedocument.spreadsheetml'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="%s.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="%s.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="%s.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="%s.sharedStrings+xml"/></Types>') % (M, M, M, M)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                           ('xl/_rels/workbook.xml.rels', wbrels), ('xl/styles.xml', styles),
                           ('xl/sharedStrings.xml', ss), ('xl/worksheets/sheet1.xml', sheet)]:
            z.writestr(zipfile.ZipInfo(name, (2025, 1, 17, 9, 30, 0)), data.encode('utf-8'), zipfile.ZIP_DEFLATED)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--people', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=38)
    ap.add_argument('--out', default='data.xlsx')
    ap.add_argument('--truth', default='truth.csv')
    a = ap.parse_args()
    rng, st = random.Random(a.seed), collections.Counter()
    people, ctrl = make_people(rng, a.people)
    rows, truth = make_rows(rng, people, ctrl, st)
    data_idx = [i for i, r in enumerate(rows) if r is not None]
    hl = {i: 2 for i in rng.sample(data_idx, max(3, len(data_idx) // 250))}
    for i in rng.sample(data_idx, 2):
        hl[i] = 3
        rows[i][-1] = S('CHECK - poss. duplicate?')
    write_xlsx(a.out, rows, hl)
    with open(a.truth, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'person_id'])
        w.writerows(truth)
    sizes = collections.Counter(pid for _, pid in truth)
    kinds = collections.Counter(p.kind for p in people)
    print('records %d  people %d  true pairs %d  blank rows %d  highlighted %d  kinds %s' % (
        len(truth), len(people), sum(c * (c - 1) // 2 for c in sizes.values()), len(rows) - len(truth), len(hl),
        dict(kinds)), file=sys.stderr)
    if os.environ.get('GEN38_STATS'):
        for k in sorted(st):
            print('%-45s %6d  %5.1f%% of rows' % (k, st[k], 100 * st[k] / len(truth)), file=sys.stderr)


if __name__ == '__main__':
    main()
