#!/usr/bin/env python3
"""gen4.py - synthetic person records about potential victims of modern slavery,
shaped like exports from UK case-management systems (LA children's services,
police crime systems, NGO CRMs, Home Office). Every person is invented.

Usage: python3 gen4.py --people N --seed S --out FILE.csv --truth TRUTH.csv
Standard library only; output is deterministic for a given (N, seed).
"""
import argparse
import csv
import datetime
import random
import unicodedata

# ---------------------------------------------------------------- nationalities
# code, weight, culture, male ratio, minor ratio   (rough NRM-like mix)
NATS = [
    ("UK", 24, "uk", 0.78, 0.80),
    ("AL", 14, "albanian", 0.88, 0.40),
    ("VN", 8, "vietnamese", 0.72, 0.50),
    ("ER", 7, "habesha", 0.80, 0.45),
    ("SD", 6, "arabic", 0.95, 0.45),
    ("AF", 5, "afghan", 0.95, 0.55),
    ("IQ", 4, "kurdish", 0.92, 0.35),
    ("RO", 4, "romanian", 0.55, 0.20),
    ("IR", 3, "iranian", 0.85, 0.35),
    ("IN", 3, "indian", 0.70, 0.15),
    ("NG", 3, "nigerian", 0.35, 0.25),
    ("CN", 3, "chinese", 0.45, 0.15),
    ("ET", 2, "habesha", 0.60, 0.40),
    ("PL", 2, "polish", 0.70, 0.05),
    ("EG", 2, "arabic", 0.95, 0.40),
]

COUNTRY = {
    "UK": ["United Kingdom", "UK", "England", "Great Britain", "U.K.", "Wales"],
    "AL": ["Albania", "ALBANIA", "Republic of Albania"],
    "VN": ["Vietnam", "Viet Nam", "VIETNAM", "Vietnam (Socialist Republic)"],
    "ER": ["Eritrea", "ERITREA"],
    "SD": ["Sudan", "SUDAN", "Republic of Sudan"],
    "AF": ["Afghanistan", "AFGHANISTAN", "Afganistan"],
    "IQ": ["Iraq", "IRAQ", "Iraq (Kurdistan Region)"],
    "RO": ["Romania", "ROMANIA"],
    "IR": ["Iran", "Iran, Islamic Republic of", "IRAN"],
    "IN": ["India", "INDIA"],
    "NG": ["Nigeria", "NIGERIA"],
    "CN": ["China", "China (PRC)", "CHINA", "People's Republic of China"],
    "ET": ["Ethiopia", "ETHIOPIA"],
    "PL": ["Poland", "POLAND"],
    "EG": ["Egypt", "EGYPT"],
}
DEMONYM = {
    "UK": ["British", "British Citizen", "UK National"], "AL": ["Albanian"],
    "VN": ["Vietnamese"], "ER": ["Eritrean"], "SD": ["Sudanese"],
    "AF": ["Afghan", "Afghani"], "IQ": ["Iraqi", "Iraqi Kurd"],
    "RO": ["Romanian"], "IR": ["Iranian"], "IN": ["Indian"],
    "NG": ["Nigerian"], "CN": ["Chinese"], "ET": ["Ethiopian"],
    "PL": ["Polish"], "EG": ["Egyptian"],
}
LANGS = {
    "UK": [("", 6), ("Not required", 3), ("English", 2), ("N/A", 1)],
    "AL": [("Albanian", 10), ("Albanian (Gheg)", 1), ("None - speaks some English", 1)],
    "VN": [("Vietnamese", 12), ("Vietnamese (Northern)", 1)],
    "ER": [("Tigrinya", 9), ("Tigrigna", 2), ("Tigrinian", 1), ("Arabic", 1)],
    "SD": [("Arabic", 6), ("Sudanese Arabic", 3), ("Arabic (Sudanese)", 2), ("Fur", 1)],
    "AF": [("Pashto", 6), ("Dari", 5), ("Pashtu", 1), ("Farsi", 1)],
    "IQ": [("Kurdish Sorani", 6), ("Sorani", 3), ("Kurdish", 2), ("Arabic", 2)],
    "RO": [("Romanian", 8), ("Romani", 1), ("", 1)],
    "IR": [("Farsi", 6), ("Persian", 2), ("Kurdish Sorani", 1)],
    "IN": [("Punjabi", 5), ("Hindi", 3), ("", 2)],
    "NG": [("", 6), ("Not required", 2), ("Pidgin English", 1), ("Edo", 1)],
    "CN": [("Mandarin", 8), ("Cantonese", 1), ("Fujianese", 1)],
    "ET": [("Amharic", 7), ("Oromo", 2), ("Tigrinya", 1)],
    "PL": [("Polish", 8), ("", 1)],
    "EG": [("Arabic", 8), ("Egyptian Arabic", 2)],
}

# ---------------------------------------------------------------- name pools
P = {
    "uk": dict(
        m="Jack Callum Tyler Kyle Liam Connor Jordan Reece Kai Mason Leon Jayden Ethan Harvey "
          "Brandon Lewis Aaron Dylan Ryan Charlie Aiden Josh Kieran Bradley Tyrese Marcus".split(),
        f="Chloe Jade Courtney Megan Shannon Leah Demi Paige Ellie Amber Jessica Lauren Kayleigh "
          "Holly Tia Skye Abbie Mia Jasmine Keira".split(),
        mm="James John Michael Lee Paul David Thomas Anthony Dean Junior".split(),
        fm="Louise Marie Jane Ann Rose Grace Elizabeth Leanne May".split(),
        sur="Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Johnson Roberts Walker "
            "Wright Robinson Thompson Hughes Clarke Hall Green Wood Harris Lewis Martin Jackson "
            "Campbell Murphy O'Brien Khan Ahmed Hussain Mensah Francis Okoro Ali Reid McDonald".split()),
    "albanian": dict(
        m="Ardit Erion Klajdi Endrit Gentian Arben Besnik Dritan Elton Kristi Ermal Fatjon Leonard "
          "Redon Sokol Arjan Erald Alban Florjan Jurgen Xhuljan Denis Klevis Geraldo".split(),
        f="Anisa Blerta Elona Ermira Jonida Klea Mirela Rezarta Valbona Xhesika Ardita Esmeralda Bora".split(),
        fa="Agron Bashkim Fatmir Gëzim Ilir Kujtim Luan Mentor Petrit Qemal Shkëlqim Artan Fatos "
           "Ylli Përparim Naim Hysen Lulzim".split(),
        sur="Hoxha Shehu Dervishi Gjoka Leka Krasniqi Berisha Kola Marku Çela Basha Doçi Mema "
            "Prenga Lleshi Bushati Dedja Gjini Tafaj Kurti Muça Zeqiri Hysa Dushku Bajrami Kaçi".split()),
    "vietnamese": dict(
        m="Nam Hùng Tuấn Minh Đức Long Thành Quang Hiếu Dũng Sơn Phúc Khoa Tài Huy Bảo Cường Việt".split(),
        f="Lan Hương Mai Linh Trang Hoa Thu Ngọc Anh Thảo Nhung Hằng Yến Vy".split(),
        mm="Văn Văn Văn Đức Minh Quốc Hữu Thanh Công".split(),
        fm="Thị Thị Thị Ngọc Thu Thanh Kim".split(),
        sur="Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Đặng Bùi Đỗ Hồ "
            "Ngô Dương Lý Võ Đinh".split()),
    "habesha": dict(
        m="Yohannes Tesfay Haile Dawit Filmon Merhawi Samuel Robel Yonas Kidane Mehari Berhane "
          "Habtom Tekle Amanuel Ghirmay Biniam Henok Natnael Efrem Abel Semere Mulugeta Kibrom "
          "Goitom Teklemariam Weldemichael Gebremedhin Gebrehiwet Tesfamariam".split(),
        f="Senait Helen Selam Saba Luwam Mebrat Rahel Yodit Hiwet Almaz Tsega Feven Eden Winta "
          "Ruta Semhar Freweini Meron Tigist Hana".split()),
    "arabic": dict(
        m="Mohammed Ahmed Abdulrahman Omar Ali Hassan Hussein Ibrahim Yousif Mustafa Khalid Osman "
          "Abdallah Adam Ismail Salih Abdelaziz Bashir Idris Abubakar Mohammed Ahmed".split(),
        f="Fatima Amna Mariam Aisha Khadija Zainab Huda Samira Nour Hawa".split(),
        sur="Adam Abakar Idris Bashir Elnour Eltayeb Abdelkarim Musa Haroun Ishag".split()),
    "kurdish": dict(
        m="Karwan Rebwar Hawre Dilshad Shwan Aram Sirwan Hemin Kawa Zana Bestun Ali Ahmed "
          "Mohammed Omar Hussein Hama".split(),
        f="Shilan Avin Naz Rezan Sozan Zainab".split(),
        sur="Rashid Aziz Karim Qadir Abdullah Hama Amin Saleh Rahman Faraj Jalal".split()),
    "afghan": dict(
        m="Ahmad Mohammad Hamid Najib Rahmatullah Zabihullah Ehsanullah Sayed Jawad Farid Wahid "
          "Naveed Shafiq Bilal Mustafa Qasim Karim Samiullah Noorullah Ismail Hamza Omid Ali "
          "Hussain Abdul Rahim".split(),
        f="Fatima Zahra Maryam Nargis Shabana Parwana Fereshta Mursal Sadia".split(),
        sur="Ahmadzai Popalzai Safi Stanikzai Noori Rahimi Hakimi Sultani Mohammadi Hussaini "
            "Amiri Karimi Niazi Wardak Mangal Shinwari Yousufzai Sadat Haidari".split()),
    "iranian": dict(
        m="Reza Ali Amir Mehdi Hossein Farshad Arash Babak Saeed Mohsen Hamid Navid".split(),
        f="Maryam Zahra Shirin Leila Nasrin Parisa".split(),
        mm=[], fm=[],
        sur="Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Jafari Rahimi Sadeghi Heidari Amini".split()),
    "romanian": dict(
        m="Andrei Ionuț Florin Marian Gheorghe Costel Vasile Adrian Ștefan Mihai Cosmin Daniel Nicușor".split(),
        f="Andreea Elena Maria Ioana Florentina Alina Mădălina Roxana Georgiana".split(),
        mm="Ion Alexandru Cristian Gabriel".split(), fm="Maria Elena Florina".split(),
        sur="Popescu Ionescu Stan Dumitru Constantin Munteanu Lăzăr Radu Stoica Badea Stănescu "
            "Ciobanu Rusu Dinu Tănase Căldăraru".split()),
    "polish": dict(
        m="Piotr Tomasz Krzysztof Paweł Marcin Łukasz Michał Grzegorz Dariusz".split(),
        f="Agnieszka Katarzyna Magdalena Joanna Małgorzata".split(),
        mm="Jan Adam Józef".split(), fm="Anna Maria".split(),
        sur="Kowalski Nowak Wiśniewski Wójcik Lewandowski Zieliński Kamiński Szymański Woźniak Dąbrowski".split()),
    "nigerian": dict(
        m="Chinedu Emeka Oluwaseun Tunde Ifeanyi Samuel Daniel Godwin Osaro Efosa Victor Chukwuemeka".split(),
        f="Blessing Precious Joy Favour Chioma Ngozi Funmilayo Osas Esohe Gift Mercy Patience "
          "Faith Happiness Osayuki".split(),
        mm="Chukwudi Oluwadamilare Osaretin Adebayo".split(), fm="Oghogho Adesuwa Omoye Ese".split(),
        sur="Okafor Adeyemi Okonkwo Eze Ogunleye Bello Nwosu Osagie Igbinedion Obasogie Omoregie "
            "Edosomwan Uwaifo Aigbe Ogbeide".split()),
    "chinese": dict(
        m="Wei Jun Ming Lei Xiaoming Qiang Jianhua Hao Bo".split(),
        f="Xiaoling Mei Jing Yan Fang Hong Lihua Hui Li".split(),
        sur="Wang Li Zhang Liu Chen Yang Lin Huang Zhao Wu Zhou".split()),
    "indian": dict(
        m="Harpreet Gurpreet Manpreet Rajesh Suresh Amit Sandeep Jaswinder Kuldeep Vikram".split(),
        f="Priya Harpreet Manpreet Jaswinder Simran Pooja Sunita".split(),
        mm=[], fm=[],
        sur="Singh Patel Kumar Sharma Gill Sandhu Sidhu Dhillon Sahota".split()),
}

# transliteration / spelling variants (key: accent-free canonical form)
VAR = {}


def _v(spec):
    for line in spec.strip().splitlines():
        k, vs = line.split(":")
        VAR[k.strip()] = [x.strip() for x in vs.split(",")]


_v("""
Mohammed: Muhammad, Mohamed, Mohammad, Mohamad, Muhammed, Mohd, Mohamud
Mohammad: Mohammed, Muhammad, Mohamad, Mohammed
Ahmed: Ahmad, Ahmet, Ahmid
Ahmad: Ahmed, Ahmat
Abdulrahman: Abdul Rahman, Abdelrahman, Abd Al-Rahman, Abdalrahman, Abdurahman
Omar: Umar, Omer
Hassan: Hasan, Hasen
Hussein: Husain, Hussain, Hosein, Husein
Hussain: Hussein, Husain, Hossain
Ibrahim: Ebrahim, Ibraheem, Ibrahem
Yousif: Yousef, Yusuf, Youssef, Yosif, Yousuf
Mustafa: Mostafa, Moustafa, Mustapha
Khalid: Khaled, Kalid
Osman: Othman, Uthman, Usman
Abdallah: Abdullah, Abdalla, Abdella
Abdullah: Abdallah, Abdulla
Ismail: Ismael, Esmail, Ismaeel
Salih: Saleh, Saleh
Saleh: Salih
Abdelaziz: Abdulaziz, Abdel Aziz, Abd Elaziz
Abubakar: Abu Bakr, Abubaker, Abakar
Idris: Idriss, Edris
Bashir: Basheer, Bachir
Elnour: El Nour, Al-Nour, Alnour, Elnur
Eltayeb: El Tayeb, Altayeb, Eltaib
Abdelkarim: Abdulkarim, Abdel Karim, Abdalkarim
Haroun: Harun, Haroon
Ishag: Ishaq, Ishak, Isaac
Musa: Mousa, Moussa
Fatima: Fatma, Fatimah, Fatuma
Amna: Amina, Aminah
Mariam: Maryam, Miriam, Mariem
Maryam: Mariam, Maryum
Aisha: Aysha, Aicha, Ayesha
Khadija: Khadijah, Khadeeja
Zainab: Zaynab, Zeinab
Huda: Houda, Hoda
Nour: Noor, Nur
Hawa: Hawwa, Howa
Yohannes: Yohanes, Yohanis, Johannes, Yohannis
Tesfay: Tesfaye, Tesfai, Tesfa
Haile: Hayle, Hailé
Dawit: David, Dawitt
Filmon: Filimon, Philemon
Merhawi: Mehrawi, Merhawie
Yonas: Jonas, Yonass
Kidane: Kidan, Kidanne
Mehari: Mihary, Mehary
Berhane: Berhan, Birhane, Brhane
Habtom: Habtoum, Habtum
Tekle: Teklay, Tekele, Tekla
Amanuel: Emmanuel, Amaniel
Ghirmay: Girmay, Ghirmai, Girmai
Biniam: Biniyam, Binyam
Henok: Henock, Enoch
Natnael: Natnail, Nathanael
Efrem: Ephrem, Efrom
Semere: Semre, Smere
Kibrom: Kbrom, Kibrome
Goitom: Goitum, Gaitom
Teklemariam: Tekle Mariam, Teklemaryam
Weldemichael: Welde Michael, Woldemichael, Weldemikael, Wolde Mikael
Gebremedhin: Ghebremedhin, Gebre Medhin, Gebremedin
Gebrehiwet: Ghebrehiwet, Gebre Hiwet, Gebrehiwot
Tesfamariam: Tesfa Mariam, Tesfamaryam
Mulugeta: Mulgeta, Mulageta
Senait: Senayt, Senaite
Selam: Salam, Selamawit
Luwam: Luam, Lwam
Mebrat: Mibrat
Rahel: Rachel, Raheel
Yodit: Judith, Yudit, Yodita
Hiwet: Hiwot, Hewet
Tsega: Tsegga, Sega
Feven: Fiven, Fevin
Winta: Wintana
Freweini: Frewoini, Frewini
Tigist: Tigest
Hana: Hanna, Hannah
Rahmatullah: Rahmatulla, Rahmat Ullah, Rahmatollah
Zabihullah: Zabiullah, Zabihulla, Zabi Ullah
Ehsanullah: Ihsanullah, Ahsanullah, Ehsan Ullah
Samiullah: Sami Ullah, Samiulla
Noorullah: Nurullah, Noor Ullah
Sayed: Sayeed, Said, Syed, Sayyed
Jawad: Javad, Jawaad
Wahid: Waheed, Vahid
Naveed: Navid, Naweed
Shafiq: Shafique, Shafeeq
Najib: Najeeb, Najibullah
Hamid: Hameed, Hamed
Qasim: Qasem, Kasim, Ghasem
Karim: Kareem, Karem
Omid: Umid, Omeed
Hamza: Hamzah, Hamze
Ahmadzai: Ahmedzai, Ahmadzay
Popalzai: Popalzay, Popalzei
Stanikzai: Stanekzai, Stanakzai
Yousufzai: Yousafzai, Yusufzai
Mohammadi: Mohammedi, Muhammadi, Mohamadi
Hussaini: Husaini, Hosseini
Haidari: Heidari, Haydari
Shinwari: Shinwary
Nargis: Narges, Nargiz
Fereshta: Freshta, Fereshteh
Karwan: Kerwan, Karwaan
Rebwar: Ribwar, Rebwer
Hawre: Hawri, Hawra
Dilshad: Dlshad, Dilshaad
Shwan: Shuan, Schwan
Sirwan: Serwan, Sirwaan
Hemin: Hemn, Himin
Bestun: Bestoon, Bistun
Qadir: Kadir, Qader, Kader
Aziz: Azeez, Aziiz
Rashid: Rasheed, Rachid
Rahman: Rehman, Rahmaan
Faraj: Faraaj, Farach
Jalal: Jalaal, Galal
Hossein: Hussein, Hosein, Hosseyn
Mehdi: Mahdi, Mehdy
Saeed: Saeid, Said, Saied
Mohsen: Mohsin
Leila: Leyla, Layla
Shirin: Shireen
Rezaei: Rezaie, Rezai, Rezaee
Hosseini: Husseini, Hoseini, Hosseiny
Heidari: Heydari, Haidari
Sadeghi: Sadeqi, Sadegi
Jafari: Jafary, Jaafari
Ardit: Arditi
Erion: Erioni
Klajdi: Klajd, Klaidi
Endrit: Endriti
Gentian: Gentiani, Genti
Arben: Arbeni
Besnik: Besniku
Dritan: Dritani
Elton: Eltoni
Kristi: Kristian, Kristjan
Ermal: Ermali
Fatjon: Fatjoni
Redon: Redoni
Sokol: Sokoli
Xhuljan: Xhulian, Julian, Xhuliano
Jurgen: Jurgeni
Klevis: Klevi, Klevisi
Geraldo: Gerald, Xheraldo
Florjan: Florian, Florjani
Erald: Eraldo
Xhesika: Jessica, Xheska
Blerta: Blerte
Gezim: Gëzimi, Gjezim
Shkelqim: Shkelqimi, Shkelcim
Perparim: Perparimi
Hoxha: Hoxhaj, Hoxa
Gjoka: Gjokaj
Leka: Lekaj
Marku: Markaj
Kola: Kolaj
Prenga: Prengaj, Prenka
Tafaj: Tafa
Dedja: Dedaj, Deda
Lleshi: Lleshaj, Leshi
Krasniqi: Krasniki, Krasnici
Dervishi: Dervish
Shehu: Shehaj
Basha: Bashaj
Zeqiri: Zekiri
Bajrami: Bajram
Cela: Çelaj, Chela
Nguyen: Ngyuen, Nguyn, Nguen, Nyugen, Nguyenn, Nguyên
Dung: Zung
Duong: Zuong
Hoang: Hoàng, Huang
Chen: Chan
Lin: Lam
Zhang: Cheung, Chang
Wang: Wong
Li: Lee
Huang: Wong, Hwang
Zhao: Chiu, Chao
Wu: Ng, Woo
Zhou: Chow, Chou
Xiaoling: Xiao Ling, Xiao-Ling
Xiaoming: Xiao Ming, Xiao-Ming
Jianhua: Jian Hua, Jian-Hua
Lihua: Li Hua, Li-Hua
Callum: Calum, Cal
Jordan: Jordon
Reece: Rhys, Reese
Kai: Kye
Jayden: Jaden, Jaiden, Jaydon
Connor: Conor, Conner
Aiden: Aidan, Ayden
Josh: Joshua
Kieran: Kieron, Ciaran
Bradley: Brad
Lewis: Louis
Tyrese: Tyreese, Tyreece
Megan: Meghan, Meg
Courtney: Cortney
Leah: Lea, Leigh
Ellie: Elle, Eleanor
Kayleigh: Kayley, Kaylee, Caleigh
Abbie: Abby, Abigail
Mia: Miah
Demi: Demmi
Jessica: Jess
Skye: Sky
Keira: Kiera, Kira
Thompson: Thomson
Clarke: Clark
Davies: Davis
O'Brien: OBrien, O Brien
McDonald: MacDonald, Mcdonald
Gheorghe: Georghe, Gheorge, George
Costel: Costica
Nicusor: Nicu
Andreea: Andrea
Madalina: Madaline
Florentina: Florentine
Ionut: Ionuts, Ionutz
Stefan: Stephan
Caldararu: Caldarar, Kaldararu
Krzysztof: Krzystof, Christopher
Piotr: Peter
Pawel: Paul
Michal: Michael
Malgorzata: Gosia
Katarzyna: Kasia, Katarzina
Grzegorz: Gregory
Lukasz: Lucas
Oluwaseun: Seun, Oluwashewun
Ifeanyi: Ifeanyichukwu, Ifeany
Chukwuemeka: Emeka, Chukwuemekah
Funmilayo: Funmi, Olufunmilayo
Igbinedion: Igbinidion, Igbinedon
Ogunleye: Ogunleyi
Okonkwo: Okonkow
Osayuki: Osayuku
Jaswinder: Jasvinder, Jaswindar
Kuldeep: Kuldip
Sandeep: Sandip
Harpreet: Harprit
Gurpreet: Gurprit
Dhillon: Dhilon
""")

TWIN_PAIRS = [("Hassan", "Hussein"), ("Yohannes", "Yonas"), ("Ardit", "Arbi"),
              ("Callum", "Connor"), ("Chloe", "Zoe"), ("Luwam", "Luam"), ("Hamid", "Hamed"),
              ("Nam", "Nhật"), ("Andrei", "Andreea")]

# ---------------------------------------------------------------- agencies
AGENCIES = {
    "LA": [("KCC", "Kent County Council Children's Services"), ("BCT", "Birmingham Children's Trust"),
           ("CRY", "Croydon Council - Children's Social Care"), ("MCC", "Manchester City Council CSC"),
           ("HIL", "Hillingdon Children's Services"), ("LDS", "Leeds City Council Children & Families"),
           ("PCC", "Portsmouth CSC")],
    "POL": [("MPS", "Metropolitan Police Service"), ("MPS", "Met Police"), ("MPS", "MPS"),
            ("WMP", "West Midlands Police"), ("GMP", "Greater Manchester Police"), ("GMP", "GMP"),
            ("KNT", "Kent Police"), ("WYP", "West Yorkshire Police"), ("BTP", "British Transport Police")],
    "NGO": [("HLT", "Harbour Light Trust"), ("NAS", "Northern Anchor Support"),
            ("SPR", "Safe Passage Refuge Network"), ("BWA", "Bridgewell Advocacy"),
            ("SBO", "St Brigid's Outreach")],
    "HO": [("HO", "Home Office (UKVI)"), ("BF", "Border Force"), ("HO", "Home Office - Immigration Enforcement")],
}
TOWNS = ("Dover Folkestone Canterbury Birmingham Wolverhampton Manchester Bolton Leeds Bradford Huddersfield "
         "Croydon Hillingdon Slough Luton Peterborough Portsmouth Southampton Norwich Ipswich Hull "
         "Sheffield Nottingham Derby Leicester Coventry Stoke-on-Trent Swansea Cardiff Newport Bristol").split()
CITIES = ["London", "Liverpool", "Birmingham", "Manchester", "Leeds"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]

HEADER = ["Unique Reference Number (URN)", "Reporting Agency", "Date of Referral", "Last Name",
          "First Name", "Middle Name(s)", "Previous Names", "Gender Identity", "DOB Day", "DOB Month",
          "DOB Year", "DOB verified (Y/N)", "Country of Birth", "Citizenship", "Interpreter Language",
          "Circumstances"]


# ---------------------------------------------------------------- helpers
def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def strip_acc(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def typo(rng, s):
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s) - 1)
    k = rng.random()
    if k < 0.3:                                     # transpose
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k < 0.55:                                    # drop
        return s[:i] + s[i + 1:]
    if k < 0.75:                                    # double
        return s[:i] + s[i] + s[i:]
    near = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o", "n": "m", "m": "n",
            "s": "z", "z": "s", "k": "c", "c": "k", "h": "", "r": "t", "t": "r", "d": "t"}
    c = s[i].lower()
    return s[:i] + near.get(c, c) + s[i + 1:]


def variant(rng, tok):
    key = strip_acc(tok)
    vs = VAR.get(key) or VAR.get(tok)
    if not vs:
        return tok
    return rng.choice(vs)


def add_years(d, y):
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)


# ---------------------------------------------------------------- people
def new_identity(rng, cult, sex, nat):
    p = P[cult]
    g = rng.choice(p["m"] if sex == "M" else p["f"])
    idn = {"cult": cult, "given": g, "middles": [], "surname": "", "father": "", "grand": ""}
    if cult in ("uk", "romanian", "polish", "nigerian"):
        pool = p["mm"] if sex == "M" else p["fm"]
        if pool and rng.random() < (0.6 if cult == "uk" else 0.3):
            idn["middles"] = [rng.choice(pool)]
        s = rng.choice(p["sur"])
        if cult == "polish" and sex == "F" and s.endswith("ski"):
            s = s[:-3] + "ska"
        idn["surname"] = s
    elif cult == "indian":
        s = rng.choice(p["sur"][1:])
        if rng.random() < 0.5:
            idn["middles"] = ["Singh" if sex == "M" else "Kaur"]
            if rng.random() < 0.5:
                s = idn["middles"][0]
                idn["middles"] = []
        idn["surname"] = s
    elif cult == "iranian":
        idn["surname"] = rng.choice(p["sur"])
    elif cult == "albanian":
        idn["father"] = rng.choice(p["fa"])
        idn["surname"] = rng.choice(p["sur"])
    elif cult == "vietnamese":
        idn["middles"] = [rng.choice(p["mm"] if sex == "M" else p["fm"])]
        idn["surname"] = rng.choice(p["sur"])
    elif cult == "chinese":
        idn["surname"] = rng.choice(p["sur"])
    elif cult == "habesha":
        idn["father"] = rng.choice(p["m"])
        idn["grand"] = rng.choice(p["m"])
    elif cult in ("arabic", "kurdish"):
        idn["father"] = rng.choice(p["m"])
        idn["grand"] = rng.choice(p["m"])
        if rng.random() < (0.35 if nat == "SD" else 0.5):
            idn["surname"] = rng.choice(p["sur"])
    elif cult == "afghan":
        idn["father"] = rng.choice([x for x in p["m"] if x not in ("Abdul",)])
        if rng.random() < 0.55:
            idn["surname"] = rng.choice(p["sur"])
    if g == "Abdul" or (cult == "afghan" and rng.random() < 0.1):
        idn["given"] = (g if g == "Abdul" else "Mohammad") + " " + rng.choice(["Rahim", "Karim", "Wahid", "Hadi", "Basir"])
    return idn


def exploitation(rng, nat, sex, minor):
    if nat == "UK":
        opts = [("county_lines", 7), ("cse", 2 if sex == "M" else 5), ("criminal", 1)]
    elif nat == "VN":
        opts = [("cannabis", 5), ("nail_bar", 3), ("sexual", 1 if sex == "M" else 3)]
    elif nat == "AL":
        opts = [("cannabis", 5), ("sexual", 1 if sex == "M" else 6), ("construction", 2)]
    elif nat in ("ER", "SD", "AF", "IQ", "IR", "EG", "ET"):
        opts = [("transit", 6), ("labour_abroad", 3), ("car_wash", 1), ("domestic", 0.3 if sex == "M" else 3)]
    elif nat in ("RO", "PL"):
        opts = [("agri", 3), ("factory", 3), ("car_wash", 2), ("sexual", 0.5 if sex == "M" else 4), ("begging", 1)]
    elif nat == "NG":
        opts = [("sexual", 5), ("domestic", 4), ("labour_abroad", 1)]
    elif nat == "CN":
        opts = [("sexual", 1 if sex == "M" else 5), ("restaurant", 4)]
    else:
        opts = [("care_sector", 4), ("restaurant", 3), ("agri", 2)]
    return wchoice(rng, opts)


def make_person(rng, pid, base=None, kind="new"):
    if base is None:
        nat = wchoice(rng, [(n[0], n[1]) for n in NATS])
    else:
        nat = base["nat"]
    row = [n for n in NATS if n[0] == nat][0]
    cult, mratio, minr = row[2], row[3], row[4]
    sex = "M" if rng.random() < mratio else "F"
    if kind == "twin" and rng.random() < 0.6:
        sex = base["sex"]
    ref0 = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 8))
    minor = rng.random() < minr
    age = rng.randint(12, 17) if minor else int(min(60, 18 + rng.expovariate(1 / 9.0)))
    dob = ref0 - datetime.timedelta(days=age * 365 + rng.randrange(0, 365))
    idn = new_identity(rng, cult, sex, nat)
    story = {"type": exploitation(rng, nat, sex, minor), "town": rng.choice(TOWNS),
             "city": rng.choice(CITIES), "debt": rng.choice([3000, 5000, 8000, 10000, 15000, 20000, 25000]),
             "with": None}
    if base is not None:
        bidn = base["ids"][0]
        if kind in ("sibling", "twin"):
            for k in ("surname", "father", "grand"):
                idn[k] = bidn[k]
            if cult == "vietnamese" and sex == base["sex"]:
                idn["middles"] = list(bidn["middles"])
            if kind == "twin":
                dob = base["dob"]
                ref0 = base["ref0"] + datetime.timedelta(days=rng.randint(0, 20))
                for a, b in TWIN_PAIRS:
                    if bidn["given"] in (a, b) and rng.random() < 0.7:
                        idn["given"] = b if bidn["given"] == a else a
            else:
                gap = rng.choice([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5])
                dob = add_years(base["dob"], gap) + datetime.timedelta(days=rng.randint(-150, 150))
                ref0 = base["ref0"] + datetime.timedelta(days=rng.randint(-30, 200))
            while idn["given"] == bidn["given"]:
                idn["given"] = new_identity(rng, cult, sex, nat)["given"]
            story = dict(base["story"])
            story["with"] = (("twin " if kind == "twin" else "") +
                             ("brother" if base["sex"] == "M" else "sister"), bidn["given"])
            base["story"].setdefault("sibs", []).append(("brother" if sex == "M" else "sister", idn["given"]))
        elif kind == "namesake":
            sex = base["sex"]
            idn = dict(bidn)
            idn["middles"] = list(bidn["middles"])
            if rng.random() < 0.3:
                dob = datetime.date(base["dob"].year, rng.randint(1, 12), rng.randint(1, 28))
    today = datetime.date(2025, 3, 31)
    ref0 = min(ref0, today)
    per = {"pid": pid, "nat": nat, "cult": cult, "sex": sex, "dob": dob, "ref0": ref0,
           "ids": [idn], "story": story, "aliases": []}
    # gender identity
    per["gid"] = sex
    if rng.random() < 0.015:
        per["gid"] = rng.choice(["NB", "TW", "TM"])
    # DOB mode
    est = {"AF": 0.6, "ER": 0.45, "SD": 0.5, "ET": 0.4, "IQ": 0.25, "EG": 0.2, "VN": 0.15, "NG": 0.2}.get(nat, 0.03)
    per["dob_mode"] = "jan1" if rng.random() < est else ("yearonly" if rng.random() < 0.04 else "known")
    if kind == "twin":
        per["dob_mode"] = base["dob_mode"]
    per["disputed"] = (nat != "UK" and rng.random() < (0.35 if age <= 19 else 0.05))
    if per["disputed"]:
        shift = rng.choice([1, 2, 2, 3, 4])
        ad = add_years(dob, -shift)
        per["assessed"] = datetime.date(ad.year, 1, 1) if rng.random() < 0.6 else ad
    # country of birth (usually = nationality)
    per["cob"] = nat
    if nat == "ER" and rng.random() < 0.2:
        per["cob"] = rng.choice(["ET", "SD"])
    elif nat == "AF" and rng.random() < 0.15:
        per["cob"] = "IR"
    elif nat in ("NG", "IN", "CN", "AL", "VN", "RO", "PL") and rng.random() < 0.03:
        per["cob"] = "UK"
    # aliases / other identities
    if rng.random() < 0.12:
        fake = new_identity(rng, cult, sex, nat)
        per["ids"].append(fake)
    if rng.random() < 0.10 and cult in ("chinese", "vietnamese", "nigerian"):
        per["aliases"].append(rng.choice(["Lucy", "Amy", "Tony", "Kevin", "Annie", "David", "Jenny", "Peter"]
                                         if cult != "nigerian" else ["Princess", "Sandra", "Mary", "Grace"]))
    if cult == "uk" and sex == "F" and age > 20 and rng.random() < 0.2:
        per["aliases"].append(idn["given"] + " " + rng.choice(P["uk"]["sur"]))
    if cult == "uk" and rng.random() < 0.06:
        per["aliases"].append(rng.choice(["Lil " + idn["given"][0], "Tiny", "Smokey", "Ghost", "Skinny", "Bugz"]))
    return per


# ---------------------------------------------------------------- records
def layout(rng, idn):
    c = idn["cult"]
    g, mids, s, fa, gr = idn["given"], idn["middles"], idn["surname"], idn["father"], idn["grand"]
    m = " ".join(mids)
    if c == "vietnamese":
        return wchoice(rng, [((g, m, s), 45), ((m + " " + g, "", s), 20), ((s, m, g), 18),
                             ((s + " " + m, "", g), 5), ((g, "", s), 12)])
    if c == "chinese":
        return wchoice(rng, [((g, "", s), 60), ((s, "", g), 30), ((s + " " + g, "", ""), 5), ((g, "", s.upper()), 5)])
    if c == "habesha":
        return wchoice(rng, [((g, "", fa), 40), ((g, fa, gr), 30), ((g, "", gr), 8),
                             ((g, "", fa + " " + gr), 12), ((g + " " + fa, "", gr), 5), ((fa, "", g), 5)])
    if c in ("arabic", "kurdish"):
        last = s or gr
        return wchoice(rng, [((g, fa, last), 30), ((g, "", fa), 20), ((g, fa + " " + gr, s), 15 if s else 0),
                             ((g, "", last), 15), ((g, "", fa + " " + gr), 10), ((last, "", g), 5),
                             ((g + " " + fa, "", last), 5)])
    if c == "afghan":
        if s:
            return wchoice(rng, [((g, "", s), 50), ((g, "", fa), 18), ((g, "", ""), 8), ((s, "", g), 10),
                                 ((g, fa, s), 14)])
        return wchoice(rng, [((g, "", fa), 45), ((g, "", ""), 25), ((g, "", "Unknown"), 8),
                             ((g, "", g), 10), ((fa, "", g), 7), ((g, "", "FNU"), 5)])
    if c == "albanian":
        return wchoice(rng, [((g, fa, s), 45), ((g, "", s), 50), ((g + " " + fa, "", s), 5)])
    # western-like
    if c == "indian" and not m and s in ("Singh", "Kaur") and rng.random() < 0.2:
        return (g, "", "")
    return wchoice(rng, [((g, m, s), 70), ((g, "", s), 25), ((g, m[:1], s), 5 if m else 0)])


VAR_P = {"arabic": 0.35, "kurdish": 0.35, "afghan": 0.35, "habesha": 0.4, "iranian": 0.25,
         "albanian": 0.3, "vietnamese": 0.15, "chinese": 0.2, "nigerian": 0.15, "uk": 0.08,
         "romanian": 0.12, "polish": 0.12, "indian": 0.15}
ACC_P = {"vietnamese": 0.8, "albanian": 0.55, "romanian": 0.6, "polish": 0.55}


def render_field(rng, txt, cult):
    if not txt:
        return txt
    toks = txt.split(" ")
    out = []
    for t in toks:
        if rng.random() < VAR_P.get(cult, 0.1):
            t = variant(rng, t)
        if rng.random() < ACC_P.get(cult, 0.0) or (cult not in ACC_P and rng.random() < 0.5):
            t = strip_acc(t)
        out.append(t)
    s = " ".join(out)
    if rng.random() < 0.045:
        s = typo(rng, s)
    return s


def full_name(idn, rng):
    f, m, l = layout(rng, idn)
    return " ".join(x for x in (render_field(rng, f, idn["cult"]), render_field(rng, m, idn["cult"]),
                                render_field(rng, l, idn["cult"])) if x)


def gender_text(rng, atype, gid):
    if rng.random() < 0.03:
        return rng.choice(["", "Unknown", "Not recorded"])
    table = {
        "LA": {"M": "Male", "F": "Female", "NB": "Non-binary", "TW": "Female", "TM": "Male"},
        "POL": {"M": "M", "F": "F", "NB": "U", "TW": "M", "TM": "F"},
        "NGO": {"M": "Man", "F": "Woman", "NB": "Non-binary", "TW": "Trans woman", "TM": "Trans man"},
        "HO": {"M": "MALE", "F": "FEMALE", "NB": "UNSPECIFIED", "TW": "MALE", "TM": "FEMALE"},
    }
    if atype == "NGO" and rng.random() < 0.02:
        return "Prefer not to say"
    return table[atype][gid]


STORY = {
    "county_lines": ["Arrested in {town} in possession of wraps of class A; believed to be running a county line from {city}.",
                     "Missing episodes x{n}. Found in a trap house in {town} with unknown adults. Phone seized.",
                     "Stopped by BTP on train to {town} carrying cash and drugs; 'owes' money to line holders."],
    "cse": ["Concerns re CSE - seen getting into cars with older males in {town}. Missing from care x{n}.",
            "Disclosed being taken to hotels in {town} and {city}; given alcohol and drugs."],
    "criminal": ["Found shoplifting to order in {town}; states he is made to steal to pay off 'debt'."],
    "cannabis": ["Found at a cannabis grow in a residential property in {town}. Doors locked from outside.",
                 "Police warrant at address in {town} - cannabis factory, {n} rooms. Subject hiding in loft.",
                 "Gardener at cannabis farm ({town}). States agents in home country arranged travel, debt £{debt}."],
    "nail_bar": ["Working in nail bar in {town} 6-7 days a week, unpaid; sleeps in back room.",
                 "Labour exploitation - nail salon, {town}. Boss holds passport."],
    "sexual": ["Sexual exploitation - adverts online, moved between flats in {town} and {city}.",
               "Found during welfare visit to brothel in {town}. Owes £{debt} to traffickers.",
               "Recruited with promise of job; forced into sex work in {city}. Phone taken."],
    "construction": ["Working on building sites in {town} for cash; accommodation provided by 'boss', debt £{debt}."],
    "transit": ["Reports being held in Libya and forced to work before crossing the Mediterranean; arrived by small boat at Dover.",
                "Exploitation in transit (Libya/Sudan). Held for ransom, family paid. Arrived Kent by small boat.",
                "Arrived in lorry at {town}. Forced labour in Libya for {n} months."],
    "labour_abroad": ["Forced labour overseas prior to arrival (farm work, unpaid). Now in {town} hotel.",
                      "States he was forced to work in a factory in Turkey without pay before travelling to UK."],
    "car_wash": ["Working at hand car wash in {town}, 12h days, paid £{n}0/week. Lives above premises.",
                 "Car wash, {town}. Documents retained by employer."],
    "domestic": ["Domestic servitude - cared for employer's children in {city}, not allowed out, no wages.",
                 "Brought to UK as a domestic worker; passport confiscated; worked 18h days in {city}."],
    "agri": ["Agricultural work (packing house) near {town}; wages taken by gangmaster.",
             "Picking work in {town} area; recruited via Facebook, {n} workers per house."],
    "factory": ["Factory work {town}; bank account controlled by recruiter; deductions for rent & transport.",
                "Warehouse job {town}. Group housing, {n} men per room, wages taken."],
    "begging": ["Forced begging in {city} city centre; taken to spot each morning by controller."],
    "restaurant": ["Worked in takeaway kitchen in {town}, unpaid, sleeping on premises.",
                   "Restaurant work {city}, debt £{debt} for travel; controller threatened family."],
    "care_sector": ["Care worker visa; sponsor charging fees, unpaid hours, threatened with deportation. {town}.",
                    "Restaurant/care work in {town}; employer holds passport and bank card."],
}


def circumstances(rng, per, rec_name, atype, used_alias, assessed, minor):
    st = per["story"]
    t = rng.choice(STORY[st["type"]]).format(town=st["town"], city=st["city"], n=rng.randint(2, 9), debt=st["debt"])
    parts = []
    if atype == "LA":
        parts.append(rng.choice(["CSC referral.", "Referral received from EDT.", "UASC.", "Section 20.", ""]))
    elif atype == "POL":
        parts.append(rng.choice(["", "MSHT crime recorded.", "Intel:", "Arrested/released under investigation."]))
    elif atype == "HO":
        parts.append(rng.choice(["NRM referral (FR).", "Screening interview:", "Asylum claim lodged."]))
    else:
        parts.append(rng.choice(["Self-referral via helpline.", "Outreach contact.", "Referred by GP.", ""]))
    parts.append(t)
    if st.get("with"):
        rel, nm = st["with"]
        parts.append(rng.choice(["Travelled with {r} {n}.", "Referred alongside {r} ({n}).", "{r} {n} also at address."])
                     .format(r=rel, n=nm).capitalize())
    elif st.get("sibs") and rng.random() < 0.4:
        rel, nm = st["sibs"][0]
        parts.append("Has a {} ({}) also known to services.".format(rel, nm))
    if used_alias:
        parts.append(rng.choice(["Initially gave false name.", "Gave different name on arrest.",
                                 "Identity unclear - used documents in another name."]))
    if assessed:
        parts.append(rng.choice(["Age disputed; age assessment completed - assessed as adult.",
                                 "Merton-compliant age assessment; DOB assigned.", "Age assessed, DOB estimated."]))
    if minor and rng.random() < 0.2:
        parts.append("ICTG referral made.")
    if rng.random() < 0.1:
        parts.append("\nUpdate: " + rng.choice(["moved placement", "missing since last contact", "positive CG decision",
                                                  "RG decision received", "declined NRM support", "now in Salvation Army accommodation"]) + ".")
    txt = " ".join(p for p in parts if p).replace(" \n", "\n")
    if rng.random() < 0.04:
        txt = ""
    return txt


def dob_fields(rng, per, atype):
    assessed = False
    d = per["dob"]
    ver = "Y"
    mode = per["dob_mode"]
    if per["disputed"] and rng.random() < 0.5:
        d = per["assessed"]
        assessed = True
        ver = "N"
        day, mon, yr = d.day, d.month, d.year
    elif mode == "jan1":
        day, mon, yr = 1, 1, d.year
        ver = "N" if rng.random() < 0.8 else "Y"
    elif mode == "yearonly":
        day, mon, yr = "", "", d.year
        ver = "N"
        if rng.random() < 0.4:
            day, mon = 1, 1
    else:
        day, mon, yr = d.day, d.month, d.year
        ver = "Y" if rng.random() < 0.65 else "N"
    r = rng.random()
    if r < 0.05:
        day, mon, yr, ver = "", "", "", "N"
    elif r < 0.09:
        day, mon = "", ""
    elif r < 0.13 and isinstance(day, int) and day <= 12 and day != mon:
        day, mon = mon, day
    elif r < 0.16 and yr != "":
        yr = yr + rng.choice([-1, 1])
    elif r < 0.18 and isinstance(day, int) and 10 <= day <= 29 and day % 10 != 0 and int(str(day)[::-1]) <= 28:
        day = int(str(day)[::-1])
    if rng.random() < 0.04:
        ver = ""
    # formatting per agency
    if mon != "":
        if atype == "POL" or atype == "HO":
            mon = "%02d" % mon
        elif atype == "NGO":
            mon = rng.choice([MONTHS[mon - 1], MONTHS_FULL[mon - 1], str(mon)]) if rng.random() < 0.7 else str(mon)
        else:
            mon = str(mon)
    if day != "":
        day = ("%02d" % day) if atype in ("POL", "HO") else str(day)
    if yr != "":
        yr = str(yr)
        if rng.random() < 0.01:
            yr = yr[2:]
    if ver and atype in ("NGO",) and rng.random() < 0.5:
        ver = {"Y": "Yes", "N": "No"}[ver]
    return day, mon, yr, ver, assessed


def make_records(rng, per, nrec):
    recs = []
    for k in range(nrec):
        room = max(7, (datetime.date(2025, 3, 31) - per["ref0"]).days)
        ref = per["ref0"] + datetime.timedelta(days=0 if k == 0 else rng.randint(7, min(1100, room)))
        age = (ref - per["dob"]).days // 365
        minor = age < 18
        if minor:
            atype = wchoice(rng, [("LA", 55), ("POL", 30), ("NGO", 8), ("HO", 7 if per["nat"] != "UK" else 0)])
        else:
            atype = wchoice(rng, [("POL", 35), ("NGO", 40), ("HO", 25 if per["nat"] != "UK" else 0)])
        code, agency = rng.choice(AGENCIES[atype])
        if rng.random() < 0.03:
            agency = agency.upper()
        # identity used
        used_alias = False
        idn = per["ids"][0]
        if len(per["ids"]) > 1 and rng.random() < 0.35:
            idn = per["ids"][1]
            used_alias = True
        f, m, l = layout(rng, idn)
        c = idn["cult"]
        f, m, l = render_field(rng, f, c), render_field(rng, m, c), render_field(rng, l, c)
        r = rng.random()
        if r < 0.04:
            f, l = l, f
        elif r < 0.06:
            f, m, l = " ".join(x for x in (f, m, l) if x), "", ""
        if atype == "POL":
            l = l.upper()
        elif atype == "HO":
            f, m, l = f.upper(), m.upper(), l.upper()
        elif atype == "NGO" and rng.random() < 0.05:
            f, m, l = f.lower(), m.lower(), l.lower()
        if rng.random() < 0.02:
            f = f + " "
        # previous names
        prev = []
        for j, other in enumerate(per["ids"]):
            if other is not idn and rng.random() < 0.7:
                prev.append(full_name(other, rng))
        for a in per["aliases"]:
            if rng.random() < 0.6:
                prev.append(a)
        if rng.random() < 0.12:                      # earlier spelling of own name
            alt = full_name(idn, rng)
            if alt.lower() != " ".join(x for x in (f, m, l) if x).lower():
                prev.append(alt)
        rng.shuffle(prev)
        sep = {"POL": ";", "HO": "; ", "LA": "; ", "NGO": rng.choice(["; ", ";", " ; "])}[atype]
        prev_s = sep.join(prev)
        if atype in ("POL", "HO"):
            prev_s = prev_s.upper()
        day, mon, yr, ver, assessed = dob_fields(rng, per, atype)
        # countries
        cob = per["cob"]
        cob_s = rng.choice(COUNTRY[cob]) if rng.random() < 0.88 else ""
        if rng.random() < 0.08 and cob_s:
            cob_s = rng.choice(DEMONYM[cob])        # wrong field content, as in real data
        nat = per["nat"]
        cit_s = rng.choice(DEMONYM[nat]) if rng.random() < 0.6 else rng.choice(COUNTRY[nat])
        if rng.random() < 0.07:
            cit_s = rng.choice(["", "Unknown", "Not known"])
        elif nat == "ER" and rng.random() < 0.05:
            cit_s = "Ethiopian"
        elif nat == "AF" and rng.random() < 0.04:
            cit_s = "Iranian"
        lang = wchoice(rng, LANGS[nat])
        if rng.random() < 0.06:
            lang = ""
        circ = circumstances(rng, per, (f, l), atype, used_alias, assessed, minor)
        recs.append({"atype": atype, "code": code, "ref": ref, "row": {
            "Reporting Agency": agency, "Date of Referral": ref.strftime("%d/%m/%Y"),
            "Last Name": l, "First Name": f, "Middle Name(s)": m, "Previous Names": prev_s,
            "Gender Identity": gender_text(rng, atype, per["gid"]),
            "DOB Day": day, "DOB Month": mon, "DOB Year": yr, "DOB verified (Y/N)": ver,
            "Country of Birth": cob_s, "Citizenship": cit_s, "Interpreter Language": lang,
            "Circumstances": circ}})
    return recs


def make_urn(rng, rec, used):
    while True:
        a, c, y = rec["atype"], rec["code"], rec["ref"].year
        if a == "LA":
            u = "%s%07d" % (c, rng.randrange(10 ** 7))
        elif a == "POL":
            u = "%s/%02d/%06d" % (c, y % 100, rng.randrange(10 ** 6))
        elif a == "HO":
            u = "HO-%d-%07d" % (y, rng.randrange(10 ** 7))
        else:
            u = "%s-%05d" % (c, rng.randrange(10 ** 5))
        if u not in used:
            used[u] = 1
            return u


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    people = []
    for i in range(a.people):
        pid = "P%06d" % (i + 1)
        r = rng.random()
        if people and r < 0.08:
            per = make_person(rng, pid, rng.choice(people), "sibling")
        elif people and r < 0.10:
            per = make_person(rng, pid, rng.choice(people), "twin")
        elif people and r < 0.15:
            per = make_person(rng, pid, rng.choice(people), "namesake")
        else:
            per = make_person(rng, pid)
        people.append(per)
    rows = []
    for per in people:
        n = wchoice(rng, [(1, 45), (2, 30), (3, 15), (4, 10)])
        for rec in make_records(rng, per, n):
            rows.append((per["pid"], rec))
    rng.shuffle(rows)
    used = {}
    with open(a.out, "w", newline="", encoding="utf-8") as fo, \
            open(a.truth, "w", newline="", encoding="utf-8") as ft:
        w = csv.DictWriter(fo, fieldnames=HEADER)
        w.writeheader()
        tw = csv.writer(ft)
        tw.writerow(["record_id", "person_id"])
        for pid, rec in rows:
            urn = make_urn(rng, rec, used)
            row = dict(rec["row"])
            row["Unique Reference Number (URN)"] = urn
            w.writerow(row)
            tw.writerow([urn, pid])


if __name__ == "__main__":
    main()
