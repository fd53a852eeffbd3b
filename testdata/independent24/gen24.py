#!/usr/bin/env python3
"""gen24 - synthetic pooled case file of a UK returns-and-reintegration partnership.

UK caseworkers (referral / support plan / return plan) write names in Latin script with their
own transliterations; partner NGOs in ten countries of origin (reception / follow-up) type names
in the native script. Every person and every name combination is invented.
Usage: python3 gen24.py --people N --seed S --out data.csv --truth truth.csv
"""
import argparse, csv, datetime as dt, random, unicodedata

R = random.Random()
def ch(s): return R.choice(s)
def p(x): return R.random() < x
def wch(pairs):
    r, acc = R.random() * sum(w for _, w in pairs), 0.0
    for v, w in pairs:
        acc += w
        if r < acc: return v
    return pairs[-1][0]
def dedupe(xs):
    out = []
    for x in xs:
        if x and x not in out: out.append(x)
    return out
def fold(s):  # drop diacritics (Latin only)
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))

class Tok:
    """one name element: native form, alternative native forms, Latin renderings (preference order)"""
    def __init__(s, nat, lat, off=None, alt=(), dim=(), syl=None):
        s.nat, s.lat, s.alt, s.dim, s.syl = nat, dedupe(lat), list(alt), list(dim), syl
        s.off = off or s.lat[0]
def pick(t):
    i = 0
    while i < len(t.lat) - 1 and p(.3): i += 1
    return t.lat[i]
def vtok(spec):  # "native:Lat1/Lat2/Lat3"
    nat, lat = spec.split(':'); return Tok(nat.replace('+', '\u200c').replace('_', ' '), lat.replace('_', ' ').split('/'))

# ---------------------------------------------------------------- Cyrillic transliteration
BASE = dict(zip('абвгдезклмнопрстуфчш', 'a b v g d e z k l m n o p r s t u f ch sh'.split()), ж='zh', и='i', й='y', х='kh', ц='ts', щ='shch', ь='', ю='yu', я='ya', ё='yo', ы='y', э='e', ъ=''); BASE["'"] = ''
def T(**kw): d = dict(BASE); d.update(kw); return d
UA_KMU = T(г='h', ґ='g', є=('ye', 'ie'), и='y', і='i', ї=('yi', 'i'), й=('y', 'i'), ю=('yu', 'iu'), я=('ya', 'ia'))
UA_BGN = T(г='h', ґ='g', є='ye', и='y', і='i', ї='yi')
UA_PHON = T(г='h', ґ='g', є='ye', і='i', ї='i', х='h', щ='sch')
RU_OLD = T(е=('ye', 'e'), ю='yu', я='ya')
RU_ICAO = T(й='i', ю='iu', я='ia', ъ='ie', ё='e')
BG_STR = T(щ='sht', ъ='a', х='h', ь='y')
BG_RUS = T(ъ='u', й='i')
BG_FOR = T(ж='j', ц='tz', ъ='a', х='h', щ='sht', й='i', ю='iu', я='ia')
def tr(word, tab):
    out = []
    for i, c in enumerate(word):
        v = tab.get(c.lower(), c.lower())
        if isinstance(v, tuple): v = v[0] if i == 0 or not word[i - 1].isalpha() else v[1]
        out.append(v[:1].upper() + v[1:] if c.isupper() else v)
    s = ''.join(out)
    return s[:-3] + 'ia' if tab is BG_STR and s.endswith('iya') else s

# ---------------------------------------------------------------- name lists (all invented combinations)
UA_M = [l.split() for l in """Олександр Александр Олександрович Олександрівна Александрович Александровна Alexander/Sasha
Андрій Андрей Андрійович Андріївна Андреевич Андреевна Andrew/Andriy
Сергій Сергей Сергійович Сергіївна Сергеевич Сергеевна Sergey/Seryozha
Дмитро Дмитрий Дмитрович Дмитрівна Дмитриевич Дмитриевна Dmitry/Dima
Микола Николай Миколайович Миколаївна Николаевич Николаевна Nikolai/Kolya
Іван Иван Іванович Іванівна Иванович Ивановна Ivan/Vanya
Василь Василий Васильович Василівна Васильевич Васильевна Vasily/Vasya
Юрій Юрий Юрійович Юріївна Юрьевич Юрьевна Yuri/Yura
Олег Олег Олегович Олегівна Олегович Олеговна -/-
Віталій Виталий Віталійович Віталіївна Витальевич Витальевна Vitaly/Vitalik
Богдан Богдан Богданович Богданівна Богданович Богдановна -/-
Тарас Тарас Тарасович Тарасівна Тарасович Тарасовна -/-
Максим Максим Максимович Максимівна Максимович Максимовна Maxim/Max
Володимир Владимир Володимирович Володимирівна Владимирович Владимировна Vladimir/Vova,Volodya
Петро Пётр Петрович Петрівна Петрович Петровна Peter/Petya
Євген Евгений Євгенович Євгенівна Евгеньевич Евгеньевна Eugene/Zhenya
Ігор Игорь Ігорович Ігорівна Игоревич Игоревна Igor/-
Роман Роман Романович Романівна Романович Романовна -/Roma
Віктор Виктор Вікторович Вікторівна Викторович Викторовна Victor/Vitya
Павло Павел Павлович Павлівна Павлович Павловна Pavel/Pasha""".splitlines()]
UA_F = [l.split() for l in """Олена Елена Elena/Lena
Наталія Наталья Natalia/Natasha
Ірина Ирина Irina/Ira
Оксана Оксана -/-
Юлія Юлия Julia/Yulia
Тетяна Татьяна Tatiana/Tanya
Анастасія Анастасия Anastasia/Nastya
Катерина Екатерина Katherine/Katya
Марія Мария Maria/Masha
Світлана Светлана Svetlana/Sveta
Людмила Людмила Ludmila/Luda
Вікторія Виктория Victoria/Vika
Ганна Анна Anna/Anya
Дарина Дарья Daria/Dasha
Олександра Александра Alexandra/Sasha
Христина Кристина Christina/Kristina""".splitlines()]
UA_SUR = ('Шевченко Бондаренко Ткаченко Кравченко Коваленко Мельник Олійник Шевчук Поліщук Бойко Лисенко Руденко '
          'Савченко Мороз Павленко Кравчук Гнатюк Литвиненко Марченко Зінченко Захарченко Гуменюк Приходько Їжак '
          'Ковальський/Ковальська Яворський/Яворська Городецький/Городецька Щербак Євтушенко Юрченко').split()
def ru_form(s):
    s = s.replace('ська', 'ская').replace('ський', 'ский')
    return ''.join({'і': 'и', 'ї': 'и', 'є': 'е', 'ґ': 'г', 'Ї': 'И', 'Є': 'Е', 'І': 'И'}.get(c, c) for c in s)
BG_M = [x.split(':') for x in ('Георги:Георгиев:George Иван:Иванов: Петър:Петров:Peter Димитър:Димитров:Dimiter Стефан:Стефанов:Stephan '
        'Христо:Христов:Christo Николай:Николаев:Nicolai Васил:Василев: Тодор:Тодоров:Theodor Стоян:Стоянов: Асен:Асенов: '
        'Красимир:Красимиров: Атанас:Атанасов: Ангел:Ангелов: Цветан:Цветанов:Tzvetan Любомир:Любомиров: Йордан:Йорданов:Jordan '
        'Живко:Живков: Юлиан:Юлианов:Julian Младен:Младенов:').split()]
BG_F = [x.split(':') for x in ('Мария:Maria Иванка: Елена: Десислава: Цветелина: Гергана: Радостина: Петя: Виктория:Victoria Симона: '
        'Йорданка: Стефка: Росица: Надежда: Светла: Яна:Jana Жана: Юлия:Julia Златка:').split()]
BG_SUR = ('Стоянов Георгиев Димитров Николов Иванов Атанасов Христов Тодоров Илиев Колев Маринов Ангелов Щерев Жечев Цонев '
          'Гущеров Шишков Чолаков Гълъбов Бъчваров Ковачев Йорданов Янков Юруков').split()
AL_M = ('Arben Besnik Dritan Erion Gentian Ilir Klodian Mirel Ardit Elton Fatjon Kujtim Lulzim Sokol Xhevdet Ermal Endrit '
        'Florian Artan Fatmir Gëzim Ylli Çlirim Agron').split()
AL_F = ('Anila Blerina Elira Entela Flutura Mirela Rovena Valbona Xhensila Erjona Klea Dorina Brunilda Jonida Drita '
        'Lindita Mimoza Shpresa Vjollca Mirjeta').split()
AL_SUR = ('Hoxha Leka Shehu Gjoni Kola Marku Dervishi Çela Hysa Krasniqi Berisha Gjika Prendi Muça Lleshi Doçi Bajrami '
          'Brahimi Xhafa Zeqiri Gjeta Prifti Hasani Dushku Tafaj Përmeti').split()
RO_M = ('Ion Gheorghe Vasile Constantin Marian Florin Ionuț Andrei Mihai Cristian Alexandru Adrian Costel Nicolae Cătălin '
        'Bogdan Răzvan Ștefan Viorel Dumitru').split()
RO_F = ('Maria Elena Ioana Andreea Mihaela Alexandra Florentina Ana-Maria Georgiana Daniela Cristina Nicoleta Roxana '
        'Ștefania Larisa Bianca Denisa Alina Lăcrămioara Luminița').split()
RO_SUR = ('Popescu Ionescu Stoica Dumitru Stan Munteanu Rădulescu Constantin Gheorghe Niculae Lungu Florea Bălan Ciobanu '
          'Moldovan Dinu Țurcanu Mușat Căldăraru Stănescu Vlădulescu Zamfir Anghel Șerban').split()
VN_FAM = 'Nguyễn Nguyễn Nguyễn Trần Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý'.split()
VN_MID = {'M': 'Văn Văn Văn Đức Minh Hữu Quang Thanh Xuân Công'.split(), 'F': 'Thị Thị Thị Ngọc Thanh Thu Hồng Kim'.split()}
VN_GIV = {'M': 'Anh Hùng Dũng Tuấn Nam Hải Long Minh Phong Quân Thắng Khánh Đạt Huy Tùng Cường Sơn Bình Việt Trung Hòa'.split(),
          'F': 'Lan Hương Hoa Mai Linh Trang Thảo Ngọc Huyền Nhung Phương Hằng Yến Thủy Nga Vân Loan Hòa Thúy'.split()}
VN_OLD = {'Hòa': 'Hoà', 'Thủy': 'Thuỷ', 'Thúy': 'Thuý'}
CN_SUR = [x.split(':') for x in ('陈陳:Chen:Chan/Tan 林林:Lin:Lam/Lim 王王:Wang:Wong/Ong 黄黃:Huang:Wong/Ng 张張:Zhang:Cheung/Teo '
          '李李:Li:Lee/Lei 刘劉:Liu:Lau/Lao 吴吳:Wu:Ng/Goh 郑鄭:Zheng:Cheng/Tay 杨楊:Yang:Yeung/Yong 周周:Zhou:Chow/Chew '
          '何何:He:Ho/Hoe 郭郭:Guo:Kwok/Kuo 许許:Xu:Hui/Khoo 曾曾:Zeng:Tsang 吕呂:Lyu:Lü/Lv/Lu 赵趙:Zhao:Chiu/Chao 孙孫:Sun:Suen').split()]
CN_CH = [x.split(':') for x in ('伟偉:wei:M 强強:qiang:M 磊磊:lei:M 军軍:jun:M 勇勇:yong:M 杰傑:jie:M 涛濤:tao:M 明明:ming:B '
         '超超:chao:M 华華:hua:B 建建:jian:M 国國:guo:M 文文:wen:B 斌斌:bin:M 辉輝:hui:M 鹏鵬:peng:M 飞飛:fei:M 龙龍:long:M '
         '志志:zhi:M 海海:hai:M 芳芳:fang:F 娜娜:na:F 敏敏:min:F 静靜:jing:F 丽麗:li:F 艳艷:yan:F 娟娟:juan:F 霞霞:xia:F '
         '玲玲:ling:F 燕燕:yan:F 红紅:hong:F 梅梅:mei:F 婷婷:ting:F 慧慧:hui:F 秀秀:xiu:F 英英:ying:F 雪雪:xue:F '
         '晓曉:xiao:B 小小:xiao:B 佳佳:jia:B 欣欣:xin:F').split()]
CN_HOMO = dict(zip('明伟丽燕艳华静玲杰慧婷', '铭玮莉艳燕桦婧铃洁惠亭'))
# Ge'ez: consonant letter + vowel (e=1st order, u, i, a, E=5th, ''=6th, o), syllables joined by '.'
GZ_BASE = dict(zip("hlHmrsxqQbvtcn'kKw`zydjgTCSfp", [0x1200, 0x1208, 0x1210, 0x1218, 0x1228, 0x1230, 0x1238, 0x1240, 0x1250, 0x1260,
               0x1268, 0x1270, 0x1278, 0x1290, 0x12A0, 0x12A8, 0x12B8, 0x12C8, 0x12D0, 0x12D8, 0x12E8, 0x12F0, 0x1300, 0x1308,
               0x1320, 0x1328, 0x1338, 0x1348, 0x1350]))
GZ_V = {'e': 0, 'u': 1, 'i': 2, 'a': 3, 'E': 4, '': 5, 'o': 6}
def geez(s): return ' '.join(''.join(chr(GZ_BASE[y[0]] + GZ_V[y[1:]]) for y in w.split('.')) for w in s.split())
def gtok(spec): nat, lat = spec.split(':'); return Tok(geez(nat), lat.split('/'), syl=nat)
ER_M = ("te.s.fa.y:Tesfay/Tesfai/Tesfaye yo.na.s:Yonas/Yonnas/Jonas me.Ha.ri:Mehari/Mihari/Meharie k.b.ro.m:Kibrom/Kbrom/Kibrum "
        "fi.l.mo.n:Filmon/Filimon/Philemon se.me.re:Semere/Semre/Semire yo.ha.n.s:Yohannes/Yohanes/Johannes b.r.ha.ne:Berhane/Birhane/Brhane "
        "te.K.le:Tekle/Tekhle/Teklay ha.b.to.m:Habtom/Habtum/Haptom da.wi.t:Dawit/Dawet/Daweet 'a.ma.nu.'E.l:Amanuel/Amaniel/Emmanuel "
        "na.ho.m:Nahom/Nahum/Naom b.n.ya.m:Biniam/Biniyam/Bnyam ye.ma.ne:Yemane/Yemani/Yemanei ki.da.ne:Kidane/Kidani/Kidana "
        "te.we.l.de:Tewelde/Tewolde/Teweld 'a.s.me.ro.m:Asmerom/Asmarom/Asmerum me.b.ra.h.tu:Mebrahtu/Mibrahtu/Mebrahatu "
        "we.l.du:Weldu/Woldu/Weldeu `.qu.ba.y:Okbay/Ukbay/Uqbay ha.y.le:Haile/Hayle/Hailey g.r.ma.y:Ghirmay/Girmay/Germai "
        "mu.sE:Mussie/Musie/Muse").split()
ER_F = ("se.na.y.t:Senait/Senayt/Sennait se.la.m:Selam/Salam/Sellam mE.ro.n:Meron/Mieron/Miron lu.wa.m:Luwam/Luam/Lwam "
        "ru.ta:Ruta/Rutha/Rutta sa.ba:Saba/Sabaa/Seba wi.n.ta:Winta/Wienta/Wintta f.re.we.y.ni:Freweyni/Frewoini/Fraweini "
        "Se.ga:Tsega/Tsegga/Sega hE.le.n:Helen/Hellen/Helena yo.r.da.no.s:Yordanos/Jordanos/Yordanose 'E.de.n:Eden/Edan/Edene "
        "mi.za.n:Mizan/Mezan/Mizen fE.ve.n:Feven/Fiven/Febin H.y.we.t:Hiwet/Hiwot/Heywet sa.m.ra.wi.t:Samrawit/Semrawit/Samrawet "
        "'a.s.tE.r:Aster/Astier/Astere n.g.s.ti:Nigisti/Negisti/Ngsti ra.H.wa:Rahwa/Rahua/Rehwa").split()
ER_OLD = ("ge.b.re:Gebre/Ghebre/Gebrai te.s.fa.ma.r.ya.m:Tesfamariam/Tesfamaryam/Tesfamarian we.l.de.mi.ka.'E.l:Woldemichael/Weldemikael/Woldemikail "
          "ha.y.le.'a.b:Haileab/Hayleab/Hailab ka.H.sa.y:Kahsay/Kahsai/Kasay ne.ga.x:Negash/Negassi/Nagash 'a.r.'a.ya:Araya/Araia/Arraya "
          "be.r.he:Berhe/Brhe/Berihe te.Ke.s.te:Tekeste/Tekheste/Tekesté ze.r.'a.y:Zerai/Zeray/Zerei me.n.g.s.t.'a.b:Mengisteab/Mengistab/Menghisteab").split()
SD_M = ("محمد:Mohamed/Mohammed/Muhammad/Mohammad أحمد:Ahmed/Ahmad عبدالله:Abdalla/Abdallah/Abdullah/Abdulla عمر:Omer/Omar "
        "عثمان:Osman/Othman/Osmaan إبراهيم:Ibrahim/Ibraheem/Ebrahim يوسف:Yousif/Yusuf/Yousef آدم:Adam/Adem/Aadam حسن:Hassan/Hasan "
        "حسين:Hussein/Hussain/Husain علي:Ali/Aly بشير:Bashir/Basheer/Bashier صالح:Salih/Saleh/Saalih إسماعيل:Ismail/Esmail/Ismaeel "
        "موسى:Musa/Mousa/Moussa عيسى:Eisa/Issa/Isa خالد:Khalid/Khaled مصطفى:Mustafa/Mostafa/Moustafa جعفر:Gaafar/Jafar/Jaafar "
        "عبدالرحمن:Abdelrahman/Abdulrahman/Abdalrahman/Abdel_Rahman عبدالعزيز:Abdelaziz/Abdulaziz/Abdalaziz").split()
SD_F = ("فاطمة:Fatima/Fatma/Fatimah مريم:Mariam/Maryam/Meriam آمنة:Amna/Amina/Aamna خديجة:Khadija/Khadeeja/Kadija حواء:Hawa/Hawwa/Hawaa "
        "زينب:Zainab/Zeinab/Zaynab سارة:Sara/Sarah هبة:Hiba/Heba/Hibba نجلاء:Nagla/Najla/Naglaa إيمان:Iman/Eman/Imaan "
        "سلمى:Salma/Selma عائشة:Aisha/Aysha/Aesha رقية:Rugaya/Ruqaya/Rogia").split()
SD_ART = "الطيب:Tayeb/Tayyib/Taib النور:Nour/Nur/Noor الأمين:Amin/Ameen/Amein البشير:Bashir/Basheer الحاج:Hag/Haj/Hajj الزين:Zein/Zain الصادق:Sadig/Sadiq/Sadeq الفاضل:Fadil/Fadel/Fadul".split()
def art_tok(spec):  # Arabic name with article: El/Al/El-/Al-/none
    t = vtok(spec)
    return Tok(t.nat, [a + (b if a[-1:] in ' -' else b.lower()) for b in t.lat for a in ('El', 'Al-', 'El-', 'Al ', 'El ', 'Al', '')])
KU_M = ("ئازاد:Azad/Azaad هێمن:Hemin/Hemn/Himin کاروان:Karwan/Carwan ڕێبین:Rebin/Rebeen/Rabin شوان:Shwan/Shuan/Shawan دلێر:Dler/Diler/Dlir "
        "سەردار:Sardar/Serdar/Sirdar بەختیار:Bakhtiyar/Bakhtiar/Bakhtyar هاوڕێ:Hawre/Hawri ئاراس:Aras/Araz/Arass سۆران:Soran/Sooran/Suran "
        "ژیار:Zhyar/Jiyar/Zhiar ئاسۆ:Aso/Asso شێرزاد:Sherzad/Shirzad/Sherzaad").split()
KU_F = ("ڤیان:Vian/Viyan/Vyan ئەڤین:Avin/Evin/Aveen ڕووناک:Runak/Rwnak/Roonak شیلان:Shilan/Shelan/Sheelan تارا:Tara/Taara "
        "نازدار:Nazdar/Nazdaar گەلاوێژ:Gelawezh/Galawej/Gelawej شنۆ:Shno/Shnow/Shenu ژیلا:Zhila/Jila/Zhilla بەهار:Bahar/Behar "
        "هێرۆ:Hero/Hiro/Heru ئاواز:Awaz/Avaz/Awaaz").split()
KU_OLD = ("ئەحمەد:Ahmad/Ahmed/Ehmed محەمەد:Mohammed/Muhammad/Mihemed عەلی:Ali/Eli/Aly عومەر:Omar/Umar/Omer حەسەن:Hassan/Hasan/Hesen "
          "کەریم:Karim/Kareem/Kerim ڕەشید:Rashid/Rasheed/Reshid عەبدوڵڵا:Abdulla/Abdullah/Ebdulla مستەفا:Mustafa/Mistefa/Mostafa "
          "ئیبراهیم:Ibrahim/Ebrahim/Ibraheem قادر:Qadir/Kadir/Qader ساڵح:Salih/Saleh/Salh جەلال:Jalal/Celal/Jelal عوسمان:Osman/Othman/Usman").split()
KU_TRIBE = "جاف:Jaf/Jaff زەنگەنە:Zangana/Zangane/Zengene هەورامی:Hawrami/Hawramy/Hewrami بەرزنجی:Barzinji/Barznji/Berzinji شوانی:Shwani/Shwany/Shuani خۆشناو:Khoshnaw/Xoshnaw/Khoshnao دزەیی:Dizayee/Dizayi/Dzayi".split()
AF_M = ("احمد:Ahmad/Ahmed/Ahmat محمد:Mohammad/Muhammad/Mohamad عبدالله:Abdullah/Abdulla/Abdolah نور+الله:Noorullah/Nurullah/Noor_Ullah "
        "گل_آغا:Gul_Agha/Gulagha/Gul_Aga رحیم:Rahim/Raheem/Rahem جاوید:Jawid/Javed/Jawed فرید:Farid/Fareed/Fared "
        "نجیب+الله:Najibullah/Najeebullah/Najib_Ullah حمید:Hamid/Hameed/Hamed ذبیح+الله:Zabihullah/Zabiullah/Zabihollah "
        "عزیز:Aziz/Azeez/Azis سهیل:Sohail/Suhail/Sohil وحید:Wahid/Waheed/Vahid جمشید:Jamshid/Jamsheed/Jamshed میرویس:Mirwais/Mir_Wais/Mirweis "
        "شفیق:Shafiq/Shafeeq/Shafik رحمت+الله:Rahmatullah/Rahmat_Ullah/Rahmatulla امان+الله:Amanullah/Aman_Ullah/Amanulla "
        "بصیر:Basir/Baseer/Bassir ولی:Wali/Vali/Walee").split()
AF_F = ("فریبا:Fariba/Fareeba/Freba مریم:Maryam/Mariam/Mariyam زهرا:Zahra/Zohra/Zahraa شکیلا:Shakila/Shakeela/Shkila لیلا:Laila/Leila/Lila "
        "نرگس:Nargis/Narges/Nargiss ګلالۍ:Gulalai/Gulali/Ghulalai ملالۍ:Malalai/Malali/Malaley پروین:Parwin/Parween/Parvin "
        "حمیرا:Homaira/Humaira/Homayra فرشته:Fereshta/Freshta/Farishta ستاره:Setara/Sitara/Setareh").split()
AF_FAM = ("حکیمی:Hakimi/Hakeemi/Hakimy رحیمی:Rahimi/Raheemi/Rahimy نوری:Noori/Nouri/Nuri صدیقی:Sediqi/Siddiqui/Sadiqi "
          "ستانکزی:Stanekzai/Stanikzai/Stanakzai هاشمی:Hashemi/Hashimi/Hashmi کریمی:Karimi/Kareemi/Karimy عزیزی:Azizi/Azizy/Azeezi "
          "امیری:Amiri/Ameeri/Amiry سلطانی:Sultani/Soltani/Sultany احمدزی:Ahmadzai/Ahmadzay/Ahmedzai وردک:Wardak/Wardag/Vardak").split()
TOWNS = {
 'UA': 'Житомир=Zhytomyr,Zhitomir|Вінниця=Vinnytsia,Vinnitsa,Vinnytsya|Черкаси=Cherkasy,Cherkassy|Кривий Ріг=Kryvyi Rih,Krivoy Rog,Kryvyy Rih|Запоріжжя=Zaporizhzhia,Zaporozhye,Zaporizhia|Херсон=Kherson,Herson|Полтава=Poltava|Рівне=Rivne,Rovno|Миколаїв=Mykolaiv,Nikolaev,Mykolayiv|Одеса=Odesa,Odessa',
 'BG': 'Сливен=Sliven|Пазарджик=Pazardzhik,Pazardjik|Шумен=Shumen,Choumen|Видин=Vidin|Ямбол=Yambol,Jambol|Хасково=Haskovo,Khaskovo|Кърджали=Kardzhali,Kurdzhali,Kardjali|Монтана=Montana|Пловдив=Plovdiv|Варна=Varna',
 'AL': 'Elbasan=Elbasan|Fier=Fier|Shkodër=Shkoder,Shkodra|Durrës=Durres,Durazzo|Kukës=Kukes|Berat=Berat|Lezhë=Lezhe,Lezha|Korçë=Korce,Korca,Korcha|Vlorë=Vlore,Vlora',
 'RO': 'Craiova=Craiova|Brăila=Braila|Călărași=Calarasi|Iași=Iasi,Jassy|Bacău=Bacau|Târgu Jiu=Targu Jiu,Tirgu Jiu|Slatina=Slatina|Botoșani=Botosani',
 'VN': 'Nghệ An=Nghe An|Hà Tĩnh=Ha Tinh|Quảng Bình=Quang Binh|Hải Phòng=Hai Phong,Haiphong|Thanh Hóa=Thanh Hoa|Quảng Trị=Quang Tri|Hà Nội=Ha Noi,Hanoi',
 'CN': '福州=Fuzhou,Foochow|长乐=Changle,Chang Le|福清=Fuqing,Fuching|连江=Lianjiang,Lien Chiang|温州=Wenzhou,Wen Zhou|沈阳=Shenyang,Shen Yang',
 'ER': "'a.s.me.ra=Asmara,Asmera|ke.re.n=Keren,Karen|me.n.de.fe.ra=Mendefera,Mendefra|de.qe.m.Ha.re=Dekemhare,Dekamhare|ba.re.n.tu=Barentu|se.ge.ne.y.ti=Segeneiti,Segeneyti|m.S.wa.`=Massawa,Mitsiwa",
 'SD': 'الخرطوم=Khartoum,Khartum,Al-Khartoum|أم درمان=Omdurman,Um Durman|نيالا=Nyala,Niyala|الفاشر=El Fasher,Al-Fashir,Elfashir|الجنينة=El Geneina,Al-Junaynah,Geneina|كسلا=Kassala,Kasala|ود مدني=Wad Madani,Wad Medani',
 'IQ': 'هەولێر=Erbil,Hawler,Arbil|سلێمانی=Sulaymaniyah,Slemani,Sulaimani|دهۆک=Duhok,Dohuk,Dahuk|ڕانیە=Ranya,Rania|کەلار=Kalar,Kelar|هەڵەبجە=Halabja,Halabjah',
 'AF': 'کابل=Kabul,Kabol|هرات=Herat,Hirat|ننگرهار=Nangarhar,Ningarhar|جلال+آباد=Jalalabad,Jalal Abad|قندهار=Kandahar,Qandahar|مزار شریف=Mazar-i-Sharif,Mazar-e Sharif,Mazar|غزنی=Ghazni,Ghazny|لغمان=Laghman,Lagman|کندز=Kunduz,Qunduz'}
def town_tok(c, spec):
    nat, lat = spec.split('=')
    return Tok(geez(nat) if c == 'ER' else nat.replace('+', '\u200c'), lat.split(','))
# country: weight, partner org, offices, UK-undocumented rate, phone cc, UK interpreter languages
C = {'AL': (18, 'Rruga e Re Association', ['Tirana', 'Shkodër'], .10, '355', ['Albanian']),
     'VN': (16, 'Hướng Về Nhà Centre', ['Hà Nội', 'Vinh'], .35, '84', ['Vietnamese']),
     'RO': (10, 'Asociația Drum Nou', ['București', 'Craiova'], .02, '40', ['Romanian', 'Romani']),
     'UA': (9, 'Mist Doviry NGO', ['Kyiv', 'Odesa'], .05, '380', ['Ukrainian', 'Russian']),
     'BG': (7, 'Nov Pat Foundation', ['Sofia', 'Sliven'], .02, '359', ['Bulgarian', 'Romani', 'Turkish']),
     'CN': (8, 'Minjiang Family Service Centre', ['Fuzhou'], .30, '86', ['Mandarin', 'Fuzhounese', 'Mandarin (Fujian)']),
     'ER': (9, 'Selam Return Network', ['Asmara', 'Addis Ababa'], .50, '291', ['Tigrinya']),
     'SD': (8, 'Amal Reintegration Society', ['Khartoum', 'Port Sudan'], .50, '249', ['Arabic', 'Arabic (Sudanese)', 'Fur']),
     'IQ': (8, 'Rêga Reintegration Centre', ['Erbil', 'Sulaymaniyah'], .35, '964', ['Kurdish Sorani', 'Sorani', 'Kurdish']),
     'AF': (7, 'Omid Return Support', ['Kabul', 'Herat'], .60, '93', ['Dari', 'Pashto'])}
NAT_UK = {'AL': 'Albanian/Albania/ALB', 'VN': 'Vietnamese/Vietnam/Viet Nam/VNM', 'RO': 'Romanian/Romania/ROU', 'UA': 'Ukrainian/Ukraine/UKR',
          'BG': 'Bulgarian/Bulgaria/BGR', 'CN': 'Chinese/China/CHN', 'ER': 'Eritrean/Eritrea/ERI', 'SD': 'Sudanese/Sudan/SDN',
          'IQ': 'Iraqi/Iraq/Iraqi Kurdish/Kurdish', 'AF': 'Afghan/Afghanistan/AFG'}
NAT_LOC = {'AL': 'shqiptare/Shqipëri', 'VN': 'Việt Nam/Việt Nam', 'RO': 'română/România', 'UA': 'Україна/громадянство України',
           'BG': 'българско/България', 'CN': '中国/中国籍', 'ER': geez("'E.r.t.ra.wi") + '/' + geez("'E.r.t.ra"), 'SD': 'سوداني/السودان',
           'IQ': 'عێراقی/عراقي', 'AF': 'افغان/افغانستان'}
SEX_LOC = {'UA': ('ч', 'ж', 'чол.', 'жін.'), 'BG': ('мъж', 'жена', 'М', 'Ж'), 'AL': ('M', 'F', 'Mashkull', 'Femër'),
           'RO': ('M', 'F', 'masculin', 'feminin'), 'VN': ('Nam', 'Nữ', 'Nam', 'Nữ'), 'CN': ('男', '女', '男', '女'),
           'ER': (geez('te.ba.`.ta.y'), geez("'a.n.s.te.y.ti"), 'M', 'F'), 'SD': ('ذكر', 'أنثى', 'ذكر', 'انثى'),
           'IQ': ('نێر', 'مێ', 'ذكر', 'أنثى'), 'AF': ('مذکر', 'مونث', 'نارینه', 'ښځینه')}
ID_LOC = {'UA': ('РНОКПП', 'паспорт'), 'BG': ('ЕГН', 'паспорт'), 'AL': ('NID', 'pasaportë'), 'RO': ('CNP', 'pașaport'),
          'VN': ('CCCD', 'hộ chiếu'), 'CN': ('身份证', '护照'), 'ER': ('NID', 'passport'), 'SD': ('الرقم الوطني', 'جواز سفر'),
          'IQ': ('کارتی نیشتمانی', 'پاسپۆرت'), 'AF': ('تذکره', 'پاسپورت')}
VN_PROV = {'Nghệ An': '040', 'Hà Tĩnh': '042', 'Quảng Bình': '044', 'Hải Phòng': '031', 'Thanh Hóa': '038', 'Quảng Trị': '045', 'Hà Nội': '001'}
CN_REG = {'福州': '350102', '长乐': '350182', '福清': '350181', '连江': '350122', '温州': '330302', '沈阳': '210102'}

# ---------------------------------------------------------------- person builders (c = inheritable family choices)
def cyr_tok(u, r, rus, eng, dim, ua=True):
    if ua:
        U = [tr(u, UA_KMU), tr(u, UA_BGN), tr(u, UA_PHON)]; Rr = [tr(r, RU_OLD), tr(r, RU_ICAO)]
        lat = Rr + eng + U if rus else U[:2] + eng + U[2:] + Rr
        return Tok(u, lat, off=U[0], alt=[r], dim=dim)
    return Tok(u, [tr(u, BG_STR)] + eng + [tr(u, BG_RUS), tr(u, BG_FOR)], dim=dim)
def nums(s): return [] if s == '-' else s.split(',')
def b_ua(sex, c):
    fam, fat = c.setdefault('fam', ch(UA_SUR)).split('/'), c.setdefault('fat', ch(UA_M)); rus = c.setdefault('rus', p(.3))
    g = ch(UA_M if sex == 'M' else UA_F); e, d = g[-1].split('/')
    fu = fam[0] if sex == 'M' or len(fam) == 1 else fam[1]
    i = 2 if sex == 'M' else 3
    return {'fam': cyr_tok(fu, ru_form(fu), rus, [], []), 'giv': cyr_tok(g[0], g[1], rus, nums(e), nums(d)),
            'pat': cyr_tok(fat[i], fat[i + 2], rus, [], [])}
def b_bg(sex, c):
    fam, fat = c.setdefault('fam', ch(BG_SUR)), c.setdefault('fat', ch(BG_M)); a = '' if sex == 'M' else 'а'
    g = ch(BG_M if sex == 'M' else BG_F)
    return {'fam': cyr_tok(fam + a, '', 0, [], [], False), 'giv': cyr_tok(g[0], '', 0, nums(g[-1] or '-'), [], False),
            'pat': cyr_tok(fat[1] + a, '', 0, [], [], False)}
def al_tok(n): return Tok(n, [fold(n), fold(n.replace('ç', 'ch').replace('Ç', 'Ch')), fold(n.replace('Xh', 'J').replace('xh', 'xh')), n])
def b_al(sex, c):
    return {'giv': al_tok(ch(AL_M if sex == 'M' else AL_F)), 'fam': al_tok(c.setdefault('fam', ch(AL_SUR))), 'fat': al_tok(c.setdefault('fat', ch(AL_M)))}
CED = str.maketrans('șțȘȚ', 'şţŞŢ')
def ro_tok(n): return Tok(n, [fold(n), n.translate(CED), n], alt=[n.translate(CED)])
def b_ro(sex, c):
    L = RO_M if sex == 'M' else RO_F; g = ch(L)
    if p(.25): g += ' ' + ch([x for x in L if x != g])
    return {'giv': ro_tok(g), 'fam': ro_tok(c.setdefault('fam', ch(RO_SUR)))}
def vn_tok(n): return Tok(n, [fold(n), fold(n).replace(' ', '')], alt=[VN_OLD.get(n, n)])
def b_vn(sex, c):
    return {'fam': vn_tok(c.setdefault('fam', ch(VN_FAM))), 'mid': vn_tok(ch(VN_MID[sex])), 'giv': vn_tok(ch(VN_GIV[sex]))}
def b_cn(sex, c):
    s = c.setdefault('fam', ch(CN_SUR)); pool = [x for x in CN_CH if x[2] in (sex, 'B')]
    n = 1 if p(.2) else 2
    chars = [c['gen']] if 'gen' in c and n == 2 and p(.6) else []
    while len(chars) < n: chars.append(ch(pool))
    c.setdefault('gen', chars[0])
    hz, tw = ''.join(x[0][0] for x in chars), ''.join(x[0][1] for x in chars)
    homo = ''.join(CN_HOMO.get(ch_, ch_) if i == len(hz) - 1 else ch_ for i, ch_ in enumerate(hz))
    syl = [x[1] for x in chars]
    return {'fam': Tok(s[0][0], [s[1]] + s[2].split('/'), alt=[s[0][1]]),
            'giv': Tok(hz, [''.join(syl).capitalize(), ' '.join(x.capitalize() for x in syl), '-'.join(x.capitalize() for x in syl)],
                       alt=[tw, homo], syl=syl)}
def b_er(sex, c):
    return {'giv': gtok(ch(ER_M if sex == 'M' else ER_F)), 'fat': gtok(c.setdefault('fat', ch(ER_M + ER_OLD))),
            'gf': gtok(c.setdefault('gf', ch(ER_OLD + ER_M)))}
def b_sd(sex, c):
    T = {'giv': vtok(ch(SD_M if sex == 'M' else SD_F)), 'fat': vtok(c.setdefault('fat', ch(SD_M))), 'gf': vtok(c.setdefault('gf', ch(SD_M)))}
    f4 = c.setdefault('f4', ch(SD_ART) if p(.45) else None)
    if f4: T['fam'] = art_tok(f4)
    return T
def b_iq(sex, c):
    T = {'giv': vtok(ch(KU_M if sex == 'M' else KU_F)), 'fat': vtok(c.setdefault('fat', ch(KU_M + KU_OLD))), 'gf': vtok(c.setdefault('gf', ch(KU_OLD)))}
    tb = c.setdefault('tribe', ch(KU_TRIBE) if p(.4) else None)
    if tb: T['fam'] = vtok(tb)
    return T
def b_af(sex, c):
    T = {'giv': vtok(ch(AF_M if sex == 'M' else AF_F)), 'fat': vtok(c.setdefault('fat', ch(AF_M)))}
    fm = c.setdefault('afam', ch(AF_FAM) if p(.5) else None)
    if fm: T['fam'] = vtok(fm)
    return T
BUILD = {'UA': b_ua, 'BG': b_bg, 'AL': b_al, 'RO': b_ro, 'VN': b_vn, 'CN': b_cn, 'ER': b_er, 'SD': b_sd, 'IQ': b_iq, 'AF': b_af}

# ---------------------------------------------------------------- identifiers, phones, dates
def dg(n): return ''.join(str(R.randrange(10)) for _ in range(n))
def up(n): return ''.join(chr(65 + R.randrange(26)) for _ in range(n))
def national_id(P):
    c, d, m = P['c'], P['dob'], P['sex'] == 'M'
    if c == 'BG':
        mm = d.month + (40 if d.year >= 2000 else 0); s = f'{d.year % 100:02d}{mm:02d}{d.day:02d}{dg(2)}{R.randrange(0, 10, 2) + (0 if m else 1)}'
        return s + str(sum(int(a) * w for a, w in zip(s, (2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11 % 10)
    if c == 'RO':
        s = f'{(1 if m else 2) + (4 if d.year >= 2000 else 0)}{d.year % 100:02d}{d.month:02d}{d.day:02d}{R.randint(1, 46):02d}{dg(3)}'
        r = sum(int(a) * int(w) for a, w in zip(s, '279146358279')) % 11
        return s + ('1' if r == 10 else str(r))
    if c == 'CN':
        s = f"{CN_REG[P['town'].nat]}{d:%Y%m%d}{dg(2)}{R.randrange(1, 10, 2) if m else R.randrange(0, 10, 2)}"
        return s + '10X98765432'[sum(int(a) * w for a, w in zip(s, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))) % 11]
    if c == 'UA':
        s = f"{(d - dt.date(1899, 12, 31)).days:05d}{dg(3)}{R.randrange(1, 10, 2) if m else R.randrange(0, 10, 2)}"
        return s + str(sum(int(a) * w for a, w in zip(s, (-1, 5, 7, 9, 4, 6, 10, 5, 7))) % 11 % 10)
    if c == 'AL': return f"{'FGHIJK'[min(5, max(0, (d.year - 1960) // 10))]}{d.year % 10}{d.month + (0 if m else 50):02d}{d.day:02d}{dg(3)}{up(1)}"
    if c == 'VN': return VN_PROV[P['town'].nat] + str((0 if m else 1) + (2 if d.year >= 2000 else 0)) + f'{d.year % 100:02d}' + dg(6)
    if c == 'AF':
        return f'{R.randint(1398, 1402)}-{dg(4)}-{dg(5)}' if p(.5) else f'ج {R.randint(1, 300)} ص {R.randint(1, 200)} ث {R.randint(1, 9000)}'.translate(DIG['fa'])  # paper tazkira: volume/page/entry
    return {'ER': lambda: dg(7), 'SD': lambda: dg(11), 'IQ': lambda: dg(12)}[c]()
PASS = {'UA': lambda: 'F' + up(1) + dg(6), 'BG': lambda: '38' + dg(7), 'AL': lambda: 'B' + up(1) + dg(7), 'RO': lambda: '05' + dg(7),
        'VN': lambda: 'C' + dg(7), 'CN': lambda: 'E' + dg(8), 'ER': lambda: 'P' + dg(7), 'SD': lambda: 'P' + dg(8),
        'IQ': lambda: 'A' + dg(8), 'AF': lambda: 'P' + dg(8)}
PASS_RATE = {'UA': .75, 'BG': .4, 'AL': .75, 'RO': .35, 'VN': .4, 'CN': .5, 'ER': .15, 'SD': .3, 'IQ': .4, 'AF': .2}
MOB = {'44': lambda: '7' + dg(9), '380': lambda: ch(['50', '63', '66', '67', '68', '73', '93', '95', '96', '97']) + dg(7),
       '359': lambda: '8' + ch('789') + dg(7), '355': lambda: '6' + ch('789') + dg(7), '84': lambda: ch(['9', '3', '8']) + dg(8),
       '86': lambda: '1' + ch('356789') + dg(9), '291': lambda: '7' + dg(6), '249': lambda: '9' + ch('01269') + dg(7),
       '964': lambda: '7' + ch(['50', '51', '70', '71']) + dg(7), '93': lambda: '7' + ch('0289') + dg(7), '40': lambda: '7' + ch('23456') + dg(7)}
def fmt_phone(cc, n):
    r = R.random()
    if r < .3: return f'+{cc} {n[:3]} {n[3:6]} {n[6:]}'
    if r < .5: return f'+{cc}{n}'
    if r < .6: return f'00{cc}{n}'
    loc = n if cc == '86' else '0' + n
    return loc if p(.5) else f'{loc[:4]} {loc[4:]}'
DIG = {'ar': str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩'), 'fa': str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹')}
def to_sh(d):  # Gregorian -> Solar Hijri (standard arithmetic algorithm)
    gy, gm, gd = d.year, d.month, d.day
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][gm - 1]
    jy = -1595 + 33 * (days // 12053); days %= 12053; jy += 4 * (days // 1461); days %= 1461
    if days > 365: jy += (days - 1) // 365; days = (days - 1) % 365
    return (jy, 1 + days // 31, 1 + days % 31) if days < 186 else (jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30)
def to_ec(d):  # Gregorian -> Ethiopian calendar (Amete Mihret)
    j = d.toordinal() + 1721425 - 1723856; r = j % 1461; n = r % 365 + 365 * (r // 1460)
    return 4 * (j // 1461) + r // 365 - r // 1460, n // 30 + 1, n % 30 + 1
def fmt_dob(c, office, d, year_only, uk):
    if uk:
        if year_only: return str(d.year) if p(.25) else f'01/01/{d.year}'
        return f'{d:%d/%m/%Y}' if p(.85) else f'{d:%Y-%m-%d}'
    if c == 'AF' and p(.75):
        y, m, dd = to_sh(d); s = str(y) if year_only else f'{y}/{m:02d}/{dd:02d}'
        return s.translate(DIG['fa']) if p(.35) else s
    if c == 'ER' and office == 'Addis Ababa' and p(.5):
        y, m, dd = to_ec(d); return (str(y) if year_only else f'{dd:02d}/{m:02d}/{y}') + ' ዓ.ም.'
    if year_only: return str(d.year) + (' г.' if c == 'BG' and p(.3) else '')
    if c in ('UA', 'BG', 'RO', 'AL'): return f'{d:%d.%m.%Y}' + (' г.' if c == 'BG' and p(.2) else '')
    if c == 'CN': return wch([(f'{d:%Y-%m-%d}', .6), (f'{d.year}年{d.month}月{d.day}日', .3), (f'{d:%Y.%m.%d}', .1)])
    s = f'{d:%Y/%m/%d}' if c == 'IQ' and p(.4) else f'{d:%d/%m/%Y}'
    return s.translate(DIG['ar']) if c in ('SD', 'IQ') and p(.2) else s

# ---------------------------------------------------------------- rendering names
def L(T, k): return pick(T[k]) if k in T else ''
def join(*xs): return ' '.join(x for x in xs if x)
def render_uk(P):
    T, c = P['T'], P['c']; fath = ''
    if c in ('UA', 'BG', 'AL', 'RO'):
        g, f = L(T, 'giv'), L(T, 'fam'); pt = L(T, 'pat') or L(T, 'fat')
        if T['giv'].dim and p(.06): g = ch(T['giv'].dim)
        if c == 'RO' and ' ' in g and p(.4): g = g.split()[0]
        full = wch([(join(g, f), .65), (join(f.upper() if p(.5) else f, g), .2), (join(g, pt, f), .15)])
        fam, giv, fath = f, g, pt if p(.15 if c != 'AL' else .35) else ''
    elif c == 'VN':
        f, m, g = L(T, 'fam'), L(T, 'mid'), L(T, 'giv')
        full = wch([(join(f, m, g), .45), (join(m, g, f), .25), (join(g, f), .15), (join(g, m, f), .15)])
        fam, giv = wch([((f, join(m, g)), .7), ((f, g), .15), ((g, join(f, m)), .15)])
    elif c == 'CN':
        f = L(T, 'fam'); g = pick(T['giv'])
        full = wch([(join(f, g), .5), (join(g, f), .35), (join(f.upper(), g), .15)])
        fam, giv = f, g
    else:
        g, fa, gf, fm = L(T, 'giv'), L(T, 'fat'), L(T, 'gf'), L(T, 'fam')
        chain = [g, fa] + ([gf] if p(.6) or c == 'ER' else []) + ([fm] if fm and p(.7) else [])
        if c == 'AF' and not fm: chain = [g] + ([fa] if p(.5) else [])
        full = join(*chain)
        if c == 'AF':
            fam = fm or wch([(fa, .45), ('', .3), ('Unknown', .1), (g, .15)]); fath = fa if p(.5) else ''
        else:
            fam = chain[-1] if len(chain) > 1 and p(.75) else fa
            fath = fa if p(.25) else ''
        giv = g if p(.85) or len(chain) < 3 else join(*chain[:2])
    if p(.06): fam, giv = giv, fam  # surname/forename swapped on entry
    return full, fam, giv, fath
def native_full(P, rus=False):
    T, c = P['T'], P['c']; N = lambda k: (T[k].alt[0] if rus and T[k].alt else T[k].nat) if k in T else ''
    if c == 'UA': return join(N('fam'), N('giv'), N('pat')) if p(.7) else join(N('giv'), N('pat'), N('fam'))
    if c == 'BG': return join(N('giv'), N('pat'), N('fam'))
    if c in ('AL', 'RO'): return join(N('fam').upper(), N('giv')) if c == 'RO' and p(.4) else join(N('giv'), N('fam'))
    if c == 'VN': return join(N('fam'), N('mid'), N('giv'))
    if c == 'CN': return N('fam') + N('giv')
    return join(N('giv'), N('fat'), N('gf'), N('fam'))
def render_partner(P, office):
    T, c = P['T'], P['c']
    rus = c == 'UA' and office == 'Odesa' and p(.3)
    alt = (c == 'RO' and p(.3)) or (c == 'VN' and p(.1)) or (c == 'CN' and p(.08))
    full = native_full(P, rus or alt)
    if c == 'CN' and p(.06): full = T['fam'].nat + T['giv'].alt[1]  # homophone character
    if c == 'VN' and p(.15): full = unicodedata.normalize('NFD', full)  # decomposed input
    if c in ('IQ', 'AF') and p(.15): full = full.replace('ی', 'ي').replace('ک', 'ك')  # typed on an Arabic keyboard
    if c == 'SD' and p(.2): full = full.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا')  # hamza dropped
    if c == 'SD' and p(.2): full = full.replace('عبدال', 'عبد ال')  # compound written apart
    lat, fam, giv, fath = '', '', '', ''
    O = lambda k: T[k].off if k in T else ''
    if c == 'UA' or c == 'BG':
        fam, giv, fath = (T[k].alt[0] if rus else T[k].nat for k in ('fam', 'giv', 'pat'))
        if p(.6): lat = join(O('fam'), O('giv')) if c == 'UA' else join(O('giv'), O('pat'), O('fam'))
    elif c in ('AL', 'RO'):
        fam, giv = T['fam'].nat, T['giv'].nat
        if c == 'AL': fath = T['fat'].nat if p(.8) else ''
        if p(.25): lat = fold(full)
    elif c == 'VN':
        if p(.5): lat = fold(full)
    elif c == 'CN':
        if p(.5):
            s = T['fam'].off; g = T['giv'].syl
            lat = wch([(f"{s} {''.join(g).capitalize()}", .4), (f"{s} {''.join(g)}".upper(), .4), (join(s, *[x.capitalize() for x in g]), .2)])
    else:
        giv, fath = T['giv'].nat, T['fat'].nat
        fam = T['fam'].nat if 'fam' in T else (T['gf'].nat if c != 'AF' and p(.5) else '')
        if p(.4): lat = join(O('giv'), O('fat'), O('gf'), O('fam'))
        if c == 'AF' and p(.1): fath = ''
    return full, lat, fam, giv, fath

# ---------------------------------------------------------------- noise
ARV = [('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ة', 'ه'), ('ى', 'ي'), ('ی', 'ي'), ('ک', 'ك'), ('ە', 'ه'), ('\u200c', ''), ('\u200c', ' '), ('عبد', 'عبد ')]
HOMOGLYPH = dict(zip('аеіорсх', 'aeiopcx'))
CYR_CONF = dict(zip('иіеєгґшщ', 'іиєеґгщш'))
KEYS = 'qwertyuiopasdfghjklzxcvbnm'
def typo(s):
    if not s: return s
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if not letters: return s
    i = ch(letters); c = s[i]; o = ord(c)
    if 0x1200 <= o < 0x1380:  # Ge'ez: wrong vowel order on one syllable
        return s[:i] + chr(o - (o % 8) + (o % 8 + ch([1, 2, 5, 6])) % 7) + s[i + 1:]
    if 0x0600 <= o < 0x0700:
        hits = [(a, b) for a, b in ARV if a in s]
        if hits: a, b = ch(hits); return s.replace(a, b, 1)
    if 0x0400 <= o < 0x0500:
        cs = lambda x: x.upper() if c.isupper() else x
        if c.lower() in HOMOGLYPH and p(.4): return s[:i] + cs(HOMOGLYPH[c.lower()]) + s[i + 1:]
        if c.lower() in CYR_CONF: return s[:i] + cs(CYR_CONF[c.lower()]) + s[i + 1:]
    if o >= 0x4E00: return s[:i] + CN_HOMO.get(c, c) + s[i + 1:]
    if unicodedata.normalize('NFD', c) != c and fold(c).lower() in KEYS:  # Vietnamese etc: drop the accent only
        return s[:i] + fold(c) + s[i + 1:]
    r = R.random()
    if r < .3: return s[:i] + s[i + 1:]
    if r < .55 and i + 1 < len(s) and s[i + 1].isalpha(): return s[:i] + s[i + 1] + s[i] + s[i + 1:][1:]
    if r < .7: return s[:i] + c + s[i:]
    if c.lower() in KEYS:
        k = KEYS.index(c.lower()); n = KEYS[max(0, min(len(KEYS) - 1, k + ch([-1, 1])))]
        return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1:]
    return s[:i] + s[i + 1:]
def dob_noise(s):
    r = R.random()
    if r < .025 and len(s) >= 10 and s[2] in './' and s[:2] != s[3:5]: return s[3:5] + s[2] + s[:2] + s[5:]  # day/month swapped
    if r < .05:
        ds = [i for i, c in enumerate(s) if c.isdigit()]
        if ds: i = ch(ds); return s[:i] + str(R.randrange(10)) + s[i + 1:]
    return s

# ---------------------------------------------------------------- people and records
def rdate(a, b): return a + dt.timedelta(days=R.randrange((b - a).days + 1))
def make_person(pid, c, base=None, sib=None):
    sex = 'M' if p(.62 if c in ('AL', 'VN', 'ER', 'SD', 'IQ', 'AF') else .45) else 'F'
    ch_ = dict(base or {})
    P = {'pid': pid, 'c': c, 'sex': sex, 'fam_choice': ch_}
    P['T'] = BUILD[c](sex, ch_)
    P['town'] = ch_.setdefault('town', town_tok(c, ch(TOWNS[c].split('|'))))
    if sib and p(.08): P['dob'] = sib['dob']  # twin
    elif sib: P['dob'] = dt.date(min(2007, max(1965, sib['dob'].year + R.randint(-8, 8))), R.randint(1, 12), R.randint(1, 28))
    else: P['dob'] = dt.date(max(1964, 2006 - int(abs(R.gauss(0, 12)))), R.randint(1, 12), 1) + dt.timedelta(days=R.randrange(31))
    und = C[c][3]
    P['uk_dob'] = (dt.date(P['dob'].year + wch([(0, .6), (1, .15), (-1, .15), (2, .05), (-2, .05)]), 1, 1), True) if p(und) else (P['dob'], False)
    yo = {'AF': .6, 'ER': .4, 'SD': .3}.get(c, .05)
    P['home_year_only'] = p(yo)
    P['nid'] = national_id(P) if p(.85 if c not in ('ER', 'AF') else .6) else ''
    P['pass'] = PASS[c]() if p(PASS_RATE[c]) else ''
    P['uk_phone'] = MOB['44']() if p(.65) else ''
    mob = MOB[C[c][4]]
    if sib: P['home_phone'] = ch_['hp'] if ch_.get('hp') and p(.5) else (mob() if p(.7) else '')
    else: P['home_phone'] = ch_.setdefault('hp', mob()) if p(.75) else ''
    P['lang'] = ch(C[c][5])
    return P
USED = set()
def uref(prefix):  # organisation case numbers are unique within an organisation
    while (r := f'{prefix}-{R.randint(1, 9999):04d}') in USED: pass
    USED.add(r); return r
def records(P, serial):
    c = P['c']; out = []
    ref_date = rdate(dt.date(2018, 1, 1), dt.date(2024, 3, 31))
    ref = uref(f'HRP-{ref_date.year}')
    types = []
    if p(.95):
        types += [('referral', 0)] + ([('support_plan', R.randint(7, 120))] if p(.55) else []) + ([('re-referral', R.randint(150, 700))] if p(.08) else [])
    ret = p(.6) or not types
    if ret:
        rd = R.randint(90, 500)
        if types and p(.6): types.append(('return_plan', rd - R.randint(5, 40)))
        types += [('reception', rd + R.randint(0, 10))] + ([('follow_up', rd + R.randint(80, 200))] if p(.6) else []) + ([('follow_up', rd + R.randint(300, 420))] if p(.3) else [])
    office = ch(C[c][2]); pref = uref(f"{c}-{''.join(x for x in fold(office) if x.isalpha())[:3].upper()}")
    uk_office = ch(['London', 'London', 'Birmingham', 'Manchester', 'Glasgow', 'Leeds'])
    prev = {}
    for rt, off in types:
        uk = rt in ('referral', 'support_plan', 're-referral', 'return_plan')
        side = 'uk' if uk else 'pa'
        if rt == 're-referral': ref = uref(f'HRP-{(ref_date + dt.timedelta(days=off)).year}'); prev.pop('uk', None)
        if side in prev and p(.55): names = prev[side]
        else:
            if uk:
                full, fam, giv, fath = render_uk(P)
                orig = native_full(P) if p(.08) else ''
                names = [orig, full, fam, giv, fath]
            else:
                names = list(render_partner(P, office))
            if p(.10):
                k = ch([i for i, v in enumerate(names) if v] or [1]); names[k] = typo(names[k])
            prev[side] = names
        d, yo = (P['uk_dob'] if uk else (P['dob'], P['home_year_only']))
        dob = '' if p(.05 if uk else .08) else dob_noise(fmt_dob(c, office, d, yo, uk))
        if uk:
            sx = '' if p(.04) else ch(['M', 'F', 'Male', 'Female'][0 if P['sex'] == 'M' else 1::2])
            nat = '' if p(.03) else ch(NAT_UK[c].split('/'))
            doc = wch([(('Passport', P['pass']), .4 if P['pass'] else 0), (('National ID', P['nid']), .15 if P['nid'] else 0), (('', ''), .5)])
            if p(.2): P['uk_phone'] = MOB['44']() if p(.8) else ''  # survivors change UK SIMs often
            u = P['uk_phone']
            ph = (wch([(f'0{u[:4]} {u[4:]}', .5), ('0' + u, .25), (f'+44 {u[:4]} {u[4:]}', .15), ('+44' + u, .1)]) if u and p(.75)
                  else fmt_phone(C[c][4], P['home_phone']) if P['home_phone'] and p(.15) else '')
            town = '' if p(.2) else pick(P['town'])
            lang, org, o, cref, xref = P['lang'], 'HRRP (UK)', uk_office, ref, (pref if rt == 'return_plan' and p(.15) else '')
        else:
            s = SEX_LOC[c]; sx = '' if p(.04) else s[(0 if P['sex'] == 'M' else 1) + (2 if p(.3) else 0)]
            nat = '' if p(.15) else ch(NAT_LOC[c].split('/'))
            doc = wch([((ID_LOC[c][0], P['nid']), .55 if P['nid'] else 0), ((ID_LOC[c][1], P['pass']), .2 if P['pass'] else 0), (('', ''), .3)])
            if p(.2): P['home_phone'] = MOB[C[c][4]]() if p(.7) else ''
            ph = P['home_phone'] if P['home_phone'] and p(.75) else ''
            ph = fmt_phone(C[c][4], ph) if ph else (fmt_phone('44', P['uk_phone']) if P['uk_phone'] and p(.08) else '')
            if c in ('SD', 'IQ', 'AF') and p(.15): ph = ph.translate(DIG['fa' if c == 'AF' else 'ar'])
            town = '' if p(.08) else P['town'].nat
            lang, org, o, cref, xref = '', C[c][1], office, pref, (ref if p(.2) else '')
        if xref and p(.05): xref = typo(xref) if p(.5) else xref.replace('-', '')
        idn = doc[1]
        if idn and p(.03): idn = dob_noise(idn) if p(.5) else idn[:4] + ' ' + idn[4:]
        ev = min(ref_date + dt.timedelta(days=off), dt.date(2025, 6, 30))
        serial.add(rid := f'{R.getrandbits(48):012x}')
        out.append({'record_id': rid, 'organisation': org, 'office': o, 'record_type': rt.replace('re-referral', 'referral'),
                    'event_date': ev.isoformat(), 'case_ref': cref, 'other_org_ref': xref, 'name_original': names[0],
                    'name_latin': names[1], 'family_name': names[2], 'given_names': names[3], 'father_or_patronymic': names[4],
                    'sex': sx, 'dob': dob, 'nationality': nat, 'id_type': doc[0] if idn else '', 'id_number': idn,
                    'phone': ph, 'town_of_origin': town, 'interpreter_language': lang if p(.85) else '', '_pid': P['pid']})
    return out
COLS = ['record_id', 'organisation', 'office', 'record_type', 'event_date', 'case_ref', 'other_org_ref', 'name_original', 'name_latin',
        'family_name', 'given_names', 'father_or_patronymic', 'sex', 'dob', 'nationality', 'id_type', 'id_number', 'phone',
        'town_of_origin', 'interpreter_language']
def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--people', type=int, default=1000); ap.add_argument('--seed', type=int, default=24)
    ap.add_argument('--out', default='data.csv'); ap.add_argument('--truth', default='truth.csv'); a = ap.parse_args()
    R.seed(a.seed)
    people, rows, ids = [], [], set()
    for i in range(a.people):
        pid = f'P{i + 1:05d}'; c = wch([(k, v[0]) for k, v in C.items()])
        same = [q for q in people[-400:] if q['c'] == c]
        if same and p(.13):  # relative of an earlier person: shares family/father names, town, often phone
            s = ch(same); people.append(make_person(pid, c, s['fam_choice'], s))
        else:
            people.append(make_person(pid, c))
    for P in people:
        rows += records(P, ids)
    assert len(ids) == len(rows)
    R.shuffle(rows)
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, COLS, extrasaction='ignore'); w.writeheader(); w.writerows(rows)
    with open(a.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['record_id', 'person_id']); w.writerows((r['record_id'], r['_pid']) for r in rows)
if __name__ == '__main__':
    main()
