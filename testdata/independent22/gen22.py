#!/usr/bin/env python3
"""gen22: synthetic survivor-like case records (all people invented) imitating the CSV
export of a US-made case management product, with ground truth of duplicate people."""
import argparse, csv, random, datetime as dt

# nationality: (weight, country-as-exported variants, neighbours, languages, male, female, surnames)
NAT = {
 'UK': (22, ['United Kingdom', 'UK', 'England', 'Great Britain'], ['Ireland'], ['English'],
        'James Daniel Ryan Liam Connor Jack Callum Lewis Kyle Jordan', 'Chloe Jade Megan Amy Leah Courtney Shannon Paige Kayleigh Demi',
        'Smith Jones Taylor Brown Wilson Walker Hughes Evans Robinson Wright'),
 'AL': (14, ['Albania'], ['Kosovo', 'North Macedonia', 'Greece', 'Montenegro'], ['Albanian'],
        'Arben Besnik Ermal Gentian Dritan Klodian Endrit Fatjon Erion Elvis', 'Anisa Elona Blerta Mirela Klea Jonida Arta Drita Ermira Fjolla',
        'Hoxha Shehu Krasniqi Gashi Berisha Dervishi Leka Cela Marku Kola'),
 'VN': (12, ['Vietnam', 'Viet Nam'], ['Laos', 'Cambodia', 'China'], ['Vietnamese'],
        'Van Minh Duc Tuan Hung Quang Thanh Long Hai Nam', 'Thi Lan Huong Mai Linh Trang Ngoc Thao Hoa Anh',
        'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do'),
 'ER': (8, ['Eritrea'], ['Ethiopia', 'Sudan', 'Djibouti'], ['Tigrinya', 'Arabic'],
        'Yonas Tesfay Mehari Filmon Dawit Habtom Semere Kidane Amanuel Berhane', 'Selam Helen Saba Yordanos Luwam Senait Rahel Feven Winta Mebrat',
        'Tesfamariam Gebremedhin Haile Tekle Ghebreyesus Kidane Berhe Woldu Asfaha Mehari'),
 'SD': (7, ['Sudan'], ['South Sudan', 'Chad', 'Egypt', 'Eritrea'], ['Arabic'],
        'Mohamed Ahmed Osman Abdelrahman Ibrahim Yousif Hamid Adam Elsadig Mustafa', 'Fatima Amna Hawa Mariam Khadija Sara Nafisa Asma Zainab Hiba',
        'Abdallah Osman Ibrahim Ali Hassan Adam Musa Babiker Elamin Yagoub'),
 'RO': (6, ['Romania'], ['Moldova', 'Bulgaria', 'Hungary'], ['Romanian'],
        'Ionut Andrei Florin Marian Gheorghe Adrian Cristian Alexandru Mihai Costel', 'Ioana Elena Maria Andreea Florentina Mihaela Alina Georgiana Roxana Daniela',
        'Popescu Ionescu Stan Dumitru Constantin Munteanu Lazar Moldovan Stoica Rusu'),
 'AF': (6, ['Afghanistan'], ['Pakistan', 'Iran', 'Tajikistan'], ['Dari', 'Pashto'],
        'Ahmad Mohammad Abdul Ali Hamid Farid Rahmatullah Naveed Khalid Sayed', 'Fatima Zahra Maryam Farzana Nargis Shabana Parwana Laila Habiba Sima',
        'Ahmadzai Rahimi Karimi Hakimi Noori Sultani Safi Popal Stanikzai Hussaini'),
 'IQ': (5, ['Iraq'], ['Iran', 'Syria', 'Turkey', 'Kuwait'], ['Kurdish Sorani', 'Arabic'],
        'Karwan Rebwar Hawre Shwan Ahmed Ali Hussein Omar Dilshad Bawar', 'Shilan Nazdar Roza Avan Huda Noor Zainab Sara Dilan Shno',
        'Ahmed Mohammed Rashid Aziz Kareem Hassan Jalal Salih Mahmood Qadir'),
 'NG': (6, ['Nigeria'], ['Ghana', 'Benin', 'Cameroon', 'Niger'], ['English', 'Yoruba', 'Igbo', 'Edo'],
        'Chinedu Emeka Oluwaseun Tunde Ikechukwu Osas Femi Uche Ifeanyi Babatunde', 'Blessing Joy Precious Favour Osaretin Chioma Funmilayo Ngozi Esohe Gift',
        'Okafor Adeyemi Osagie Eze Ogunleye Okonkwo Igbinedion Balogun Nwosu Omoregie'),
 'CN': (5, ['China', "People's Republic of China"], ['Hong Kong', 'Taiwan', 'Vietnam'], ['Mandarin', 'Cantonese'],
        'Wei Jun Hao Lei Jian Ming Qiang Tao Yong Bo', 'Li Mei Xiu Ying Fang Jing Yan Hui Ling Xia',
        'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou'),
 'PL': (4, ['Poland'], ['Czech Republic', 'Lithuania', 'Germany', 'Slovakia'], ['Polish'],
        'Piotr Krzysztof Tomasz Pawel Marcin Michal Grzegorz Jakub Lukasz Wojciech', 'Anna Katarzyna Malgorzata Agnieszka Joanna Magdalena Monika Ewa Beata Justyna',
        'Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski'),
 'PH': (4, ['Philippines', 'The Philippines'], ['Indonesia', 'Malaysia'], ['Tagalog', 'English'],
        'Jose Mark John Rodel Jericho Ramon Arnel Rommel Jayson Noel', 'Maria Rowena Marites Jocelyn Lorna Analyn Rosalie Cherry Joy Marivic',
        'Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela Cruz Villanueva Ramos'),
 'IN': (3, ['India'], ['Pakistan', 'Bangladesh', 'Nepal'], ['Hindi', 'Punjabi', 'Malayalam'],
        'Rahul Amit Sandeep Vijay Suresh Rajesh Arjun Manoj Deepak Harpreet', 'Priya Sunita Anjali Pooja Neha Kavita Manpreet Deepa Lakshmi Asha',
        'Singh Kumar Sharma Patel Gupta Nair Reddy Das Verma Kaur'),
}
TRANSLIT = [('Mohammed', 'Mohamed', 'Muhammad', 'Mohammad'), ('Ahmed', 'Ahmad'), ('Yousif', 'Yousef', 'Yusuf'),
            ('Osman', 'Othman', 'Usman'), ('Hussein', 'Husain', 'Hossein'), ('Tesfay', 'Tesfaye', 'Tesfai'),
            ('Gebremedhin', 'Ghebremedhin', 'Gebremedin'), ('Ghebreyesus', 'Gebreyesus'), ('Haile', 'Hayle'),
            ('Fatima', 'Fatuma', 'Fatma'), ('Maryam', 'Mariam', 'Meryem'), ('Zainab', 'Zeinab', 'Zaynab'),
            ('Nguyen', 'Nguyễn', 'Nguen'), ('Tran', 'Trần'), ('Pham', 'Phạm'), ('Hoang', 'Huang'), ('Duc', 'Đức'),
            ('Hoxha', 'Hoxhaj', 'Hodja'), ('Krasniqi', 'Krasniqui'), ('Berisha', 'Berishaj'),
            ('Wisniewski', 'Wiśniewski'), ('Pawel', 'Paweł'), ('Lukasz', 'Łukasz'), ('Wojcik', 'Wójcik'),
            ('Abdallah', 'Abdullah', 'Abdalla'), ('Kareem', 'Karim'), ('Mahmood', 'Mahmoud', 'Mahmud'),
            ('Ionut', 'Ionuț'), ('Dela Cruz', 'Delacruz', 'De La Cruz'), ('Chioma', 'Chiamaka'), ('Aziz', 'Azeez')]
NICK = {'James': 'Jim', 'Daniel': 'Dan', 'Alexandru': 'Alex', 'Cristian': 'Cristi', 'Gheorghe': 'George',
        'Katarzyna': 'Kasia', 'Malgorzata': 'Gosia', 'Krzysztof': 'Krzys', 'Magdalena': 'Magda', 'Wojciech': 'Wojtek',
        'Mohammad': 'Mo', 'Mohamed': 'Mo', 'Abdelrahman': 'Abdo', 'Oluwaseun': 'Seun', 'Babatunde': 'Tunde',
        'Ikechukwu': 'Ike', 'Ifeanyi': 'Ify', 'Funmilayo': 'Funmi', 'Andreea': 'Andra', 'Florentina': 'Flori',
        'Jericho': 'Jeric', 'Yordanos': 'Yordi', 'Amanuel': 'Amanu', 'Christopher': 'Chris', 'Megan': 'Meg',
        'Kayleigh': 'Kay', 'Elizabeth': 'Liz', 'Jonida': 'Joni', 'Gentian': 'Genti', 'Rahmatullah': 'Rahmat'}
NONBINARY_G = ['Non-binary', 'Transgender Man', 'Transgender Woman']
PROGRAMS = ['Emergency Accommodation', 'Outreach Support', 'Reflection & Recovery', 'Move-On Support',
            'Independent Advocacy', 'Legal Advocacy', 'Community Integration']
CASE_MGRS = ['Harper Quinnell', 'Rosalind Teague', 'Idris Lomax', 'Fenella Obi', 'Marcus Delacourt',
             'Nadia Wrenfield', 'Tobias Achterberg', 'Priscilla Mbeki-Hart', 'Owen Castellane', 'Saoirse Vantongeren']
EXITS = ['Rental by client, no ongoing housing subsidy', 'Staying or living with friends, temporary tenure',
         'Staying or living with family, temporary tenure', 'Emergency shelter', 'Hotel or motel paid for without emergency shelter voucher',
         'Asylum support accommodation', 'Local authority housing', 'Hospital or other residential non-psychiatric medical facility',
         'Returned to country of origin', 'No exit interview completed', 'Client doesn\'t know', 'Client refused', 'Data not collected']


def typo(r, s):
    if len(s) < 3: return s
    i = r.randrange(1, len(s) - 1); k = r.random()
    if k < .25: return s[:i] + s[i + 1:]                              # deletion
    if k < .5: return s[:i] + s[i] + s[i:]                            # doubling
    if k < .75: return s[:i] + s[i + 1] + s[i] + s[i + 2:]            # transposition
    return s[:i] + r.choice('aeioulnrst') + s[i + 1:]                 # substitution

def translit(r, s):
    for grp in TRANSLIT:
        if s in grp: return r.choice([g for g in grp if g != s])
    return s

def fmt_date(d): return d.strftime('%m/%d/%Y') if d else ''
def fmt_dt(d): return d.strftime('%m/%d/%Y %I:%M %p')

def make_person(r, pid):
    code = r.choices(list(NAT), [v[0] for v in NAT.values()])[0]
    _, cnames, neigh, langs, male, female, sur = NAT[code]
    sex = 'M' if r.random() < (0.55 if code in ('VN', 'AL', 'SD', 'ER', 'AF', 'IQ') else 0.45) else 'F'
    first = r.choice((male if sex == 'M' else female).split())
    if code == 'VN':   # Vietnamese given names often two parts
        first = ('Van ' if sex == 'M' else 'Thi ') + r.choice((male if sex == 'M' else female).split()[1:])
    surs = sur.split(); last = r.choice(surs)
    if code == 'PH' and last == 'Dela':
        last = 'Dela Cruz'
    if code == 'PH' and last == 'Cruz' and r.random() < .3: last = 'Dela Cruz'
    gender = 'Man' if sex == 'M' else 'Woman'
    if r.random() < 0.02: gender = r.choice(NONBINARY_G)
    dob = dt.date(2008, 1, 1) - dt.timedelta(days=r.randrange(0, 365 * 42))
    email_user = f"{first.split()[-1].lower()}.{last.replace(' ', '').lower()}{r.randrange(1, 99)}"
    return dict(pid=pid, code=code, first=first, last=last, gender=gender, dob=dob,
                country=cnames[0], neigh=neigh, lang=r.choice(langs),
                phone=f"07700 900{r.randrange(0, 1000):03d}" if r.random() < .75 else '',
                email=f"{email_user}@{r.choice(['example.org', 'example.com'])}" if r.random() < .5 else '')

def noisy_record(r, p, dup, st):
    n = lambda rate: dup and r.random() < rate
    first, last = p['first'], p['last']
    if n(.18): first = translit(r, first) if r.random() < .6 else first; last = translit(r, last)
    if n(.10) and first in NICK: first = NICK[first]
    if n(.12): first = typo(r, first)
    if n(.10): last = typo(r, last)
    if n(.06): first = first.split()[-1]                                  # middle part dropped
    if r.random() < .05: first, last = first.upper(), last.upper()
    if n(.10): name = f"{first}, {last}"; st['swap'] += 1                 # order swapped in the field
    elif n(.04): name = f"{first} {last}"                                 # free-text entry
    elif n(.03): name = f"{last}, {first}".replace(', ', ',')
    else: name = f"{last}, {first}"
    dob = p['dob']; k = r.random()
    if dup and k < .06: dob = None
    elif dup and k < .14: dob = dt.date(dob.year, 1, 1)                  # estimated DOB
    elif dup and k < .22: dob = dob.replace(year=dob.year + r.choice((-1, 1))) if not (dob.month == 2 and dob.day == 29) else dob
    elif dup and k < .28 and dob.day <= 12 and dob.day != dob.month: dob = dt.date(dob.year, dob.day, dob.month)
    elif dup and k < .31: dob = dob + dt.timedelta(days=r.choice((-2, -1, 1, 2)))
    if not dup and r.random() < .03: dob = None
    g = p['gender']
    if r.random() < (.12 if dup else .05): g = r.choice(['Data not collected', 'Decline to answer', ''])
    country = p['country']
    if n(.08): country = r.choice(p['neigh'])
    elif r.random() < .25: country = r.choice(NAT[p['code']][1])
    if r.random() < .03: country = ''
    lang = p['lang'] if r.random() > .1 else r.choice(['', 'English', p['lang']])
    phone = p['phone']
    if phone and n(.35): phone = ''
    elif phone and r.random() < .3: phone = r.choice(['+44 ' + phone[1:], phone.replace(' ', ''), '(' + phone[:5] + ') ' + phone[6:9] + '-' + phone[9:]])
    if not p['phone'] and n(.15): phone = f"07700 900{r.randrange(0, 1000):03d}"   # new phone
    email = p['email']
    if email and n(.4): email = ''
    elif email and n(.1): email = email.upper() if r.random() < .5 else email.replace('example.org', 'example.com')
    intake = dt.datetime(2019, 1, 1, 8) + dt.timedelta(days=r.randrange(0, 365 * 6), minutes=r.randrange(0, 600))
    exit_d = intake.date() + dt.timedelta(days=r.randrange(7, 500)) if r.random() < .6 else None
    if exit_d and exit_d > dt.date(2025, 3, 31): exit_d = None
    return {'Client Name': name, 'Date of Birth': fmt_date(dob), 'Gender Identity': g, 'Country of Origin': country,
            'Primary Language': lang, 'Phone': phone, 'Email': email, 'Intake Date': fmt_dt(intake),
            'Program': r.choice(PROGRAMS), 'Case Manager': r.choice(CASE_MGRS),
            'Exit Destination': r.choice(EXITS) if exit_d else '', 'Exit Date': fmt_date(exit_d)}

COLS = ['Client ID', 'Client Name', 'Date of Birth', 'Gender Identity', 'Country of Origin', 'Primary Language',
        'Phone', 'Email', 'Intake Date', 'Program', 'Case Manager', 'Exit Destination', 'Exit Date']

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--people', type=int, default=1000); ap.add_argument('--seed', type=int, default=2210)
    ap.add_argument('--out', required=True); ap.add_argument('--truth', required=True)
    a = ap.parse_args(); r = random.Random(a.seed); st = {'swap': 0}
    rows = []
    for i in range(a.people):
        p = make_person(r, f"P{i + 1:05d}")
        k = r.choices([1, 2, 3, 4, 5, 6], [36, 30, 18, 10, 4, 2])[0]
        for j in range(k): rows.append((p['pid'], noisy_record(r, p, j > 0, st)))
    r.shuffle(rows)
    with open(a.out, 'w', newline='', encoding='utf-8') as f, open(a.truth, 'w', newline='', encoding='utf-8') as t:
        w = csv.DictWriter(f, COLS); w.writeheader(); tw = csv.writer(t); tw.writerow(['record_id', 'person_id'])
        for n, (pid, rec) in enumerate(rows, 1):
            cid = f"C-{n:06d}"; w.writerow({'Client ID': cid, **rec}); tw.writerow([cid, pid])
    print(f"{a.people} people, {len(rows)} records -> {a.out}, {a.truth}")

if __name__ == '__main__':
    main()
