#!/usr/bin/env python3
"""gen6.py - synthetic survivor records imitating a Salesforce (NPSP-style) NGO CRM
Contact export pulled with Data Loader / Bulk API: API field names, every field
double-quoted, ISO 8601 dates, 18-character record Ids, multi-select picklists
separated by ';', long-text fields with embedded line breaks.  UTF-8, no BOM, LF.

All people are invented.  Standard library only.  Deterministic for (N, seed).

usage: python3 gen6.py --people N --seed S --out FILE --truth TRUTH.csv
"""
import argparse
import csv
import datetime as dt
import random
import unicodedata

EXPORT_DATE = dt.date(2024, 11, 29)
MIGRATION_DAY = dt.datetime(2019, 3, 16, 9, 12, 0)

# ---------------------------------------------------------------------------
# Transliteration / spelling variant groups (first member = usual form)
# ---------------------------------------------------------------------------
VARIANT_GROUPS = [
    # Arabic-derived
    ["Mohammed", "Mohamed", "Mohammad", "Muhammad", "Mohamad", "Muhammed", "Mohd"],
    ["Ahmed", "Ahmad", "Ahmet"], ["Hussein", "Hussain", "Husein", "Husain", "Hossein"],
    ["Hassan", "Hasan"], ["Yousef", "Yusuf", "Youssef", "Yousif", "Yusif", "Yosef"],
    ["Omar", "Omer", "Umar"], ["Osman", "Othman", "Usman", "Uthman"],
    ["Abdullah", "Abdalla", "Abdallah", "Abdulla", "Abd Allah"],
    ["Abdelrahman", "Abdulrahman", "Abdel Rahman", "Abdul Rahman", "Abdalrahman", "Abdurahman"],
    ["Abdelaziz", "Abdulaziz", "Abdel Aziz", "Abdul Aziz"],
    ["Ibrahim", "Ebrahim", "Ibraheem", "Brahim"], ["Mustafa", "Mostafa", "Moustafa", "Mustapha"],
    ["Khalid", "Khaled"], ["Mahmoud", "Mahmud", "Mahmood", "Mehmood"], ["Salih", "Saleh"],
    ["Ismail", "Ismael", "Esmail"], ["Yahya", "Yehia", "Yahia"], ["Hamid", "Hamed"],
    ["Adam", "Adem", "Aadam"], ["Idris", "Idriss", "Edris"], ["Musa", "Mousa", "Moussa"],
    ["Issa", "Eisa", "Isa"], ["Abakar", "Abaker", "Abakr"], ["Haroun", "Harun", "Haroon"],
    ["Zakaria", "Zakariya", "Zakariah"], ["Babiker", "Babikir", "Babekir"],
    ["Elsadig", "El Sadig", "Alsadig", "Elsadiq"], ["Elfatih", "El Fatih", "Alfatih"],
    ["Mubarak", "Mobarak"], ["Fatima", "Fatma", "Fatimah", "Fatema", "Fatemeh"],
    ["Mariam", "Maryam", "Miriam", "Meryem"], ["Aisha", "Aysha", "Ayesha", "Aicha"],
    ["Khadija", "Khadijah", "Khadeeja"], ["Hawa", "Hawwa"], ["Zainab", "Zeinab", "Zaynab"],
    ["Noor", "Nour", "Nur"], ["Layla", "Leila", "Laila", "Leyla"],
    ["Jafar", "Jaafar", "Ja'far", "Jaffar"], ["Abbas", "Abas"], ["Karim", "Kareem", "Kerim"],
    ["Saeed", "Said", "Saied"], ["Tariq", "Tarek", "Tareq"], ["Waleed", "Walid"],
    ["Yasser", "Yaser", "Yasir"], ["Ammar", "Amar"], ["Qadir", "Kadir", "Qader", "Kader"],
    ["Rasul", "Rasool", "Rasoul"], ["Dilshad", "Dlshad"], ["Hawkar", "Hawker"],
    ["Rebwar", "Rebwer"], ["Bilal", "Belal"], ["Hamza", "Hamzah"], ["Anas", "Annas"],
    ["Faisal", "Faysal", "Feisal"], ["Fahad", "Fahd"], ["Jamal", "Gamal", "Jamaal"],
    ["Nasser", "Naser", "Nasir"], ["Amr", "Amro", "Amru"], ["Sherif", "Shereef", "Sharif"],
    ["Al-Enezi", "Al-Anazi", "Alenezi", "Al Enizi", "Al-Anezi"],
    ["Al-Shammari", "Alshammari", "Al Shammari", "Al-Shamari"],
    ["Al-Tamimi", "Altamimi", "Al Tamimi"], ["Al-Zubaidi", "Alzubaidi", "Al-Zubaydi"],
    ["Al-Obaidi", "Alobaidi", "Al-Ubaidi"], ["Al-Dhafiri", "Aldhafiri", "Al-Dafiri"],
    ["Al-Mutairi", "Almutairi", "Al Mutairi"], ["Al-Fadhli", "Alfadhli", "Al-Fadli"],
    ["Al-Hussein", "Alhussein", "Al Hussein"], ["Al-Ahmad", "Alahmad", "Al Ahmad"],
    ["Al-Ali", "Alali", "Al Ali"], ["El-Sayed", "Elsayed", "El Sayed", "Al-Sayed"],
    # Afghan
    ["Naqibullah", "Naqib Ullah", "Naqeebullah"], ["Rahmatullah", "Rahmat Ullah", "Rahmatulla"],
    ["Zabihullah", "Zabiullah", "Zabeeh Ullah"], ["Hamidullah", "Hamid Ullah", "Hamidulla"],
    ["Noorullah", "Nurullah", "Noor Ullah"], ["Samiullah", "Sami Ullah", "Samiulla"],
    ["Ehsanullah", "Ehsan Ullah", "Ihsanullah"], ["Rohullah", "Ruhullah", "Rohulla"],
    ["Ahmadzai", "Ahmadzay", "Ahmedzai"], ["Noori", "Nuri", "Nouri"], ["Hotak", "Hotaki"],
    ["Stanikzai", "Stanekzai", "Stanakzai"], ["Shinwari", "Shinwary"], ["Wardak", "Wardag"],
    ["Sayed", "Sayyed", "Syed", "Said"], ["Naveed", "Navid", "Naweed"], ["Jawad", "Javad"],
    # Persian
    ["Hosseini", "Hoseini", "Husseini", "Hussaini"], ["Ghasemi", "Qasemi", "Ghassemi", "Kasemi"],
    ["Rezaei", "Rezaee", "Rezai", "Rezayi"], ["Heidari", "Haidari", "Heydari"],
    ["Sadeghi", "Sadeqi"], ["Esmaeili", "Esmaili", "Ismaili"], ["Mohammadi", "Mohamadi", "Muhammadi"],
    ["Jafari", "Jafary", "Jaafari", "Jaffari"], ["Kazemi", "Kazimi"], ["Ahmadi", "Ahmady"],
    ["Karimi", "Karimy"], ["Rahimi", "Rahimy"], ["Amir Hossein", "Amirhossein", "Amir Hussein"],
    ["Mohammad Reza", "Mohammadreza", "Mohamadreza", "Mohammad-Reza"],
    ["Alireza", "Ali Reza", "Ali-Reza"], ["Narges", "Nargis"], ["Zahra", "Zahara"],
    ["Mehdi", "Mahdi"], ["Omid", "Umid"],
    # South Asian
    ["Hossain", "Hussain", "Hosen", "Hossen"], ["Chowdhury", "Choudhury", "Chaudhury"],
    ["Chaudhry", "Chaudhary", "Choudhry"], ["Miah", "Mia", "Meah"], ["Sarker", "Sarkar"],
    ["Akter", "Akhter", "Akther", "Aktar"], ["Qureshi", "Kureshi", "Qureishi"],
    ["Md", "Md.", "Mohammad", "Mohammed", "MD"], ["Rafiqul", "Rafikul"],
    ["Shafiqul", "Shafikul"], ["Mizanur", "Mizanor"], ["Habibur", "Habibor"],
    ["Gurpreet", "Gurprit"], ["Sukhwinder", "Sukhvinder"], ["Jaswinder", "Jasvinder"],
    ["Balwinder", "Balvinder"], ["Lakhwinder", "Lakhvinder"], ["Harjit", "Harjeet"],
    ["Paramjit", "Paramjeet"], ["Zeeshan", "Zishan"], ["Waqas", "Waqaas"],
    # Horn of Africa
    ["Tesfaye", "Tesfay", "Tesfai"], ["Yohannes", "Yohanes", "Johannes"],
    ["Gebremariam", "Gebre Mariam", "Ghebremariam", "Gebremaryam"],
    ["Gebremedhin", "Gebre Medhin", "Ghebremedhin"], ["Ghebreyesus", "Gebreyesus", "Gebre Yesus"],
    ["Weldemichael", "Woldemichael", "Welde Michael", "Weldemikael"],
    ["Tesfamariam", "Tesfamaryam", "Tesfa Mariam"], ["Ghebremeskel", "Gebremeskel", "Gebre Meskel"],
    ["Haile", "Hayle", "Hailé"], ["Woldu", "Weldu", "Wolde"], ["Goitom", "Goytom", "Ghoitom"],
    ["Mehari", "Mehary", "Mahari"], ["Ghirmay", "Girmay", "Ghermay"], ["Biniam", "Biniyam", "Binyam"],
    ["Amanuel", "Emmanuel", "Amanual"], ["Filmon", "Filimon", "Philemon"],
    ["Tsegay", "Tsegai", "Tsegaye"], ["Tewelde", "Tewolde"], ["Kahsay", "Kahsai"],
    ["Berhe", "Berhie"], ["Okbazghi", "Okbazgi", "Ukbazghi"], ["Getachew", "Getachu"],
    ["Mengistu", "Mengestu"], ["Mekdes", "Meqdes"], ["Bethlehem", "Betelhem"],
    ["Tekle", "Tekleh", "Teklay"], ["Berhane", "Berhan", "Birhane"], ["Habtom", "Habtem"],
    ["Mussie", "Musie", "Mussa"], ["Senait", "Senayt"], ["Yordanos", "Yordanus"],
    ["Freweyni", "Frewoyni"], ["Merhawi", "Merhawie"], ["Dawit", "Dawitt", "Dawet"],
    # Vietnamese (ASCII forms; diacritics handled separately)
    ["Nguyen", "Nguyen", "Ngyuen", "Nguyn"], ["Huynh", "Huyn"],
    # Chinese romanisations (pinyin, then Cantonese / Hokkien style)
    ["Chen", "Chan", "Tan"], ["Lin", "Lam", "Lim"], ["Huang", "Wong", "Ng"], ["Zheng", "Cheng"],
    ["Zhang", "Cheung", "Chang"], ["Liu", "Lau"], ["Zhou", "Chow", "Chou"], ["Xu", "Hsu", "Tsui"],
    # Albanian
    ["Hoxha", "Hoxhaj", "Hodja"], ["Kola", "Kolaj"], ["Marku", "Markaj"], ["Gjoka", "Gjokaj"],
    ["Prendi", "Prendaj"], ["Leka", "Lekaj"], ["Çela", "Cela", "Chela"], ["Muça", "Muca", "Mucha"],
    ["Koçi", "Koci", "Kochi"], ["Xhuljano", "Juliano", "Xhulian"], ["Klodian", "Klodjan", "Klodi"],
    ["Erion", "Erjon"], ["Ergys", "Ergis"], ["Anxhela", "Angela", "Anxhelo"],
    ["Xhensila", "Jensila", "Xhenisa"], ["Fjorela", "Fiorela"], ["Enkeleda", "Enkelejda"],
    ["Gentian", "Gentjan"], ["Arlind", "Arlindi"], ["Dritan", "Dritani"],
    # Romanian / Polish / English
    ["Ion", "Ioan"], ["Gheorghe", "George", "Georghe"], ["Lăcătuș", "Lacatus", "Lakatos"],
    ["Căldăraru", "Caldararu"], ["Rostaș", "Rostas"], ["Mihail", "Mihai"],
    ["Stephen", "Steven"], ["Connor", "Conor"], ["Reece", "Reese", "Rhys"],
    ["Jayden", "Jaden", "Jaiden"], ["Kayleigh", "Kayley", "Kaylee"], ["O'Brien", "OBrien", "O Brien"],
    ["McDonald", "Mcdonald", "MacDonald"], ["Leanne", "Lee-Anne", "Leann"],
    ["Chantelle", "Shantelle", "Chantel"], ["Tyrese", "Tyreece", "Tyrees"],
    ["Callum", "Calum"], ["Kyle", "Kile"], ["Lewis", "Louis"],
    # Nigerian
    ["Omoregie", "Omoregbe"], ["Igbinedion", "Igbinedio"], ["Ngozi", "Ngozie"],
    ["Osaretin", "Osaretinmwen"], ["Idahosa", "Idahossa"], ["Oluwaseun", "Oluwasheun"],
    ["Ehigiator", "Ehigiamusoe"],
]
VAR = {}
for _g in VARIANT_GROUPS:
    for _t in _g:
        VAR.setdefault(_t.lower(), _g)

NICK = {
    "Daniel": ["Danny", "Dan"], "Thomas": ["Tom", "Tommy"], "James": ["Jamie", "Jim"],
    "Joshua": ["Josh"], "Michael": ["Mike", "Micky"], "Christopher": ["Chris"],
    "Andrew": ["Andy"], "Stephen": ["Steve", "Stevie"], "Callum": ["Cal"], "Jessica": ["Jess"],
    "Rebecca": ["Becky", "Becca"], "Oliver": ["Ollie"], "Charlie": ["Chaz"], "Harry": ["Haz"],
    "Jordan": ["Jordy"], "Samuel": ["Sam", "Sami"], "Emily": ["Em"], "Lauren": ["Loz"],
    "Kristian": ["Kiki"], "Bledar": ["Bledi"], "Florian": ["Flori"], "Gentian": ["Genti"],
    "Klodian": ["Kodi"], "Ardit": ["Ardi"], "Dritan": ["Tani"], "Endrit": ["Endri"],
    "Krzysztof": ["Krzysiek", "Chris"], "Piotr": ["Peter"], "Paweł": ["Paul"],
    "Michał": ["Michael", "Michal"], "Łukasz": ["Lukas"], "Tomasz": ["Tomek", "Tom"],
    "Wojciech": ["Wojtek"], "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia", "Kate"],
    "Constantin": ["Costel", "Costi"], "Alexandru": ["Alex"], "Ionuț": ["Nutu"],
    "Gheorghe": ["Gigi"], "Babatunde": ["Tunde"], "Oluwaseun": ["Seun"], "Osaretin": ["Osas"],
    "Olumide": ["Mide"], "Chinedu": ["Nedu"], "Ikechukwu": ["Ike"], "Mohammed": ["Mo", "Hamoudi"],
    "Abdullah": ["Abdi"], "Abdelrahman": ["Abdo"], "Ibrahim": ["Ibo"], "Mustafa": ["Musti"],
    "Selamawit": ["Selam"], "Bethlehem": ["Beti"], "Yohannes": ["John"], "Mikael": ["Mike"],
    "Natnael": ["Nati"], "Amanuel": ["Amani"], "Alexandra": ["Alexa"], "Muhammad": ["Mo"],
    "Rahmatullah": ["Rahmat"], "Naqibullah": ["Naqib"], "Zabihullah": ["Zabi"],
    "Samiullah": ["Sami"], "Hamidullah": ["Hamid"], "Gurpreet": ["Gary"], "Harpreet": ["Harry"],
    "Sukhwinder": ["Sukhi"], "Kuldeep": ["Kully"], "Jaswinder": ["Jas"], "Mohammad Reza": ["Reza"],
    "Amir Hossein": ["Amir"], "Elizabeth": ["Liz"],
}
ENGLISH_PREF_F = ["Lily", "Jenny", "Amy", "Coco", "Vivian", "Linda", "Anna", "Mary", "Nancy"]
ENGLISH_PREF_M = ["Kevin", "Tony", "Jack", "David", "Peter", "John", "Sam", "Leo", "Ben"]

# ---------------------------------------------------------------------------
# Native-script renderings
# ---------------------------------------------------------------------------
ARABIC_SCRIPT = {
    "Mohammed": "محمد", "Ahmed": "أحمد", "Ali": "علي", "Hassan": "حسن", "Hussein": "حسين",
    "Omar": "عمر", "Osman": "عثمان", "Yousef": "يوسف", "Ibrahim": "إبراهيم", "Khalid": "خالد",
    "Abdullah": "عبدالله", "Mustafa": "مصطفى", "Adam": "آدم", "Abdelrahman": "عبدالرحمن",
    "Mahmoud": "محمود", "Salih": "صالح", "Idris": "إدريس", "Ismail": "إسماعيل", "Yahya": "يحيى",
    "Hamid": "حامد", "Fatima": "فاطمة", "Mariam": "مريم", "Aisha": "عائشة", "Zainab": "زينب",
    "Amna": "آمنة", "Huda": "هدى", "Noor": "نور", "Salma": "سلمى", "Abbas": "عباس",
    "Jafar": "جعفر", "Karim": "كريم", "Saeed": "سعيد", "Tariq": "طارق", "Waleed": "وليد",
    "Bilal": "بلال", "Anas": "أنس", "Hamza": "حمزة", "Sami": "سامي", "Jamal": "جمال",
    "Nasser": "ناصر", "Fahad": "فهد", "Faisal": "فيصل", "Layla": "ليلى", "Sara": "سارة",
    "Musa": "موسى", "Issa": "عيسى", "Khadija": "خديجة", "Hawa": "حواء", "Yasser": "ياسر",
    "Ammar": "عمار", "Mubarak": "مبارك", "Babiker": "بابكر", "Elsadig": "الصادق",
    "Abakar": "أبكر", "Haroun": "هارون", "Zakaria": "زكريا", "Abdelaziz": "عبدالعزيز",
    "Al-Enezi": "العنزي", "Al-Shammari": "الشمري", "Al-Tamimi": "التميمي",
    "Al-Zubaidi": "الزبيدي", "Al-Obaidi": "العبيدي", "Al-Dhafiri": "الظفيري",
    "Al-Mutairi": "المطيري", "Al-Fadhli": "الفضلي", "Al-Hussein": "الحسين", "Al-Ahmad": "الأحمد",
    "Al-Ali": "العلي", "Haddad": "حداد", "Khalil": "خليل", "Darwish": "درويش", "Hamdan": "حمدان",
    "Amr": "عمرو", "Sherif": "شريف", "Hany": "هاني", "El-Sayed": "السيد", "Fathy": "فتحي",
    "Rami": "رامي", "Fadi": "فادي", "Qadir": "قادر", "Rasul": "رسول", "Hama": "حمه",
    "Karwan": "کاروان", "Rebwar": "ڕێبوار", "Shwan": "شوان", "Aram": "ئارام", "Zana": "زانا",
}
PERSIAN_SCRIPT = {
    "Mohammad": "محمد", "Ali": "علی", "Reza": "رضا", "Hossein": "حسین", "Amir": "امیر",
    "Mehdi": "مهدی", "Hamid": "حمید", "Saeed": "سعید", "Majid": "مجید", "Omid": "امید",
    "Behzad": "بهزاد", "Babak": "بابک", "Arash": "آرش", "Maryam": "مریم", "Zahra": "زهرا",
    "Fatemeh": "فاطمه", "Sara": "سارا", "Narges": "نرگس", "Leila": "لیلا", "Shirin": "شیرین",
    "Parisa": "پریسا", "Mahsa": "مهسا", "Mohammad Reza": "محمدرضا", "Amir Hossein": "امیرحسین",
    "Alireza": "علیرضا", "Ahmadi": "احمدی", "Hosseini": "حسینی", "Mohammadi": "محمدی",
    "Rezaei": "رضایی", "Karimi": "کریمی", "Rahimi": "رحیمی", "Moradi": "مرادی", "Jafari": "جعفری",
    "Ghasemi": "قاسمی", "Heidari": "حیدری", "Sadeghi": "صادقی", "Rostami": "رستمی",
    "Azizi": "عزیزی", "Hamidi": "حمیدی", "Mahmoudi": "محمودی", "Amini": "امینی", "Kazemi": "کاظمی",
    "Abbasi": "عباسی", "Bahrami": "بهرامی", "Esmaeili": "اسماعیلی", "Hiwa": "هیوا",
    "Soran": "سوران", "Rebin": "ڕێبین", "Aso": "ئاسۆ", "Karwan": "کاروان",
    "Ahmad": "احمد", "Abdullah": "عبدالله", "Ahmadzai": "احمدزی", "Noori": "نوری",
    "Safi": "صافی", "Popal": "پوپل", "Hotak": "هوتک", "Sultani": "سلطانی", "Hakimi": "حکیمی",
    "Wardak": "وردک", "Amiri": "امیری", "Hashimi": "هاشمی", "Sadat": "سادات",
    "Naqibullah": "نقیب‌الله", "Rahmatullah": "رحمت‌الله", "Zabihullah": "ذبیح‌الله",
    "Hamidullah": "حمیدالله", "Samiullah": "سمیع‌الله", "Khalid": "خالد", "Bilal": "بلال",
    "Jawad": "جواد", "Farid": "فرید", "Wahid": "وحید", "Mustafa": "مصطفی", "Ismail": "اسماعیل",
}
GEEZ_SCRIPT = {
    "Yonas": "ዮናስ", "Tesfaye": "ተስፋዬ", "Habtom": "ሃብቶም", "Kidane": "ኪዳነ", "Filmon": "ፊልሞን",
    "Henok": "ሄኖክ", "Mikael": "ሚካኤል", "Berhane": "ብርሃነ", "Tekle": "ተኽለ", "Haile": "ሃይለ",
    "Dawit": "ዳዊት", "Samuel": "ሳሙኤል", "Amanuel": "ኣማኑኤል", "Yohannes": "ዮሃንስ",
    "Goitom": "ጎይቶም", "Mehari": "መሓሪ", "Selam": "ሰላም", "Helen": "ሄለን", "Senait": "ሰናይት",
    "Luwam": "ሉዋም", "Saba": "ሳባ", "Ruth": "ሩት", "Mebrat": "መብራት", "Hagos": "ሓጎስ",
    "Gebremariam": "ገብረማርያም", "Gebremedhin": "ገብረመድህን", "Weldemichael": "ወልደሚካኤል",
    "Tsegay": "ጸጋይ", "Abraham": "ኣብርሃም", "Kibrom": "ክብሮም", "Natnael": "ናትናኤል",
    "Biniam": "ቢንያም", "Yemane": "የማነ", "Ghirmay": "ግርማይ", "Asmerom": "ኣስመሮም",
    "Fitsum": "ፍጹም", "Hailu": "ሃይሉ", "Alemu": "ኣለሙ", "Girma": "ግርማ", "Bekele": "በቀለ",
    "Tadesse": "ታደሰ", "Abebe": "ኣበበ", "Meron": "ሜሮን", "Hiwot": "ሕይወት", "Tigist": "ትግስት",
    "Almaz": "ኣልማዝ", "Kebede": "ከበደ", "Mulugeta": "ሙሉጌታ", "Berhe": "በርሀ", "Kahsay": "ካሕሳይ",
    "Woldu": "ወልዱ", "Negash": "ነጋሽ", "Tesfamariam": "ተስፋማርያም", "Ghebreyesus": "ገብረየሱስ",
    "Robel": "ሮቤል", "Senay": "ሰናይ", "Merhawi": "መርሃዊ", "Winta": "ዊንታ", "Feven": "ፌቨን",
    "Rahel": "ራሄል", "Solomon": "ሰሎሞን", "Getachew": "ጌታቸው", "Biruk": "ብሩክ",
    "Worku": "ወርቁ", "Desta": "ደስታ", "Ayele": "ኣየለ", "Mengistu": "መንግስቱ", "Hana": "ሃና",
}
SCRIPTS = {"arabic": ARABIC_SCRIPT, "persian": PERSIAN_SCRIPT, "geez": GEEZ_SCRIPT}


def script_of(tok, table):
    if tok in table:
        return table[tok]
    g = VAR.get(tok.lower())
    if g:
        for m in g:
            if m in table:
                return table[m]
    return None


# ---------------------------------------------------------------------------
# Name pools per culture
# ---------------------------------------------------------------------------
def L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


UK_M = L("Jack, Oliver, Harry, Charlie, Thomas, James, Joshua, Daniel, Callum, Kyle, Connor, Liam, "
         "Tyler, Jordan, Reece, Lewis, Ryan, Kai, Jayden, Mason, Michael, David, Paul, Mark, Stephen, "
         "John, Andrew, Christopher, Jamal, Tyrese, Kwame, Mohammed, Alfie, Riley, Leon, Brandon, "
         "Dylan, Ethan, Aaron, Bradley, Samuel, Luke")
UK_F = L("Chloe, Emily, Jessica, Sophie, Megan, Lauren, Amy, Olivia, Ellie, Jade, Courtney, Leanne, "
         "Sarah, Emma, Rebecca, Hannah, Chantelle, Kayleigh, Paige, Shannon, Demi, Holly, Aaliyah, "
         "Amira, Tia, Elizabeth")
UK_MID_M = L("James, John, Lee, Michael, Thomas, David, Paul, Junior, Anthony, William, Jay")
UK_MID_F = L("Marie, Louise, Jane, Anne, Rose, Grace, Elizabeth, May, Leigh")
UK_FAM = L("Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, "
           "Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, "
           "Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, "
           "King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, "
           "Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, "
           "Shaw, Murphy, Miller, Cox, Richards, Khan, Ali, Ahmed, O'Brien, McDonald, Campbell, Mensah, "
           "Okafor, Campbell-Brown, Hussain, Begum, Reid, Francis, Grant")

AL_M = L("Ardit, Arben, Besnik, Bledar, Dritan, Elton, Endrit, Erion, Florian, Gentian, Ilir, Klodian, "
         "Kristian, Luan, Marsel, Mario, Redion, Renaldo, Sokol, Xhuljano, Ergys, Fatjon, Aldo, Denis, "
         "Arlind, Erald, Klajdi, Rei, Bujar, Indrit, Olsi, Jurgen, Enea, Amarildo, Eltion, Artan, Gazmend")
AL_F = L("Anxhela, Besjana, Elona, Enkeleda, Erisa, Fjorela, Jonida, Klea, Mirela, Rozafa, Xhensila, "
         "Ermira, Alketa, Dorina, Elira, Ardita, Dritë, Lindita, Brunilda, Eglantina")
AL_FAM = L("Hoxha, Shehu, Leka, Kola, Gjoka, Marku, Prendi, Dervishi, Kapllani, Çela, Bregu, Muça, "
           "Hasani, Lika, Basha, Gjika, Meta, Zeneli, Koçi, Dushku, Rama, Sula, Gashi, Krasniqi, Berisha, "
           "Hysa, Ndreu, Cani, Duka, Mema, Deda, Shkurti, Zhupa, Tafa, Doçi, Kurti, Lleshi, Pjetri")
AL_FATHER = L("Agim, Fatmir, Bashkim, Gëzim, Shpëtim, Petrit, Ilir, Astrit, Sokol, Luan, Flamur, Artan, "
              "Ndue, Pjetër, Gjon, Kujtim, Arben, Ylli")

RO_M = L("Ion, Andrei, Alexandru, Gheorghe, Florin, Mihai, Ionuț, Marian, Adrian, Cristian, Daniel, "
         "Constantin, Vasile, Nicolae, Ștefan, Costel, Dumitru, Mihail, Cătălin, Bogdan, Sorin, Viorel")
RO_F = L("Maria, Elena, Ioana, Andreea, Alexandra, Mihaela, Florentina, Gabriela, Ana, Cristina, Roxana, "
         "Nicoleta, Denisa, Georgiana, Alina, Larisa, Ștefania")
RO_FAM = L("Popescu, Ionescu, Popa, Pop, Radu, Stan, Dumitru, Stoica, Gheorghe, Constantin, Matei, "
           "Lăcătuș, Căldăraru, Rostaș, Zamfir, Munteanu, Marin, Tudor, Dinu, Ciobanu, Sandu, Mocanu, "
           "Bălan, Niculae, Tănase, Florea, Ștefan, Dobre, Barbu, Oprea")
PL_M = L("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Marcin, Michał, Łukasz, Grzegorz, Mariusz, Dariusz, "
         "Jarosław, Sławomir, Wojciech, Zbigniew, Kamil, Adam, Rafał, Jacek, Sebastian")
PL_F = L("Anna, Katarzyna, Agnieszka, Magdalena, Joanna, Monika, Małgorzata, Ewa, Barbara, Dorota, "
         "Justyna, Beata, Aleksandra")
PL_FAM = L("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, "
           "Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Piotrowski, "
           "Grabowski, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Nowicki, Majewski")

NG_M = L("Chinedu, Emeka, Obinna, Ikechukwu, Oluwaseun, Olumide, Tunde, Babatunde, Femi, Osaretin, Efosa, "
         "Godwin, Samuel, Emmanuel, Daniel, Victor, Kingsley, Friday, Sunday, Osagie, Uyi, Ifeanyi")
NG_F = L("Blessing, Precious, Joy, Faith, Gift, Favour, Mercy, Peace, Ngozi, Chioma, Adaeze, Funmilayo, "
         "Folake, Osasu, Esohe, Efe, Happiness, Princess, Patience, Glory, Omosede, Ivie")
NG_MID = L("Grace, Esther, Oluwatoyin, Chinyere, Nkechi, Osas, Ebere, Amaka, Uche, Tobi, Chukwuma, "
           "Oghenekaro, Nosa, Ese")
NG_FAM = L("Okafor, Okonkwo, Eze, Nwosu, Obi, Adeyemi, Ogunleye, Adebayo, Olawale, Okeke, Osagie, "
           "Igbinedion, Omoregie, Aigbe, Obasuyi, Edosa, Uwaifo, Ehigiator, Idahosa, Okoro, Ibrahim, "
           "Bello, Musa, Ogbebor, Osayande, Iyamu, Nwachukwu, Oyelaran")

VN_FAM = L("Nguyễn, Nguyễn, Nguyễn, Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, "
           "Đỗ, Hồ, Ngô, Dương, Lý, Đinh, Trương")
VN_MID_M = L("Văn, Văn, Văn, Văn, Đức, Minh, Quang, Hữu, Thanh, Công, Đình, Xuân")
VN_MID_F = L("Thị, Thị, Thị, Thị, Thị, Ngọc, Thu, Thanh, Hồng, Kim, Mỹ")
VN_M = L("Anh, Hùng, Dũng, Tuấn, Nam, Long, Hải, Minh, Quân, Đức, Thành, Huy, Phúc, Khánh, Tùng, Sơn, "
         "Cường, Hiếu, Trung, Việt, Hoàng, Tâm, Bảo, Vinh, Toàn, Thắng, Duy")
VN_F = L("Anh, Linh, Trang, Hương, Lan, Mai, Hằng, Nga, Thảo, Huyền, Ngọc, Phương, Hà, Thủy, Yến, Nhung, "
         "Vy, Trâm, Hoa, Diệp")
VN_PREF = L("Tony, Kevin, Bin, Ti, Bo, Tom, Jenny, Lily, Su, Na, Bi, Ken")

CN_FAM = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
          ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
          ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"),
          ("郑", "Zheng"), ("高", "Gao")]
CN_M = [("伟", "Wei"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("勇", "Yong"), ("杰", "Jie"),
        ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("刚", "Gang"), ("平", "Ping"), ("辉", "Hui"),
        ("鹏", "Peng"), ("华", "Hua"), ("飞", "Fei"), ("鑫", "Xin"), ("波", "Bo"), ("斌", "Bin"),
        ("宇", "Yu"), ("浩", "Hao"), ("建", "Jian"), ("国", "Guo"), ("志", "Zhi"), ("文", "Wen"),
        ("海", "Hai"), ("龙", "Long")]
CN_F = [("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"), ("艳", "Yan"),
        ("娟", "Juan"), ("霞", "Xia"), ("秀", "Xiu"), ("英", "Ying"), ("玲", "Ling"), ("梅", "Mei"),
        ("慧", "Hui"), ("红", "Hong"), ("燕", "Yan"), ("萍", "Ping"), ("琳", "Lin"), ("婷", "Ting"),
        ("雪", "Xue"), ("晓", "Xiao"), ("小", "Xiao"), ("月", "Yue")]

ER_M = L("Yonas, Tesfaye, Habtom, Kidane, Filmon, Henok, Mikael, Berhane, Dawit, Samuel, Amanuel, "
         "Yohannes, Goitom, Mehari, Kibrom, Natnael, Biniam, Yemane, Ghirmay, Asmerom, Fitsum, Tsegay, "
         "Abraham, Robel, Senay, Merhawi, Aron, Siem, Mussie, Michael")
ER_F = L("Selam, Helen, Senait, Luwam, Saba, Ruth, Mebrat, Winta, Feven, Yordanos, Rahel, Hiwet, "
         "Freweyni, Lidya, Eden, Ariam, Yohana")
ER_FATHER = L("Tekle, Haile, Hagos, Gebremariam, Gebremedhin, Weldemichael, Tesfamariam, Kahsay, Berhe, "
              "Ghebreyesus, Okbazghi, Woldu, Negash, Asfaha, Tewelde, Ghebremeskel, Tesfaye, Habtom, "
              "Kidane, Berhane, Goitom, Mehari, Yemane, Tsegay, Abraham, Yohannes, Ghirmay, Dawit")
ET_M = L("Dawit, Abebe, Tesfaye, Yohannes, Solomon, Mulugeta, Getachew, Biruk, Henok, Natnael, Abel, "
         "Ermias, Kaleab, Yonas, Abdi, Gemechu, Chala, Jemal, Tamrat")
ET_F = L("Tigist, Hiwot, Meron, Almaz, Selamawit, Bethlehem, Mekdes, Hana, Saron, Liya, Tsion, Ayantu, "
         "Chaltu, Genet")
ET_FATHER = L("Kebede, Tadesse, Bekele, Girma, Alemu, Hailu, Worku, Desta, Ayele, Mengistu, Haile, "
              "Tesfaye, Getachew, Mulugeta, Abebe, Lemma, Tolosa, Gemechu, Woldu, Gebremedhin")

SD_M = L("Mohammed, Ahmed, Osman, Abdullah, Adam, Ibrahim, Yousef, Omar, Abdelrahman, Musa, Ismail, "
         "Hamid, Mustafa, Salih, Elsadig, Mubarak, Babiker, Elfatih, Hassan, Ali, Abakar, Issa, Zakaria, "
         "Haroun, Yahya, Idris, Khalid, Anas")
SD_F = L("Fatima, Amna, Mariam, Hawa, Aisha, Khadija, Samia, Nafisa, Zainab, Huda, Salma")
SD_FATHER = L("Mohammed, Ahmed, Osman, Abdullah, Adam, Ibrahim, Yousef, Omar, Abdelrahman, Musa, Ismail, "
              "Hamid, Mustafa, Salih, Elsadig, Mubarak, Babiker, Hassan, Ali, Abakar, Issa, Haroun, Idris, "
              "Abdelaziz, Yahya, Hussein")
EG_M = L("Ahmed, Mohammed, Mahmoud, Mustafa, Karim, Amr, Tariq, Sherif, Hany, Omar, Yousef, Islam, "
         "Ibrahim, Khalid, Hassan, Waleed, Ayman")
EG_F = L("Fatima, Mariam, Aisha, Noor, Sara, Salma, Huda, Zainab")
EG_FAM = L("El-Sayed, Abdelaziz, Fathy, Hassan, Ibrahim, Mahmoud, Hamdan, Khalil, Mustafa, Saeed, Ali")
IQ_M = L("Mohammed, Ahmed, Ali, Hussein, Omar, Abbas, Mustafa, Haidar, Karwan, Rebwar, Hawkar, Shwan, "
         "Dilshad, Diyar, Zana, Aram, Hemin, Bryar, Sherko, Kawa, Rekan, Hama, Yasser, Ammar")
IQ_F = L("Zainab, Fatima, Mariam, Noor, Shilan, Avin, Rezan, Nazdar, Dilan, Hero, Layla, Sara")
IQ_FATHER = L("Mohammed, Ahmed, Ali, Hussein, Omar, Abdullah, Karim, Rasul, Qadir, Hama, Ibrahim, Salih, "
              "Hassan, Jafar, Abbas, Mahmoud, Khalid, Aziz, Osman")
IQ_FAM = L("Al-Tamimi, Al-Zubaidi, Al-Obaidi, Al-Shammari, Jaff, Hamawandi, Rasul, Al-Dulaimi, Barzinji")
SY_M = L("Mohammed, Ahmed, Omar, Khalid, Yasser, Mahmoud, Abdelrahman, Ammar, Fadi, Rami, Hamza, Bilal, "
         "Anas, Ibrahim, Mustafa, Ali")
SY_F = L("Fatima, Layla, Noor, Sara, Rana, Mariam, Aisha, Huda")
SY_FAM = L("Al-Hussein, Al-Ahmad, Haddad, Khalil, Darwish, Hamdan, Al-Ali, Kurdi, Othman, Al-Hamwi, Shaheen, "
           "Al-Khatib")
KW_M = L("Mohammed, Ahmed, Fahad, Faisal, Abdullah, Khalid, Nasser, Saeed, Hamad, Ali, Mutlaq, Jaber")
KW_F = L("Fatima, Noor, Mariam, Aisha, Huda, Sara")
KW_FAM = L("Al-Enezi, Al-Shammari, Al-Dhafiri, Al-Mutairi, Al-Fadhli, Al-Enezi")

AF_M = L("Ahmad, Mohammad, Abdul Wahid, Abdullah, Ahmad Shah, Gul Agha, Mohammad Nabi, Naqibullah, "
         "Rahmatullah, Hamidullah, Noorullah, Samiullah, Zabihullah, Ehsanullah, Khalid, Bilal, Jawad, "
         "Mustafa, Farid, Wahid, Sayed, Rohullah, Naveed, Ismail, Mohammad Ali, Shafiq, Gul Mohammad")
AF_F = L("Fatima, Maryam, Zahra, Shukria, Nazanin, Mariam, Freshta, Parwana, Marzia, Sakina")
AF_FAM = L("Ahmadzai, Stanikzai, Safi, Popal, Hotak, Noori, Rahimi, Sultani, Hakimi, Mohammadi, Karimi, "
           "Wardak, Shinwari, Niazi, Amiri, Hashimi, Sadat, Mangal, Zazai, Khan")
AF_FATHER = L("Mohammad, Ahmad, Abdul Rahim, Gul, Abdullah, Noor Mohammad, Abdul Ghani, Khan Mohammad, "
              "Sher, Juma, Habib, Karim, Akbar, Nasir")

IR_M = L("Mohammad, Ali, Reza, Hossein, Amir, Mehdi, Mohammad Reza, Amir Hossein, Alireza, Hamid, Saeed, "
         "Majid, Omid, Behzad, Babak, Arash, Rebin, Hiwa, Soran, Karwan, Aso")
IR_F = L("Maryam, Zahra, Fatemeh, Sara, Narges, Leila, Shirin, Parisa, Mahsa")
IR_FAM = L("Ahmadi, Hosseini, Mohammadi, Rezaei, Karimi, Rahimi, Moradi, Jafari, Ghasemi, Heidari, "
           "Sadeghi, Rostami, Azizi, Hamidi, Mahmoudi, Amini, Kazemi, Abbasi, Bahrami, Esmaeili")

PK_M = L("Muhammad Usman, Muhammad Bilal, Ali Raza, Hamza, Zeeshan, Imran, Asif, Kashif, Waqas, Adnan, "
         "Faisal, Shahid, Tariq, Naveed, Sajid, Muhammad Asif, Umar, Ahmed")
PK_F = L("Ayesha, Fatima, Sana, Rabia, Nadia, Saima, Bushra, Amna, Mehwish, Iqra")
PK_FAM = L("Khan, Hussain, Ahmed, Butt, Malik, Iqbal, Chaudhry, Akhtar, Shah, Raza, Ali, Aslam, Javed, "
           "Mahmood, Qureshi, Rana, Abbasi, Khan, Khan")
BD_M = L("Rafiqul, Shahidul, Jahangir, Kamrul, Nazrul, Mizanur, Shafiqul, Abdul Karim, Sohel, Rubel, "
         "Shakil, Jewel, Alamgir, Masud, Habibur, Mamun, Abdur Rahim, Jamal")
BD_F = L("Nasrin, Shirin, Rina, Fatema, Taslima, Rokeya, Nargis, Parvin, Shapla, Ruma, Mousumi")
BD_FAM_M = L("Islam, Hossain, Rahman, Uddin, Ahmed, Miah, Alam, Sarker, Khan, Chowdhury, Ali, Mollah, "
             "Sheikh, Rahman, Islam")
BD_FAM_F = L("Akter, Begum, Khatun, Akter, Islam, Rahman")
IN_PB_M = L("Gurpreet, Harpreet, Manpreet, Jaspreet, Amandeep, Sukhwinder, Kuldeep, Balwinder, Harjit, "
            "Paramjit, Jaswinder, Lakhwinder, Gurdeep, Navdeep")
IN_PB_F = L("Harpreet, Manpreet, Jaspreet, Amandeep, Gurpreet, Navneet, Simran, Rajwinder, Kulwinder, "
            "Sukhjeet")
IN_PB_FAM = L("Sandhu, Gill, Sidhu, Dhillon, Grewal, Brar, Randhawa, Bains, Sekhon, Virk")
IN_M = L("Rajesh, Suresh, Anil, Ramesh, Vijay, Sanjay, Manoj, Arun, Rahul, Deepak, Ajay, Sunil, Binu, "
         "Shibu, Jomon")
IN_F = L("Priya, Lakshmi, Anjali, Pooja, Sunita, Kavita, Deepa, Rekha, Jincy, Mini, Soumya")
IN_FAM = L("Kumar, Patel, Sharma, Nair, Reddy, Thomas, Joseph, Varghese, Das, Yadav, Verma, Gupta, "
           "Pillai, Shah, Rao, Kumar, Mathew")

# nationality, picklist label, weight, female share, child share, culture
NATS = [
    ("GB", "United Kingdom", 26.0, 0.20, 0.75, "uk"),
    ("AL", "Albania", 14.0, 0.12, 0.30, "al"),
    ("VN", "Vietnam", 6.5, 0.30, 0.35, "vn"),
    ("ER", "Eritrea", 6.0, 0.20, 0.35, "er"),
    ("SD", "Sudan", 5.0, 0.05, 0.35, "sd"),
    ("AF", "Afghanistan", 4.0, 0.05, 0.50, "af"),
    ("IN", "India", 3.0, 0.30, 0.05, "in"),
    ("IR", "Iran", 2.5, 0.08, 0.25, "ir"),
    ("IQ", "Iraq", 2.5, 0.08, 0.25, "iq"),
    ("RO", "Romania", 2.5, 0.45, 0.15, "ro"),
    ("NG", "Nigeria", 2.0, 0.70, 0.12, "ng"),
    ("ET", "Ethiopia", 2.0, 0.40, 0.25, "et"),
    ("CN", "China", 1.5, 0.55, 0.05, "cn"),
    ("PK", "Pakistan", 1.5, 0.25, 0.10, "pk"),
    ("EG", "Egypt", 1.5, 0.05, 0.40, "eg"),
    ("BD", "Bangladesh", 1.5, 0.25, 0.05, "bd"),
    ("PL", "Poland", 1.0, 0.30, 0.05, "pl"),
    ("SY", "Syria", 1.0, 0.10, 0.30, "sy"),
    ("KW", "Kuwait", 0.6, 0.10, 0.15, "kw"),
]
NAT_ALT = {  # what a record sometimes says instead
    "Eritrea": ["Ethiopia"], "Ethiopia": ["Eritrea"], "Sudan": ["South Sudan", "Chad"],
    "Kuwait": ["Stateless", "Stateless", "Iraq"], "Iraq": ["Iran"], "Iran": ["Iraq", "Afghanistan"],
    "Afghanistan": ["Pakistan", "Iran"], "United Kingdom": ["Jamaica", "Ireland"],
    "Albania": ["Kosovo"], "Vietnam": ["China"], "China": ["Hong Kong"], "Syria": ["Lebanon"],
    "Romania": ["Moldova"], "Pakistan": ["India"], "India": ["Pakistan"], "Bangladesh": ["India"],
    "Nigeria": ["Ghana"], "Egypt": ["Libya"], "Poland": ["Lithuania"],
}
LANGS = {
    "uk": ["English"], "al": ["Albanian"], "vn": ["Vietnamese"], "er": ["Tigrinya", "Arabic", "Amharic"],
    "sd": ["Arabic", "Fur", "Zaghawa"], "af": ["Pashto", "Dari"], "in": ["Punjabi", "Hindi", "Malayalam"],
    "ir": ["Farsi", "Kurdish Sorani"], "iq": ["Arabic", "Kurdish Sorani"], "ro": ["Romanian", "Romani"],
    "ng": ["English", "Edo", "Yoruba", "Igbo", "Pidgin"], "et": ["Amharic", "Oromo", "Tigrinya"],
    "cn": ["Mandarin", "Fujianese"], "pk": ["Urdu", "Punjabi", "Pashto"], "eg": ["Arabic"],
    "bd": ["Bengali", "Sylheti"], "pl": ["Polish"], "sy": ["Arabic", "Kurdish Kurmanji"],
    "kw": ["Arabic"],
}
EXPL = {
    "uk": ["Criminal"], "al": ["Criminal", "Labour"], "vn": ["Labour", "Criminal"],
    "er": ["Labour"], "sd": ["Labour"], "af": ["Labour", "Criminal"], "in": ["Labour"],
    "ir": ["Labour"], "iq": ["Labour"], "ro": ["Labour", "Sexual"], "ng": ["Sexual", "Domestic Servitude"],
    "et": ["Domestic Servitude", "Labour"], "cn": ["Sexual", "Labour"], "pk": ["Labour"],
    "eg": ["Labour", "Criminal"], "bd": ["Labour"], "pl": ["Labour"], "sy": ["Labour"], "kw": ["Labour"],
}
CITIES = [("London", 30, "E15"), ("Birmingham", 9, "B12"), ("Manchester", 7, "M8"), ("Leeds", 4, "LS7"),
          ("Bristol", 3, "BS5"), ("Liverpool", 4, "L6"), ("Sheffield", 3, "S2"),
          ("Newcastle upon Tyne", 3, "NE4"), ("Nottingham", 3, "NG7"), ("Leicester", 3, "LE2"),
          ("Coventry", 2, "CV1"), ("Bradford", 2, "BD3"), ("Cardiff", 3, "CF24"), ("Swansea", 1, "SA1"),
          ("Stoke-on-Trent", 2, "ST4"), ("Wolverhampton", 2, "WV1"), ("Derby", 1, "DE23"),
          ("Southampton", 1, "SO14"), ("Portsmouth", 1, "PO1"), ("Middlesbrough", 2, "TS1"),
          ("Hull", 1, "HU3"), ("Peterborough", 2, "PE1"), ("Luton", 1, "LU1"), ("Croydon", 2, "CR0"),
          ("Dover", 1, "CT17"), ("Folkestone", 1, "CT20")]
CITY_VAR = {"Newcastle upon Tyne": ["Newcastle", "Newcastle-upon-Tyne", "NEWCASTLE"],
            "Birmingham": ["Birmingam", "B'ham", "birmingham"], "Manchester": ["Manchster", "MANCHESTER"],
            "London": ["LONDON", "london", "East London", "Londond"],
            "Stoke-on-Trent": ["Stoke", "Stoke on Trent"], "Croydon": ["London"],
            "Hull": ["Kingston upon Hull"], "Wolverhampton": ["Wolves", "Wolverhampon"]}
SITES = ["Birmingham Hub", "Leeds Outreach", "Manchester Safe House", "London North", "London South",
         "Cardiff (Wales)", "Bristol & South West", "North East", "East Midlands"]
REF_SRC = ["Police", "Police", "Local Authority", "Local Authority", "Home Office - Immigration Enforcement",
           "Home Office - UKVI", "Border Force", "Salvation Army", "NGO / Charity", "Self-referral",
           "Health (NHS)", "Legal representative", "Modern Slavery Helpline", "Reach-In"]
LEAD_SRC = ["Partner Referral Form", "Partner Referral Form", "Phone", "Email", "Outreach", "Helpline",
            "Walk-in"]
NRM_STATUS = ["Referred - awaiting RG", "Positive RG", "Positive RG", "Negative RG", "Positive CG",
              "Positive CG", "Negative CG", "Withdrawn", "Duty to Notify only", "Not referred"]
OWNERS = ["Hannah Brookes", "Tariq Mahmood", "Joanna Pryce", "Sam Okoye", "Rhian Evans", "Ellie Fraser",
          "Daniel Kemp", "Nadia Rahman", "Gareth Lloyd", "Priya Sandhu", "Chloe Whitfield", "Marek Nowicki",
          "Aisha Bello", "Tom Ashworth", "Lucy Harper", "Referrals Queue", "Referrals Queue"]
PLACEHOLDER_LAST = ["Unknown", "Unknown", "UNKNOWN", "NK", "-", ".", "Not Known", "N/A"]

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
_WCACHE = {}


def zpick(rng, lst, s=0.7):
    """Zipf-like choice: earlier list members are more common."""
    key = (id(lst), s)
    w = _WCACHE.get(key)
    if w is None:
        w = [1.0 / (i + 1) ** s for i in range(len(lst))]
        _WCACHE[key] = w
    return rng.choices(lst, weights=w)[0]


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def vary(t, rng, p):
    """Per-record transliteration variant of a (possibly multi-word) name token."""
    if not t:
        return t
    g = VAR.get(t.lower())
    if g is not None:
        return rng.choice(g) if rng.random() < p else t
    if " " in t:
        return " ".join(vary(w, rng, p) for w in t.split(" "))
    return t


KEYB = "qwertyuiop asdfghjkl zxcvbnm"
NEIGH = {}
for _row in KEYB.split(" "):
    for _i, _c in enumerate(_row):
        NEIGH[_c] = (_row[_i - 1] if _i else "") + (_row[_i + 1] if _i + 1 < len(_row) else "")


def typo(s, rng):
    idx = [i for i, c in enumerate(s) if c.isalpha() and c.isascii()]
    if len(idx) < 3:
        return s
    i = rng.choice(idx[1:])
    c = s[i]
    k = rng.random()
    if k < 0.3:                      # deletion
        return s[:i] + s[i + 1:]
    if k < 0.55 and i + 1 < len(s) and s[i + 1].isalpha():   # transposition
        return s[:i] + s[i + 1] + c + s[i + 2:]
    if k < 0.8:                      # keyboard substitution
        n = NEIGH.get(c.lower(), "")
        if n:
            r = rng.choice(n)
            return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]
        return s
    return s[:i] + c + s[i:]         # doubled letter


def polish_fem(fam):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if fam.endswith(a):
            return fam[:-len(a)] + b
    return fam


CULT_PREF = {
    "sd": {"Mohammed": "Mohamed", "Yousef": "Yousif", "Omar": "Omer", "Abdullah": "Abdalla",
           "Abdelrahman": "Abdelrahman", "Salih": "Salih"},
    "eg": {"Mohammed": "Mohamed", "Yousef": "Youssef", "Mustafa": "Mostafa", "Khalid": "Khaled",
           "Tariq": "Tarek"},
    "iq": {"Yousef": "Yousif"}, "kw": {"Mohammed": "Mohammad"}, "sy": {"Mohammed": "Mohammad",
                                                                          "Ahmed": "Ahmad"},
    "af": {"Mohammad": "Mohammad"}, "pk": {"Ahmed": "Ahmed"},
}


def canon(t, cult, rng):
    """Person-level canonical spelling: culture preference, sometimes another variant."""
    if not t:
        return t
    if " " in t and t.lower() not in VAR:
        return " ".join(canon(w, cult, rng) for w in t.split(" "))
    t = CULT_PREF.get(cult, {}).get(t, t)
    g = VAR.get(t.lower())
    if g is not None and rng.random() < 0.25:
        return rng.choice(g)
    return t


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
def new_name(cult, sex, rng):
    F = sex == "F"
    n = {"given": "", "middle": "", "family": "", "father": "", "gfather": "", "prefix": "",
         "title": "", "hz": None, "cn_given": None}
    if cult == "uk":
        n["given"] = zpick(rng, UK_F if F else UK_M)
        if rng.random() < 0.45:
            n["middle"] = zpick(rng, UK_MID_F if F else UK_MID_M)
        n["family"] = zpick(rng, UK_FAM, 0.5)
    elif cult == "al":
        n["given"] = zpick(rng, AL_F if F else AL_M)
        n["family"] = zpick(rng, AL_FAM, 0.6)
        n["father"] = zpick(rng, AL_FATHER)
    elif cult == "ro":
        n["given"] = zpick(rng, RO_F if F else RO_M)
        n["family"] = zpick(rng, RO_FAM, 0.6)
        if rng.random() < 0.15:
            n["middle"] = zpick(rng, RO_F if F else RO_M)
    elif cult == "pl":
        n["given"] = zpick(rng, PL_F if F else PL_M)
        fam = zpick(rng, PL_FAM, 0.6)
        n["family"] = polish_fem(fam) if F else fam
        n["family_m"] = fam
    elif cult == "ng":
        n["given"] = zpick(rng, NG_F if F else NG_M)
        if rng.random() < 0.5:
            n["middle"] = zpick(rng, NG_MID)
        n["family"] = zpick(rng, NG_FAM, 0.5)
    elif cult == "vn":
        n["family"] = zpick(rng, VN_FAM, 0.4)
        n["middle"] = zpick(rng, VN_MID_F if F else VN_MID_M, 0.3)
        n["given"] = zpick(rng, VN_F if F else VN_M)
    elif cult == "cn":
        fam = zpick(rng, CN_FAM, 0.6)
        pool = CN_F if F else CN_M
        k = 1 if rng.random() < 0.35 else 2
        giv = [zpick(rng, pool, 0.5) for _ in range(k)]
        n["family"] = fam[1]
        n["cn_given"] = [g[1] for g in giv]
        n["given"] = "".join(g[1] for g in giv).capitalize()
        n["hz"] = (fam[0], "".join(g[0] for g in giv))
    elif cult in ("er", "et"):
        if cult == "er":
            n["given"] = zpick(rng, ER_F if F else ER_M)
            n["father"] = zpick(rng, ER_FATHER, 0.5)
            n["gfather"] = zpick(rng, ER_FATHER, 0.5)
        else:
            n["given"] = zpick(rng, ET_F if F else ET_M)
            n["father"] = zpick(rng, ET_FATHER, 0.5)
            n["gfather"] = zpick(rng, ET_FATHER, 0.5)
    elif cult in ("sd", "eg", "iq", "sy", "kw"):
        tabs = {"sd": (SD_M, SD_F, SD_FATHER, None, 0.0), "eg": (EG_M, EG_F, SD_FATHER, EG_FAM, 0.5),
                "iq": (IQ_M, IQ_F, IQ_FATHER, IQ_FAM, 0.4), "sy": (SY_M, SY_F, SD_FATHER, SY_FAM, 0.85),
                "kw": (KW_M, KW_F, SD_FATHER, KW_FAM, 0.9)}[cult]
        n["given"] = zpick(rng, tabs[1] if F else tabs[0], 0.8)
        n["father"] = zpick(rng, tabs[2], 0.8)
        n["gfather"] = zpick(rng, tabs[2], 0.8)
        if tabs[3] and rng.random() < tabs[4]:
            n["family"] = zpick(rng, tabs[3], 0.5)
    elif cult == "af":
        n["given"] = zpick(rng, AF_F if F else AF_M, 0.6)
        if rng.random() < 0.6:
            n["family"] = zpick(rng, AF_FAM, 0.5)
        n["father"] = zpick(rng, AF_FATHER)
    elif cult == "ir":
        n["given"] = zpick(rng, IR_F if F else IR_M)
        n["family"] = zpick(rng, IR_FAM, 0.6)
    elif cult == "pk":
        n["given"] = zpick(rng, PK_F if F else PK_M)
        n["family"] = zpick(rng, PK_FAM, 0.6)
        if F and rng.random() < 0.25:
            n["family"] = "Bibi"
    elif cult == "bd":
        n["given"] = zpick(rng, BD_F if F else BD_M)
        n["family"] = zpick(rng, BD_FAM_F if F else BD_FAM_M, 0.5)
        if not F and rng.random() < 0.55:
            n["prefix"] = "Md"
    elif cult == "in":
        if rng.random() < 0.5:
            n["given"] = zpick(rng, IN_PB_F if F else IN_PB_M)
            n["title"] = "Kaur" if F else "Singh"
            if rng.random() < 0.5:
                n["family"] = zpick(rng, IN_PB_FAM)
        else:
            n["given"] = zpick(rng, IN_F if F else IN_M)
            n["family"] = zpick(rng, IN_FAM, 0.5)
            if not F and rng.random() < 0.2:
                n["middle"] = "Kumar"
    for k in ("given", "middle", "family", "father", "gfather"):
        if cult not in ("cn",):
            n[k] = canon(n[k], cult, rng)
    return n


def rand_date_in_year(y, rng):
    return dt.date(y, 1, 1) + dt.timedelta(days=rng.randrange(365))


YEAR_W = {2014: 3, 2015: 4, 2016: 5, 2017: 7, 2018: 9, 2019: 10, 2020: 9, 2021: 11, 2022: 13,
          2023: 14, 2024: 11}


def first_contact(rng):
    y = rng.choices(list(YEAR_W), weights=list(YEAR_W.values()))[0]
    d = rand_date_in_year(y, rng)
    return min(d, dt.date(2024, 10, 31))


def make_person(pid, rng, nat=None):
    if nat is None:
        nat = rng.choices(NATS, weights=[x[2] for x in NATS])[0]
    cc, label, _, fshare, cshare, cult = nat
    sex = "F" if rng.random() < fshare else "M"
    p = {"pid": pid, "nat": nat, "cult": cult, "sex": sex, "trans": rng.random() < 0.006}
    p["name"] = new_name(cult, sex, rng)
    fc = first_contact(rng)
    p["fc"] = fc
    child = rng.random() < cshare
    age = rng.randint(13 if cult == "uk" else 12, 17) if child else int(rng.triangular(18, 55, 24))
    dob = fc - dt.timedelta(days=int(age * 365.25) + rng.randrange(365))
    p["dob"] = dob
    r = rng.random()
    if cult != "uk" and 14 <= age <= 17 and rng.random() < 0.28:
        p["dobkind"] = "disp"
        p["assessed"] = dt.date(dob.year - rng.randint(2, 6), 1, 1) if rng.random() < 0.7 else \
            dob - dt.timedelta(days=rng.randint(700, 2200))
        p["assess_on"] = fc + dt.timedelta(days=rng.randint(30, 300))
    elif r < (0.80 if cult in ("uk", "pl", "ro") else 0.55):
        p["dobkind"] = "doc"
    elif r < 0.93:
        p["dobkind"] = "est"
    else:
        p["dobkind"] = "unk"
    p["doc_status"] = "Documented" if rng.random() < 0.5 else "Self-declared"
    p["city"] = rng.choices(CITIES, weights=[c[1] for c in CITIES])[0]
    p["phone"] = ("07700 900%03d" % rng.randrange(1000)) if rng.random() < 0.55 else None
    p["email"] = rng.random() < 0.12
    return p


def sibling_of(p, pid, rng, twin=False):
    q = make_person(pid, rng, nat=p["nat"])
    n, m = q["name"], p["name"]
    for k in ("family", "father", "gfather", "title", "prefix"):
        if k == "prefix" and q["sex"] == "F":
            continue
        m_val = m.get(k, "")
        n[k] = m_val
    if p["cult"] == "pl":
        n["family_m"] = m.get("family_m", m["family"])
        n["family"] = polish_fem(n["family_m"]) if q["sex"] == "F" else n["family_m"]
    if p["cult"] == "bd" and q["sex"] == "F":
        n["family"] = zpick(rng, BD_FAM_F)
    if p["cult"] == "cn":
        n["hz"] = (m["hz"][0], n["hz"][1])
    if p["cult"] == "vn" and q["sex"] == p["sex"]:
        n["middle"] = m["middle"]
    if n["given"] == m["given"]:
        q["name"] = n  # rare: same given too - keep, a genuine hard negative
    q["city"] = p["city"]
    if rng.random() < 0.5:
        q["fc"] = p["fc"] + dt.timedelta(days=rng.randint(0, 20))
    if twin:
        q["dob"] = p["dob"]
        q["dobkind"] = p["dobkind"] if p["dobkind"] != "disp" else "doc"
    else:
        gap = rng.randint(1, 8) * (1 if rng.random() < 0.5 else -1)
        q["dob"] = p["dob"] + dt.timedelta(days=int(gap * 365.25) + rng.randint(-150, 150))
        if q["dob"] >= q["fc"]:
            q["dob"] = p["dob"] - dt.timedelta(days=400)
    if p["phone"] and rng.random() < 0.3:
        q["phone"] = p["phone"]
    return q


def namesake_of(p, pid, rng):
    q = make_person(pid, rng, nat=p["nat"])
    q["sex"] = p["sex"]
    q["name"] = dict(p["name"])
    if rng.random() < 0.4:
        y = p["dob"].year
        q["dob"] = rand_date_in_year(y, rng)
        if q["dob"] >= q["fc"]:
            q["fc"] = q["dob"] + dt.timedelta(days=365 * 16)
            if q["fc"] > dt.date(2024, 10, 31):
                q["fc"] = dt.date(2024, 10, 31) - dt.timedelta(days=rng.randrange(300))
    return q


CONTROLLER_PHONES = ["07700 900%03d" % i for i in range(900, 940)]


def make_people(n, rng):
    people = []
    while len(people) < n:
        pid = "P%06d" % (len(people) + 1)
        r = rng.random()
        if people and r < 0.045:
            base = rng.choice(people)
            twin = rng.random() < 0.2
            q = sibling_of(base, pid, rng, twin=twin)
        elif people and r < 0.085:
            base = rng.choice(people)
            q = namesake_of(base, pid, rng)
        else:
            q = make_person(pid, rng)
        if rng.random() < 0.05:
            q["phone"] = rng.choice(CONTROLLER_PHONES)
        people.append(q)
    return people


# ---------------------------------------------------------------------------
# rendering one record's name
# ---------------------------------------------------------------------------
def ph(rng):
    return rng.choice(PLACEHOLDER_LAST)


def render_name(p, rng, pv, legacy=False, webform=False):
    """Return FirstName, MiddleName, LastName, native-script full name (or None)."""
    n, cult = p["name"], p["cult"]
    V = lambda t: vary(t, rng, pv)  # noqa: E731
    g, mid, fam = V(n["given"]), V(n["middle"]), V(n["family"])
    fa, gf = V(n["father"]), V(n["gfather"])
    first, middle, last = g, "", fam
    r = 0.0 if rng.random() < 0.15 else rng.random()   # the usual layout dominates
    native = None
    if cult in ("uk", "ro", "pl", "ng", "al", "ir", "pk") or (cult == "in" and not n["title"]):
        if mid:
            k = rng.random()
            if k < 0.35:
                middle = mid
            elif k < 0.42:
                first = g + " " + mid
        if cult == "al" and rng.random() < 0.12:
            middle = fa
        if " " in g and rng.random() < 0.25:
            w = g.split(" ")
            if rng.random() < 0.6:
                first, middle = w[0], " ".join(w[1:])
            else:
                first = w[-1]
        if cult == "pk" and g.startswith(("Muhammad ", "Mohammad ", "Mohammed ")) and rng.random() < 0.1:
            first = "M. " + g.split(" ", 1)[1]
        if cult in ("ng", "in") and r < 0.12:
            first, last = last, first
        if cult == "pl" and p["sex"] == "F" and rng.random() < 0.05:
            last = V(n.get("family_m", fam))
    elif cult == "vn":
        if r < 0.45:
            first, last = mid + " " + g, fam
        elif r < 0.65:
            first, middle, last = g, mid, fam
        elif r < 0.75:
            first, last = g, fam
        elif r < 0.87:
            first, last = fam, mid + " " + g
        elif r < 0.92:
            first, last = fam + " " + mid, g
        elif r < 0.96:
            first, last = fam + " " + mid + " " + g, ph(rng)
        else:
            first, last = mid + g.lower(), fam
    elif cult == "cn":
        syl = n["cn_given"]
        if len(syl) == 2:
            k = rng.random()
            gv = (syl[0] + syl[1].lower()) if k < 0.6 else (syl[0] + " " + syl[1]) if k < 0.8 else \
                (syl[0] + "-" + syl[1].lower()) if k < 0.9 else (syl[0] + syl[1])
        else:
            gv = syl[0]
        fam = vary(n["family"], rng, 0.06)
        if r < 0.6:
            first, last = gv, fam
        elif r < 0.82:
            first, last = fam, gv
        elif r < 0.86:
            first, last = n["hz"][1], n["hz"][0]
        elif r < 0.9:
            first, last = fam + " " + gv, ph(rng)
        else:
            first, middle, last = rng.choice(ENGLISH_PREF_F if p["sex"] == "F" else ENGLISH_PREF_M), gv, fam
    elif cult in ("er", "et"):
        if r < 0.45:
            first, last = g, fa
        elif r < 0.62:
            first, middle, last = g, fa, gf
        elif r < 0.75:
            first, last = g, fa + " " + gf
        elif r < 0.82:
            first, last = g + " " + fa, gf
        elif r < 0.88:
            first, last = g, gf
        elif r < 0.93:
            first, last = fa, g
        elif r < 0.96:
            first, last = g, ph(rng)
        else:
            first, middle, last = g, gf, fa
    elif cult in ("sd", "eg", "iq", "sy", "kw"):
        if fam:
            if r < 0.5:
                first, last = g, fam
            elif r < 0.65:
                first, middle, last = g, fa, fam
            elif r < 0.75:
                first, last = g, fa
            elif r < 0.83:
                first, middle, last = g, fa + " " + gf, fam
            elif r < 0.88:
                first, last = g + " " + fa, fam
            elif r < 0.93:
                first, last = fam, g
            else:
                first, last = g, ph(rng)
        else:
            if r < 0.4:
                first, last = g, fa
            elif r < 0.55:
                first, middle, last = g, fa, gf
            elif r < 0.67:
                first, last = g, gf
            elif r < 0.77:
                first, last = g, fa + " " + gf
            elif r < 0.84:
                first, last = g + " " + fa, gf
            elif r < 0.9:
                first, last = fa, g
            elif r < 0.95:
                first, last = g, ph(rng)
            else:
                first, last = g + " " + fa + " " + gf, ph(rng)
    elif cult == "af":
        if fam:
            if r < 0.65:
                first, last = g, fam
            elif r < 0.75:
                first, last = g, fa
            elif r < 0.82 and " " in g:
                first, last = g.split(" ")[0], g.split(" ", 1)[1]
            elif r < 0.88:
                first, last = fam, g
            else:
                first, last = g, ph(rng)
        else:
            if r < 0.45:
                first, last = g, fa
            elif r < 0.6:
                first, last = g, ph(rng)
            elif r < 0.8 and " " in g:
                first, last = g.split(" ")[0], g.split(" ", 1)[1]
            elif r < 0.9:
                first, last = g, g
            else:
                first, last = "FNU", g
    elif cult == "bd":
        pre = V(n["prefix"]) if n["prefix"] else ""
        if pre:
            k = rng.random()
            if k < 0.45:
                first = pre + " " + g
            elif k < 0.6:
                first, middle = pre, g
            elif k < 0.7:
                first = "Mohammad " + g
        if " " in g and rng.random() < 0.15:
            first = g.replace(" ", "")
        if r < 0.08:
            first, last = last, first
    elif cult == "in":  # Sikh names
        t = n["title"]
        if fam:
            if r < 0.4:
                first, middle, last = g, t, fam
            elif r < 0.65:
                first, last = g, t
            elif r < 0.85:
                first, last = g, t + " " + fam
            else:
                first, last = g + " " + t, fam
        else:
            if r < 0.8:
                first, last = g, t
            elif r < 0.9:
                first, last = g + " " + t, ph(rng)
            else:
                first, last = t, g

    # native script for the whole record (rare)
    tab = {"sd": "arabic", "eg": "arabic", "iq": "arabic", "sy": "arabic", "kw": "arabic",
           "ir": "persian", "af": "persian", "er": "geez", "et": "geez"}.get(cult)
    if tab:
        parts = [x for x in (n["given"], n["father"] if cult != "ir" else "", n["family"] or n["gfather"]) if x]
        conv = [script_of(x, SCRIPTS[tab]) for x in parts]
        if all(conv):
            native = " ".join(conv)
            if rng.random() < 0.03:
                first = script_of(n["given"], SCRIPTS[tab])
                middle = ""
                last = " ".join(conv[1:])
    elif cult == "cn":
        native = n["hz"][0] + n["hz"][1]
    elif cult == "vn":
        native = " ".join(x for x in (n["family"], n["middle"], n["given"]) if x)

    # diacritics
    if cult == "vn":
        if rng.random() > (0.35 if webform else 0.2):
            first, middle, last = strip_diacritics(first), strip_diacritics(middle), strip_diacritics(last)
    elif cult in ("al", "ro", "pl"):
        if rng.random() < (0.8 if legacy else 0.45):
            first, middle, last = strip_diacritics(first), strip_diacritics(middle), strip_diacritics(last)
        elif cult == "ro" and rng.random() < 0.25:  # cedilla vs comma-below
            tr = str.maketrans("șțȘȚ", "şţŞŢ")
            first, middle, last = first.translate(tr), middle.translate(tr), last.translate(tr)
    return first, middle, last, native


def noisy_name(p, rng, legacy=False, webform=False):
    pv = 0.12 + (0.05 if webform else 0)
    first, middle, last, native = render_name(p, rng, pv, legacy, webform)
    g = p["name"]["given"]
    # nickname used as first name
    if rng.random() < 0.04:
        nk = NICK.get(g) or NICK.get(strip_diacritics(g))
        if nk:
            first = rng.choice(nk)
    # generic given/family swap
    if rng.random() < (0.07 if webform else 0.03) and last not in PLACEHOLDER_LAST:
        first, last = last, first
    # typos
    if rng.random() < (0.10 if webform else 0.06):
        if rng.random() < 0.5 and first:
            first = typo(first, rng)
        elif last not in PLACEHOLDER_LAST:
            last = typo(last, rng)
        elif middle:
            middle = typo(middle, rng)
    # case
    k = rng.random()
    up_all = 0.35 if legacy else 0.05
    up_last = up_all + 0.05
    low = up_last + (0.10 if webform else 0.02)
    if k < up_all:
        first, middle, last = first.upper(), middle.upper(), last.upper()
    elif k < up_last:
        last = last.upper()
    elif k < low:
        first, middle, last = first.lower(), middle.lower(), last.lower()
    # whitespace accidents
    if rng.random() < 0.02:
        first = first + " "
    if rng.random() < 0.015:
        last = " " + last if rng.random() < 0.3 else last + " "
    if rng.random() < 0.01 and " " in first:
        first = first.replace(" ", "  ", 1)
    # missing first name (LastName is required in Salesforce, FirstName is not)
    if rng.random() < 0.015 and last not in PLACEHOLDER_LAST:
        first, middle = "", ""
    if not last.strip():
        last = ph(rng)
    return first, middle, last, native


def preferred_name(p, rng):
    g = p["name"]["given"]
    cult = p["cult"]
    nk = NICK.get(g) or NICK.get(strip_diacritics(g))
    if cult == "vn" and rng.random() < 0.6:
        return rng.choice(VN_PREF)
    if cult == "cn":
        return rng.choice(ENGLISH_PREF_F if p["sex"] == "F" else ENGLISH_PREF_M)
    if nk:
        return rng.choice(nk)
    return strip_diacritics(g.split(" ")[0]) if rng.random() < 0.5 else g.split(" ")[-1]


# ---------------------------------------------------------------------------
# dates of birth
# ---------------------------------------------------------------------------
def safe_date(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return dt.date(y, m, 28)


def doc_noise(d, rng, scale=1.0):
    r = rng.random() / scale
    if r < 0.06:
        return None
    if r < 0.09 and d.day <= 12 and d.day != d.month:
        return dt.date(d.year, d.day, d.month)          # day/month transposed
    if r < 0.12:
        return safe_date(d.year + rng.choice((-1, 1)), d.month, d.day)   # year off by one
    if r < 0.14:
        dd = d.day + rng.choice((-10, -1, 1, 10))       # keying slip in the day
        return safe_date(d.year, d.month, dd if 1 <= dd <= 28 else d.day)
    if r < 0.16:
        return dt.date(d.year, 1, 1)
    if r < 0.17:
        return dt.date(1900, 1, 1)                      # CRM placeholder for "unknown"
    return d


def record_dob(p, ev, rng, legacy):
    """-> (Birthdate or None, DOB_Status__c, Estimated_Year_of_Birth__c or '')"""
    kind, true = p["dobkind"], p["dob"]
    esty = ""
    if kind == "doc":
        bd = doc_noise(true, rng)
        st = p["doc_status"] if rng.random() < 0.85 else rng.choice(["Documented", "Self-declared", ""])
    elif kind == "disp":
        after = ev >= p["assess_on"]
        if after and rng.random() > 0.15:
            bd = doc_noise(p["assessed"], rng, 2.0)
            st = "Age assessed"
        else:
            bd = doc_noise(true, rng, 2.0)
            st = "Disputed" if after or rng.random() < 0.4 else "Self-declared"
    elif kind == "est":
        y = true.year + rng.choice((0, 0, 0, 0, 0, 0, -1, 1))
        k = rng.random()
        if k < 0.55:
            bd = dt.date(y, 1, 1)
        elif k < 0.75:
            bd = dt.date(y, 7, 1)
        elif k < 0.9:
            bd, esty = None, str(y)
        else:
            bd = true
        st = "Estimated" if rng.random() < 0.9 else ""
        if bd is not None and bd.month in (1, 7) and bd.day == 1 and rng.random() < 0.5:
            esty = str(bd.year)
    else:  # unknown
        y = true.year + rng.choice((0, 0, 0, -1, 1, -2, 2))
        if rng.random() < 0.65:
            bd = None
            esty = str(y) if rng.random() < 0.5 else ""
        else:
            bd = dt.date(y, 1, 1)
        st = rng.choice(["Unknown", "Unknown", "Estimated", ""])
    if legacy and bd is not None and rng.random() < 0.03:
        bd = dt.date(1900, 1, 1)
    return bd, st, esty


def age_on(bd, on):
    return on.year - bd.year - ((on.month, on.day) < (bd.month, bd.day))


# ---------------------------------------------------------------------------
# Salesforce ids
# ---------------------------------------------------------------------------
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def sf_id18(prefix, num):
    body = ""
    for _ in range(9):
        body = B62[num % 62] + body
        num //= 62
    id15 = prefix + body
    suffix = ""
    for chunk in range(3):
        bits = 0
        for j in range(5):
            c = id15[chunk * 5 + j]
            if "A" <= c <= "Z":
                bits |= 1 << j
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
    return id15 + suffix


# ---------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------
HEADER = ["Id", "Contact_ID__c", "Salutation", "FirstName", "MiddleName", "LastName",
          "Preferred_Name__c", "Alias_Names__c", "Name_Native_Script__c", "Birthdate", "DOB_Status__c",
          "Estimated_Year_of_Birth__c", "Age__c", "Age_at_Referral__c", "Sex_at_Birth__c",
          "GenderIdentity", "Pronouns", "Nationality__c", "Languages_Spoken__c",
          "Interpreter_Required__c", "MobilePhone", "Email", "MailingCity", "MailingPostalCode",
          "Account.Name", "LeadSource", "Referral_Source__c", "Service_Site__c", "Exploitation_Type__c",
          "NRM_Status__c", "NRM_Referral_Date__c", "Legacy_Ref__c", "Description", "Owner.Name",
          "CreatedDate", "LastModifiedDate"]
LAST_DAY = dt.date(2024, 11, 27)
GO_LIVE = MIGRATION_DAY.date()


def n_records(rng):
    return rng.choices((1, 2, 3, 4), weights=(50, 30, 13, 7))[0]


def event_dates(p, k, rng):
    ds = [p["fc"]]
    for _ in range(k - 1):
        gap = rng.randint(3, 60) if rng.random() < 0.35 else rng.randint(120, 2000)
        ds.append(ds[-1] + dt.timedelta(days=gap))
    if ds[-1] > LAST_DAY:
        shift = (ds[-1] - LAST_DAY).days + rng.randint(0, 60)
        ds = [d - dt.timedelta(days=shift) for d in ds]
    lo = dt.date(2013, 6, 1)
    return [max(d, lo) for d in ds]


def fmt_phone(ph_, rng):
    digits = ph_.replace(" ", "")
    k = rng.random()
    if k < 0.5:
        return ph_
    if k < 0.7:
        return digits
    if k < 0.85:
        return "+44" + digits[1:]
    return "+44 " + digits[1:5] + " " + digits[5:]


def ascii_lower(s):
    return "".join(c for c in strip_diacritics(s).lower() if c.isalnum())


def build_record(p, ev, idx_in_person, rng, state):
    cult = p["cult"]
    legacy = ev < GO_LIVE
    lead = "Legacy Migration" if legacy else rng.choice(LEAD_SRC)
    webform = lead == "Partner Referral Form"
    if legacy:
        created = MIGRATION_DAY + dt.timedelta(seconds=rng.randint(0, 5400))
    else:
        created = dt.datetime.combine(ev + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2, 3))),
                                      dt.time(rng.randint(8, 18), rng.randrange(60), rng.randrange(60)))
        created = min(created, dt.datetime(2024, 11, 28, 17, 0, 0))
    first, middle, last, native = noisy_name(p, rng, legacy, webform)
    bd, dstat, esty = record_dob(p, ev, rng, legacy)
    rec = dict.fromkeys(HEADER, "")
    rec["FirstName"], rec["MiddleName"], rec["LastName"] = first, middle, last
    rec["_created"] = created
    rec["_pid"] = p["pid"]
    rec["_legacy"] = legacy
    if rng.random() < 0.25 and not legacy:
        if p["sex"] == "F":
            rec["Salutation"] = rng.choice(["Ms.", "Ms.", "Miss", "Mrs."])
        else:
            rec["Salutation"] = "Mr."
        if p["trans"]:
            rec["Salutation"] = "Mx."
    if rng.random() < 0.18:
        rec["Preferred_Name__c"] = preferred_name(p, rng)
    if rng.random() < 0.08:
        al = []
        for _ in range(rng.randint(1, 2)):
            f2, m2, l2, _n = noisy_name(p, rng)
            s = " ".join(x for x in (f2, m2, l2) if x.strip() and x not in PLACEHOLDER_LAST)
            if s and s not in al and s != " ".join(x for x in (first, middle, last) if x):
                al.append(s)
        if al:
            sep = rng.choice(["\n", "; ", ", ", "\n"])
            rec["Alias_Names__c"] = ("AKA " if rng.random() < 0.2 else "") + sep.join(al)
    if native and rng.random() < 0.07:
        rec["Name_Native_Script__c"] = native
    rec["Birthdate"] = bd.isoformat() if bd else ""
    rec["DOB_Status__c"] = dstat
    rec["Estimated_Year_of_Birth__c"] = esty
    if bd:
        rec["Age__c"] = str(age_on(bd, EXPORT_DATE))
    if rng.random() < 0.55:
        a = age_on(bd, ev) if bd and bd.year > 1900 else age_on(p["dob"], ev)
        if rng.random() < 0.08:
            a += rng.choice((-1, 1))
        rec["Age_at_Referral__c"] = str(max(a, 0))
    # sex / gender
    sexw = {"F": "Female", "M": "Male"}[p["sex"]]
    other = {"F": "Male", "M": "Female"}[p["sex"]]
    k = rng.random()
    rec["Sex_at_Birth__c"] = sexw if k < 0.84 else "" if k < 0.975 else "Unknown" if k < 0.993 else other
    gi = sexw
    if p["trans"]:
        gi = rng.choice([other, "Nonbinary", "Not Listed"])
    if rng.random() < 0.55:
        rec["GenderIdentity"] = gi if rng.random() > 0.005 else other
    if rng.random() < 0.3:
        rec["Pronouns"] = {"Female": "She/Her", "Male": "He/Him"}.get(gi, "They/Them")
    # nationality
    lab = p["nat"][1]
    k = rng.random()
    if k < 0.06:
        lab = ""
    elif k < 0.08:
        lab = "Unknown"
    elif k < (0.09 if cult == "uk" else 0.12) and lab in NAT_ALT:
        lab = rng.choice(NAT_ALT[lab])
    elif cult == "kw" and k < 0.5:
        lab = "Stateless"
    rec["Nationality__c"] = lab
    if rng.random() < 0.6:
        langs = LANGS[cult]
        sel = [langs[0]] if rng.random() < 0.75 else rng.sample(langs, min(len(langs), 2))
        if cult != "uk" and rng.random() < 0.25:
            sel.append("English")
        rec["Languages_Spoken__c"] = ";".join(sorted(dict.fromkeys(sel)))
    rec["Interpreter_Required__c"] = "false" if cult == "uk" or (cult == "ng" and rng.random() < 0.7) \
        else ("true" if rng.random() < 0.85 else "false")
    # contact details
    phone = p["phone"]
    if phone and idx_in_person > 0 and rng.random() < 0.3:
        phone = "07700 900%03d" % rng.randrange(1000)   # changed number
    if phone and rng.random() < 0.35:
        rec["MobilePhone"] = fmt_phone(phone, rng)
    if p["email"] and rng.random() < 0.5:
        n = p["name"]
        g = ascii_lower(n["given"].split(" ")[0]) or "client"
        f = ascii_lower(n["family"] or n["father"] or "x")
        rec["Email"] = "%s.%s%02d@%s" % (g, f, p["dob"].year % 100,
                                         ("example.com", "example.org", "example.net")[int(p["pid"][1:]) % 3])
    city = p["city"]
    if idx_in_person > 0 and rng.random() < 0.3:
        city = rng.choices(CITIES, weights=[c[1] for c in CITIES])[0]
    if rng.random() < 0.8:
        cname = city[0]
        if cname in CITY_VAR and rng.random() < 0.1:
            cname = rng.choice(CITY_VAR[cname])
        rec["MailingCity"] = cname
        if rng.random() < 0.4:
            rec["MailingPostalCode"] = city[2]
    acct_last = last.strip() if last.strip() not in PLACEHOLDER_LAST else "Unknown"
    rec["Account.Name"] = acct_last + " Household"
    rec["LeadSource"] = lead
    rec["Referral_Source__c"] = rng.choice(REF_SRC) if rng.random() < 0.9 else ""
    rec["Service_Site__c"] = rng.choice(SITES)
    ex = list(EXPL[cult])
    sel = [ex[0]] if rng.random() < 0.6 else rng.sample(ex, min(2, len(ex)))
    if rng.random() < 0.05:
        sel = ["Not Known"]
    order = ["Labour", "Sexual", "Criminal", "Domestic Servitude", "Organ Harvesting", "Not Known"]
    rec["Exploitation_Type__c"] = ";".join(x for x in order if x in sel)
    st = rng.choice(NRM_STATUS)
    rec["NRM_Status__c"] = st
    if st not in ("Not referred",):
        rec["NRM_Referral_Date__c"] = ev.isoformat()
    if legacy:
        state["legacy"] += 1
        rec["Legacy_Ref__c"] = "ACC-%05d" % state["legacy"]
        rec["Owner.Name"] = "Data Migration User"
    else:
        rec["Owner.Name"] = "Referrals Queue" if webform and rng.random() < 0.5 else rng.choice(OWNERS)
    # free-text notes
    notes = []
    if rng.random() < 0.04 and p["dob"]:
        d = p["dob"]
        notes.append("Client gave DOB as %02d/%02d/%d at first meeting, no documents seen." %
                     (d.day, d.month, d.year))
    if p["dobkind"] == "disp" and ev >= p["assess_on"] and rng.random() < 0.5:
        notes.append("Age disputed.\nLA age assessment %s: assessed as over 18. DOB amended on system."
                     % p["assess_on"].strftime("%d/%m/%Y"))
    if idx_in_person > 0 and rng.random() < 0.1:
        notes.append("Says previously supported by another service, details unclear.")
    if rng.random() < 0.05:
        notes.append(rng.choice(["Referred following police visit to car wash, several men present.",
                                 "Found working at nail bar, interpreter used (phone).",
                                 "Encountered at port, accommodated in hotel then moved.",
                                 "Went missing from placement, returned after 3 days.",
                                 "Lives with \"cousin\", works long hours; wants help with debt."]))
    rec["Description"] = "\n".join(notes)
    mod = created + dt.timedelta(days=rng.randint(0, 900), seconds=rng.randint(0, 36000))
    mod = min(mod, dt.datetime(2024, 11, 28, 18, 0, 0))
    rec["CreatedDate"] = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    rec["LastModifiedDate"] = mod.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return rec


def generate(n_people, seed):
    rng = random.Random(seed)
    people = make_people(n_people, rng)
    state = {"legacy": 0}
    recs = []
    for p in people:
        k = n_records(rng)
        for i, ev in enumerate(event_dates(p, k, rng)):
            recs.append(build_record(p, ev, i, rng, state))
    # creation order -> sequential ids (legacy batch loaded in arbitrary order)
    keyed = [(r["_created"], rng.random(), r) for r in recs]
    keyed.sort(key=lambda t: (t[0], t[1]))
    num = 62 ** 5 * 7 + rng.randrange(62 ** 4)
    for i, (_c, _r, rec) in enumerate(keyed, 1):
        num += rng.randint(1, 40)
        rec["Id"] = sf_id18("0038d0", num)
        rec["Contact_ID__c"] = "SUR-%06d" % i
    out = [t[2] for t in keyed]
    out.sort(key=lambda r: r["Id"])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    recs = generate(a.people, a.seed)
    with open(a.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(HEADER)
        for r in recs:
            w.writerow([r[h] for h in HEADER])
    with open(a.truth, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "person_id"])
        for r in recs:
            w.writerow([r["Id"], r["_pid"]])


if __name__ == "__main__":
    main()
