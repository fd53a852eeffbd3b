#!/usr/bin/env python3
"""gen27 - synthetic records about Central/Eastern European victims of labour exploitation and
forced criminality found in the UK, pooled from (a) a UK support charity's case export, (b) a UK
police operation spreadsheet and (c) a home-country NGO / consular repatriation list.
Standard library only. Every person, name combination and number is invented.
usage: python3 gen27.py --people N --seed S --out data.csv --truth truth.csv"""
import argparse, csv, datetime as dt, random, re, unicodedata

S = str.split
NAMES = {
 'PL': dict(m=S("Piotr Krzysztof Tomasz Łukasz Paweł Marcin Michał Grzegorz Wojciech Andrzej Jan Mariusz Dariusz Zbigniew Jarosław Adam Rafał Sławomir Kamil Damian"),
            f=S("Anna Katarzyna Małgorzata Agnieszka Barbara Joanna Magdalena Ewa Beata Dorota Aneta Monika Elżbieta Justyna Renata"),
            s=S("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Majewski Olszewski Stępień Jaworski Malinowski Dudek Górski Sikora Walczak Baran Rutkowski Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Marciniak Jasiński Zawadzki Bąk Sadowski Duda Włodarczyk Chmielewski Czarnecki Sawicki Sokołowski Kubiak Szczepański Kucharski Wilk Lis Wysocki Kaźmierczak Wasilewski Cieślak Głowacki Kołodziej Szulc Brzeziński Ziółkowski"),
            rm=[], rf=[], rs=[], towns="Wałbrzych,Łódź,Białystok,Kielce,Słupsk,Koszalin,Olsztyn,Grudziądz,Radom,Elbląg,Bytom,Świdnik"),
 'SK': dict(m=S("Ján Peter Jozef Milan Marek Martin Tomáš Michal Štefan Ladislav Dušan Miroslav Roman Marián Juraj Vladimír Pavol Róbert Rastislav František"),
            f=S("Mária Anna Zuzana Katarína Jana Eva Martina Monika Lucia Silvia Renáta Helena Alžbeta Veronika Andrea"),
            s=S("Horváth Kováč Varga Tóth Nagy Baláž Szabó Molnár Lukáč Novák Kollár Oravec Hudák Kráľ Polák Šimko Marek Kučera Blaho Krajčír Sedlák Gajdoš Bielik Mráz Baran Kováčik Lacko Ďurica Hruška"),
            rm=S("Ján Jozef Milan Štefan Marián Peter Martin Dezider Ladislav Vincent Rudolf Kamil"),
            rf=S("Mária Anna Helena Jana Erika Zdenka Vlasta Renáta Monika Silvia"),
            rs=S("Horváth Lakatoš Baláž Oláh Gábor Kaleja Giňa Dužda Červeňák Pokuta Bandy Mirga Demeter Dunka Kotlár Gaži Rigo Kroščen Husár Tancoš Ferko Pecha"),
            towns="Košice,Prešov,Michalovce,Trebišov,Rimavská Sobota,Lučenec,Spišská Nová Ves,Kežmarok,Rožňava,Humenné,Vranov nad Topľou,Sabinov"),
 'CZ': dict(m=S("Jan Petr Tomáš Jiří Josef Pavel Martin Jaroslav Miroslav Zdeněk Radek Lukáš Václav Michal David Jakub Karel Milan Ondřej Vladimír"),
            f=S("Jana Marie Eva Hana Lenka Kateřina Petra Lucie Věra Alena Markéta Tereza Veronika Michaela Zdeňka"),
            s=S("Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Král Marek Pospíšil Hájek Jelínek Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Urban Blažek Kovář Bartoš Vlček Polák Musil Šimek"),
            rm=S("Josef Jan Milan Pavel František Karel Ladislav Zdeněk Roman Vojtěch"),
            rf=S("Marie Jana Helena Věra Monika Renata Eva Dana Ivana Denisa"),
            rs=S("Horváth Lakatoš Dužda Giňa Bílý Daniel Kováč Gáži Balog Červeňák Demeter Mirga Oláh Sivák Žiga Tancoš Kroščen Ferenc Kandráč Bažo"),
            towns="Ostrava,Most,Ústí nad Labem,Teplice,Kladno,Chomutov,Brno,Karviná,Sokolov,Děčín,Přerov,Kolín"),
 'HU': dict(m=S("János István László József Ferenc Zoltán Gábor Sándor Attila Tamás Zsolt Csaba Péter Tibor Lajos Béla Imre Gyula Norbert Róbert"),
            f=S("Erzsébet Katalin Mária Éva Ilona Zsuzsanna Andrea Krisztina Anikó Judit Ildikó Szilvia Margit Erika Tünde"),
            s=S("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Lukács Gulyás Biró Király Katona"),
            rm=S("János István József László Sándor Gyula Ferenc Tibor Béla Attila"),
            rf=S("Mária Erzsébet Ilona Katalin Margit Gizella Erika Piroska"),
            rs=S("Lakatos Balogh Oláh Horváth Rácz Kolompár Sárközi Orsós Rostás Csonka Bogdán Kanalas Radics Kállai Ráduly Burai Puporka"),
            towns="Miskolc,Ózd,Nyíregyháza,Debrecen,Salgótarján,Pécs,Kazincbarcika,Szolnok,Eger,Sátoraljaújhely,Mátészalka,Encs"),
 'RO': dict(m=S("Ion Gheorghe Constantin Ștefan Mihai Vasile Nicolae Florin Marian Adrian Costel Cătălin Ionuț Daniel Bogdan Petrică Alexandru Dumitru Gabriel Marius"),
            f=S("Maria Elena Ioana Ana Mihaela Florentina Nicoleta Andreea Gabriela Cristina Ionela Ștefania Lăcrămioara Georgiana Alina Daniela"),
            s=S("Popescu Ionescu Popa Stan Dumitru Stoica Gheorghe Rusu Munteanu Constantin Matei Ciobanu Lungu Moldovan Sârbu Țăranu Mureșan Niță Tănase Mihăilă Florea Dinu Marin Ungureanu Bălan Oprea Iordache Neagu Lazăr Toma Ene Barbu Cristea Nistor Anghel Enache Voicu"),
            rm=S("Ion Gheorghe Costel Marin Vasile Nicușor Florin Marian Petrică Dănuț"),
            rf=S("Maria Elena Florica Lenuța Ana Mirela Georgeta Ionela Viorica"),
            rs=S("Căldărar Lingurar Ursu Zlătaru Pițigoi Rudaru Lăutaru Spoitoru Dumitrașcu Stănescu Fieraru Ciurar Covaci Lăcătuș Bănică"),
            towns="Craiova,Constanța,Bacău,Iași,Tulcea,Călărași,Botoșani,Buzău,Slatina,Târgu Jiu,Caracal,Focșani"),
 'LT': dict(m=S("Tomas Mindaugas Darius Andrius Jonas Vytautas Marius Giedrius Saulius Rolandas Algirdas Paulius Egidijus Gintaras Arūnas Dainius Žydrūnas Rimantas Kęstutis Linas"),
            f=S("Rasa Jurgita Inga Laura Kristina Vilma Asta Aušra Rūta Jūratė Ieva Eglė Rita Daiva Lina Vaida"),
            s=S("Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas Navickas Rimkus Sakalauskas Ramanauskas Baranauskas Žilinskas Adomaitis Valentinavičius Mockus Lukoševičius Kairys Vaitkus Šimkus Kasperavičius Jonaitis Bernotas Kriščiūnas Pocius Grigas Banys"),
            rm=[], rf=[], rs=[], towns="Šiauliai,Panevėžys,Kaunas,Alytus,Marijampolė,Klaipėda,Utena,Jonava,Kėdainiai,Tauragė"),
 'LV': dict(m=S("Jānis Andris Edgars Māris Kaspars Aivars Juris Artūrs Raimonds Guntis Valdis Uldis Normunds Aleksandrs Sergejs Roberts Mārtiņš Ivars"),
            f=S("Inese Ilze Kristīne Līga Laura Anna Dace Sandra Ieva Evija Anita Baiba Olga Jeļena Svetlana"),
            s=S("Bērziņš Kalniņš Ozols Jansons Liepa Krūmiņš Zariņš Pētersons Vītols Kļaviņš Ozoliņš Balodis Eglītis Lācis Kārkliņš Siliņš Vanags Kalējs Freimanis Ivanovs Petrovs Kuzņecovs Zeltiņš Celmiņš Grīnbergs Krastiņš Strazds Dzenis Šmits"),
            rm=[], rf=[], rs=[], towns="Daugavpils,Rēzekne,Liepāja,Jelgava,Ventspils,Jēkabpils,Valmiera,Ogre,Preiļi,Ludza"),
 'BG': dict(m=S("Георги Иван Димитър Николай Христо Стоян Йордан Тодор Асен Петър Красимир Васил Ангел Стефан Никола Илия Митко Любомир"),
            f=S("Мария Иванка Елена Десислава Цветелина Йорданка Радка Галина Снежана Росица Виолета Милена Румяна Теодора"),
            s=S("Иванов Петров Георгиев Димитров Николов Стоянов Тодоров Христов Илиев Атанасов Йорданов Костадинов Ангелов Василев Маринов Стефанов Колев Попов Кирилов Михайлов Русев Цветков Жеков Янков"),
            rm=S("Асен Иван Георги Христо Юсеин Мустафа Ангел Емил Кирил Митко"),
            rf=S("Мария Елена Радка Фатме Росица Гергана Станка Румяна"),
            rs=S("Асенов Алиев Мустафов Юсеинов Салиев Ахмедов Рашков Кирчев Костов Минчев Славчев Емилов"),
            towns="Сливен,Пазарджик,Ямбол,Шумен,Видин,Монтана,Плевен,Стара Загора,Лом,Кюстендил"),
}
# English / anglicised forms used by UK staff, and home-country diminutives
EN = {k: S(v) for k, v in {
 'Jan': 'John', 'Tomasz': 'Tom Thomas', 'Piotr': 'Peter', 'Paweł': 'Paul', 'Michał': 'Michael Mike', 'Krzysztof': 'Chris Christopher',
 'Łukasz': 'Lucas Luke', 'Grzegorz': 'Greg Gregory', 'Andrzej': 'Andrew Andy', 'Wojciech': 'Voytek', 'Marcin': 'Martin', 'Rafał': 'Ralph',
 'Małgorzata': 'Margaret', 'Katarzyna': 'Kate Kathy', 'Agnieszka': 'Agnes', 'Joanna': 'Joan', 'Elżbieta': 'Elizabeth', 'Dorota': 'Dorothy',
 'Ján': 'John', 'Jozef': 'Joseph', 'Štefan': 'Steve Stephen', 'Michal': 'Michael', 'Tomáš': 'Thomas Tom', 'František': 'Frank',
 'Jiří': 'George', 'Josef': 'Joseph', 'Pavel': 'Paul', 'Pavol': 'Paul', 'Petr': 'Peter', 'Jakub': 'Jacob', 'Mária': 'Maria Mary', 'Marie': 'Mary',
 'Katarína': 'Kate', 'Kateřina': 'Kate Katherine', 'Zuzana': 'Susan', 'Alžbeta': 'Elizabeth', 'Helena': 'Helen', 'Lucie': 'Lucy', 'Lucia': 'Lucy',
 'János': 'John', 'István': 'Steven Stephen', 'László': 'Leslie', 'József': 'Joseph', 'Ferenc': 'Frank', 'Sándor': 'Alexander Alex', 'Tamás': 'Thomas',
 'Erzsébet': 'Elizabeth', 'Katalin': 'Katherine Kate', 'Zsuzsanna': 'Susan', 'Judit': 'Judith', 'Margit': 'Margaret', 'Krisztina': 'Christina',
 'Ion': 'John', 'Gheorghe': 'George', 'Ștefan': 'Stefan Steve', 'Mihai': 'Michael Mike', 'Nicolae': 'Nick', 'Alexandru': 'Alex', 'Elena': 'Helen',
 'Ioana': 'Joanna', 'Cristina': 'Christina', 'Jonas': 'John', 'Tomas': 'Tom', 'Andrius': 'Andrew', 'Paulius': 'Paul', 'Jānis': 'John',
 'Andris': 'Andrew', 'Juris': 'George', 'Artūrs': 'Arthur', 'Aleksandrs': 'Alex', 'Kristīne': 'Christine', 'Jeļena': 'Helen', 'Ieva': 'Eve',
 'Георги': 'George Gosho', 'Иван': 'John Vanyo', 'Димитър': 'Mitko Jimmy', 'Николай': 'Nick Niki', 'Христо': 'Chris Itso', 'Петър': 'Peter Pepi',
 'Тодор': 'Tosho', 'Стефан': 'Steve', 'Мария': 'Mary Mimi', 'Елена': 'Helen', 'Десислава': 'Desi', 'Цветелина': 'Tsveti', 'Росица': 'Rosi'}.items()}
DIM = {k: S(v) for k, v in {
 'Jan': 'Janek', 'Tomasz': 'Tomek', 'Piotr': 'Piotrek', 'Krzysztof': 'Krzysiek', 'Grzegorz': 'Grzesiek', 'Wojciech': 'Wojtek', 'Jarosław': 'Jarek',
 'Sławomir': 'Sławek', 'Dariusz': 'Darek', 'Zbigniew': 'Zbyszek', 'Małgorzata': 'Gosia Małgosia', 'Katarzyna': 'Kasia', 'Barbara': 'Basia',
 'Agnieszka': 'Aga', 'Joanna': 'Asia', 'Magdalena': 'Magda', 'Elżbieta': 'Ela', 'Anna': 'Ania', 'Ján': 'Jano Janko', 'Jozef': 'Jožko Jožo',
 'Štefan': 'Števo', 'Peter': 'Peťo', 'Ladislav': 'Laco', 'František': 'Fero', 'Jiří': 'Jirka', 'Josef': 'Pepa', 'Václav': 'Vašek', 'Jakub': 'Kuba',
 'Vladimír': 'Vlado', 'Mária': 'Marka', 'Katarína': 'Katka', 'Kateřina': 'Katka', 'Zuzana': 'Zuzka', 'János': 'Jani', 'István': 'Pisti',
 'László': 'Laci', 'József': 'Jóska', 'Ferenc': 'Feri', 'Sándor': 'Sanyi', 'Gábor': 'Gabi', 'Erzsébet': 'Erzsi', 'Katalin': 'Kati',
 'Zsuzsanna': 'Zsuzsa', 'Gheorghe': 'Ghiță', 'Constantin': 'Costel Costi', 'Nicolae': 'Nicu', 'Ion': 'Ionel', 'Vasile': 'Vasilică',
 'Dumitru': 'Mitică', 'Vytautas': 'Vytas', 'Aleksandrs': 'Saša'}.items()}
CYR = dict(а='a', б='b', в='v', г='g', д='d', е='e', ж='zh', з='z', и='i', й='y', к='k', л='l', м='m', н='n', о='o', п='p', р='r',
           с='s', т='t', у='u', ф='f', х='h', ц='ts', ч='ch', ш='sh', щ='sht', ъ='a', ь='y', ю='yu', я='ya')
CYR_VAR = dict(ж=S('zh j z'), х=S('h kh ch'), ц=S('ts tz c'), ъ=S('a u e'), й=S('y i j'), ю=S('yu iu ju'), я=S('ya ia ja'), щ=S('sht st'))
PHON = {  # how a UK caseworker might spell what they hear (applied rule by rule, each with p=.7)
 'PL': [('cz', 'ch'), ('sz', 'sh'), ('rz', 'zh'), ('w', 'v'), ('ł', 'w'), ('ś', 'sh'), ('ż', 'zh'), ('ó', 'u'), ('j', 'y')],
 'SK': [('č', 'ch'), ('š', 'sh'), ('ž', 'zh'), ('th', 't'), ('ch', 'h'), ('j', 'y'), ('ň', 'n')],
 'CZ': [('ř', 'rz'), ('č', 'ch'), ('š', 'sh'), ('ž', 'zh'), ('ě', 'ye'), ('th', 't'), ('ch', 'h'), ('j', 'y')],
 'HU': [('cs', 'ch'), ('zs', 'zh'), (r's(?!z)', 'sh'), ('sz', 's'), ('gy', 'dj'), ('ny', 'ni'), ('th', 't')],
 'RO': [('ș', 'sh'), ('ş', 'sh'), ('ț', 'ts'), ('ce', 'che'), ('ci', 'chi'), ('gh', 'g'), ('â', 'i')],
 'LT': [('č', 'ch'), ('š', 'sh'), ('ž', 'zh'), ('ū', 'oo'), ('j', 'y')],
 'LV': [('š', 'sh'), ('ž', 'zh'), ('č', 'ch'), ('ī', 'ee'), ('j', 'y')], 'BG': []}
NAT_EN = {'PL': S('Polish'), 'SK': S('Slovak Slovakian'), 'CZ': ['Czech', 'Czech Republic'], 'HU': S('Hungarian'), 'RO': S('Romanian'),
          'LT': S('Lithuanian'), 'LV': S('Latvian'), 'BG': S('Bulgarian')}
NAT_CODE = {'PL': 'POL PL POLAND', 'SK': 'SVK SK SLOVAKIA', 'CZ': 'CZE CZ CZECHIA', 'HU': 'HUN HU HUNGARY', 'RO': 'ROU RO ROMANIA',
            'LT': 'LTU LT LITHUANIA', 'LV': 'LVA LV LATVIA', 'BG': 'BGR BG BULGARIA'}
NAT_HOME = {'PL': S('polskie Polska polska PL'), 'SK': S('slovenská Slovensko SR slovenské'), 'CZ': S('česká Česko ČR CZE'),
            'HU': S('magyar Magyarország magyar HU'), 'RO': S('română România română ROU'), 'LT': ['Lietuva', 'lietuvių', 'LTU', 'Lietuvos Respublika'],
            'LV': S('Latvija LVA latv'), 'BG': S('българско България BGR')}
CONFUSE = {'SK': 'CZ', 'CZ': 'SK', 'HU': 'SK', 'RO': 'BG', 'BG': 'RO', 'LT': 'LV', 'LV': 'LT', 'PL': 'CZ'}
SEX = {'PL': 'MK', 'SK': 'MŽ', 'CZ': 'MŽ', 'HU': 'FN', 'RO': 'MF', 'LT': 'VM', 'LV': 'VS', 'BG': 'МЖ'}  # home-language M/F letters
UK_WORD = {'PL': 'Wielka Brytania', 'SK': 'Veľká Británia', 'CZ': 'Velká Británie', 'HU': 'Egyesült Királyság', 'RO': 'Marea Britanie',
           'LT': 'Didžioji Britanija', 'LV': 'Lielbritānija', 'BG': 'Великобритания'}
EXPL_HOME = {'PL': ('praca przymusowa', 'zmuszanie do przestępstw'), 'SK': ('nútená práca', 'nútená trestná činnosť'),
             'CZ': ('nucená práce', 'nucená trestná činnost'), 'HU': ('kényszermunka', 'bűncselekményre kényszerítés'),
             'RO': ('muncă forțată', 'infracțiuni forțate'), 'LT': ('priverstinis darbas', 'priverstinis nusikalstamumas'),
             'LV': ('piespiedu darbs', 'piespiedu noziedzība'), 'BG': ('принудителен труд', 'принудителна престъпност')}
MAIDEN_WORD = {'PL': 'z d.', 'SK': 'rod.', 'CZ': 'roz.', 'HU': 'szül.', 'RO': 'născută', 'LT': 'mergautinė pavardė', 'LV': 'dzim.', 'BG': 'родена'}
LANG = {'PL': 'Polish', 'SK': 'Slovak', 'CZ': 'Czech', 'HU': 'Hungarian', 'RO': 'Romanian', 'LT': 'Lithuanian', 'LV': 'Latvian', 'BG': 'Bulgarian'}
UK_TOWNS = S("Peterborough Boston Wisbech Leicester Bradford Sheffield Rotherham Derby Nottingham Birmingham Coventry Slough Southampton "
             "Sittingbourne Northampton Wakefield Doncaster Manchester Glasgow Belfast Ipswich Spalding Kettering Luton Telford")
LABOUR = ['car wash', 'agriculture', 'food packing', 'construction', 'factory', 'waste recycling', 'hotel cleaning', 'warehouse']
CRIME = ['cannabis cultivation', 'shoplifting', 'benefit fraud', 'pickpocketing', 'forced begging', 'bank account fraud']
OPS = S("AMBER BIRCH CORAL DELTA FALCON GARNET HARBOUR IRIS JUNIPER KESTREL LINDEN MAGPIE NETTLE ORCHID PEREGRINE QUARTZ ROWAN SPARROW TEAL WILLOW")
COUNTRIES, CW = S('PL SK CZ HU RO LT LV BG'), [28, 14, 8, 10, 18, 10, 5, 7]
ROMA_P = {'SK': .5, 'CZ': .45, 'HU': .35, 'RO': .3, 'BG': .3}
MIDDLE_P = {'PL': .15, 'SK': .05, 'CZ': .05, 'HU': .1, 'RO': .3, 'LT': .05, 'LV': .05, 'BG': 0}
DOCFMT = {'PL': ('@@#######', '@@@######'), 'SK': ('@#######', '@@######'), 'CZ': ('########', '#########'), 'HU': ('@@#######', '######@@'),
          'RO': ('0########', '@@######'), 'LT': ('########', '########'), 'LV': ('@@#######', 'PA#######'), 'BG': ('3########', '6########')}
PHONE = {'PL': ('48', '5', 9), 'SK': ('421', '9', 9), 'CZ': ('420', '7', 9), 'HU': ('36', '30', 9), 'RO': ('40', '7', 9), 'LT': ('370', '6', 8),
         'LV': ('371', '2', 8), 'BG': ('359', '8', 9)}
RO_COUNTY = {'Craiova': 16, 'Constanța': 13, 'Bacău': 4, 'Iași': 22, 'Tulcea': 36, 'Călărași': 51, 'Botoșani': 7, 'Buzău': 10, 'Slatina': 28,
             'Târgu Jiu': 18, 'Caracal': 28, 'Focșani': 39}
MON = S('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec')


def zipf(rng, lst, a=.8):
    return rng.choices(lst, [1 / (i + 1) ** a for i in range(len(lst))])[0]


def fold(s):
    s = s.translate(str.maketrans({'ł': 'l', 'Ł': 'L', 'đ': 'd'}))
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def cyr2lat(s, rng=None):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo not in CYR:
            out.append(ch); continue
        t = rng.choice(CYR_VAR[lo]) if rng and lo in CYR_VAR and rng.random() < .5 else CYR[lo]
        out.append(t.capitalize() if ch != lo else t)
    return ''.join(out)


def fem(cc, s, married=False):
    if cc == 'PL':
        return s[:-1] + 'a' if s.endswith(('ski', 'cki', 'dzki')) else s
    if cc in ('SK', 'CZ'):
        if s.endswith('ý'): return s[:-1] + 'á'
        if s.endswith(('a', 'o')): return s[:-1] + 'ová'
        if s.endswith('ek'): return s[:-2] + 'ková'
        if s.endswith('ec'): return s[:-2] + 'cová'
        return s + 'ová'
    if cc == 'LT':
        if s.endswith('ius'): return s[:-3] + ('ienė' if married else 'iūtė')
        if s.endswith('us'): return s[:-2] + ('uvienė' if married else 'utė')
        if s.endswith('as'): return s[:-2] + ('ienė' if married else 'aitė')
        return s[:-2] + ('ienė' if married else 'ytė')  # -is / -ys
    if cc == 'LV':
        if s.endswith('š'): return s[:-1] + 'a'
        if s.endswith('is'): return s[:-2] + 'e'
        if s.endswith('ons'): return s[:-1] + 'e'
        return s[:-1] + 'a' if s.endswith('s') else s
    if cc == 'BG':
        return s + 'а' if s.endswith(('ов', 'ев')) else s
    return s  # HU, RO: no gendered form


def patronymic(father, sex):
    f = {'Васил': 'Василев', 'Петър': 'Петров', 'Димитър': 'Димитров'}.get(father)
    if not f:
        if father.endswith('й'): f = father[:-1] + 'ев'
        elif father.endswith('ия'): f = father[:-2] + 'иев'
        elif father.endswith('и'): f = father + 'ев'
        elif father.endswith(('а', 'о')): f = father[:-1] + 'ов'
        else: f = father + 'ов'
    return f + 'а' if sex == 'F' else f


def chk_ok(digits, w, mod):
    return sum(int(a) * b for a, b in zip(digits, w)) % mod


def national_id(rng, cc, d, sex, town):
    yy, M = d.year % 100, sex == 'M'
    while True:
        n3 = f"{rng.randint(0, 999):03d}"
        if cc == 'PL':  # PESEL
            b = f"{yy:02d}{d.month + (20 if d.year >= 2000 else 0):02d}{d.day:02d}{n3}{rng.choice('13579' if M else '02468')}"
            return b + str((10 - chk_ok(b, [1, 3, 7, 9] * 3, 10)) % 10)
        if cc in ('SK', 'CZ'):  # rodne cislo, women +50 on the month, whole number divisible by 11
            b = f"{yy:02d}{d.month + (0 if M else 50):02d}{d.day:02d}{n3}"
            return f"{b[:6]}/{b[6:]}{int(b) % 11 % 10}"
        if cc == 'RO':  # CNP
            b = f"{(1 if M else 2) + (4 if d.year >= 2000 else 0)}{yy:02d}{d.month:02d}{d.day:02d}{RO_COUNTY.get(town, 40):02d}{n3}"
            c = chk_ok(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9], 11)
            return b + str(1 if c == 10 else c)
        if cc == 'BG':  # EGN, +40 on the month after 2000, 9th digit even for men
            b = f"{yy:02d}{d.month + (40 if d.year >= 2000 else 0):02d}{d.day:02d}{n3[:2]}{rng.choice('02468' if M else '13579')}"
            return b + str(chk_ok(b, [2, 4, 8, 5, 10, 9, 7, 3, 6], 11) % 10)
        if cc == 'LT':  # asmens kodas
            b = f"{(3 if M else 4) + (2 if d.year >= 2000 else 0)}{yy:02d}{d.month:02d}{d.day:02d}{n3}"
            c = chk_ok(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], 11)
            if c == 10: c = chk_ok(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], 11) % 10
            return b + str(c)
        if cc == 'LV':  # personas kods DDMMYY-CNNNC
            b = f"{d.day:02d}{d.month:02d}{yy:02d}{1 if d.year < 2000 else 2}{n3}"
            c = (1101 - chk_ok(b, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2], 10 ** 6)) % 11
            if c < 10: return f"{b[:6]}-{b[6:]}{c}"
        if cc == 'HU':  # szemelyi azonosito
            b = f"{(1 if M else 2) + (2 if d.year >= 2000 else 0)}{yy:02d}{d.month:02d}{d.day:02d}{n3}"
            w = range(1, 11) if d.year < 1997 else range(10, 0, -1)
            c = chk_ok(b, w, 11)
            if c < 10: return b + str(c)


def rand_date(rng, year):
    return dt.date(year, 1, 1) + dt.timedelta(rng.randint(0, 364))


def new_ctx(rng, cc):
    t0 = dt.date(2014, 1, 1) + dt.timedelta(rng.randint(0, 3650))
    e = rng.random()
    exp = ('L', rng.choice(LABOUR)) if e < .65 else ('C', rng.choice(CRIME)) if e < .9 else ('LC', rng.choice(LABOUR))
    return dict(home=rng.choice(NAMES[cc]['towns'].split(',')), uk=rng.choice(UK_TOWNS), t0=t0, exp=exp, op='Op ' + rng.choice(OPS),
                phone=None)


def doc(rng, fmt):
    return ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVXYZ') if c == '@' else str(rng.randint(0, 9)) if c == '#' else c for c in fmt)


def person(rng, cc, roma, sex, ctx, fam=None, given=None, dob=None, father=None):
    T = NAMES[cc]
    pool = (T['rm'] if sex == 'M' else T['rf']) if roma else (T['m'] if sex == 'M' else T['f'])
    given = given or zipf(rng, pool, .9 if roma else .6)
    fam = fam or zipf(rng, T['rs'] if roma else T['s'], .8 if roma else .4)
    dob = dob or rand_date(rng, min(2004, int(rng.triangular(1956, 2004, 1988))))
    p = dict(cc=cc, roma=roma, sex=sex, given=given, fam=fam, dob=dob, ctx=ctx, middle='', patr='', maiden='')
    if rng.random() < MIDDLE_P[cc]:
        p['middle'] = rng.choice([g for g in pool if g != given])
    if cc == 'BG':
        p['patr'] = patronymic(father or zipf(rng, T['m']), sex)
    p['surname'] = fem(cc, fam) if sex == 'F' else fam
    p['nid'] = national_id(rng, cc, dob, sex, ctx['home'])
    p['docs'] = [doc(rng, DOCFMT[cc][0])] + ([doc(rng, DOCFMT[cc][1])] if rng.random() < .5 else [])
    p['ukphone'] = ctx['phone'] if ctx['phone'] and rng.random() < .4 else '7' + ''.join(str(rng.randint(0, 9)) for _ in range(9))
    cc_, pre, n = PHONE[cc]
    p['homephone'] = cc_ + pre + ''.join(str(rng.randint(0, 9)) for _ in range(n - len(pre)))
    return p


def marry(rng, w, hfam):
    w['maiden'], w['hfam'] = w['surname'], hfam
    if w['cc'] == 'HU':
        r = rng.random()
        w['surname'] = hfam + 'né ' + w['maiden'] if r < .45 else hfam if r < .9 else w['maiden']
    else:
        w['surname'] = fem(w['cc'], hfam, married=True)
    if w['surname'] == w['maiden']:
        w['maiden'] = ''


def group(rng):
    cc = rng.choices(COUNTRIES, CW)[0]
    roma = rng.random() < ROMA_P.get(cc, 0)
    ctx, T, r = new_ctx(rng, cc), NAMES[cc], rng.random()
    if roma and r < .45:  # Roma extended family: repeated given names across generations, cousins born close together
        ctx['phone'] = '7' + ''.join(str(rng.randint(0, 9)) for _ in range(9))
        fam, fy = zipf(rng, T['rs'], .8), rng.randint(1956, 1976)
        fav, favf = [zipf(rng, T['rm'], .9) for _ in range(3)], [zipf(rng, T['rf'], .9) for _ in range(2)]
        father = person(rng, cc, True, 'M', ctx, fam, fav[0], rand_date(rng, fy))
        out = [father] if rng.random() < .6 else []
        if rng.random() < .4:
            w = person(rng, cc, True, 'F', ctx, dob=rand_date(rng, fy + rng.randint(-2, 4))); marry(rng, w, fam); out.append(w)
        cy = fy + rng.randint(19, 26)
        kids = []
        for _ in range(rng.randint(2, 4)):
            sex = 'M' if rng.random() < .75 else 'F'
            g, d = rng.choice(fav if sex == 'M' else favf), rand_date(rng, min(2004, cy + rng.randint(-3, 3)))
            if kids and rng.random() < .3:  # namesake cousin born within about a year
                k0 = rng.choice(kids)
                sex, g, d = k0['sex'], k0['given'], min(dt.date(2004, 12, 31), k0['dob'] + dt.timedelta(rng.choice((-1, 1)) * rng.randint(20, 400)))
            kid = person(rng, cc, True, sex, ctx, fam, g, d, father['given'])
            kids.append(kid)
            out.append(kid)
            if sex == 'M' and rng.random() < .25:
                w = person(rng, cc, True, 'F', ctx, dob=rand_date(rng, min(2004, kid['dob'].year + rng.randint(-3, 1))))
                marry(rng, w, fam); out.append(w)
        return out
    if r < .15:  # brothers (occasionally a sister) recruited together
        ctx['phone'] = '7' + ''.join(str(rng.randint(0, 9)) for _ in range(9))
        fam, father, y = zipf(rng, T['rs'] if roma else T['s'], .8 if roma else .4), zipf(rng, T['m']), rng.randint(1965, 2000)
        twins, out, used = rng.random() < .08, [], set()
        for i in range(3 if rng.random() < .3 else 2):
            sex = 'M' if rng.random() < .9 else 'F'
            d = out[0]['dob'] if twins and out else rand_date(rng, min(2004, y + i * rng.randint(1, 3)))
            pool = [g for g in T[('r' if roma else '') + ('m' if sex == 'M' else 'f')] if g not in used]
            p = person(rng, cc, roma, sex, ctx, fam, zipf(rng, pool), d, father)
            used.add(p['given']); out.append(p)
        return out
    if r < .22:  # married couple
        h = person(rng, cc, roma, 'M', ctx)
        w = person(rng, cc, roma, 'F', ctx, dob=rand_date(rng, min(2004, h['dob'].year + rng.randint(-6, 3))))
        marry(rng, w, h['fam'])
        return [h, w]
    p = person(rng, cc, roma, 'F' if rng.random() < .3 else 'M', ctx)
    if p['sex'] == 'F' and p['dob'].year < 1996 and rng.random() < .45:
        marry(rng, p, zipf(rng, T['rs'] if roma else T['s'], .8 if roma else .4))
    return [p]


# ---------------------------------------------------------------- noise
def typo(rng, s):
    if len(s) < 3: return s
    i, k = rng.randrange(1, len(s) - 1), rng.random()
    if k < .3: return s[:i] + s[i + 1:]
    if k < .5: return s[:i] + s[i] + s[i:]
    if k < .8: return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + rng.choice('aeiouynmrlst') + s[i + 1:]


def uk_name(rng, s, cc, keep=.08, phon=.08, ty=.04):
    """a home-language name as written by UK staff"""
    if re.search('[а-яА-Я]', s):
        out = cyr2lat(s, rng if rng.random() < .4 else None)
    elif rng.random() < keep:
        out = s
    else:
        if rng.random() < phon:
            low = s.lower()
            for a, b in PHON[cc]:
                if rng.random() < .7: low = re.sub(a, b, low)
            s = ' '.join(w.capitalize() for w in low.split())
        out = fold(s)
    return typo(rng, out) if rng.random() < ty else out


def id_noise(rng, s, police):
    s = s.replace('/', '') if police or rng.random() < .3 else s
    s = s.replace('-', '') if police and rng.random() < .5 else s
    if rng.random() < .05:
        i = rng.randrange(len(s) - 1)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:] if rng.random() < .5 else s[:i] + str(rng.randint(0, 9)) + s[i + 1:]
    if police and s.isdigit():
        if rng.random() < .8: s = s.lstrip('0')  # Excel number column
        if rng.random() < .06 and len(s) > 10: s = f"{int(s):.5E}"  # Excel scientific notation
    return s


def doc_noise(rng, s):
    r = rng.random()
    conf = [i for i, c in enumerate(s) if c in '0O1I5S8B']
    if r < .04 and conf:  # one OCR/handwriting confusion 0/O 1/I 5/S 8/B
        i = rng.choice(conf); s = s[:i] + s[i].translate(str.maketrans('0O1I5S8B', 'O0I1S5B8')) + s[i + 1:]
    elif r < .07:
        i = rng.randrange(len(s) - 1); s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    elif r < .09:
        s = s[:-1]
    if rng.random() < .05: s = s[:2] + ' ' + s[2:]
    return s.lower() if rng.random() < .02 else s


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    return {'uk': f"{dd:02d}/{m:02d}/{y}", 'uks': f"{dd}/{m}/{y % 100:02d}", 'iso': f"{y}-{m:02d}-{dd:02d}", 'mon': f"{dd:02d}-{MON[m - 1]}-{y}",
            'dot': f"{dd:02d}.{m:02d}.{y}", 'dotp': f"{dd:02d}.{m:02d}.{y}.", 'dots': f"{dd}.{m}.{y}", 'dotsp': f"{dd}. {m}. {y}",
            'hu': f"{y}.{m:02d}.{dd:02d}.", 'hun': f"{y}.{m:02d}.{dd:02d}", 'husp': f"{y}. {m:02d}. {dd:02d}.",
            'plr': f"{dd:02d}.{m:02d}.{y} r.", 'bgg': f"{dd:02d}.{m:02d}.{y} г."}[style]


HOME_DATE = {'PL': ('dot', 'plr', 'iso'), 'SK': ('dot', 'dots', 'dotsp'), 'CZ': ('dot', 'dots', 'dotsp'), 'HU': ('hu', 'hun', 'husp'),
             'RO': ('dot', 'dot', 'iso'), 'LT': ('iso', 'iso', 'dot'), 'LV': ('dotp', 'dot', 'dot'), 'BG': ('dot', 'bgg', 'bgg')}


def dob_noise(rng, d, uk):
    r = rng.random()
    if uk and r < .03 and d.day <= 12: return dt.date(d.year, d.day, d.month)  # day/month swapped
    if r < (.05 if uk else .02): return dt.date(d.year + rng.choice((-1, 1)), d.month, min(d.day, 28))
    if r < (.07 if uk else .03): return d + dt.timedelta(rng.choice((-10, -1, 1, 10)))
    if uk and r < .09: return dt.date(d.year, 1, 1)  # unknown DOB, age estimate
    return d


def record(rng, p, src):
    cc, ctx, sex = p['cc'], p['ctx'], p['sex']
    uk = src != 'repatriation'
    row = dict(source=src)
    cur = rng.random() < {'uk_charity': .7, 'police_op': .75, 'repatriation': .85}[src] or not p['maiden']
    sur, other = (p['surname'], p['maiden']) if cur else (p['maiden'], p['surname'])
    g, notes = p['given'], []
    r = rng.random()
    if uk and r < (.15 if src == 'uk_charity' else .08) and g in EN: g = rng.choice(EN[g])
    elif r < (.25 if src == 'uk_charity' else .13 if uk else .03) and g in DIM: g = rng.choice(DIM[g])
    if g != p['given'] and uk and rng.random() < .3: notes.append('aka ' + uk_name(rng, p['given'], cc, ty=0))
    if uk:
        if sex == 'F' and cc not in ('HU', 'RO') and rng.random() < .08:  # masculine / base form used for a woman
            sur = p.get('hfam', p['fam']) if cur and p['maiden'] else p['fam']
        if 'né ' in sur: sur = rng.choice([sur, sur, sur.split()[0], sur.split()[0][:-2], sur.split()[1]])
        pol = src == 'police_op'
        s = uk_name(rng, sur, cc, keep=.03 if pol else .08)
        f = uk_name(rng, g, cc, keep=.03 if pol else .08)
        if p['middle'] and rng.random() < .3: f += ' ' + uk_name(rng, p['middle'], cc)
        if p['patr'] and rng.random() < (.35 if pol else .1): f += ' ' + uk_name(rng, p['patr'], cc)
        if rng.random() < ((.25 if pol else .12) if cc == 'HU' else .03): s, f = f, s  # given/family swapped
        if pol:
            s = s.upper() if rng.random() < .85 else s
            f = f.upper() if rng.random() < .3 else f
        elif rng.random() < .03:
            s, f = s.lower(), f.lower()
        row.update(surname=s, forenames=f)
        style = rng.choice(['uk'] * 9 + ['uks']) if not pol else rng.choice(['uk'] * 6 + ['iso'] * 3 + ['mon'])
        row['dob'] = '' if rng.random() < (.04 if pol else .06) else fmt_date(dob_noise(rng, p['dob'], True), style)
        row['sex'] = sex if pol or rng.random() < .3 else {'M': 'Male', 'F': 'Female'}[sex]
        if not pol and rng.random() < .02: row['sex'] = ''
        n = rng.random()
        if pol:
            codes = NAT_CODE[cc].split()
            row['nationality'] = rng.choice([codes[0]] * 3 + codes[1:] + (['ROM'] if cc == 'RO' else []))
        else:
            row['nationality'] = (rng.choice(NAT_EN[CONFUSE[cc]]) if n < .03 else '' if n < .06 else
                                  ('Roma' if rng.random() < .3 else rng.choice(NAT_EN[cc]) + ' (Roma)') if p['roma'] and n < .2 else
                                  rng.choice(NAT_EN[cc]))
        if rng.random() < (.15 if pol else .06): row['national_id'] = id_noise(rng, p['nid'], pol)
        if rng.random() < (.55 if pol else .25): row['doc_no'] = doc_noise(rng, rng.choice(p['docs']))
        if rng.random() < (.3 if pol else .6):
            num = p['ukphone'] if rng.random() < .85 else p['homephone']
            row['phone'] = rng.choice(['0' + num, '0' + num[:4] + ' ' + num[4:], '+44 ' + num, '44' + num]) if num == p['ukphone'] else '+' + num
        if rng.random() < (.1 if pol else .3): row['home_town'] = uk_name(rng, ctx['home'], cc, keep=0, ty=.05)
        t = ctx['t0'] + dt.timedelta(rng.randint(-20, 10) if pol else rng.randint(0, 120))
        row['event_date'] = fmt_date(t, style)
        kind, sector = ctx['exp']
        if pol:
            row['uk_location'] = f"{sector.title()}, {ctx['uk']}" if rng.random() < .7 else ctx['uk'].upper()
            row['exploitation'] = {'L': 'MSHT - labour', 'C': 'MSHT - criminal exploitation', 'LC': 'MSHT - labour/criminal'}[kind]
            notes.insert(0, ctx['op'])
            if row.get('doc_no'): notes.append('ID seen')
        else:
            row['uk_location'] = ctx['uk'] if rng.random() < .95 else ''
            row['exploitation'] = {'L': 'Labour exploitation', 'C': 'Forced criminality', 'LC': 'Labour and criminal exploitation'}[kind] + f" ({sector})"
            if rng.random() < .25: notes.append('interpreter: ' + ('Romani' if p['roma'] and rng.random() < .4 else LANG[cc]))
            if rng.random() < .3: notes.append('NRM referral made')
        if other and rng.random() < (.1 if pol else .3): notes.append(('nee ' if rng.random() < .5 else 'maiden name ') + uk_name(rng, other, cc, 0, 0, 0))
    else:
        cyr = cc == 'BG' and rng.random() < .6
        parts_g = [g] + ([p['middle']] if p['middle'] and rng.random() < .7 else []) + ([p['patr']] if p['patr'] else [])
        if cc == 'HU':
            name = (sur.upper() if rng.random() < .15 else sur) + ' ' + ' '.join(parts_g)
        else:
            o = rng.random()
            name = ' '.join(parts_g + [sur]) if o < .6 or cyr else f"{sur.upper()} {' '.join(parts_g)}" if o < .9 else f"{sur} {' '.join(parts_g)}"
        if cc == 'BG' and not cyr: name = cyr2lat(name)
        if cc == 'RO':
            if rng.random() < .35: name = name.translate(str.maketrans('șțȘȚ', 'şţŞŢ'))  # cedilla vs comma below
            if rng.random() < .1: name = re.sub('(?<=\\w)â(?=\\w)', 'î', name)  # pre-1993 spelling
        row['full_name'] = typo(rng, name) if rng.random() < .02 else name
        style = rng.choice(HOME_DATE[cc])
        row['dob'] = '' if rng.random() < .01 else fmt_date(dob_noise(rng, p['dob'], False), style)
        row['sex'] = SEX[cc][sex == 'F']
        nh = rng.choice(NAT_HOME[cc])
        row['nationality'] = (nh + ('ietis' if sex == 'M' else 'iete') if nh == 'latv' else
                              'rómska' if p['roma'] and cc == 'SK' and rng.random() < .2 else nh)
        if cc == 'BG' and not cyr and row['nationality'] != 'BGR': row['nationality'] = 'Bulgaria'
        if rng.random() < .8:
            nid = id_noise(rng, p['nid'], False)
            row['national_id'] = nid if cc != 'HU' or rng.random() < .7 else f"{nid[0]} {nid[1:7]} {nid[7:]}"
        if rng.random() < .5: row['doc_no'] = doc_noise(rng, p['docs'][0])
        if rng.random() < .45:
            row['phone'] = '+' + p['homephone'] if rng.random() < .6 else '+44 ' + p['ukphone']
        if rng.random() < .9: row['home_town'] = cyr2lat(ctx['home']) if cc == 'BG' and not cyr else ctx['home']
        if rng.random() < .5: row['uk_location'] = (cyr2lat(UK_WORD[cc]) if cc == 'BG' and not cyr else UK_WORD[cc]) + ', ' + ctx['uk']
        row['event_date'] = fmt_date(ctx['t0'] + dt.timedelta(rng.randint(20, 300)), style)
        e = EXPL_HOME[cc]
        row['exploitation'] = {'L': e[0], 'C': e[1], 'LC': e[0] + '; ' + e[1]}[ctx['exp'][0]]
        if cc == 'BG' and not cyr: row['exploitation'] = cyr2lat(row['exploitation'])
        if other and rng.random() < .4:
            mw = MAIDEN_WORD[cc]
            notes.append(cyr2lat(f"{mw} {other}") if cc == 'BG' and not cyr else f"{mw} {other}")
    row['notes'] = '; '.join(notes)
    return row


COLS = S('record_id source surname forenames full_name dob sex nationality national_id doc_no phone home_town uk_location event_date exploitation notes')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--people', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=27)
    ap.add_argument('--out', default='data.csv')
    ap.add_argument('--truth', default='truth.csv')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    people = []
    while len(people) < a.people:
        people.extend(group(rng)[:a.people - len(people)])
    rows, ids = [], set()
    for i, p in enumerate(people):
        pid = f"P{i + 1:05d}"
        for _ in range(rng.choices([1, 2, 3, 4, 5], [35, 28, 18, 11, 8])[0]):
            src = rng.choices(['uk_charity', 'police_op', 'repatriation'], [40, 35, 25])[0]
            row = record(rng, p, src)
            while True:
                rid = ''.join(rng.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(10))
                if rid not in ids: break
            ids.add(rid)
            row['record_id'] = rid
            rows.append((row, pid))
    rng.shuffle(rows)
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, COLS, restval='')
        w.writeheader()
        w.writerows(r for r, _ in rows)
    with open(a.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['record_id', 'person_id'])
        w.writerows([r['record_id'], pid] for r, pid in rows)
    print(f"{len(people)} people, {len(rows)} records -> {a.out}, {a.truth}")


if __name__ == '__main__':
    main()
