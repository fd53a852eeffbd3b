#!/usr/bin/env python3
"""gen32 - synthetic records about overseas domestic and care workers exploited in UK
private households and care homes, pooled from four invented sources:
  CHARITY  a domestic workers' support charity's intake forms
  UNION    a trade union's casework / membership records
  HO_VISA  Home Office ODW / Skilled Worker (care) / EUSS visa records
  ADVICE   a Citizens Advice-style adviser's client records
All people, employers and identifiers are invented. Standard library only. See README.md."""
import argparse, csv, random, unicodedata
from datetime import date, timedelta

def W(xs, s): return [1.0 / (i + 1) ** s for i in range(len(xs))]
def pick(rng, xs, s=1.0): return rng.choices(xs, W(xs, s))[0]   # zipf-ish: early items common
def strip_acc(s): return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
def L(s): return s.split(',')

# ---------------------------------------------------------------- name lists (frequency-ordered)
FIL_F = L('Maria,Mary Jane,Jennifer,Rosalie,Marites,Maricel,Lorna,Evelyn,Josephine,Marilou,Gina,Cristina,Rowena,Analyn,'
          'Jocelyn,Lilibeth,Rosario,Teresita,Divina,Merlyn,Editha,Nenita,Girlie,Arlene,Liza,Rhea,Mylene,Aileen')
FIL_F2 = L('Cristina,Luisa,Theresa,Elena,Fe,Lourdes,Victoria,Rosario,Concepcion,Isabel')
FIL_M = L('Jose,Rodel,Reynaldo,Ronaldo,Edwin,Arnel,Romeo,Danilo,Jun,Joel')
FIL_SUR = L('Santos,Dela Cruz,Reyes,Garcia,Bautista,Mendoza,Ramos,Aquino,Villanueva,De Guzman,Cruz,Castillo,Flores,'
            'Del Rosario,Gonzales,Tolentino,Delos Santos,Pascual,Manalo,Soriano,Mercado,Macaraeg,Dimaculangan,'
            'Magbanua,Panganiban,Salazar,Navarro,Dizon,Agustin,De Leon')
FIL_NICK = L('Joy,Baby,Tintin,Weng,Jing,Lyn,Cha,Bing,Malou,Beth,Len,Neneng,Cora,Tess,Janjan,Bebeth,Inday,Lala')
SPA_F = L('María,Luz Marina,Ana,Carmen,Gloria,Yolanda,Rosa,Martha,Blanca,Sandra,Diana,Claudia,Patricia,Marisol,'
          'Lucía,Beatriz,Nelly,Yaneth,Leidy,Mónica,Fanny,Olga,Miriam,Elizabeth')
SPA_F2 = L('José,Isabel,Elena,Fernanda,Alejandra,del Carmen,Cecilia,Milena,Cristina,Teresa,Eugenia')
SPA_M = L('José,Juan Carlos,Luis,Carlos,Jorge,Wilson,Édgar,Fredy,Hernán,Óscar')
SPA_SUR = L('García,Rodríguez,López,Martínez,González,Hernández,Pérez,Sánchez,Gómez,Díaz,Ramírez,Torres,Flores,Rojas,'
            'Vargas,Castro,Mamani,Quispe,Gutiérrez,Morales,Jiménez,Ortiz,Ríos,Suárez,Cárdenas,Valencia,Quintero,'
            'Arias,Guzmán,Choque,Condori,Villca')
POR_F = L('Maria,Ana Paula,Francisca,Antônia,Adriana,Juliana,Márcia,Fernanda,Patrícia,Aline,Sandra,Luciana,Cláudia,'
          'Rosângela,Vera Lúcia,Josefa,Raimunda,Fátima,Rosa,Cristiane,Daniela')
POR_F2 = L('Aparecida,José,de Fátima,da Conceição,das Graças,Helena,Luiza,Eduarda,Cristina')
POR_M = L('João,José,Antônio,Francisco,Paulo,Carlos,Marcos,Luiz')
POR_SUR = L('dos Santos,da Silva,Souza,de Oliveira,Pereira,Ferreira,Alves,Lima,Rodrigues,Gomes,Costa,Ribeiro,Martins,'
            'Carvalho,de Almeida,Lopes,Soares,Fernandes,Vieira,Barbosa,da Costa,de Jesus,Araújo,Gonçalves,do Nascimento,'
            'da Conceição,Moreira,Cardoso')
IND_SINGLE = L('Sumiati,Suryani,Kartini,Wartini,Sulastri,Rusmini,Darsih,Tarsini,Sunarti,Warsini,Karsih,Sumarni,'
               'Yuliani,Rohimah,Nurhayati,Erwiana,Tuti,Satinah,Rumini,Sutini')
IND_A = L('Siti,Sri,Nur,Dewi,Ani,Eka,Tri,Dwi,Rina,Lilis')
IND_B = L('Aminah,Rahayu,Hasanah,Lestari,Wahyuni,Maryam,Fatimah,Komariah,Handayani,Purwanti,Rahmawati,Aisyah,Khotimah')
IND_M = L('Slamet,Agus,Budi,Joko,Heru,Sugeng')
IND_FATHER = L('Sulaiman,Ahmad,Karsono,Rasidi,Wagimin,Muhammad,Darmo,Kasim,Abdullah,Sukirman')
KER_FC = L('Mary,Aleyamma,Annamma,Elsamma,Molly,Susamma,Lissy,Jincy,Shiny,Bincy,Tintu,Sherly,Daisy,Mercy,Rincy,Ancy,'
           'Leelamma,Soumya')
KER_FH = L('Sreeja,Bindu,Latha,Sindhu,Jaya,Reshma,Sheeba,Asha')
KER_M = L('Joseph,Thomas,Jose,Biju,Shaji,Sajan,Manoj,Babu')
KER_FATH_C = L('Joseph,Kuriakose,Varghese,Thomas,Mathew,Chacko,George,Abraham,Ouseph,Devasia,Pappachan,Antony,Philip,Jacob')
KER_FATH_H = L('Gopalan,Raghavan,Krishnan,Velayudhan,Sasidharan,Balan')
KER_HOUSE_C = L('Puthenpurackal,Kunnel,Thekkekara,Vadakkel,Mannil,Kallarackal,Parambil,Chirayil,Kizhakkethil,'
                'Valiyaveettil,Pulickal,Kochuparambil,Edathil,Manjooran')
KER_HOUSE_H = L('Nair,Pillai,Menon,Kurup,Panicker')
SRI_VASA = L('Wijesinghe Arachchige Dona,Herath Mudiyanselage,Kankanamge,Rajapaksha Pathirannehelage,'
             'Weerasinghe Arachchilage,Gamage,Liyanage,Hettiarachchige,Kuruppu Arachchige,Dissanayake Mudiyanselage,'
             'Jayasinghe Appuhamilage,Ranasinghe')
SRI_F = L('Kumari,Nilmini,Chandrika,Sriyani,Damayanthi,Priyanthi,Anoma,Dilrukshi,Swarna,Kanthi,Shyamali,Ramani,Inoka,Padmini')
SRI_SUR = L('Perera,Fernando,Silva,Jayawardena,Gunasekara,Senanayake,Wickramasinghe,Rathnayake,Bandara,Kumarasinghe')
TAM_F = L('Selvi,Kalaivani,Vasanthi,Malathi,Jeyanthi,Thushyanthi,Sivakami,Pushpa,Fathima Rinoza,Fathima Rizna')
TAM_FATH = L('Thevarajah,Sivalingam,Kanagaratnam,Rasanayagam,Shanmugam,Selvarajah,Mohamed Ismail,Abdul Cader')
SRI_M = L('Sunil,Nimal,Kamal,Ravi,Suresh')
AFR = {'NG': (L('Blessing,Funmilayo,Chioma,Ngozi,Adaeze,Folake,Oluwaseun,Grace,Esther,Joy,Bukola,Ifeoma,Aisha,Comfort,'
                 'Patience,Mercy,Titilayo,Omolara,Chinwe,Amaka'),
              L('Adeyemi,Okafor,Okonkwo,Eze,Adebayo,Ogunleye,Nwosu,Okeke,Balogun,Olawale,Ibrahim,Afolabi,Nwachukwu,'
                'Oyelaran,Akinola,Uche,Obi,Onyeka'), L('Emeka,Tunde,Chinedu,Samuel,Ibrahim')),
       'GH': (L('Akosua,Adwoa,Abena,Ama,Efua,Akua,Yaa,Grace,Comfort,Gifty,Mercy,Vida,Esi,Afua,Dorcas,Felicia,Beatrice,Rita'),
              L('Mensah,Owusu,Asante,Boateng,Osei,Appiah,Agyeman,Ofori,Amoah,Addo,Danso,Quaye,Ansah,Acheampong,'
                'Adjei,Tetteh,Amponsah'), L('Kwame,Kofi,Kwabena,Emmanuel')),
       'ZW': (L('Tendai,Rutendo,Chipo,Nyasha,Tsitsi,Rumbidzai,Fadzai,Precious,Memory,Loveness,Nomsa,Thandiwe,Patience,'
                'Faith,Tariro,Shamiso,Gamuchirai'),
              L('Moyo,Ncube,Sibanda,Dube,Mpofu,Chikwanha,Mutasa,Gumbo,Chiweshe,Ndlovu,Nyathi,Mhlanga,Marufu,Chigumba,'
                'Makoni,Zulu,Mushonga'), L('Tafadzwa,Tatenda,Blessing,Farai'))}
SHORT = dict(Funmilayo='Funmi', Oluwaseun='Seun', Titilayo='Titi', Omolara='Lara', Adaeze='Ada', Chioma='Chi',
             Ifeoma='Ify', Bukola='Bukky', Folake='Fola', Rumbidzai='Rumbi', Gamuchirai='Gamu', Thandiwe='Thandi',
             Rutendo='Ruth', Elizabeth='Liz', Josephine='Jo', Cristina='Tina', Patricia='Patty', Aleyamma='Aley')
VARIANT = dict(Cristina='Christina|Kristina', Jennifer='Jenifer', Maricel='Marisel', Rosalie='Rosaly', Jocelyn='Joselyn',
               Lilibeth='Lilybeth', Marites='Maritess', Gonzales='Gonzalez', Souza='Sousa', Oliveira='Olivera',
               Rodrigues='Rodriguez', Pereira='Perreira', Luiz='Luis', Yaneth='Janeth', Leidy='Lady', Mamani='Mamany',
               Quispe='Quispi', Sumiati='Sumiyati', Siti='Sitti', Aminah='Amina', Suryani='Soeryani', Sunarti='Soenarti',
               Fatimah='Fatima', Maryam='Mariam', Komariah='Qomariah', Aisyah='Aisah', Nurhayati='Nur Hayati',
               Kuriakose='Kuriakos|Kuriakkose', Varghese='Verghese|Varghis', Mathew='Mathews|Matthew',
               Puthenpurackal='Puthenpurakal', Chacko='Chako', Devasia='Devassy', Kallarackal='Kallarakkal',
               Thekkekara='Thekkekkara', Jayawardena='Jayawardene', Gunasekara='Gunasekera',
               Wickramasinghe='Wickremasinghe', Mohamed='Mohammed', Mensah='Mensa', Thevarajah='Thevaraja',
               Jeyanthi='Jayanthi', Chiweshe='Chiwesh', Nwachukwu='Nwachuku', Ogunleye='Ogunlaye', Rasidi='Rasyidi')
EMP_GIVEN = L('Rosie,Mary,Lucy,Maria,Susie,Jenny,Daisy,Rose,Anna,Lily')

COUNTRIES = [('PH', 'PHL', 'Filipino|Filipina|Philippines|Phillipines', 'fil', 26), ('ID', 'IDN', 'Indonesian|Indonesia', 'ind', 10),
             ('IN', 'IND', 'Indian|India|Indian (Kerala)', 'ker', 12), ('LK', 'LKA', 'Sri Lankan|Sri Lanka|Srilankan', 'sri', 8),
             ('BR', 'BRA', 'Brazilian|Brazil|Brasileira', 'por', 7), ('PT', 'PRT', 'Portuguese|Portugal', 'por', 3),
             ('CO', 'COL', 'Colombian|Colombia', 'spa', 5), ('BO', 'BOL', 'Bolivian|Bolivia', 'spa', 4),
             ('EC', 'ECU', 'Ecuadorian|Ecuador', 'spa', 2), ('PE', 'PER', 'Peruvian|Peru', 'spa', 2),
             ('NG', 'NGA', 'Nigerian|Nigeria', 'afr', 8), ('GH', 'GHA', 'Ghanaian|Ghana', 'afr', 6),
             ('ZW', 'ZWE', 'Zimbabwean|Zimbabwe', 'afr', 7)]
EMP_FAM = L('Al-Mansoori,Al-Harthy,Al-Qasimi,Al-Nuaimi,Al-Otaibi,Al-Shammari,Al-Mutairi,Al-Dosari,Al-Kuwari,Al-Marri,'
            'Al-Sabah,Al-Hashimi,Khoury,Haddad,Mirza,Kapoor,Malhotra,Harrington,Whitcombe,Ashworth,Fairbairn,Petrov,'
            'Volkov,Chen,Al-Zahrani,Bin Hamad')
HOME_A = L('Oakfield,Meadowbank,Willow,Beech,Rosewood,Elm,Heatherly,Ashgrove,Cedar,Brookside,Hollybank,Larkhill,Fernlea,'
           'Greystones,Maple,Orchard,Kingsley,St Anne\'s,Abbeyfield,Lavender')
HOME_B = L('House,Lodge,Court,Manor,Care Home,Nursing Home')
PC_LDN = L('W1K,W1J,W1H,W1G,SW1X,SW1W,SW3,SW7,W8,W2,NW8,NW3,W11,SW10,W14,SW1A')
PC_UK = L('B15,LS6,M20,NE3,CF14,BS9,NG5,LE2,S10,PO4,BN3,CV5,HU5,L18,EX4,NR2,PL3,SO15,RG1,SL4,KT2,CR0,HA3,EN2,IG1,RM7,'
          'DA1,ME7,CT9,TN1,GU1,OX3,MK9,LU4,PE1,IP4,CB1,CO3,SS0,AL1,WD17,HP2,SG1')
INC = 'ABDEFGHJLNPQRSTUWXYZ'
PARTICLES = {'de', 'da', 'dos', 'das', 'do', 'del', 'binti', 'bin'}

# ---------------------------------------------------------------- identifiers
def digits(rng, n): return ''.join(rng.choice('0123456789') for _ in range(n))
def up(rng, n): return ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(n))
def passport_no(rng, iso, yr):
    f = {'PHL': lambda: ('E' + rng.choice('BC') + digits(rng, 7)) if yr < 2016 else 'P' + digits(rng, 7) + up(rng, 1),
         'IDN': lambda: rng.choice('BC') + digits(rng, 7), 'IND': lambda: rng.choice('JKLMNPRSTUVZ') + digits(rng, 7),
         'LKA': lambda: 'N' + digits(rng, 7), 'BRA': lambda: 'F' + up(rng, 1) + digits(rng, 6),
         'PRT': lambda: rng.choice('CP') + digits(rng, 6), 'ESP': lambda: up(rng, 3) + digits(rng, 6),
         'COL': lambda: 'A' + up(rng, 1) + digits(rng, 6), 'NGA': lambda: 'A' + digits(rng, 8),
         'GHA': lambda: 'G' + digits(rng, 7), 'ZWE': lambda: 'F' + up(rng, 1) + digits(rng, 6)}
    return f.get(iso, lambda: digits(rng, 8))()
def two(rng, xs):
    while True:
        a, b = pick(rng, xs, .8), pick(rng, xs, .8)
        if a != b: return a, b
def nino(rng):
    while True:
        a, b = rng.choice('ABCEGHJKLMNOPRSTWXYZ'), rng.choice('ABCEGHJKLMNPRSTWXYZ')
        if a + b not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'): return a + b + digits(rng, 6) + rng.choice('ABCD')
def phone(rng): return '07' + rng.choice('3456789') + digits(rng, 8)
def rdate(rng, a, b): return a + timedelta(days=rng.randint(0, max(0, (b - a).days)))

# ---------------------------------------------------------------- people
def make_person(rng, pid, rel, homes, carehomes):
    if rel:                                    # relative of an earlier person: shares family names, often employer
        c = dict(rel['country']); p = {k: rel[k] for k in ('country', 'cul', 'fam', 'relig')}
        p['sex'] = 'F' if rng.random() < .9 else 'M'
        age_gap = rng.choice([rng.randint(1, 12), rng.randint(18, 28)])
        sign = -1 if rel['dob'].year > 1985 else rng.choice([-1, 1])
        p['dob'] = rel['dob'] + timedelta(days=sign * age_gap * 365 + rng.randint(-180, 180))
        if not 1955 <= p['dob'].year <= 2002:
            p['dob'] = rel['dob'] - timedelta(days=sign * age_gap * 365 + rng.randint(-180, 180))
        p['dob'] = min(max(p['dob'], date(1955, 1, 1)), date(2002, 12, 31))
    else:
        c = rng.choices(COUNTRIES, [x[4] for x in COUNTRIES])[0]
        c = dict(code=c[0], iso=c[1], nat=c[2].split('|'), cul=c[3])
        p = dict(country=c, cul=c['cul'], sex='F' if rng.random() < .88 else 'M', relig='C' if rng.random() < .8 else 'H')
        p['dob'] = date(1960, 1, 1) + timedelta(days=rng.randint(0, 365 * 40))
        p['fam'] = None
    p['pid'], p['rel'] = pid, rel['pid'] if rel else None
    cul, F = p['cul'], p['sex'] == 'F'
    fam = p['fam'] or {}
    if cul == 'fil':
        g = [pick(rng, FIL_F) if F else pick(rng, FIL_M)]
        if F and (g[0] == 'Maria' and rng.random() < .75 or rng.random() < .15): g.append(pick(rng, FIL_F2))
        fam = fam or dict(zip(('mid', 'sur'), two(rng, FIL_SUR)))
        p['nick'] = pick(rng, FIL_NICK) if rng.random() < .55 else None
    elif cul == 'spa':
        g = [pick(rng, SPA_F) if F else pick(rng, SPA_M)]
        if F and rng.random() < .45: g.append('José' if g[0] == 'María' and rng.random() < .4 else pick(rng, SPA_F2[1:]))
        fam = fam or dict(zip(('pat', 'mat'), rng.sample(SPA_SUR, 2) if rng.random() < .4 else two(rng, SPA_SUR)))
    elif cul == 'por':
        g = [pick(rng, POR_F) if F else pick(rng, POR_M)]
        if F and rng.random() < .4: g.append('José' if g[0] == 'Maria' and rng.random() < .3 else pick(rng, POR_F2[:1] + POR_F2[2:]))
        fam = fam or dict(zip(('mat', 'pat'), two(rng, POR_SUR)))
    elif cul == 'ind':
        g = ([pick(rng, IND_SINGLE, .7)] if rng.random() < .55 else [pick(rng, IND_A), pick(rng, IND_B, .7)]) if F \
            else [pick(rng, IND_M)]
        fam = fam or dict(father=pick(rng, IND_FATHER, .7))
    elif cul == 'ker':
        H = p['relig'] == 'H'
        g = [pick(rng, KER_FH if H else KER_FC) if F else pick(rng, KER_M)]
        fam = fam or dict(father=pick(rng, KER_FATH_H if H else KER_FATH_C), house=pick(rng, KER_HOUSE_H if H else KER_HOUSE_C, .6))
    elif cul == 'sri':
        if not fam: fam = dict(tamil=rng.random() < .3, vasa=pick(rng, SRI_VASA, .6), sur=pick(rng, SRI_SUR) if rng.random() < .5 else None,
                               father=pick(rng, TAM_FATH))
        g = [pick(rng, TAM_F if fam['tamil'] else SRI_F)] if F else [pick(rng, SRI_M)]
        if F and not fam['tamil'] and rng.random() < .6: g.append(pick(rng, SRI_F))
    else:
        fs, ss, ms = AFR[c['code']]
        g = [pick(rng, fs, .7) if F else pick(rng, ms)]
        if rng.random() < .5: g.append(pick(rng, fs, .7) if F else pick(rng, ms))
        fam = fam or dict(sur=pick(rng, ss, .7))
    if len(g) == 2 and g[0] == g[1]: g = g[:1]
    p['given'], p['fam'] = g, fam
    p.setdefault('nick', None)
    p['emp_given'] = rng.choice(EMP_GIVEN) if F and rng.random() < .08 else None
    # marriage: husband's name, rendered per culture later
    p['married'] = None
    if F and rng.random() < .25:
        p['married'] = {'fil': lambda: pick(rng, FIL_SUR), 'spa': lambda: pick(rng, SPA_SUR), 'por': lambda: pick(rng, POR_SUR),
                        'ker': lambda: pick(rng, KER_M), 'sri': lambda: pick(rng, SRI_SUR + TAM_FATH),
                        'afr': lambda: pick(rng, AFR[c['code']][1]), 'ind': lambda: None}[cul]()
    # document DOB can differ from the true one (agencies altering age, unknown DOB -> 01/01)
    p['doc_dob'] = p['dob']
    if rng.random() < (.12 if cul in ('ind', 'fil', 'sri') else .04):
        p['doc_dob'] = rng.choice([p['dob'].replace(year=p['dob'].year - rng.randint(1, 4), day=min(p['dob'].day, 28)),
                                   date(p['dob'].year, 1, 1)])
    p['arrival'] = date(rng.randint(2012, 2021), 1, 1) + timedelta(days=rng.randint(0, 364))
    end = date(2024, 12, 31)
    iso = c['iso']
    if c['code'] == 'BR' and rng.random() < .12: iso = 'PRT'
    if c['cul'] == 'spa' and rng.random() < .10: iso = 'ESP'
    p['pass_iso'] = iso; p['eu'] = iso in ('PRT', 'ESP')
    p['passports'] = [(passport_no(rng, iso, p['arrival'].year - 2), date(1900, 1, 1))]
    if rng.random() < .3:
        d = rdate(rng, p['arrival'], end); p['passports'].append((passport_no(rng, iso, d.year), d))
    p['visas'] = [('GWF0' + digits(rng, 8) if not p['eu'] else '-'.join(digits(rng, 4) for _ in range(4)), date(1900, 1, 1))]
    if rng.random() < .3 and not p['eu']: p['visas'].append(('GWF0' + digits(rng, 8), rdate(rng, p['arrival'], end)))
    p['care'] = rng.random() < {'afr': .6, 'ker': .5, 'fil': .3}.get(cul, .15)
    p['nino'] = nino(rng) if rng.random() < (.95 if p['care'] else .45) else None
    p['phones'] = [phone(rng) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
    p['email'] = None
    if rng.random() < .6:
        nm = strip_acc((p['given'][0] + rng.choice(['', '.', '_']) + (fam.get('sur') or fam.get('pat') or fam.get('father') or p['given'][-1]))
                       .lower().replace(' ', ''))
        dom = '@' + rng.choice(['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.co.uk', 'ymail.com', 'outlook.com'])
        em = nm + rng.choice(['', str(p['dob'].year)[2:], str(rng.randint(1, 99))])
        while em + dom in EMAILS: em = nm + str(rng.randint(1, 999))                # mailboxes are unique
        p['email'] = em + dom; EMAILS.add(p['email'])
    pool = carehomes if p['care'] and rng.random() < .8 else homes
    p['employers'] = [(rel['employers'][0][0] if rel and rng.random() < .5 else pick(rng, pool, .5), date(1900, 1, 1))]
    if rng.random() < .35:
        p['employers'].append((pick(rng, carehomes + homes, .3), rdate(rng, p['arrival'] + timedelta(days=90), end)))
    if rel and rng.random() < .1: p['phones'][0] = rel['phones'][0]
    return p

def at(lst, t): return [v for v, d in lst if d <= t][-1]

# ---------------------------------------------------------------- name rendering
def nodrop(s): return ' '.join(w for w in s.split() if w.lower() not in PARTICLES)
def fil_sur(rng, s):
    w = s.split()
    if len(w) == 1 or rng.random() < .5: return s
    alt = {'Dela': 'De la', 'Delos': 'De los'}.get(w[0], w[0])
    return rng.choice([alt + ' ' + w[1], w[0] + w[1].lower(), w[0] + '-' + w[1], w[0].upper() + ' ' + w[1]])

def render_name(rng, p, src, t):
    """(forenames, surname) as this source would record this person at time t."""
    ho = src == 'HO_VISA'
    f, g, cul = p['fam'], list(p['given']), p['cul']
    mar = p['married'] if p['married'] and rng.random() < (.4 if ho else .65) else None
    r = rng.random()
    if cul == 'fil':
        mid, sur = (f['sur'], mar) if mar else (f['mid'], f['sur'])
        if not ho and len(g) > 1 and rng.random() < .15: g = [g[rng.randint(0, 1)]]
        if not ho and g[0] == 'Maria' and len(g) > 1 and rng.random() < .3: g[0] = rng.choice(['Ma.', 'Ma', 'Ma.'])
        sur = sur if ho and rng.random() < .85 else fil_sur(rng, sur)
        if r < (.7 if ho else .35): return ' '.join(g + [mid]), sur
        if r < (.72 if ho else .6): return ' '.join(g + [mid[0] + '.']), sur
        if r < .95: return ' '.join(g), sur
        return ' '.join(g), mid + ' ' + sur                                    # maternal name read as double surname
    if cul == 'spa':
        surs = [f['pat'], f['mat']] + (['de ' + mar] if mar else [])
        if ho: return ' '.join(g), ' '.join(surs) if r < .85 else '-'.join(surs[:2])
        if mar and rng.random() < .5: return ' '.join(g), mar
        if r < .25: return ' '.join(g), ' '.join(surs)
        if r < .55: return ' '.join(g), f['pat']
        if r < .7: return ' '.join(g), f['mat']
        if r < .8: return ' '.join(g), '-'.join(surs[:2])
        return ' '.join(g + [f['pat']]), f['mat']                              # paternal moved to middle names
    if cul == 'por':
        surs = [f['mat'], f['pat']] + ([mar] if mar else [])
        if mar and rng.random() < .3: surs = [f['mat'], mar]
        keep = ho or rng.random() < .6
        s2 = [x if keep else nodrop(x) for x in surs]
        if ho: return ' '.join(g), ' '.join(s2)
        if r < .25: return ' '.join(g), ' '.join(s2)
        if r < .55: return ' '.join(g), s2[-1]
        if r < .8: return ' '.join(g + s2[:-1]), s2[-1]
        if r < .9: return ' '.join(g), s2[0]
        return ' '.join(g), nodrop(s2[-1])
    if cul == 'ind':
        name = g if rng.random() < .9 or len(g) == 1 else [g[0] + g[1].lower()]
        if len(name) == 1:
            if ho: return rng.choice([('FNU', name[0]), (name[0], name[0]), (name[0], ''), ('', name[0])])
            if rng.random() < .2: return name[0], 'Binti ' + f['father'] if rng.random() < .6 else f['father']
            return rng.choice([(name[0], ''), ('', name[0]), (name[0], name[0]), (name[0], name[0])])
        if ho and r < .3: return 'FNU', ' '.join(name)
        if not ho and r < .15: return ' '.join(name), 'Binti ' + f['father']
        return name[0], name[1]
    if cul == 'ker':
        fa, hs = (mar, f['house']) if mar else (f['father'], f['house'])
        if ho: return rng.choice([(g[0], fa), (g[0] + ' ' + fa, hs), (g[0] + ' ' + fa, ''), (g[0], hs)])
        if r < .15: return hs[0] + '. ' + fa[0] + '. ' + g[0], ''                          # "K. P. Mary"
        if r < .25: return g[0], hs[0] + ' ' + fa[0]
        if r < .55: return g[0], fa
        if r < .8: return g[0] + ' ' + fa, hs
        if r < .9: return g[0], hs
        return fa[0] + '.', g[0]                                                  # initial first, given read as surname
    if cul == 'sri':
        if f['tamil']:
            fa = mar or f['father']
            if r < .6 or ho and r < .8: return g[0], fa
            if r < .8 or ho: return fa, g[0]                                              # reversed order
            return fa[0] + '.', g[0]
        v = f['vasa'].split()
        last = mar or f['sur'] or g[-1]
        full_given = g if (mar or f['sur']) else g[:-1]
        if ho: return (' '.join(v + full_given), last) if r < .5 else (' '.join(full_given), ' '.join(v + [last]))
        if r < .3: return ' '.join(full_given) or g[0], last
        if r < .5: return ' '.join(x[0] + '.' for x in v) + ' ' + ' '.join(full_given), last
        if r < .7: return ' '.join(g), v[0]
        if r < .85: return ' '.join(g), ' '.join(v)
        return g[0], last if last != g[0] else v[0]
    # afr
    sur = f['sur']
    if mar: sur = rng.choice([mar, mar, f['sur'] + '-' + mar])
    if ho: return ' '.join(g), sur
    if r < .4: return ' '.join(g), sur
    if r < .6: return g[0], sur
    if r < .7 and len(g) > 1: return g[1], sur                                   # goes by middle name
    if r < .8: return SHORT.get(g[0], g[0]), sur
    if r < .9: return sur, ' '.join(g)                                          # surname-first entered as forenames
    return ' '.join(g), sur

def variant(rng, s, rate):
    out = []
    for w in s.split(' '):
        v = VARIANT.get(strip_acc(w))
        out.append(rng.choice(v.split('|')) if v and rng.random() < rate else w)
    return ' '.join(out)

def typo(rng, s):
    ws = s.split(' '); k = max(range(len(ws)), key=lambda j: len(ws[j]))
    if len(ws) > 1: return ' '.join(ws[:k] + [typo(rng, ws[k])] + ws[k + 1:])
    if len(s) < 4: return s
    i, op = rng.randint(1, len(s) - 2), rng.random()
    if op < .3: return s[:i] + s[i + 1:]
    if op < .55: return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .75: return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice('aeiounrlst') + s[i + 1:]

# ---------------------------------------------------------------- field rendering
def fmt_date(rng, d, style):
    if style == 'iso': return d.isoformat()
    if style == 'mdy': return d.strftime('%m/%d/%Y')
    if style == 'mon': return d.strftime('%d %b %Y')
    return d.strftime('%d/%m/%Y')
def dob_noise(rng, d):
    r = rng.random()
    if r < .03 and d.day <= 12: return date(d.year, d.day, d.month)
    if r < .05: return d.replace(year=d.year + rng.choice([-1, 1]), day=min(d.day, 28))
    if r < .065: return d.replace(day=min(28, max(1, d.day + rng.choice([-1, 1, 10, -10]))))
    return d
def fmt_id(rng, s, noisy):
    if not s: return ''
    if noisy and rng.random() < .03: s = typo(rng, s) if rng.random() < .5 else s.replace('0', 'O', 1)
    return s
def fmt_nino(rng, s):
    r = rng.random()
    if r < .3: s = ' '.join([s[:2], s[2:4], s[4:6], s[6:8], s[8]])
    elif r < .35: s = s.lower()
    elif r < .38: s = s[:8]                                                        # suffix dropped
    return fmt_id(rng, s, True)
def fmt_phone(rng, s):
    r = rng.random()
    if r < .35: s = s[:5] + ' ' + s[5:]
    elif r < .5: s = '+44 ' + s[1:5] + ' ' + s[5:]
    elif r < .6: s = '44' + s[1:]
    return fmt_id(rng, s, True)
def fmt_pc(rng, pc):
    r = rng.random()
    if r < .15: pc = pc.replace(' ', '')
    elif r < .22: pc = pc.lower()
    elif r < .25: pc = pc[:-1] + rng.choice(INC)
    return pc
def fmt_emp(rng, e, ho):
    if e['kind'] == 'care':
        if ho: return e['operator']
        return rng.choice([e['name'], e['name'], e['name'] + ' Ltd', e['operator'], e['name'].replace('Care Home', 'CH')])
    n = e['name']
    if not ho and n.startswith('Al-') and rng.random() < .4: n = rng.choice(['Al ', 'Al', 'El-', 'AL-']) + n[3:]
    if ho: return f"{e['title'].upper()} {e['init']} {n.upper()}"
    return rng.choice([f"{e['title']} {e['init']} {n}", f"Mrs {n}", f"{n} family", f"Mr & Mrs {n}", n, f"{n.upper()}, {e['init']}"])

SRC_W = {'CHARITY': 33, 'HO_VISA': 27, 'UNION': 15, 'ADVICE': 25}
EMAILS = set()
SAFE_HOUSE = ['07700' + str(900100 + 37 * i) for i in range(6)]   # shared safe-house / hostel numbers
COLS = ['record_id', 'source', 'record_date', 'surname', 'forenames', 'full_name', 'known_as', 'sex', 'dob', 'nationality',
        'passport_no', 'visa_ref', 'visa_type', 'ni_number', 'phone', 'email', 'employer', 'postcode', 'role']

def make_record(rng, p, src, t):
    rec = dict.fromkeys(COLS, ''); rec['source'] = src; rec['record_date'] = t.isoformat()
    ho = src == 'HO_VISA'
    fn, sn = (x.strip() for x in render_name(rng, p, src, t))
    fn, sn = variant(rng, fn, 0 if ho else .12), variant(rng, sn, 0 if ho else .12)
    if rng.random() < (.01 if ho else .07): fn = typo(rng, fn)
    if rng.random() < (.01 if ho else .07): sn = typo(rng, sn)
    if ho or rng.random() < .5: fn, sn = strip_acc(fn), strip_acc(sn)
    if ho: fn, sn = fn.upper(), sn.upper()
    care, emp = p['care'], at(p['employers'], t)
    role = rng.choice(['care assistant', 'carer', 'senior carer', 'live-in carer']) if care or emp['kind'] == 'care' else \
        rng.choice(['domestic worker', 'nanny', 'housekeeper', 'cook'] if p['sex'] == 'F' else ['driver', 'cook', 'domestic worker'])
    dtrue, ddoc = p['dob'], p['doc_dob']
    if src == 'UNION':
        if rng.random() < .15: fn, sn = fn.upper(), sn.upper()
        rec['full_name'] = (f"{sn.upper()}, {fn}" if rng.random() < .12 else f"{fn} {sn}").strip(' ,')
        if rng.random() < .6: rec['dob'] = fmt_date(rng, dob_noise(rng, dtrue), rng.choice(['dmy', 'dmy', 'iso']))
    else:
        rec['forenames'], rec['surname'] = fn, sn
    if ho:
        rec['dob'] = ddoc.isoformat(); rec['sex'] = p['sex']; rec['nationality'] = p['pass_iso']
        rec['passport_no'] = at(p['passports'], t); rec['visa_ref'] = at(p['visas'], t)
        rec['visa_type'] = 'EUSS' if p['eu'] else ('Skilled Worker - Health and Care' if care else
                                                    rng.choice(['Overseas Domestic Worker', 'ODW - Private Household', 'ODW']))
        rec['employer'] = fmt_emp(rng, emp, True); rec['postcode'] = emp['pc']
        rec['role'] = role.upper()
        return rec
    if src == 'CHARITY':
        gulf_papers = rng.random() < .15
        d = dob_noise(rng, ddoc if rng.random() < .3 else dtrue)
        rec['dob'] = '' if rng.random() < .05 else fmt_date(rng, d, 'mdy' if gulf_papers else rng.choice(['dmy'] * 6 + ['mon']))
        rec['sex'] = rng.choice(['F', 'Female', 'female']) if p['sex'] == 'F' else rng.choice(['M', 'Male'])
        if rng.random() < .45: rec['passport_no'] = fmt_id(rng, at(p['passports'], t), True)   # else held by employer
        if rng.random() < .25: rec['visa_ref'] = fmt_id(rng, at(p['visas'], t), True)
        if p['nino'] and rng.random() < .2: rec['ni_number'] = fmt_nino(rng, p['nino'])
        if p['email'] and rng.random() < .25: rec['email'] = p['email']
    if src == 'ADVICE':
        if rng.random() < .9: rec['dob'] = fmt_date(rng, dob_noise(rng, dtrue), 'mdy' if rng.random() < .05 else 'dmy')
        if rng.random() < .6: rec['sex'] = rng.choice(['F', 'Female']) if p['sex'] == 'F' else 'M'
        if p['nino'] and rng.random() < .6: rec['ni_number'] = fmt_nino(rng, p['nino'])
        elif not p['nino'] and rng.random() < .15: rec['ni_number'] = 'TN' + dtrue.strftime('%d%m%y') + p['sex']
        if rng.random() < .15: rec['visa_ref'] = fmt_id(rng, at(p['visas'], t), True)
        if rng.random() < .1: rec['passport_no'] = fmt_id(rng, at(p['passports'], t), True)
        if p['email'] and rng.random() < .3: rec['email'] = p['email']
    if src == 'UNION':
        if p['nino'] and rng.random() < .7: rec['ni_number'] = fmt_nino(rng, p['nino'])
        elif not p['nino'] and rng.random() < .2: rec['ni_number'] = 'TN' + dtrue.strftime('%d%m%y') + p['sex']
        if p['email'] and rng.random() < .6: rec['email'] = p['email']
    rec['known_as'] = (p['nick'] if p['nick'] and rng.random() < .5 else
                       p['emp_given'] + ' (name used by employer)' if p['emp_given'] and rng.random() < .4 else '')
    if p['emp_given'] and rng.random() < .1: rec['forenames' if src != 'UNION' else 'full_name'] = p['emp_given']
    if src != 'UNION' or rng.random() < .6:
        nat = rng.choice(p['country']['nat']); rec['nationality'] = nat if p['sex'] == 'F' or nat != 'Filipina' else 'Filipino'
    if rng.random() < .7: rec['phone'] = fmt_phone(rng, rng.choice(p['phones']))
    if src in ('CHARITY', 'ADVICE') and rng.random() < .04: rec['phone'] = fmt_phone(rng, rng.choice(SAFE_HOUSE))
    if src != 'ADVICE' or rng.random() < .5: rec['employer'] = fmt_emp(rng, emp, False)
    if rng.random() < .85: rec['postcode'] = fmt_pc(rng, emp['pc'])
    if rng.random() < .8: rec['role'] = role
    return rec

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--people', type=int, default=1000); ap.add_argument('--seed', type=int, default=32)
    ap.add_argument('--out', default='data.csv'); ap.add_argument('--truth', default='truth.csv')
    a = ap.parse_args(); rng = random.Random(a.seed)
    def pc(outs): return rng.choice(outs) + ' ' + rng.choice('123456789') + rng.choice(INC) + rng.choice(INC)
    homes = [dict(kind='home', name=rng.choice(EMP_FAM), init=rng.choice('AFHKMNSY'), pc=pc(PC_LDN),
                  title=rng.choice(['Mr', 'Mrs', 'Dr'])) for _ in range(max(20, a.people // 3))]
    for h in homes:
        if h['name'][:3] in ('Al-', 'Bin') and rng.random() < .5: h['title'] = rng.choice(['Sheikh', 'Sheikha', 'HE'])
    carehomes = []
    for _ in range(max(10, a.people // 10)):
        nm = rng.choice(HOME_A) + ' ' + rng.choice(HOME_B)
        carehomes.append(dict(kind='care', name=nm, pc=pc(PC_UK), operator=rng.choice(
            ['BRIGHTCARE HOMES LTD', 'SILVERLEAF CARE LTD', 'HAVEN HEALTHCARE LTD', 'CARELINK SERVICES LTD', nm.upper() + ' LTD'])))
    people = []
    for i in range(a.people):
        rel = rng.choice(people) if people and rng.random() < .15 else None
        people.append(make_person(rng, 'P%05d' % (i + 1), rel, homes, carehomes))
    rows, used = [], set()
    end = date(2024, 12, 31)
    for p in people:
        n = rng.choices([1, 2, 3, 4, 5], [30, 27, 20, 13, 10])[0]
        for k in range(n):
            src = rng.choices(list(SRC_W), [SRC_W[s] * (1.6 if p['care'] and s == 'UNION' else 1) for s in SRC_W])[0]
            t = p['arrival'] - timedelta(days=rng.randint(10, 90)) if src == 'HO_VISA' and rng.random() < .6 \
                else rdate(rng, p['arrival'], end)
            rec = make_record(rng, p, src, t)
            while True:
                rid = 'R' + ''.join(rng.choice('0123456789abcdef') for _ in range(10))
                if rid not in used: used.add(rid); break
            rec['record_id'] = rid
            rows.append((rec, p['pid']))
    rng.shuffle(rows)
    nrel = sum(1 for p in people if p.get('rel'))
    tp = sum(n * (n - 1) // 2 for n in __import__('collections').Counter(pid for _, pid in rows).values())
    print(f'people={len(people)} records={len(rows)} true_pairs={tp} relatives={nrel}', file=__import__('sys').stderr)
    with open(a.out, 'w', newline='', encoding='utf-8') as fh:
        w = csv.DictWriter(fh, COLS); w.writeheader(); w.writerows(r for r, _ in rows)
    with open(a.truth, 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh); w.writerow(['record_id', 'person_id']); w.writerows((r['record_id'], pid) for r, pid in rows)

if __name__ == '__main__':
    main()
