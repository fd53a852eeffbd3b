#!/usr/bin/env python3
"""
gen13.py -- synthetic, survivor-like person records for testing record linkage.

Imitates an analyst's CSV export from a national modern slavery helpline's
case-management system: one row per potential victim (PV) mentioned in a call,
web report or app report, with a ground-truth file saying which rows are the
same (invented) person.

EVERYONE IN THE OUTPUT IS INVENTED.  Names are drawn at random from lists of
common names per culture; phone numbers come only from Ofcom's ranges reserved
for drama/fiction; reference numbers are random.

Usage:
    python3 gen13.py --people N --seed S --out FILE --truth TRUTH.csv [--stats]

Standard library only.  The same N and seed give byte-identical files.
"""

import argparse
import csv
import datetime as dt
import itertools
import random
import sys
import unicodedata
from collections import Counter

# ---------------------------------------------------------------------------
# Part 1: small helpers
# ---------------------------------------------------------------------------

def split_list(text):
    """'a, b, c' -> ['a', 'b', 'c'].  Commas separate; spaces inside are kept."""
    return [t.strip() for t in text.replace("\n", " ").split(",") if t.strip()]


class Pool:
    """Names listed most-common-first, drawn with Zipf-like weights."""

    def __init__(self, names, s=0.6):
        self.items = split_list(names) if isinstance(names, str) else list(names)
        self.cum = list(itertools.accumulate(
            1.0 / (i + 1) ** s for i in range(len(self.items))))

    def pick(self, rng):
        return rng.choices(self.items, cum_weights=self.cum)[0]


def wpick(rng, table):
    """Pick from a list of (value, weight) pairs."""
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def chance(rng, p):
    return rng.random() < p


def strip_accents(s):
    """Drop diacritics the way an English keyboard user would."""
    for a, b in (("Đ", "D"), ("đ", "d"), ("Ł", "L"), ("ł", "l"), ("ß", "ss")):
        s = s.replace(a, b)
    nfd = unicodedata.normalize("NFD", s)
    return unicodedata.normalize(
        "NFC", "".join(c for c in nfd if not unicodedata.combining(c)))


def has_accents(s):
    return strip_accents(s) != s


KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGHBOURS = {}
for _r, _row in enumerate(KEYBOARD_ROWS):
    for _i, _c in enumerate(_row):
        near = []
        if _i > 0:
            near.append(_row[_i - 1])
        if _i < len(_row) - 1:
            near.append(_row[_i + 1])
        NEIGHBOURS[_c] = "".join(near)


def typo(rng, s):
    """One keying error: substitution by a neighbouring key, deletion,
    doubling or transposition.  Leaves very short strings alone."""
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 3:
        return s
    i = rng.choice(letters[1:])          # first letter usually survives
    kind = rng.choice(["sub", "del", "dup", "swap"])
    c = s[i]
    if kind == "sub" and c.lower() in NEIGHBOURS:
        new = rng.choice(NEIGHBOURS[c.lower()])
        new = new.upper() if c.isupper() else new
        return s[:i] + new + s[i + 1:]
    if kind == "del":
        return s[:i] + s[i + 1:]
    if kind == "dup":
        return s[:i] + c + s[i:]
    if i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + c + s[i + 2:]
    return s[:i] + s[i + 1:]


def title_case(s):
    """Title-case each word, keeping Mc/O' and hyphen parts readable."""
    out = []
    for word in s.split(" "):
        parts = word.split("-")
        parts = [p[:1].upper() + p[1:].lower() if p else p for p in parts]
        w = "-".join(parts)
        if w.startswith("O'") and len(w) > 2:
            w = "O'" + w[2].upper() + w[3:]
        if w.startswith("Mc") and len(w) > 2:
            w = "Mc" + w[2].upper() + w[3:]
        out.append(w)
    return " ".join(out)


# ---------------------------------------------------------------------------
# Phone numbers: Ofcom drama/fiction ranges only.
# Only 1,000 mobile numbers exist (07700 900000-900999), so once they are used
# up the generator falls back to the reserved geographic numbers (e.g. 0161 496
# 0xxx), which in the story are the landline of a house or a business.
# A phone is stored as (area code, local number), e.g. ("07700", "900123").
# ---------------------------------------------------------------------------

FICTIONAL_LANDLINES = [
    ("0113", "4960"), ("0114", "4960"), ("0115", "4960"), ("0116", "4960"),
    ("0117", "4960"), ("0118", "4960"), ("0121", "4960"), ("0131", "4960"),
    ("0141", "4960"), ("0151", "4960"), ("0161", "4960"), ("0191", "4980"),
    ("020", "79460"), ("029", "20180"), ("01632", "960"),
]


class PhoneBook:
    """Hands out fictional numbers without repeats (while stocks last)."""

    def __init__(self, rng):
        self.mobiles = [("07700", "900%03d" % i) for i in range(1000)]
        self.landlines = [(a, pre + "%03d" % i)
                          for a, pre in FICTIONAL_LANDLINES for i in range(1000)]
        rng.shuffle(self.mobiles)
        rng.shuffle(self.landlines)
        self.used = []
        self.reused = 0
        self.rng = rng

    def _take(self, first, second):
        for stock in (first, second):
            if stock:
                p = stock.pop()
                self.used.append(p)
                return p
        self.reused += 1                  # only if the file is enormous
        return self.rng.choice(self.used)

    def personal(self):
        return self._take(self.mobiles, self.landlines)

    def business(self):
        return self._take(self.landlines, self.mobiles)


def format_phone(rng, phone, sloppy):
    """Render a stored number in one of the formats seen in real exports.
    `sloppy` raises the share of odd formats (members of the public, webforms)."""
    area, local = phone
    nat = area + local                     # 11 digits, leading 0
    intl = area[1:]
    mobile = area.startswith("07")
    if mobile:
        forms = [
            (area + " " + local, 40),
            (nat, 18),
            (area + " " + local[:3] + " " + local[3:], 8),
            ("+44 " + intl + " " + local, 10),
            ("+44" + intl + local, 6),
            ("0044 " + intl + " " + local, 2),
            ("+44 (0)" + intl + " " + local, 2),
            (nat[1:], 6 + 8 * sloppy),     # Excel dropped the leading zero
            (nat[:5] + "-" + nat[5:], 2),
        ]
    else:
        if area == "020":
            spaced = "020 " + local[:4] + " " + local[4:]
            odd = "0207 " + local[1:4] + " " + local[4:]   # the classic mis-grouping
        elif area == "01632":
            spaced = "01632 " + local
            odd = "(01632) " + local
        else:
            spaced = area + " " + local[:3] + " " + local[3:]
            odd = "(" + area + ") " + local
        forms = [
            (spaced, 45), (nat, 18), (odd, 10),
            ("+44 " + intl + " " + local, 8), (nat[1:], 5 + 6 * sloppy),
        ]
    s = wpick(rng, forms)
    if chance(rng, 0.015 + 0.02 * sloppy):          # one digit mis-keyed
        # only among the last three digits, so the result stays inside the
        # reserved fictional block
        idx = [i for i, c in enumerate(s) if c.isdigit()][-3:]
        i = rng.choice(idx)
        s = s[:i] + str((int(s[i]) + rng.choice([1, 9])) % 10) + s[i + 1:]
    return s


# ---------------------------------------------------------------------------
# Places.  (town, outward postcode, weight, kind, other names people use)
# Only the outward code is exported, as analysts truncate postcodes for
# data sharing.
# ---------------------------------------------------------------------------

LOCATIONS_TEXT = """
London|E6|3|urban|East Ham;Newham
London|E13|2|urban|Plaistow;Newham
London|E15|2|urban|Stratford
London|N17|3|urban|Tottenham;Haringey
London|N15|1|urban|Seven Sisters
London|IG1|3|urban|Ilford;Redbridge
London|CR0|3|urban|Croydon
London|SE15|2|urban|Peckham
London|E1|2|urban|Whitechapel;Tower Hamlets
London|NW10|2|urban|Harlesden;Willesden
London|W3|1|urban|Acton
London|E17|2|urban|Walthamstow
London|SE18|2|urban|Woolwich
London|HA0|2|urban|Wembley
London|UB3|2|urban|Hayes
London|SW9|1|urban|Brixton
Birmingham|B21|2|urban|Handsworth;B'ham
Birmingham|B10|2|urban|Small Heath
Birmingham|B11|2|urban|Sparkhill
Birmingham|B6|1|urban|Aston
Birmingham|B19|1|urban|Lozells
Birmingham|B8|1|urban|Saltley
Birmingham|B23|1|urban|Erdington
Manchester|M8|2|urban|Cheetham Hill
Manchester|M14|1|urban|Rusholme
Manchester|M13|1|urban|Longsight
Manchester|M40|1|urban|Moston
Salford|M6|1|urban|Manchester
Leeds|LS8|2|urban|Harehills
Leeds|LS11|1|urban|Beeston
Bradford|BD3|1|urban|
Bradford|BD8|1|urban|Manningham
Leicester|LE2|1|urban|
Leicester|LE4|1|urban|Belgrave
Nottingham|NG7|1|urban|Hyson Green
Nottingham|NG3|1|urban|
Sheffield|S4|1|urban|Pitsmoor
Sheffield|S2|1|urban|
Liverpool|L7|1|urban|Kensington
Liverpool|L8|1|urban|Toxteth
Glasgow|G42|2|urban|Govanhill
Glasgow|G51|1|urban|Govan
Edinburgh|EH6|1|urban|Leith
Cardiff|CF24|1|urban|Splott;Roath
Cardiff|CF11|1|urban|Grangetown
Newport|NP19|1|urban|
Swansea|SA1|1|urban|
Belfast|BT7|1|urban|
Belfast|BT12|1|urban|
Bristol|BS5|1|urban|Easton
Coventry|CV6|1|urban|Foleshill
Wolverhampton|WV1|1|urban|Wolves
Walsall|WS1|1|urban|
West Bromwich|B70|1|urban|Sandwell
Stoke-on-Trent|ST1|1|urban|Stoke;Stoke on Trent;Hanley
Derby|DE23|1|urban|Normanton
Luton|LU1|1|urban|
Slough|SL1|1|urban|
Reading|RG1|1|urban|
Southampton|SO14|1|urban|
Portsmouth|PO1|1|urban|
Kingston upon Hull|HU3|1|urban|Hull
Middlesbrough|TS1|1|urban|Boro
Newcastle upon Tyne|NE4|1|urban|Newcastle;Elswick
Sunderland|SR4|1|urban|
Blackburn|BB1|1|urban|
Bolton|BL3|1|urban|
Oldham|OL8|1|urban|
Rochdale|OL11|1|urban|
Huddersfield|HD1|1|urban|
Northampton|NN1|1|urban|
Norwich|NR2|1|urban|
Ipswich|IP4|1|urban|
Southend-on-Sea|SS1|1|urban|Southend
Maidstone|ME14|1|urban|
Crawley|RH10|1|urban|
Watford|WD18|1|urban|
Milton Keynes|MK9|1|urban|MK
Peterborough|PE1|2|urban|Boro
Doncaster|DN1|1|urban|
Wakefield|WF1|1|urban|
Plymouth|PL4|1|urban|
Dundee|DD3|1|urban|
Boston|PE21|2|rural|Lincolnshire
Spalding|PE11|2|rural|Lincolnshire
Wisbech|PE13|2|rural|Fenland
King's Lynn|PE30|1|rural|Kings Lynn;Norfolk
Evesham|WR11|2|rural|Vale of Evesham
Pershore|WR10|1|rural|
Hereford|HR4|1|rural|Herefordshire
Ledbury|HR8|1|rural|Herefordshire
Canterbury|CT3|1|rural|Kent
Faversham|ME13|1|rural|Kent
Chichester|PO20|1|rural|West Sussex
Thetford|IP24|1|rural|Norfolk
Blairgowrie|PH10|1|rural|Perthshire
Dungannon|BT71|1|rural|Co Tyrone
Kingston upon Hull|HU9|1|coastal|Hull
Grimsby|DN31|1|coastal|
Peterhead|AB42|1|coastal|
Fraserburgh|AB43|1|coastal|
Aberdeen|AB11|1|coastal|
Newlyn|TR18|1|coastal|Penzance;Cornwall
Brixham|TQ5|1|coastal|Devon
Kilkeel|BT34|1|coastal|Co Down
"""


def load_locations():
    locs = []
    for line in LOCATIONS_TEXT.strip().splitlines():
        town, outward, weight, kind, aliases = line.split("|")
        locs.append(dict(town=town, outward=outward, weight=float(weight),
                         kind=kind, aliases=[a for a in aliases.split(";") if a]))
    return locs


LOCATIONS = load_locations()

STREETS = split_list("""High Street, Station Road, Church Street, London Road,
    Park Road, Victoria Road, Green Lane, Manor Road, Mill Lane, Queens Road,
    New Road, Kings Road, Albert Road, the ring road, the industrial estate,
    the retail park, the main road, the roundabout, Canal Street, Stratford Road""")


# ---------------------------------------------------------------------------
# Part 2: names.  Lists are written most-common-first (roughly); variant groups
# hold spellings of the same name that really occur side by side in UK
# records (transliteration, anglicisation, keyboard habits).
# ---------------------------------------------------------------------------

def parse_groups(*texts):
    """'A,B,C; D,E' -> {'A': ['A','B','C'], 'B': [...], ...}"""
    groups = {}
    for text in texts:
        for chunk in text.replace("\n", " ").split(";"):
            names = [n.strip() for n in chunk.split(",") if n.strip()]
            if len(names) < 2:
                continue
            for n in names:
                groups.setdefault(n, names)
    return groups


def parse_nicks(text):
    """'Daniel: Danny, Dan; Thomas: Tom' -> {'Daniel': ['Danny', 'Dan'], ...}"""
    nicks = {}
    for chunk in text.replace("\n", " ").split(";"):
        if ":" not in chunk:
            continue
        name, rest = chunk.split(":", 1)
        nicks[name.strip()] = [n.strip() for n in rest.split(",") if n.strip()]
    return nicks


# Arabic-script names used across Sudan, Egypt, Iraq, Afghanistan, Pakistan...
ARABIC_GROUPS = """
Mohamed,Mohammed,Muhammad,Mohammad,Mohamad,Muhammed,Mohmed,Mohd;
Ahmed,Ahmad,Ahmid,Achmed; Abdalla,Abdallah,Abdullah,Abdulla,Abdellah;
Osman,Othman,Uthman,Usman,Osmaan; Ibrahim,Ebrahim,Ibraheem,Ibrahem,Brahim;
Adam,Adem,Aadam; Yousif,Yusuf,Youssef,Yousef,Yusef,Yousuf,Yosif;
Hassan,Hasan,Hassen,Hasen; Hussein,Husain,Hussain,Hussien,Husein,Hossain;
Omer,Omar,Umar,Omaar; Ali,Aly,Alee;
Abdelrahman,Abdulrahman,Abdul Rahman,Abdalrahman,Abdel Rahman,Abdurrahman;
Mustafa,Mostafa,Moustafa,Mustapha; Khalid,Khaled,Kaled,Khalied;
Idris,Idriss,Edris,Idrees; Ismail,Esmail,Ismael,Ismaeil,Ismaiel;
Elsadig,Alsadig,El Sadig,Al-Sadiq,Elsadiq,Sadig;
Abubakar,Abubaker,Abu Bakr,Abubakr,Abobakr; Babiker,Babikir,Babikr;
Elfatih,Alfatih,El Fatih,Elfateh; Hamid,Hamed,Hameed;
Suleiman,Sulaiman,Soliman,Sulayman,Suliman; Abdelaziz,Abdulaziz,Abdel Aziz,Abdalaziz;
Musa,Mousa,Moussa,Mosa; Yahya,Yehia,Yahia,Yahiya; Haroun,Harun,Haron,Haroon;
Salih,Saleh,Saleeh; Bashir,Basheer,Beshir; Awad,Awadh,Awadalla;
Eltayeb,Altayeb,El Tayeb,Eltaib,Tayeb; Nasreldin,Nasr Eldin,Nasraldin,Nasreddin;
Ishag,Ishaq,Ishak,Eshaq; Abakar,Abaker,Abbakar; Yagoub,Yacoub,Yaqub,Yakub,Yagoob;
Zakaria,Zakariya,Zakariah,Zakarya; Mahmoud,Mahmood,Mahmud; Tarek,Tariq,Tarik,Tareq;
Karim,Kareem,Kerim; Amr,Amro,Amru; Hany,Hani,Hanny; Sherif,Sharif,Shareef,Cherif;
Walid,Waleed,Oualid; Gamal,Jamal,Gamaal; Said,Saeed,Sayed,Saied;
Fathy,Fathi,Fathey; Farouk,Farooq,Faruk,Farouq; Mansour,Mansur,Mansoor;
Islam,Eslam; Ayman,Aiman,Eiman; Hossam,Husam,Hosam; Ehab,Ihab;
Elsayed,El Sayed,El-Sayed,Alsayed; Hegazy,Hegazi,Higazi,Hijazi; Kamel,Kamal;
Fawzy,Fawzi; Helmy,Helmi; Shehata,Shahata,Chehata; Zaki,Zaky; Naguib,Najib,Nagib;
Attia,Atia,Atteya; Sabry,Sabri; Lotfy,Lutfi,Lotfi; Radwan,Redwan,Ridwan;
Ramadan,Ramadhan,Ramazan; Abdelhamid,Abdulhamid,Abdel Hamid; Salem,Salim,Saleem;
Abbas,Abas; Haider,Hayder,Haidar,Hyder; Murtadha,Murtada,Mortada,Murtaza;
Sajjad,Sajad; Karrar,Karar; Ammar,Amar; Yasir,Yasser,Yaser,Yassir; Zaid,Zayd,Zeid;
Rashid,Rasheed,Rachid,Rashed; Qadir,Kadir,Qader,Kader; Rasul,Rasool,Rasoul;
Faraj,Farag; Jalal,Jalaal; Khidir,Khidr,Khider; Tahir,Taher; Majeed,Majid,Mageed;
Latif,Lateef,Latef; Qasim,Kasim,Qassim,Gasim; Anwar,Anwer,Anouar; Nuri,Noori,Nouri;
Amin,Ameen,Emin; Sabir,Saber,Sabeer; Jabbar,Jabar; Fatah,Fattah;
Fatima,Fatma,Fatuma,Fatimah,Fathima; Amna,Amina,Aminah,Ameena;
Mariam,Maryam,Mariem,Miriam; Khadija,Khadeeja,Khadijah,Kadija; Hawa,Hawwa,Hauwa;
Aisha,Aysha,Ayesha,Aicha; Zainab,Zeinab,Zaynab; Hanan,Hanaan; Nafisa,Nafeesa;
Asma,Asmaa,Asmah; Samira,Sameera,Samirah; Tasneem,Tasnim; Halima,Halimah,Haleema;
Safia,Safiya,Safiyyah; Zahra,Zahraa,Zehra; Nour,Noor,Nur; Mona,Muna,Mouna;
Heba,Hiba; Yasmin,Yasmine,Yasmeen; Shaimaa,Shaima,Chaimaa; Doaa,Doa,Duaa;
Esraa,Israa,Esra; Menna,Mena; Marwa,Marwah; Reham,Riham; Ruqaya,Ruqayyah,Rukaya;
Hawraa,Hawra; Salma,Selma; Rabab,Rebab; Samah,Sama; Ikhlas,Ekhlas
"""

# Generic substitutions used when a name has no listed variants.
ARABIC_RULES = [("ou", "u"), ("u", "ou"), ("ee", "i"), ("i", "ee"), ("El", "Al"),
                ("Al", "El"), ("q", "k"), ("k", "q"), ("ss", "s"), ("dh", "z"),
                ("ah", "a"), ("a", "e"), ("ei", "ai")]

CULTURES = {}

CULTURES["british"] = dict(
    structure="western",
    male=Pool("""Jack, James, Daniel, Thomas, Ryan, Liam, Connor, Joshua, Callum,
        Lewis, Kyle, Jordan, Jamie, Tyler, Reece, Bradley, Kieran, Harry, Charlie,
        Alfie, Mason, Luke, Nathan, Adam, Michael, David, Matthew, Ben, Aaron,
        Dylan, Owen, Ethan, Scott, Lee, Craig, Darren, Paul, Mark, Stephen, Gary,
        Christopher, Shane, Dean, Leon, Jermaine, Marcus, Tyrone""", s=0.4),
    female=Pool("""Chloe, Emily, Jessica, Sophie, Megan, Lauren, Amy, Charlotte,
        Ellie, Olivia, Shannon, Courtney, Jade, Leah, Holly, Bethany, Kayleigh,
        Paige, Abbie, Caitlin, Rebecca, Hannah, Emma, Laura, Stacey, Danielle,
        Gemma, Natalie, Kirsty, Amber, Tia, Demi, Chantelle, Nicole""", s=0.4),
    family=Pool("""Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson,
        Thomas, Johnson, Roberts, Robinson, Thompson, Wright, Walker, White,
        Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Jackson, Wood, Turner,
        Martin, Cooper, Hill, Ward, Morris, Moore, Clark, King, Baker, Harrison,
        Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price,
        Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson,
        Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox, Richards, Marshall,
        Anderson, Simpson, Ellis, Adams, Wilkinson, Foster, Chapman, Powell, Webb,
        Rogers, Gray, Mason, Hunt, Campbell, Matthews, Owen, Palmer, Holmes,
        Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens,
        Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Fletcher, Walsh, Gibson,
        O'Brien, O'Connor, McDonald, McCarthy, O'Neill, Doyle, Reilly, Byrne,
        Campbell, Stewart, MacLeod, Fraser, Hamilton, Kennedy, Brooks, Francis,
        Grant, Thomson, Reid, Henry, Lawrence, Morrison"""),
    groups=parse_groups("""Thomson,Thompson,Tomson; Clarke,Clark; Davies,Davis;
        Philips,Phillips; Stephen,Steven; Kayleigh,Kayley,Kaleigh,Kayla;
        Abbie,Abby,Abi; Caitlin,Katelyn,Caitlyn; Stacey,Stacy; Demi,Demie;
        Reece,Rees,Reese; Kieran,Kieron,Ciaran; Callum,Calum; Lewis,Louis;
        Jamie,Jaime; Sophie,Sofie; Leah,Lea; Shannon,Shanon; Connor,Conor;
        O'Brien,OBrien,O Brien,O'Brian; O'Connor,OConnor,O Connor;
        O'Neill,ONeill,O'Neil; McDonald,MacDonald,Mcdonald; MacLeod,McLeod;
        Tyrone,Tyron; Jermaine,Germaine,Jermain; Chantelle,Shantelle,Chantel"""),
    nick=parse_nicks("""Daniel: Danny, Dan; Thomas: Tom, Tommy; James: Jim, Jimmy,
        Jamie; Michael: Mike, Mikey; Joshua: Josh; Matthew: Matt; Nathan: Nate;
        Christopher: Chris; Jessica: Jess; Charlotte: Charlie, Lottie;
        Rebecca: Becky, Becca; Megan: Meg; Danielle: Dani; Bethany: Beth;
        Callum: Cal; Kieran: Kez; Bradley: Brad; Stephen: Steve; Jordan: JJ;
        Tyler: Ty; Harry: H; Kyle: K; Marcus: Marky; Leon: Lee; Natalie: Nat;
        Samantha: Sam; Nicole: Nikki; Olivia: Liv; Abbie: Abs"""),
    street=split_list("""Lil T, Tiny, Skinny, Ghost, Bugz, Little J, Spider,
        Shorty, Youngs, Snowy, Red, Biggs, Kiddo, Tee, Zee, Dee, Smokey"""),
    rules=[("ph", "f"), ("ie", "y"), ("y", "ie"), ("ll", "l"), ("nn", "n")],
)

CULTURES["albanian"] = dict(
    structure="western",
    male=Pool("""Ardit, Arben, Besnik, Dritan, Ermal, Erion, Endrit, Fatjon,
        Gentian, Ilir, Klodian, Kristian, Luan, Marsel, Olsi, Redon, Sokol, Elton,
        Klevis, Arlind, Ervis, Armando, Alban, Bledar, Edmond, Florian, Gazmend,
        Jetmir, Kujtim, Mario, Dorian, Eljon, Renaldo, Xhuljano, Enea, Denis,
        Altin, Artan, Ylli, Kevin, Rei, Flamur"""),
    female=Pool("""Anisa, Bora, Elira, Era, Jonida, Klea, Megi, Rezarta, Blerta,
        Ornela, Elona, Arta, Fjona, Dorina, Ledia, Besjana, Xhesika, Kejsi,
        Erisa, Alketa, Anxhela, Sara"""),
    family=Pool("""Hoxha, Shehu, Gashi, Krasniqi, Berisha, Dervishi, Leka, Marku,
        Prifti, Kola, Basha, Çela, Hysa, Mema, Rama, Lika, Zeneli, Kurti, Domi,
        Gjoka, Ndreu, Pllumi, Toska, Xhafa, Bregu, Dedja, Muça, Nika, Hasani,
        Kapllani, Shkurti, Malaj, Dushku, Lleshi, Meta, Begaj, Tafaj, Kaçi,
        Halili, Ahmeti, Gjoni, Doda, Zefi, Troshani, Bajrami, Selimi, Kelmendi"""),
    groups=parse_groups("""Hoxha,Hoxhaj,Hodja,Hoxa; Çela,Cela,Chela; Muça,Muca,Mucha;
        Kaçi,Kaci,Kachi; Krasniqi,Krasniqaj,Krasnici; Xhafa,Xhafaj,Xafa;
        Zeneli,Zenelaj; Gjoka,Gjokaj,Gioka; Dervishi,Dervish,Dervishaj;
        Hasani,Hasanaj,Hasan; Ahmeti,Ahmetaj; Lleshi,Leshi,Lleshaj; Marku,Markaj,Marko;
        Ndreu,Ndreaj; Halili,Halilaj; Gjoni,Gjonaj,Gioni; Bajrami,Bajramaj,Bajram;
        Selimi,Selimaj; Troshani,Troshanaj; Xhuljano,Xhuliano,Juliano,Giuliano;
        Kristian,Cristian,Christian,Kristjan; Klodian,Klodjan,Claudian;
        Fatjon,Fation,Fatijon; Gentian,Gentjan; Ylli,Yll,Illi; Xhesika,Jessica,Xhesica;
        Kejsi,Keisi,Kejsy; Megi,Meggi; Renaldo,Ronaldo,Rinaldo; Ervis,Erviz;
        Armando,Armand; Anxhela,Angela,Anxhelo; Eljon,Elion,Elijon; Olsi,Olsy;
        Marsel,Marcel,Marsell; Denis,Dennis,Deni; Edmond,Edmund,Edmondi"""),
    nick=parse_nicks("""Arben: Beni, Ben; Besnik: Niku; Gentian: Geni; Kristian: Kris,
        Chris; Klodian: Klodi; Dritan: Tani; Fatjon: Joni; Ermal: Mali;
        Xhuljano: Xhuli, Jules; Alban: Bani; Florian: Flori; Armando: Mandi;
        Edmond: Eddie; Gazmend: Gazi; Kujtim: Timi; Elira: Eli; Anxhela: Angie;
        Rezarta: Zarta; Ardit: Didi; Endrit: Drit; Erion: Roni"""),
    rules=[("ë", "e"), ("ç", "c"), ("xh", "j"), ("sh", "sch"), ("j", "y")],
    diacritics=True,
)

VIET_FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 3),
               ("Huỳnh", 2), ("Phan", 4.5), ("Vũ", 2), ("Võ", 2), ("Đặng", 2.1),
               ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1),
               ("Lý", 0.5), ("Đinh", 0.6), ("Trương", 0.6), ("Lương", 0.5)]

CULTURES["vietnamese"] = dict(
    structure="viet",
    family_table=VIET_FAMILY,
    middle_m=[("Văn", 55), ("Đức", 10), ("Minh", 8), ("Hữu", 7), ("Quang", 6),
              ("Thanh", 6), ("Công", 5), ("Xuân", 3), ("Ngọc", 2), ("Tiến", 2)],
    middle_f=[("Thị", 60), ("Ngọc", 8), ("Thu", 6), ("Thanh", 6), ("Kim", 5),
              ("Hồng", 5), ("Minh", 3), ("Phương", 3), ("Thị Thu", 2), ("Thị Ngọc", 2)],
    male=Pool("""Nam, Hùng, Tuấn, Dũng, Minh, Đức, Long, Hiếu, Hải, Thắng, Quân,
        Huy, Khánh, Phong, Sơn, Tùng, Cường, Việt, Hoàng, Trung, Thành, Phúc, Lâm,
        Bình, Tài, Vũ, Toàn, Đạt, Anh, Kiên"""),
    female=Pool("""Linh, Lan, Hương, Hoa, Mai, Trang, Ngọc, Thu, Hạnh, Anh, Nhung,
        Hằng, Phương, Thảo, Huyền, Nga, Loan, Vân, Yến, Hà, Dung, Hiền, Thúy,
        Quỳnh, Nhi, Tâm"""),
    groups=parse_groups("""Nguyen,Ngyuen,Nguyn,Nguen; Vu,Vo; Tuan,Twan;
        Dung,Zung,Yung; Phuong,Fuong; Huong,Hoong; Quan,Kwan,Quang; Thang,Tang;
        Khanh,Kanh; Trang,Chang; Hieu,Hiew; Thao,Tao; Tran,Tranh"""),
    # English names used at work (nail bars, restaurants)
    english_m=Pool("Tony, Kevin, Peter, David, Jimmy, Danny, Andy, Tommy, John, Jack"),
    english_f=Pool("Lisa, Kim, Tina, Amy, Jenny, Linda, Cindy, Vicky, Anna, Lily, Helen, Mandy, Sandy"),
    nick=parse_nicks("""Minh: Min; Hoàng: Hoang; Phương: Phuong; Ngọc: Ngoc"""),
    rules=[("Ph", "F"), ("D", "Z"), ("Tr", "Ch"), ("Qu", "Kw"), ("Nh", "Ny")],
    diacritics=True,
)

CHINESE_FAMILY = [("Wang", 7), ("Li", 7), ("Zhang", 6.5), ("Liu", 5), ("Chen", 6),
                  ("Yang", 3), ("Huang", 3), ("Zhao", 2), ("Wu", 2.5), ("Zhou", 2),
                  ("Xu", 1.5), ("Sun", 1.2), ("Ma", 1.2), ("Zhu", 1.1), ("Hu", 1),
                  ("Guo", 1), ("He", 1), ("Lin", 3), ("Gao", 0.8), ("Luo", 0.7),
                  ("Zheng", 1.5), ("Liang", 0.7), ("Xie", 0.6), ("Song", 0.5),
                  ("Tang", 0.5), ("Jiang", 0.6), ("Ye", 0.5)]

CULTURES["chinese"] = dict(
    structure="chinese",
    family_table=CHINESE_FAMILY,
    male=Pool("""Wei, Jun, Lei, Qiang, Ming, Jian, Tao, Hao, Yong, Bin, Peng,
        Chao, Jie, Gang, Hui, Xiaoming, Jianhua, Zhiwei, Jianguo, Haitao, Wenbin,
        Zhiqiang, Xiaolong, Yi, Feng, Kai, Long, Dong, Zhenyu"""),
    female=Pool("""Li, Na, Fang, Jing, Yan, Min, Hui, Ying, Mei, Xiaoyan, Lina,
        Hong, Juan, Xiuying, Chunmei, Xiaohong, Meiling, Xue, Lan, Qing, Yu,
        Xiaoli, Yanyan, Jiayi, Ting"""),
    groups=parse_groups("""Chen,Chan,Chun; Wang,Wong,Waung; Huang,Wong,Hwang;
        Li,Lee,Lei; Liu,Lau,Lio; Zhang,Cheung,Chang; Wu,Ng,Woo; Zhou,Chow,Chou;
        Xu,Hsu,Tsui,Hui; Lin,Lam,Lim; Zheng,Cheng,Tay; He,Ho,Hoh; Guo,Kwok,Kuo;
        Liang,Leung; Tang,Tong; Zhu,Chu,Choo; Gao,Ko,Kao; Luo,Lo,Law;
        Xie,Tse,Hsieh; Song,Sung; Sun,Suen; Zhao,Chiu,Chao; Yang,Yeung,Young;
        Jiang,Kong,Chiang; Ye,Yip,Yeh; Ma,Mah;
        Xiaoming,Xiao Ming,Xiao-Ming; Jianhua,Jian Hua,Jian-Hua;
        Zhiwei,Zhi Wei,Chi Wai; Jianguo,Jian Guo; Haitao,Hai Tao; Wenbin,Wen Bin;
        Zhiqiang,Zhi Qiang; Xiaolong,Xiao Long; Zhenyu,Zhen Yu;
        Xiaoyan,Xiao Yan,Siu Yin; Lina,Li Na,Li-Na; Xiuying,Xiu Ying;
        Chunmei,Chun Mei; Xiaohong,Xiao Hong; Meiling,Mei Ling,Mei-Ling;
        Xiaoli,Xiao Li; Yanyan,Yan Yan; Jiayi,Jia Yi; Wei,Wai; Jun,Chun;
        Jian,Kin; Hui,Fai; Qiang,Keung; Xue,Shue"""),
    english_m=Pool("Kevin, Tony, Jason, Eric, Michael, Jack, Leo, Sam, Ben, Frank"),
    english_f=Pool("Lily, Jenny, Amy, Coco, Cherry, Kelly, Vivian, Mandy, Candy, Sophia, Grace, Ruby"),
    nick=parse_nicks(""),
    rules=[("x", "hs"), ("q", "ch"), ("zh", "j"), ("ui", "ei")],
)

HORN_GROUPS = """
Tesfay,Tesfaye,Tesfai,Tesfa; Tekle,Teklay,Teklai,Tekleh;
Yohannes,Yohanes,Yohannis,Johannes,Yuhannes; Mehari,Mehary,Mahari;
Berhane,Berhe,Birhane,Brhane,Berhan; Habtom,Habtu,Habtum; Goitom,Goitum,Guitom;
Kidane,Kidan,Kidanu; Biniam,Biniyam,Beniam,Binyam; Mussie,Musie,Mossie;
Filmon,Filimon,Philimon,Philemon; Dawit,Dauit,Dawitt; Kibrom,Kbrom,Kebrom;
Ghirmay,Girmay,Ghirmai,Girmai; Haile,Hailu,Hayle; Tewelde,Tewolde,Tawelde;
Yemane,Yemani,Yemaneh; Futsum,Fitsum,Fitsume; Natnael,Natnail,Nathnael,Nathaniel;
Merhawi,Merhawie,Mirhawi; Asmerom,Asmerum; Zerai,Zeray,Zerei; Negasi,Negassi;
Russom,Rusom,Rosom; Gebremedhin,Ghebremedhin,Gebremedhn,Gebre Medhin,Ghebre-Medhin;
Ghebrehiwet,Gebrehiwet,Gebrehiwot,Ghebrehiwot,Gebre Hiwet;
Woldemichael,Weldemichael,Woldemikael,Wolde Michael,Weldemikael;
Tesfamariam,Tesfamaryam,Tesfa Mariam,Tesfamarim; Gebreyesus,Ghebreyesus,Gebre Yesus;
Mebrahtu,Mebrahtom,Mebratu; Tesfalem,Tesfaalem,Tesfalam; Semere,Semre;
Amanuel,Emmanuel,Amaniel,Amanual; Henok,Henock,Enoch; Efrem,Ephrem;
Ermias,Ermiyas; Mikael,Michael,Mikiel; Senait,Senayt,Sennait; Luwam,Luam;
Yodit,Yodith,Judith,Yudit; Rahel,Rachel,Raheel; Mihret,Mhret,Mehret;
Feven,Fiven; Winta,Wintana; Hiwet,Hiwot; Tsega,Tsegga,Tsige;
Yordanos,Yordanose,Jordanos; Semhar,Semhara; Freweini,Frewoini,Freweyni;
Abeba,Abebech; Tsigereda,Tsigeredda,Sigereda; Meron,Merron; Hanna,Hana,Hannah;
Lidia,Lydia; Saba,Sabah; Selam,Salam; Tadesse,Taddese,Tadese,Tadesu;
Getachew,Getachow,Getacho; Mulugeta,Mulugetta,Mulgeta;
Alemayehu,Alemayehou,Alemayhu; Tsion,Tsiyon,Zion,Seyon;
Bethlehem,Betelehem,Betlehem,Bethelhem; Eyerusalem,Yerusalem,Iyerusalem;
Tewodros,Tewedros,Theodros,Teodros; Kassahun,Kasahun; Tilahun,Tillahun;
Kedir,Kadir,Kedire; Jemal,Jamal; Fatuma,Fatima; Mekdes,Mekdis; Kidist,Kidest;
Chala,Chaala,Challa; Gemechu,Gamachu; Worku,Werku; Zelalem,Zalalem;
Birtukan,Bertukan; Selamawit,Selamawet; Mesfin,Mesfen; Tigist,Tigest;
Abebe,Abebbe; Kebede,Kebbede; Bekele,Bekelle; Girma,Girmma; Solomon,Selomon,Salomon;
Yonas,Yonus,Jonas; Samuel,Samiel; Robel,Rubel; Aron,Aaron; Daniel,Danial
"""

ERITREAN_MALE = """Yonas, Tesfay, Mehari, Mussie, Filmon, Dawit, Samuel, Habtom,
    Kidane, Biniam, Yohannes, Tekle, Goitom, Berhane, Amanuel, Henok, Robel,
    Semere, Tesfalem, Mebrahtu, Kibrom, Ghirmay, Haile, Tewelde, Yemane, Futsum,
    Natnael, Aron, Merhawi, Abraham, Mikael, Daniel, Ermias, Efrem, Asmerom,
    Zerai, Negasi, Russom, Gebremedhin, Ghebrehiwet, Woldemichael, Tesfamariam,
    Gebreyesus"""

CULTURES["eritrean"] = dict(
    structure="patronymic",
    male=Pool(ERITREAN_MALE),
    father=Pool(ERITREAN_MALE, s=0.6),
    female=Pool("""Helen, Senait, Selam, Luwam, Yodit, Saba, Rahel, Mihret, Feven,
        Winta, Hiwet, Tsega, Almaz, Yordanos, Ruta, Eden, Semhar, Freweini, Elsa,
        Meron, Hanna, Lidia, Abeba, Tsigereda, Segen, Delina"""),
    surname_forms=[("F", 60), ("F GF", 20), ("GF", 8), ("G F GF", 2)],
    groups=parse_groups(HORN_GROUPS),
    nick=parse_nicks("""Yohannes: John; Mikael: Mike; Amanuel: Aman; Samuel: Sami;
        Gebremedhin: Medhin; Ghebrehiwet: Hiwet; Tesfamariam: Tesfa; Natnael: Nati;
        Biniam: Bini; Yordanos: Yordi; Tsigereda: Tsigi; Abraham: Abrahaley"""),
    rules=[("Gh", "G"), ("G", "Gh"), ("ay", "ai"), ("e", "a"), ("w", "u")],
)

ETHIOPIAN_MALE = """Abebe, Alemayehu, Bekele, Dawit, Girma, Tadesse, Tesfaye,
    Mulugeta, Getachew, Solomon, Yonas, Abdi, Chala, Gemechu, Lemma, Kebede,
    Desta, Fikru, Ermias, Bereket, Henok, Mesfin, Tamrat, Kassahun, Tilahun,
    Worku, Zelalem, Biruk, Yared, Tewodros, Negash, Mohammed, Kedir, Jemal,
    Amanuel"""

CULTURES["ethiopian"] = dict(
    structure="patronymic",
    male=Pool(ETHIOPIAN_MALE),
    father=Pool(ETHIOPIAN_MALE, s=0.6),
    female=Pool("""Tigist, Meron, Hirut, Almaz, Bethlehem, Selamawit, Mahlet,
        Tsion, Aster, Genet, Hanna, Meseret, Eyerusalem, Rahel, Birtukan, Kidist,
        Sara, Hiwot, Mekdes, Tirunesh, Zenebech, Fatuma, Ayantu, Chaltu"""),
    surname_forms=[("F", 65), ("F GF", 20), ("GF", 7), ("G F GF", 2)],
    groups=parse_groups(HORN_GROUPS, ARABIC_GROUPS),
    nick=parse_nicks("""Selamawit: Selam; Eyerusalem: Jerry, Eyeru; Bethlehem: Betty;
        Tewodros: Teddy; Alemayehu: Alex; Mulugeta: Mule; Bereket: Beki;
        Mekdes: Meki; Kidist: Kiki"""),
    rules=[("ch", "tch"), ("ss", "s"), ("e", "a"), ("u", "ou")],
)

SUDANESE_MALE = """Mohamed, Ahmed, Abdalla, Osman, Ibrahim, Adam, Yousif, Hassan,
    Hussein, Omer, Ali, Abdelrahman, Mustafa, Khalid, Idris, Ismail, Elsadig,
    Abubakar, Babiker, Elfatih, Hamid, Suleiman, Abdelaziz, Musa, Yahya,
    Haroun, Salih, Bashir, Awad, Eltayeb, Nasreldin, Ishag, Abakar, Yagoub,
    Zakaria, Mahamat"""

CULTURES["sudanese"] = dict(
    structure="patronymic",
    male=Pool(SUDANESE_MALE),
    father=Pool(SUDANESE_MALE, s=1.0),
    female=Pool("""Fatima, Amna, Mariam, Khadija, Hawa, Salma, Aisha, Zainab, Sara,
        Hanan, Nafisa, Rabab, Asma, Samira, Ikhlas, Tasneem, Halima, Safia,
        Zahra, Samah"""),
    tribe=(0.25, Pool("""Elnour, Elamin, Eltom, Abdelkarim, Ahmed, Bakheit, Adam,
        Abaker, Hamdan, Elbashir, Mahjoub, Elmahdi, Osman""")),
    surname_forms=[("F", 45), ("F GF", 22), ("GF", 5), ("T", 15), ("F GF T", 5)],
    groups=parse_groups(ARABIC_GROUPS, """Elnour,El Nour,Alnour,Elnur;
        Elamin,El Amin,Alamin,Elameen; Eltom,El Tom,Altom; Bakheit,Bakhit,Bakheet;
        Mahjoub,Mahgoub,Mahjub; Elmahdi,El Mahdi,Almahdi; Elbashir,El Bashir,Albashir;
        Mahamat,Mahamad,Mohamat"""),
    nick=parse_nicks("""Mohamed: Hamada, Moha; Abdelrahman: Abdo; Abdalla: Abdo;
        Mustafa: Mostafa; Ibrahim: Hima; Abubakar: Abu"""),
    rules=ARABIC_RULES,
)

EGYPTIAN_MALE = """Mohamed, Ahmed, Mahmoud, Mostafa, Youssef, Omar, Ali, Hassan,
    Ibrahim, Karim, Amr, Tarek, Islam, Hossam, Ayman, Sherif, Walid, Khaled,
    Hany, Ashraf, Ehab, Said, Gamal, Abdelrahman, Mina, Beshoy, Eslam, Fathy,
    Saleh, Kamal"""

CULTURES["egyptian"] = dict(
    structure="patronymic",
    male=Pool(EGYPTIAN_MALE),
    father=Pool(EGYPTIAN_MALE, s=1.0),
    female=Pool("""Fatma, Nour, Mona, Heba, Yasmin, Rana, Dina, Mariam, Aya,
        Salma, Menna, Shaimaa, Doaa, Esraa, Marwa, Reham, Hala"""),
    tribe=(0.75, Pool("""Mohamed, Ahmed, Hassan, Ibrahim, Mahmoud, Ali, Abdelaziz,
        Saleh, Farouk, Mansour, Said, Fathy, Gamal, Abdelhamid, Elsayed, Ramadan,
        Shaker, Salem, Hegazy, Abdallah, Mostafa, Soliman, Youssef, Kamel, Fawzy,
        Helmy, Shehata, Zaki, Naguib, Attia, Sabry, Lotfy, Radwan""")),
    surname_forms=[("T", 50), ("F", 18), ("F GF T", 12), ("F T", 10), ("F GF", 10)],
    groups=parse_groups(ARABIC_GROUPS, """Beshoy,Bishoy,Bishoi; Mina,Meena"""),
    nick=parse_nicks("""Mohamed: Hamada, Moh; Mahmoud: Moudy; Mostafa: Moss;
        Youssef: Joe; Abdelrahman: Abdo; Islam: Isso"""),
    rules=ARABIC_RULES,
)

KURDISH_MALE = """Karwan, Rebwar, Hawre, Shwan, Aram, Dilshad, Rebin, Kawa, Hemin,
    Soran, Zana, Saman, Sherko, Dana, Hiwa, Bakhtiyar, Diyar, Hardi, Sarkawt,
    Halo, Ako, Bryar, Aland, Barzan, Azad, Sirwan, Hunar, Kamaran, Ranj,
    Mohammed, Ahmed, Ali, Omer"""
IRAQ_FATHER = """Ahmed, Mohammed, Abdullah, Rashid, Qadir, Aziz, Karim, Mahmood,
    Hama, Salih, Rasul, Omer, Ali, Hassan, Mustafa, Jalal, Faraj, Hussein,
    Ismail, Othman, Jamal, Anwar, Kamal, Sabir, Nuri, Khidir, Tahir, Amin,
    Majeed, Latif, Qasim, Hamid, Fatah, Abbas, Jabbar"""

CULTURES["iraqi"] = dict(
    structure="patronymic",
    male=Pool(KURDISH_MALE + """, Haider, Mustafa, Ammar, Hussein, Abbas, Yasir,
        Zaid, Murtadha, Sajjad, Karrar"""),
    father=Pool(IRAQ_FATHER, s=0.8),
    female=Pool("""Shilan, Avin, Nasrin, Rezan, Jwan, Shno, Dilan, Tara, Shirin,
        Kazhal, Bahar, Zhino, Sozan, Nazdar, Lana, Rozhan, Zainab, Fatima, Noor,
        Maryam, Ruqaya, Hawraa"""),
    tribe=(0.15, Pool("""Al-Jubouri, Al-Obaidi, Al-Dulaimi, Al-Tamimi, Al-Saadi,
        Barzinji, Jaff, Hamawandi""")),
    surname_forms=[("F", 45), ("F GF", 25), ("GF", 10), ("T", 12)],
    groups=parse_groups(ARABIC_GROUPS, """Karwan,Carwan,Karwaan;
        Rebwar,Rebuar,Rabwar,Ribwar; Hawre,Hawri,Hawrey,Hawree; Shwan,Shuan;
        Dilshad,Delshad,Dilshaad; Rebin,Rebeen,Ribin; Hemin,Hemn,Himin;
        Sherko,Sherku,Shirko; Hiwa,Heewa,Hewa; Bakhtiyar,Bakhtiar,Bextiyar,Bakhtyar;
        Diyar,Diar,Dyar; Sarkawt,Sarkaut,Sarkot; Bryar,Briar,Baryar;
        Sirwan,Sirvan,Serwan; Hunar,Honar; Kamaran,Kamran; Hama,Hamma,Hamah;
        Shilan,Shilaan,Chilan; Avin,Aveen; Nasrin,Nasreen,Nesrin; Rezan,Rezhan,Razan;
        Kazhal,Kazal,Kajal; Zhino,Jino,Zheno; Sozan,Suzan,Sawzan; Rozhan,Rojan,Rozan;
        Shno,Shnow; Jwan,Jwaan; Kawa,Kawe; Halo,Hallo; Ranj,Ranjh;
        Al-Jubouri,Al Jubouri,Aljuboori,Jubouri; Al-Obaidi,Al Obaidi,Alobaidi,Obaidi;
        Al-Dulaimi,Al Dulaimi,Aldulaimi,Dulaimi; Al-Tamimi,Al Tamimi,Altamimi,Tamimi;
        Al-Saadi,Al Saadi,Alsaadi,Saadi; Barzinji,Barzanji,Berzinji; Jaff,Jaf"""),
    nick=parse_nicks("""Bakhtiyar: Bakhti; Kamaran: Kamo; Mohammed: Hama, Mamo;
        Rebwar: Rebo; Sherko: Shero"""),
    rules=ARABIC_RULES + [("zh", "j"), ("x", "kh"), ("w", "u")],
)

CULTURES["iranian"] = dict(
    structure="western",
    male=Pool("""Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Saeed, Hamid, Arash,
        Behnam, Farhad, Kamran, Omid, Peyman, Hamed, Majid, Morteza, Mojtaba,
        Abbas, Javad, Hassan, Babak, Siavash, Pouya, Sina, Milad, Ehsan, Vahid,
        Navid, Masoud, Kaveh, Aso, Zanyar, Hiwa, Rebin"""),
    female=Pool("""Maryam, Zahra, Fatemeh, Sara, Leila, Nazanin, Parisa, Niloofar,
        Mahsa, Shirin, Elham, Fereshteh, Mina, Neda, Roya, Samira, Hanieh, Azadeh"""),
    family=Pool("""Ahmadi, Mohammadi, Hosseini, Rezaei, Karimi, Moradi, Rahimi,
        Jafari, Hashemi, Sadeghi, Ghorbani, Azizi, Kazemi, Rostami, Mousavi,
        Amini, Heidari, Akbari, Bahrami, Ebrahimi, Nazari, Abbasi, Zare, Salehi,
        Soltani, Mahmoudi, Alizadeh, Hosseinzadeh, Najafi, Ghasemi, Karami,
        Rahmani, Asadi, Abdollahi, Khezri"""),
    groups=parse_groups(ARABIC_GROUPS, """Hossein,Hosein,Husein,Hosseyn;
        Mehdi,Mahdi,Mehdy; Saeed,Saeid,Said,Saied; Peyman,Payman,Peiman;
        Morteza,Murtaza,Mortaza; Mojtaba,Mujtaba; Javad,Jawad,Djavad;
        Siavash,Siyavash,Siavosh; Pouya,Pooya,Puya; Ehsan,Ehssan,Ihsan;
        Masoud,Masood,Massoud,Masud; Kaveh,Kaweh,Kawa; Fatemeh,Fateme,Fatima;
        Leila,Leyla,Layla,Laila; Niloofar,Nilufar,Niloufar; Fereshteh,Fereshte,Freshta;
        Hanieh,Haniyeh,Hania; Azadeh,Azade; Zanyar,Zaniar; Mahsa,Mahsaa;
        Hosseini,Hoseini,Husseini,Hosaini,Hussaini; Rezaei,Rezaie,Rezaee,Rezayi,Rezai;
        Jafari,Jafary,Ja'fari,Jaafari; Sadeghi,Sadeqi,Sadegi; Ghorbani,Qorbani,Gorbani;
        Kazemi,Kazimi; Mousavi,Musavi,Moosavi,Mosavi; Heidari,Heydari,Haidari;
        Ebrahimi,Ibrahimi; Zare,Zarei,Zareh; Ghasemi,Qasemi,Gasemi; Soltani,Sultani;
        Alizadeh,Ali Zadeh,Alizade; Hosseinzadeh,Hoseinzadeh,Hosseinzade;
        Abdollahi,Abdolahi,Abdullahi; Khezri,Khizri; Mahmoudi,Mahmudi,Mahmoodi;
        Mohammadi,Muhammadi,Mohamadi; Ahmadi,Ahmady,Ahmedi; Karimi,Kareemi;
        Rahimi,Raheemi; Nazari,Nazary; Abbasi,Abasi,Abbassi; Najafi,Nadjafi;
        Asadi,Assadi; Rahmani,Rahmany; Moradi,Muradi; Rostami,Rustami; Amini,Ameeni"""),
    nick=parse_nicks("""Mohammad: Mamad, Mo; Hossein: Hossi;
        Mohammadreza: Reza; Siavash: Siya; Fatemeh: Fati; Maryam: Mari"""),
    rules=ARABIC_RULES,
)

AFGHAN_SIMPLE = """Mohammad, Ahmad, Ali, Zabihullah, Rahmatullah, Naqibullah,
    Hekmatullah, Ahmadullah, Nasir, Jawad, Farid, Hamid, Wahid, Mirwais, Bilal,
    Shafiq, Rashid, Khalid, Omid, Mustafa, Sohail, Jamshid, Wali, Karim, Naveed,
    Asadullah, Samiullah, Ismail, Haroon, Ajmal, Fawad, Tamim, Shakib, Murtaza,
    Reza, Abbas, Hussain, Sayed"""

CULTURES["afghan"] = dict(
    structure="patronymic",
    male=Pool(AFGHAN_SIMPLE),
    prefixes=(0.3, Pool("Mohammad, Abdul, Sayed, Noor, Gul, Ahmad, Ali")),
    father=Pool(AFGHAN_SIMPLE + ", Gul, Noor, Abdul Ghani, Abdul Karim, Khan Mohammad", s=0.7),
    female=Pool("""Fatima, Zarghona, Malalai, Nazia, Freshta, Mariam, Parwana,
        Shabnam, Zahra, Nilofar, Masooma, Zainab, Shukria, Mursal, Farzana, Nargis,
        Laila, Hamida, Gulalai, Storai"""),
    tribe=(0.55, Pool("""Ahmadzai, Popal, Stanikzai, Mohammadi, Safi, Noori, Hotak,
        Wardak, Rahimi, Sultani, Amiri, Hashimi, Karimi, Sadat, Niazi, Khan,
        Durrani, Mohmand, Shinwari, Yousafzai, Ahmadi, Hussaini, Jalali, Zazai,
        Mangal, Khogyani, Qaderi, Rahmani, Sharifi, Azizi""")),
    surname_forms=[("T", 50), ("F", 38), ("F T", 4), ("GF", 3)],
    groups=parse_groups(ARABIC_GROUPS, """Zabihullah,Zabiullah,Zabeehullah,Zabihulla,Zabih Ullah;
        Rahmatullah,Rahmatulla,Rahmat Ullah,Rahmatollah; Naqibullah,Naqibulla,Naqib Ullah,Nakibullah;
        Hekmatullah,Hikmatullah,Hekmatulla,Hekmat Ullah; Ahmadullah,Ahmadulla,Ahmad Ullah;
        Asadullah,Asadulla,Asad Ullah,Assadullah; Samiullah,Samiulla,Sami Ullah;
        Sayed,Sayyed,Syed,Sayad; Nasir,Naser,Nasser,Naseer; Jawad,Javad,Jawaad;
        Farid,Fareed,Ferid; Wahid,Waheed,Vahid; Mirwais,Mirways,Mir Wais;
        Shafiq,Shafeeq,Shafik,Shafique; Sohail,Suhail,Sohayl; Jamshid,Jamsheed,Jamshed;
        Gul,Gull,Gol; Naveed,Navid,Nawid; Ajmal,Ajmaal; Fawad,Fuad,Fawaad; Tamim,Tameem;
        Shakib,Shakeeb,Shaqib; Zarghona,Zarghuna,Zarghoona; Malalai,Malalay,Malala;
        Freshta,Fereshta,Frishta; Parwana,Parvana,Perwana; Nilofar,Nilufar,Niloofar;
        Masooma,Masoma,Masuma; Shukria,Shukriya; Mursal,Morsal; Nargis,Narges;
        Gulalai,Gulalay; Storai,Storay; Ahmadzai,Ahmadzay,Ahmedzai,Ahmad Zai;
        Stanikzai,Stanekzai,Stanakzai; Hotak,Hotaki; Hashimi,Hashemi,Hashimy;
        Sadat,Saadat; Shinwari,Shinwary,Shenwari; Yousafzai,Yousufzai,Yusufzai;
        Qaderi,Qadiri,Kaderi; Sharifi,Sharify; Mohmand,Momand; Zazai,Zazay;
        Khogyani,Khugiani,Khogiani; Durrani,Durani; Popal,Popalzai; Wardak,Wardag;
        Amiri,Ameeri; Jalali,Jalaly; Niazi,Niyazi; Haroon,Haroun,Harun;
        Wali,Walli; Mohammadi,Muhammadi,Mohamadi; Karimi,Kareemi; Rahimi,Raheemi"""),
    nick=parse_nicks("""Zabihullah: Zabi; Rahmatullah: Rahmat; Naqibullah: Naqib;
        Hekmatullah: Hekmat; Asadullah: Asad; Samiullah: Sami; Ahmadullah: Ahmad;
        Mohammad: Mo; Mirwais: Mir"""),
    rules=ARABIC_RULES + [("ullah", "ulla"), ("ullah", " Ullah"), ("ullah", "ollah")],
)

CULTURES["pakistani"] = dict(
    structure="western",
    male=Pool("""Ali, Usman, Bilal, Imran, Asif, Kamran, Tariq, Faisal, Hamza,
        Zeeshan, Waqas, Adnan, Shahid, Naveed, Arshad, Sajid, Zubair, Irfan, Umar,
        Hassan, Ahmed, Shoaib, Junaid, Rizwan, Nadeem, Waseem, Aamir, Saqib"""),
    prefixes=(0.35, Pool("Muhammad, Mohammad, Syed, Abdul")),
    female=Pool("""Ayesha, Fatima, Sana, Hina, Nadia, Saima, Rabia, Amina, Samina,
        Shazia, Nazia, Iqra, Maryam, Bushra, Uzma, Kiran, Asma, Rukhsana, Parveen,
        Shabana"""),
    family=Pool("""Khan, Ahmed, Hussain, Ali, Shah, Iqbal, Butt, Malik, Raza, Akhtar,
        Qureshi, Chaudhry, Mahmood, Javed, Aslam, Rehman, Anwar, Bashir, Riaz,
        Yousaf, Sheikh, Abbasi, Mirza, Rana, Akram, Nawaz, Hanif, Rafiq"""),
    female_family=(0.3, Pool("Bibi, Begum, Kausar")),
    groups=parse_groups(ARABIC_GROUPS, """Zeeshan,Zishan,Zeshan; Waqas,Waqqas;
        Shoaib,Shuaib,Shoeb; Junaid,Junaed,Junayd; Rizwan,Rizvan,Ridwan;
        Nadeem,Nadim; Waseem,Wasim; Aamir,Amir,Aamer; Saqib,Saqeb,Sakib;
        Chaudhry,Chaudhary,Choudhury,Chaudry,Chowdhury; Qureshi,Quraishi,Qureishi;
        Rehman,Rahman,Ur Rehman; Sheikh,Shaikh,Sheik; Javed,Javaid,Jawed;
        Rafiq,Rafique,Rafeeq; Akhtar,Akhter,Akthar; Iqbal,Ikbal; Hina,Heena,Hena;
        Saima,Sayma; Rabia,Rabiya,Rabiah; Shazia,Shaziya; Nazia,Naziya;
        Rukhsana,Ruksana; Parveen,Parvin,Perveen; Shabana,Shabanna; Kausar,Kauser,Kosar;
        Syed,Sayed,Sayyid; Begum,Begam; Yousaf,Yusuf,Yousuf; Zubair,Zubeir,Zubayr;
        Arshad,Arshid; Imran,Imraan; Kamran,Kamraan; Faisal,Faysal,Feisal;
        Hamza,Hamzah; Adnan,Adnaan; Irfan,Irfaan; Usman,Osman,Othman; Umar,Omar,Omer"""),
    nick=parse_nicks("""Muhammad: Mo; Zeeshan: Zee; Hamza: Hamz; Faisal: Fez;
        Bilal: Billy; Imran: Immy; Waqas: Vicky; Ayesha: Ash"""),
    rules=ARABIC_RULES,
)

CULTURES["indian"] = dict(
    structure="indian",
    sikh_m=Pool("""Harpreet, Gurpreet, Manpreet, Jaspreet, Amandeep, Hardeep, Gurdeep,
        Jasvir, Kulwinder, Sukhwinder, Balwinder, Rajinder, Paramjit, Jagjit,
        Harjit, Lakhvir"""),
    sikh_f=Pool("""Harpreet, Manpreet, Gurpreet, Jaspreet, Amandeep, Simran, Navneet,
        Kulwinder, Rajwinder, Sukhjeet, Paramjit"""),
    sikh_clan=Pool("Gill, Sandhu, Sidhu, Dhillon, Grewal, Brar, Bains, Virk, Randhawa"),
    hindu_m=Pool("""Rajesh, Suresh, Ramesh, Vijay, Anil, Sunil, Arjun, Rahul, Amit,
        Sanjay, Deepak, Manoj, Ravi, Vikram, Prakash, Naresh, Santosh, Mahesh"""),
    hindu_f=Pool("""Priya, Pooja, Anjali, Sunita, Lakshmi, Deepa, Kavita, Neha, Rekha,
        Meena, Geeta, Anita, Divya, Sneha"""),
    hindu_family=Pool("""Kumar, Sharma, Patel, Gupta, Yadav, Reddy, Nair, Das, Pillai,
        Verma, Mishra, Shah, Rao, Iyer, Menon, Pandey, Kumari"""),
    kerala_m=Pool("Jibin, Jijo, Binu, Shibu, Anish, Jithin, Sreejith, Vishnu, Arun, Akhil"),
    kerala_f=Pool("Anju, Jincy, Reshma, Soumya, Ancy, Divya, Sini, Bincy, Neethu, Aswathy"),
    kerala_family=Pool("""Thomas, Joseph, Varghese, Mathew, George, Kurian, Jose,
        Abraham, Philip, Chacko"""),
    groups=parse_groups("""Harpreet,Harpret,Harprit; Gurpreet,Gurprit,Gurpreeth;
        Manpreet,Manprit,Manpreeth; Jaspreet,Jasprit; Amandeep,Amandip;
        Hardeep,Hardip; Gurdeep,Gurdip; Kulwinder,Kulvinder,Kulwender;
        Sukhwinder,Sukhvinder,Sukhwindar; Balwinder,Balvinder; Rajinder,Rajindar,Rajender;
        Paramjit,Paramjeet,Paramjeeth; Jagjit,Jagjeet; Harjit,Harjeet; Jasvir,Jasveer,Jasbir;
        Lakhvir,Lakhveer,Lakhbir; Navneet,Navnit; Sukhjeet,Sukhjit; Rajwinder,Rajvinder;
        Lakshmi,Laxmi,Lakshmy; Deepa,Dipa; Kavita,Kavitha; Geeta,Gita,Geetha;
        Sunita,Suneeta; Divya,Dhivya,Divia; Varghese,Verghese,Vargese;
        Mathew,Matthew,Mathews; Kurian,Kurien; Chacko,Chako; Pillai,Pillay;
        Iyer,Iyyer,Aiyar; Dhillon,Dhilon,Dillon; Sandhu,Sandu; Sidhu,Sidu;
        Grewal,Grewel; Randhawa,Randawa; Sreejith,Srijith,Sreejit; Jithin,Jitin;
        Aswathy,Aswathi,Ashwathy; Neethu,Nithu,Neetu; Soumya,Sowmya; Reshma,Resma;
        Jincy,Jinsy; Bincy,Binsy; Santosh,Santhosh; Prakash,Prakas; Mahesh,Mahes;
        Vishnu,Vishnoo; Sreejith,Srijit; Kumari,Kumary"""),
    nick=parse_nicks("""Harpreet: Harry, Happy; Gurpreet: Gary, Guri; Manpreet: Mani;
        Jaspreet: Jas; Amandeep: Aman; Hardeep: Harry; Kulwinder: Kully;
        Sukhwinder: Sukhi; Balwinder: Billa; Rajinder: Raj; Rajesh: Raj;
        Vijay: VJ; Mahesh: Mahi; Priya: Pri; Lakshmi: Lux; Anjali: Anju;
        Sreejith: Sree; Jithin: JT; Jibin: Jibi"""),
    rules=[("ee", "i"), ("i", "ee"), ("th", "t"), ("v", "w"), ("w", "v")],
)

CULTURES["nigerian"] = dict(
    structure="western",
    male=Pool("""Godwin, Emmanuel, Samuel, Daniel, Peter, John, Michael, Victor,
        Joseph, Paul, Stephen, Kingsley, Sunday, Friday, Lucky, Prince, Innocent,
        Patrick, Charles, Chinedu, Emeka, Oluwaseun, Adebayo, Tunde, Ifeanyi,
        Chukwuemeka, Osaretin, Efosa, Osagie, Uche, Obinna, Nnamdi, Chidi,
        Femi, Segun, Ikechukwu, Kelechi, Olumide"""),
    female=Pool("""Blessing, Precious, Joy, Favour, Mercy, Gift, Faith, Esther,
        Grace, Patience, Comfort, Glory, Peace, Happiness, Mary, Elizabeth,
        Deborah, Ruth, Janet, Chioma, Ngozi, Adaeze, Funmilayo, Folake,
        Oluwabukola, Osasere, Efe, Omolara, Chiamaka, Nneka, Ifeoma, Titilayo,
        Yetunde, Ebere, Uchenna, Osarugue"""),
    second_pool_m=Pool("""Chinedu, Emeka, Oluwaseun, Adebayo, Ifeanyi, Osaretin,
        Efosa, Osagie, Uche, Obinna, Nnamdi, Chidi, Olumide, Ikechukwu, Kelechi,
        Osas, Eghosa, Nosa"""),
    second_pool_f=Pool("""Chioma, Ngozi, Adaeze, Funmilayo, Folake, Osasere, Efe,
        Omolara, Chiamaka, Nneka, Ifeoma, Titilayo, Yetunde, Ebere, Osarugue,
        Osayuki, Ivie"""),
    second_given=0.55,
    family=Pool("""Okafor, Okonkwo, Adeyemi, Ogunleye, Eze, Obi, Nwosu, Omoregie,
        Osagie, Igbinedion, Okoro, Adeleke, Okeke, Nwachukwu, Ogbonna, Eke,
        Onyeka, Ibrahim, Bello, Usman, Akinola, Olawale, Adebayo, Ojo, Uzor,
        Aigbe, Ehigiator, Iyamu, Osayande, Edosomwan, Omoruyi, Ogbebor,
        Osemwegie, Idahosa, Okonofua, Oyakhire"""),
    groups=parse_groups("""Omoregie,Omorogie,Omoreggie; Okonkwo,Okonkwor,Okonko;
        Igbinedion,Igbinidion,Igbinedeon; Nwachukwu,Nwachuku; Ogbonna,Ogbona;
        Osayande,Osayade; Edosomwan,Edosomwen; Osemwegie,Osemwengie;
        Ehigiator,Ehigiatior; Idahosa,Idahossa; Chukwuemeka,Chukwuemaka,Chukuemeka;
        Oluwaseun,Oluseun,Oluwasheun; Ifeanyi,Ifeanyichukwu,Ifeayni;
        Osaretin,Osaretinmwen,Osarentin; Oluwabukola,Oluwabukonla,Olubukola;
        Uchenna,Uchena; Kelechi,Kelichi; Nnamdi,Namdi; Okafor,Okafo;
        Okonofua,Okonofuwa; Oyakhire,Oyakire; Osasere,Osaserre; Osarugue,Osarugwe;
        Favour,Favor; Chioma,Chiomah; Omolara,Omolarah; Ngozi,Ngozie;
        Adaeze,Adaze; Yetunde,Yetunda; Titilayo,Titilaiyo; Funmilayo,Funmilaiyo"""),
    nick=parse_nicks("""Oluwaseun: Seun; Adebayo: Bayo; Tunde: Tee; Chukwuemeka: Emeka;
        Ikechukwu: Ike; Chiamaka: Amaka; Oluwabukola: Bukola, Bukky;
        Funmilayo: Funmi; Omolara: Lara; Titilayo: Titi; Osasere: Osas;
        Osaretin: Osaro; Blessing: Bless; Precious: Presh; Favour: Fav;
        Elizabeth: Liz; Deborah: Debbie; Kingsley: King; Emmanuel: Emma;
        Samuel: Sammy; Godwin: Godi; Victor: Vic; Ifeanyi: Ify; Ifeoma: Ify;
        Uchenna: Uche; Osarugue: Osa; Efosa: Fosa"""),
    rules=[("e", "a"), ("ch", "c"), ("w", "u"), ("nn", "n")],
)

CULTURES["romanian"] = dict(
    structure="western",
    male=Pool("""Ion, Ionuț, Andrei, Alexandru, Mihai, Florin, Constantin, Gheorghe,
        Marian, Adrian, Cristian, Daniel, Ștefan, Vasile, Nicolae, Gabriel,
        Marius, Bogdan, Cosmin, Dumitru, Costel, Viorel, Sorin, Lucian, Iulian,
        Petru, Florentin, Cătălin, Răzvan, Claudiu"""),
    female=Pool("""Maria, Elena, Ioana, Andreea, Alina, Florentina, Mihaela, Roxana,
        Denisa, Georgiana, Loredana, Cristina, Nicoleta, Gabriela, Ramona,
        Daniela, Bianca, Larisa, Adelina, Violeta"""),
    second_given=0.25,
    family=Pool("""Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Gheorghe,
        Constantin, Munteanu, Rusu, Lupu, Radu, Moldovan, Tănase, Ciobanu, Dinu,
        Marin, Lăcătuș, Mihai, Ștefan, Florea, Preda, Matei, Nistor, Sârbu,
        Vasile, Ene, Dobre, Bălan, Zamfir, Neagu, Cojocaru, Ursu, Tudor, Barbu,
        Voicu, Oprea, Anghel, Stănescu, Mocanu, Dragomir, Căldăraru, Ciurar"""),
    groups=parse_groups("""Ionuț,Ionut,Ionuţ; Gheorghe,George,Gheorge,Ghiorghe;
        Nicolae,Nicolai,Niculae; Ștefan,Stefan,Ştefan,Stephan; Cătălin,Catalin;
        Răzvan,Razvan; Vasile,Vasili; Lăcătuș,Lacatus,Lacatuş,Lakatos;
        Sârbu,Sirbu,Sarbu,Sîrbu; Dumitru,Dimitru,Dumitriu; Tănase,Tanase,Tanasie;
        Ciobanu,Cioban,Chobanu; Cojocaru,Cojocariu,Kojokaru; Munteanu,Muntean;
        Georgiana,Giorgiana; Mihaela,Michaela,Mihaella; Andreea,Andrea,Andreia;
        Ioana,Joana,Ionna; Căldăraru,Caldararu,Caldarar; Stănescu,Stanescu;
        Bălan,Balan; Alexandru,Alexander,Alexandr; Iulian,Julian,Iulyan;
        Claudiu,Claudio; Larisa,Larissa; Denisa,Denissa; Constantin,Costantin"""),
    nick=parse_nicks("""Gheorghe: Gigi, Ghiță; Constantin: Costel, Costi, Tinel;
        Ștefan: Fane; Ion: Nelu, Ionel; Nicolae: Nicu; Dumitru: Mitică, Mitica;
        Vasile: Vasi; Alexandru: Alex, Sandu; Mihai: Mihăiță; Marian: Marinel;
        Florin: Flo; Cristian: Cristi; Gabriel: Gabi; Andreea: Andra;
        Florentina: Flori; Georgiana: Georgi; Roxana: Roxi; Loredana: Lori;
        Gabriela: Gabi; Bogdan: Bogdi; Adrian: Adi; Daniel: Dani; Marius: Mari"""),
    rules=[("ț", "t"), ("ș", "s"), ("ă", "a"), ("i", "y"), ("c", "k")],
    diacritics=True,
)

CULTURES["polish"] = dict(
    structure="western",
    male=Pool("""Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Łukasz, Grzegorz,
        Andrzej, Jan, Wojciech, Mariusz, Dariusz, Zbigniew, Jarosław, Adam, Marek,
        Rafał, Robert, Sławomir, Artur, Kamil, Jacek, Damian, Przemysław"""),
    female=Pool("""Anna, Katarzyna, Małgorzata, Agnieszka, Joanna, Magdalena, Monika,
        Ewa, Beata, Dorota, Aleksandra, Justyna, Marta, Barbara, Sylwia"""),
    family=Pool("""Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński,
        Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski,
        Jankowski, Mazur, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając,
        Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski,
        Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek,
        Nowicki, Pawlak, Górski, Witkowski, Walczak, Sikora, Baran, Rutkowski,
        Szewczyk, Ostrowski, Tomaszewski, Pietrzak, Duda, Zalewski, Wróblewski"""),
    groups=parse_groups("""Wiśniewski,Wisniewski,Wishniewski,Visnevski;
        Wiśniewska,Wisniewska,Wishniewska; Wójcik,Wojcik,Voytchik; Woźniak,Wozniak,Vozniak;
        Kamiński,Kaminski,Kaminsky; Kamińska,Kaminska; Zieliński,Zielinski,Zelinski;
        Zielińska,Zielinska; Szymański,Szymanski,Shimanski; Szymańska,Szymanska;
        Dąbrowski,Dabrowski,Dombrowski; Dąbrowska,Dabrowska,Dombrowska;
        Kozłowski,Kozlowski,Koslowski; Kozłowska,Kozlowska; Zając,Zajac,Zajonc;
        Pawłowski,Pawlowski,Pavlovski; Pawłowska,Pawlowska; Król,Krol;
        Jabłoński,Jablonski,Yablonski; Jabłońska,Jablonska; Wróbel,Wrobel,Vrobel;
        Stępień,Stepien,Stempien; Górski,Gorski; Górska,Gorska;
        Wróblewski,Wroblewski; Wróblewska,Wroblewska; Krzysztof,Krzystof,Christof,Krysztof;
        Paweł,Pawel,Pavel,Pawell; Michał,Michal,Michael,Mihal; Łukasz,Lukasz,Lukas,Lucas;
        Grzegorz,Gregorz,Grzegors; Wojciech,Wojtech,Voytek; Jarosław,Jaroslaw,Yaroslav;
        Sławomir,Slawomir,Slavomir; Przemysław,Przemyslaw,Przemek;
        Małgorzata,Malgorzata,Margorzata; Katarzyna,Katarzina,Katazyna;
        Agnieszka,Agniezka,Agnieska; Kowalczyk,Kovalchik,Kowalczik; Mazur,Masur;
        Szewczyk,Shevchik,Szewczik; Piotr,Piotre,Pyotr; Tomasz,Tomas,Tomaz;
        Mariusz,Marius,Mariush; Dariusz,Darius,Dariush; Zbigniew,Zbigniev,Zbignew"""),
    nick=parse_nicks("""Piotr: Piotrek, Peter; Krzysztof: Krzysiek, Chris;
        Tomasz: Tomek, Tom; Paweł: Paul; Michał: Mike, Michael; Marcin: Martin;
        Łukasz: Luke; Grzegorz: Greg, Grzesiek; Andrzej: Andrew, Andy;
        Jan: John, Janek; Wojciech: Wojtek; Mariusz: Mario; Dariusz: Darek;
        Zbigniew: Zbyszek; Jarosław: Jarek; Rafał: Rafi; Sławomir: Sławek;
        Artur: Arthur; Jacek: Jack; Przemysław: Przemek; Katarzyna: Kasia, Kate;
        Małgorzata: Gosia, Margaret; Agnieszka: Aga; Joanna: Asia, Jo;
        Magdalena: Magda; Aleksandra: Ola; Barbara: Basia; Ewa: Eva;
        Robert: Robek; Kamil: Kam; Adam: Adaś"""),
    rules=[("sz", "sh"), ("cz", "ch"), ("w", "v"), ("ski", "sky"), ("rz", "z")],
    diacritics=True,
)

CULTURES["filipino"] = dict(
    structure="western",
    male=Pool("""Jose, Juan, Mark, John Paul, Jhon, Jaypee, Marvin, Rodel, Ariel,
        Jerome, Joel, Romeo, Reynaldo, Eduardo, Ronaldo, Michael, Christian,
        Jeffrey, Rommel, Arnel, Dennis, Jomar, Renato, Edgar"""),
    female=Pool("""Maria, Rowena, Maricel, Jocelyn, Marilou, Lorna, Analyn, Rosalie,
        Mary Grace, Cherry, Jennifer, Michelle, Rachelle, Lovely, Rhea, Marites,
        Gemma, Rosario, Nenita, Evangeline, Maria Theresa, Maria Cristina,
        Divina, Edna, Leah, Joy"""),
    family=Pool("""Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz,
        Villanueva, Ramos, Aquino, Castillo, Flores, Gonzales, Torres, Lopez,
        Del Rosario, Fernandez, Salazar, Domingo, Mercado, Soriano, Manalo,
        Pascual, Navarro, Tolentino, Gutierrez, Aguilar, Delos Santos, Mangubat,
        Macaraeg, Dimaculangan, Bernardo, Cabrera, Panganiban, De Guzman"""),
    middle_is_surname=0.7,   # the mother's maiden name, often written in full
    groups=parse_groups("""Dela Cruz,De la Cruz,Delacruz,Dela-Cruz,DelaCruz;
        Del Rosario,Delrosario,Del-Rosario; Delos Santos,De los Santos,Delossantos;
        De Guzman,DeGuzman,Deguzman; Jhon,John,Jon; Jaypee,JP,Jay-Pee,Jay Pee;
        Maria,Ma.,Mary; Mary Grace,Marygrace,Mary-Grace; Marites,Maritess;
        Rachelle,Rachel,Rachell; Rowena,Rowina; Maricel,Maricell,Marisel;
        Jocelyn,Joselyn,Jocelyne; Analyn,Annalyn,Ana Lyn,Anelyn;
        Marilou,Mary Lou,Marylou; Gonzales,Gonzalez; Maria Theresa,Ma. Theresa,Maria Teresa;
        Maria Cristina,Ma. Cristina,Maria Christina; John Paul,John-Paul,Johnpaul;
        Reynaldo,Reinaldo; Jeffrey,Jefferson,Jeffery; Rommel,Romel; Arnel,Arnell;
        Jomar,Jhomar; Rhea,Rea; Lovely,Lovelyn; Nenita,Nenette; Dimaculangan,Dimaculang"""),
    nick=parse_nicks("""Jose: Pepe, Joey; Juan: Jun, Jun-Jun; John Paul: JP;
        Reynaldo: Rey, Naldo; Eduardo: Eddie, Edong; Ronaldo: Ronnie, Onad;
        Romeo: Romy; Rommel: Mel; Maricel: Cel; Mary Grace: Grace;
        Jocelyn: Joy, Celyn; Rosalie: Rose, Lalie; Evangeline: Vangie;
        Marilou: Malou; Maria Theresa: Tess, Tessie; Jennifer: Jen, Jhen;
        Michelle: Mitch; Analyn: Ana; Lovely: Love; Maria Cristina: Tina, Cris;
        Rachelle: Chelle; Renato: Atong, Nato; Arnel: Nel; Dennis: Den;
        Rosario: Charing, Rose; Nenita: Nene; Edgar: Egay; Mark: Macky"""),
    rules=[("ie", "y"), ("y", "ie"), ("h", ""), ("c", "k")],
)

# Which cultures each nationality's people are drawn from.
# Roughly the shares of UK National Referral Mechanism referrals in recent years.

NATIONALITIES = {
    "UK": dict(
        weight=34, cultures=[("british", 82), ("pakistani", 8), ("nigerian", 6), ("indian", 4)],
        exact=[("British", 50), ("UK", 15), ("English", 12), ("UK national", 6),
               ("British citizen", 4), ("Scottish", 4), ("Welsh", 3), ("GB", 2)],
        vague=[("White British", 30), ("local", 10), ("English accent", 8), ("British?", 12),
               ("local accent", 5), ("from round here", 4)],
        neighbour=["Irish"], neighbour_rate=0.04, languages=[("English", 100)], asylum=0.0,
        venues=[("county_lines", 38), ("cse", 18), ("cuckooing", 10), ("block_paving", 12),
                ("cannabis", 6), ("begging", 4), ("domestic", 3), ("sex_online", 9)]),
    "Albanian": dict(
        weight=12, cultures=[("albanian", 100)],
        exact=[("Albanian", 80), ("Albania", 15), ("albanian", 5)],
        vague=[("Albanian?", 20), ("Eastern European", 25), ("Balkan", 8), ("European", 5)],
        neighbour=["Kosovan", "Kosovo", "Macedonian", "Greek", "Montenegrin", "Italian"],
        languages=[("Albanian", 100)], asylum=0.55,
        venues=[("cannabis", 32), ("car_wash", 20), ("construction", 12), ("brothel", 10),
                ("sex_online", 6), ("county_lines", 8), ("barbers", 12)]),
    "Vietnamese": dict(
        weight=6, cultures=[("vietnamese", 100)],
        exact=[("Vietnamese", 85), ("Vietnam", 10), ("Viet", 5)],
        vague=[("Asian", 20), ("South East Asian", 10), ("Oriental looking", 4),
               ("Chinese or Vietnamese", 10), ("looks Vietnamese", 20), ("Vietnamese?", 15)],
        neighbour=["Chinese", "Cambodian", "Thai", "Laotian"],
        languages=[("Vietnamese", 100)], asylum=0.5,
        venues=[("nail_bar", 45), ("cannabis", 38), ("brothel", 8), ("takeaway", 9)]),
    "Eritrean": dict(
        weight=5, cultures=[("eritrean", 100)],
        exact=[("Eritrean", 85), ("Eritrea", 15)],
        vague=[("African", 20), ("East African", 20), ("Eritrean?", 15), ("Habesha", 5)],
        neighbour=["Ethiopian", "Sudanese", "Somali"],
        languages=[("Tigrinya", 85), ("Tigrigna", 10), ("Arabic", 5)], asylum=0.85,
        venues=[("takeaway", 20), ("car_wash", 12), ("delivery", 22), ("factory", 20),
                ("domestic", 10), ("sex_online", 8), ("brothel", 8)]),
    "Sudanese": dict(
        weight=4, cultures=[("sudanese", 100)],
        exact=[("Sudanese", 85), ("Sudan", 15)],
        vague=[("African", 25), ("Arab", 10), ("North African", 10), ("Sudanese?", 15)],
        neighbour=["South Sudanese", "Chadian", "Eritrean", "Egyptian", "Libyan"],
        languages=[("Arabic", 90), ("Fur", 5), ("Zaghawa", 5)], asylum=0.85,
        venues=[("car_wash", 25), ("delivery", 28), ("factory", 20), ("takeaway", 12),
                ("agriculture", 15)]),
    "Romanian": dict(
        weight=3, cultures=[("romanian", 100)],
        exact=[("Romanian", 85), ("Romania", 15)],
        vague=[("Eastern European", 35), ("Roma", 10), ("Romanian/Bulgarian", 10),
               ("European", 5), ("Romanian?", 10)],
        neighbour=["Moldovan", "Bulgarian", "Hungarian", "Polish"],
        languages=[("Romanian", 85), ("Romani", 15)], asylum=0.0,
        venues=[("car_wash", 20), ("agriculture", 25), ("brothel", 12), ("sex_online", 8),
                ("begging", 15), ("construction", 10), ("factory", 10)]),
    "Afghan": dict(
        weight=4, cultures=[("afghan", 100)],
        exact=[("Afghan", 70), ("Afghanistan", 20), ("Afghani", 10)],
        vague=[("Middle Eastern", 25), ("Asian", 10), ("Afghan?", 15), ("Pashtun", 5)],
        neighbour=["Pakistani", "Iranian", "Tajik"],
        languages=[("Pashto", 50), ("Dari", 35), ("Farsi", 15)], asylum=0.85,
        venues=[("car_wash", 30), ("takeaway", 20), ("delivery", 20), ("construction", 12),
                ("county_lines", 8), ("factory", 10)]),
    "Iraqi": dict(
        weight=4, cultures=[("iraqi", 100)],
        exact=[("Iraqi", 60), ("Iraq", 10), ("Iraqi Kurd", 15), ("Kurdish (Iraq)", 15)],
        vague=[("Kurdish", 35), ("Middle Eastern", 25), ("Arab", 5), ("Iraqi?", 10)],
        neighbour=["Iranian", "Syrian", "Turkish", "Kuwaiti"],
        languages=[("Kurdish Sorani", 45), ("Kurdish", 20), ("Sorani", 15), ("Arabic", 20)],
        asylum=0.85,
        venues=[("car_wash", 35), ("barbers", 25), ("takeaway", 15), ("construction", 15),
                ("delivery", 10)]),
    "Iranian": dict(
        weight=3, cultures=[("iranian", 100)],
        exact=[("Iranian", 80), ("Iran", 15), ("Persian", 5)],
        vague=[("Middle Eastern", 25), ("Kurdish", 15), ("Persian?", 10), ("Iranian?", 10)],
        neighbour=["Iraqi", "Afghan", "Turkish"],
        languages=[("Farsi", 60), ("Persian", 15), ("Kurdish", 25)], asylum=0.85,
        venues=[("car_wash", 30), ("barbers", 15), ("takeaway", 20), ("construction", 15),
                ("delivery", 20)]),
    "Indian": dict(
        weight=2.2, cultures=[("indian", 100)],
        exact=[("Indian", 85), ("India", 15)],
        vague=[("Asian", 30), ("South Asian", 15), ("Indian?", 15), ("Punjabi", 5)],
        neighbour=["Pakistani", "Bangladeshi", "Sri Lankan", "Nepali"],
        languages=[], asylum=0.25,
        venues=[("care", 35), ("takeaway", 20), ("factory", 15), ("domestic", 15),
                ("agriculture", 10), ("shop", 5)]),
    "Nigerian": dict(
        weight=3, cultures=[("nigerian", 100)],
        exact=[("Nigerian", 85), ("Nigeria", 15)],
        vague=[("African", 30), ("West African", 20), ("Black African", 10), ("Nigerian?", 10)],
        neighbour=["Ghanaian", "Cameroonian", "Beninese"],
        languages=[("English", 50), ("Pidgin", 10), ("Yoruba", 15), ("Edo", 15), ("Igbo", 10)],
        asylum=0.45,
        venues=[("care", 30), ("brothel", 15), ("sex_online", 15), ("domestic", 25),
                ("county_lines", 5), ("factory", 10)]),
    "Chinese": dict(
        weight=3, cultures=[("chinese", 100)],
        exact=[("Chinese", 85), ("China", 15)],
        vague=[("Asian", 25), ("East Asian", 10), ("Oriental looking", 4), ("Chinese?", 15),
               ("Chinese or Vietnamese", 8)],
        neighbour=["Vietnamese", "Malaysian", "Taiwanese", "Hong Kong", "Korean", "Thai"],
        languages=[("Mandarin", 60), ("Fujianese", 20), ("Cantonese", 15), ("Chinese", 5)],
        asylum=0.4,
        venues=[("massage", 30), ("brothel", 12), ("takeaway", 30), ("cannabis", 18),
                ("nail_bar", 10)]),
    "Ethiopian": dict(
        weight=2, cultures=[("ethiopian", 100)],
        exact=[("Ethiopian", 85), ("Ethiopia", 15)],
        vague=[("African", 25), ("East African", 20), ("Habesha", 5), ("Ethiopian?", 10)],
        neighbour=["Eritrean", "Somali", "Sudanese", "Kenyan"],
        languages=[("Amharic", 60), ("Oromo", 30), ("Tigrinya", 10)], asylum=0.75,
        venues=[("domestic", 35), ("takeaway", 20), ("sex_online", 10), ("brothel", 10),
                ("factory", 25)]),
    "Pakistani": dict(
        weight=3, cultures=[("pakistani", 100)],
        exact=[("Pakistani", 85), ("Pakistan", 15)],
        vague=[("Asian", 35), ("South Asian", 15), ("Pakistani?", 10)],
        neighbour=["Indian", "Afghan", "Bangladeshi"],
        languages=[("Urdu", 60), ("Punjabi", 30), ("Pashto", 10)], asylum=0.4,
        venues=[("takeaway", 30), ("care", 20), ("domestic", 20), ("shop", 15),
                ("construction", 15)]),
    "Polish": dict(
        weight=1.0, cultures=[("polish", 100)],
        exact=[("Polish", 90), ("Poland", 10)],
        vague=[("Eastern European", 45), ("European", 10), ("Polish?", 10)],
        neighbour=["Lithuanian", "Czech", "Slovak", "Ukrainian", "Latvian"],
        languages=[("Polish", 100)], asylum=0.0,
        venues=[("agriculture", 25), ("factory", 35), ("construction", 25), ("car_wash", 15)]),
    "Egyptian": dict(
        weight=2, cultures=[("egyptian", 100)],
        exact=[("Egyptian", 85), ("Egypt", 15)],
        vague=[("Arab", 25), ("Middle Eastern", 20), ("North African", 15), ("Egyptian?", 10)],
        neighbour=["Libyan", "Sudanese", "Moroccan", "Syrian"],
        languages=[("Arabic", 100)], asylum=0.7,
        venues=[("barbers", 20), ("takeaway", 30), ("construction", 20), ("car_wash", 15),
                ("fishing", 15)]),
    "Filipino": dict(
        weight=1.5, cultures=[("filipino", 100)],
        exact=[("Filipino", 50), ("Filipina", 25), ("Philippines", 15), ("Philippine", 10)],
        vague=[("Asian", 30), ("South East Asian", 15), ("Filipino?", 10)],
        neighbour=["Thai", "Indonesian", "Malaysian"],
        languages=[("Tagalog", 60), ("English", 25), ("Filipino", 15)], asylum=0.2,
        venues=[("domestic", 50), ("care", 25), ("fishing", 15), ("takeaway", 10)]),
}

# Places where exploitation is reported.  size = workers at the site;
# vis = how visible it is to the public (drives number of reports and who calls);
# age = (youngest, most typical, oldest).
VENUES = {
    "car_wash": dict(types=["Car wash", "Hand car wash"], exp="Labour exploitation",
                     size=(2, 8), vis="high", male=0.98, age=(16, 24, 45), kind="urban"),
    "nail_bar": dict(types=["Nail bar", "Nail salon", "Beauty salon"], exp="Labour exploitation",
                     size=(2, 5), vis="high", male=0.2, age=(15, 22, 40), kind="urban"),
    "cannabis": dict(types=["Cannabis factory", "Residential property", "Cannabis farm"],
                     exp="Criminal exploitation", size=(1, 3), vis="low", male=0.9,
                     age=(14, 19, 40), kind="any"),
    "county_lines": dict(types=["Residential property", "Street", "Train station", "Park"],
                         exp="Criminal exploitation", size=(1, 2), vis="med", male=0.82,
                         age=(13, 16, 22), kind="urban"),
    "cuckooing": dict(types=["Residential property", "Flat"], exp="Criminal exploitation",
                      size=(1, 1), vis="med", male=0.6, age=(22, 40, 65), kind="urban"),
    "brothel": dict(types=["Brothel", "Residential property", "Flat"], exp="Sexual exploitation",
                    size=(1, 4), vis="med", male=0.04, age=(17, 24, 40), kind="urban"),
    "massage": dict(types=["Massage parlour", "Spa", "Beauty salon"], exp="Sexual exploitation",
                    size=(1, 4), vis="med", male=0.03, age=(20, 32, 50), kind="urban"),
    "sex_online": dict(types=["Hotel", "Adult services website", "Residential property", "Airbnb"],
                       exp="Sexual exploitation", size=(1, 2), vis="low", male=0.1,
                       age=(16, 23, 38), kind="urban"),
    "cse": dict(types=["Residential property", "Hotel", "Park", "Takeaway"],
                exp="Sexual exploitation", size=(1, 2), vis="low", male=0.2,
                age=(13, 15, 19), kind="urban"),
    "agriculture": dict(types=["Farm", "Packhouse", "Agriculture"], exp="Labour exploitation",
                        size=(3, 12), vis="med", male=0.7, age=(18, 30, 58), kind="rural"),
    "construction": dict(types=["Construction site", "Building site", "Private residence"],
                         exp="Labour exploitation", size=(2, 6), vis="med", male=0.99,
                         age=(18, 30, 58), kind="any"),
    "factory": dict(types=["Factory", "Warehouse", "Food processing plant", "Recycling centre"],
                    exp="Labour exploitation", size=(2, 8), vis="low", male=0.65,
                    age=(18, 30, 55), kind="any"),
    "takeaway": dict(types=["Takeaway", "Restaurant"], exp="Labour exploitation",
                     size=(1, 3), vis="med", male=0.8, age=(16, 27, 55), kind="urban"),
    "delivery": dict(types=["Food delivery", "Street", "Takeaway"], exp="Labour exploitation",
                     size=(1, 2), vis="med", male=0.98, age=(17, 24, 35), kind="urban"),
    "barbers": dict(types=["Barbers", "Barber shop"], exp="Labour exploitation",
                    size=(1, 3), vis="med", male=1.0, age=(16, 24, 40), kind="urban"),
    "care": dict(types=["Care home", "Care agency", "Private residence"],
                 exp="Labour exploitation", size=(1, 5), vis="low", male=0.25,
                 age=(22, 32, 52), kind="any"),
    "domestic": dict(types=["Private residence", "Residential property", "Household"],
                     exp="Domestic servitude", size=(1, 1), vis="low", male=0.12,
                     age=(16, 30, 58), kind="urban"),
    "begging": dict(types=["Street", "Supermarket", "Town centre"], exp="Criminal exploitation",
                    size=(1, 4), vis="high", male=0.55, age=(15, 35, 72), kind="urban"),
    "block_paving": dict(types=["Traveller site", "Private residence", "Caravan site"],
                         exp="Labour exploitation", size=(1, 3), vis="low", male=0.97,
                         age=(25, 42, 65), kind="any"),
    "fishing": dict(types=["Fishing vessel", "Harbour", "Boat"], exp="Labour exploitation",
                    size=(2, 6), vis="low", male=1.0, age=(20, 33, 55), kind="coastal"),
    "shop": dict(types=["Shop", "Convenience store", "Off licence", "Mini market"],
                 exp="Labour exploitation", size=(1, 2), vis="med", male=0.7,
                 age=(16, 26, 50), kind="urban"),
}


# ---------------------------------------------------------------------------
# Part 3: people
# ---------------------------------------------------------------------------

MARKS = split_list("""scar on left cheek, scar on right hand, scar above eyebrow,
    tattoo on neck, tattoo of a rose on arm, tattoo on hand, burn marks on hands,
    walks with a limp, missing front tooth, gold tooth, wears glasses, very thin,
    long hair in a ponytail, shaved head, bleached hair, birthmark on face,
    bandaged hand, bad cough, pierced eyebrow, beard, moustache, braces on teeth,
    mole on chin, short and slim, very tall, heavily pregnant, hearing aid""")

ARRIVAL = split_list("""came on a small boat, came in a lorry, flew in on a visitor visa,
    came on a student visa, came on a care worker visa, came on a seasonal worker visa,
    brought over by an agent, came through France, came with the family he works for,
    came via Italy, came on a domestic worker visa""")


def variant_of(rng, group, avoid=None):
    """A spelling from a variant group; the first-listed (commonest) are likelier."""
    options = [g for g in group if g != avoid]
    return rng.choices(options, weights=[1.0 / (i + 1) for i in range(len(options))])[0]


def own_spelling(rng, culture, name):
    """A person's usual spelling of a (possibly multi-word) listed name."""
    groups = culture["groups"]
    if name in groups:
        return variant_of(rng, groups[name]) if chance(rng, 0.35) else name
    return " ".join(variant_of(rng, groups[t]) if t in groups and chance(rng, 0.35) else t
                    for t in name.split(" "))


def feminise_polish(surname):
    for m, f in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(m):
            return surname[:-len(m)] + f
    return surname


def pick_other(rng, pool, avoid, tries=8):
    for _ in range(tries):
        v = pool.pick(rng)
        if v not in avoid:
            return v
    return v


def make_names(rng, ck, sex):
    """Invent a name.  Returns the parts a real person would have; how they
    end up in the first-name / surname boxes is decided per record later."""
    c = CULTURES[ck]
    st = c["structure"]
    n = dict(given="", second="", family="", father="", grandfather="", tribe="",
             doc_form="", english="", subtype="")
    male = sex == "M"
    if st == "western":
        given = (c["male"] if male else c["female"]).pick(rng)
        if male and "prefixes" in c and chance(rng, c["prefixes"][0]):
            pre = c["prefixes"][1].pick(rng)
            if pre not in given:
                given = pre + " " + given
        n["given"] = given
        if ck == "nigerian" and chance(rng, c["second_given"]):
            n["second"] = pick_other(rng, c["second_pool_m" if male else "second_pool_f"], [given])
        elif ck == "filipino" and chance(rng, c["middle_is_surname"]):
            n["second"] = c["family"].pick(rng)
            n["subtype"] = "maternal"
        elif ck in ("romanian", "british") and chance(rng, c.get("second_given", 0.35)):
            n["second"] = pick_other(rng, c["male"] if male else c["female"], [given])
        fam = c["family"].pick(rng)
        if ck == "polish" and not male:
            fam = feminise_polish(fam)
        if ck == "pakistani" and not male and chance(rng, c["female_family"][0]):
            fam = c["female_family"][1].pick(rng)
        n["family"] = fam
    elif st == "patronymic":
        given = (c["male"] if male else c["female"]).pick(rng)
        if male and "prefixes" in c and chance(rng, c["prefixes"][0]):
            pre = c["prefixes"][1].pick(rng)
            if pre not in given:
                given = pre + " " + given
        n["given"] = given
        n["father"] = pick_other(rng, c["father"], [given])
        n["grandfather"] = pick_other(rng, c["father"], [n["father"]])
        if "tribe" in c and chance(rng, c["tribe"][0]):
            n["tribe"] = c["tribe"][1].pick(rng)
        forms = [(f, w) for f, w in c["surname_forms"] if n["tribe"] or "T" not in f]
        n["doc_form"] = wpick(rng, forms)
    elif st == "viet":
        n["family"] = wpick(rng, c["family_table"])
        n["second"] = wpick(rng, c["middle_m"] if male else c["middle_f"])
        n["given"] = (c["male"] if male else c["female"]).pick(rng)
    elif st == "chinese":
        n["family"] = wpick(rng, c["family_table"])
        n["given"] = (c["male"] if male else c["female"]).pick(rng)
    elif st == "indian":
        sub = wpick(rng, [("sikh", 45), ("hindu", 35), ("kerala", 20)])
        n["subtype"] = sub
        if sub == "sikh":
            n["given"] = (c["sikh_m"] if male else c["sikh_f"]).pick(rng)
            base = "Singh" if male else "Kaur"
            n["family"] = base + " " + c["sikh_clan"].pick(rng) if chance(rng, 0.55) else base
        elif sub == "hindu":
            n["given"] = (c["hindu_m"] if male else c["hindu_f"]).pick(rng)
            n["family"] = c["hindu_family"].pick(rng)
        else:
            n["given"] = (c["kerala_m"] if male else c["kerala_f"]).pick(rng)
            n["family"] = c["kerala_family"].pick(rng)
    # the person's own usual spellings
    for k in ("given", "second", "family", "father", "grandfather", "tribe"):
        if n[k]:
            n[k] = own_spelling(rng, c, n[k])
    # names used at work by Vietnamese and Chinese workers
    if st in ("viet", "chinese") and chance(rng, 0.35):
        n["english"] = (c["english_m"] if male else c["english_f"]).pick(rng)
    return n


def pick_nickname(rng, person, venue):
    c = CULTURES[person["culture"]]
    options = []
    g = person["given"]
    for key in (g, g.split(" ")[-1], strip_accents(g)):
        options += c["nick"].get(key, [])
    if person["english"]:
        options += [person["english"]] * 3
    if person["culture"] == "british" and venue in ("county_lines", "cse", "cuckooing"):
        options += [rng.choice(c["street"])] * 2
    if not options:
        return ""
    return rng.choice(options) if chance(rng, 0.55) else ""


def random_dob(rng, ref_date, age):
    """Date of birth for someone `age` years old on ref_date."""
    days = int(age * 365.25) + rng.randrange(0, 365)
    return ref_date - dt.timedelta(days=days)


def documented_dob(rng, nat, dob):
    """The DOB on official papers: often 1 January for people who arrived
    without documents, sometimes a disputed age."""
    if nat == "UK":
        return dob
    r = rng.random()
    if r < 0.20:
        return dt.date(dob.year + rng.choice([0, 0, 0, -1, 1]), 1, 1)
    if r < 0.24:
        shift = rng.choice([-5, -4, -3, -2, -1, 1, 2, 3])
        try:
            return dob.replace(year=dob.year + shift)
        except ValueError:
            return dob.replace(year=dob.year + shift, day=28)
    return dob


def ho_reference(rng):
    return rng.choice("BGHKMNRSTW") + "%07d" % rng.randrange(1000000, 9999999)


def new_person(rng, pid, nat, sex, dob, venue, phones, names=None, culture=None):
    natd = NATIONALITIES[nat]
    ck = culture or wpick(rng, natd["cultures"])
    p = dict(pid=pid, nat=nat, culture=ck, sex=sex, dob=dob)
    p.update(names if names else make_names(rng, ck, sex))
    p["nick"] = pick_nickname(rng, p, venue)
    p["doc_dob"] = documented_dob(rng, nat, dob)
    p["ho_ref"] = ho_reference(rng) if chance(rng, natd["asylum"]) else ""
    p["phones"] = [phones.personal()] if chance(rng, 0.62) else []
    if p["phones"] and chance(rng, 0.12):
        p["phones"].append(phones.personal())       # changed phone later
    p["mark"] = rng.choice(MARKS) if chance(rng, 0.3) else ""
    if p["mark"] == "heavily pregnant" and sex == "M":
        p["mark"] = "beard"
    p["debt"] = (rng.randrange(6, 61) * 500) if nat != "UK" and chance(rng, 0.25) else 0
    p["arrival"] = rng.choice(ARRIVAL) if nat != "UK" and chance(rng, 0.4) else ""
    if natd["languages"]:
        p["language"] = wpick(rng, natd["languages"])
    else:  # Indian: depends on where the name comes from
        p["language"] = {"sikh": "Punjabi", "kerala": "Malayalam"}.get(
            p["subtype"], rng.choice(["Hindi", "Hindi", "Tamil", "Telugu", "Gujarati"]))
    p["visibility"] = rng.lognormvariate(0, 0.8)   # how often callers notice them
    p["sibling_of"] = ""
    return p


# ---------------------------------------------------------------------------
# Part 4: sites (places where a group is exploited), reports about them, and
# which people each report mentions.
# ---------------------------------------------------------------------------

START = dt.date(2019, 1, 1)
END = dt.date(2024, 12, 31)

# number of separate reports about one site; (lo, hi) means uniform in range
REPORTS_PER_SITE = {
    "high": [(1, 18), (2, 18), (3, 15), (4, 12), (5, 9), (6, 7), ((7, 10), 11), ((11, 26), 10)],
    "med": [(1, 34), (2, 26), (3, 15), (4, 10), ((5, 8), 11), ((9, 16), 4)],
    "low": [(1, 45), (2, 27), (3, 13), (4, 7), ((5, 8), 6), ((9, 12), 2)],
}
REPORTER_MIX = {
    "high": [("public", 55), ("anon", 10), ("business", 7), ("pro", 15), ("self", 5), ("friend", 8)],
    "med": [("public", 38), ("anon", 7), ("business", 5), ("pro", 30), ("self", 10), ("friend", 10)],
    "low": [("public", 20), ("anon", 5), ("business", 3), ("pro", 42), ("self", 15), ("friend", 15)],
}
PRO_TYPES = [("Police", 35), ("Local authority", 20), ("Charity / NGO", 25),
             ("NHS / health", 10), ("Other professional", 10)]
REPORTER_LABEL = {"public": "Member of the public", "anon": "Anonymous",
                  "business": "Business / employer", "self": "Potential victim",
                  "friend": "Friend / family member"}
METHODS = {
    "public": [("Phone", 50), ("Webform", 30), ("App", 15), ("Email", 5)],
    "anon": [("Webform", 60), ("App", 40)],
    "business": [("Phone", 50), ("Webform", 30), ("Email", 20)],
    "pro": [("Phone", 60), ("Email", 25), ("Webform", 15)],
    "self": [("Phone", 75), ("Webform", 8), ("App", 5), ("Live chat", 12)],
    "friend": [("Phone", 65), ("Webform", 25), ("App", 10)],
}


def sample_count(rng, table):
    v = wpick(rng, table)
    return rng.randint(*v) if isinstance(v, tuple) else v


def pick_location(rng, kind):
    if kind == "rural" and chance(rng, 0.15):
        kind = "urban"
    if kind == "any":
        cands = LOCATIONS
    else:
        cands = [l for l in LOCATIONS if l["kind"] == kind]
    return rng.choices(cands, weights=[l["weight"] for l in cands])[0]


def random_datetime(rng, day, method):
    if method in ("Webform", "App"):
        hour = wpick(rng, [(h, 3 if 18 <= h <= 23 else (1 if h < 7 else 2)) for h in range(24)])
    else:
        hour = wpick(rng, [(h, 0.3 if h < 8 or h > 21 else 2) for h in range(24)])
    return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60))


def polish_form(surname, sex):
    if sex == "F":
        return feminise_polish(surname)
    for f, m in (("dzka", "dzki"), ("cka", "cki"), ("ska", "ski")):
        if surname.endswith(f):
            return surname[:-len(f)] + m
    return surname


class World:
    """Builds people, sites and reports."""

    def __init__(self, rng, n_people):
        self.rng = rng
        self.n_people = n_people
        self.phones = PhoneBook(rng)
        self.people = []
        self.by_culture_sex = {}
        self.sites = []
        self.reports = []

    # -- people ---------------------------------------------------------
    def add_person(self, nat, venue, site_start, culture=None):
        rng = self.rng
        v = VENUES[venue]
        sex = "M" if chance(rng, v["male"]) else "F"
        lo, mode, hi = v["age"]
        age = rng.triangular(lo, hi + 0.99, mode)
        dob = random_dob(rng, site_start, int(age))
        pid = "P%06d" % (len(self.people) + 1)
        names = None
        ck = culture or wpick(rng, NATIONALITIES[nat]["cultures"])
        same = self.by_culture_sex.get((ck, sex), [])
        if same and chance(rng, 0.015):                  # a namesake: same name, other person
            names = {k: same[rng.randrange(len(same))][k] for k in
                     ("given", "second", "family", "father", "grandfather", "tribe",
                      "doc_form", "english", "subtype")}
        p = new_person(rng, pid, nat, sex, dob, venue, self.phones, names=names, culture=ck)
        if names:
            p["namesake"] = True
        self.people.append(p)
        self.by_culture_sex.setdefault((ck, sex), []).append(p)
        return p

    def add_sibling(self, base, venue, twin):
        rng = self.rng
        v = VENUES[venue]
        sex = "M" if chance(rng, v["male"]) else "F"
        names = make_names(rng, base["culture"], sex)
        for _ in range(6):
            if names["given"] != base["given"]:
                break
            names = make_names(rng, base["culture"], sex)
        for k in ("family", "father", "grandfather", "tribe", "doc_form"):
            if base[k]:
                names[k] = base[k]
        if base["culture"] == "polish":
            names["family"] = polish_form(base["family"], sex)
        if base["subtype"] == "sikh":
            names["subtype"] = "sikh"
            parts = base["family"].split(" ")
            parts[0] = "Singh" if sex == "M" else "Kaur"
            names["family"] = " ".join(parts)
        if twin:
            dob = base["dob"]
        else:
            gap = rng.choice([-1, 1]) * rng.randint(1, 7) * 365 + rng.randint(-150, 150)
            dob = base["dob"] + dt.timedelta(days=gap)
        pid = "P%06d" % (len(self.people) + 1)
        p = new_person(rng, pid, base["nat"], sex, dob, venue, self.phones,
                       names=names, culture=base["culture"])
        if base["phones"] and chance(rng, 0.3):
            p["phones"] = [base["phones"][0]]          # share a phone
        p["sibling_of"] = base["pid"]
        p["sibling_sex"] = base["sex"]
        p["twin"] = twin
        base.setdefault("sibling_sexes", []).append(sex)
        if twin:
            base["twin"] = True
        self.people.append(p)
        self.by_culture_sex.setdefault((base["culture"], sex), []).append(p)
        return p

    # -- sites ----------------------------------------------------------
    def add_site(self):
        rng = self.rng
        nat = wpick(rng, [(k, d["weight"]) for k, d in NATIONALITIES.items()])
        venue = wpick(rng, NATIONALITIES[nat]["venues"])
        v = VENUES[venue]
        lo, hi = v["size"]
        size = int(rng.triangular(lo, hi + 0.99, lo + (hi - lo) / 4.0))
        size = max(1, min(size, self.n_people - len(self.people)))
        start = START + dt.timedelta(days=rng.randrange((END - START).days - 60))
        span = rng.randint(20, 120) if v["vis"] == "low" else rng.randint(30, 720)
        end = min(END, start + dt.timedelta(days=span))
        site = dict(sid=len(self.sites) + 1, nat=nat, venue=venue,
                    loc=pick_location(rng, v["kind"]), street=rng.choice(STREETS),
                    start=start, end=end, members=[],
                    phone=self.phones.business() if chance(rng, 0.45) else None,
                    type=rng.choice(v["types"]))
        other_nats = [k for k, d in NATIONALITIES.items()
                      if k != nat and venue in dict(d["venues"])]
        for i in range(size):
            r = rng.random()
            if site["members"] and r < 0.12:
                base = rng.choice(site["members"])
                p = self.add_sibling(base, venue, twin=chance(rng, 0.15))
            elif other_nats and i > 0 and r < 0.22:       # mixed nationality workforce
                p = self.add_person(rng.choice(other_nats), venue, start)
            else:
                p = self.add_person(nat, venue, start)
            site["members"].append(p)
        self.sites.append(site)
        return site

    # -- reports --------------------------------------------------------
    def pick_members(self, members, k):
        """k distinct members, the more visible ones more likely."""
        pool = list(members)
        chosen = []
        for _ in range(min(k, len(pool))):
            p = self.rng.choices(pool, weights=[m["visibility"] for m in pool])[0]
            pool.remove(p)
            chosen.append(p)
        return chosen

    def new_report(self, site, kind, day, members, self_pid="", relocated=False):
        rng = self.rng
        method = wpick(rng, METHODS[kind])
        rep = dict(site=site, kind=kind, method=method,
                   when=random_datetime(rng, day, method), members=members,
                   self_pid=self_pid, relocated=relocated, dup_of=None,
                   reporter=(wpick(rng, PRO_TYPES) if kind == "pro" else REPORTER_LABEL[kind]),
                   crime_ref="")
        if kind == "pro" and rep["reporter"] == "Police" and chance(rng, 0.6):
            rep["crime_ref"] = "%02d/%05d/%02d" % (rng.randrange(1, 60), rng.randrange(100000),
                                                   day.year % 100)
        self.reports.append(rep)
        return rep

    def reports_for_site(self, site):
        rng = self.rng
        v = VENUES[site["venue"]]
        members = site["members"]
        n = sample_count(rng, REPORTS_PER_SITE[v["vis"]])
        mix = list(REPORTER_MIX[v["vis"]])
        if site["venue"] in ("county_lines", "cse", "cuckooing"):
            mix = [("pro", 55), ("public", 15), ("friend", 15), ("self", 10), ("anon", 5)]
        span = max(1, (site["end"] - site["start"]).days)
        site_reports = []
        for _ in range(n):
            kind = wpick(rng, mix)
            day = site["start"] + dt.timedelta(days=rng.randrange(span + 1))
            k = len(members)
            if kind == "self":
                me = self.pick_members(members, 1)[0]
                others = [m for m in members if m is not me]
                extra = self.pick_members(others, 1) if others and chance(rng, 0.25) else []
                rep = self.new_report(site, kind, day, [me] + extra, self_pid=me["pid"])
            else:
                if kind == "pro" and chance(rng, 0.45):
                    m = k                                  # e.g. a police visit finds everyone
                elif kind in ("friend",):
                    m = 1 if chance(rng, 0.8) else 2
                else:
                    m = wpick(rng, [(1, 50), (2, 25), (k, 25)])
                rep = self.new_report(site, kind, day, self.pick_members(members, max(1, m)))
            site_reports.append(rep)
        # everyone at the site is mentioned at least once
        mentioned = {p["pid"] for r in site_reports for p in r["members"]}
        for p in members:
            if p["pid"] not in mentioned:
                open_reports = [r for r in site_reports if r["kind"] != "self"]
                if open_reports:
                    rng.choice(open_reports)["members"].append(p)
                else:
                    site_reports.append(self.new_report(
                        site, "pro", site["end"], [p]))
        return site_reports

    def relocation_report(self, person, site):
        """The same person turns up later somewhere else: e.g. a support worker
        or the person themself calls from asylum accommodation or a safe house."""
        rng = self.rng
        day = site["end"] + dt.timedelta(days=rng.randint(30, 500))
        if day > END:
            return
        new_site = dict(sid=0, nat=site["nat"], venue=site["venue"],
                        loc=pick_location(rng, "urban"), street=rng.choice(STREETS),
                        start=day, end=day, members=[person], phone=None,
                        type=rng.choice(["Residential property", "Hotel", "Hostel",
                                         "Safe house", "Other", "Unknown"]),
                        previous=site)
        kind = "pro" if chance(rng, 0.6) else "self"
        self.new_report(new_site, kind, day, [person],
                        self_pid=person["pid"] if kind == "self" else "", relocated=True)

    def build(self):
        rng = self.rng
        while len(self.people) < self.n_people:
            site = self.add_site()
            self.reports_for_site(site)
            for p in site["members"]:
                if chance(rng, 0.08):
                    self.relocation_report(p, site)
        # webform double submissions
        for rep in list(self.reports):
            if rep["kind"] in ("public", "anon") and rep["method"] in ("Webform", "App") \
                    and chance(rng, 0.03):
                dup = dict(rep)
                dup["when"] = rep["when"] + dt.timedelta(minutes=rng.randint(3, 240))
                dup["members"] = list(rep["members"])
                dup["dup_of"] = rep
                self.reports.append(dup)
        self.reports.sort(key=lambda r: (r["when"], r["site"]["sid"]))


# ---------------------------------------------------------------------------
# Part 5: turning a (report, person) pair into an exported row.
# How much the reporter knows, and how carefully it is typed, depends on who
# is reporting.  Rates below are per row.
# ---------------------------------------------------------------------------

PROFILE = {
    #            first-name known, surname known, DOB given, age estimate, sex,
    #            phone, nationality given / exact, HO ref, nickname used,
    #            spelling variant, typo, diacritics kept, mark described, language
    "self": dict(first=0.99, surname=0.92, dob=0.55, age=0.35, sex=0.99, phone=0.75,
                 nat=0.97, nat_exact=0.95, ho=0.25, nick=0.12, var=0.12, typo=0.02,
                 diac=0.5, mark=0.05, lang=0.8),
    "pro": dict(first=0.93, surname=0.8, dob=0.45, age=0.55, sex=0.98, phone=0.35,
                nat=0.95, nat_exact=0.9, ho=0.4, nick=0.1, var=0.18, typo=0.03,
                diac=0.25, mark=0.2, lang=0.6),
    "friend": dict(first=0.95, surname=0.55, dob=0.12, age=0.8, sex=0.97, phone=0.6,
                   nat=0.95, nat_exact=0.85, ho=0.02, nick=0.3, var=0.3, typo=0.05,
                   diac=0.2, mark=0.25, lang=0.5),
    "business": dict(first=0.8, surname=0.45, dob=0.08, age=0.75, sex=0.95, phone=0.3,
                     nat=0.9, nat_exact=0.7, ho=0.0, nick=0.25, var=0.3, typo=0.05,
                     diac=0.1, mark=0.15, lang=0.3),
    "public": dict(first=0.6, surname=0.1, dob=0.01, age=0.85, sex=0.88, phone=0.22,
                   nat=0.8, nat_exact=0.35, ho=0.0, nick=0.35, var=0.35, typo=0.07,
                   diac=0.03, mark=0.35, lang=0.2),
    "anon": dict(first=0.5, surname=0.08, dob=0.01, age=0.85, sex=0.85, phone=0.2,
                 nat=0.75, nat_exact=0.35, ho=0.0, nick=0.35, var=0.35, typo=0.08,
                 diac=0.03, mark=0.35, lang=0.15),
}

VIET_SPLITS = [(("Gi", "Fa"), 40), (("M Gi", "Fa"), 25), (("Fa", "M Gi"), 8),
               (("Fa", "Gi"), 6), (("Fa M Gi", ""), 4), (("Gi", "M Fa"), 2)]
CHINESE_SPLITS = [(("Gi", "Fa"), 55), (("Fa", "Gi"), 25), (("Fa Gi", ""), 5), (("Gi Fa", ""), 3)]


def spell_token(rng, culture, token, prof, heard):
    """Respell one name (a word or a listed multi-word name)."""
    if not token:
        return token
    c = CULTURES[culture]
    keep_diac = chance(rng, prof["diac"])
    base = token if keep_diac else strip_accents(token)
    if chance(rng, prof["var"]):
        group = c["groups"].get(base) or c["groups"].get(strip_accents(base))
        if group and len(group) > 1:
            return variant_of(rng, group, avoid=base)
        elif chance(rng, 0.5 if heard else 0.25) and c.get("rules"):
            rules = [(a, b) for a, b in c["rules"] if a in base[1:] or base.startswith(a)]
            if rules:
                a, b = rng.choice(rules)
                return base.replace(a, b, 1)
    return base


def spell_field(rng, culture, text, prof, heard):
    if not text:
        return text
    c = CULTURES[culture]
    if text in c["groups"] or strip_accents(text) in c["groups"]:
        return spell_token(rng, culture, text, prof, heard)
    return " ".join(spell_token(rng, culture, t, prof, heard) for t in text.split(" "))


def name_parts(rng, person, kind):
    """Which of a person's names go in the first-name and surname boxes."""
    c = CULTURES[person["culture"]]
    st = c["structure"]
    g, s2, fam = person["given"], person["second"], person["family"]
    official = kind in ("self", "pro")
    if st == "viet":
        form = wpick(rng, VIET_SPLITS)
        sub = {"Gi": g, "M": s2, "Fa": fam}
        return tuple(" ".join(sub[t] for t in f.split()) if f else "" for f in form)
    if st == "chinese":
        form = wpick(rng, CHINESE_SPLITS)
        sub = {"Gi": g, "Fa": fam}
        return tuple(" ".join(sub[t] for t in f.split()) if f else "" for f in form)
    if st == "patronymic":
        forms = [(f, w) for f, w in c["surname_forms"] if person["tribe"] or "T" not in f]
        form = person["doc_form"] if chance(rng, 0.7 if official else 0.45) else wpick(rng, forms)
        sub = {"G": g, "F": person["father"], "GF": person["grandfather"], "T": person["tribe"]}
        surname = " ".join(sub[t] for t in form.split())
        if form.startswith("G "):
            return g, " ".join(sub[t] for t in form.split()[1:])
        return g, surname
    if st == "indian" and person["subtype"] == "sikh" and " " in fam:
        r = rng.random()
        if r < 0.3:
            return g, fam.split(" ")[0]             # Singh / Kaur only
        if r < 0.5:
            return g, fam.split(" ")[1]             # clan name only
        return g, fam
    # western
    first = g
    surname = fam
    if s2:
        if person["culture"] == "nigerian":
            r = rng.random()
            if r < 0.35:
                first = s2
            elif r < 0.45:
                first = g + " " + s2
        elif person["subtype"] == "maternal":          # Filipino middle name
            r = rng.random()
            if r < 0.15:
                surname = s2 + " " + fam
            elif r < 0.25:
                first = g + " " + s2[0] + "."
        elif person["culture"] == "romanian":
            r = rng.random()
            if r < 0.25:
                first = g + " " + s2
            elif r < 0.35:
                first = s2
        elif official and chance(rng, 0.15):
            first = g + " " + s2
    return first, surname


def unknown_first(rng, sex_label, idx):
    sexed = ("Unknown " + sex_label.lower()) if sex_label else "Unknown"
    return wpick(rng, [("", 35), ("Unknown", 33), ("Not known", 5), ("N/K", 5),
                       ("UNKNOWN", 4), ("unknown", 4), (sexed, 9), ("PV%d" % idx, 5)])


def unknown_surname(rng):
    return wpick(rng, [("", 58), ("Unknown", 24), ("unknown", 4), ("N/K", 5),
                       ("Not known", 5), ("-", 4)])


def case_style(rng, s, kind, method):
    if not s:
        return s
    r = rng.random()
    upper = 0.12 if kind == "pro" else 0.05
    lower = 0.1 if method in ("Webform", "App") else 0.03
    if r < upper:
        return s.upper()
    if r < upper + lower:
        return s.lower()
    if r < upper + lower + 0.03:
        return title_case(s)
    return s


def render_name(rng, person, kind, method, idx, sex_label):
    """Returns (first name, surname, known as)."""
    prof = PROFILE[kind]
    culture = person["culture"]
    heard = kind in ("public", "anon", "business")   # written down from speech
    first_known = chance(rng, prof["first"])
    nick = person["nick"]
    known_as = ""
    if not first_known:
        first = unknown_first(rng, sex_label, idx)
        if nick and chance(rng, prof["nick"]):
            known_as = nick
        return first, unknown_surname(rng), known_as
    first, surname = name_parts(rng, person, kind)
    if not chance(rng, prof["surname"]):
        surname = ""
    if nick and chance(rng, prof["nick"]):
        if chance(rng, 0.55):
            first = nick
            if heard:
                surname = ""
        else:
            known_as = nick
    if first != nick:
        first = spell_field(rng, culture, first, prof, heard)
    surname = spell_field(rng, culture, surname, prof, heard)
    # structural noise
    western = CULTURES[culture]["structure"] == "western"
    if surname and chance(rng, 0.04 if western else 0.07):
        first, surname = surname, first                 # boxes swapped
    if surname and " " in first and chance(rng, 0.05):
        a, b = first.rsplit(" ", 1)
        first, surname = a, b + " " + surname
    elif " " in surname and chance(rng, 0.05):
        a, b = surname.split(" ", 1)
        first, surname = first + " " + a, b
    if " " in surname and chance(rng, 0.12):
        parts = surname.split(" ")
        surname = parts[-1] if chance(rng, 0.6) else parts[0]
    if " " in first and chance(rng, 0.1):
        parts = first.split(" ")
        first = parts[-1] if chance(rng, 0.5) else parts[0]
    if chance(rng, prof["typo"]):
        first = typo(rng, first)
    if surname and chance(rng, prof["typo"]):
        surname = typo(rng, surname)
    first = case_style(rng, first, kind, method)
    surname = case_style(rng, surname, kind, method)
    if not surname:
        surname = unknown_surname(rng)
    if chance(rng, 0.02):
        first = first + " "                             # stray trailing space
    return first, surname, known_as


def age_on(dob, day):
    years = day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
    return years


def fmt_date(d):
    return "%02d/%02d/%04d" % (d.day, d.month, d.year)


def noisy_dob(rng, d):
    """DOB as keyed: occasionally day and month swapped, year slipped, or the
    system's default date left in."""
    r = rng.random()
    if r < 0.003:
        return "01/01/1900"
    if r < 0.035 and d.day <= 12 and d.day != d.month:
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if r < 0.055:
        return "%02d/%02d/%04d" % (d.day, d.month, d.year + rng.choice([-1, 1]))
    if r < 0.065:
        return "%02d/%02d/%04d" % (min(28, d.day + rng.choice([-1, 1, 10])) or 1, d.month, d.year)
    return fmt_date(d)


def age_range_text(rng, est):
    e = int(round(est))
    if e < 18 and chance(rng, 0.4):
        return wpick(rng, [("Under 18", 3), ("Child", 2), ("teenager", 2),
                           ("late teens", 1 if e >= 16 else 0), ("%d-%d" % (e - 2, e + 1), 2)])
    style = wpick(rng, [("span", 40), ("decade", 20), ("bucket", 15), ("approx", 15), ("plus", 5),
                        ("adult", 5)])
    if style == "span":
        lo = e - rng.randint(1, 4)
        if chance(rng, 0.5):
            lo = 5 * (lo // 5)
        return "%d-%d" % (lo, lo + rng.choice([4, 5, 5, 10]))
    if style == "decade":
        d = 10 * (e // 10)
        part = e - d
        prefix = "early " if part <= 3 else ("mid " if part <= 6 else "late ")
        word = "teens" if d == 10 else "%ds" % d
        return (prefix if chance(rng, 0.7) else "") + word
    if style == "bucket":
        for lo, hi in ((0, 17), (18, 24), (25, 34), (35, 44), (45, 54)):
            if lo <= e <= hi:
                return "Under 18" if lo == 0 else "%d-%d" % (lo, hi)
        return "55+"
    if style == "approx":
        return rng.choice(["approx %d", "about %d", "%dish", "around %d", "c. %d"]) % e
    if style == "plus":
        return "%d+" % (5 * (e // 5))
    return "Adult" if e >= 18 else "Child"


def render_age(rng, person, kind, day):
    prof = PROFILE[kind]
    true_age = age_on(person["dob"], day)
    dob_s = approx = age_range = ""
    if chance(rng, prof["dob"]):
        if kind == "self":
            d = person["dob"]
        elif kind == "pro":
            d = person["doc_dob"] if chance(rng, 0.8) else person["dob"]
        else:
            d = person["dob"] if chance(rng, 0.7) else person["doc_dob"]
        dob_s = noisy_dob(rng, d)
        if chance(rng, 0.25):
            approx = str(age_on(d, day))
        return dob_s, approx, age_range
    if not chance(rng, prof["age"]):
        return dob_s, approx, age_range
    sd = {"public": 4.5, "anon": 4.5, "business": 3.0, "friend": 2.0,
          "pro": 1.5, "self": 0.4}[kind]
    bias = -1.5 if person["nat"] in ("Vietnamese", "Chinese", "Filipino") and sd > 2 else 0.0
    est = max(11.0, true_age + rng.gauss(bias, sd))
    mode = wpick(rng, [("num", 45), ("range", 40), ("both", 15)])
    if mode in ("num", "both"):
        n = int(round(est))
        if kind in ("public", "anon") and chance(rng, 0.4):
            n = 5 * int(round(est / 5.0))
        approx = str(n)
    if mode in ("range", "both"):
        age_range = age_range_text(rng, est)
    return dob_s, approx, age_range


def render_sex(rng, person, kind):
    if chance(rng, PROFILE[kind]["sex"]):
        sex = person["sex"]
        if kind in ("public", "anon") and chance(rng, 0.004):
            sex = "F" if sex == "M" else "M"
        return "Male" if sex == "M" else "Female"
    return wpick(rng, [("Unknown", 55), ("", 40), ("Not recorded", 5)])


def render_nationality(rng, person, kind, method):
    prof = PROFILE[kind]
    natd = NATIONALITIES[person["nat"]]
    if not chance(rng, prof["nat"]):
        return wpick(rng, [("", 70), ("Unknown", 25), ("Not known", 5)])
    if person["nat"] == "UK" and person["culture"] != "british":
        vague = ([("British Asian", 40), ("Asian", 30), ("British Pakistani", 10)]
                 if person["culture"] in ("pakistani", "indian")
                 else [("Black British", 50), ("African", 20), ("British?", 20)])
    else:
        vague = natd["vague"]
    if chance(rng, prof["nat_exact"]):
        s = wpick(rng, natd["exact"])
    elif chance(rng, natd.get("neighbour_rate", 0.25)):
        s = rng.choice(natd["neighbour"])              # a neighbouring country
    elif chance(rng, 0.15) and person["nat"] != "UK":
        s = "looks " + wpick(rng, natd["exact"])
    else:
        s = wpick(rng, vague)
    if method in ("Webform", "App") and chance(rng, 0.08):
        s = s.lower()
    return s


def render_phone(rng, person, rep, kind):
    prof = PROFILE[kind]
    if not chance(rng, prof["phone"]):
        return ""
    site = rep["site"]
    sloppy = 1 if kind in ("public", "anon") else 0
    if kind in ("public", "anon", "business") and site.get("phone") and chance(rng, 0.4):
        return format_phone(rng, site["phone"], sloppy)      # the boss's / the shop's number
    if not person["phones"]:
        if site.get("phone") and chance(rng, 0.5):
            return format_phone(rng, site["phone"], sloppy)
        return "" if chance(rng, 0.9) else rng.choice(["No phone", "Withheld", "n/a"])
    phones = person["phones"]
    if len(phones) > 1:
        mid = site["start"] + (site["end"] - site["start"]) / 2
        p = phones[1] if rep["when"].date() > mid and chance(rng, 0.8) else phones[0]
        if chance(rng, 0.1):
            return format_phone(rng, phones[0], sloppy) + " / " + format_phone(rng, phones[1], sloppy)
        return format_phone(rng, p, sloppy)
    return format_phone(rng, phones[0], sloppy)


def render_town(rng, loc):
    r = rng.random()
    if r < 0.06:
        return ""
    if r < 0.22 and loc["aliases"]:
        return rng.choice(loc["aliases"])
    if r < 0.27:
        return loc["town"].lower()
    if r < 0.29:
        return typo(rng, loc["town"])
    if r < 0.31:
        return loc["town"].upper()
    return loc["town"]


def render_postcode(rng, loc):
    r = rng.random()
    if r < 0.22:
        return ""
    if r < 0.26:
        return loc["outward"] + " " + str(rng.randrange(10))
    if r < 0.30:
        return loc["outward"].lower()
    return loc["outward"]


def render_loctype(rng, site):
    r = rng.random()
    if r < 0.75:
        return site["type"]
    if r < 0.88:
        return rng.choice(VENUES[site["venue"]]["types"])
    return rng.choice(["Unknown", "", "Other"])


def render_exploitation(rng, site):
    r = rng.random()
    if r < 0.82:
        return VENUES[site["venue"]]["exp"]
    if r < 0.87:
        return "Multiple"
    if r < 0.95:
        return "Unknown"
    if r < 0.98:
        return ""
    return rng.choice(["Labour exploitation", "Sexual exploitation", "Criminal exploitation",
                       "Domestic servitude"])


def format_ho(rng, ref):
    if chance(rng, 0.02):
        i = rng.randrange(1, 8)
        ref = ref[:i] + str((int(ref[i]) + 1) % 10) + ref[i + 1:]
    return wpick(rng, [("HO ref " + ref, 35), (ref, 25), ("Home Office ref: " + ref, 15),
                       ("HO: " + ref[:4] + " " + ref[4:], 10), ("HO ref " + ref.lower(), 5),
                       ("HO ref no " + ref, 10)])


def render_reference(rng, person, rep, kind):
    parts = []
    if person["ho_ref"] and chance(rng, PROFILE[kind]["ho"]):
        parts.append(format_ho(rng, person["ho_ref"]))
    if rep["crime_ref"]:
        parts.append(rng.choice(["Crime ref ", "Police ref ", "CRN "]) + rep["crime_ref"])
    elif rep["reporter"] == "Local authority" and chance(rng, 0.3):
        parts.append("LA ref %06d" % rng.randrange(10 ** 6))
    return "; ".join(parts)


def render_language(rng, person, kind):
    if not chance(rng, PROFILE[kind]["lang"]):
        return ""
    r = rng.random()
    if r < 0.8:
        return person["language"]
    if r < 0.9:
        return "Limited English"
    return "English" if person["language"] != "English" else "English only"


# ---------------------------------------------------------------------------
# Free-text description.  One narrative per report (shared by every PV row in
# the case, as analysts copy the case notes), plus a few words on the person.
# ---------------------------------------------------------------------------

INDICATORS = {
    "car_wash": """workers have no gloves or proper boots; workers seem to live in a
        portacabin at the back; the boss takes all the cash; they work from early morning
        until dark seven days a week; workers look exhausted and won't make eye contact;
        they are collected in a van every morning; one worker said he has not been paid;
        prices are very cheap - £5 a wash""",
    "nail_bar": """girls work very long hours; staff never seem to leave the shop; the
        manager answers for them; they look very young; a man drops them off and picks
        them up; they seem scared to talk; they don't have any English""",
    "cannabis": """windows are blacked out; strong smell of cannabis; young lad seen at
        the property who never goes out; food delivered but nobody comes out; found during
        a police warrant; electrics bypassed; door locked from the outside""",
    "county_lines": """young person going missing for days; found with cash and several
        phones; travelling out of area by train; older males picking them up in cars;
        found in an address used for dealing; unexplained injuries; owes a drug debt""",
    "cuckooing": """vulnerable adult whose flat has been taken over; people coming and
        going at all hours; neighbour says strangers are living there; tenant seems
        frightened""",
    "brothel": """men coming and going at all hours; women moved between addresses;
        adverts online; women don't appear to have keys; a man collects the money""",
    "massage": """women sleep at the premises; open very late; online adverts for
        extra services; staff change every few weeks""",
    "sex_online": """advertised on an adult services website; moved between hotels;
        someone else answers her phone; appeared under the influence""",
    "cse": """older males giving gifts and lifts; going missing from placement; found
        in a hotel with older men; new phone and clothes unexplained""",
    "agriculture": """workers housed in overcrowded caravans; wages deducted for
        transport and rent; gangmaster holds passports; picked up by minibus at 5am""",
    "construction": """workers sleeping on site; no PPE; paid cash well below minimum
        wage; the boss keeps their IDs""",
    "factory": """agency holds their bank cards; living in a house with ten others;
        wages paid into someone else's account; long shifts with no breaks""",
    "takeaway": """sleeps above the shop; works seven days a week; not allowed to leave;
        paid very little, food only""",
    "delivery": """riding on someone else's account; paying rent for the account;
        works all hours on a bike; lives in a crowded house with other riders""",
    "barbers": """works twelve hours a day; sleeps in the back room; owner keeps his
        documents; paid almost nothing""",
    "care": """sponsor threatening to cancel visa; paid large fees for the job and now
        in debt; hours not paid; accommodation deducted from wages""",
    "domestic": """not allowed to leave the house; passport held by employer; sleeps on
        the kitchen floor; works from 6am until midnight; no days off""",
    "begging": """dropped off in the morning and picked up at night; money collected by
        a man; seen at the same spot every day""",
    "block_paving": """vulnerable man working on driveways; lives in a caravan without
        heating; not paid, given alcohol; has been there for years""",
    "fishing": """crew not allowed ashore; passports kept by the skipper; working very
        long days; crew not paid for months""",
    "shop": """works all hours; sleeps in the storeroom; owner holds passport; never
        seen leaving""",
}
INDICATORS = {k: [" ".join(s.split()) for s in v.split(";")]
              for k, v in INDICATORS.items()}

CLOSINGS = {
    "public": ["Caller happy to be contacted again.", "Caller does not want to give details.",
               "Caller will not report to police.", "Advised caller to call 999 in an emergency.",
               "Info passed to police.", ""],
    "anon": ["No contact details.", "Submitted via webform.", "Info passed to police.", ""],
    "business": ["Caller's company wants advice on next steps.", "Info passed to police.", ""],
    "pro": ["NRM referral discussed.", "Safeguarding referral made.", "Police aware.",
            "Strategy meeting arranged.", "Advice given to professional.", ""],
    "self": ["PV does not want police involvement.", "PV consented to referral to police.",
             "NRM explained to PV.", "PV referred to support provider.", "Call dropped.", ""],
    "friend": ["Caller will try to get PV to call us.", "Info passed to police.",
               "Caller worried about PV's safety.", ""],
}
PRO_EVENTS = ["a welfare visit", "an arrest", "a warrant at the address",
              "a safeguarding referral", "attendance at A&E",
              "a disclosure to a support worker", "a labour inspection",
              "a visit from immigration enforcement", "a GP appointment"]
YOUTH_EVENTS = ["a missing episode", "a school referral", "an arrest",
                "a return home interview", "a safeguarding referral", "attendance at A&E"]


def pronouns(sex_label):
    return {"Male": ("he", "his", "brother"), "Female": ("she", "her", "sister")}.get(
        sex_label, ("they", "their", "sibling"))


PLACE_PHRASES = {"Street": "on the street", "Town centre": "in the town centre",
                 "Park": "in a park", "Train station": "at the train station",
                 "Adult services website": "advertised online", "Food delivery": "doing food delivery",
                 "Agriculture": "on a farm", "Supermarket": "outside a supermarket",
                 "Other": "at an address", "Unknown": "at an address", "Harbour": "at the harbour",
                 "Household": "in a household", "Airbnb": "in an Airbnb"}


def place_phrase(site_type):
    if site_type in PLACE_PHRASES:
        return PLACE_PHRASES[site_type]
    t = site_type.lower()
    return ("at an " if t[0] in "aeiou" else "at a ") + t


def case_narrative(rng, rep):
    site = rep["site"]
    kind = rep["kind"]
    loc = site["loc"]
    town = loc["town"] if chance(rng, 0.7) else (rng.choice(loc["aliases"]) if loc["aliases"] else loc["town"])
    place = place_phrase(site["type"])
    n = len(rep["members"])
    males = sum(1 for p in rep["members"] if p["sex"] == "M")
    who = ("men" if males == n else "women" if males == 0 else "people")
    if n == 1:
        group = ("a young " if chance(rng, 0.5) else "a ") + ("man" if males else "woman")
    else:
        group = rng.choice(["%d %s" % (n, who), "%d %s" % (n, who), "several " + who,
                            "a group of " + who])
    inds = INDICATORS[site["venue"]]
    ind = rng.sample(inds, min(len(inds), rng.choice([1, 1, 2])))
    ind_txt = " ".join(s[0].upper() + s[1:] + "." for s in ind)
    if rep["relocated"]:
        prev = site["previous"]
        text = ("PV now staying in %s in %s. Previously exploited %s in %s. " %
                (rng.choice(["asylum accommodation", "a hostel", "a safe house", "a hotel",
                             "a friend's flat"]), town, place_phrase(prev["type"]), prev["loc"]["town"]))
        text += "%s." % rng.choice(INDICATORS[prev["venue"]]).capitalize()
    elif kind == "public":
        verb = rng.choice(["saw", "is worried about", "noticed", "is a customer and saw",
                           "lives near and has seen"])
        near = (" near %s" % site["street"]) if chance(rng, 0.6) else ""
        text = "Caller %s %s %s%s in %s. %s" % (verb, group, place, near, town, ind_txt)
    elif kind == "anon":
        text = "Anonymous %s report. Concerns about %s %s in %s. %s" % (
            rep["method"].lower(), group, place, town, ind_txt)
    elif kind == "business":
        role = rng.choice(["supplier", "delivery driver", "landlord", "manager at a nearby firm",
                           "bank employee", "letting agent"])
        text = "Caller is a %s with concerns about %s %s. %s" % (role, group, place, ind_txt)
    elif kind == "pro":
        events = YOUTH_EVENTS if site["venue"] in ("county_lines", "cse") else PRO_EVENTS
        text = "%s reporting following %s. %s" % (rep["reporter"], rng.choice(events), ind_txt)
    elif kind == "self":
        how = {"Live chat": "made contact via live chat", "Webform": "used the webform",
               "App": "used the app"}.get(rep["method"], "called the helpline")
        text = "PV %s %s. Says: %s." % (how, rng.choice(["asking for help", "for advice",
                                                         "wanting to leave"]), ind[0])
    else:
        rel = rng.choice(["friend", "cousin", "uncle", "neighbour", "former colleague",
                          "aunt", "partner"])
        text = "Caller is PV's %s. %s" % (rel, ind_txt)
    if chance(rng, 0.15):
        text += " Controller named as [REDACTED]."
    closing = rng.choice(CLOSINGS[kind])
    return (text + " " + closing).strip()


def person_notes(rng, person, kind, sex_label, first, approx, rep):
    prof = PROFILE[kind]
    he, his, _ = pronouns(sex_label)
    notes = []
    if kind in ("public", "anon") and first and first not in ("Unknown", "") \
            and chance(rng, 0.15) and not first.startswith(("Unknown", "PV", "N/K", "Not", "UNK", "unk")):
        notes.append("One of them is called %s." % first.strip())
    if person["mark"] and chance(rng, prof["mark"]):
        notes.append(rng.choice(["Noted: %s.", "Distinguishing features: %s.", "Description: %s."])
                     % person["mark"])
    if kind in ("self", "pro", "friend"):
        if person["debt"] and chance(rng, 0.4):
            debt = person["debt"]
            if kind == "friend":
                debt = 1000 * int(round(debt / 1000.0))
            notes.append("Says %s owes £%s to the people who brought %s here." %
                         (he, "{:,}".format(debt), "them" if he == "they" else ("him" if he == "he" else "her")))
        if person["arrival"] and chance(rng, 0.3):
            notes.append("%s %s." % (he.capitalize(), person["arrival"]))
    sib_sex = person.get("sibling_sex") or (person.get("sibling_sexes") or [""])[0]
    if sib_sex and chance(rng, 0.35):
        word = "brother" if sib_sex == "M" else "sister"
        if person.get("twin"):
            word = "twin " + word
        notes.append("Works with %s %s." % (his, word))
    if kind in ("public", "anon") and approx.isdigit() and int(approx) < 18 and chance(rng, 0.5):
        notes.append("Looks under 18.")
    return " ".join(notes)


# ---------------------------------------------------------------------------
# Part 6: rows, export, ground truth, statistics
# ---------------------------------------------------------------------------

COLUMNS = ["Case reference", "PV ID", "Date of report", "Report method", "Reporter type",
           "Other reference", "Victim first name", "Victim surname", "Known as", "Gender",
           "DOB", "Approx age", "Age range", "Nationality (as reported)", "Language",
           "Phone number", "Location town", "Location postcode", "Location type",
           "Exploitation type", "Description"]


def make_row(rng, rep, person, idx, narrative):
    kind = rep["kind"]
    if rep["kind"] == "self" and person["pid"] != rep["self_pid"]:
        kind = "friend"                     # a co-worker the caller talks about
    day = rep["when"].date()
    sex_label = render_sex(rng, person, kind)
    first, surname, known_as = render_name(rng, person, kind, rep["method"], idx,
                                           sex_label if sex_label in ("Male", "Female") else "")
    dob, approx, age_range = render_age(rng, person, kind, day)
    notes = person_notes(rng, person, kind, sex_label, first, approx, rep)
    loc = rep["site"]["loc"]
    return {
        "Date of report": rep["when"].strftime("%d/%m/%Y %H:%M"),
        "Report method": rep["method"],
        "Reporter type": rep["reporter"],
        "Other reference": render_reference(rng, person, rep, kind),
        "Victim first name": first,
        "Victim surname": surname,
        "Known as": known_as,
        "Gender": sex_label,
        "DOB": dob,
        "Approx age": approx,
        "Age range": age_range,
        "Nationality (as reported)": render_nationality(rng, person, kind, rep["method"]),
        "Language": render_language(rng, person, kind),
        "Phone number": render_phone(rng, person, rep, kind),
        "Location town": render_town(rng, loc),
        "Location postcode": render_postcode(rng, loc),
        "Location type": render_loctype(rng, rep["site"]),
        "Exploitation type": render_exploitation(rng, rep["site"]),
        "Description": (narrative + " " + notes).strip(),
    }


def resubmitted(rng, row, rep):
    """A caller sends the same webform twice: mostly identical, a few edits."""
    new = dict(row)
    new["Date of report"] = rep["when"].strftime("%d/%m/%Y %H:%M")
    if chance(rng, 0.3):
        new["Phone number"] = ""
    if chance(rng, 0.2) and new["Victim first name"] not in ("", "Unknown"):
        new["Victim first name"] = typo(rng, new["Victim first name"])
    if chance(rng, 0.2):
        new["Approx age"], new["Age range"] = "", new["Approx age"] or new["Age range"]
    if chance(rng, 0.4):
        new["Description"] = new["Description"].split(". ")[0] + "."
    return new


def build_rows(world, rng):
    rows, truth = [], []
    seq = Counter()
    pv = 0
    for rep in world.reports:
        year = rep["when"].year
        seq[year] += rng.choice([1, 1, 2, 3, 5, 8, 13])  # other cases are not in the extract
        case_ref = "MSH-%d-%05d" % (year, seq[year])
        rendered = []
        if rep["dup_of"] is not None and "rows" in rep["dup_of"]:
            for pid, row in rep["dup_of"]["rows"]:
                rendered.append((pid, resubmitted(rng, row, rep)))
        else:
            narrative = case_narrative(rng, rep)
            for i, person in enumerate(rep["members"], 1):
                rendered.append((person["pid"], make_row(rng, rep, person, i, narrative)))
        rep["rows"] = rendered
        for pid, row in rendered:
            pv += rng.choice([1, 1, 1, 2, 3])          # PVs not shared are skipped
            out = {"Case reference": case_ref, "PV ID": "PV-%06d" % pv}
            out.update(row)
            rows.append(out)
            truth.append((out["PV ID"], pid))
    return rows, truth


def write_outputs(rows, truth, out_path, truth_path):
    # Excel-style "CSV UTF-8": byte-order mark and CRLF line endings.
    with open(out_path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)
    with open(truth_path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "person_id"])
        w.writerows(truth)


def print_stats(world, rows, truth, out=sys.stderr):
    per_person = Counter(pid for _, pid in truth)
    sizes = Counter(per_person.values())
    pairs = sum(k * (k - 1) // 2 for k in per_person.values())
    p = lambda *a: print(*a, file=out)
    p("rows: %d   people: %d   rows/person: %.2f   true pairs: %d" %
      (len(rows), len(per_person), len(rows) / max(1, len(per_person)), pairs))
    p("records per person: " + ", ".join("%d:%d" % (k, sizes[k]) for k in sorted(sizes)))
    p("sites: %d   reports: %d   phones handed out: %d (reused: %d)" %
      (len(world.sites), len(world.reports), len(world.phones.used), world.phones.reused))
    nat = Counter(pp["nat"] for pp in world.people)
    p("nationality of people: " + ", ".join("%s %.1f%%" % (k, 100.0 * v / len(world.people))
                                             for k, v in nat.most_common()))
    rep_types = Counter(r["Reporter type"] for r in rows)
    p("reporter type of rows: " + ", ".join("%s %d" % kv for kv in rep_types.most_common()))
    placeholders = {"", "unknown", "not known", "n/k", "-"}
    def blank(v):
        v = v.strip().lower()
        return v in placeholders or v.startswith("unknown") or (v.startswith("pv") and v[2:].isdigit())
    p("share of rows with a usable value:")
    for col in COLUMNS[2:-1]:
        filled = sum(1 for r in rows if not blank(r[col]))
        p("  %-28s %5.1f%%" % (col, 100.0 * filled / len(rows)))
    sib = sum(1 for pp in world.people if pp["sibling_of"])
    twins = sum(1 for pp in world.people if pp.get("twin") and pp["sibling_of"])
    names = sum(1 for pp in world.people if pp.get("namesake"))
    p("look-alikes: %d siblings (%d twins), %d namesakes" % (sib, twins, names))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, required=True, help="number of distinct people")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True, help="data CSV to write")
    ap.add_argument("--truth", required=True, help="ground-truth CSV to write")
    ap.add_argument("--stats", action="store_true", help="print summary statistics to stderr")
    args = ap.parse_args(argv)
    if args.people < 1:
        ap.error("--people must be at least 1")
    rng = random.Random(args.seed)
    world = World(rng, args.people)
    world.build()
    rows, truth = build_rows(world, rng)
    write_outputs(rows, truth, args.out, args.truth)
    if args.stats:
        print_stats(world, rows, truth)


if __name__ == "__main__":
    main()
