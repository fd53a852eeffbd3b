#!/usr/bin/env python3
"""gen5 -- synthetic NRM-like survivor records, layout 5.

Simulates a police records-management-system (Niche-style) "nominal search"
export of modern-slavery victims, pulled by a regional analyst from several
owning units (police forces, Border Force, NCA, Immigration Enforcement),
opened in Excel on a workstation with German (de-DE) regional settings and
re-saved as "CSV (Trennzeichen-getrennt)":

  * delimiter ';', CRLF line ends, fields quoted only when needed ('"' doubled)
  * encoding Windows-1252 (ANSI), no BOM: letters outside cp1252 are
    "best-fit" mapped (ă->a, ș->s, ł->l, Đ->Ð, ễ->e) and non-Latin scripts
    (Arabic, Ge'ez, Han) become '?'
  * booleans localised (WAHR/FALSCH), decimal comma (1,72), dates dd.mm.yyyy hh:mm
  * leading zeros of all-digit references stripped by Excel

Everyone is invented.  Standard library only; output is a pure function of
(--people, --seed).

usage: python3 gen5.py --people N --seed S --out FILE --truth TRUTH.csv
"""
import argparse
import csv
import datetime as dt
import io
import random
import unicodedata

D = dt.date

# ---------------------------------------------------------------------------
# name material.  Each entry is a variant group: first item canonical, others
# transliteration / spelling variants or nicknames.  A bare string = no variants.
# ---------------------------------------------------------------------------

ARAB_M = [
    ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad", "Muhammed", "Mohamud"],
    ["Ahmed", "Ahmad", "Ahmet"], "Ali", ["Hassan", "Hasan"],
    ["Hussein", "Hussain", "Husain", "Hussien", "Husein"], ["Omar", "Umar", "Omer"],
    ["Abdullah", "Abdallah", "Abdulla", "Abd Allah"],
    ["Abdelrahman", "Abdulrahman", "Abdul Rahman", "Abdalrahman", "Abderrahman"],
    ["Mustafa", "Mostafa", "Moustafa", "Mustapha"], ["Khalid", "Khaled", "Khalied"],
    ["Yousef", "Yusuf", "Youssef", "Yousif", "Yosef"], ["Ibrahim", "Ebrahim", "Ibraheem"],
    ["Osman", "Othman", "Usman", "Uthman"], ["Adam", "Adem", "Aadam"],
    ["Abubakar", "Abu Bakr", "Abubaker", "Abobakr"], ["Salah", "Salaheldin", "Salah Eldin"],
    ["Mahmoud", "Mahmood", "Mahmud"], ["Ismail", "Ismael", "Esmail"], ["Hamza", "Hamzah"],
    ["Yasser", "Yasir", "Yaser"], ["Saleh", "Salih", "Salah"], ["Jamal", "Gamal"],
    ["Karim", "Kareem"], ["Tariq", "Tarek", "Tareq"], ["Mohanad", "Muhannad", "Mohannad"],
    ["Abdelaziz", "Abdulaziz", "Abdul Aziz"], ["Idris", "Idriss", "Edris"],
    ["Suleiman", "Sulaiman", "Soliman", "Sulayman"], "Bashir", ["Ayman", "Aiman"],
]
ARAB_F = [
    ["Fatima", "Fatimah", "Fatma"], ["Aisha", "Aysha", "Aicha", "Ayesha"],
    ["Maryam", "Mariam", "Miriam"], ["Amina", "Aminah", "Ameena"],
    ["Zainab", "Zaynab", "Zeinab"], ["Khadija", "Khadijah", "Khadeeja"], ["Noor", "Nour", "Nur"],
    "Hala", "Rania", ["Salma", "Selma"], ["Huda", "Hoda"], ["Asma", "Asmaa"],
]
KURD_M = [["Rebaz", "Ribaz"], "Karwan", ["Dilshad", "Dilshaad"], "Hiwa", ["Shwan", "Shuan"],
          "Aras", ["Hawkar", "Hawker"], ["Sherwan", "Shirwan"], "Zana", ["Rebwar", "Ribwar"]]
ARAB_FAM = [
    ["Al-Tamimi", "Al Tamimi", "Altamimi", "Tamimi"], ["Al-Obaidi", "Al Obaidi", "Alobaidi"],
    ["Al-Jubouri", "Al Jabouri", "Aljuboori", "Al-Jubori"], ["El-Sayed", "El Sayed", "Elsayed", "Al-Sayed"],
    ["Al-Shammari", "Alshammari", "Al Shammari"], ["Abdelaziz", "Abdulaziz"], "Hamad",
    ["Idris", "Idriss"], ["El-Masry", "El Masri", "Elmasry"], ["Mansour", "Mansur"],
    ["Haddad", "Hadad"], ["Al-Khatib", "Alkhatib", "El Khatib"], ["Abdalla", "Abdallah"],
]
KWT_FAM = [["Al-Enezi", "Al Anazi", "Alenezi", "Al-Anezi", "Enezi"], ["Al-Shammari", "Alshammari"],
           ["Al-Dhafeeri", "Aldhafiri", "Al Dhafiri"], ["Al-Mutairi", "Almutairi", "Al Mutairi"]]
ARAB_SCRIPT = {"Mohammed": "محمد", "Ahmed": "أحمد", "Ali": "علي", "Hassan": "حسن", "Hussein": "حسين",
               "Omar": "عمر", "Abdullah": "عبدالله", "Mustafa": "مصطفى", "Khalid": "خالد",
               "Yousef": "يوسف", "Ibrahim": "إبراهيم", "Osman": "عثمان", "Adam": "آدم",
               "Mahmoud": "محمود", "Ismail": "إسماعيل", "Hamza": "حمزة", "Fatima": "فاطمة",
               "Aisha": "عائشة", "Maryam": "مريم", "Amina": "أمينة", "Zainab": "زينب",
               "Khadija": "خديجة", "Noor": "نور", "Idris": "إدريس", "Saleh": "صالح", "Hamad": "حمد",
               "Reza": "رضا", "Hossein": "حسین", "Mehdi": "مهدی", "Zahra": "زهرا", "Ahmadi": "احمدی",
               "Mohammadi": "محمدی", "Karimi": "کریمی", "Jamal": "جمال", "Karim": "كريم"}

HAB_M = [  # Tigrinya / Amharic / Oromo
    ["Yonas", "Jonas", "Yonass"], ["Tesfay", "Tesfaye", "Tesfai"], ["Haile", "Hayle", "Hailay"],
    ["Mebrahtu", "Mebrahtom", "Mabrahtu"], ["Semere", "Semre", "Semer"],
    ["Filmon", "Filimon", "Philemon"], ["Kidane", "Kidan", "Kedane"], ["Tekle", "Tecle", "Teklay"],
    ["Berhane", "Birhane", "Berhan", "Brhane"], ["Habtom", "Habtu"], ["Amanuel", "Emmanuel", "Amanual"],
    ["Dawit", "Dawite", "David"], ["Mussie", "Musie", "Muse"], ["Aron", "Aaron"], "Robel",
    ["Merhawi", "Mehari"], ["Biniam", "Binyam", "Beniam"], ["Henok", "Enok"], ["Abraham", "Abrham", "Abrahem"],
    ["Tadesse", "Tadese", "Tadesa"], ["Getachew", "Getachow"], "Alemu", ["Bekele", "Bekelle"],
    "Mulugeta", ["Abdi", "Abdie"], ["Natnael", "Nathnael", "Natanael"], ["Samuel", "Samiel"],
]
HAB_F = [["Helen", "Hellen"], ["Senait", "Senayt"], ["Selam", "Salam"], "Feven", ["Yordanos", "Yordanose"],
         "Saba", "Winta", ["Rahel", "Rachel"], ["Hiwet", "Hiwot"], ["Tsega", "Tsige"], ["Lidya", "Lydia"],
         ["Mihret", "Mehret"], ["Tigist", "Tigest"], "Meron", ["Bethlehem", "Betelhem"], "Almaz"]
HAB_PAT = [["Gebremedhin", "Ghebremedhin", "Gebremedin", "Gebre Medhin"],
           ["Gebreyesus", "Ghebreyesus", "Gebre Yesus"], ["Woldemichael", "Weldemichael", "Wolde Mikael"],
           ["Tesfamariam", "Tesfamaryam"], "Andemariam", ["Kiflom", "Kflom"], ["Asmerom", "Asmarom"],
           ["Okbay", "Okbai"], "Negash", ["Zerai", "Zeray"], ["Goitom", "Goytom"], ["Kahsay", "Kasay"],
           ["Tesfay", "Tesfaye", "Tesfai"], ["Haile", "Hayle"], ["Tekle", "Tecle"], ["Berhe", "Berhie"],
           ["Ghirmay", "Girmay", "Germay"], ["Mehari", "Mehary"], ["Tewelde", "Teweldie"]]
GEEZ = {"Yonas": "ዮናስ", "Tesfay": "ተስፋይ", "Haile": "ሃይለ", "Semere": "ሰመረ", "Filmon": "ፊልሞን",
        "Kidane": "ኪዳነ", "Tekle": "ተኽለ", "Berhane": "ብርሃነ", "Dawit": "ዳዊት", "Helen": "ሄለን",
        "Selam": "ሰላም", "Senait": "ሰናይት", "Abraham": "ኣብርሃም", "Mebrahtu": "መብራህቱ",
        "Habtom": "ሃብቶም", "Gebremedhin": "ገብረመድህን", "Gebreyesus": "ገብረየሱስ", "Berhe": "በርሀ",
        "Kahsay": "ካሕሳይ", "Negash": "ነጋሽ", "Mehari": "መሓሪ"}

AFG_M = [["Mohammad", "Mohammed", "Muhammad", "Mohamad"], ["Ahmad", "Ahmed"],
         ["Abdul Wahid", "Abdulwahid", "Abdul Waheed"], ["Gul", "Gol"],
         ["Zabihullah", "Zabiullah", "Zabi Ullah"], ["Naqibullah", "Naqibulla", "Naqib"],
         ["Rahmatullah", "Rahmatulla"], ["Ehsanullah", "Ihsanullah", "Ehsan"], ["Jawad", "Javad"],
         ["Hamid", "Hameed"], ["Noor", "Nur"], "Wali", "Bilal", ["Samiullah", "Sami Ullah", "Sami"],
         ["Shafiq", "Shafeeq"], ["Sayed", "Syed", "Said"], ["Sohrab", "Suhrab"], ["Farhad", "Farhaad"],
         ["Ismail", "Esmail"], ["Abdul Rahim", "Abdulrahim"]]
AFG_F = [["Fatima", "Fatema"], ["Maryam", "Mariam"], ["Zahra", "Zahraa"], "Parwana", "Shabnam", ["Mursal", "Mursel"]]
AFG_TRIBE = [["Ahmadzai", "Ahmadzay"], "Safi", ["Noori", "Nouri", "Nuri"], ["Rahimi", "Rahimy"],
             ["Stanikzai", "Stanekzai"], ["Sultani", "Soltani"], ["Hotak", "Hotaki"], ["Khan"],
             ["Mohammadi", "Muhammadi"], ["Popal", "Popalzai"], ["Sadat", "Saadat"], ["Amiri", "Ameeri"]]

IRN_M = [["Mohammad", "Mohammed", "Mohamad"], "Ali", "Reza", ["Hossein", "Hosein", "Hussein", "Hosseyn"],
         "Amir", ["Mehdi", "Mahdi"], ["Hamid", "Hameed"], ["Saeed", "Said", "Saied"], "Arash",
         ["Karwan", "Karvan"], ["Peshawa", "Pishawa"], "Rebin", ["Omid", "Omeed"], ["Behzad", "Behzaad"],
         ["Ebrahim", "Ibrahim"], ["Kamran", "Kamraan"]]
IRN_F = [["Zahra", "Zahraa"], ["Fatemeh", "Fatima", "Fateme"], ["Maryam", "Mariam"], "Narges",
         ["Sara", "Sarah"], "Shirin", ["Leila", "Layla", "Leyla"]]
IRN_FAM = [["Ahmadi", "Ahmady"], ["Rezaei", "Rezaie", "Rezai", "Rezaee"], ["Mohammadi", "Mohamadi", "Muhammadi"],
           ["Hosseini", "Hosseiny", "Husseini"], ["Karimi", "Kareemi"], ["Jafari", "Jaafari", "Jafary"],
           "Moradi", ["Rahimi", "Rahimy"], ["Kazemi", "Kazimi"], "Azizi", "Amini", ["Rostami", "Rustami"],
           ["Ghorbani", "Qorbani"], ["Abdollahi", "Abdolahi", "Abdullahi"], ["Mahmoudi", "Mahmudi"]]

ALB_M = ["Ardit", ["Klodian", "Klodjan"], ["Erion", "Erjon"], ["Arbër", "Arber", "Arberi"], "Besnik",
         "Elton", ["Gentian", "Gentjan", "Genti"], ["Kristian", "Kristjan"], "Dritan", "Ermal",
         ["Fation", "Fatjon"], ["Florian", "Florjan"], "Endri", "Mario", "Marsel",
         ["Xhuljan", "Julian", "Xhulian"], "Renato", "Albi", "Aldo", ["Eljon", "Elion"],
         ["Kevin", "Kevi"], ["Ergys", "Ergis"], ["Erald", "Eraldo"], ["Klajdi", "Klaidi"]]
ALB_F = ["Elona", "Anisa", "Klea", "Ermira", ["Fatjona", "Fationa"], ["Xhesika", "Jessica", "Xhesica"],
         "Enkeleda", "Jonida", "Erisa", "Denisa", ["Rezarta", "Rezi"], "Elisa"]
ALB_FAM = [["Hoxha", "Hoxhë", "Hoxhe", "Hoxhaj"], ["Gjoka", "Gjokë", "Gjoke"], ["Leka", "Lekë", "Leke"],
           ["Prenga", "Prengë", "Prenge"], ["Marku", "Mark"], ["Krasniqi", "Krasniqe"],
           ["Berisha", "Berishë"], ["Dervishi", "Dervish"], ["Shehu", "Sheh"], ["Kola", "Kolë", "Kole"],
           ["Doçi", "Doci", "Dochi"], ["Hysa", "Hysë"], ["Çela", "Cela", "Qela"], "Rama",
           ["Basha", "Bashë"], ["Gjoni", "Gjon"], ["Tahiri", "Tahir"], ["Zeqiri", "Zeqir"],
           ["Lika", "Likë"], ["Musaj", "Musa"], ["Ndreu", "Ndrecaj"], ["Gjeçi", "Gjeci"]]
ALB_FATHER = ["Gjon", "Pjetër", "Ndue", "Fatmir", "Agron", "Bujar", "Ilir", "Sokol", "Petrit",
              "Artan", "Luan", "Kujtim", "Nikoll", "Pashk", "Flamur"]

VN_FAM = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 2),
          ("Vũ", 3), ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1.5), ("Ngô", 1.5),
          ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trịnh", 1)]
VN_MID_M = [("Văn", 50), ("Đức", 10), ("Minh", 10), ("Quang", 8), ("Thành", 7), ("Hữu", 7), ("Công", 5)]
VN_MID_F = [("Thị", 70), ("Ngọc", 10), ("Thu", 8), ("Thanh", 7), ("Kim", 5)]
VN_GIV_M = [("Anh", 12), ("Hùng", 8), ("Dũng", 7), ("Tuấn", 8), ("Minh", 6), ("Đức", 6), ("Long", 6),
            ("Nam", 6), ("Hải", 5), ("Sơn", 5), ("Thắng", 4), ("Quân", 4), ("Phong", 3), ("Cường", 4),
            ("Huy", 5), ("Tùng", 3), ("Khánh", 2), ("Việt", 3)]
VN_GIV_F = [("Anh", 8), ("Linh", 8), ("Hương", 7), ("Lan", 6), ("Hoa", 6), ("Trang", 7), ("Mai", 6),
            ("Ngọc", 4), ("Thảo", 5), ("Hằng", 5), ("Nhung", 4), ("Huyền", 5), ("Thúy", 3), ("Phương", 4)]

CN_FAM = [("Wang", ["Wang", "Wong"], "王", 12), ("Li", ["Li", "Lee"], "李", 12), ("Zhang", ["Zhang", "Chang"], "张", 10),
          ("Liu", ["Liu", "Lau"], "刘", 8), ("Chen", ["Chen", "Chan"], "陈", 10), ("Yang", ["Yang"], "杨", 5),
          ("Huang", ["Huang", "Wong"], "黄", 4), ("Zhao", ["Zhao"], "赵", 3), ("Wu", ["Wu", "Ng"], "吴", 3),
          ("Zhou", ["Zhou", "Chow"], "周", 3), ("Lin", ["Lin", "Lam"], "林", 6), ("Zheng", ["Zheng", "Cheng"], "郑", 3)]
CN_SYL = [("xiao", "小"), ("ming", "明"), ("wei", "伟"), ("jun", "军"), ("hui", "慧"), ("yan", "燕"),
          ("li", "丽"), ("na", "娜"), ("jing", "静"), ("fang", "芳"), ("hong", "红"), ("jian", "建"),
          ("hua", "华"), ("yong", "勇"), ("lei", "磊"), ("min", "敏"), ("xiu", "秀"), ("ying", "英"),
          ("gui", "桂"), ("qiang", "强"), ("mei", "梅"), ("chun", "春"), ("bo", "波"), ("tao", "涛")]

ROU_M = [["Ion", "Ioan", "Ionuț", "Ionut"], ["Gheorghe", "George", "Gică"], ["Mihai", "Mihail"], "Andrei",
         ["Florin", "Florinel"], ["Constantin", "Costel", "Costin"], ["Nicolae", "Nicu"], "Marian",
         ["Ștefan", "Stefan", "Ştefan"], "Adrian", ["Daniel", "Dani"], "Cosmin", ["Alexandru", "Alex"],
         ["Vasile", "Vasilică"], ["Cătălin", "Catalin"]]
ROU_F = ["Maria", "Elena", "Ioana", ["Andreea", "Andrea"], "Mihaela", "Alexandra",
         ["Florentina", "Florina"], "Nicoleta", "Ramona", "Denisa", "Georgiana", "Bianca"]
ROU_FAM = ["Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Stoica", "Constantin", "Lungu",
           ["Mureșan", "Muresan", "Mureşan"], ["Băluță", "Baluta"], ["Rădulescu", "Radulescu"],
           ["Căldăraru", "Caldararu"], ["Stănescu", "Stanescu"], "Marin", "Moldovan",
           ["Lăcătuș", "Lacatus"], ["Răducanu", "Raducanu"], "Zamfir"]

POL_M = ["Piotr", ["Krzysztof", "Krzysiek", "Kristof"], ["Paweł", "Pawel", "Pavel"],
         ["Łukasz", "Lukasz", "Lukas"], ["Tomasz", "Tomek"], "Marek", ["Grzegorz", "Grzesiek"],
         ["Dariusz", "Darek"], "Mariusz", ["Wojciech", "Wojtek"], "Jan", "Andrzej",
         ["Sławomir", "Slawomir", "Sławek"]]
POL_F = ["Anna", ["Katarzyna", "Kasia"], ["Magdalena", "Magda"], "Agnieszka",
         ["Małgorzata", "Malgorzata", "Gosia"], "Joanna", "Monika"]
POL_FAM = [("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
           ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
           ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
           ("Dąbrowski", "Dąbrowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk")]

SVK_M = [["Jozef", "Josef", "Joseph"], "Marek", ["Patrik", "Patrick"], ["Ladislav", "Laco"], "Milan",
         ["Peter", "Petr"], "Roman", ["Dušan", "Dusan"], ["Radoslav", "Rado"]]
SVK_F = ["Jana", "Monika", "Marcela", ["Silvia", "Sylvia"], ["Renáta", "Renata"], ["Žaneta", "Zaneta"]]
SVK_FAM = ["Horváth", "Balog", "Lakatoš", "Oláh", "Kotlár", "Gaži", "Dudi", "Pompa", "Mirga", "Čonka"]

NGA_M = [["Oluwaseun", "Seun"], ["Chukwuemeka", "Emeka"], "Osagie", "Osaro", "Efosa",
         ["Ikechukwu", "Ike"], ["Olumide", "Mide"], ["Babatunde", "Tunde"], "Samuel", "Daniel",
         ["Emmanuel", "Emma"], ["Godwin", "Godwyn"], "Prince"]
NGA_F = ["Blessing", "Precious", ["Favour", "Favor"], "Joy", "Esther", "Glory", ["Osasere", "Osas"],
         ["Oluwakemi", "Kemi"], "Chioma", "Ngozi", "Faith", "Peace", ["Gift", "Gifty"], "Mercy"]
NGA_MID = ["Osasere", "Omoregie", "Uyi", "Ehis", "Adesuwa", "Chinyere", "Oluwaseun", "Adaeze",
           "Chidi", "Nosa", "Ivie", "Amenze"]
NGA_FAM = ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Osagie", ["Igbinedion", "Igbinidion"], "Omoregie",
           "Obaseki", ["Adebayo", "Adebayor"], "Ogunleye", "Uwaifo", "Edokpolo", ["Nwachukwu", "Nwachuku"],
           "Okoro", "Bello", ["Osaghae", "Osagae"], "Aigbe", "Ehigiator"]

IND_M = ["Gurpreet", "Harpreet", "Manpreet", "Jaspreet", "Rajesh", "Sunil", "Ramesh", "Arjun", "Vijay",
         "Rahul", ["Mandeep", "Mundeep"], ["Kuldeep", "Kuldip"], ["Sandeep", "Sandip"], "Amit"]
IND_F = ["Gurpreet", "Harpreet", "Manpreet", "Priya", "Sunita", ["Pooja", "Puja"], ["Kavita", "Kavitha"],
         ["Jaspreet", "Jasprit"], "Simran", ["Lakshmi", "Laxmi"]]
IND_CLAN = ["Gill", ["Sandhu", "Sindhu"], "Sidhu", ["Dhillon", "Dhilon"], "Grewal", "Virk"]
IND_FAM = ["Kumar", "Patel", "Sharma", "Reddy", "Nair", "Das", ["Varghese", "Vargese"], "Thomas", "Yadav"]

PAK_M = ["Ali", "Imran", "Bilal", ["Usman", "Osman"], ["Hamza", "Hamzah"], ["Faisal", "Faysal"],
         ["Asif", "Aasif"], ["Shahid", "Shahed"], ["Zeeshan", "Zishan"], "Adnan", ["Waqas", "Waqqas"],
         ["Kashif", "Kashef"], "Tariq", ["Naveed", "Navid"]]
PAK_F = [["Ayesha", "Aisha"], ["Fatima", "Fatimah"], "Sana", "Nadia", "Saima", ["Rabia", "Rabiya"]]
PAK_FAM = ["Khan", ["Ahmed", "Ahmad"], ["Hussain", "Hussein", "Husain"], ["Akhtar", "Akhter"], "Iqbal",
           "Shah", "Butt", "Malik", ["Raza", "Rasa"], ["Qureshi", "Kureshi", "Quraishi"],
           ["Chaudhry", "Choudhry", "Chaudhary", "Chowdhury"], ["Mahmood", "Mehmood", "Mahmud"]]
BGD_M = ["Rahim", ["Karim", "Kareem"], "Jamal", ["Sohel", "Sohail"], "Rubel", ["Shahin", "Shaheen"],
         "Kamrul", "Nazmul", ["Abdul", "Abdool"], "Sumon", ["Rakib", "Rakibul"], "Jahangir"]
BGD_F = [["Nasrin", "Nasreen"], "Rina", "Shirin", ["Taslima", "Tasleema"], "Rupa", ["Shapla", "Sapla"]]
BGD_FAM = [["Rahman", "Rahaman", "Rehman"], ["Hossain", "Hussain", "Hossen", "Hosen"], "Islam",
           ["Uddin", "Uddeen", "Udin"], ["Ahmed", "Ahmad"], ["Miah", "Mia", "Meah"],
           ["Chowdhury", "Choudhury", "Chaudhury"], ["Alam", "Allam"]]
BGD_FAM_F = ["Begum", ["Khatun", "Khatoon"], ["Akter", "Akhter", "Akhtar"]] + BGD_FAM[:3]
MUH_PREFIX = ["Muhammad", "Mohammed", "Mohammad", "Md", "Mohd", "Md."]

GBR_M = ["Jack", "Oliver", "Harry", "Charlie", ["Thomas", "Tom", "Tommy"], ["James", "Jamie", "Jim"],
         ["William", "Will", "Billy"], ["Daniel", "Dan", "Danny"], ["Joshua", "Josh"], "Kyle",
         ["Connor", "Conor"], ["Callum", "Calum"], "Liam", "Jordan", "Tyler", ["Reece", "Rhys", "Reese"],
         ["Michael", "Mikey", "Mike"], ["Christopher", "Chris"], ["Lewis", "Louis"],
         ["Jayden", "Jaden", "Jaiden"], ["Mohammed", "Muhammad"], ["Alfie", "Alfy"], "Ethan", "Kai",
         ["Nathan", "Nate"], ["Bradley", "Brad"], ["Jake", "Jacob"], ["Mason", "Mayson"], "Leon",
         ["Kian", "Keeyan"], ["Dylan", "Dillon"], ["Tyrese", "Tyreese"]]
GBR_F = ["Chloe", ["Jessica", "Jess"], "Emily", ["Sophie", "Sophia"], ["Kayleigh", "Kayley", "Kaylee"],
         "Chelsea", ["Megan", "Meghan"], "Shannon", "Amber", ["Rebecca", "Becky", "Becca"],
         ["Samantha", "Sam"], "Lauren", "Paige", "Jade", ["Ellie", "Elly"], ["Leah", "Lea"],
         ["Courtney", "Cortney"], ["Demi", "Demi-Leigh"]]
GBR_MID_M = ["James", "John", "Lee", "Paul", "David", "Michael", "Thomas", "Anthony"]
GBR_MID_F = ["Marie", "Louise", "Jane", "Ann", "Rose", "Grace", "Leigh"]
GBR_FAM = [("Smith", 6), ("Jones", 4), ("Williams", 3), ("Taylor", 2.5), ("Brown", 2.5), (["Davies", "Davis"], 2),
           ("Evans", 1.5), ("Wilson", 1.5), ("Johnson", 1.5), ("Roberts", 1.2), ("Robinson", 1),
           (["Thompson", "Thomson"], 1), ("Wright", 1), ("Walker", 1), ("White", 1), ("Hughes", 1),
           ("Green", 1), ("Hall", 1), ("Lewis", 1), (["Clarke", "Clark"], 1), ("Jackson", 1),
           ("Wood", 0.8), ("Turner", 0.8), ("Martin", 0.8), ("Cooper", 0.8), ("Hill", 0.8), ("Ward", 0.8),
           ("Morris", 0.8), ("Moore", 0.8), (["MacDonald", "McDonald", "Macdonald"], 0.8),
           (["O'Brien", "OBrien", "O Brien"], 0.6), ("Campbell", 0.8), (["Stewart", "Stuart"], 0.7),
           ("Khan", 0.8), ("Begum", 0.4), ("Ali", 0.6), (["Mensah", "Mensa"], 0.3), ("Francis", 0.5),
           ("Reid", 0.6), ("Murphy", 0.6), ("Kelly", 0.6), (["Ahmed", "Ahmad"], 0.4), ("Price", 0.5)]
GBR_STREET = ["Tiny", "Lil B", "Kay", "Smurf", "Ghost", "Jay", "T", "Blade", "Kidz", "Shorty", "Red"]

POB = {
    "GBR": ["London", "Birmingham", "Manchester", "Liverpool", "Leeds", "Glasgow", "Cardiff", "Bradford",
            "Nottingham", "Sheffield", "Coventry", "Swansea", "Dundee", "Bristol", "Newport"],
    "ALB": [["Tiranë", "Tirana", "Tirane"], ["Durrës", "Durres"], ["Shkodër", "Shkoder", "Shkodra"], "Elbasan",
            ["Kukës", "Kukes"], "Fier", ["Vlorë", "Vlora", "Vlore"], ["Lezhë", "Lezhe", "Lezha"]],
    "VNM": [["Nghệ An", "Nghe An"], ["Hà Tĩnh", "Ha Tinh"], ["Hải Phòng", "Hai Phong", "Haiphong"],
            ["Quảng Bình", "Quang Binh"], ["Hà Nội", "Ha Noi", "Hanoi"], ["Thanh Hoá", "Thanh Hoa"]],
    "ERI": [["Asmara", "Asmera"], "Keren", "Mendefera", ["Adi Keyh", "Adi Keih"], ["Massawa", "Mitsiwa"],
            ["Dekemhare", "Dekamhare"], ["Barentu", "Barento"]],
    "ETH": [["Addis Ababa", "Addis Abeba"], ["Mekelle", "Mekele", "Makelle"], ["Gondar", "Gonder"],
            ["Adama", "Nazret"], ["Jimma", "Jima"]],
    "SDN": [["Khartoum", "Khartum"], ["El Fasher", "Al Fashir", "El Fashir"], "Nyala",
            ["Geneina", "El Geneina", "Al Junaynah"], "Omdurman", "Darfur", ["Kassala", "Kasala"]],
    "AFG": ["Kabul", "Jalalabad", "Nangarhar", "Herat", ["Kunduz", "Kondoz"], ["Kandahar", "Qandahar"],
            "Laghman", ["Ghazni", "Ghazny"]],
    "IRQ": [["Erbil", "Arbil", "Hawler", "Hewler"], ["Sulaymaniyah", "Sulaimani", "Slemani", "Sulaimaniya"],
            ["Kirkuk", "Karkuk"], "Mosul", "Baghdad", ["Duhok", "Dohuk"], ["Ranya", "Raniya"]],
    "IRN": [["Tehran", "Teheran"], "Sanandaj", "Piranshahr", "Mahabad", "Marivan", "Kermanshah", ["Sardasht", "Sardasht"]],
    "ROU": [["Iași", "Iasi"], "Craiova", ["Constanța", "Constanta"], ["Bacău", "Bacau"],
            ["Bucharest", "București", "Bucuresti"], ["Galați", "Galati"]],
    "NGA": ["Benin City", "Lagos", ["Edo State", "Edo"], "Port Harcourt", "Ibadan", "Enugu"],
    "CHN": [["Fuzhou", "Foochow"], "Fujian", "Wenzhou", "Shenyang", ["Guangzhou", "Canton"], "Changle"],
    "IND": [["Jalandhar", "Jullundur"], "Amritsar", "Ludhiana", "Kerala", ["Delhi", "New Delhi"], "Ahmedabad"],
    "PAK": ["Lahore", "Gujrat", "Mirpur", "Karachi", "Rawalpindi", "Faisalabad"],
    "BGD": ["Sylhet", ["Dhaka", "Dacca"], ["Chittagong", "Chattogram"], ["Comilla", "Cumilla"]],
    "EGY": [["Cairo", "Al Qahira"], "Alexandria", ["Gharbia", "Gharbiya"], ["Sharqia", "Sharkia"],
            ["Dakahlia", "Dakahlya"], ["Mansoura", "El Mansoura"]],
    "KWT": ["Kuwait City", ["Jahra", "Al Jahra"], ["Sulaibiya", "Sulaibiyah"], "Kuwait"],
    "SYR": [["Aleppo", "Halab"], ["Damascus", "Dimashq"], ["Qamishli", "Al-Qamishli", "Qamishlo"],
            ["Afrin", "Efrin"], ["Homs", "Hims"], ["Deir ez-Zor", "Deir Ezzor"]],
    "POL": [["Gdańsk", "Gdansk"], ["Łódź", "Lodz"], ["Wrocław", "Wroclaw"], ["Poznań", "Poznan"],
            ["Kraków", "Krakow", "Cracow"], "Szczecin"],
    "SVK": [["Košice", "Kosice"], "Michalovce", ["Prešov", "Presov"], "Bratislava", ["Trebišov", "Trebisov"]],
}

# nationality: weight, male share, minor share at first contact, exact-DOB share, culture
NATS = {
    "GBR": (26, .80, .72, .97, "gbr"), "ALB": (14, .85, .25, .90, "alb"), "VNM": (8, .75, .40, .75, "vnm"),
    "ERI": (7, .85, .35, .45, "hab"), "SDN": (6, .95, .30, .40, "arab"), "AFG": (4, .95, .45, .30, "afg"),
    "IRQ": (4, .92, .25, .60, "arab"), "IRN": (3, .90, .25, .70, "irn"), "ROU": (2.5, .55, .10, .95, "rou"),
    "NGA": (2, .40, .10, .75, "nga"), "CHN": (2, .45, .10, .80, "chn"), "IND": (3, .65, .05, .85, "ind"),
    "ETH": (2, .70, .30, .45, "hab"), "PAK": (2, .80, .10, .80, "pak"), "BGD": (2, .80, .10, .80, "bgd"),
    "EGY": (2.5, .97, .40, .60, "arab"), "KWT": (1, .90, .20, .50, "arab"), "SYR": (1.5, .90, .25, .60, "arab"),
    "POL": (1, .75, .05, .95, "pol"), "SVK": (1, .60, .10, .95, "svk"),
}
ALPHA2 = {"GBR": "GB", "ALB": "AL", "VNM": "VN", "ERI": "ER", "SDN": "SD", "AFG": "AF", "IRQ": "IQ", "IRN": "IR",
          "ROU": "RO", "NGA": "NG", "CHN": "CN", "IND": "IN", "ETH": "ET", "PAK": "PK", "BGD": "BD", "EGY": "EG",
          "KWT": "KW", "SYR": "SY", "POL": "PL", "SVK": "SK"}
NAT_TEXT = {"GBR": ["British", "UK", "United Kingdom", "English"], "ALB": ["Albanian", "Albania"],
            "VNM": ["Vietnamese", "Viet Nam", "Vietnam"], "ERI": ["Eritrean", "Eritrea"], "SDN": ["Sudanese", "Sudan"],
            "AFG": ["Afghan", "Afghanistan", "Afghani"], "IRQ": ["Iraqi", "Iraq", "Kurdish (Iraq)"],
            "IRN": ["Iranian", "Iran", "Kurdish (Iran)"], "ROU": ["Romanian", "Romania"], "NGA": ["Nigerian", "Nigeria"],
            "CHN": ["Chinese", "China"], "IND": ["Indian", "India"], "ETH": ["Ethiopian", "Ethiopia"],
            "PAK": ["Pakistani", "Pakistan"], "BGD": ["Bangladeshi", "Bangladesh"], "EGY": ["Egyptian", "Egypt"],
            "KWT": ["Kuwaiti", "Bidoon", "Stateless (Kuwait)"], "SYR": ["Syrian", "Syria"],
            "POL": ["Polish", "Poland"], "SVK": ["Slovak", "Slovakia", "Slovakian"]}
# plausible mis-recordings of nationality: (wrong value, probability)
NAT_CONFUSE = {"ERI": [("ETH", .07)], "ETH": [("ERI", .05)], "SDN": [("SSD", .04), ("TCD", .02)],
               "KWT": [("XXA", .25), ("IRQ", .07), ("Stateless", .08)], "IRQ": [("IRN", .03), ("SYR", .02)],
               "IRN": [("IRQ", .04)], "SYR": [("XXA", .03), ("IRQ", .03)], "AFG": [("PAK", .03), ("IRN", .02)],
               "VNM": [("CHN", .01)], "ROU": [("ROM", .18)], "EGY": [("LBY", .02)]}

UNITS = [  # name, weight, dob-format profile, sex style, nationality style
    ("MPS - MSCE Unit", 18, "std", "iso", "a3"),
    ("West Midlands Police", 10, "std", "iso", "a3"),
    ("GMP - Challenger", 8, "std", "iso", "a3"),
    ("West Yorkshire Police", 6, "std", "iso", "mix"),
    ("Kent Police", 6, "std", "iso", "a3"),
    ("Hampshire & IOW Constab.", 4, "std", "iso", "a3"),
    ("South Wales Police", 4, "std", "iso", "mix"),
    ("Police Scotland - NHTU", 6, "scot", "iso", "text"),
    ("Border Force - Dover", 7, "bf", "mf", "a3"),
    ("Border Force - LHR", 4, "bf", "mf", "a2"),
    ("NCA - UKHTC", 5, "std", "iso", "a3"),
    ("Immigration Enforcement", 6, "bf", "mf", "a3"),
]
SMALL_BOATS = {"ERI", "SDN", "AFG", "IRQ", "IRN", "SYR", "EGY", "KWT", "ETH", "VNM", "ALB"}
DOB_PROFILES = {"std": [("de", 72), ("iso", 10), ("uk", 10), ("de2", 8)],
                "scot": [("de", 45), ("uk", 40), ("de2", 10), ("iso", 5)],
                "bf": [("iso", 45), ("de", 45), ("uk", 10)]}

EXPL = {"gbr": [("Criminal - County Lines", 55), ("Sexual", 25), ("Labour", 8), ("Criminal", 10), ("Not Known", 2)],
        "alb": [("Labour", 35), ("Criminal", 30), ("Sexual", 25), ("Not Known", 10)],
        "vnm": [("Criminal", 40), ("Labour", 40), ("Sexual", 12), ("Not Known", 8)],
        "mig": [("Labour", 58), ("Sexual", 10), ("Criminal", 10), ("Not Known", 20), ("Domestic Servitude", 2)],
        "eu": [("Labour", 60), ("Sexual", 25), ("Criminal", 10), ("Not Known", 5)],
        "nga": [("Sexual", 60), ("Domestic Servitude", 20), ("Labour", 20)],
        "chn": [("Sexual", 50), ("Labour", 40), ("Not Known", 10)],
        "sa": [("Labour", 75), ("Domestic Servitude", 15), ("Not Known", 10)]}
EXPL_GROUP = {"gbr": "gbr", "alb": "alb", "vnm": "vnm", "hab": "mig", "arab": "mig", "afg": "mig", "irn": "mig",
              "rou": "eu", "pol": "eu", "svk": "eu", "nga": "nga", "chn": "chn", "ind": "sa", "pak": "sa", "bgd": "sa"}
LANG = {"hab": ["Tigrinya", "Amharic", "Tigrinya", "Oromo"], "arab": ["Arabic", "Arabic (Sudanese)", "Kurdish Sorani", "Arabic"],
        "afg": ["Pashto", "Dari"], "irn": ["Farsi", "Kurdish Sorani"], "alb": ["Albanian"],
        "vnm": ["Vietnamese"], "chn": ["Mandarin", "Fujianese"], "rou": ["Romanian", "Romani"],
        "pol": ["Polish"], "svk": ["Slovak", "Romani"], "nga": ["Pidgin English", "Edo"], "ind": ["Punjabi", "Malayalam"],
        "pak": ["Urdu", "Punjabi"], "bgd": ["Bengali", "Sylheti"]}

KEYNB = {"q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok",
         "o": "ipl", "p": "ol", "a": "qsz", "s": "awdx", "d": "sefc", "f": "drgv", "g": "fthb", "h": "gyjn",
         "j": "hukm", "k": "jil", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn",
         "n": "bhjm", "m": "njk"}

BESTFIT = {"Đ": "Ð", "đ": "d", "ł": "l", "Ł": "L", "ı": "i", "ß": "ß", "‘": "'", "’": "'"}


def to_cp1252(text):
    """Mimic Excel 'save as CSV (ANSI)' on a Western-European Windows: best fit, else '?'."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
            continue
        except UnicodeEncodeError:
            pass
        if ch in BESTFIT:
            out += BESTFIT[ch].encode("cp1252")
            continue
        base = unicodedata.normalize("NFKD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            out += base.encode("ascii")
        else:
            out += b"?"
    return bytes(out)


def strip_diacritics(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def grp(item):
    return list(item) if isinstance(item, list) else [item]


class Tok:
    """a name token with its variant group and this person's own usual spelling"""
    __slots__ = ("vars", "pref")

    def __init__(self, rng, item, pref_var=0.15):
        self.vars = grp(item)
        self.pref = 0 if (len(self.vars) == 1 or rng.random() > pref_var) else rng.randrange(len(self.vars))

    @property
    def canon(self):
        return self.vars[0]

    def spell(self, rng, p_var):
        if len(self.vars) > 1 and rng.random() < p_var:
            return rng.choice(self.vars)
        return self.vars[self.pref]


P_VAR = {"gbr": .07, "alb": .15, "vnm": 0, "hab": .25, "arab": .22, "afg": .22, "irn": .2, "rou": .15,
         "pol": .15, "svk": .15, "nga": .12, "chn": .08, "ind": .10, "pak": .18, "bgd": .22}
SCRIPT_CULT = {"arab", "afg", "irn", "hab", "chn"}


# ---------------------------------------------------------------------------
class Person:
    pass


def new_name(rng, p, family_from=None):
    """fill p.name (dict of Tok / data) according to culture; share family parts with family_from"""
    c, m = p.cult, p.sex == "M"
    n = {}
    f = family_from.name if family_from is not None else None

    def pick(lst):
        return Tok(rng, rng.choice(lst))

    if c == "arab":
        gl = (ARAB_M + (KURD_M if p.nat in ("IRQ", "SYR") else []) * 2) if m else ARAB_F
        if m and rng.random() < .12:
            n["given"] = Tok(rng, ARAB_M[0])  # Mohammed is very common
        else:
            n["given"] = pick(gl)
        n["father"] = f["father"] if f else pick(ARAB_M)
        n["gfather"] = f["gfather"] if f else pick(ARAB_M)
        fl = KWT_FAM if p.nat == "KWT" else ARAB_FAM
        fam_p = {"EGY": .7, "KWT": .8, "SYR": .6}.get(p.nat, .35)
        n["family"] = f["family"] if f else (pick(fl) if rng.random() < fam_p else None)
    elif c == "hab":
        n["given"] = pick(HAB_M if m else HAB_F)
        n["father"] = f["father"] if f else pick(HAB_M[:18] + HAB_PAT)
        n["gfather"] = f["gfather"] if f else pick(HAB_PAT)
        n["family"] = None
    elif c == "afg":
        n["given"] = pick(AFG_M if m else AFG_F)
        n["father"] = f["father"] if f else pick(AFG_M)
        n["family"] = f["family"] if f else (pick(AFG_TRIBE) if rng.random() < .55 else None)
    elif c == "irn":
        n["given"] = pick(IRN_M if m else IRN_F)
        n["prefix"] = Tok(rng, "Mohammad") if (m and rng.random() < .12) else None
        n["family"] = f["family"] if f else pick(IRN_FAM)
    elif c == "alb":
        n["given"] = pick(ALB_M if m else ALB_F)
        n["father"] = f["father"] if f else Tok(rng, rng.choice(ALB_FATHER))
        n["family"] = f["family"] if f else pick(ALB_FAM)
    elif c == "vnm":
        n["family"] = f["family"] if f else wpick(rng, VN_FAM)
        n["middle"] = wpick(rng, VN_MID_M if m else VN_MID_F)
        if f and rng.random() < .5 and f["sex"] == p.sex:
            n["middle"] = f["middle"]
        n["given"] = wpick(rng, VN_GIV_M if m else VN_GIV_F)
        n["diac"] = rng.choice([.15, .35, .6])  # how often this person's records carry diacritics
    elif c == "chn":
        fam = f["family"] if f else wpick(rng, [((a, b, h), w) for a, b, h, w in CN_FAM])
        n["family"] = fam
        k = 1 if rng.random() < .3 else 2
        n["given"] = [rng.choice(CN_SYL) for _ in range(k)]
    elif c in ("gbr", "rou", "pol", "svk", "nga"):
        lists = {"gbr": (GBR_M, GBR_F), "rou": (ROU_M, ROU_F), "pol": (POL_M, POL_F), "svk": (SVK_M, SVK_F),
                 "nga": (NGA_M, NGA_F)}[c]
        n["given"] = pick(lists[0] if m else lists[1])
        mid = []
        if c == "gbr" and rng.random() < .45:
            mid = [Tok(rng, rng.choice(GBR_MID_M if m else GBR_MID_F))]
        elif c == "nga" and rng.random() < .6:
            mid = [Tok(rng, rng.choice(NGA_MID))]
        elif c == "rou" and rng.random() < .2:
            mid = [pick(ROU_M if m else ROU_F)]
        n["middle"] = mid
        if f:
            n["family"] = f["family"]
            if c == "pol":
                n["family"] = Tok(rng, f["polpair"][0 if m else 1], 0)
                n["polpair"] = f["polpair"]
            elif c == "svk":
                n["family"] = svk_fam(rng, f["svkbase"], m)
                n["svkbase"] = f["svkbase"]
        elif c == "gbr":
            n["family"] = Tok(rng, wpick(rng, GBR_FAM))
            if rng.random() < .06:  # double-barrelled, one half often dropped
                other = grp(wpick(rng, GBR_FAM))[0]
                n["family"] = Tok(rng, [n["family"].canon + "-" + other, n["family"].canon, other], 0)
        elif c == "rou":
            n["family"] = pick(ROU_FAM)
        elif c == "pol":
            pair = rng.choice(POL_FAM)
            n["polpair"] = pair
            n["family"] = Tok(rng, pair[0 if m else 1], 0)
        elif c == "svk":
            n["svkbase"] = rng.choice(SVK_FAM)
            n["family"] = svk_fam(rng, n["svkbase"], m)
        else:
            n["family"] = pick(NGA_FAM)
    elif c == "ind":
        n["sikh"] = f["sikh"] if f else rng.random() < .55
        if n["sikh"]:
            n["given"] = Tok(rng, rng.choice(["Gurpreet", "Harpreet", "Manpreet", "Jaspreet", "Mandeep", "Kuldeep",
                                              "Sandeep", "Simran", "Amandeep", "Navjot"]))
            n["sk"] = Tok(rng, "Singh" if m else "Kaur")
            n["family"] = f["family"] if f else (pick(IND_CLAN) if rng.random() < .6 else None)
        else:
            n["given"] = pick(IND_M if m else IND_F)
            n["family"] = f["family"] if f else pick(IND_FAM)
    elif c in ("pak", "bgd"):
        gm, gf, fm = (PAK_M, PAK_F, PAK_FAM) if c == "pak" else (BGD_M, BGD_F, BGD_FAM)
        n["given"] = pick(gm if m else gf)
        n["prefix"] = Tok(rng, MUH_PREFIX) if (m and rng.random() < .45) else None
        if f and m:
            n["family"] = f["family"]
        elif c == "bgd" and not m:
            n["family"] = pick(BGD_FAM_F)
        else:
            n["family"] = f["family"] if f else pick(fm)
    n["sex"] = p.sex
    p.name = n


def given_key(p):
    g = p.name["given"]
    return g.canon if isinstance(g, Tok) else str(g)


def svk_fam(rng, base, male):
    plain = strip_diacritics(base)
    if male:
        return Tok(rng, [base, plain], .3)
    stem = base[:-1] if base.endswith(("a", "i")) else base
    fem = stem + "ová"
    return Tok(rng, [fem, strip_diacritics(fem), base, plain], .2)


def vn(rng, s, diac):
    return s if diac else strip_diacritics(s)


def render_name(rng, p):
    """-> (family tokens, given tokens) as this record writes them (mixed case, may contain non-cp1252)"""
    n, c = p.name, p.cult
    pv = P_VAR[c]
    S = lambda t: t.spell(rng, pv)
    if c == "arab":
        g, fa, gf, fam = S(n["given"]), S(n["father"]), S(n["gfather"]), (S(n["family"]) if n["family"] else None)
        form = p.form if rng.random() < .7 else rng.choice("abcdef")
        if form == "a":
            return [fa], [g]
        if form == "b":
            return [gf], [g, fa]
        if form == "c":
            return [fam or gf], [g]
        if form == "d":
            return ([fam], [g, fa, gf]) if fam else ([gf], [g, fa])
        if form == "e":
            return [fa, gf], [g]
        return [fam or fa], [g, fa] if fam else [g]
    if c == "hab":
        g, fa, gf = S(n["given"]), S(n["father"]), S(n["gfather"])
        form = p.form if rng.random() < .72 else wpick(rng, [("a", 50), ("b", 20), ("c", 8), ("d", 12), ("e", 7)])
        return {"a": ([fa], [g]), "b": ([gf], [g, fa]), "c": ([gf], [g]), "d": ([fa, gf], [g]),
                "e": ([], [g])}.get(form, ([fa], [g]))
    if c == "afg":
        g, fa = S(n["given"]), S(n["father"])
        fam = S(n["family"]) if n["family"] else None
        r = rng.random()
        if fam and r < .55:
            return [fam], [g]
        if r < .8:
            return [fa], [g]
        if r < .9:
            return [], [g]
        return [fam or fa], [g, fa] if fam else [g]
    if c == "irn":
        g = [S(n["given"])]
        if n["prefix"] and rng.random() < .6:
            g = [n["prefix"].spell(rng, .3)] + g
        return [S(n["family"])], g
    if c == "alb":
        g = [S(n["given"])]
        if rng.random() < .15:
            g.append(S(n["father"]))
        return [S(n["family"])], g
    if c == "vnm":
        d = rng.random() < n["diac"]
        fam, mid, giv = vn(rng, n["family"], d), vn(rng, n["middle"], d), vn(rng, n["given"], d)
        form = wpick(rng, [("std", 62), ("nomid", 12), ("midfam", 8), ("swap", 11), ("swap2", 3), ("join", 2), ("gm", 2)])
        return {"std": ([fam], [mid, giv]), "nomid": ([fam], [giv]), "midfam": ([fam, mid], [giv]),
                "swap": ([giv], [fam, mid]), "swap2": ([giv], [fam]), "join": ([fam], [mid + giv.lower()]),
                "gm": ([fam], [giv, mid])}[form]
    if c == "chn":
        canon, vars_, _h = n["family"]
        fam = rng.choice(vars_) if rng.random() < .08 else canon
        syl = [s for s, _ in n["given"]]
        r = rng.random()
        if len(syl) == 1:
            giv = [syl[0].capitalize()]
        elif r < .72:
            giv = ["".join(syl).capitalize()]
        elif r < .87:
            giv = [s.capitalize() for s in syl]
        else:
            giv = ["-".join(s.capitalize() for s in syl)]
        if rng.random() < .15:
            return giv, [fam]  # western order
        return [fam], giv
    if c in ("gbr", "rou", "pol", "svk", "nga"):
        g = [S(n["given"])]
        mids = [S(t) for t in n["middle"] if rng.random() < .5]
        if c == "nga" and mids and rng.random() < .15:
            g, mids = mids, g  # native name used as first name
        fam = S(n["family"])
        if p.married and rng.random() < p.married_p:
            fam = p.married
        return [fam], g + mids
    if c == "ind":
        g = S(n["given"])
        if n["sikh"]:
            sk = n["sk"].canon
            fam = S(n["family"]) if n["family"] else None
            r = rng.random()
            if fam and r < .45:
                return [fam], [g, sk]
            if fam and r < .65:
                return [fam], [g]
            if r < .8 and fam:
                return [sk, fam], [g]
            return [sk], [g]
        return [S(n["family"])], [g]
    if c in ("pak", "bgd"):
        g = [S(n["given"])]
        if n["prefix"] and rng.random() < .6:
            g = [n["prefix"].spell(rng, .5)] + g
        return [S(n["family"])], g
    raise ValueError(c)


def script_name(p):
    """the person's name in own script, if we can write it"""
    n, c = p.name, p.cult
    if c == "chn":
        return n["family"][2] + "".join(h for _, h in n["given"])
    if c == "hab":
        parts = [GEEZ.get(n[k].canon) for k in ("given", "father")]
        return " ".join(parts) if all(parts) else None
    if c in ("arab", "afg", "irn"):
        keys = ["given", "father"] if c != "irn" else ["given", "family"]
        parts = [ARAB_SCRIPT.get(n[k].canon) if n.get(k) else None for k in keys]
        return " ".join(parts) if all(parts) else None
    return None


def typo(rng, s):
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))
    op = rng.random()
    ch = s[i]
    if op < .3:
        return s[:i] + s[i + 1:]
    if op < .5:
        return s[:i] + ch + s[i:]
    if op < .75 and i < len(s) - 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    lo = ch.lower()
    if lo in KEYNB:
        r = rng.choice(KEYNB[lo])
        return s[:i] + (r.upper() if ch.isupper() else r) + s[i + 1:]
    return s[:i] + s[i + 1:]


def fmt_name(rng, fam, giv, style):
    F = " ".join(fam)
    G = " ".join(giv)
    if not F:
        F = "UNKNOWN" if rng.random() < .5 else ""
    if style == "std":
        s = (F.upper() + " " + G)
    elif style == "rev":
        s = (G + " " + F.upper())
    elif style == "caps":
        s = (F + " " + G).upper()
    elif style == "title":
        s = F + " " + G
    else:
        s = (F + " " + G).lower()
    return " ".join(s.split())


# ---------------------------------------------------------------------------
def add_years(d, y):
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def fmt_date(d, style):
    if style == "de":
        return d.strftime("%d.%m.%Y") + " 00:00"
    if style == "iso":
        return d.strftime("%Y-%m-%d") + " 00:00:00"
    if style == "uk":
        return d.strftime("%d/%m/%Y")
    return d.strftime("%d.%m.%y")


NOW = D(2025, 3, 31)


def make_person(rng, pid, nat=None, sib=None, twin=False):
    p = Person()
    p.pid = pid
    if nat is None:
        nat = wpick(rng, [(k, v[0]) for k, v in NATS.items()])
    p.nat = nat
    w, male, minor, exact, cult = NATS[nat]
    p.cult = cult
    p.sex = "M" if rng.random() < male else "F"
    p.first_date = sib.first_date if (sib and rng.random() < .6) else rand_date(rng, D(2014, 1, 1), D(2024, 9, 30))
    if sib is not None:
        p.dob = sib.dob if twin else sib.dob + dt.timedelta(days=rng.choice([-1, 1]) * rng.randrange(330, 2600))
        p.exact = sib.exact
        if age_on(p.dob, p.first_date) < 9:
            p.dob = sib.dob - (p.dob - sib.dob)
    else:
        if rng.random() < minor:
            age = rng.choice([11, 12, 13, 14, 14, 15, 15, 15, 16, 16, 16, 16, 17, 17, 17, 17])
        else:
            age = int(18 + min(45, rng.expovariate(1 / 9.0)))
        p.dob = p.first_date - dt.timedelta(days=age * 365.25 + rng.randrange(365))
        p.exact = rng.random() < exact
    p.form = rng.choice("aabbcdde") if cult != "hab" else wpick(rng, [("a", 60), ("b", 20), ("d", 12), ("c", 8)])
    new_name(rng, p, sib)
    for _ in range(8):
        if sib is None or given_key(p) != given_key(sib):
            break
        new_name(rng, p, sib)
    p.married = None
    p.married_p = 0
    first_age = age_on(p.dob, p.first_date)
    if p.sex == "F" and cult in ("gbr", "rou", "pol", "nga") and first_age >= 20 and rng.random() < .08:
        alt = make_surname_like(rng, cult, p)
        p.married, p.married_p = alt, .5
    # estimated DOB: the year people work from
    p.est_year = p.dob.year + (rng.choice([-1, 0, 0, 1]) if not p.exact else 0)
    # age dispute: claims to be a child, later assessed older
    p.disputed = False
    if (nat not in ("GBR", "POL", "ROU", "SVK") and 15 <= first_age <= 22 and rng.random() < .35 and sib is None):
        p.disputed = True
        claimed_age = rng.choice([15, 16, 16, 17, 17])
        cy = p.first_date.year - claimed_age - (1 if rng.random() < .5 else 0)
        p.claimed = D(cy, 1, 1) if rng.random() < .5 else rand_date(rng, D(cy, 1, 1), D(cy, 12, 28))
        ay = p.dob.year + rng.choice([-1, 0, 0, 1])
        if ay >= p.claimed.year:
            ay = p.claimed.year if rng.random() < .4 else p.claimed.year - rng.choice([1, 2, 3])
        p.assessed = D(ay, 1, 1) if rng.random() < .7 else D(ay, p.claimed.month, min(p.claimed.day, 28))
        if ay == p.claimed.year:
            p.assessed = p.claimed  # assessment accepted the claimed age
        p.assess_date = p.first_date + dt.timedelta(days=rng.randrange(60, 300))
        p.la = rng.choice(["Kent CC", "Croydon LBC", "Hillingdon", "Portsmouth CC", "Birmingham CC", "Glasgow CC",
                           "Manchester CC", "Leeds CC", "Cardiff Council", "Norfolk CC"])
    p.ho_ref = None
    p.cid = None
    if nat != "GBR" and rng.random() < (.3 if nat in ("ROU", "POL", "SVK") else .6):
        p.ho_ref = rng.choice("ABCDFGHKMNPRSTWY") + "%07d" % rng.randrange(10 ** 7)
        p.cid = "%08d" % rng.randrange(10 ** 8) if rng.random() < .5 else None
        if p.cid and rng.random() < .25:
            p.cid = "0" + p.cid[1:]
    arrested_p = {"gbr": .2, "vnm": .25, "alb": .12}.get(cult, .04)
    p.pnc = None
    if rng.random() < arrested_p:
        yy = max(p.first_date.year, p.dob.year + 12) % 100
        p.pnc = "%02d/%d%s" % (yy, rng.randrange(10000, 999999), rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ"))
    p.expl = wpick(rng, EXPL[EXPL_GROUP[cult]])
    if p.sex == "F" and p.expl in ("Criminal", "Labour") and rng.random() < .4:
        p.expl = "Sexual"
    p.pob = Tok(rng, rng.choice(POB[nat]), .2)
    p.height = rng.gauss(1.75 if p.sex == "M" else 1.62, .07)
    p.street = rng.choice(GBR_STREET) if (cult == "gbr" and rng.random() < .25) else None
    p.sib = sib
    return p


def make_surname_like(rng, cult, p):
    if cult == "gbr":
        return grp(wpick(rng, GBR_FAM))[0]
    if cult == "rou":
        return grp(rng.choice(ROU_FAM))[0]
    if cult == "pol":
        return rng.choice(POL_FAM)[1]
    return grp(rng.choice(NGA_FAM))[0]


def clone_name_from(rng, p, other):
    """namesake: same culture, same (or nearly same) name, otherwise unrelated"""
    import copy
    p.name = copy.copy(other.name)
    p.name["sex"] = p.sex
    p.form = other.form


# ---------------------------------------------------------------------------
def record_dates(rng, p, k):
    dates = [p.first_date]
    for _ in range(k - 1):
        if rng.random() < .35:
            d = dates[-1] + dt.timedelta(days=rng.randrange(1, 200))  # second agency, same episode
        else:
            d = dates[-1] + dt.timedelta(days=rng.randrange(300, 2300))  # re-referral
        dates.append(min(d, NOW - dt.timedelta(days=rng.randrange(1, 60))))
    return sorted(dates)


def notes_for(rng, p, rec, unit):
    out = []
    if p.disputed and rec["dob_kind"] in ("claimed", "assessed") and rng.random() < .5:
        if rec["dob_kind"] == "claimed" and age_on(p.claimed, rec["date"]) < 18:
            out.append('Claims to be %d; age disputed, referred to LA for Merton assessment' %
                       age_on(p.claimed, rec["date"]))
        else:
            out.append("Age disputed - %s age assessment %s, assessed DOB %s" %
                       (p.la, p.assess_date.strftime("%d.%m.%Y"), p.assessed.strftime("%d.%m.%Y")))
    if rng.random() < .45:
        t = rng.random()
        if t < .15:
            out.append('Found at %s, states "boss" keeps passport, works %dhrs/day' %
                       (rng.choice(["car wash", "nail bar", "cannabis grow", "takeaway", "farm", "address in " + rng.choice(["Luton", "Slough", "Hull", "Derby", "Wakefield"])]),
                        rng.choice([10, 12, 14, 16])))
        elif t < .3:
            out.append("Interpreter req'd (%s)" % rng.choice(LANG.get(p.cult, ["English"])))
        elif t < .42:
            out.append("NRM referral made by %s; RG %s" % (rng.choice(["FR", "LA", "SA", "Barnardo's", "Migrant Help", "police"]),
                                                          rng.choice(["positive", "pending", "positive, CG pending", "negative"])))
        elif t < .52:
            out.append("Missing episode(s) x%d, located by %s" % (rng.randrange(1, 6), rng.choice([u[0] for u in UNITS[:8]])))
        elif t < .6 and p.sib is not None:
            sn = p.sib.name["given"]
            sname = sn.canon if isinstance(sn, Tok) else (sn if isinstance(sn, str) else "".join(s for s, _ in sn).capitalize())
            out.append("Travelled with %s %s" % ("brother" if p.sib.sex == "M" else "sister", sname))
        elif t < .68 and not p.exact:
            out.append('DOB estimated; subject says "about %d"' % age_on(p.dob, rec["date"]))
        elif t < .76:
            out.append("Arrested at address, s.45 MSA 2015 defence raised.%sCPS advised NFA" % ("\n" if rng.random() < .3 else " "))
        elif t < .84:
            out.append("Debt bondage, owes approx. £%d,%03d to agent" % (rng.randrange(2, 30), rng.randrange(0, 1000, 500)))
        elif t < .92:
            out.append("Arrived %s; accommodated in hotel, %s" % (rng.choice(["small boat", "lorry", "flight LHR", "Eurostar", "Dover, lorry"]),
                                                                 rng.choice(["Kent", "Croydon", "Wakefield", "Cardiff", "Glasgow"])))
        else:
            out.append("Phone seized; contacts 'uncle' (poss. controller)")
    return "; ".join(out)


def build_record(rng, p, date, prev_names, force_unit=None):
    unit = force_unit or wpick(rng, [(u, (u[1] * (2.5 if (u[2] == "bf" and p.nat in SMALL_BOATS) else 1)
                        * (.3 if (u[2] == "bf" and p.nat == "GBR") else 1))) for u in UNITS])
    uname, _, prof, sexstyle, natstyle = unit
    rec = {"date": date, "unit": uname, "unit_t": unit}
    # ---- name
    fam, giv = render_name(rng, p)
    if rng.random() < .05 and fam and giv:
        fam, giv = giv, fam
    if rng.random() < .06:
        toks = fam + giv
        j = rng.randrange(len(toks))
        toks[j] = typo(rng, toks[j])
        fam, giv = toks[:len(fam)], toks[len(fam):]
    style = wpick(rng, [("std", 84), ("rev", 4), ("caps", 6), ("title", 4), ("lower", 2)])
    name = fmt_name(rng, fam, giv, style)
    scr = script_name(p) if p.cult in SCRIPT_CULT else None
    if scr and rng.random() < .012:
        name = scr
    if rng.random() < .02:
        name = ("Mr " if p.sex == "M" else rng.choice(["Miss ", "Ms "])) + name
    rec["name"] = name
    # ---- aliases
    al = []
    if rng.random() < .18:
        f2, g2 = render_name(rng, p)
        alt = fmt_name(rng, f2, g2, "std")
        if alt != name:
            al.append(alt)
    if prev_names and rng.random() < .15:
        al.append(rng.choice(prev_names))
    if scr and rng.random() < .07:
        al.append(scr)
    if p.street and rng.random() < .4:
        al.append('"%s"' % p.street)
    if p.married and rng.random() < .5:
        al.append(fmt_name(rng, [p.name["family"].canon], [p.name["given"].canon], "std"))
    rec["aliases"] = " | ".join(x for x in dict.fromkeys(al) if x.lower() != name.lower())
    # ---- title
    age_true = age_on(p.dob, date)
    t = rng.random()
    if t < .35:
        title = ""
    elif p.sex == "M":
        title = "MSTR" if (age_true < 16 and t < .55) else "Mr"
    else:
        title = "Miss" if age_true < 18 else rng.choice(["Ms", "Miss", "Mrs", "Ms"])
    rec["title"] = title
    # ---- dob
    kind, dob, year_only = "exact", None, False
    if p.disputed:
        if date < p.assess_date:
            kind, dob = "claimed", p.claimed
        else:
            kind, dob = ("assessed", p.assessed) if rng.random() < .65 else ("claimed", p.claimed)
    elif p.exact:
        dob = p.dob
        r = rng.random()
        if r < .03 and dob.day <= 12 and dob.day != dob.month:
            dob = D(dob.year, dob.day, dob.month)
        elif r < .06:
            dob = add_years(dob, rng.choice([-1, 1]))
        elif r < .08:
            dd = dob.day + rng.choice([-10, -1, 1, 10])
            if 1 <= dd <= 28:
                dob = dob.replace(day=dd)
    else:
        kind = "est"
        y = p.est_year + (rng.choice([-1, 1]) if rng.random() < .3 else 0)
        e = wpick(rng, [("jan", 62), ("jul", 10), ("year", 16), ("none", 12)])
        if e == "jan":
            dob = D(y, 1, 1)
        elif e == "jul":
            dob = D(y, 7, 1)
        elif e == "year":
            dob, year_only = D(y, 1, 1), True
        else:
            dob = None
    if rng.random() < .08:
        dob = None
    rec["dob_kind"] = kind
    if dob is None:
        rec["dob"] = ""
    elif year_only:
        rec["dob"] = str(dob.year)
    else:
        rec["dob"] = fmt_date(dob, wpick(rng, DOB_PROFILES[prof]))
    # flag
    r = rng.random()
    if kind in ("est", "assessed"):
        rec["dob_est"] = "WAHR" if r < .8 else ("" if r < .95 else "FALSCH")
    else:
        rec["dob_est"] = "FALSCH" if r < .85 else ("" if r < .97 else "WAHR")
    # age
    if dob is not None:
        a = age_on(dob, date)
        rec["age"] = str(a) if rng.random() < .45 else ""
    else:
        a = age_true + (rng.choice([-1, 0, 0, 1]) if not p.exact else 0)
        rec["age"] = str(a) if rng.random() < .85 else ""
    if kind == "claimed" and rec["age"] and rng.random() < .3:
        rec["age"] += " (claimed)"
    # ---- sex
    s = p.sex if rng.random() > .01 else ("F" if p.sex == "M" else "M")
    r = rng.random()
    if r < .025:
        s = ""
    elif r < .045:
        s = "U"
    if sexstyle == "iso":
        rec["sex"] = {"M": "1", "F": "2", "U": "0", "": ""}[s] if rng.random() > .04 else {"M": "Male", "F": "Female", "U": "Not known", "": ""}[s]
    else:
        rec["sex"] = s
    # ---- nationality
    code = p.nat
    for wrong, pr in NAT_CONFUSE.get(p.nat, []):
        if rng.random() < pr:
            code = wrong
            break
    r = rng.random()
    if r < .05:
        nat = ""
    elif code not in ALPHA2:
        nat = code
    else:
        st = natstyle
        if st == "mix":
            st = wpick(rng, [("a3", 60), ("text", 30), ("a2", 10)])
        if rng.random() < .1:
            st = rng.choice(["a3", "a2", "text"])
        nat = {"a3": code, "a2": ALPHA2[code], "text": rng.choice(NAT_TEXT[code])}[st]
    rec["nat"] = nat
    rec["pob"] = p.pob.spell(rng, .35) if rng.random() < .3 else ""
    # ---- references
    ho = ""
    if p.ho_ref and date.year >= p.first_date.year:
        r = rng.random()
        if r < .35:
            ho = rng.choice([p.ho_ref, p.ho_ref, p.ho_ref.lower(), p.ho_ref[0] + " " + p.ho_ref[1:], "HO " + p.ho_ref])
        elif r < .5 and p.cid:
            ho = p.cid.lstrip("0") if rng.random() < .65 else "CID " + p.cid  # Excel eats the leading zero
        if ho and rng.random() < .03:
            ho = typo(rng, ho)
    rec["ho"] = ho
    rec["pnc"] = ""
    if p.pnc and rng.random() < .6:
        rec["pnc"] = p.pnc if rng.random() > .03 else typo(rng, p.pnc)
    rec["height"] = ("%.2f" % (p.height + rng.gauss(0, .02))).replace(".", ",") if rng.random() < .22 else ""
    rec["expl"] = p.expl if rng.random() < .8 else wpick(rng, EXPL[EXPL_GROUP[p.cult]])
    rec["notes"] = notes_for(rng, p, rec, uname)
    prev_names.append(name)
    return rec


HEADER = ["OCC_NOM_REF", "OWNING_UNIT", "DATE_CREATED", "TITLE", "NOMINAL_NAME", "ALIASES", "DOB",
          "DOB_EST_FLAG", "AGE_YRS", "SEX_CD", "NAT_CD", "BIRTH_PLACE", "HO_REF", "PNC_ID", "HEIGHT_M",
          "EXPL_TYPE", "NOTES"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)

    people = []
    by_cult = {}
    while len(people) < a.people:
        pid = "P%06d" % (len(people) + 1)
        if people and rng.random() < .07:
            # namesake of an earlier person: same name, unrelated person
            other = people[rng.randrange(len(people))]
            p = make_person(rng, pid, nat=other.nat)
            if p.sex == other.sex:
                clone_name_from(rng, p, other)
                if rng.random() < .4:
                    try:
                        p.dob = p.dob.replace(year=other.dob.year)
                    except ValueError:
                        p.dob = p.dob.replace(year=other.dob.year, day=28)
                    p.est_year = other.est_year
                    if p.disputed:
                        p.disputed = False
            people.append(p)
            continue
        p = make_person(rng, pid)
        people.append(p)
        if rng.random() < .09:  # siblings / twins
            twin = rng.random() < .18
            for _ in range(1 if (twin or rng.random() < .8) else 2):
                if len(people) >= a.people:
                    break
                q = make_person(rng, "P%06d" % (len(people) + 1), nat=p.nat, sib=p, twin=twin)
                people.append(q)

    # records
    rows = []
    used_occ = set()
    first_occ = {}
    occ_n = {}
    for p in people:
        k = wpick(rng, [(1, 50), (2, 30), (3, 13), (4, 7)])
        prev = []
        for i, d in enumerate(record_dates(rng, p, k)):
            shared = i == 0 and p.sib is not None and d == p.sib.first_date and p.sib.pid in first_occ
            rec = build_record(rng, p, d, prev, first_occ[p.sib.pid][1] if shared else None)
            t = dt.datetime(d.year, d.month, d.day, rng.randrange(7, 23), rng.randrange(60))
            # occurrence / nominal reference; siblings found together share the occurrence
            ref = None
            if shared:
                occ, _u, t = first_occ[p.sib.pid]
                occ_n[occ] += 1
                ref = "%s/N%d" % (occ, occ_n[occ])
            while ref is None or ref in used_occ:
                occ = "%s/%02d/%07d" % (rng.choice(["OCC", "OCC", "OCC", "INC"]), d.year % 100, rng.randrange(1, 10 ** 7))
                if occ in occ_n:
                    continue
                occ_n[occ] = wpick(rng, [(1, 70), (2, 20), (3, 7), (4, 3)])
                ref = "%s/N%d" % (occ, occ_n[occ])
            if i == 0:
                first_occ[p.pid] = (occ, rec["unit_t"], t)
            used_occ.add(ref)
            dc = t.strftime("%d.%m.%Y %H:%M") if rng.random() < .95 else t.strftime("%Y-%m-%d %H:%M:%S")
            rows.append((t, ref, p.pid, [ref, rec["unit"], dc, rec["title"], rec["name"], rec["aliases"],
                                         rec["dob"], rec["dob_est"], rec["age"], rec["sex"], rec["nat"], rec["pob"],
                                         rec["ho"], rec["pnc"], rec["height"], rec["expl"], rec["notes"]]))
    rows.sort(key=lambda r: (r[0], r[1]))

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow(r[3])
    with open(a.out, "wb") as fh:
        fh.write(to_cp1252(buf.getvalue()))
    with open(a.truth, "w", newline="", encoding="utf-8") as fh:
        tw = csv.writer(fh, lineterminator="\n")
        tw.writerow(["record_id", "person_id"])
        for r in rows:
            tw.writerow([r[1], r[2]])


if __name__ == "__main__":
    main()
