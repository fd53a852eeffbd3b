#!/usr/bin/env python3
"""gen37 - synthetic UK modern-slavery referral register, as re-extracted from
two organisations' printed PDF reports by a PDF-table tool.  Standard library only.
    python3 gen37.py --people N --seed S --out data.csv --truth truth.csv
All people, addresses, refs and the two reporting organisations are invented."""
import argparse, csv, datetime as dt, random, sys, unicodedata
from collections import Counter

R = random.Random()
D = dt.date
START, END = D(2021, 4, 1), D(2024, 3, 31)
COLS = ["Ref", "Date of referral", "Surname", "Forename(s)", "DOB", "Gender", "Nationality",
        "Exploitation type", "Address", "Referring organisation", "Outcome"]
NC = len(COLS)
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

def P(s):  # "A|A2;B;C|C2|C3" -> [[A,A2],[B],[C,C2,C3]]
    return [e.strip().split("|") for e in s.split(";")]

SDN_M = "Mohammed|Mohamed|Muhammad|Mohamad;Ahmed|Ahmad;Abdelrahman|Abdulrahman|Abdel Rahman|Abdalrahman;Osman|Othman|Usman;Ibrahim|Ebrahim;Adam|Adem;Yousif|Yusuf|Youssef;Hassan|Hasan;Hussein|Hussain;Abdalla|Abdullah|Abdallah;Ismail|Ismael;Mustafa|Mostafa;Elsadig|Al Sadig|Elsadiq;Musa|Mousa;Omer|Omar;Ishag|Ishaq;Yahya|Yehia"
ERI_F = "Tesfaye|Tesfay|Tesfai;Tekle|Teklay|Teklai;Haile|Hayle;Gebremariam|Ghebremariam|Gebre Mariam|G/Mariam;Yohannes|Yohanes|Johannes;Mehari|Meharie;Kidane|Kidan;Berhane|Birhane|Berhe;Abraha|Abreha;Weldemichael|Woldemichael|Welde Michael|W/Michael;Habte|Habtai;Ghebreyesus|Gebreyesus|Gebre Yesus;Tesfamariam|Tesfa Mariam;Kahsay|Kasay|Kahsai;Negash|Negasi;Asmerom|Asmarom;Fesehaye|Fessehaye"
NAT = {  # w: share of people; kind: naming model; dia: P(name typed with diacritics)
 "ALB": dict(w=15, dem="Albanian", cty="Albania", alt=["Kosovan", "Albanian (Kosovo)", "ALB"], age=(15, 35), kind="west", dia=.5,
   ex={"Criminal": 4, "Labour": 3, "Sexual": 1},
   m=P("Ermal;Arben;Besnik;Dritan;Gëzim|Gezim;Klodian|Klodjan;Xhuljan|Xhulian|Julian;Erion|Erjon;Fatjon;Mërgim|Mergim;Shkëlqim|Shkelqim;Endrit|Endri;Arlind;Kristjan|Kristian;Elton;Ardit"),
   f=P("Elira;Ardita;Blerina;Mirela;Enkelejda|Enkeleda;Flutura;Jonida;Rovena;Anxhela|Angela;Eriselda"),
   s=P("Hoxha|Hoxa|Hodja;Shehu;Dervishi|Dervishaj;Kola|Kolaj;Leka|Lekaj;Gjoka|Gjokaj;Marku|Markaj;Prifti;Basha;Çela|Cela;Hysa|Hysaj;Berisha;Gashi;Meta;Lleshi|Leshi;Gjeçi|Gjeci;Doçi|Doci;Muça|Muca")),
 "VNM": dict(w=9, dem="Vietnamese", cty="Viet Nam", alt=["Vietnam", "VNM"], age=(14, 32), kind="vn", dia=.35,
   ex={"Criminal": 5, "Labour": 3, "Sexual": 1},
   m=P("Minh;Hùng;Tuấn;Nam;Long;Anh;Dũng;Hiếu;Quang;Huy;Phúc;Thắng"), f=P("Lan;Hương;Mai;Thu;Ngọc;Linh;Trang;Hà;Hoa;Thảo"),
   mm=P("Văn;Văn;Văn;Đức;Quốc;Hữu;Thành;Minh"), fm=P("Thị;Thị;Thị;Ngọc;Thu"),
   s=P("Nguyễn;Nguyễn;Nguyễn;Trần;Lê;Phạm;Hoàng|Huỳnh;Phan;Vũ|Võ;Đặng;Bùi;Đỗ;Hồ;Ngô;Dương;Lý")),
 "ERI": dict(w=8, dem="Eritrean", cty="Eritrea", alt=["Ethiopian", "Eritrea/Ethiopia"], age=(15, 30), kind="three", dia=0,
   ex={"Labour": 4, "Not specified": 3, "Sexual": 1},
   m=P("Filmon|Philmon|Filimon;Yonas|Yonnas;Daniel;Aron|Aaron;Biniam|Biniyam|Binyam;Tesfalem;Mussie|Musie;Awet;Robel;Henok|Henock;Kibrom|Kebrom;Yemane|Yemani;Habtom|Habtum;Goitom|Goytom"),
   f=P("Senait|Senayt;Helen;Semhar|Samhar;Selam|Salam;Luwam|Lwam;Saba;Freweyni|Frewoini;Yordanos;Winta|Wintana;Hiwet|Hewet"), s=P(ERI_F)),
 "SDN": dict(w=8, dem="Sudanese", cty="Sudan", alt=["South Sudanese", "Sudan (Darfur)"], age=(15, 32), kind="three", dia=0,
   ex={"Labour": 4, "Not specified": 3, "Criminal": 1},
   m=P(SDN_M), f=P("Fatima|Fatma;Amna|Amina;Hawa|Hawwa;Mariam|Maryam;Aisha|Aysha;Khadija|Khadiga"),
   s=P(SDN_M + ";Abakar|Abaker|Abbakar;Suleiman|Sulaiman;Hamid|Hamed;Elamin|El Amin|Al-Amin;Eltayeb|El Tayeb;Elnour|El Nour|Alnour;Abdelkarim|Abdul Karim;Haroun|Harun;Ali")),
 "IRQ": dict(w=6, dem="Iraqi", cty="Iraq", alt=["Kurdish", "Iraqi Kurd", "Iraq (KRI)"], age=(16, 35), kind="three", dia=0,
   ex={"Labour": 4, "Criminal": 2, "Not specified": 2},
   m=P("Rebwar|Rebuar;Hawkar|Hawker;Shvan|Shivan;Karwan;Dana;Zana;Soran;Hemin|Hemen;Ali;Omar|Umar;Ahmed|Ahmad;Kawa|Kawe;Aram;Bryar|Briar;Hussein|Hussain"),
   f=P("Shilan|Shelan;Zainab|Zeinab|Zaynab;Noor|Nur;Shno;Rezan;Avin|Aveen"),
   s=P("Mohammed|Mohamed|Muhammad;Ahmed|Ahmad;Hussein|Hussain;Karim|Kareem;Abdullah|Abdulla;Rasul|Rasool;Qadir|Kadir|Qader;Aziz;Salih|Saleh;Hama;Mahmood|Mahmoud|Mahmud;Rashid|Rasheed;Ismail|Esmail;Othman|Osman")),
 "AFG": dict(w=6, dem="Afghan", cty="Afghanistan", alt=["Afghani", "AFG"], age=(14, 30), kind="afg", dia=0,
   ex={"Labour": 4, "Criminal": 2, "Not specified": 3},
   m=P("Ahmad|Ahmed;Mohammad|Mohammed|Muhammad;Abdul Rahman|Abdulrahman|Abdul Rehman;Sayed|Said|Syed;Jawad;Hamid|Hameed;Rahmatullah|Rahmatulla|Rahmat Ullah;Najibullah|Najibulla|Najeebullah;Zabihullah|Zabiullah;Farid|Fareed;Mustafa|Mostafa;Samiullah|Sami Ullah;Bilal;Khalid|Khaled;Hekmatullah|Hikmatullah;Noorullah|Nurullah"),
   f=P("Zahra;Fatima|Fatema;Maryam|Mariam;Parwana;Shabnam;Mursal"),
   s=P("Ahmadzai|Ahmadzay;Rahimi|Rahemi;Hussaini|Hosseini|Husseini;Popal;Noorzai|Nurzai;Safi;Stanikzai|Stanekzai;Mohammadi|Muhammadi;Karimi;Sultani;Amiri;Hotak;Wardak;Khan")),
 "ROU": dict(w=6, dem="Romanian", cty="Romania", alt=["Moldovan", "ROU", "Roma (Romania)"], age=(18, 55), kind="west", dia=.4,
   ex={"Labour": 5, "Sexual": 2, "Criminal": 1},
   m=P("Ion|Ioan;Ionuț|Ionut|Ionuţ;Andrei;Mihai|Mihail;Florin;Gheorghe|George;Marian;Costel|Costică;Daniel;Alexandru|Alex;Vasile;Cătălin|Catalin;Ștefan|Stefan|Ştefan"),
   f=P("Maria;Elena;Ioana;Andreea|Andrea;Florentina;Mihaela;Alina;Nicoleta;Georgiana"),
   s=P("Popescu;Ionescu;Constantin;Stan;Dumitru;Stoica;Munteanu;Radu;Rusu;Lungu;Ciobanu;Tănase|Tanase;Șerban|Serban|Şerban;Mureșan|Muresan|Mureşan;Bălan|Balan;Lăcătuș|Lacatus|Lăcătuş;Grigore;Zamfir;Dobre;Căldăraru|Caldararu")),
 "NGA": dict(w=5, dem="Nigerian", cty="Nigeria", alt=["NGA", "Nigeria (Edo)"], age=(18, 40), kind="west", dia=0,
   ex={"Sexual": 3, "Domestic servitude": 3, "Labour": 2},
   m=P("Chinedu;Emeka|Chukwuemeka;Oluwaseun|Seun;Adebayo|Bayo;Ifeanyi;Osagie;Osaro;Efosa;Godwin;Samuel;Kehinde"),
   f=P("Blessing;Joy;Precious;Favour|Favor;Faith;Esther;Gift;Osas|Osasere;Peace;Mercy;Oluwatoyin|Toyin;Ngozi"),
   s=P("Okafor;Okonkwo;Adeyemi;Eze;Igbinedion;Obaseki;Omoregie|Omorogie;Edosa;Uwaifo;Nwosu;Ogunleye;Bello;Osagie;Iyamu;Aigbe;Ighodaro|Igodaro")),
 "CHN": dict(w=4, dem="Chinese", cty="China", alt=["China (PRC)", "Hong Kong", "CHN"], age=(20, 50), kind="cn", dia=0,
   ex={"Sexual": 3, "Labour": 3, "Criminal": 1},
   m=P("Xiaoming|Xiao Ming|Xiao-Ming;Jianhua|Jian Hua;Wei;Guoqiang|Guo Qiang;Zhiwei|Zhi Wei;Lei;Qiang;Jun;Hao;Bin"),
   f=P("Lina|Li Na;Mei|May;Xiuying|Xiu Ying;Jing;Hui;Yan;Fang;Xiaoli|Xiao Li"),
   s=P("Chen|Chan|Tan;Li|Lee;Wang|Wong;Zhang|Cheung|Chang;Liu|Lau;Lin|Lam|Lim;Huang|Wong;Zheng|Cheng;Wu|Ng;Zhou|Chow;Xu|Hsu;Yang|Yeung;Zhao|Chiu")),
 "GBR": dict(w=23, dem="British", cty="United Kingdom", alt=["UK", "English", "GBR", "British/Irish"], age=(12, 25), kind="west", dia=0,
   ex={"Criminal": 8, "Sexual": 2, "Labour": 1},
   m=P("James|Jamie;Daniel|Danny|Dan;Ryan;Connor|Conor;Jordan;Liam;Kyle;Tyler;Callum|Calum;Mohammed|Muhammad;Kai|Kye;Reece|Rhys|Reese;Harvey;Alfie;Jayden|Jaden;Lewis|Louis"),
   f=P("Jade;Chloe;Shannon;Courtney|Kourtney;Ellie|Elly;Megan|Meghan;Kayleigh|Kayley|Kaylee;Leah|Lea;Amber;Paige"),
   s=P("Smith;Jones;Taylor;Brown;Williams;Wilson;Evans;Thomas;Roberts;Walker;Wright;Hughes;McDonald|MacDonald|Mcdonald;O'Brien|OBrien|O Brien;Thompson|Thomson;Davies|Davis;Johnson;Clarke|Clark;Ahmed;Khan;Campbell;Murphy;Hughes-Walker;Fitzgerald-Brown")),
}
TOWNS = {"Birmingham": "B", "Manchester": "M", "Leeds": "LS", "London": "E", "Bradford": "BD", "Liverpool": "L",
         "Stoke-on-Trent": "ST", "Peterborough": "PE", "Kingston upon Hull": "HU", "Cardiff": "CF", "Croydon": "CR",
         "Luton": "LU", "Slough": "SL", "Wolverhampton": "WV", "Middlesbrough": "TS", "Newcastle upon Tyne": "NE"}
ST1 = "Hamilton Victoria Albert Station Church Mill Park Granby Ashfield Holloway Cromwell Beech Linden Foundry Canal Wharf Chapel Grange Moor Brook Alder Clifton Stanley Tudor".split()
ST2 = "Road Street Lane Avenue Close Crescent Terrace Gardens Way Drive Walk".split()
HOTELS = ["Riverside Lodge Hotel", "The Parkview Hotel", "Kingsway Court Hotel", "Meridian House (IA)", "Barnfield Inn & Suites"]
POLICE = ["Metropolitan Police Service", "West Midlands Police", "Greater Manchester Police", "West Yorkshire Police",
          "Northmoor & Vale Police", "British Transport Police"]
LA = ["Birmingham City Council Children's Services", "Stoke-on-Trent City Council", "Leeds City Council - Adult Social Care",
      "Croydon Council (UASC team)", "Kent County Council"]
OTHER = ["Home Office - UK Visas and Immigration", "Home Office - Immigration Enforcement", "Border Force", "Salvation Army",
         "Barnardo's", "Migrant Help", "Gangmasters and Labour Abuse Authority", "NHS Trust Safeguarding Team"]
OUT_A = ["Positive RG", "Positive CG", "Negative RG", "Negative CG", "Withdrawn", "Pending RG", "DtN only"]
OUT_B = ["RG positive", "CG positive", "RG negative", "CG negative", "Withdrawn by PV",
         "Awaiting reasonable grounds decision", "Duty to Notify (no consent)"]
EX_B = {"Labour": "Labour expl.", "Sexual": "Sexual expl.", "Criminal": "Criminal expl.",
        "Domestic servitude": "Domestic servitude", "Not specified": "Unknown"}
ORGS = {  # the two printing systems: same columns, same order, different habits
 "A": dict(name="NORTHMOOR & VALE POLICE - MODERN SLAVERY AND HUMAN TRAFFICKING UNIT", sys="CaseTrack 4.2",
           W=[11, 12, 16, 18, 12, 7, 16, 20, 56, 40, 18], user="jsmith", printed="04/05/2024 14:32"),
 "B": dict(name="Haven Crossing Support Trust", sys="CarePoint Online", W=[10, 10, 14, 14, 11, 6, 11, 14, 46, 32, 28],
           user="msht_admin", printed="07/05/2024 09:05"),
}

def ch(x): return R.choice(x)
def wch(d): return R.choices(list(d), weights=list(d.values()))[0]
def pick(entry): return entry[0] if len(entry) == 1 or R.random() < .82 else ch(entry[1:])
def fold(s): return "".join(c for c in unicodedata.normalize("NFKD", s.replace("Đ", "D").replace("đ", "d")) if not unicodedata.combining(c))
def latin1(s): return "".join(c if ord(c) < 256 else "?" for c in unicodedata.normalize("NFC", s))
def fa(d): return d.strftime("%d/%m/") + str(d.year)
def fb(d): return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
def rdate(a, b): return a + dt.timedelta(days=R.randint(0, (b - a).days))

def typo(s):
    idx = [i for i, c in enumerate(s) if c.isalpha()][1:]
    if len(idx) < 3: return s
    i, op = ch(idx), R.random()
    if op < .3: return s[:i] + s[i + 1:]
    if op < .55 and i + 1 < len(s) and s[i + 1].isalpha(): return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .8:
        c = ch("aeiou" if s[i].lower() in "aeiou" else "nmrtslhkd")
        return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]
    return s[:i] + s[i] + s[i:]

def address():
    town = ch(list(TOWNS)); pc = "%s%d %d%s%s" % (TOWNS[town], R.randint(1, 20), R.randint(1, 9), ch("ABDEFGHJLNPQRSTUWXYZ"), ch("ABDEFGHJLNPQRSTUWXYZ"))
    street = "%d %s %s" % (R.randint(1, 240), ch(ST1), ch(ST2)); r = R.random()
    if r < .45: return "Flat %d, %s, %s, %s" % (R.randint(1, 30), street, town, pc)
    if r < .75: return "%s, %s, %s" % (street, town, pc)
    if r < .9: return "Room %d, %s, %s, %s %s" % (R.randint(1, 320), ch(HOTELS), street, town, pc)
    return ch(["NFA", "No fixed abode", "Address withheld (safe house)", "Not known"])

def new_person(pid, nat, like=None, how=None):
    N = NAT[nat]; p = dict(pid=pid, nat=nat, sex=ch("MF") if nat != "GBR" else R.choices("MF", [7, 3])[0])
    if nat in ("ERI", "SDN", "IRQ", "AFG", "VNM"): p["sex"] = R.choices("MF", [4, 1])[0]
    if how in ("namesake", "alias"): p["sex"] = like["sex"]
    pool = N["m"] if p["sex"] == "M" else N["f"]
    p["given"] = ch(pool); p["sur"] = ch(N["s"]); p["gf"] = ch(N["s"]); p["mid"] = ch(N["mm"] if p["sex"] == "M" else N["fm"]) if nat == "VNM" else None
    p["single"] = nat == "AFG" and R.random() < .35
    lo, hi = N["age"]; p["dob"] = rdate(D(2022 - hi, 1, 1), D(2022 - lo, 12, 31))
    p["est"] = nat in ("ERI", "SDN", "AFG", "IRQ", "VNM") and R.random() < .5
    p["addr"] = address(); p["ex"] = wch(N["ex"])
    if p["sex"] == "F" and R.random() < .5: p["ex"] = ch(["Sexual", "Domestic servitude"])
    if like and how == "sibling":
        p.update(sur=like["sur"], gf=like["gf"], addr=like["addr"], est=like["est"], single=like["single"], sib=like)
        while p["given"] == like["given"]: p["given"] = ch(pool)
        p["dob"] = like["dob"] if R.random() < .08 else like["dob"] + dt.timedelta(days=ch([-1, 1]) * R.randint(300, 2200))
    if like and how == "namesake":
        p.update(given=like["given"], sur=like["sur"], mid=like["mid"], single=like["single"])
        if R.random() < .4: p["dob"] = rdate(D(like["dob"].year, 1, 1), D(like["dob"].year, 12, 31))
    y = p["dob"].year; p["assigned"] = D(y, 1, 1); cy = y + ch([0, 1, 2]); p["claimed"] = rdate(D(cy, 1, 1), D(cy, 12, 31))
    return p

def names(p, org):
    """(surname, forename) as keyed in for this record."""
    N, k, r = NAT[p["nat"]], NAT[p["nat"]]["kind"], R.random()
    g, s = pick(p["given"]), pick(p["sur"])
    if k == "three":
        f2 = pick(p["gf"])
        sur, fore = ((s, g) if r < .65 else (f2, g + " " + s) if r < .8 else (s + " " + f2, g) if r < .92 else (s, g))
    elif k == "afg" and p["single"]:
        sur, fore = ch([s, s, "Unknown", "", g, "FNU", "-"]), g
    elif k == "vn":
        m = pick([p["mid"][0]]); fore = g if r < .15 else (m + g.lower() if r < .2 else m + " " + g)
        sur = s
        if R.random() < .12: sur, fore = g, s + " " + m              # 'Nguyen Van MINH': last token taken as surname
    elif k == "cn":
        sur, fore = s, g
        if R.random() < .15: sur, fore = g, s
    else: sur, fore = s, g
    if k != "vn" and k != "cn" and R.random() < (.06 if k == "three" else .025): sur, fore = fore, sur
    if R.random() < .04: sur = typo(sur)
    if R.random() < .04: fore = typo(fore)
    typed = R.random() < N["dia"]
    enc = (latin1 if typed else fold) if org == "A" else ((lambda x: x) if typed else fold)
    sur, fore = enc(sur), enc(fore)
    if org == "A": sur = sur.upper()
    else:
        r = R.random(); sur, fore = (sur.upper(), fore.upper()) if r < .08 else (sur.lower(), fore.lower()) if r < .14 else (sur, fore)
    return sur, fore

def dob_str(p, org):
    r, d = R.random(), p["dob"]
    if p["est"]:
        d = p["assigned"] if r < .55 else D(p["assigned"].year + ch([-2, -1, 1, 2]), 1, 1) if r < .8 else p["claimed"] if r < .94 else None
    else:
        if .88 < r < .91 and d.day <= 12 and d.day != d.month: d = D(d.year, d.day, d.month)
        elif .91 < r < .95:
            try: d = ch([d.replace(day=(d.day % 28) + 1), d.replace(year=d.year + ch([-1, 1, -10, 10]))])
            except ValueError: pass
        elif .95 < r < .98: d = None
        elif r >= .98: d = D(d.year, 1, 1)
    if d is None: return ch(["", "", "Unknown", "N/K"])
    if org == "B" and d.day == 1 and d.month == 1 and R.random() < .6: return "%d (est.)" % d.year
    return fa(d) if org == "A" else fb(d)

def record(p, org, date, alias):
    q = new_person(0, p["nat"], p, "alias") if alias else p
    sur, fore = names(q, org)
    sex = p["sex"] if R.random() > .005 else ("F" if p["sex"] == "M" else "M")
    gen = (sex if org == "A" else {"M": "Male", "F": "Female"}[sex]) if R.random() > .03 else ch(["", "U", "Not known"])
    N = NAT[p["nat"]]; r = R.random()
    nat = (N["cty"] if org == "A" else N["dem"]) if r < .94 else ch(N["alt"]) if r < .98 else ch(["", "Not known"])
    ex = p["ex"] if R.random() < .8 else ch(["Labour", "Criminal", "Not specified", "Sexual"])
    if org == "A": ex = ex if R.random() > .1 else ex + " & Criminal" if ex != "Criminal" else "Criminal & Labour"
    else: ex = EX_B[ex] if R.random() > .1 else "Multiple"
    addr = p["addr"] if R.random() < .65 else address()
    if org == "A" and R.random() < .5: addr = addr.upper()
    if org == "B" and R.random() < .3: addr = addr.replace(",", "")
    refo = ch(POLICE + LA) if p["nat"] == "GBR" and R.random() < .8 else ch(POLICE + LA + OTHER + OTHER)
    i = 5 if (END - date).days < 120 and R.random() < .6 else R.choices(range(7), [4, 4, 2, 2, 1, 1, 1])[0]
    out = (OUT_A if org == "A" else OUT_B)[i]
    return [None, fa(date) if org == "A" else fb(date), sur, fore, dob_str(p, org), gen, nat, ex, addr, refo, out]

def wrap(s, w):
    core = s.rstrip(" \xa0"); tail = s[len(core):]; lines, cur = [], ""
    for wd in core.split(" "):            # NBSP is not a break point
        if cur and len(cur) + 1 + len(wd) > w: lines.append(cur); cur = wd
        else: cur = cur + " " + wd if cur else wd
    return lines + [cur + tail]

def noisy(cell, st):
    if " " in cell and R.random() < .04: i = ch([i for i, c in enumerate(cell) if c == " "]); cell = cell[:i] + "\xa0" + cell[i + 1:]; st["nbsp cells"] += 1
    if cell and R.random() < .05: cell += ch([" ", " ", "  ", "\xa0"]); st["trailing-space cells"] += 1
    return cell

def render(row, W, st):
    """One record -> its printed rows (main row + continuation rows)."""
    row = [row[0]] + [noisy(c, st) for c in row[1:]]
    lines = [wrap(c, w) if c else [""] for c, w in zip(row, W)]
    n = max(len(l) for l in lines); rows = [row]
    if n > 1:
        st["records with a wrapped cell"] += 1
        for c, l in zip(COLS, lines): st["  wrapped: " + c] += len(l) > 1
        mode = R.choices(["cont", "space", "nospace", "newline"], [72, 12, 6, 10])[0]
        st["wrap mode " + mode] += 1
        if mode == "cont":
            rows = [[l[k] if k < len(l) else "" for l in lines] for k in range(n)]; st["continuation rows"] += n - 1
        elif mode == "nospace": rows = [["".join(l) for l in lines]]
        elif mode == "newline": rows = [["\n".join(l) for l in lines]]
    m, r = rows[0], R.random()
    if r < .008:   # merged cell: two adjacent cells end up in one, rest shifted left
        j = R.randint(1, NC - 2); m[j:j + 2] = [" ".join(x for x in m[j:j + 2] if x)]; m.append(""); st["rows shifted left"] += 1
    elif r < .016:  # cell pushed into the next column, rest shifted right (row has 12 fields)
        j = R.randint(1, NC - 1); m.insert(j, ""); st["rows shifted right"] += 1
    return rows

def report(org, recs, st):
    O = ORGS[org]; W = O["W"]; out = []; blank = lambda: [""] * NC if R.random() < .7 else []
    groups = [render(r, W, st) for r in recs]
    pages, cap = [[]], R.randint(40, 60)
    for g in groups:
        room = cap - len(pages[-1])
        if len(g) > room:
            if 0 < room < len(g) and R.random() < .3: pages[-1] += g[:room]; g = g[room:]; st["records split over a page break"] += 1
            pages.append([]); cap = R.randint(40, 60)
        pages[-1] += g
        if R.random() < .006: pages[-1].append(blank()); st["blank rows (in-table)"] += 1
    def at(*kv):
        row = [""] * NC
        for k, v in kv: row[k] = v
        return row
    rng = ("01/04/2021 to 31/03/2024" if org == "A" else "01-Apr-2021 to 31-Mar-2024")
    out += [at((0, O["name"])), at((0, "Modern slavery referral register - " + O["sys"])),
            at((0, "Referrals received " + rng), (9, "OFFICIAL-SENSITIVE") if org == "A" else (3, "Sorted by: Date of referral")), blank()]
    head = [COLS] if org == "A" else [list(x) for x in zip(*[(wrap(c, w) + [""])[:2] for c, w in zip(COLS, W)])]
    for i, pg in enumerate(pages):
        out += [at((5, "OFFICIAL-SENSITIVE"))] if org == "A" else [at((0, "Printed %s by %s" % (O["printed"], O["user"])))]
        out += [list(h) for h in head] + pg
        pn = "Page %d of %d" % (i + 1, len(pages))
        out += [at((0, "Printed %s by %s" % (O["printed"], O["user"])), (NC - 1, pn))] if org == "A" else [at((4, "OFFICIAL-SENSITIVE")), at((NC - 2, pn))]
        if R.random() < .5: out.append(blank())
        st["pages"] += 1
    out += [at((0, "End of report")), at((0, "Total referrals: %d" % len(recs)))]
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1000); ap.add_argument("--seed", type=int, default=37)
    ap.add_argument("--out", default="data.csv"); ap.add_argument("--truth", default="truth.csv")
    a = ap.parse_args(); R.seed(a.seed); st = Counter()
    nats = list(NAT); people = []
    for i in range(a.people):
        r = R.random()
        if len(people) > 20 and r < .17:
            like = ch(people); how = "sibling" if r < .10 else "namesake"
            people.append(new_person(i, like["nat"], like, how)); st[how + "s"] += 1
        else: people.append(new_person(i, R.choices(nats, [NAT[n]["w"] for n in nats])[0]))
    recs, refs = {"A": [], "B": []}, set()
    def newref(org):
        while True:
            ref = "MS%07d" % R.randint(0, 9999999) if org == "A" else "RF-" + "".join(R.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=5))
            if ref not in refs: refs.add(ref); return ref
    truth = []
    for p in people:
        k = R.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]
        if "sib" in p and "first" in p["sib"] and R.random() < .7:    # siblings referred together
            date, org = p["sib"]["first"] + dt.timedelta(days=R.randint(0, 2)), p["sib"]["org"]
        else: date, org = rdate(START, END), R.choices("AB", [55, 45])[0]
        p["first"], p["org"] = date, org
        for j in range(k):
            if j:
                if R.random() < .4: date, org = date + dt.timedelta(days=R.randint(0, 14)), "B" if org == "A" else "A"
                else: date, org = date + dt.timedelta(days=R.randint(60, 500)), R.choices("AB", [55, 45])[0]
                if date > END: date = END - dt.timedelta(days=R.randint(0, 60))
            row = record(p, org, date, alias=j > 0 and R.random() < .015)
            row[0] = newref(org); recs[org].append((date, R.random(), row)); truth.append((row[0], "P%05d" % p["pid"]))
            if R.random() < .01: row[0] += " "     # a trailing space even on the Ref
    st["records"] = len(truth); st["true pairs"] = sum(v * (v - 1) // 2 for v in Counter(t[1] for t in truth).values())
    rows = []
    for org in "AB":
        rows += report(org, [r for _, _, r in sorted(recs[org], key=lambda x: x[:2])], st)
    with open(a.out, "w", newline="", encoding="utf-8") as f: csv.writer(f, lineterminator="\n").writerows(rows)
    with open(a.truth, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["record_id", "person_id"]); w.writerows(sorted(truth))
    st["csv rows"] = len(rows)
    for k in sorted(st): print("%-34s %d" % (k, st[k]), file=sys.stderr)

if __name__ == "__main__":
    main()
