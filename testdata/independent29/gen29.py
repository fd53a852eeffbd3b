#!/usr/bin/env python3
"""gen29.py - synthetic merged referral logs of suspected victims of modern slavery:
a small NGO's hand-kept log and a local authority's log, merged by an analyst. Who the
person is was typed as free text into 'Client details' (and sometimes 'Other info').
Everyone is invented from the name lists below.  Standard library only.
Usage: python3 gen29.py --people N --seed S --out data.csv --truth truth.csv"""
import argparse, csv, datetime as dt, random, sys, unicodedata
from collections import Counter, defaultdict

W = str.split
MONTHS = W('January February March April May June July August September October November December')
MON = [m[:3] for m in MONTHS]


def V(s):  # 'Canon=var1,var_2 ...' -> {canon: [variants]}
    return {k: [x.replace('_', ' ') for x in v.split(',')] for k, v in (e.split('=') for e in s.split())}


def N(w, scheme, pm, m, f, fam, labels, lang, est, minor, alias, var, expl):
    return dict(w=w, scheme=scheme, pm=pm, m=W(m), f=W(f), fam=W(fam), labels=labels, lang=lang, est=est,
                minor=minor, alias=[a.replace('_', ' ') for a in W(alias)], var=V(var), expl=expl)


# scheme: GF given..family, FG family first (Viet/Chinese), PAT given + father's name [+ grandfather's]
NATS = {
 'GBR': N(22, 'GF', .7, 'James Daniel Ryan Liam Jack Connor Lewis Jamie Kyle Scott Michael Thomas Callum Reece Bradley Tyler Jordan Paul Mark Darren Lee Craig',
  'Chloe Jade Sophie Kayleigh Amy Megan Leanne Stacey Gemma Danielle Shannon Courtney Paige Lauren Kelly Tracey',
  'Smith Jones Taylor Brown Wilson Evans Thomas Roberts Walker Wright Hughes Edwards Green Hall Macdonald Clarke Wood Harrison Lewis Jackson Hill Turner Cooper Ward Khan Hussain Begum Murphy Doherty',
  ['British', 'British', 'UK', 'GBR', 'UK national', 'british'], '', 0, .45, 'Tiny Smudge Bugsy Kizzy Jay Boo Dee Little_Man',
  'Daniel=Danny,Dan Michael=Mike,Micheal James=Jim,Jimmy Thomas=Tom,Tommy Callum=Calum,Kallum Reece=Reese,Rhys Kayleigh=Kayley,Kaylee,Kaleigh Leanne=Lee-Anne,Leann Stacey=Stacy,Stacie Tracey=Tracy Macdonald=McDonald,MacDonald Clarke=Clark Jordan=Jordon Lauren=Loren Courtney=Courteney Jade=Jayde Paige=Page Connor=Conor Lewis=Louis Bradley=Brad Hussain=Hussein,Husain Kelly=Kellie Gemma=Jemma Shannon=Shanon Doherty=Docherty',
  ['county lines', 'criminal exploitation', 'cuckooing', 'sexual exploitation', 'forced labour - block paving']),
 'ALB': N(18, 'GF', .85, 'Arben Besnik Dritan Ermal Gentian Ilir Klodian Luan Mergim Ardit Erion Fatmir Kujtim Sokol Endrit Florian Arjan Eljon Redon Kristi',
  'Anila Blerta Drita Elira Fjolla Mirela Valbona Jonida Ergysa Klea Arbana Besjana Xhesika Dorina',
  'Hoxhaj Kola Shehu Gjoka Leka Marku Dervishi Basha Çela Kaçi Prenga Hysa Doda Lika Gjeka Tafa Zefi Bajrami Kryeziu Mema Dushku Hasani Murati Gashi Krasniqi Gjini Ndreu Vata',
  ['Albanian', 'Albanian', 'ALB', 'Albania', 'albanian', 'Alb'], 'Albanian', .03, .35, 'Marco Niko Toni Andi Eri Beni Lina Kristian',
  'Hoxhaj=Hoxha,Hodzaj,Hoxhai Çela=Cela,Chela Kaçi=Kaci,Kachi Gjoka=Gjoca,Xhoka Gjeka=Gjecka Dervishi=Dervshi,Derveshi Kryeziu=Kryeziou,Krieziu Krasniqi=Krasniqui,Krasnici Xhesika=Jessica,Xhesica Ergysa=Ergisa Fjolla=Fiolla Klodian=Clodian Gentian=Genti Ermal=Ermall Mergim=Mergjim Kujtim=Kujtin Endrit=Endri Eljon=Elion Ilir=Ilirjan',
  ['cannabis cultivation', 'sexual exploitation', 'forced criminality', 'construction labour', 'debt bondage']),
 'VNM': N(9, 'FG', .7, 'Minh Tuan Hung Long Nam Duc Quang Huy Khanh Dung Thanh_Tung Hieu',
  'Lan Hoa Mai Linh Trang Huong Thao Ngoc Phuong Nhung Thuy Hanh',
  'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong Ly',
  ['Vietnamese', 'Vietnamese', 'VNM', 'Viet', 'Vietnam', 'vietnamese'], 'Vietnamese', .1, .45, 'Tony Kevin Mimi Lily Jenny Bin Tommy Kim',
  'Nguyen=Nguyễn,Ngyuen,Nguen Van=Văn Thi=Thị,Thy Tran=Trần Le=Lê Pham=Phạm,Fam Hoang=Hoàng,Huang Vu=Vũ Dang=Đặng,Dhang Duc=Đức,Duk Tuan=Tuấn,Tuen Huong=Hương,Houng Phuong=Phương,Phoung Ngoc=Ngọc Do=Đỗ,Doh Duong=Dương,Duong Thanh_Tung=Thanh_Tùng,Thanhtung Khanh=Khánh,Kanh Huy=Huey Thuy=Thủy,Thuey Hieu=Hiếu,Heiu',
  ['cannabis farm', 'nail bar', 'restaurant work', 'smuggling debt', 'forced criminality']),
 'ERI': N(8, 'PAT', .7, 'Yonas Dawit Samuel Berhane Habte Kibrom Mebrahtu Filmon Robel Amanuel Tekle Goitom Yohannes Medhanie Henok Biniam Tesfaye Ghirmay Tewelde',
  'Tsega Selam Helen Senait Mehret Yohana Saba Rahel Luwam Feven Aster Hiwet Eden Winta Ruta Delina',
  'Gebremedhin Tesfamariam Weldemichael Asfaha Berhe Abraha Haile Kidane Mehari Tekle Yohannes Tesfaye Habte Ghebreyesus Mebrahtu Tewelde Ghirmay Kahsay',
  ['Eritrean', 'Eritrean', 'ERI', 'Eritrea', 'eritrean'], 'Tigrinya', .35, .4, 'Bini Abi Sami Mimi Tsegi Rita Hanna',
  'Yohannes=Yohanes,Yohans,Johannes Tesfaye=Tesfay,Tesfai Gebremedhin=Ghebremedhin,Gebre_Medhin,Gebremedin Tesfamariam=Tesfamarian,Tesfa_Mariam,Tesfamaryam Weldemichael=Woldemichael,Welde_Michael,Woldemikael Berhe=Berih Berhane=Birhane,Berhan Mehari=Mihari,Meharie Haile=Hayle,Hailay Habte=Habtay,Habtai Kidane=Kidan,Keidane Tekle=Teklay,Tekleh Medhanie=Medhane,Medhani Biniam=Biniyam Filmon=Filimon,Philemon Ghirmay=Girmay,Ghirmai Amanuel=Emmanuel,Amanual Abraha=Abrha Asfaha=Asfha Senait=Senayt Mehret=Mihret,Meheret Luwam=Luam Hiwet=Hiwot Yohana=Yohanna,Johanna Tewelde=Tewolde Ghebreyesus=Gebreyesus,Gebre_Yesus Kahsay=Kahsai Kibrom=Kbrom Goitom=Goytom',
  ['smuggling debt', 'forced labour en route (Libya)', 'domestic servitude', 'held for ransom in Libya']),
 'ETH': N(3, 'PAT', .6, 'Abebe Tadesse Getachew Dawit Bereket Solomon Yared Kebede Alemu Mulugeta Girma Bekele Worku Mesfin',
  'Tigist Meron Bethlehem Hanna Mekdes Selamawit Almaz Tsion Hirut Meseret',
  'Abebe Tadesse Getachew Kebede Alemu Mulugeta Girma Bekele Worku Mesfin Tesfaye Haile Wolde Gebre',
  ['Ethiopian', 'Ethiopian', 'ETH', 'Ethiopia', 'ethiopian'], 'Amharic', .3, .3, 'Betty Mimi Tsi Abi',
  'Tadesse=Tadese,Taddese Getachew=Getachaw,Getacho Bekele=Beqele Alemu=Alemo Girma=Germa Worku=Werku Tigist=Tigest Tsion=Zion,Tsiyon Meseret=Meserat Bethlehem=Betelhem,Bethelehem Hanna=Hana Mulugeta=Mulageta Wolde=Welde Gebre=Ghebre Selamawit=Selam',
  ['domestic servitude', 'smuggling debt', 'sexual exploitation']),
 'SDN': N(8, 'PAT', .95, 'Mohamed Ahmed Osman Abdelrahman Ibrahim Adam Ismail Yousif Hassan Hussein Omer Abdalla Mustafa Khalid Elfatih Musa Yahya Ali Idris Babiker Suleiman Abakar Haroun',
  'Fatima Amna Hawa Mariam Khadija Sara Zainab Aisha Nafisa Halima',
  'Mohamed Ahmed Osman Abdelrahman Ibrahim Adam Ismail Yousif Hassan Hussein Omer Abdalla Mustafa Khalid Musa Yahya Ali Idris Babiker Suleiman Abakar Haroun Eltayeb',
  ['Sudanese', 'Sudanese', 'SDN', 'Sudan', 'sudanese'], 'Arabic', .4, .3, 'Hamoudi Abu_Ali Mido Sasa',
  'Mohamed=Mohammed,Muhammad,Mohammad,Mohamad,Mohmed Ahmed=Ahmad,Ahmmed Osman=Othman,Usman Abdelrahman=Abdulrahman,Abdel_Rahman,Abd_Elrahman,Abdurahman Ismail=Ismaeil,Ismael,Esmail Yousif=Yousef,Yusuf,Youssef,Yosif Hussein=Husein,Hussain,Husain Omer=Omar Abdalla=Abdallah,Abdullah,Abdulla Mustafa=Mustapha,Mostafa Khalid=Khaled Elfatih=El_Fatih,Alfatih Musa=Mousa,Moussa Yahya=Yehia,Yahia Idris=Idriss,Edris Suleiman=Sulaiman,Soliman,Suliman Haroun=Harun,Haroon Abakar=Abaker,Abbakar Fatima=Fatma,Fatimah Amna=Amina Mariam=Maryam,Mariyam Khadija=Khadijah,Khadiga Zainab=Zeinab,Zaynab Aisha=Aysha,Ayesha Halima=Halimah Hassan=Hasan Ibrahim=Ebrahim,Ibraheem Babiker=Babikir,Babeker Eltayeb=Eltaib,Al_Tayeb',
  ['smuggling debt', 'forced labour en route (Libya)', 'forced criminality', 'car wash']),
 'IRQ': N(7, 'PAT', .9, 'Karwan Rebwar Hawre Dilshad Shwan Aram Saman Hemin Zana Kawa Bakhtiyar Sherzad Dler Ako Hiwa Sarkawt Rawand Hoshyar',
  'Shilan Nask Avin Bahar Rezan Shirin Jwan Lana Dilan Zhino Sazan',
  'Rasul Aziz Qadir Karim Salih Faraj Mahmood Hamad Othman Jalal Kamal Rashid Ahmed Mohammed Ali Omar',
  ['Iraqi', 'Iraqi', 'Iraqi Kurd', 'IRQ', 'Kurdish', 'Kurdish (Iraq)'], 'Kurdish Sorani', .3, .25, 'Kaka Aro Dana Rebo',
  'Hawre=Hawri,Hawrey Bakhtiyar=Bakhtiar,Bakhtyar,Baxtiyar Rasul=Rasool,Rasoul Qadir=Kadir,Qader,Kader Karim=Kareem,Kerim Salih=Saleh Mahmood=Mahmoud,Mahmud Hamad=Hammad Sherzad=Shirzad Dler=Diler Hiwa=Hewa Sarkawt=Sarkaut,Sarkawat Rawand=Rawend Hoshyar=Hushyar Shirin=Shereen,Sheerin Zhino=Jino Rebwar=Rebuar Dilshad=Dilshaad Shwan=Shuan Hemin=Hemn,Himin Rashid=Rasheed Aziz=Azeez Mohammed=Mohamed,Muhammad Ahmed=Ahmad Omar=Omer Othman=Osman',
  ['car wash', 'smuggling debt', 'forced criminality', 'barber shop labour']),
 'AFG': N(7, 'GF', .9, 'Ahmad Mohammad Abdul Hamid Jawad Sohail Nasir Farid Zabiullah Rahmatullah Ali Hekmat Naveed Bilal Samiullah Khalid Asadullah Wahid Hamza Shafiq Omid Reza',
  'Zahra Maryam Parwana Fereshta Nilofar Shabnam Mursal Roya Sahar Mahbooba Mina',
  'Ahmadzai Noori Rahimi Hakimi Safi Stanikzai Popal Sultani Hussaini Amiri Karimi Wardak Sadat Mohammadi Haidari Jalali Azizi Nazari Samadi Shinwari',
  ['Afghan', 'Afghan', 'Afghanistan', 'AFG', 'Afghani'], 'Pashto', .55, .45, 'Zabi Jan Hami Sami Ali_Jan',
  'Mohammad=Mohammed,Muhammad,Mohamad,Mohd Ahmad=Ahmed Sohail=Suhail,Sohel Nasir=Naseer,Nasser Farid=Fareed Zabiullah=Zabihullah,Zabiulla Rahmatullah=Rahmatulla Samiullah=Samiulla Asadullah=Asadulla Naveed=Navid,Naweed Omid=Omed,Umid Hamza=Hamzah Shafiq=Shafique,Shafeeq Noori=Nouri,Nuri Rahimi=Rahemi Stanikzai=Stanekzai,Stanakzai Hussaini=Husseini,Hosseini Mohammadi=Muhammadi,Mohamadi Haidari=Haideri,Heidari Nilofar=Nilufar,Niloufar Fereshta=Freshta,Fereshteh Parwana=Parvana Mahbooba=Mahbuba Shinwari=Shinwary Nazari=Nazary Abdul=Abdol Hekmat=Hikmat',
  ['smuggling debt', 'car wash', 'forced criminality', 'sexual exploitation en route']),
 'ROU': N(6, 'GF', .55, 'Ion Andrei Florin Marius Ionuț Gheorghe Constantin Adrian Costel Vasile Mihai Daniel Cristian Nicolae Ștefan Alexandru Cătălin',
  'Maria Elena Ioana Andreea Florentina Mihaela Georgiana Alina Ramona Nicoleta Roxana Denisa Bianca Larisa',
  'Popescu Ionescu Stan Dumitru Stoica Munteanu Lungu Radu Dinu Rusu Ciobanu Tănase Mocanu Șerban Moldovan Preda Zamfir Oprea Marin Badea Lazăr Florea Niculae',
  ['Romanian', 'Romanian', 'ROU', 'ROM', 'Romania'], 'Romanian', .02, .15, 'Nelu Gigi Costi Roxi Nico Bebe',
  'Ionuț=Ionut,Ionutz Gheorghe=Gheorge,George Ștefan=Stefan Cătălin=Catalin Andreea=Andrea,Andreia Nicoleta=Nicoletta Mihaela=Michaela Tănase=Tanase Șerban=Serban,Sherban Lazăr=Lazar Ciobanu=Cioban Constantin=Costantin Alexandru=Alexander',
  ['car wash', 'agricultural labour', 'sexual exploitation', 'forced begging', 'warehouse labour']),
 'CHN': N(4, 'FG', .6, 'Wei Jun Lei Hao Ming Jian Xiaoming Zhiqiang Jianhua Yong Bin Tao Qiang Peng',
  'Jing Na Mei Yan Xiuying Fang Ying Hui Xiaoyan Juan Hong',
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Lin Xu Sun Zhu Guo Gao',
  ['Chinese', 'Chinese', 'CHN', 'China', 'PRC'], 'Mandarin', .05, .1, 'Kevin Amy Jenny Lucy Jack Coco',
  'Xiaoming=Xiao_Ming,Xiao-Ming Zhiqiang=Zhi_Qiang,Zhi-Qiang Jianhua=Jian_Hua Xiuying=Xiu_Ying Xiaoyan=Xiao_Yan Chen=Chan Huang=Wong Zhang=Chang,Cheung Zhou=Chou,Chow Wu=Woo Lin=Lam Liu=Lau Xu=Hsu Zhao=Chao Guo=Kwok Gao=Kao Li=Lee Wang=Whang',
  ['massage parlour', 'restaurant work', 'sexual exploitation', 'cannabis farm']),
 'NGA': N(5, 'GF', .35, 'Chinedu Emeka Oluwaseun Babatunde Ifeanyi Uche Obinna Chukwuemeka Osaro Efosa Samuel Godwin Victor Kelvin',
  'Blessing Precious Joy Grace Chioma Ngozi Adaeze Funmilayo Esther Favour Osasere Omosede Vivian Gift Mercy',
  'Okafor Adeyemi Okonkwo Eze Ogunleye Nwosu Balogun Adebayo Okoro Obi Igbinedion Osagie Omoruyi Ehigie Osaghae Uwaifo Aigbe Nwachukwu Olawale Akinola',
  ['Nigerian', 'Nigerian', 'NGA', 'Nigeria', 'nigerian'], '', .1, .15, 'Mimi Bella Sandra Osas Princess Tina',
  'Oluwaseun=Seun,Oluwasheun Babatunde=Tunde Chukwuemeka=Emeka,Chukwuemaka Funmilayo=Funmi,Fumilayo Ifeanyi=Ifeanyichukwu Osasere=Osas,Osaseri Omosede=Sede Nwachukwu=Nwachuku Igbinedion=Igbinedon,Igbenedion Okonkwo=Okonkow Osaghae=Osaghe Uwaifo=Uwaifor Adebayo=Adebayor Precious=Presh Blessing=Bless Favour=Favor Godwin=Godwyn Kelvin=Kelvyn Chinedu=Chinedum Efosa=Efosa Ogunleye=Ogunleyi',
  ['sexual exploitation', 'domestic servitude', 'juju oath / debt', 'forced labour - care work']),
}
NATKEYS = list(NATS)
DOBF = [lambda d: f'{d.day:02d}/{d.month:02d}/{d.year}', lambda d: f'{d.day}.{d.month}.{d.year % 100:02d}',
        lambda d: f'{d.day:02d}-{MON[d.month - 1]}-{d.year}', lambda d: f'{ordn(d.day)} {MONTHS[d.month - 1]} {d.year}',
        lambda d: f'{d.day}/{d.month}/{d.year}', lambda d: f'{d.day:02d}.{d.month:02d}.{d.year}',
        lambda d: f'{d.year}-{d.month:02d}-{d.day:02d}', lambda d: f'{d.day:02d}/{d.month:02d}/{d.year % 100:02d}']
DOBW = ['(DOB {})', 'DOB {}', 'd.o.b {}', '{}', 'born {}', 'DOB: {}', '(d.o.b. {})', 'b. {}']
AGEF = ['{} yrs', '{}yrs', '{} yrs old', 'aged {}', '{} y/o', 'approx {}', 'age {}', '{}yo']
REFERRERS = [['Police', 'Met Police', 'MPS', 'police', 'Police (CID)', 'Kent Police'], ['Border Force', 'BF', 'Border force - Dover'],
             ["Children's Services", 'Childrens Services', 'CSC', 'Social Services'], ['Self-referral', 'Self', 'self referral'],
             ['A&E', 'Hospital', 'NHS - A&E'], ['Homeless outreach', 'Outreach team', 'Street outreach'],
             ['Solicitor', 'Immigration solicitor', 'Legal rep'], ['School', 'School DSL'], ['Other NGO', 'Partner charity', 'Another NGO'],
             ['Home Office', 'UKVI', 'HO'], ['Job Centre', 'DWP'], ['Hostel staff', 'Supported accommodation', 'Hostel']]
OUTCOMES = {'NGO': ['Referred to NRM', 'NRM - positive RG', 'NRM - negative RG', 'Positive CG', 'Declined NRM', 'Supported - ongoing',
                    'Lost contact', 'Signposted', 'Closed', 'Pending', 'Missing'],
            'LA': ['NRM submitted', 'DtN only', 'Positive reasonable grounds', 'Negative RG - reconsideration requested',
                   'Conclusive grounds (positive)', 'Placed with foster carer', 'Went missing from care',
                   'Age assessed as adult - referred to HO', 'NFA', 'Open']}
START, SPAN = dt.date(2019, 1, 1), 2000


def ordn(n): return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def strip_acc(s):
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def safe_date(y, m, d):
    return dt.date(y, m, min(d, 28) if m == 2 else d)


def typo(rng, s):
    if len(s) < 4: return s
    i, k = rng.randrange(1, len(s) - 1), rng.random()
    if k < .3: return s[:i] + s[i + 1:]
    if k < .55: return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k < .75: return s[:i] + s[i] + s[i:]
    c = s[i].lower()
    return s[:i] + {'a': 'e', 'e': 'a', 'i': 'y', 'y': 'i', 'o': 'u', 'u': 'o', 'k': 'c', 'c': 'k', 's': 'z', 'z': 's',
                    'h': '', 'n': 'm', 'm': 'n'}.get(c, c + 'h') + s[i + 1:]


class P:  # one invented person
    def __init__(s, **kw): s.__dict__.update(kw)


def new_person(rng, pid, nat=None, sex=None):
    nat = nat or rng.choices(NATKEYS, [NATS[k]['w'] for k in NATKEYS])[0]
    n = NATS[nat]
    sex = sex or ('M' if rng.random() < n['pm'] else 'F')
    given = rng.choice(n['m'] if sex == 'M' else n['f']).replace('_', ' ')
    mid, fam, extra, father = [], rng.choice(n['fam']), '', rng.choice(n['m'])
    if nat == 'VNM':
        mid = [('Van' if sex == 'M' else 'Thi') if rng.random() < .85 else rng.choice(['Duc', 'Thanh', 'Quoc'] if sex == 'M' else ['Ngoc', 'Thanh'])]
    elif nat in ('ROU', 'NGA') and rng.random() < .15:
        mid = [rng.choice([x for x in (n['m'] if sex == 'M' else n['f']) if x != given])]
    elif n['scheme'] == 'PAT' and rng.random() < {'SDN': .85, 'IRQ': .5}.get(nat, .6):
        extra = rng.choice(n['fam'])
    if nat == 'AFG' and rng.random() < .35: fam = ''
    first = START + dt.timedelta(days=rng.randrange(SPAN))
    minor = rng.random() < n['minor']
    age = rng.choice([12, 13, 14, 14, 15, 15, 15, 16, 16, 16, 16, 17, 17, 17, 17, 17]) if minor else 18 + int(min(rng.expovariate(1 / 9), 45))
    p = P(pid=pid, nat=nat, sex=sex, given=given, mid=mid, fam=fam, extra=extra, father=father, first=first, rels=[],
          alias=rng.choice(n['alias']) if rng.random() < .18 else None, ho=None, alt=None, est=rng.random() < n['est'])
    set_dob(rng, p, first - dt.timedelta(days=int(age * 365.25) + rng.randrange(1, 364)))
    if nat != 'GBR' and rng.random() < .45: p.ho = f"{rng.choice('ABDFGHKMRSTW')}{rng.randrange(1000000, 9999999)}"
    return p


def set_dob(rng, p, dob):
    p.dob = dt.date(dob.year, 1, 1) if p.est else dob
    age = (p.first - p.dob).days / 365.25
    p.alt = None
    if age < 22 and p.nat not in ('GBR', 'ROU') and rng.random() < .3:  # disputed age: claimed vs assessed DOB
        y = p.dob.year - rng.choice([1, 2, 2, 3, 4])
        p.alt = dt.date(y, 1, 1) if rng.random() < .6 else safe_date(y, p.dob.month, p.dob.day)


def relative(rng, pid, base, kind):
    p = new_person(rng, pid, base.nat, sex=(base.sex if kind == 'namesake' or rng.random() < .5 else None))
    if kind == 'namesake':
        p.given, p.mid, p.fam = base.given, list(base.mid), base.fam
        if base.est and rng.random() < .25:  # same estimated 1 January DOB
            p.est = True; set_dob(rng, p, base.dob)
        return p
    n = NATS[base.nat]
    pool = [x for x in (n['m'] if p.sex == 'M' else n['f']) if x.replace('_', ' ') != base.given]
    p.given = rng.choice(pool).replace('_', ' ')
    if base.nat == 'VNM': p.mid = [('Van' if p.sex == 'M' else 'Thi')]
    if kind == 'sibling':
        p.fam, p.extra, p.father, p.est = base.fam, base.extra, base.father, base.est
        set_dob(rng, p, base.dob if rng.random() < .12 else base.dob + dt.timedelta(days=rng.choice([-1, 1]) * rng.randrange(300, 3000)))
        words = ('brother', 'sister')
    else:  # child of base
        if n['scheme'] == 'PAT' and base.sex == 'M': p.fam, p.extra = base.given, base.fam
        elif base.nat == 'AFG' and base.sex == 'M': p.fam, p.father = base.fam, base.given
        elif n['scheme'] != 'PAT': p.fam = base.fam
        kid = base.dob + dt.timedelta(days=rng.randrange(18 * 365, 32 * 365))
        if kid > base.first - dt.timedelta(days=400): kid = base.first - dt.timedelta(days=rng.randrange(400, 5000))
        set_dob(rng, p, kid)
        words = ('son', 'daughter')
    if rng.random() < .5: p.first = base.first  # referred together
    if base.ho and rng.random() < .6:
        root = base.ho.split('/')[0]
        base.ho = root + '/1' if '/' not in base.ho else base.ho
        p.ho = f'{root}/{rng.randrange(2, 5)}'
    rel_word = words[p.sex == 'F']
    back = {'brother': ('brother', 'sister'), 'sister': ('brother', 'sister')}.get(rel_word, ('father', 'mother'))[base.sex == 'F']
    p.rels.append((rel_word + ' of', base)); base.rels.append((back + ' of', p))
    return p


def make_staff(rng, log):
    return dict(log=log, fw=[rng.uniform(.5, 3), rng.uniform(0, 3), rng.uniform(0, 3), rng.uniform(0, .25), rng.uniform(0, .2)],
                case=rng.choices(['asis', 'surcaps', 'upper', 'lower'], [4, 4, 1.5, 1])[0], dobf=rng.randrange(len(DOBF)),
                wrap=rng.randrange(len(DOBW)), agef=rng.randrange(len(AGEF)), p_dob=rng.uniform(.35, .9), p_age=rng.uniform(.1, .6),
                p_nat=rng.uniform(.05, .7), p_title=rng.choice([0, 0, .1, .4, .8]), dot=rng.random() < .3,
                p_typo=rng.uniform(.02, .12), p_strip=rng.uniform(.4, 1), p_var=rng.uniform(.1, .35),
                sep=rng.choice([', ', ' - ', ' ', ' / ', ', ']), osep=rng.choice(['; ', '. ', ' | ', ', ']), p_odob=rng.uniform(.2, .8))


def dob_text(rng, p, st, d):
    if (p.est and d.month == 1 and d.day == 1 and rng.random() < .3) or rng.random() < .06:
        return rng.choice(['b. {}', 'born {}', 'approx {}', '{} (est)', 'YOB {}']).format(d.year), True
    return DOBF[st['dobf'] if rng.random() < .75 else rng.randrange(len(DOBF))](d), False


def render(rng, p, st, date, f):
    n, sch = NATS[p.nat], NATS[p.nat]['scheme']

    def vary(t):
        if t and t in n['var'] and rng.random() < st['p_var']:
            f['transliteration/spelling variant'] = 1; return rng.choice(n['var'][t])
        return t
    g, fam, ext, fa = vary(p.given), vary(p.fam), vary(p.extra), vary(p.father)
    mids = [vary(m) for m in p.mid if not ((sch == 'GF' and rng.random() < .4) or (sch == 'FG' and rng.random() < .3))]
    if rng.random() < st['p_typo']:
        if rng.random() < .5 or not fam: g = typo(rng, g)
        else: fam = typo(rng, fam)
        f['typo in name'] = 1
    if rng.random() < st['p_strip']: g, fam, ext, fa, mids = strip_acc(g), strip_acc(fam), strip_acc(ext), strip_acc(fa), [strip_acc(m) for m in mids]
    form = rng.choices(['natural', 'comma', 'gf', 'init', 'given_only'], st['fw'])[0]
    suffix, fg = '', sch == 'FG'
    if fg:
        firsts, sur = mids + [g], fam
        if form in ('comma', 'gf') and rng.random() < .15: firsts, sur, fg = [fam] + mids, g, False; f['name parts swapped'] = 1
    elif sch == 'PAT':
        use_ext = ext and rng.random() < (.7 if p.nat == 'SDN' else .4)
        firsts, sur = ([g, fam], ext) if use_ext else ([g], fam)
    else:
        firsts, sur = [g] + mids, fam
        if not fam:
            r = rng.random()
            if r < .4: sur = fa
            elif r < .7: suffix = ' s/o ' + fa
            else: form = 'given_only'
    case = st['case'] if rng.random() < .85 else rng.choice(['asis', 'surcaps', 'upper', 'lower'])
    fx = lambda s: s.upper() if case == 'upper' else s.lower() if case == 'lower' else s
    S, Fs = (sur.upper() if case == 'surcaps' else fx(sur)), [fx(x) for x in firsts]
    f['case:' + case] = 1
    if p.alias and rng.random() < .05:
        name, form = fx(rng.choice([p.alias, f"'{p.alias}'"])) + rng.choice([' (surname unknown)', ' - real name not known', '']), 'alias_only'
    elif form == 'given_only': name = Fs[0] + rng.choice([' (surname unknown)', ' (no surname)', ' - surname not known', ' ?', ''])
    elif not sur: name = ' '.join(Fs) + fx(suffix)
    elif form == 'natural': name = ' '.join([S] + Fs if fg else Fs + [S])
    elif form == 'comma': name = f"{S}, {' '.join(Fs)}"
    elif form == 'gf': name = ' '.join(Fs + [S])
    else: name = f'{Fs[0][0]}. {S}'
    f['name form:' + form] = 1
    if rng.random() < st['p_title']:
        sex = p.sex if rng.random() > .02 else 'MF'[p.sex == 'M']
        t = 'Mr' if sex == 'M' else rng.choice(['Ms', 'Miss', 'Mrs'])
        name = fx(t + '.' * st['dot']) + ' ' + name; f['title'] = 1
    dob = p.alt if p.alt and rng.random() < .4 else p.dob
    if dob != p.dob: f['alternative (disputed) DOB used'] = 1
    r = rng.random()
    if r < .03 and dob.day <= 12 and dob.day != dob.month: dob = dt.date(dob.year, dob.day, dob.month); f['DOB perturbed (swap/year/day)'] = 1
    elif r < .05: dob = safe_date(dob.year + rng.choice([-1, 1]), dob.month, dob.day); f['DOB perturbed (swap/year/day)'] = 1
    elif r < .07: dob = safe_date(dob.year, dob.month, rng.randrange(1, 29)); f['DOB perturbed (swap/year/day)'] = 1
    parts, oth = [], []
    where = 'det' if rng.random() < st['p_dob'] else 'oth' if rng.random() < st['p_odob'] else 'none'
    if where == 'det':
        s, yr = dob_text(rng, p, st, dob)
        parts.append(s if yr else (DOBW[st['wrap']] if rng.random() < .7 else rng.choice(DOBW)).format(s)); f['DOB in details'] = 1
    if where != 'det' and rng.random() < st['p_age'] or where == 'det' and rng.random() < .08:
        a = int((date - dob).days / 365.25) + (rng.choice([-1, 1]) if rng.random() < .1 else 0)
        parts.append((AGEF[st['agef']] if rng.random() < .7 else rng.choice(AGEF)).format(a)); f['age in details'] = 1
    nat_det = rng.random() < st['p_nat']
    label = rng.choice(NATS[('ETH' if p.nat == 'ERI' else 'ERI')]['labels'] if p.nat in ('ERI', 'ETH') and rng.random() < .08 else n['labels'])
    if nat_det: parts.append(label); f['nationality in details'] = 1
    if p.alias and form != 'alias_only' and rng.random() < .25:
        parts.append(rng.choice(['aka {}', '(aka {})', 'a.k.a. {}', 'also known as {}', 'AKA {}']).format(p.alias)); f['alias in details'] = 1
    ho = p.ho and (p.ho.split('/')[0] if rng.random() < .4 else p.ho)
    if ho and rng.random() < .03: ho = ho[:3] + str(rng.randrange(10)) + ho[4:]
    if ho and rng.random() < .15: parts.append(rng.choice(['HO ref {}', 'HO: {}', '{}', '(HO {})']).format(ho)); f['HO ref in details'] = 1
    elif ho and rng.random() < .35: oth.append(rng.choice(['HO ref {}', 'Home Office ref: {}', 'HO: {}', 'HO ref no. {}']).format(ho)); f['HO ref in other info'] = 1
    if where == 'oth':
        s, yr = dob_text(rng, p, st, dob)
        oth.append(rng.choice(['DOB given as {} - age disputed'] if p.alt else ['DOB {}', 'd.o.b. {}', 'DOB: {}', 'claims DOB {}', 'DOB given as {}']).format(s))
        f['DOB in other info'] = 1
    elif where == 'none' and 'age in details' not in f:
        f['no DOB/age at all'] = 1
        if rng.random() < .15: oth.append(rng.choice(['DOB unknown', 'DOB not given', 'age unknown', 'no ID docs']))
    if p.alias and 'alias in details' not in f and rng.random() < .35:
        oth.append(rng.choice(['also known as {}', 'aka {}', 'uses name {}', 'AKA: {}', 'calls ' + ('himself' if p.sex == 'M' else 'herself') + ' {}']).format(p.alias))
        f['alias in other info'] = 1
    if p.alt and rng.random() < .3: oth.append(rng.choice(['age disputed', 'age assessment pending', 'HO say over 18', 'claims to be a minor']))
    if rng.random() < .45: oth.append(rng.choice(n['expl']))
    if n['lang'] and rng.random() < .2: oth.append(rng.choice(['interpreter needed ({})', '{} speaker', 'needs {} interpreter']).format(n['lang']))
    if p.rels and rng.random() < .35:
        w, q = rng.choice(p.rels)
        oth.append(rng.choice(['{} {} also referred', '{} {}']).format(w, ' '.join(x for x in (q.given, q.fam) if x))); f['relative named in other info'] = 1
    rng.shuffle(oth)
    if not oth: f['Other info blank (before prev-ref notes)'] = 1
    natcol = '' if (nat_det and rng.random() < .85) or (not nat_det and rng.random() < .25) else rng.choice(n['labels'] if rng.random() < .9 else [label])
    if not natcol: f['Nationality column blank'] = 1
    return st['sep'].join([name] + parts), st['osep'].join(oth), natcol


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--people', type=int, required=True); ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--out', required=True); ap.add_argument('--truth', required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    staff = {'NGO': [make_staff(rng, 'NGO') for _ in range(5)], 'LA': [make_staff(rng, 'LA') for _ in range(7)]}
    people, kinds = [], Counter()
    for i in range(a.people):
        r, pid = rng.random(), f'P{i + 1:05d}'
        kind = 'sibling' if r < .08 else 'child' if r < .11 else 'namesake' if r < .17 else 'fresh'
        if kind == 'child':
            adults = [q for q in people[-200:] if (q.first - q.dob).days > 33 * 365]
            kind = 'child' if adults else 'sibling'
        if kind != 'fresh' and people:
            base = rng.choice(adults if kind == 'child' else people[-300:])
            people.append(relative(rng, pid, base, kind)); kinds[kind] += 1
        else:
            people.append(new_person(rng, pid)); kinds['fresh'] += 1
    recs, stats = [], Counter()
    for p in people:
        k = rng.choices([1, 2, 3, 4, 5], [.38, .28, .18, .10, .06])[0]
        date, log, ref_type, prev = p.first, None, rng.randrange(len(REFERRERS)), {}
        minor = (p.first - p.dob).days < 18 * 365.25
        for j in range(k):
            if j and rng.random() < .35:  # same referral also logged by the other organisation
                date, log, same = date + dt.timedelta(days=rng.randrange(8)), {'NGO': 'LA', 'LA': 'NGO'}[log], True
            else:
                if j: date, ref_type = date + dt.timedelta(days=1 + int(rng.expovariate(1 / 150))), rng.randrange(len(REFERRERS))
                log, same = ('LA' if rng.random() < (.65 if minor else .4) else 'NGO'), False
            st, f = rng.choice(staff[log]), {}
            if log in prev and rng.random() < .25:
                det, oth, natcol = prev[log][0], '', prev[log][2]; f['copy of earlier row'] = 1
            else:
                det, oth, natcol = render(rng, p, st, date, f)
            prev[log] = (det, oth, natcol)
            if same: f['same referral in both logs'] = 1
            stats.update(f)
            dstr = date.strftime('%d/%m/%Y') if log == 'NGO' else date.strftime('%d-%b-%y')
            recs.append(dict(log=log, date=date, p=p, row={'Source': log, 'Date received': dstr,
                             'Referrer': rng.choice(REFERRERS[ref_type]), 'Client details': det, 'Other info': oth,
                             'Nationality': natcol, 'Outcome': rng.choice([o for o in OUTCOMES[log] if minor or 'care' not in o]) if rng.random() < .9 else ''}, osep=st['osep']))
    ids, seq, last = set(), Counter(), {}
    recs.sort(key=lambda r: (r['log'] != 'NGO', r['date'], rng.random()))
    for r in recs:
        while True:
            rid = f'{rng.getrandbits(40):010x}'
            if rid not in ids: ids.add(rid); break
        r['row']['record_id'] = rid
        seq[(r['log'], r['date'].year if r['log'] == 'NGO' else 0)] += 1
        ref = (f"{r['date'].year % 100:02d}/{seq[('NGO', r['date'].year)]:03d}" if r['log'] == 'NGO' else f"MS{seq[('LA', 0)]:04d}")
        r['row']['Ref'] = ref
        key = (r['p'].pid, r['log'])
        if key in last and rng.random() < .15:
            note = rng.choice(['prev ref {}', 'see {}', 're-referral (was {})', 'previously known - ref {}']).format(last[key])
            r['row']['Other info'] = r['osep'].join(x for x in (r['row']['Other info'], note) if x); stats['previous ref in other info'] += 1
        last[key] = ref
    cols = ['record_id', 'Source', 'Ref', 'Date received', 'Referrer', 'Client details', 'Other info', 'Nationality', 'Outcome']
    with open(a.out, 'w', newline='', encoding='utf-8') as fh:
        w = csv.DictWriter(fh, cols); w.writeheader(); [w.writerow(r['row']) for r in recs]
    with open(a.truth, 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh); w.writerow(['record_id', 'person_id']); [w.writerow([r['row']['record_id'], r['p'].pid]) for r in recs]
    sizes = Counter(r['p'].pid for r in recs)
    print(f'people {len(people)}  records {len(recs)}  true pairs {sum(c * (c - 1) // 2 for c in sizes.values())}  '
          f'person kinds {dict(kinds)}', file=sys.stderr)
    for k, v in sorted(stats.items()): print(f'  {k:38s} {v / len(recs):6.1%}', file=sys.stderr)


if __name__ == '__main__':
    main()
