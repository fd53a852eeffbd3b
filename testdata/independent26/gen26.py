#!/usr/bin/env python3
"""gen26 - synthetic pooled safeguarding exports about BRITISH victims of modern slavery
(England & Wales): police vulnerability hubs, adult social care, children's services
exploitation teams, a homelessness outreach charity and a substance-misuse service.
Standard library only.  Every person, address, NHS number (999 test range) is invented.

usage: python3 gen26.py --people N --seed S --out data.csv --truth truth.csv"""
import argparse, csv, random, unicodedata
from datetime import date, timedelta

START, LASTFIRST, END = date(2017, 1, 1), date(2024, 6, 30), date(2024, 12, 31)

def W(s):
    n, w = [], []
    for t in s.split():
        a, _, b = t.partition(':'); n.append(a.replace('_', ' ')); w.append(float(b or 1))
    return n, w

# ---------------------------------------------------------------- name tables
ENG = {'My': W("Jack:10 Callum:6 Kyle:6 Connor:6 Liam:5 Jordan:6 Bradley:5 Jake:5 Ryan:5 Kieran:4 Reece:4 Tyler:5 "
               "Harvey:3 Charlie:4 Alfie:3 Mason:4 Lewis:4 Jamie:4 Thomas:5 Joshua:5 Daniel:5 James:6 William:4 "
               "Alexander:3 Robert:2 Jonathan:2 Samuel:3 Benjamin:3 Matthew:4 Nathan:4 Ethan:3 Owen:3 Luke:4 "
               "Joseph:3 Harry:4 Leon:3 Dylan:3 Brandon:3 Kai:3 Michael:3 Christopher:3"),
       'Mo': W("David:8 Paul:7 Mark:7 Andrew:6 Stephen:6 Robert:6 John:7 Michael:6 Richard:5 Peter:4 Gary:5 Darren:4 "
               "Lee:4 Wayne:4 Craig:4 Dean:3 Jason:4 Anthony:4 Christopher:5 William:4 James:5 Ian:4 Kevin:4 Shaun:3 "
               "Neil:3 Simon:3 Martin:3 Jonathan:3 Alexander:2 Thomas:3 Daniel:3 Steven:3 Carl:3 Philip:3 Terry:2 Barry:2"),
       'Fy': W("Emily:8 Chloe:7 Jessica:6 Megan:6 Sophie:6 Lauren:6 Amy:5 Hannah:5 Olivia:5 Charlotte:5 Courtney:4 "
               "Jade:5 Leah:4 Holly:4 Abigail:3 Ellie:4 Katie:4 Katherine:3 Elizabeth:3 Rebecca:4 Shannon:4 Kayleigh:3 "
               "Paige:4 Caitlin:4 Bethany:4 Amber:3 Danielle:3 Demi:3 Tia:3 Lily:3 Amelia:3 Grace:3 Millie:3 "
               "Samantha:3 Victoria:3 Alexandra:2 Natalie:3 Stephanie:2 Jasmine:3"),
       'Fo': W("Sarah:7 Claire:6 Lisa:6 Nicola:5 Emma:6 Joanne:5 Michelle:5 Karen:5 Julie:5 Tracey:5 Donna:4 Kelly:5 "
               "Samantha:4 Rachel:4 Louise:4 Helen:4 Susan:4 Deborah:4 Elizabeth:4 Margaret:4 Katherine:3 Catherine:3 "
               "Patricia:3 Amanda:4 Victoria:3 Jennifer:3 Natalie:3 Kerry:3 Stacey:3 Dawn:3 Angela:3 Sharon:3 Rebecca:3")}
MIDDLE = {'M': W("James John Paul Michael David Thomas Lee Robert William Anthony Alan Edward Joseph Peter George "
                 "Christopher Daniel Alexander Jonathan Ryan Dean"),
          'F': W("Louise Marie Jane Ann Elizabeth Victoria Jayne Rose Anne Margaret Grace Leigh Michelle Nicole Mae "
                 "May Catherine Kate Lily")}
FIRST = {
    'welsh': {'M': W("Rhys:8 Dafydd:5 Gareth:5 Gethin:4 Iwan:3 Osian:3 Ieuan:3 Emyr:2 Huw:4 Aled:3 Geraint:3 "
                     "Owain:3 Dylan:4 Cai:3 Tomos:3 Llŷr:2 Rhodri:3 Steffan:2"),
              'F': W("Siân:6 Cerys:6 Ffion:5 Carys:5 Bethan:5 Angharad:3 Eleri:3 Megan:5 Gwenllian:3 Nia:4 Seren:4 "
                     "Catrin:4 Lowri:4 Elin:4 Rhiannon:4 Sioned:3 Nerys:2 Heledd:2")},
    'asian': {'M': W("Imran Adnan Bilal Zain Hamza Usman Faisal Kamran Asif Tariq Aamir Shahid Zubair Ayaan Rehan "
                     "Arif Nadeem Sajid Junaid Ibrahim Yusuf Haris"),
              'F': W("Aisha Fatima Sana Nadia Samina Shazia Rukhsana Amina Hafsa Maryam Zara Noor Iqra Shabana "
                     "Nazia Tahmina Rubina Sadia Hina")},
    'black': {'M': W("Jayden Tyrese Marcus Kemar Malachi Andre Jermaine Femi Tobi Chidi Kwame Kofi Abdi Isaiah "
                     "Elijah Nathaniel Reuben Devon Dwayne Leon Tyrone Jerome"),
              'F': W("Shanice Tia Kayla Aaliyah Jada Chantelle Precious Blessing Simone Abena Nia Keisha Tanisha "
                     "Imani Hodan Ifrah Ruth Aisha")},
    'irish': {'M': W("John_Joe:6 Patrick:6 Michael:6 Martin:5 John:6 Thomas:4 James:4 Christopher:3 Edward:3 "
                     "Francis:3 Daniel:3 Bernard:2"),
              'F': W("Bridget:6 Mary:6 Margaret:5 Kathleen:5 Ellen:4 Nora:3 Winnie:3 Mary_Ann:3 Chelsea:2 Theresa:3 Josie:2")},
    'romany': {'M': W("Levi Elijah Noah Nelson Jimmy Tom Henry Jesse Joseph Silas Caleb Eli Moses Albert Alfie"),
               'F': W("Vashti Britannia Delilah Lavinia Shauntelle Dolly Shyanne Tiffany Roseanne Kizzy Priscilla Tilly")}}
SUR = {'english': W("Smith:30 Jones:20 Taylor:14 Brown:14 Williams:14 Wilson:10 Johnson:10 Davies:10 Robinson:8 "
                    "Wright:8 Thompson:8 Evans:8 Walker:8 White:7 Roberts:7 Green:7 Hall:7 Wood:7 Jackson:6 Clarke:6 "
                    "Clark:3 Harris:6 Lewis:6 Hughes:5 Turner:5 Hill:5 Cooper:5 Moore:5 Edwards:5 Ward:5 King:5 Baker:5 "
                    "Harrison:4 Morris:4 Martin:4 Lee:4 Watson:4 Shaw:4 Parker:4 Bennett:4 Cook:3 Carter:3 Phillips:3 "
                    "Mitchell:3 Bailey:3 Murphy:3 Kelly:3 Richardson:3 Cox:3 Marshall:3 Simpson:3 Ellis:3 Hunt:3 "
                    "Atkinson:2 Barker:2 Dixon:2 Fletcher:2 Heywood Pickering Ashworth Openshaw Gledhill Hardcastle Sowerby"),
       'welsh': W("Jones:30 Williams:22 Davies:20 Evans:15 Thomas:14 Roberts:12 Hughes:10 Lewis:10 Morgan:8 "
                  "Griffiths:8 Price:7 Rees:6 Lloyd:6 Jenkins:6 Owen:6 Powell:5 Pritchard:3 Parry:4 Pugh:3 Bowen:3 "
                  "Vaughan:3 Howells:3 Bevan:3 Llewellyn:3 Watkins:3 Probert:2 Meredith:2 Rowlands:2"),
       'asian': W("Hussain:10 Khan:12 Ahmed:9 Ali:9 Akhtar:5 Iqbal:5 Mahmood:4 Rahman:5 Shah:4 Butt:3 Raza:3 Miah:4 "
                  "Uddin:4 Choudhury:3 Malik:4 Aslam:3 Siddiqui:2"),
       'black': W("Campbell:6 Brown:6 Williams:6 Johnson:5 Clarke:4 Francis:4 Thomas:4 Reid:4 Grant:4 Okafor:3 "
                  "Adeyemi:3 Mensah:3 Osei:3 Boateng:3 Asante:2 Mohamed:3 Abdi:2 Hassan:2 Bailey:3 Richards:3 Henry:3"),
       'irish': W("Ward:8 McDonagh:6 Connors:6 Joyce:5 Maughan:5 Stokes:4 Doran:3 Quilligan:2 Sherlock:2 Mongan:2 "
                  "Cash:2 Delaney:3 O'Brien:3 McGinley:2 Purcell:2 Reilly:2"),
       'romany': W("Smith:6 Lee:5 Price:4 Boswell:3 Loveridge:3 Cooper:3 Buckland:2 Ayres:2 Doe:2 Eastwood:2 "
                   "Gaskin:2 Hearn:2 Lamb:2 Ripley:2 Taylor:2 Wood:2 Young:2")}
NICK = {'Robert': 'Rob Bob Bobby Robbie', 'William': 'Will Bill Billy Liam', 'Katherine': 'Kate Katie Kath Kathy',
        'Catherine': 'Cath Cathy Kate Katie', 'Elizabeth': 'Liz Beth Lizzie Libby', 'Margaret': 'Maggie Peggy Meg',
        'Jonathan': 'Jon Jonny', 'John': 'Johnny Jack', 'Alexander': 'Alex Xander Sandy', 'Alexandra': 'Alex Lexi',
        'James': 'Jim Jimmy Jamie', 'Thomas': 'Tom Tommy', 'Michael': 'Mike Mikey Mick', 'Daniel': 'Dan Danny',
        'Christopher': 'Chris', 'Anthony': 'Tony Ant', 'Joseph': 'Joe Joey', 'Samuel': 'Sam Sammy', 'Matthew': 'Matt',
        'Richard': 'Rich Rick Richie', 'Stephen': 'Steve Stevie', 'Steven': 'Steve Stevie', 'Benjamin': 'Ben Benji',
        'Charlie': 'Chaz', 'Joshua': 'Josh', 'Nathan': 'Nate', 'Andrew': 'Andy Drew', 'David': 'Dave Davey',
        'Peter': 'Pete', 'Philip': 'Phil', 'Kevin': 'Kev', 'Terry': 'Tel', 'Rebecca': 'Becky Becca',
        'Jessica': 'Jess Jessie', 'Victoria': 'Vicky Tori', 'Samantha': 'Sam Sammie', 'Charlotte': 'Charlie Lottie',
        'Natalie': 'Nat', 'Jennifer': 'Jen Jenny', 'Amelia': 'Millie', 'Emily': 'Em Emmy', 'Abigail': 'Abbie Abi',
        'Olivia': 'Liv Livvy', 'Danielle': 'Dani', 'Stephanie': 'Steph', 'Deborah': 'Debbie Debs', 'Susan': 'Sue Susie',
        'Patricia': 'Pat Trish', 'Patrick': 'Paddy Pat Pa', 'Bethany': 'Beth', 'Nicola': 'Nicky', 'Amanda': 'Mandy',
        'Jacqueline': 'Jackie', 'Kimberley': 'Kim', 'Francis': 'Frank Franny', 'Martin': 'Marty', 'Edward': 'Ed Eddie Ted',
        'Bridget': 'Bridie Biddy', 'Kathleen': 'Kathy Kitty', 'John Joe': 'JJ Johnjoe', 'Mary Ann': 'Mary',
        'Dafydd': 'Dai Dafy Dave', 'Gwenllian': 'Gwen', 'Ieuan': 'Ifan', 'Bethan': 'Beth', 'Rhiannon': 'Rhi',
        'Gethin': 'Geth', 'Angharad': 'Hari', 'Mohammed': 'Mo', 'Ibrahim': 'Ibby', 'Tyrese': 'Ty', 'Jayden': 'Jay',
        'Nathaniel': 'Nate Nat', 'Elijah': 'Eli', 'Jimmy': 'Jim', 'Lavinia': 'Vinnie', 'Britannia': 'Britty'}
NICK = {k: v.split() for k, v in NICK.items()}
SPELL = {'Mohammed': 'Muhammad Mohammad Mohamed Mohd Muhammed', 'Hussain': 'Hussein Husain', 'Ahmed': 'Ahmad',
         'Rahman': 'Rehman', 'Choudhury': 'Chowdhury Choudhry', 'Mahmood': 'Mahmud Mehmood', 'Miah': 'Mia',
         'Aisha': 'Ayesha Aysha', 'Kayleigh': 'Kayley Kaylee', 'Jayden': 'Jaden Jaiden', 'Stephen': 'Steven',
         'Steven': 'Stephen', 'Katherine': 'Kathryn Catherine', 'Clarke': 'Clark', 'Clark': 'Clarke', 'Reece': 'Reese Rhys',
         'Connors': "Connor O'Connors", 'McDonagh': 'McDonough MacDonagh', 'Maughan': 'Mahon', 'Davies': 'Davis',
         'Thompson': 'Thomson', 'Leah': 'Lea', 'Jade': 'Jayde', 'Tracey': 'Tracy', 'Stacey': 'Stacy', 'Shaun': 'Sean Shawn',
         'Philip': 'Phillip', 'Zara': 'Zahra', 'Megan': 'Meghan', 'Rhys': 'Reece', 'Iqbal': 'Ikbal', 'Uddin': 'Udin',
         'Lewis': 'Louis', 'Gareth': 'Garath', 'Llewellyn': 'Llewelyn', 'Mohamed': 'Mohammed', 'Hodan': 'Hoodo'}
SPELL = {k: v.split() for k, v in SPELL.items()}
STREET_A = "Ghost Smokey Tiny Skinz Ratty Nitro Blue Kidda Scrappy Junior Zeus Rambo Bullet Flex Ace Snoopy Trigger Bandz Digger Spider Rizla Shadow".split()
ROUGH_TAG = ['Scouse', 'Brummie', 'Geordie', 'Welsh', 'Irish', 'Little', 'Big', 'Old', 'Mad']

# ---------------------------------------------------------------- geography
# council: (country, postcode areas, towns, police force, LA id format)
COUNCILS = {
 'Birmingham': ('E', ['B'], ['Birmingham', 'Erdington', 'Small Heath'], 'West Midlands Police', 'BCC{:07d}'),
 'Manchester': ('E', ['M'], ['Manchester', 'Moss Side', 'Wythenshawe'], 'Greater Manchester Police', 'MCC-{:06d}'),
 'Liverpool': ('E', ['L'], ['Liverpool', 'Kirkdale', 'Anfield'], 'Merseyside Police', '{:07d}'),
 'Leeds': ('E', ['LS'], ['Leeds', 'Harehills', 'Armley'], 'West Yorkshire Police', 'LCC{:06d}'),
 'Bristol': ('E', ['BS'], ['Bristol', 'St Pauls', 'Knowle West'], 'Avon and Somerset Police', 'BR/{:06d}'),
 'Nottingham': ('E', ['NG'], ['Nottingham', 'Bulwell', 'Sneinton'], 'Nottinghamshire Police', 'NOT{:06d}'),
 'Stoke-on-Trent': ('E', ['ST'], ['Stoke-on-Trent', 'Hanley', 'Longton'], 'Staffordshire Police', 'S{:07d}'),
 'Blackpool': ('E', ['FY'], ['Blackpool'], 'Lancashire Constabulary', 'BPL{:05d}'),
 'Norfolk': ('E', ['NR', 'NR', 'PE'], ["Norwich", "Great Yarmouth", "King's Lynn"], 'Norfolk Constabulary', 'NCC{:08d}'),
 'Kent': ('E', ['CT', 'ME', 'DA', 'CT'], ['Margate', 'Maidstone', 'Gravesend', 'Folkestone'], 'Kent Police', 'KCC-{:07d}'),
 'Lincolnshire': ('E', ['LN', 'PE', 'PE'], ['Lincoln', 'Boston', 'Skegness'], 'Lincolnshire Police', 'LIN{:07d}'),
 'Cornwall': ('E', ['TR', 'TR', 'TR', 'PL'], ['Truro', 'Newquay', 'Penzance', 'Liskeard'], 'Devon and Cornwall Police', 'CC{:06d}'),
 'Lambeth': ('E', ['SW', 'SE'], ['London'], 'Metropolitan Police', 'LBL{:06d}'),
 'Newham': ('E', ['E'], ['London'], 'Metropolitan Police', 'NH{:07d}'),
 'Cardiff': ('W', ['CF'], ['Cardiff', 'Ely', 'Splott'], 'South Wales Police', 'CDF{:06d}'),
 'Swansea': ('W', ['SA'], ['Swansea', 'Townhill', 'Morriston'], 'South Wales Police', 'SWA-{:06d}'),
 'Newport': ('W', ['NP'], ['Newport', 'Pillgwenlly'], 'Gwent Police', 'NPT{:06d}'),
 'Wrexham': ('W', ['LL'], ['Wrexham', 'Caia Park'], 'North Wales Police', 'WXM{:06d}'),
 'Rhondda Cynon Taf': ('W', ['CF'], ['Pontypridd', 'Aberdare', 'Tonypandy'], 'South Wales Police', 'RCT{:07d}')}
GROUP_COUNCILS = {'english': [c for c, v in COUNCILS.items() if v[0] == 'E'],
                  'welsh': [c for c, v in COUNCILS.items() if v[0] == 'W'],
                  'asian': ['Birmingham', 'Manchester', 'Leeds', 'Newham', 'Nottingham', 'Cardiff', 'Stoke-on-Trent'],
                  'black': ['Lambeth', 'Newham', 'Birmingham', 'Manchester', 'Bristol', 'Nottingham', 'Cardiff'],
                  'irish': ['Kent', 'Norfolk', 'Lincolnshire', 'Wrexham', 'Leeds', 'Bristol', 'Manchester', 'Cardiff'],
                  'romany': ['Kent', 'Norfolk', 'Lincolnshire', 'Cornwall', 'Bristol', 'Stoke-on-Trent']}
LINES = {'Liverpool': ['Blackpool', 'Wrexham', 'Cornwall'], 'Birmingham': ['Stoke-on-Trent', 'Lincolnshire', 'Cardiff'],
         'Lambeth': ['Kent', 'Norfolk', 'Cornwall'], 'Newham': ['Norfolk', 'Kent'], 'Manchester': ['Blackpool', 'Stoke-on-Trent'],
         'Cardiff': ['Swansea', 'Newport', 'Rhondda Cynon Taf'], 'Leeds': ['Lincolnshire'], 'Nottingham': ['Lincolnshire']}
STREETS = "Victoria Church Station Park Albert Queen King Mill High Manor Grange Chapel School Springfield Windsor Oak Beech Elm Cedar Hawthorn Alexandra Clarence Princess Stanley Cromwell Nelson Gladstone Hollybush Moorland Brook".split()
SUFFIX = {'Road': 'Rd', 'Street': 'St', 'Avenue': 'Ave', 'Lane': 'Ln', 'Close': 'Cl', 'Drive': 'Dr', 'Terrace': 'Terr',
          'Crescent': 'Cres', 'Way': 'Way', 'Grove': 'Gr', 'Place': 'Pl'}
WELSH_ST = ['Heol y Felin', 'Ffordd yr Eglwys', 'Stryd Fawr', 'Heol Las', 'Ffordd Newydd', 'Heol Isaf', 'Maes y Coed', 'Bryn Road', 'Heol Hir']
HOMES = "Willow Oakfield Ashdown Birch Meadow Beacon Harbour Larch Rowan Fernlea Orchard Kingsway".split()
INWARD = "ABDEFGHJLNPQRSTUWXYZ"

# ---------------------------------------------------------------- profiles
PROF = {  # age range at first record, P(male), source weights, P(has PNC id)
 'cce_child': ((12, 17), .80, dict(police=.35, csc=.45, subst=.10, homeless=.04, asc=.06), .55),
 'cse':       ((13, 24), .12, dict(police=.30, csc=.30, subst=.15, homeless=.15, asc=.10), .20),
 'ya_crim':   ((18, 25), .75, dict(police=.40, csc=.05, subst=.20, homeless=.20, asc=.15), .70),
 'ld_adult':  ((20, 66), .55, dict(police=.30, asc=.50, homeless=.10, subst=.10), .15),
 'addict':    ((22, 60), .70, dict(police=.25, asc=.10, homeless=.30, subst=.35), .60)}
GROUP_PROF = {'english': dict(cce_child=.30, cse=.20, ya_crim=.15, ld_adult=.15, addict=.20),
              'welsh': dict(cce_child=.28, cse=.20, ya_crim=.15, ld_adult=.17, addict=.20),
              'asian': dict(cce_child=.35, cse=.25, ya_crim=.20, ld_adult=.10, addict=.10),
              'black': dict(cce_child=.40, cse=.15, ya_crim=.30, ld_adult=.05, addict=.10),
              'irish': dict(cce_child=.10, cse=.15, ya_crim=.10, ld_adult=.45, addict=.20),
              'romany': dict(cce_child=.10, cse=.15, ya_crim=.10, ld_adult=.45, addict=.20)}
MOVES = {'cce_child': (1, 3, ['care', 'care', 'supported', 'trap', 'house']), 'cse': (1, 3, ['care', 'supported', 'flat', 'hostel', 'sofa']),
         'ya_crim': (1, 4, ['hmo', 'hostel', 'sofa', 'flat', 'trap']), 'ld_adult': (0, 2, ['supported', 'flat', 'house']),
         'addict': (1, 4, ['hostel', 'hmo', 'nfa', 'sofa', 'flat'])}
LABEL = {'cce_child': ['county lines', 'criminal'], 'cse': ['sexual'], 'ya_crim': ['county lines', 'criminal', 'cuckooing'],
         'ld_adult': ['labour', 'cuckooing', 'servitude', 'financial'], 'addict': ['labour', 'cuckooing', 'criminal', 'sexual']}
SRCNAME = dict(police='police_vuln_hub', asc='asc_safeguarding', csc='csc_exploitation', homeless='homeless_outreach', subst='substance_service')
COLUMNS = ['record_id', 'source', 'agency', 'record_date', 'la_person_id', 'client_ref', 'pnc_id', 'title', 'forename',
           'first_name', 'middle_names', 'surname', 'last_name', 'full_name', 'known_as', 'aka', 'dob', 'date_of_birth',
           'age', 'sex', 'gender', 'nhs_number', 'address_line', 'address', 'placement_address', 'last_known_address',
           'postcode', 'postcode_district', 'phone', 'exploitation_type', 'safeguarding_concern', 'risk_category',
           'support_needs', 'primary_substance']
# per-source noise rates
NICKP = dict(police=.12, asc=.05, csc=.08, homeless=.35, subst=.20)      # nickname written as first name
GBMP = dict(police=.45, asc=.55, csc=.6, homeless=.85, subst=.7)         # goes-by-middle person: middle used as first
DIACP = dict(police=1, asc=.3, csc=.2, homeless=.6, subst=.8)            # Siân -> Sian
NAMETYPO = dict(police=.03, asc=.02, csc=.015, homeless=.05, subst=.03)
DOBN = dict(  # missing, 1900-01-01 placeholder, 01/01/year-only, day/month swap, year +-1, digit typo
    police=(.02, .015, .01, .025, .02, .015), asc=(.01, .005, .005, .02, .015, .01), csc=(.005, 0, 0, .015, .01, .01),
    homeless=(.15, .02, .06, .03, .04, .02), subst=(.03, .01, .02, .025, .02, .015))
NHSMISS = dict(asc=.12, csc=.15, homeless=.75, subst=.25)
PCMISS = dict(police=.08, asc=.04, csc=.05, homeless=.25, subst=.06)

def add_years(d, n):
    try: return d.replace(year=d.year + n)
    except ValueError: return d.replace(year=d.year + n, day=28)

def age_at(dob, d): return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))
def rdate(r, a, b): return a + timedelta(days=r.randint(0, max(0, (b - a).days)))
def strip_acc(s): return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()

def typo(s, r):
    if len(s) < 3: return s
    i, op = r.randrange(len(s) - 1), r.random()
    if op < .3: return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .55: return s[:i] + s[i + 1:]
    if op < .75: return s[:i] + s[i] + s[i:]
    c = r.choice('aeioulnrst'); return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]

class Person: pass

class Gen:
    def __init__(s, seed):
        s.r = random.Random(seed); s.people = []; s.nhs_used, s.ref_used = set(), set()

    def pick(s, nw): return s.r.choices(nw[0], nw[1])[0]

    def nhs(s):
        r = s.r
        while True:  # NHS test range 999 xxx xxxx, valid modulus-11 check digit
            d = [9, 9, 9] + [r.randrange(10) for _ in range(6)]
            c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            if c == 11: c = 0
            n = ''.join(map(str, d)) + str(c)
            if c != 10 and n not in s.nhs_used: s.nhs_used.add(n); return n

    def first_name(s, g, sex, dob):
        r = s.r
        if g in FIRST and r.random() < {'welsh': .6, 'black': .65, 'romany': .6}.get(g, 1):
            return s.pick(FIRST[g][sex])
        return s.pick(ENG[sex + ('y' if dob.year >= 1992 else 'o')])

    def address(s, council, kind):
        r = s.r; cy, areas, towns = COUNCILS[council][:3]
        st = r.choice(WELSH_ST) if cy == 'W' and r.random() < .3 else f"{r.choice(STREETS)} {r.choice(list(SUFFIX))}"
        ti = r.randrange(len(towns)); area = areas[ti] if len(areas) == len(towns) else r.choice(areas)
        pc = f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(INWARD)}{r.choice(INWARD)}"
        a = dict(kind=kind, council=council, town=towns[ti], pc=pc, st=st, n=r.randint(1, 180))
        home = r.choice(HOMES)
        a['line'] = {'house': f"{a['n']} {st}", 'flat': f"Flat {r.randint(1, 24)}, {a['n']} {st}",
                     'hmo': f"Room {r.randint(1, 8)}, {a['n']} {st}", 'trap': f"{a['n']} {st}",
                     'hostel': f"{home} House Hostel, {a['n']} {st}", 'care': f"{home} Lodge Children's Home, {st}",
                     'supported': f"Flat {r.randint(1, 12)}, {home} Court, {st}", 'sofa': f"c/o friend, {a['n']} {st}",
                     'site': f"Plot {r.randint(1, 30)}, {home} Caravan Site, {st}", 'nfa': 'NFA'}[kind]
        if kind == 'nfa': a['pc'] = ''
        return a

    # ------------------------------------------------------------ people
    def person(s, g, sex, dob, sur, council, home):
        r = s.r; p = Person(); s.people.append(p)
        p.pid = f"P{len(s.people):05d}"; p.g, p.sex, p.dob, p.council = g, sex, dob, council
        p.first = s.first_name(g, sex, dob); p.middles = []; p.gbm = False
        if g == 'asian':
            if sex == 'M' and r.random() < .35:
                p.middles = [p.first]; p.first = 'Mohammed'; p.gbm = True
            elif r.random() < .3: p.middles = [s.pick(FIRST['asian'][sex])]
        elif r.random() < .65:
            p.middles = [s.pick(MIDDLE[sex])] + ([s.pick(MIDDLE[sex])] if r.random() < .1 else [])
            p.gbm = r.random() < .07
        p.sur_tl = [(date(1900, 1, 1), sur)]; p.alt_sur = []; p.suffix = None
        if g == 'asian' and sex == 'F' and r.random() < .3:   # Begum/Bibi legal surname, family name also used
            p.sur_tl = [(date(1900, 1, 1), r.choice(['Begum', 'Begum', 'Bibi']))]; p.alt_sur.append(sur)
        p.gender, p.chosen = sex, None
        if r.random() < .012:                                 # trans / non-binary, later chosen name
            p.gender = r.choice(['X', 'F' if sex == 'M' else 'M'])
            p.chosen = (s.first_name(g, 'F' if p.gender == 'F' or (p.gender == 'X' and sex == 'M') else 'M', dob), None)
        p.home = home; p.nhs = s.nhs() if r.random() < .97 else None
        p.street = p.rough = p.namesake = None
        return p

    def assign(s, p):
        r = s.r; a0, a1 = age_at(p.dob, START), age_at(p.dob, LASTFIRST)
        opts = [(k, GROUP_PROF[p.g][k] * (v[1] if p.sex == 'M' else 1 - v[1])) for k, v in PROF.items()
                if a1 >= v[0][0] and a0 <= v[0][1]]
        opts = [o for o in opts if o[1] > 0]
        if not opts: return False
        p.prof = r.choices([o[0] for o in opts], [o[1] for o in opts])[0]
        lo, hi = PROF[p.prof][0]
        d0, d1 = max(START, add_years(p.dob, lo)), min(LASTFIRST, add_years(p.dob, hi + 1) - timedelta(1))
        p.first_date = rdate(r, d0, d1)
        p.last_date = min(END, p.first_date + timedelta(days=int(r.random() ** 1.5 * 4 * 365)))
        if p.chosen: p.chosen = (p.chosen[0], rdate(r, p.first_date - timedelta(700), p.last_date))
        if p.prof in ('cce_child', 'ya_crim') and r.random() < .45:
            p.street = r.choice(STREET_A) if r.random() < .6 else f"{r.choice(['Lil', 'Young', 'Baby', 'Big'])} {r.choice([p.first[0], r.choice(STREET_A)])}"
        if p.prof == 'addict' and r.random() < .2: p.rough = f"{r.choice(ROUGH_TAG)} {r.choice(NICK.get(p.first, [p.first]))}"
        p.pnc = None
        if r.random() < PROF[p.prof][3]:
            yy = max(p.dob.year + 10, p.first_date.year - r.randint(0, 2)); ser = r.randint(1000, 999999)
            p.pnc = (yy, ser, "ZABCDEFGHJKLMNPQRTUVWXY"[int(f"{yy % 100:02d}{ser:07d}") % 23])
        # surname changes: marriage, step-parent, mother's maiden name
        if p.sex == 'F' and age_at(p.dob, p.last_date) >= 22 and r.random() < .18:
            p.sur_tl.append((rdate(r, max(add_years(p.dob, 19), p.first_date - timedelta(3000)), p.last_date), s.pick(SUR[p.g if p.g in SUR else 'english'])))
        if age_at(p.dob, p.first_date) < 18 and r.random() < .08:
            step = s.pick(SUR[p.g]); cur = p.sur_tl[-1][1]
            p.sur_tl.append((rdate(r, p.first_date - timedelta(1500), p.last_date), step if r.random() < .6 else f"{cur}-{step}"))
        if r.random() < .07: p.alt_sur.append(p.mum)
        p.nick = {n: r.choice(NICK[n]) for n in [p.first] + p.middles + ([p.chosen[0]] if p.chosen else []) if n in NICK}
        p.usual = p.nick.get(p.middles[0] if p.gbm and p.middles else p.first)   # the nickname they actually go by
        # address history
        lo_m, hi_m, kinds = MOVES[p.prof]; p.addrs = [(date(1900, 1, 1), p.home)]
        for d in sorted(rdate(r, p.first_date - timedelta(900), p.last_date) for _ in range(r.randint(lo_m, hi_m))):
            k = r.choice(kinds); c = p.council
            if k == 'trap': c = r.choice(LINES.get(p.council, list(COUNCILS)))
            elif k == 'care' and r.random() < .4 or r.random() < .1: c = r.choice(list(COUNCILS))
            if k == 'care' and age_at(p.dob, d) >= 18: k = 'supported'
            p.addrs.append((d, s.address(c, k)))
        p.phones = [(rdate(r, p.first_date - timedelta(400), p.last_date), '07' + ''.join(str(r.randrange(10)) for _ in range(9)))
                    for _ in range(r.randint(1, 3))]
        p.phones.sort(); p.ids = {}
        return True

    def family(s, n_left):
        r = s.r
        g = r.choices(['english', 'welsh', 'asian', 'black', 'irish', 'romany'], [.56, .10, .12, .09, .07, .06])[0]
        council = r.choice(GROUP_COUNCILS[g]); sur = s.pick(SUR[g]); mum = s.pick(SUR[g])
        if g in ('english', 'welsh') and r.random() < .06: sur = f"{sur}-{s.pick(SUR[g])}"
        home = s.address(council, 'site' if g in ('irish', 'romany') and r.random() < .6 else r.choice(['house', 'house', 'flat']))
        kind = r.choices(['single', 'siblings', 'parent_child', 'cousins'], [.55, .22, .14, .09])[0]
        sexr = lambda: 'M' if r.random() < .58 else 'F'
        dob0 = rdate(r, date(1956, 1, 1), date(2011, 6, 30))
        if r.random() < .6: dob0 = rdate(r, date(1996, 1, 1), date(2011, 6, 30))
        specs = [(sexr(), dob0, sur, home, None)]
        if kind == 'siblings':
            for _ in range(r.choice([1, 1, 2])):
                d = dob0 if r.random() < .08 else dob0 + timedelta(days=r.choice([-1, 1]) * r.randint(330, 2200))
                specs.append((sexr(), d, sur if r.random() < .8 else mum, home, None))
        elif kind == 'parent_child':
            psex = 'M' if r.random() < .5 else 'F'
            specs.append((psex, add_years(dob0, -r.randint(17, 38)) + timedelta(r.randint(-150, 150)),
                          sur if psex == 'M' or r.random() < .5 else mum, home, 'parent'))
        elif kind == 'cousins':
            for _ in range(r.choice([1, 1, 2])):
                c2 = council if r.random() < .7 else r.choice(GROUP_COUNCILS[g])
                specs.append((sexr(), dob0 + timedelta(days=r.randint(-3000, 3000)), sur, s.address(c2, home['kind']), 'cousin'))
        made = []
        for sex, dob, sn, h, role in specs[:n_left]:
            p = s.person(g, sex, dob, sn, h['council'], h); p.mum = mum if sn != mum else s.pick(SUR[g])
            if role == 'parent' and sex == 'F' and sn == sur: p.alt_sur.append(mum)          # her maiden name
            if made and role == 'parent' and sex == 'M' and made[0].sex == 'M' and r.random() < (.7 if g in ('irish', 'romany') else .25):
                made[0].first, made[0].middles, made[0].gbm = p.first, list(p.middles), p.gbm   # father & son namesakes
                made[0].suffix, p.suffix = 'Jnr', 'Snr'; made[0].namesake, p.namesake = p, made[0]
            if made and role == 'cousin' and g in ('irish', 'romany') and made[0].sex == sex and r.random() < .4:
                p.first = made[0].first                                                     # named after grandparent
            made.append(p)
        for p in made:
            if not s.assign(p): s.people.remove(p)

    # ------------------------------------------------------------ per-record views of a person
    def at(s, tl, d, stale=0.0):
        i = max([j for j, (t, _) in enumerate(tl) if t <= d] or [0])
        if i > 0 and s.r.random() < stale: i -= 1            # agency still holds the previous value
        return tl[i][1]

    def spell(s, n, src):
        r = s.r
        if ' ' in n and n in ('John Joe', 'Mary Ann') and r.random() < .5:
            n = r.choice([n.replace(' ', '-'), n.replace(' ', ''), n.split()[0]])
        if n in SPELL and r.random() < (.35 if n in ('Mohammed', 'Hussain', 'Ahmed', 'Rahman', 'Choudhury', 'Mahmood', 'Miah') else .05):
            n = r.choice(SPELL[n])
        if n.startswith("O'") and r.random() < .3: n = r.choice(['O' + n[2:], 'O ' + n[2:]])
        if n.startswith('Mc') and r.random() < .3: n = r.choice(['Mac' + n[2:], 'Mc ' + n[2:], 'Mc' + n[2:].lower()])
        if r.random() < DIACP[src]: n = strip_acc(n)
        if r.random() < NAMETYPO[src]: n = typo(n, r)
        return n

    def fname(s, p, src, d):
        r = s.r; n = p.first
        if p.chosen and d >= p.chosen[1] and r.random() < (.5 if src == 'police' else .85): n = p.chosen[0]
        elif p.gbm and p.middles and r.random() < GBMP[src]: n = p.middles[0]
        if n in p.nick and r.random() < NICKP[src]: n = p.nick[n] if r.random() < .7 else r.choice(NICK[n])
        return s.spell(n, src)

    def sname(s, p, src, d):
        r = s.r; n = s.at(p.sur_tl, d, stale=.2)
        if p.alt_sur and r.random() < .15: n = r.choice(p.alt_sur)
        if '-' in n:
            a, b = n.split('-', 1); n = r.choices([n, f"{a} {b}", a, b, a + b], [.5, .2, .13, .13, .04])[0]
        return s.spell(n, src)

    def dob(s, p, src):
        r, d, x = s.r, p.dob, s.r.random()
        if p.namesake and r.random() < .05: d = p.namesake.dob      # Jnr/Snr conflated: the namesake's DOB
        for kind, rate in zip(('miss', 'ph', 'jan1', 'swap', 'year', 'typo'), DOBN[src]):
            if x < rate: break
            x -= rate
        else: return d
        if kind == 'miss': return None
        if kind == 'ph': return date(1900, 1, 1)
        if kind == 'jan1': return date(d.year, 1, 1)
        if kind == 'swap': return date(d.year, d.day, d.month) if d.day <= 12 else d
        if kind == 'year': return add_years(d, r.choice([-1, 1]))
        for _ in range(6):
            try: return d.replace(day=r.choice([d.day + 1, d.day - 1, d.day + 10, d.day - 10, int(f"{d.day:02d}"[::-1])]))
            except ValueError: pass
        return d

    def sexv(s, p, src, d):
        r = s.r; v = p.sex
        if p.chosen and d >= p.chosen[1] and r.random() < (.5 if src == 'police' else .8): v = p.gender
        if r.random() < .01: v = {'M': 'F', 'F': 'M', 'X': 'M'}[v]
        if r.random() < .02: v = 'U'
        if src == 'homeless' and v in 'MF' and v != p.sex: return 'Trans man' if v == 'M' else 'Trans woman'
        return dict(police=dict(M='M', F='F', X='U', U='U'), asc=dict(M='Male', F='Female', X='Other', U='Not known'),
                    csc=dict(M='Male', F='Female', X='Non-binary', U='Not recorded'),
                    homeless=dict(M='Man', F='Woman', X='Non-binary', U='Prefer not to say'),
                    subst=dict(M='1', F='2', X='9', U='0'))[src][v]

    def nhs_fmt(s, p, src):
        r = s.r
        if not p.nhs or r.random() < NHSMISS[src]: return ''
        n = p.nhs
        if r.random() < .015:
            i = r.randrange(9); n = n[:i] + n[i + 1] + n[i] + n[i + 2:] if r.random() < .5 else n[:i] + str(r.randrange(10)) + n[i + 1:]
        sp = f"{n[:3]} {n[3:6]} {n[6:]}"
        return {'asc': sp if r.random() < .8 else n, 'csc': n if r.random() < .7 else sp, 'homeless': r.choice([n, sp]),
                'subst': n if r.random() < .6 else sp.replace(' ', '-')}[src]

    def pnc_fmt(s, p, d, miss=.12):
        r = s.r
        if not p.pnc or d.year < p.pnc[0] or r.random() < miss: return ''
        yy, ser, ch = p.pnc; y2 = f"{yy % 100:02d}"
        f = r.choices([f"{y2}/{ser}{ch}", f"{yy}/{ser}{ch}", f"{y2}/{ser:07d}{ch}", f"{y2}/{ser} {ch}"], [.6, .2, .15, .05])[0]
        return typo(f, r) if r.random() < .01 else f

    def addr_fmt(s, a, src):
        r = s.r; line = a['line']
        if line == 'NFA': return r.choice(['NFA', 'No fixed abode', 'N.F.A', 'Rough sleeping', 'NFA - sofa surfing']), ''
        if r.random() < .3:
            for k, v in SUFFIX.items(): line = line.replace(' ' + k, ' ' + v)
        if r.random() < .7: line += ', ' + a['town']
        pc, x = a['pc'], r.random()
        if r.random() < PCMISS[src]: pc = ''
        elif x < .12: pc = pc.replace(' ', '')
        elif x < .16: pc = pc.lower()
        elif x < .18: pc = pc[:-2] + pc[-1] + pc[-2]
        return (line.upper() if src == 'police' else line), pc

    def ref(s, p, key, make, new=.07):
        ids = p.ids.setdefault(key, [])
        if not ids or s.r.random() < new:                          # (first contact / duplicate case opened)
            x = make()
            while x in s.ref_used: x = make()
            s.ref_used.add(x); ids.append(x)
        return ids[0] if s.r.random() < .8 else s.r.choice(ids)

    def la_id(s, p, council):
        fmt = COUNCILS[council][4]; w = int(fmt.split(':0')[1][0])
        return s.ref(p, council, lambda: fmt.format(s.r.randrange(10 ** (w - 1), 10 ** w)), .06)

    def record(s, p, src, d):
        r = s.r; row = dict.fromkeys(COLUMNS, ''); row['source'] = SRCNAME[src]
        a = s.at(p.addrs, d, stale=.15); council = a['council']
        fn, sn = s.fname(p, src, d), s.sname(p, src, d)
        mids = ' '.join(s.spell(m, src) for m in p.middles)
        dob, ag, lab = s.dob(p, src), age_at(p.dob, d), r.choice(LABEL[p.prof])
        fd = lambda f: '' if dob is None else f"{dob.day:02d}/{dob.month:02d}/{dob.year:04d}" if f == 'dmy' else dob.strftime(f)
        line, pc = s.addr_fmt(a, src)
        suf = p.suffix if p.suffix and r.random() < .4 else ''
        phone = s.at(p.phones, d)
        phone = r.choice([phone, f"{phone[:5]} {phone[5:]}", '+44' + phone[1:]])
        if src == 'police':
            fc = council
            if a['kind'] != 'trap' and p.prof in ('cce_child', 'ya_crim') and r.random() < .3:
                fc = r.choice(LINES.get(p.council, [council]))                 # found out of area on a line
            al = [f'"{p.street}"'] if p.street and r.random() < .8 else []
            if p.rough and r.random() < .5: al.append(p.rough)
            al += [f"{p.usual} {sn}"] if p.usual and r.random() < .3 else []
            al += [f"{fn} {x}" for x in sorted({t[1] for t in p.sur_tl} | set(p.alt_sur)) if x != sn and r.random() < .4]
            row.update(agency=COUNCILS[fc][3], record_date=d.strftime('%d/%m/%Y'), pnc_id=s.pnc_fmt(p, d),
                       surname=(sn + (' ' + suf if suf else '')).upper(), forename=fn.upper(),
                       middle_names=mids.upper() if r.random() < .8 else '', aka='; '.join(al).upper(),
                       dob=fd('dmy'), sex=s.sexv(p, src, d), address_line=line, postcode=pc.upper(),
                       exploitation_type={'county lines': 'CCE - County Lines', 'criminal': 'CCE', 'cuckooing': 'Cuckooing',
                                          'sexual': 'CSE' if ag < 18 else 'Sexual exploitation', 'labour': 'MS - Labour',
                                          'servitude': 'MS - Domestic servitude', 'financial': 'Financial exploitation'}[lab])
        elif src == 'asc':
            married = len(p.sur_tl) > 1 and p.sex == 'F' and d >= p.sur_tl[-1][0]
            t = {'M': 'Mr', 'F': 'Mrs' if married else r.choice(['Miss', 'Ms']), 'X': 'Mx'}[p.gender if p.chosen else p.sex]
            row.update(agency=f"{council} Adult Social Care", record_date=d.isoformat(), la_person_id=s.la_id(p, council),
                       title=t if r.random() < .8 else '', first_name=fn + (' ' + suf if suf else ''), last_name=sn,
                       date_of_birth=fd('%Y-%m-%d'), gender=s.sexv(p, src, d), nhs_number=s.nhs_fmt(p, src),
                       address=line, postcode=pc, safeguarding_concern=r.choice(['Modern slavery', 'Modern slavery; financial abuse',
                       'Self-neglect; modern slavery', 'Cuckooing / home takeover' if lab == 'cuckooing' else 'Modern slavery - ' + lab]))
        elif src == 'csc':
            ka = [x for x in [p.middles[0] if p.gbm and p.middles else None, p.usual,
                              f'street name "{p.street}"' if p.street else None, p.chosen[0] if p.chosen and d >= p.chosen[1] else None] if x]
            row.update(agency=f"{council} Children's Services", record_date=d.isoformat(), la_person_id=s.la_id(p, council),
                       forename=fn, middle_names=mids, surname=sn, known_as=r.choice(ka) if ka and r.random() < .5 else '',
                       date_of_birth=fd('%d-%b-%Y'), gender=s.sexv(p, src, d), nhs_number=s.nhs_fmt(p, src),
                       placement_address=line, postcode=pc, risk_category=('CSE' if lab == 'sexual' else 'CCE') + ' - ' + r.choice(['High', 'Medium', 'Low']))
        elif src == 'homeless':
            al = p.rough or p.street or p.usual
            full = r.choices([f"{fn} {sn}", f"{sn.upper()}, {fn}", f"{fn} '{al}' {sn}" if al else f"{fn} {sn}",
                              f"{fn} (surname not known)", f"{fn} {mids} {sn}".replace('  ', ' '), f"{sn} {fn}",
                              f"{al} (NK)" if al else f"{fn} {sn}"], [.42, .2, .1, .06, .1, .06, .06])[0]
            row.update(agency=f"Haven Street Outreach - {COUNCILS[council][2][0]}", record_date=d.isoformat(),
                       client_ref=s.ref(p, 'ho', lambda: f"HO{r.randrange(10000, 99999)}", .08), full_name=full,
                       dob=fd('%d/%m/%y' if r.random() < .4 else 'dmy'), age=str(ag + (r.randint(-3, 3) if dob is None else 0)),
                       gender=s.sexv(p, src, d), nhs_number=s.nhs_fmt(p, src), last_known_address=line, postcode=pc,
                       phone=phone if r.random() < .5 else '', support_needs=r.choice(['Substance use; exploitation',
                       'Mental health; modern slavery concern', 'Rough sleeping; NRM referral', 'Exploitation; debt bondage']))
        else:
            if r.random() < .1: fn, sn = fn[0], sn[0]          # no consent to share: initials only
            row.update(agency=f"Pathway Recovery Service - {COUNCILS[council][2][0]}", record_date=d.strftime('%d/%m/%Y'),
                       client_ref=s.ref(p, 'sms', lambda: f"SMS/{d.year}/{r.randrange(1000, 9999)}", .1),
                       first_name=fn.upper(), surname=sn.upper(), dob=fd('%Y%m%d'), sex=s.sexv(p, src, d),
                       nhs_number=s.nhs_fmt(p, src), postcode_district=pc.split(' ')[0] if ' ' in pc else pc[:-3],
                       phone=phone if r.random() < .6 else '', pnc_id=s.pnc_fmt(p, d, .8),
                       primary_substance=r.choice(['Cannabis', 'Cannabis', 'Ketamine', 'Alcohol', 'Cocaine', 'Nitrous oxide'] if ag < 18 else
                                                  ['Heroin', 'Crack cocaine', 'Cannabis', 'Alcohol', 'Spice', 'Ketamine', 'Cocaine']))
        return row

    def records(s, p):
        r = s.r; out = []
        for i in range(r.choices([1, 2, 3, 4, 5, 6], [.24, .27, .2, .13, .09, .07])[0]):
            d = p.first_date if i == 0 else rdate(r, p.first_date, p.last_date)
            ag = age_at(p.dob, d); w = dict(PROF[p.prof][2])
            w['csc'] = w.get('csc', 0) * (1 if ag < 18 else .25 if ag < 21 else 0)
            w['asc'] = w.get('asc', 0) * (1 if ag >= 18 else .3 if ag >= 17 else 0)
            if ag < 16: w['homeless'] = w.get('homeless', 0) * .2
            out.append(s.record(p, r.choices(list(w), list(w.values()))[0], d))
        return out

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--people', type=int, default=1000); ap.add_argument('--seed', type=int, default=26)
    ap.add_argument('--out', default='data.csv'); ap.add_argument('--truth', default='truth.csv')
    a = ap.parse_args()
    g = Gen(a.seed); idr = random.Random(f"ids-{a.seed}"); rows, seen = [], set()
    while len(g.people) < a.people: g.family(a.people - len(g.people))
    for i, p in enumerate(g.people):
        p.pid = f"P{i + 1:05d}"
        for row in g.records(p):
            rid = f"{idr.getrandbits(48):012x}"
            while rid in seen: rid = f"{idr.getrandbits(48):012x}"
            seen.add(rid); row['record_id'] = rid; rows.append((row, p.pid))
    g.r.shuffle(rows)
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, COLUMNS); w.writeheader(); w.writerows(x[0] for x in rows)
    with open(a.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['record_id', 'person_id']); w.writerows((x[0]['record_id'], x[1]) for x in rows)
    print(f"{len(g.people)} people, {len(rows)} records -> {a.out}, {a.truth}")

if __name__ == '__main__':
    main()
