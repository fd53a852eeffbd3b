#!/usr/bin/env python3
"""gen12.py - synthetic survivor-like person records, exported the way a
Welsh multi-agency modern-slavery partnership's SharePoint list would be
exported to CSV, with ground truth of which rows are the same person.

Everyone in the output is invented: names are drawn at random from lists of
common names per culture; dates, places and references are random.

Usage:
  python3 gen12.py --people N --seed S --out FILE --truth TRUTH.csv [--stats]

Python 3 standard library only.  Same N and seed -> byte-identical files.
"""
import argparse
import csv
import datetime as dt
import random
import sys
import unicodedata
from collections import Counter, namedtuple

# ---------------------------------------------------------------------------
# Name data.  One entry per line:  "Spelling|variant|variant  weight"
# The first spelling is the usual one; the others are real-world alternative
# romanisations / spellings that different officers produce.
# ---------------------------------------------------------------------------


def parse_names(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        parts = line.rsplit(None, 1)
        if len(parts) == 2 and parts[1].isdigit():
            spell, w = parts[0], int(parts[1])
        else:
            spell, w = line, 1
        out.append((w, [s.strip() for s in spell.split("|")]))
    return out


N = parse_names  # short alias for the tables below

# --- British (mostly Welsh / English) --------------------------------------
BRIT_M = N("""
Jack 6
Thomas 6
Oliver 4
Dylan 6
Rhys 6
Callum|Calum 5
Tyler 5
Kai 4
Jayden|Jaden|Jaiden 5
Liam 5
Connor|Conor 5
Ethan 5
Harry 4
Lewis 4
Owen 4
Morgan 3
Ryan 4
Kieran|Kieron 4
Jordan 4
Bradley 4
Jamie 4
Reece|Reese 4
Joshua 5
Daniel 5
Nathan 4
Luke 3
Aaron 3
Brandon 3
Mason 4
Riley 3
Leon 3
Corey|Cory 3
Ioan 2
Evan 2
Gethin 2
Alfie 3
Charlie 3
Logan 3
""")
BRIT_F = N("""
Chloe 5
Megan 5
Ffion 3
Seren 3
Amy 4
Jessica 5
Lauren 4
Bethan 3
Sophie 4
Cerys 3
Courtney 3
Kayleigh|Kayley|Kaylee 4
Shannon 4
Jade 4
Leah 4
Ellie|Elly 4
Caitlin|Katelyn 3
Rebecca 4
Hannah 4
Emily 4
Nia 2
Mia 3
Lily|Lilly 3
Tia 3
Demi 3
Paige 3
Abbie|Abby 3
Mollie|Molly 3
""")
BRIT_FAM = N("""
Jones 30
Williams 24
Davies 20
Evans 15
Thomas 14
Roberts 10
Lewis 9
Hughes 8
Morgan 8
Griffiths 7
Edwards 7
Smith 10
Price 6
Jenkins 6
Phillips|Philips 6
James 6
Rees 5
Powell 5
Owen|Owens 5
Lloyd 4
Harris 5
Walker 4
Brown 5
Taylor 5
Watkins 3
Morris 4
Richards 4
Bevan 2
Pritchard 2
Parry 3
Howells 3
Matthews|Mathews 3
Hopkins 3
""")
BRIT_NICK = {
    "Thomas": ["Tom", "Tommy"], "Daniel": ["Dan", "Danny"], "Joshua": ["Josh"],
    "Nathan": ["Nath"], "Bradley": ["Brad"], "Callum": ["Cal"],
    "Jayden": ["Jay"], "Oliver": ["Ollie"], "Rebecca": ["Becky", "Becca"],
    "Jessica": ["Jess"], "Kayleigh": ["Kay"], "Caitlin": ["Cait"],
    "Charlie": ["Chaz"], "Alfie": ["Alf"], "Jamie": ["Jay"], "Harry": ["Haz"],
    "Lewis": ["Lew"], "Megan": ["Meg"], "Bethan": ["Beth"],
    "Emily": ["Em"], "Hannah": ["Han"], "Courtney": ["Court"],
}
STREET_NAMES = ["Lil T", "Smokey", "Ghost", "Youngin", "Tiny", "Snoop", "Skinny",
                "Bugsy", "Little Man", "K-Dog", "Flash", "Chunk", "Rizzo", "Blaze"]

# --- Albanian ---------------------------------------------------------------
ALB_M = N("""
Arben 3
Ardit 3
Besnik 3
Bledar 3
Dritan 3
Elton 3
Endrit 3
Erion 3
Florian|Florjan 3
Gentian|Genti 3
Klajdi|Klaidi 3
Kristian|Kristjan 3
Luan 2
Marsel|Marcel 2
Olsi 3
Renato 2
Sokol 2
Xhulio|Xhuljo|Julio 3
Ergys|Ergis 3
Eljon|Elion 2
Fatjon 2
Arlind 2
Redon 2
Ervis 3
Mario 2
Aldo 2
Ilir 2
Gjergji|Gjergj 2
Alban 2
Armando 2
Erald 2
Denis 3
""")
ALB_F = N("""
Anila 2
Blerina 2
Elona 2
Enkeleda|Enkelejda 2
Ermira 2
Fjorela|Fiorela 2
Klodiana 2
Mirela 2
Rovena 2
Xhesika|Xhesica|Jessica 2
Megi 2
Jonida 2
Denisa 2
Erjona 2
Anxhela|Angela 2
""")
ALB_FAM = N("""
Hoxha|Hoxhaj 8
Shehu|Shehaj 5
Gashi 4
Krasniqi|Krasniqe 4
Berisha|Berishaj 5
Kola|Kolaj 4
Leka|Lekaj 4
Marku|Markaj 4
Dervishi|Dervishaj 3
Hysa|Hysaj 3
Çela|Cela 3
Prifti 3
Doda|Dodaj 2
Meta 3
Basha|Bashaj 3
Gjoka|Gjokaj 3
Kelmendi 3
Lika 2
Mema 2
Ndreu 2
Rama 3
Bregu 2
Zeqiri|Zekiri 2
Çeka|Ceka 2
Dushku 2
Xhafa 2
Muça|Mucaj 2
Shkëmbi 1
Tafaj 2
Kurti 2
""")
ALB_NICK = {"Gjergji": ["George"], "Kristian": ["Kris"], "Xhulio": ["Julio"],
            "Florian": ["Flori"], "Gentian": ["Genti"], "Arben": ["Beni"],
            "Dritan": ["Tani"], "Klajdi": ["Klaudio"], "Erion": ["Eri"]}

# --- Vietnamese (canonical with diacritics) ----------------------------------
VN_FAM = N("""
Nguyễn 38
Trần 11
Lê 9
Phạm 7
Hoàng 5
Huỳnh 3
Phan 4
Vũ 4
Võ 3
Đặng 2
Bùi 2
Đỗ 2
Hồ 2
Ngô 2
Dương 1
Lý 1
Đinh 1
Trương 1
Cao 1
""")
VN_MID_M = N("""
Văn 60
Đức 8
Minh 6
Hữu 6
Quang 5
Công 4
Thành 3
Xuân 3
Ngọc 2
Anh 3
""")
VN_MID_F = N("""
Thị 75
Ngọc 8
Thu 5
Thanh 5
Kim 4
Minh 3
""")
VN_M = N("""
Nam 8
Hùng 7
Tuấn 6
Dũng 6
Long 5
Minh 6
Hải 5
Thanh 4
Quang 4
Đức 4
Hiếu 4
Cường 4
Sơn 4
Thắng 4
Phúc 3
Khoa 3
Huy 4
Toàn 3
Trung 3
Việt 3
Tài 2
Lâm 2
Anh 5
Bình 3
Tú 2
""")
VN_F = N("""
Phương 5
Linh 6
Lan 5
Hương 6
Mai 5
Trang 6
Hoa 4
Ngọc 4
Thảo 5
Hằng 4
Nhung 3
Huyền 4
Yến 3
Thủy 3
Nga 3
Hà 4
Vy 3
Anh 4
Loan 2
Oanh 2
Dung 3
""")
ENG_NAMES_M = ["Tony", "Kevin", "Jimmy", "Peter", "Andy", "David", "Jack", "Danny", "Tom", "Michael"]
ENG_NAMES_F = ["Lisa", "Jenny", "Anna", "Kelly", "Vicky", "Cindy", "Lily", "Amy", "Helen", "Coco"]

# --- Chinese: pinyin first, then Cantonese/Wade-Giles style variant ---------
CN_FAM = N("""
Wang|Wong 8
Li|Lee 8
Zhang|Cheung|Chang 7
Liu|Lau 6
Chen|Chan 8
Yang|Yeung 4
Huang|Wong 4
Zhao|Chiu 3
Wu|Ng 3
Zhou|Chow 3
Lin|Lam 6
Zheng|Cheng 4
Xu|Hui 2
Sun|Suen 2
He|Ho 2
Guo|Kwok 2
Jiang|Keung 2
Weng|Yung 1
""")
CN_SYL_M = ["Wei", "Jun", "Jian", "Hua", "Ming", "Qiang", "Lei", "Tao", "Bin", "Hui",
            "Long", "Jie", "Yong", "Feng", "Hai", "Gang", "Peng", "Chao", "Zhi", "Xiang",
            "Guo", "Dong", "Cheng", "Xin"]
CN_SYL_F = ["Li", "Na", "Mei", "Fang", "Ying", "Yan", "Xiu", "Juan", "Hong", "Xia", "Lan",
            "Jing", "Ling", "Hui", "Qing", "Yu", "Xiao", "Yun", "Min", "Ting"]

# --- Arabic (Sudan, Iraq, Egypt, Kuwait, Syria) ------------------------------
AR_M = N("""
Mohammed|Mohamed|Muhammad|Mohammad|Mohamad|Muhammed 22
Ahmed|Ahmad|Ahmet 10
Ali|Aly 6
Omar|Umar|Omer 4
Abdallah|Abdullah|Abdulla|Abdalla 4
Ibrahim|Ebrahim|Ibraheem|Ibrahem 4
Yousif|Yousef|Yusuf|Youssef|Yosif|Yusif 4
Mustafa|Mostafa|Moustafa|Mostapha 3
Hassan|Hasan|Hassen 4
Hussein|Hussain|Husein|Hussien|Husain 4
Khalid|Khaled 3
Osman|Othman|Usman|Uthman 3
Adam|Adem|Aadam 3
Ismail|Ismael|Esmail|Ismaeel 2
Salih|Saleh|Saaleh 2
Abdelrahman|Abdulrahman|Abdul Rahman|Abdalrahman|Abd Al-Rahman|Abdel Rahman 3
Mahmoud|Mahmood|Mahmud|Mahmod 3
Yasir|Yasser|Yaser|Yassir 2
Tariq|Tarek|Tarik|Tareq 2
Hamid|Hamed|Hameed 2
Abdelaziz|Abdulaziz|Abdel Aziz|Abdul Aziz 2
Ishag|Ishaq|Ishaaq|Eshag 2
Haroun|Haroon|Harun 1
Abakar|Abaker|Abubakar|Abubaker|Abu Bakr 2
Yahya|Yehia|Yahia|Yehya 2
Muhannad|Mohanad|Mohannad 1
Karim|Kareem 2
Bashir|Basheer|Beshir 1
Jamal|Gamal|Jamaal 2
Nasser|Naser|Nasir 1
Anas|Annas 1
Mujtaba|Mojtaba 1
""")
AR_F = N("""
Fatima|Fatma|Fatimah|Fatuma 6
Amna|Amina|Aminah|Ameena 4
Mariam|Maryam|Miriam|Mariem 4
Zainab|Zaynab|Zeinab|Zeynab 3
Aisha|Aysha|Aicha|Ayesha 3
Hawa|Hawwa|Hawaa 2
Khadija|Khadeeja|Kadija|Khadijah 3
Sara|Sarah 3
Nour|Noor|Nur 2
Huda|Houda|Hoda 2
Rania|Ranya 1
Asma|Asmaa 2
Safia|Safiya|Safiyya 1
Hanan|Hanane 1
""")
AR_FAM_IRAQ = N("""
Al-Jubouri|Al Jubouri|Aljubouri|Al-Juburi|Jubouri 3
Al-Obaidi|Al Obaidi|Alobaidi|Al-Ubaidi 3
Al-Tamimi|Al Tamimi|Altamimi|Tamimi 3
Al-Dulaimi|Al Dulaimi|Aldulaimi|Dulaimi 2
Al-Shammari|Al Shammari|Alshammari|Shammari 2
Al-Rubaie|Al Rubaie|Alrubaie|Al-Rubai 2
Al-Saadi|Al Saadi|Alsaadi|Saadi 2
Al-Bayati|Al Bayati|Albayati|Bayati 1
""")
AR_FAM_EGY = N("""
El-Sayed|Elsayed|El Sayed|Al-Sayed 3
Abdel-Fattah|Abdelfattah|Abdel Fattah|Abdul Fattah 2
El-Masry|Elmasry|El Masry|Al-Masri 2
Soliman|Sulaiman|Suleiman 2
Farouk|Farouq|Farooq 1
Mansour|Mansur 2
Hegazy|Hegazi|Higazi 1
Shehata|Shahata 1
""")
AR_FAM_KUW = N("""
Al-Enezi|Al Enezi|Alenezi|Al-Anazi 3
Al-Dhafeeri|Aldhafiri|Al-Dhafiri 2
Al-Shammari|Al Shammari|Alshammari 2
Al-Mutairi|Almutairi|Al Mutairi 1
""")
AR_FAM_SYR = N("""
Al-Hamoud|Alhamoud|Al Hamoud 2
Al-Hussein|Alhussein|Al Hussain 2
Al-Khalil|Alkhalil|Khalil 2
Al-Ahmad|Alahmad|Al Ahmed 2
Haddad|Hadad 1
Darwish|Darweesh 1
""")

# --- Kurdish (Iraqi / Iranian / Syrian Kurds) --------------------------------
KU_M = N("""
Karwan|Karwaan 3
Rebin|Rebeen|Rebwar 3
Hiwa|Hewa 3
Aram 3
Dana 2
Shwan|Shuan 2
Sherko|Shirko 2
Zana|Zanna 2
Baran 2
Rekan|Rikan 2
Hemin|Hemn|Hemen 2
Soran|Sooran 2
Ako|Akko 2
Hawre|Hawri 2
Diyar|Dyar|Diar 2
Kawa|Kaawa 2
Bakhtiyar|Bakhtiar|Bakhtyar 2
Rzgar|Rizgar 2
Sardar|Serdar 2
Peshawa|Peshwa 1
Mohammed|Muhammad|Mohamad 4
Ahmed|Ahmad 3
Ali 3
Omar|Umar 2
Hussein|Hussain|Hussen 2
Hama|Hamma 2
Karim|Kareem 2
""")
KU_F = N("""
Dilan|Delan 2
Shilan|Shelan 2
Nasrin|Nasreen|Nesrin 2
Avan|Awan 2
Shirin|Shireen 2
Roza|Rosa 2
Hero|Hiro 1
Kajal|Kazhal 1
Bahar|Bahaar 1
Zhyan|Zhian|Jian 1
Fatima|Fatma 2
""")
KU_FAM = N("""
Ahmadi|Ahmady 2
Karimi|Kareemi 2
Rasul|Rasool|Rassul 3
Qadir|Kadir|Qader|Kader 3
Aziz|Azeez 3
Hama Amin|Hamaamin|Hama-Amin 2
Mahmood|Mahmoud|Mahmud 3
Faraj|Farraj 2
Salih|Saleh 2
Othman|Osman 2
Abdullah|Abdulla 2
Khidir|Khider|Khder 2
Mohammadi|Mohamadi 2
Hassani|Hasani 2
Moradi|Muradi 2
""")

# --- Persian (Iranian) -------------------------------------------------------
FA_M = N("""
Mohammad|Mohamad|Muhammad|Mohammed 12
Ali 8
Reza|Raza 6
Hossein|Hosein|Hussein|Hosain 6
Mehdi|Mahdi 5
Amir 5
Hamid|Hamed 4
Saeed|Saeid|Said|Saied 4
Majid|Majeed 3
Mohsen|Mohsin 3
Behnam 2
Arash 3
Farhad 3
Babak 2
Javad|Jawad 3
Morteza|Mortaza|Murtaza 2
Milad 3
Amin|Ameen 3
Sina 2
Pouya|Pooya|Puya 2
""")
FA_F = N("""
Fatemeh|Fatima|Fateme 5
Zahra|Zahraa 5
Maryam|Mariam 4
Sara|Sarah 3
Narges|Nargis 3
Leila|Leyla|Layla 3
Shirin|Shireen 2
Parisa|Parissa 2
Mahsa|Mahssa 2
Niloufar|Nilufar|Niloofar 2
""")
FA_FAM = N("""
Ahmadi|Ahmady 5
Mohammadi|Mohamadi|Muhammadi 5
Hosseini|Hoseini|Husseini|Hosaini 5
Rezaei|Rezaee|Rezai|Rezaie|Rezayi 5
Moradi|Muradi 4
Karimi|Kareemi 4
Jafari|Jaafari|Djafari|Jafary 3
Rahimi|Raheemi 3
Hashemi|Hashimi 3
Sadeghi|Sadeqi|Sadighi 3
Ebrahimi|Ibrahimi|Ebrahimy 3
Ghorbani|Qorbani|Gorbani 3
Azizi|Azizy 3
Kazemi|Kazimi|Kadhemi 2
Mousavi|Musavi|Moosavi|Mousawi 3
Alizadeh|Ali Zadeh|Alizade 2
Ghasemi|Qasemi|Kasemi 2
Nouri|Nuri|Noori 2
""")

# --- Afghan (Pashto / Dari) --------------------------------------------------
AF_M = N("""
Mohammad|Muhammad|Mohammed|Mohamad 8
Ahmad|Ahmed 5
Abdul Wahid|Abdulwahid|Abdul Waheed|Abdulwahed 3
Abdul Rahim|Abdulrahim|Abdul Raheem 2
Abdul Qadir|Abdulqadir|Abdul Kadir|Abdul Qader 2
Gul|Gol 2
Habib|Habeeb 2
Hamid|Hameed 3
Hekmatullah|Hikmatullah|Hekmatulla|Hekmat Ullah 2
Naveed|Navid|Nawid|Naweed 3
Rahmatullah|Rahmatulla|Rahmat Ullah|Rahmatollah 3
Samiullah|Sami Ullah|Samiulla|Samihullah 3
Zabiullah|Zabihullah|Zabihollah|Zabi Ullah 3
Ehsanullah|Ihsanullah|Ehsan Ullah 2
Noorullah|Nurullah|Noor Ullah|Noorulla 2
Wahid|Waheed|Vahid 2
Sayed|Syed|Sayyed|Said 3
Farid|Fareed 2
Mustafa|Mostafa 2
Jawad|Javad 2
Omid|Umid|Omeed 2
Rohullah|Ruhullah|Rohulla 2
Sohail|Suhail|Sohayl 2
Bilal|Belal 2
Hamza|Hamzah 2
Ismail|Esmail|Ismael 2
Qasim|Kasim|Qassim|Ghasem 2
Nasir|Naser|Nasser 2
Jamshid|Jamshed 2
Shafiq|Shafeeq|Shafik 2
Asadullah|Asad Ullah|Asadulla 2
Ali 4
Reza 2
Hassan|Hasan 2
Hussain|Hussein|Hossain|Hossein 2
""")
AF_F = N("""
Fatima|Fatema|Fatimah 3
Marzia|Marziya|Marziyeh 2
Shabnam|Shabnum 2
Zarghona|Zarghuna|Zarghoona 2
Parwana|Parvana 2
Freshta|Fereshta|Fereshteh|Frishta 2
Laila|Leila|Layla 2
Mariam|Maryam 2
Nazanin|Nazaneen 1
Sakina|Sakineh|Sakeena 1
Zahra 2
Masooma|Masuma|Masoumeh 1
""")
AF_FAM = N("""
Ahmadzai|Ahmadzay|Ahmedzai 3
Popal|Popalzai 2
Safi|Safee 2
Stanikzai|Stanekzai|Stanakzai 2
Noori|Nouri|Nuri 3
Rahimi|Raheemi 3
Hakimi|Hakeemi 2
Sultani|Soltani 2
Amiri|Ameeri 3
Karimi|Kareemi 2
Shinwari|Shinwary 2
Mohammadi|Muhammadi|Mohamadi 3
Hussaini|Hosseini|Husaini 3
Wardak|Wardag 2
Khan 4
Sediqi|Siddiqi|Sadiqi|Seddiqi 2
Nazari|Nazary 2
Hashimi|Hashemi 2
Haidari|Haideri|Heydari 2
Niazi|Neyazi 2
Azizi 2
Safari 1
""")

# --- Tigrinya (Eritrea, also Tigray) -----------------------------------------
TI_M = N("""
Yonas|Jonas|Yonnas 3
Dawit|David|Dawitt 3
Tesfay|Tesfai|Tesfaye 3
Mehari|Mihari|Mehary 2
Samuel|Semuel 3
Filmon|Filimon|Philemon 3
Biniam|Biniyam|Beniam|Binyam 3
Yohannes|Yohanes|Johannes|Yohanis 3
Mikael|Michael|Mikiele 2
Robel|Robiel|Rubel 2
Tekle|Teklay|Tekleh 2
Kidane|Kidan 2
Amanuel|Emmanuel|Amanual|Emanuel 3
Habtom|Habtum|Habtem 2
Berhane|Berhan|Birhane|Brhane 2
Goitom|Goytom 2
Haile|Hailay 2
Natnael|Natnail|Nathanael|Natanael 2
Mussie|Musie|Mosi 2
Semere|Semre 2
Tsegay|Tsegai|Tsegaye|Tsegey 2
Abraham|Abrham|Abreham 2
Henok|Henock|Hanok 2
Kibrom|Kbrom 2
Zerai|Zeray 1
Isaias|Isayas|Esayas 1
Yemane|Yemani 1
Ghirmay|Girmay|Ghirmai 1
""")
TI_ELDER = N("""
Ghebremedhin|Gebremedhin|Ghebre Medhin|Gebremedhn 2
Ghebreyesus|Gebreyesus|Ghebreiesus|Gebre-Yesus 2
Weldemichael|Woldemichael|Welde Michael|Weldemikael 2
Ghebrehiwet|Gebrehiwet|Ghebre Hiwet 2
Tesfamariam|Tesfa Mariam|Tesfamarian 2
Habtemariam|Habte Mariam|Habtemaryam 2
Kidanemariam|Kidane Mariam 1
Gebrekidan|Ghebrekidan|Gebre Kidan 2
Berhe|Birhe|Berhie 2
Tesfamichael|Tesfamikael|Tesfa Michael 2
Woldegiorgis|Weldegiorgis|Wolde Giorgis 2
Tewelde|Tewolde 2
Mebrahtu|Mebratu 2
Welday|Weldai|Woldai 2
Tekeste|Tekesti 1
Andemariam|Ande Mariam 1
""")
TI_F = N("""
Helen|Hellen 2
Selam|Salam 3
Senait|Senayt 2
Luwam|Luam|Lwam 2
Saba 2
Ruth|Rut 1
Eden 1
Hiwet|Hiwot|Hewet 2
Yordanos|Jordanos 2
Feven|Feben|Fiven 2
Winta|Wintana|Wenta 2
Rahel|Rachel 1
Freweini|Frewoini|Freweyni 1
Mebrat|Mebrhat 1
Ariam|Aryam|Ariyam 2
Mihret|Mehret 1
Tirhas|Terhas 1
Nebiat|Nebyat 1
Delina|Dalina 1
""")

# --- Amharic / Oromo (Ethiopia) ---------------------------------------------
AM_M = N("""
Abebe 2
Getachew|Getachow 2
Tadesse|Tadese|Taddese 2
Bekele|Bekelle 2
Alemayehu|Alemayew|Alemaehu 2
Girma|Germa 2
Solomon|Selomon 2
Mulugeta|Mulgeta 2
Tilahun|Tilaun 2
Kebede|Kebedde 2
Dereje|Derege 2
Yared|Yarid 2
Ermias|Ermiyas 2
Biruk|Bruk 2
Abel 2
Dawit|David 2
Mohammed|Mohamed|Muhammed 3
Ahmed|Ahmad 2
Abdi 2
Tesfaye|Tesfaya 2
Mesfin 2
Hailu|Haylu 2
Gebru|Gebrou 2
Assefa|Asefa 2
""")
AM_F = N("""
Tigist|Tigest 2
Meseret|Meserat 2
Hirut 1
Almaz|Almas 2
Bethlehem|Betelhem|Bethelhem 2
Mekdes|Mekdas 2
Selamawit|Selamawet 2
Tsion|Tsiyon|Zion 2
Hana|Hanna 2
Meron 1
Eyerusalem|Yerusalem|Jerusalem 1
Aster 1
Kidist|Kedist 1
Fatuma|Fatima 2
Chaltu 1
""")

# --- Romanian ----------------------------------------------------------------
RO_M = N("""
Andrei 4
Alexandru 4
Ionuț 4
Florin 4
Marian 4
Constantin 4
Gheorghe 4
Nicolae 3
Daniel 3
Mihai 4
Cristian 3
Adrian 3
Ștefan 3
Vasile 2
Costel 2
Marius 3
Bogdan 3
Ion 2
Petru|Petre 2
Dumitru 2
Viorel 2
Cătălin 2
Sorin 2
Ciprian 2
""")
RO_F = N("""
Maria 5
Elena 4
Ioana 3
Andreea 3
Florentina 2
Alina 3
Mihaela 3
Georgiana 2
Ana 2
Ramona 2
Denisa 2
Nicoleta 2
Roxana 2
Gabriela 2
Cristina 2
Daniela 2
Mădălina 2
""")
RO_FAM = N("""
Popa 6
Popescu 4
Ionescu 3
Stan 4
Dumitru 4
Stoica 3
Gheorghe 3
Rusu 3
Munteanu 3
Matei 2
Constantin 3
Șerban 2
Lungu 2
Moldovan 2
Radu 3
Ciobanu 3
Dinu 2
Tănase 2
Lăcătuș|Lacatus|Lacatush 3
Ursu 2
Mihai 2
Stănescu 2
Căldăraru 2
Zamfir 2
Ilie 2
Barbu 2
Sandu 2
Oprea 2
Florea 2
Marin 2
Vasile 2
""")
RO_NICK = {"Alexandru": ["Alex"], "Constantin": ["Costel", "Costi"],
           "Gheorghe": ["George", "Gigi"], "Nicolae": ["Nicu"], "Daniel": ["Dani"],
           "Ionuț": ["Ionel"], "Ștefan": ["Fane"], "Dumitru": ["Mitică"],
           "Cristian": ["Cristi"], "Gabriela": ["Gabi"], "Mădălina": ["Mada"],
           "Florentina": ["Flori"], "Mihai": ["Mihăiță"]}

# --- Polish (surnames in masculine form; feminine derived) ------------------
PL_M = N("""
Piotr 3
Krzysztof 3
Tomasz 3
Paweł 3
Marcin 3
Michał 3
Łukasz 3
Grzegorz 2
Jarosław 2
Andrzej 2
Dariusz 2
Mariusz 2
Zbigniew 1
Wojciech 2
Sławomir 1
Adam 2
Kamil 2
Rafał 2
Robert 2
Artur 2
Jan 1
Stanisław 1
Mateusz 2
""")
PL_F = N("""
Anna 3
Katarzyna 3
Małgorzata 2
Agnieszka 2
Joanna 2
Ewa 2
Magdalena 2
Monika 2
Justyna 1
Aleksandra 1
""")
PL_FAM = N("""
Nowak 5
Kowalski 4
Wiśniewski 3
Wójcik 3
Kowalczyk 3
Kamiński 3
Lewandowski 3
Zieliński 3
Szymański 2
Woźniak 2
Dąbrowski 2
Kozłowski 2
Jankowski 2
Mazur 2
Krawczyk 2
Piotrowski 2
Grabowski 2
Pawłowski 1
Michalski 1
Wróbel 1
Zając 1
Król 1
Wieczorek 1
Jabłoński 1
""")
PL_NICK = {"Piotr": ["Peter"], "Krzysztof": ["Chris", "Krzysiek"], "Tomasz": ["Tomek", "Tom"],
           "Paweł": ["Paul"], "Michał": ["Michael"], "Łukasz": ["Lucas"],
           "Grzegorz": ["Greg", "Grzesiek"], "Jarosław": ["Jarek"], "Andrzej": ["Andrew"],
           "Dariusz": ["Darek"], "Wojciech": ["Wojtek"], "Sławomir": ["Sławek"],
           "Katarzyna": ["Kasia", "Kate"], "Małgorzata": ["Gosia"], "Agnieszka": ["Aga"],
           "Joanna": ["Asia"], "Magdalena": ["Magda"], "Aleksandra": ["Ola"],
           "Stanisław": ["Stan"], "Mateusz": ["Matt"]}

# --- Slovak / Czech Roma ------------------------------------------------------
SK_M = N("""
Ján|Jan 3
Peter|Petr 3
Marek 2
Tomáš 2
Lukáš 2
Milan 3
Štefan 2
Jozef|Josef 3
Roman 2
Ladislav 2
Dušan 2
Martin 2
Rudolf 1
""")
SK_F = N("""
Mária|Maria 3
Jana 2
Monika 2
Zuzana 2
Renáta 2
Denisa 2
Veronika 2
Marcela 2
Vlasta 1
Helena 1
""")
SK_FAM = N("""
Horváth|Horvath|Horvat 5
Lakatoš|Lakatos 3
Balog|Balogh 3
Kotlár 2
Gunár 2
Sárközi|Sarkozy 2
Kandráč 2
Oláh 2
Rigo 1
Mižigár 1
Červeňák 1
Pešta 1
Giňa 1
Dudi 1
""")
SK_NICK = {"Ladislav": ["Laco"], "Zuzana": ["Zuzka"], "Jozef": ["Jožo"], "Rudolf": ["Rudo"]}

# --- Indian: Punjabi Sikh, Keralan Christian, North Indian Hindu -------------
PB_M = N("""
Harpreet|Harprit 3
Gurpreet|Gurprit 3
Manjit|Manjeet 2
Jaswinder|Jasvinder 2
Kuldeep|Kuldip 2
Sandeep|Sandip 2
Amandeep|Amandip 2
Sukhwinder|Sukhvinder 2
Baljit|Baljeet 2
Gurdeep|Gurdip 2
Ranjit|Ranjeet 2
Harjinder 1
Lakhwinder|Lakhvinder 1
Paramjit|Paramjeet 1
""")
PB_F = N("""
Harpreet|Harprit 2
Manpreet|Manprit 2
Jaspreet|Jasprit 2
Navneet|Navnit 1
Simran 1
Rajwinder|Rajvinder 1
Gurpreet|Gurprit 2
Kuldeep|Kuldip 1
""")
PB_FAM = N("""
Gill|Gil 3
Sandhu 3
Sidhu 2
Dhillon|Dhilon 2
Grewal 1
Brar 1
Sohal 1
Bains 1
Virk 1
""")
KL_M = N("""
Jose 2
Joseph 2
Thomas 2
George 2
Mathew|Matthew 2
Abraham 1
Jibin 1
Shibu 1
Sijo 1
Anish|Aneesh 1
Bibin 1
Jijo 1
""")
KL_F = N("""
Mary 2
Jincy 1
Anu 1
Reshma 1
Sherin 1
Bincy|Binsy 1
Jisha 1
Lincy 1
Anju 1
Neethu|Neetu 1
Sini 1
Tintu 1
""")
KL_FAM = N("""
Thomas 3
Joseph 3
George 3
Varghese|Verghese 3
Kurian|Kurien 2
Mathew|Mathews 2
Jacob 2
Abraham 2
Chacko|Chako 1
Philip 2
Sebastian 2
John 1
Antony|Anthony 1
Paul 1
Cherian 1
""")
HI_M = N("""
Rajesh 2
Suresh 2
Amit 2
Vijay 2
Ramesh 2
Arun 2
Sunil 2
Mohan 2
Anil 2
Rahul 2
Manoj 2
Deepak|Dipak 2
Sanjay 2
""")
HI_F = N("""
Priya 2
Sunita 2
Kavita|Kavitha 2
Pooja|Puja 2
Lakshmi|Laxmi 2
Anjali 2
Neha 2
Rekha 1
""")
HI_FAM = N("""
Kumar 5
Patel 4
Sharma 3
Reddy 2
Nair 2
Das 2
Shah 2
Yadav 2
Gupta 2
Verma 2
Rao 2
""")

# --- Pakistani / Bangladeshi ------------------------------------------------
PK_M = N("""
Muhammad|Mohammad|Mohammed|Muhammed 10
Ali 4
Usman|Osman|Uthman 3
Bilal|Belal 3
Imran 3
Kashif 2
Asif 2
Waqas|Waqaas 2
Zeeshan|Zishan|Zeshan 2
Adnan 2
Faisal|Faysal 2
Naveed|Navid|Naved 2
Hamza|Hamzah 2
Shahid|Shaheed 2
Tariq|Tarik 2
Abdul Rehman|Abdul Rahman|Abdulrehman 2
Hassan|Hasan 2
Umar|Omar 2
Sajid 1
Arslan|Arsalan 1
""")
PK_F = N("""
Ayesha|Aisha|Aysha 3
Sana 2
Fatima|Fatimah 2
Nadia|Nadiya 2
Rabia|Rabiya 2
Saima 2
Shazia 1
Asma|Asmaa 1
Bushra 1
Samina|Sameena 1
""")
PK_FAM = N("""
Khan 6
Ahmed|Ahmad 4
Hussain|Hussein|Husain 4
Ali 3
Shah 3
Butt 2
Malik 3
Iqbal 2
Akhtar|Akhter 2
Raza 2
Mahmood|Mehmood|Mahmud 2
Qureshi|Quraishi|Qureishi 2
Chaudhry|Chaudhary|Choudhry 3
Javed|Javaid 2
Riaz 1
Aslam 1
Abbasi 1
""")
PK_FAM_F = N("""
Bibi 3
Begum 2
""")
BD_M = N("""
Rahim|Raheem 2
Karim|Kareem 2
Jamal 2
Shahid|Shahed 2
Rafiqul|Rofiqul|Rafikul 2
Shafiqul|Shofiqul|Shafikul 2
Nazrul|Nozrul 2
Mizanur|Mizanor 2
Habibur|Hobibur|Habibor 2
Jahangir 1
Kamal|Komol 2
Sohel|Suhel 2
Alamgir|Alomgir 1
Shamim 2
Masud|Masood 2
Sumon|Shumon 1
Rubel 1
""")
BD_F = N("""
Nasreen|Nasrin 2
Shirin 1
Rina|Reena 1
Taslima 2
Rokeya|Rukhia 1
Salma 1
Shahnaz|Shahnaj 1
Parveen|Parvin 1
""")
BD_FAM = N("""
Rahman|Rahaman|Rehman 4
Hossain|Hussain|Hossen 4
Islam 4
Uddin|Udin 4
Miah|Mia|Meah 4
Ahmed|Ahmad 3
Chowdhury|Choudhury|Chowdhry 2
Ali 2
Khan 2
Alam 2
""")
BD_FAM_F = N("""
Begum|Begam 3
Akter|Akhter|Aktar 3
Khatun|Khatoon 2
""")

# --- Nigerian / Ghanaian -----------------------------------------------------
NG_M = N("""
Oluwaseun 2
Chinedu 2
Chukwuemeka 2
Babatunde 2
Ifeanyi 2
Olumide 1
Osaze|Osazee 2
Efosa 2
Osas 1
Samuel 2
Daniel 2
David 2
Emmanuel|Emanuel 3
Godwin 2
Friday 1
Sunday 2
Kingsley 2
Uche 1
Ikenna 1
Obinna 1
Oluwafemi 1
Olusegun 1
""")
NG_F = N("""
Blessing 4
Precious 3
Joy 3
Chioma 2
Ngozi 2
Funmilayo 1
Adaeze 1
Osarugue|Osaruge 2
Esohe 2
Favour|Favor 3
Gift 3
Mercy 2
Patience 2
Peace 2
Faith 2
Grace 2
Omoye 1
Princess 2
Loveth 2
""")
NG_FAM = N("""
Okafor 3
Okonkwo 2
Adeyemi 2
Ogunleye 1
Eze|Ezeh 2
Nwosu 2
Osagie 3
Igbinedion|Igbinidion 2
Omoregie|Omoregbe 3
Obi 2
Adebayo 2
Olawale 1
Okoro 2
Idahosa 2
Edosa 1
Uwadiae 1
Okeke 2
Ogbonna 1
Ojo 2
Bello 1
""")
NG_NICK = {"Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"], "Babatunde": ["Tunde"],
           "Ifeanyi": ["Ify"], "Funmilayo": ["Funmi"], "Oluwafemi": ["Femi"],
           "Olusegun": ["Segun"], "Adaeze": ["Ada"], "Emmanuel": ["Emma"],
           "Chinedu": ["Nedu"], "Osarugue": ["Osa"]}
GH_M = N("""
Kwame|Kwami 2
Kofi|Koffi 2
Kwabena|Kobina 2
Yaw|Yao 2
Kojo|Kodjo|Kwadwo 2
Kwesi|Kwasi 2
Emmanuel 2
Isaac 1
Samuel 1
""")
GH_F = N("""
Akosua 2
Ama|Amma 2
Abena 2
Adwoa|Adjoa 2
Afua|Efua 2
Akua 1
Yaa 1
Gifty 2
Comfort 2
Mavis 1
Priscilla 1
""")
GH_FAM = N("""
Mensah|Mensa 4
Owusu 3
Boateng 3
Asante 2
Osei 2
Appiah 2
Agyeman|Agyemang 2
Amoah 2
Addo 2
Ofori 2
Darko 1
Frimpong 1
Badu 1
Danso 1
Annan 1
""")

# --- Filipino (middle name = mother's maiden surname) -------------------------
PH_M = N("""
Jose 2
Mark Anthony|Marc Anthony 2
John Paul|Jhon Paul|John-Paul 2
Jerome 1
Rodel 1
Ronaldo 1
Jomar 1
Christian 2
Michael 2
Jayson|Jason 2
Ramil 1
Arnel 1
Rommel|Romel 1
Noel 1
Joel 1
Jonathan 1
""")
PH_F = N("""
Maria Cristina|Ma. Cristina|Maria Christina 2
Mary Joy|Maryjoy|Mary-Joy 2
Jennifer|Jenifer 2
Rowena 2
Marilou|Mary Lou 1
Lovely 1
Princess 1
Jocelyn|Joselyn 2
Maricel|Marisel 2
Rosalie 1
Analyn|Annalyn 1
Jonalyn 1
Mary Grace|Marygrace|Ma. Grace 2
Kristine|Christine 2
Rhea|Rea 1
Liezel|Liezl 1
""")
PH_FAM = N("""
Santos 4
Reyes 4
Cruz 3
Bautista 3
Garcia 3
Mendoza 3
Dela Cruz|De la Cruz|Delacruz|De La Cruz 3
Del Rosario|Delrosario 2
Villanueva 2
Ramos 3
Aquino 2
Gonzales|Gonzalez 2
Torres 2
Flores 2
Castillo 2
Soriano 1
Dizon 1
Manalo 1
Pascual 1
Fernandez 2
Lopez 2
Tolentino 1
Navarro 1
Aguilar 1
""")

# ---------------------------------------------------------------------------
# Cultures: how a name is built and how it varies between records.
#   scheme   western | chain | viet | chinese | filipino | sikh
#   translit probability that a token is re-spelled on a given record
#   diacr    the culture writes diacritics that UK systems often drop
# ---------------------------------------------------------------------------
CULTURES = {
    "british":  dict(m=BRIT_M, f=BRIT_F, fam=BRIT_FAM, scheme="western", mid_p=0.55,
                     nick=BRIT_NICK, translit=0.04),
    "albanian": dict(m=ALB_M, f=ALB_F, fam=ALB_FAM, scheme="western", mid_p=0.0,
                     father_mid_p=0.35, nick=ALB_NICK, translit=0.12, diacr=True),
    "vietnamese": dict(scheme="viet", translit=0.0, diacr=True),
    "chinese":  dict(scheme="chinese", translit=0.0),
    "arabic_sd": dict(m=AR_M, f=AR_F, fam=None, fam_p=0.0, scheme="chain", translit=0.35),
    "arabic_iq": dict(m=AR_M, f=AR_F, fam=AR_FAM_IRAQ, fam_p=0.5, scheme="chain", translit=0.35),
    "arabic_eg": dict(m=AR_M, f=AR_F, fam=AR_FAM_EGY, fam_p=0.6, scheme="chain", translit=0.3),
    "arabic_kw": dict(m=AR_M, f=AR_F, fam=AR_FAM_KUW, fam_p=0.8, scheme="chain", translit=0.35),
    "arabic_sy": dict(m=AR_M, f=AR_F, fam=AR_FAM_SYR, fam_p=0.7, scheme="chain", translit=0.35),
    "kurdish":  dict(m=KU_M, f=KU_F, fam=KU_FAM, fam_p=0.4, scheme="chain", translit=0.35),
    "kurdish_ir": dict(m=KU_M, f=KU_F, fam=KU_FAM, fam_p=0.95, scheme="chain", translit=0.35),
    "persian":  dict(m=FA_M, f=FA_F, fam=FA_FAM, fam_p=1.0, scheme="chain", translit=0.3),
    "afghan":   dict(m=AF_M, f=AF_F, fam=AF_FAM, fam_p=0.5, scheme="chain", translit=0.35),
    "tigrinya": dict(m=TI_M, f=TI_F, fam=None, fam_p=0.0, elder=TI_ELDER, scheme="chain",
                     translit=0.35),
    "amharic":  dict(m=AM_M, f=AM_F, fam=None, fam_p=0.0, scheme="chain", translit=0.3),
    "romanian": dict(m=RO_M, f=RO_F, fam=RO_FAM, scheme="western", mid_p=0.15,
                     nick=RO_NICK, translit=0.05, diacr=True),
    "polish":   dict(m=PL_M, f=PL_F, fam=PL_FAM, scheme="western", mid_p=0.1,
                     nick=PL_NICK, translit=0.0, diacr=True, gendered="pl"),
    "slovak":   dict(m=SK_M, f=SK_F, fam=SK_FAM, scheme="western", mid_p=0.05,
                     nick=SK_NICK, translit=0.08, diacr=True, gendered="sk"),
    "punjabi":  dict(m=PB_M, f=PB_F, fam=PB_FAM, fam_p=0.55, scheme="sikh", translit=0.2),
    "keralan":  dict(m=KL_M, f=KL_F, fam=KL_FAM, scheme="western", mid_p=0.1, translit=0.08),
    "hindi":    dict(m=HI_M, f=HI_F, fam=HI_FAM, scheme="western", mid_p=0.1, translit=0.1),
    "pakistani": dict(m=PK_M, f=PK_F, fam=PK_FAM, fam_f=PK_FAM_F, scheme="western", mid_p=0.0,
                      md_p=0.35, translit=0.25),
    "bangladeshi": dict(m=BD_M, f=BD_F, fam=BD_FAM, fam_f=BD_FAM_F, scheme="western", mid_p=0.0,
                        md_p=0.45, translit=0.25),
    "nigerian": dict(m=NG_M, f=NG_F, fam=NG_FAM, scheme="western", mid_p=0.5,
                     nick=NG_NICK, translit=0.05),
    "ghanaian": dict(m=GH_M, f=GH_F, fam=GH_FAM, scheme="western", mid_p=0.4, translit=0.1),
    "filipino": dict(m=PH_M, f=PH_F, fam=PH_FAM, scheme="filipino", translit=0.08),
}

# Nationality as the list's choice value, NRM-like weight, culture mix,
# "neighbouring" values officers sometimes record instead, free-text fill-ins,
# language(s), share male, age band at first encounter, how well the DOB is known.
#   dob profile: (exact, 1-Jan-of-year, unknown)
Nat = namedtuple("Nat", "label weight cultures neighbours fillins languages male ages dob")
NATIONALITIES = [
    # label,       weight, cultures,                              neighbours
    ("British",     25.0, [("british", 88), ("pakistani", 4), ("bangladeshi", 2), ("nigerian", 4), ("ghanaian", 2)],
     ["Welsh", "English", "Irish"], ["UK", "Welsh", "UK national", "BRITISH"],
     [("English", 97), ("Welsh", 3)], 0.68, "uk_young", (0.96, 0.0, 0.04)),
    ("Albanian",    12.0, [("albanian", 1)], ["Kosovan", "Greek", "Italian", "Macedonian"],
     ["Albania", "ALBANIAN", "Albanain"], [("Albanian", 1)], 0.86, "young_adult", (0.85, 0.05, 0.10)),
    ("Vietnamese",   8.0, [("vietnamese", 1)], ["Chinese", "Cambodian"],
     ["Vietnam", "Viet Nam", "VIETNAMESE", "Vietnamise"], [("Vietnamese", 1)], 0.62, "teen_adult", (0.55, 0.25, 0.20)),
    ("Eritrean",     6.0, [("tigrinya", 1)], ["Ethiopian", "Sudanese"],
     ["Eritrea", "ERITREAN", "Eritrian"], [("Tigrinya", 1)], 0.76, "teen_adult", (0.35, 0.40, 0.25)),
    ("Sudanese",     5.0, [("arabic_sd", 1)], ["South Sudanese", "Chadian", "Eritrean", "Egyptian"],
     ["Sudan", "SUDANESE", "Sudanase"], [("Arabic", 1)], 0.93, "teen_adult", (0.30, 0.45, 0.25)),
    ("Romanian",     4.0, [("romanian", 1)], ["Moldovan", "Bulgarian", "Hungarian"],
     ["Romania", "Roma", "ROMANIAN", "Rumanian"], [("Romanian", 85), ("Romani", 15)], 0.6, "adult", (0.95, 0.0, 0.05)),
    ("Afghan",       4.0, [("afghan", 1)], ["Pakistani", "Iranian"],
     ["Afghani", "Afghanistan", "AFGHAN", "Afgan"], [("Pashto", 55), ("Dari", 45)], 0.94, "teen", (0.25, 0.50, 0.25)),
    ("Iraqi",        4.0, [("kurdish", 70), ("arabic_iq", 30)], ["Iranian", "Syrian", "Kuwaiti"],
     ["Kurdish", "Iraqi Kurdish", "Iraq", "Kurdish (Iraq)"], [("Kurdish Sorani", 70), ("Arabic", 30)], 0.9, "teen_adult", (0.55, 0.30, 0.15)),
    ("Iranian",      3.0, [("persian", 50), ("kurdish_ir", 50)], ["Iraqi", "Afghan"],
     ["Iran", "Kurdish", "Persian", "Iranian Kurdish"], [("Farsi", 55), ("Kurdish Sorani", 45)], 0.86, "teen_adult", (0.60, 0.30, 0.10)),
    ("Indian",       3.0, [("punjabi", 40), ("keralan", 35), ("hindi", 25)], ["Pakistani", "Bangladeshi", "Nepalese"],
     ["India", "INDIAN"], [("Punjabi", 40), ("Malayalam", 35), ("Hindi", 25)], 0.55, "adult", (0.85, 0.12, 0.03)),
    ("Nigerian",     2.5, [("nigerian", 1)], ["Ghanaian", "Cameroonian"],
     ["Nigeria", "NIGERIAN", "Nigerain"], [("English", 50), ("Edo", 25), ("Yoruba", 15), ("Igbo", 10)], 0.3, "young_adult", (0.70, 0.15, 0.15)),
    ("Chinese",      2.5, [("chinese", 1)], ["Vietnamese", "Hong Konger", "Malaysian"],
     ["China", "CHINESE", "Chinese (PRC)"], [("Mandarin", 70), ("Cantonese", 15), ("Fuzhounese", 15)], 0.4, "adult", (0.65, 0.20, 0.15)),
    ("Ethiopian",    2.0, [("amharic", 70), ("tigrinya", 30)], ["Eritrean", "Somali", "Sudanese"],
     ["Ethiopia", "ETHIOPIAN", "Ethopian"], [("Amharic", 60), ("Oromo", 20), ("Tigrinya", 20)], 0.6, "teen_adult", (0.40, 0.35, 0.25)),
    ("Pakistani",    2.0, [("pakistani", 1)], ["Indian", "Afghan", "Bangladeshi"],
     ["Pakistan", "PAKISTANI"], [("Urdu", 70), ("Punjabi", 20), ("Pashto", 10)], 0.8, "adult", (0.80, 0.15, 0.05)),
    ("Polish",       2.0, [("polish", 1)], ["Czech", "Slovak", "Lithuanian", "Ukrainian"],
     ["Poland", "POLISH"], [("Polish", 1)], 0.82, "older_adult", (0.97, 0.0, 0.03)),
    ("Egyptian",     1.5, [("arabic_eg", 1)], ["Sudanese", "Libyan"],
     ["Egypt", "EGYPTIAN"], [("Arabic", 1)], 0.95, "teen_adult", (0.70, 0.20, 0.10)),
    ("Filipino",     1.5, [("filipino", 1)], ["Indonesian", "Malaysian"],
     ["Filipina", "Philippines", "Phillipino", "Philippine"], [("Tagalog", 60), ("English", 40)], 0.3, "adult", (0.95, 0.02, 0.03)),
    ("Bangladeshi",  1.5, [("bangladeshi", 1)], ["Indian", "Pakistani"],
     ["Bangladesh", "BANGLADESHI"], [("Bengali", 50), ("Sylheti", 50)], 0.85, "adult", (0.75, 0.20, 0.05)),
    ("Syrian",       0.8, [("arabic_sy", 60), ("kurdish", 40)], ["Iraqi", "Lebanese", "Turkish"],
     ["Syria", "Kurdish", "SYRIAN"], [("Arabic", 60), ("Kurdish Kurmanji", 40)], 0.85, "teen_adult", (0.55, 0.30, 0.15)),
    ("Kuwaiti",      0.7, [("arabic_kw", 1)], ["Iraqi", "Saudi"],
     ["Kuwait", "Stateless (Bidoon)", "Bidoon"], [("Arabic", 1)], 0.85, "adult", (0.60, 0.30, 0.10)),
    ("Ghanaian",     0.8, [("ghanaian", 1)], ["Nigerian", "Ivorian"],
     ["Ghana", "GHANAIAN"], [("English", 60), ("Twi", 40)], 0.45, "adult", (0.75, 0.15, 0.10)),
    ("Slovak",       1.0, [("slovak", 1)], ["Czech", "Hungarian"],
     ["Slovakia", "Roma", "SLOVAK"], [("Slovak", 60), ("Romani", 40)], 0.6, "adult", (0.95, 0.0, 0.05)),
    ("Czech",        0.5, [("slovak", 1)], ["Slovak", "Hungarian"],
     ["Czech Republic", "Czechia", "Roma"], [("Czech", 60), ("Romani", 40)], 0.6, "adult", (0.95, 0.0, 0.05)),
]
NATIONALITIES = [Nat(*n) for n in NATIONALITIES]
ASYLUM_CULTURES = {"tigrinya", "amharic", "arabic_sd", "arabic_iq", "arabic_kw", "arabic_sy",
                   "kurdish", "kurdish_ir", "persian", "afghan"}
# Where a nationality mixes cultures, the language follows the culture.
CULTURE_LANGS = {
    "punjabi": [("Punjabi", 85), ("Hindi", 15)], "keralan": [("Malayalam", 60), ("English", 40)],
    "hindi": [("Hindi", 80), ("English", 20)], "kurdish": [("Kurdish Sorani", 85), ("Arabic", 15)],
    "kurdish_ir": [("Kurdish Sorani", 70), ("Farsi", 30)], "persian": [("Farsi", 1)],
    "arabic_iq": [("Arabic", 1)], "arabic_sy": [("Arabic", 1)], "tigrinya": [("Tigrinya", 1)],
    "amharic": [("Amharic", 75), ("Oromo", 25)], "pakistani": [("Urdu", 70), ("Punjabi", 20), ("English", 10)],
    "bangladeshi": [("Bengali", 50), ("Sylheti", 50)], "nigerian": [("English", 50), ("Edo", 25), ("Yoruba", 15), ("Igbo", 10)],
    "ghanaian": [("English", 60), ("Twi", 40)],
}
LANGUAGE_LABELS = {   # choice value -> other ways the same language gets written
    "English": ["Saesneg / English"], "Welsh": ["Cymraeg / Welsh"],
    "Kurdish Sorani": ["Kurdish", "Sorani", "Kurdish (Sorani)"],
    "Kurdish Kurmanji": ["Kurdish", "Kurmanji", "Kurdish (Kurmanji)"],
    "Farsi": ["Persian", "Farsi/Persian"], "Dari": ["Farsi", "Dari/Farsi"],
    "Pashto": ["Pashtu", "Pushto"], "Mandarin": ["Chinese", "Chinese (Mandarin)"],
    "Cantonese": ["Chinese"], "Fuzhounese": ["Mandarin", "Fujianese", "Chinese (Fuzhou)"],
    "Tigrinya": ["Tigrigna", "Tigrinyan"], "Sylheti": ["Bengali", "Bangla"],
    "Romani": ["Romanes", "Roma"], "Edo": ["Bini", "Edo (Bini)"], "Urdu": ["Urdu/Punjabi"],
}

# ---------------------------------------------------------------------------
# The partnership: agencies, places, choice values (bilingual, Welsh first).
# ---------------------------------------------------------------------------
POLICE = "Heddlu De Cymru / South Wales Police"
COORD = "Cydgysylltydd Gwrth-Gaethwasiaeth Rhanbarthol / Regional Anti-Slavery Coordinator"
LOCAL_AUTHORITIES = [
    # lookup value, short name, towns, postcode districts, weight
    ("Cyngor Caerdydd / Cardiff Council", "Cardiff", ["Cardiff"],
     ["CF10", "CF11", "CF14", "CF23", "CF24", "CF3", "CF5"], 34),
    ("Cyngor Abertawe / Swansea Council", "Swansea", ["Swansea"],
     ["SA1", "SA2", "SA4", "SA5", "SA6"], 20),
    ("Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr / Bridgend County Borough Council", "Bridgend",
     ["Bridgend", "Maesteg", "Porthcawl"], ["CF31", "CF32", "CF33", "CF34", "CF36"], 9),
    ("Cyngor Castell-nedd Port Talbot / Neath Port Talbot Council", "Neath Port Talbot",
     ["Neath", "Port Talbot", "Briton Ferry"], ["SA10", "SA11", "SA12", "SA13"], 9),
    ("Cyngor Rhondda Cynon Taf / Rhondda Cynon Taf Council", "RCT",
     ["Pontypridd", "Aberdare", "Tonypandy", "Llantrisant", "Treorchy", "Mountain Ash"],
     ["CF37", "CF38", "CF39", "CF40", "CF41", "CF42", "CF44", "CF45", "CF72"], 12),
    ("Cyngor Bwrdeistref Sirol Merthyr Tudful / Merthyr Tydfil County Borough Council", "Merthyr",
     ["Merthyr Tydfil", "Treharris"], ["CF47", "CF48", "CF46"], 5),
    ("Cyngor Bro Morgannwg / Vale of Glamorgan Council", "Vale",
     ["Barry", "Penarth", "Llantwit Major", "Cowbridge"], ["CF62", "CF63", "CF64", "CF61", "CF71"], 8),
]
OTHER_AGENCIES = [
    ("Gorfodi Mewnfudo / Immigration Enforcement", 8, "ho"),
    ("Llu'r Ffiniau / Border Force", 3, "ho"),
    ("Awdurdod Meistri Gangiau a Cham-drin Llafur / Gangmasters and Labour Abuse Authority", 4, "ngo"),
    ("BAWSO", 4, "ngo"),
    ("Byddin yr Iachawdwriaeth / The Salvation Army", 4, "ngo"),
    ("Bwrdd Iechyd Prifysgol Caerdydd a'r Fro / Cardiff and Vale University Health Board", 2, "ngo"),
    ("Gwasanaeth Tân ac Achub De Cymru / South Wales Fire and Rescue Service", 2, "ngo"),
    (COORD, 2, "coord"),
]

# Staff who create / modify list items (invented).  Police display names come
# out of the force directory as "Surname, Forename"; councils as "Forename Surname".
STAFF = {
    "police": ["Price, Gareth", "Williams, Rhian", "Bowen, Carl", "Hughes, Nerys",
               "Davies, Mark", "Kaur, Simran", "Thomas, Lee", "Pugh, Angharad", "Walsh, Dean"],
    "Cardiff": ["Owain Rees", "Sarah Jenkins", "Aled Morgan", "Hayley Cooper"],
    "Swansea": ["Ceri Lewis", "Dafydd Evans", "Michelle Harris"],
    "Bridgend": ["Lowri Watkins", "Paul Stephens"],
    "Neath Port Talbot": ["Siân Howells", "Rob Jeffreys"],
    "RCT": ["Emma Pritchard", "Geraint Lloyd", "Tracey Bevan"],
    "Merthyr": ["Claire Powell"],
    "Vale": ["Huw Roberts", "Natalie Ward"],
    "coord": ["Catrin Ellis", "Mererid Jones"],
}

LOCATION_TYPES = {
    "carwash":   ("Golchfa geir / Car wash", ["Hand Car Wash", "Car Valet Centre", "Auto Wash", "Valeting"]),
    "nailbar":   ("Bar ewinedd / Nail bar", ["Nails", "Nail & Beauty", "Nail Spa", "Beauty Nails"]),
    "farm":      ("Fferm / Farm", ["Farm", "Fferm"]),
    "house":     ("Tŷ a rennir / Shared house", None),
    "cannabis":  ("Fferm ganabis / Cannabis farm", None),
    "restaurant": ("Bwyty / Restaurant", ["Takeaway", "Restaurant", "Kebab House", "Grill", "Chinese Takeaway"]),
    "construction": ("Safle adeiladu / Construction site", ["Building Site", "Development"]),
    "hotel":     ("Gwesty / Hotel", ["Hotel", "Lodge", "Guest House"]),
    "private":   ("Eiddo preifat / Private residence", None),
    "port":      ("Porthladd / Port", ["Port of Swansea", "Cardiff Docks", "Port Talbot Docks"]),
    "vehicle":   ("Cerbyd / Vehicle", None),
    "station":   ("Gorsaf drenau / Railway station", ["Cardiff Central", "Swansea station", "Bridgend station", "Pontypridd station", "Neath station"]),
    "brothel":   ("Puteindy / Brothel", None),
    "carehome":  ("Cartref gofal / Care home", ["Care Home", "Nursing Home", "Residential Home"]),
    "policestn": ("Gorsaf heddlu / Police station", ["Cardiff Bay Police Station", "Swansea Central Police Station", "Bridgend Police Station", "Merthyr Police Station"]),
}
EXPLOITATION = {
    "labour": "Llafur / Labour", "sexual": "Rhywiol / Sexual", "criminal": "Troseddol / Criminal",
    "domestic": "Caethwasanaeth domestig / Domestic servitude", "county": "Llinellau cyffuriau / County lines",
    "unknown": "Anhysbys / Unknown",
}
STREETS = ["High Street", "Station Road", "Church Street", "Commercial Street", "Bute Street",
           "Clive Street", "Alexandra Road", "Victoria Road", "Mill Lane", "Brook Street",
           "King Street", "Oxford Street", "Heol y Parc", "Heol Las", "Castle Street",
           "Neath Road", "Cowbridge Road East", "Albany Road", "City Road", "Mansel Street",
           "Walter Road", "Tudor Street", "Holton Road", "Taff Street", "Nolton Street",
           "Glebeland Street", "Park Road", "Windsor Road", "Marlborough Road", "Ninian Road",
           "Pontypridd Road", "Heol Hir", "Broadway", "Crwys Road", "Clifton Street",
           "Woodville Road", "Bryn Road", "Fford Garth", "Heol Gwyrosydd", "Llangyfelach Road"]
INDUSTRIAL = ["Trefforest Industrial Estate", "Bridgend Industrial Estate", "Llandarcy Park",
              "Waterton Industrial Estate", "Penarth Road Retail Park", "Fforestfach Industrial Estate",
              "Pant Industrial Estate", "Baglan Industrial Park", "Hirwaun Industrial Estate"]
FARMS = ["Ty Mawr", "Pen y Bryn", "Cefn Coed", "Ty Gwyn", "Bryn Glas", "Llwyn Onn", "Tyn y Coed",
         "Pant y Wern", "Maes y Ffynnon", "Ty Newydd"]
OPERATION_WORDS = ["Derwen", "Onnen", "Celynnen", "Bedwen", "Draenog", "Llwynog", "Gwennol",
                   "Barcud", "Dyfrgi", "Tarian", "Cadno", "Eryr", "Alarch", "Criafolen", "Ywen",
                   "Helygen", "Telor", "Mwyalchen", "Gwalch", "Sgwarnog", "Drudwen", "Hebog"]

SEX_VALUES = {"M": "Gwryw / Male", "F": "Benyw / Female", "U": "Anhysbys / Unknown"}
ADULT_CHILD = {"adult": "Oedolyn / Adult", "child": "Plentyn / Child",
               "disputed": "Oedran yn destun anghydfod / Age disputed"}
REFERRAL = {"nrm": "Atgyfeiriad NRM / NRM referral",
            "dtn": "DtN (Dyletswydd i Hysbysu) / DtN (Duty to Notify)",
            "none": "Dim / None", "tbc": "I'w gadarnhau / TBC"}
OUTCOMES = {
    "awaiting": "Atgyfeiriwyd i'r NRM - aros am benderfyniad / Referred to NRM - awaiting decision",
    "rg_pos": "Sail resymol gadarnhaol / Positive reasonable grounds",
    "cg_pos": "Sail derfynol gadarnhaol / Positive conclusive grounds",
    "neg": "Penderfyniad negyddol / Negative decision",
    "missing": "Ar goll / Missing",
    "declined": "Gwrthod cymorth / Declined support",
    "custody": "Yn y ddalfa / In custody",
    "nfa": "Dim camau pellach / No further action",
    "moved": "Wedi symud o'r ardal / Moved out of area",
    "safeguard": "Cynllun diogelu ar waith / Safeguarding plan in place",
}

HEADERS = [
    "ID",
    "Cyfeirnod / Reference",
    "Enw cyntaf / First name",
    "Enwau canol / Middle names",
    "Cyfenw / Surname",
    "Other names / Enwau eraill",
    "Dyddiad geni / Date of birth",
    "Dyddiad geni wedi'i amcangyfrif / DOB estimated",
    "Oedran pan ganfuwyd / Age when found",
    "Rhyw / Sex",
    "Cenedligrwydd / Nationality",
    "Iaith / Language",
    "Angen cyfieithydd / Interpreter needed",
    "Oedolyn neu blentyn / Adult or child",
    "Math o gamfanteisio / Type of exploitation",
    "Dyddiad canfod / Date found",
    "Asiantaeth a ganfu / Agency that found",
    "Asiantaethau eraill / Other agencies",
    "Ymgyrch / Operation",
    "Cyfeirnod digwyddiad / Incident reference",
    "Math o leoliad / Location type",
    "Cyfeiriad / Address",
    "Cod post / Postcode",
    "Awdurdod lleol / Local authority",
    "Atgyfeiriad NRM neu DtN / NRM referral or DtN",
    "Cyfeirnod NRM / NRM reference",
    "Cyfeirnod y Swyddfa Gartref / Home Office reference",
    "Rhif PNC / PNC ID",
    "Canlyniad / Outcome",
    "Nodiadau / Notes",
    "Created",
    "Created By",
    "Modified",
    "Modified By",
]

# Time frame of the log
LOG_START = dt.date(2017, 4, 1)          # first encounter in the old spreadsheet
MIGRATION_DAY = dt.date(2019, 9, 3)      # spreadsheet pasted into the new list
LAST_ENCOUNTER = dt.date(2024, 11, 29)
EXPORT_AT = dt.datetime(2025, 1, 14, 9, 41)
POWERAPPS_FROM = dt.date(2022, 4, 1)     # Swansea staff start using a Power Apps form


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
def wchoice(rng, items):
    """items: list of (weight, value) -> value"""
    total = sum(w for w, _ in items)
    r = rng.random() * total
    for w, v in items:
        r -= w
        if r < 0:
            return v
    return items[-1][1]


def pick(rng, pairs):
    """pairs: list of (value, weight) -> value"""
    return wchoice(rng, [(w, v) for v, w in pairs])


def strip_diacritics(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def cedilla(s):
    """Romanian comma-below letters typed with the old cedilla forms."""
    return s.replace("Ș", "Ş").replace("ș", "ş").replace("Ț", "Ţ").replace("ț", "ţ")


def cp1252_loss(s):
    """What a Windows-1252 CSV does to characters it cannot hold."""
    return s.encode("cp1252", errors="replace").decode("cp1252")


KEYB = {}
_rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
for _r, _row in enumerate(_rows):
    for _i, _c in enumerate(_row):
        nb = []
        for _dr in (-1, 0, 1):
            rr = _r + _dr
            if 0 <= rr < 3:
                for _di in (-1, 0, 1):
                    ii = _i + _di
                    if 0 <= ii < len(_rows[rr]) and (_dr, _di) != (0, 0):
                        nb.append(_rows[rr][ii])
        KEYB[_c] = nb


def typo(rng, s):
    """One keyboard slip: substitution by a neighbour key, deletion,
    doubling or transposition of adjacent letters."""
    if len(s) < 3:
        return s
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    i = rng.choice(idx[1:])          # first letter is rarely wrong
    kind = rng.random()
    c = s[i]
    if kind < 0.35 and c.lower() in KEYB:
        r = rng.choice(KEYB[c.lower()])
        r = r.upper() if c.isupper() else r
        return s[:i] + r + s[i + 1:]
    if kind < 0.6:
        return s[:i] + s[i + 1:]
    if kind < 0.8:
        return s[:i] + c + s[i:]
    if i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + c + s[i + 2:]
    return s[:i] + s[i + 1:]


def feminine(name, kind):
    """Polish -ski -> -ska; Slovak surname + -ová."""
    if kind == "pl":
        for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if name.endswith(m):
                return name[: -len(m)] + f
        return name
    if kind == "sk":
        if name.endswith("ová") or name.endswith("ova"):
            return name
        if name[-1] in "ao":
            return name[:-1] + "ová"
        return name + "ová"
    return name


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:          # 29 Feb
        return d.replace(year=d.year + years, day=28)


def age_on(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def fmt_date(d):
    return d.strftime("%d/%m/%Y")


def fmt_dt(t):
    return t.strftime("%d/%m/%Y %H:%M")


def in_bst(d):
    """British Summer Time: last Sunday of March to last Sunday of October."""
    def last_sunday(y, m):
        x = dt.date(y, m, 31)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    return last_sunday(d.year, 3) <= d < last_sunday(d.year, 10)


class Tok:
    """A name token: the spellings it can take and the one this person uses."""
    __slots__ = ("variants", "own")

    def __init__(self, variants, own):
        self.variants = variants
        self.own = own


def make_tok(rng, entries):
    w, variants = wchoice(rng, [(e[0], e) for e in entries])
    if len(variants) > 1 and rng.random() < 0.35:
        own = rng.choice(variants[1:])
    else:
        own = variants[0]
    return Tok(variants, own)


def plain_tok(s):
    return Tok([s], s)


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
ITALIAN = dict(m=["Marco", "Luca", "Andrea", "Giuseppe", "Alessandro", "Matteo"],
               f=["Giulia", "Francesca", "Sara", "Chiara"],
               fam=["Rossi", "Bianchi", "Romano", "Greco", "Ricci", "Esposito", "Conti"])
GREEK = dict(m=["Giorgos", "Nikos", "Dimitris", "Kostas", "Christos"],
             f=["Maria", "Eleni", "Katerina"],
             fam=["Papadopoulos", "Georgiou", "Nikolaidis", "Dimitriou", "Pappas"])

CHAIN_PATTERNS = [30, 25, 12, 10, 8, 6, 2]     # see render_chain
VIET_PATTERNS = [28, 25, 20, 10, 6, 4, 7]
CHINESE_PATTERNS = [55, 22, 8, 8, 7]
FILIPINO_PATTERNS = [45, 12, 25, 10, 4, 4]
SIKH_PATTERNS = [30, 25, 25, 10, 10]
WIFE_TAKES_NAME = {"british", "polish", "slovak", "romanian", "albanian", "nigerian", "ghanaian",
                   "keralan", "hindi", "filipino", "punjabi"}


def new_name(rng, culture, sex, kin):
    """Build the name of a person of `culture`.  `kin` holds tokens shared
    with relatives (family name, father's and grandfather's names ...);
    missing entries are drawn and stored so that relatives can share them."""
    c = CULTURES[culture]
    sch = c["scheme"]
    nm = {"scheme": sch, "culture": culture}
    if sch == "viet":
        nm["family"] = kin.setdefault("family", make_tok(rng, VN_FAM))
        nm["mid"] = make_tok(rng, VN_MID_M if sex == "M" else VN_MID_F)
        nm["given"] = make_tok(rng, VN_M if sex == "M" else VN_F)
        return nm
    if sch == "chinese":
        nm["family"] = kin.setdefault("family", make_tok(rng, CN_FAM))
        syl = CN_SYL_M if sex == "M" else CN_SYL_F
        n = 1 if rng.random() < 0.25 else 2
        nm["syl"] = [rng.choice(syl) for _ in range(n)]
        return nm
    given_list = c["m"] if sex == "M" else c["f"]
    nm["given"] = make_tok(rng, given_list)
    if sch == "chain":
        elder = c.get("elder")
        if "father" not in kin:
            kin["father"] = make_tok(rng, elder if elder and rng.random() < 0.4 else c["m"])
        if "grand" not in kin:
            kin["grand"] = make_tok(rng, elder if elder and rng.random() < 0.7 else c["m"])
        nm["father"], nm["grand"] = kin["father"], kin["grand"]
        if "family" not in kin:
            kin["family"] = make_tok(rng, c["fam"]) if c["fam"] and rng.random() < c["fam_p"] else None
        nm["family"] = kin["family"]
        return nm
    if sch == "filipino":
        nm["family"] = kin.setdefault("family", make_tok(rng, PH_FAM))
        nm["maiden"] = kin.setdefault("maiden", make_tok(rng, PH_FAM))
        return nm
    if sch == "sikh":
        nm["rel"] = "Singh" if sex == "M" else "Kaur"
        if "family" not in kin:
            kin["family"] = make_tok(rng, c["fam"]) if rng.random() < c["fam_p"] else None
        nm["family"] = kin["family"]
        return nm
    # western
    if c.get("fam_f") and sex == "F" and rng.random() < 0.45:
        nm["family"] = make_tok(rng, c["fam_f"])
    else:
        nm["family"] = kin.setdefault("family", make_tok(rng, c["fam"]))
    nm["gendered"] = c.get("gendered")
    nm["middles"] = []
    if rng.random() < c.get("mid_p", 0):
        pool = BRIT_M + BRIT_F if culture == "british" and rng.random() < 0.1 else given_list
        t = make_tok(rng, pool)
        if t.variants[0] != nm["given"].variants[0]:
            nm["middles"].append(t)
        if culture == "british" and rng.random() < 0.12:
            nm["middles"].append(make_tok(rng, given_list))
    if c.get("father_mid_p"):
        nm["father"] = kin.setdefault("father", make_tok(rng, c["m"]))
    if c.get("md_p") and sex == "M" and rng.random() < c["md_p"]:
        nm["md"] = True
        while nm["given"].variants[0] == "Muhammad":
            nm["given"] = make_tok(rng, given_list)
    return nm


def alias_name(rng, culture, sex):
    """A second identity the person has used (false documents, a name given
    to police on arrest)."""
    if culture == "albanian" and rng.random() < 0.4:
        src = ITALIAN if rng.random() < 0.6 else GREEK
        return {"scheme": "western", "culture": culture,
                "given": plain_tok(rng.choice(src["m"] if sex == "M" else src["f"])),
                "family": plain_tok(rng.choice(src["fam"])), "middles": []}
    return new_name(rng, culture, sex, {})


class Person:
    def __init__(self, pid, nat, culture, sex):
        self.pid = pid
        self.nat = nat
        self.culture = culture
        self.sex = sex
        self.relations = []         # (relation, other pid)
        self.records = []
        self.k = 1
        self.last_render = None


def make_person(rng, pid, nat, culture, sex, first_date, age, kin, dob=None):
    p = Person(pid, nat, culture, sex)
    c = CULTURES[culture]
    p.name = new_name(rng, culture, sex, kin)
    p.first_date = first_date
    # --- date of birth: true, claimed, and what an age assessment says
    if dob is None:
        dob = first_date - dt.timedelta(days=int(365.25 * age) + rng.randint(0, 364))
    p.dob_true = dob
    exact, jan1, unknown = nat.dob
    if age < 5:                              # small children travel with documents
        exact, jan1, unknown = 0.9, 0.1, 0.0
    p.dob_kind = pick(rng, [("exact", exact), ("jan1", jan1), ("unknown", unknown)])
    p.claimed = None
    p.age_err = 0
    true_age = age_on(dob, first_date)
    claims_minor = (culture in ASYLUM_CULTURES or culture == "vietnamese") and \
        18 <= true_age <= 23 and rng.random() < 0.3
    if p.dob_kind == "exact":
        p.claimed = dob
    elif p.dob_kind == "jan1":
        p.claimed = dt.date(dob.year + pick(rng, [(0, 55), (-1, 20), (1, 20), (-2, 2), (2, 3)]), 1, 1)
    else:
        p.age_err = pick(rng, [(0, 50), (-1, 20), (1, 15), (-2, 10), (2, 5)])
    if claims_minor:
        shift = rng.randint(2, 5)
        if p.claimed is not None:
            p.claimed = add_years(p.claimed, shift)
        else:
            p.age_err -= shift
    p.assessed = None
    p.assessed_from = None
    claimed_age = age_on(p.claimed, first_date) if p.claimed else true_age + p.age_err
    if claimed_age < 18 and (culture in ASYLUM_CULTURES or culture == "vietnamese") and \
            (claims_minor or (true_age >= 16 and rng.random() < 0.25)):
        yr = dob.year + pick(rng, [(0, 50), (-1, 25), (1, 15), (-2, 10)])
        p.assessed = dt.date(yr, 1, 1) if rng.random() < 0.75 else \
            dt.date(yr, rng.randint(1, 12), rng.randint(1, 28))
        p.assessed_from = first_date + dt.timedelta(days=rng.randint(20, 150))
    # --- other names
    p.nick = None
    giv = p.name.get("given")
    if giv is not None and c.get("nick") and giv.variants[0] in c["nick"] and rng.random() < 0.6:
        p.nick = rng.choice(c["nick"][giv.variants[0]])
    p.eng = None
    if culture in ("vietnamese", "chinese") and rng.random() < 0.2:
        p.eng = rng.choice(ENG_NAMES_M if sex == "M" else ENG_NAMES_F)
    p.street = rng.choice(STREET_NAMES) if culture == "british" and true_age < 22 and rng.random() < 0.3 else None
    alias_p = {"albanian": 0.2, "vietnamese": 0.12, "nigerian": 0.1, "chinese": 0.1}.get(culture, 0.05)
    p.alias = alias_name(rng, culture, sex) if rng.random() < alias_p and age >= 14 else None
    # --- identifiers
    nat_label = nat.label
    if nat_label == "British":
        ho_p = 0.0
    elif nat_label in ("Romanian", "Polish", "Slovak", "Czech"):
        ho_p = 0.12
    elif culture in ASYLUM_CULTURES:
        ho_p = 0.75
    else:
        ho_p = 0.55
    p.ho_ref = None
    if rng.random() < ho_p:
        p.ho_ref = rng.choice("ABFHKMST") + "%07d" % rng.randint(0, 9999999)
        p.ho_from = first_date + dt.timedelta(days=rng.randint(-500, 200))
    pnc_p = {"british": 0.35, "albanian": 0.3, "vietnamese": 0.22, "romanian": 0.15}.get(culture, 0.07)
    p.pnc = None
    if rng.random() < pnc_p and age >= 12:
        p.pnc_from = first_date + dt.timedelta(days=rng.randint(-700, 300))
        p.pnc = "%02d/%06d%s" % (p.pnc_from.year % 100, rng.randint(1, 999999),
                                 rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ"))
    langs = CULTURE_LANGS.get(culture)
    if langs is None or nat.label == "British" or (culture == "kurdish" and nat.label == "Syrian"):
        langs = nat.languages
    p.lang = pick(rng, langs)
    p.pref = {
        "chain": lambda: wchoice(rng, list(zip(CHAIN_PATTERNS, range(7)))),
        "viet": lambda: wchoice(rng, list(zip(VIET_PATTERNS, range(7)))),
        "chinese": lambda: wchoice(rng, list(zip(CHINESE_PATTERNS, range(5)))),
        "filipino": lambda: wchoice(rng, list(zip(FILIPINO_PATTERNS, range(6)))),
        "sikh": lambda: wchoice(rng, list(zip(SIKH_PATTERNS, range(5)))),
    }.get(p.name["scheme"], lambda: 0)()
    p.canto = p.name["scheme"] == "chinese" and rng.random() < 0.15
    return p


# ---------------------------------------------------------------------------
# Incidents (encounters) and groups
# ---------------------------------------------------------------------------
YEAR_WEIGHTS = [(2017, 0.45), (2018, 0.8), (2019, 1.0), (2020, 0.85), (2021, 1.2),
                (2022, 1.5), (2023, 1.6), (2024, 1.35)]


def random_date(rng):
    y = wchoice(rng, [(w, y) for y, w in YEAR_WEIGHTS])
    lo = max(dt.date(y, 1, 1), LOG_START)
    hi = min(dt.date(y, 12, 31), LAST_ENCOUNTER)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def age_for(rng, profile):
    bands = {
        "uk_young": [((13, 17), 68), ((18, 25), 22), ((26, 50), 10)],
        "teen": [((14, 17), 55), ((18, 25), 45)],
        "teen_adult": [((15, 17), 25), ((18, 30), 60), ((31, 45), 15)],
        "young_adult": [((16, 17), 8), ((18, 30), 72), ((31, 45), 20)],
        "adult": [((18, 30), 40), ((31, 50), 50), ((51, 65), 10)],
        "older_adult": [((25, 40), 40), ((41, 60), 55), ((61, 70), 5)],
    }[profile]
    lo, hi = pick(rng, bands)
    return rng.randint(lo, hi)


def choose_expl(rng, culture, sex, age):
    F = sex == "F"
    if culture == "british":
        if age < 18:
            return pick(rng, [("county", 55), ("criminal", 15), ("sexual", 25 if F else 6), ("labour", 4), ("unknown", 4)])
        return pick(rng, [("county", 25), ("criminal", 12), ("sexual", 35 if F else 5), ("labour", 25), ("domestic", 8)])
    if culture == "albanian":
        return pick(rng, [("sexual", 80), ("labour", 20)]) if F else \
            pick(rng, [("criminal", 50), ("labour", 45), ("sexual", 2)])
    if culture == "vietnamese":
        return pick(rng, [("labour", 60), ("sexual", 40)]) if F else \
            pick(rng, [("criminal", 55), ("labour", 45)])
    if culture == "chinese":
        return pick(rng, [("sexual", 60), ("labour", 40)]) if F else \
            pick(rng, [("labour", 80), ("criminal", 20)])
    if culture == "romanian":
        return pick(rng, [("sexual", 50), ("labour", 35), ("criminal", 15)]) if F else \
            pick(rng, [("labour", 75), ("criminal", 25)])
    if culture in ("polish", "slovak"):
        return pick(rng, [("labour", 80), ("criminal", 8), ("domestic", 5), ("sexual", 15 if F else 2)])
    if culture in ("keralan", "filipino", "hindi", "punjabi"):
        return pick(rng, [("labour", 65), ("domestic", 35 if F else 10)])
    if culture in ("pakistani", "bangladeshi"):
        return pick(rng, [("labour", 80), ("domestic", 10), ("sexual", 10 if F else 1)])
    if culture in ("nigerian", "ghanaian"):
        return pick(rng, [("sexual", 60), ("domestic", 30), ("labour", 10)]) if F else \
            pick(rng, [("labour", 60), ("criminal", 40)])
    return pick(rng, [("labour", 55), ("criminal", 25), ("sexual", 25 if F else 4), ("unknown", 10)])


def choose_loc(rng, culture, expl, age):
    if expl == "labour":
        if culture == "vietnamese":
            return pick(rng, [("nailbar", 70), ("restaurant", 15), ("house", 15)])
        if culture == "chinese":
            return pick(rng, [("restaurant", 60), ("nailbar", 20), ("house", 20)])
        if culture in ("albanian", "romanian", "kurdish", "kurdish_ir", "persian", "arabic_iq", "arabic_sy"):
            return pick(rng, [("carwash", 60), ("construction", 20), ("house", 20)])
        if culture in ("keralan", "filipino", "hindi", "punjabi"):
            return pick(rng, [("carehome", 45), ("private", 25), ("restaurant", 15), ("farm", 15)])
        if culture in ("polish", "slovak"):
            return pick(rng, [("farm", 35), ("construction", 35), ("house", 30)])
        if culture in ("pakistani", "bangladeshi"):
            return pick(rng, [("restaurant", 70), ("house", 30)])
        if culture in ASYLUM_CULTURES:
            return pick(rng, [("carwash", 40), ("restaurant", 20), ("construction", 20), ("house", 15), ("port", 5)])
        return pick(rng, [("carwash", 25), ("nailbar", 10), ("farm", 12), ("construction", 12),
                          ("restaurant", 15), ("house", 10), ("hotel", 8), ("private", 8)])
    if expl == "criminal":
        if culture == "british":
            return pick(rng, [("house", 40), ("vehicle", 30), ("station", 20), ("policestn", 10)])
        return pick(rng, [("cannabis", 60), ("house", 25), ("vehicle", 15)])
    if expl == "county":
        return pick(rng, [("station", 30), ("house", 35), ("vehicle", 25), ("policestn", 10)])
    if expl == "sexual":
        return pick(rng, [("brothel", 45), ("hotel", 30), ("private", 25)])
    if expl == "domestic":
        return "private"
    return pick(rng, [("policestn", 40), ("port", 25 if culture in ASYLUM_CULTURES else 2), ("house", 30), ("hotel", 10)])


GROUP_SIZE = {"carwash": (2, 6), "nailbar": (2, 5), "farm": (3, 12), "construction": (2, 8),
              "restaurant": (1, 4), "house": (1, 7), "hotel": (1, 4), "brothel": (1, 4),
              "cannabis": (1, 3), "private": (1, 3), "station": (1, 2), "vehicle": (1, 4),
              "port": (2, 9), "policestn": (1, 1), "carehome": (2, 7)}


def group_size(rng, loc):
    lo, hi = GROUP_SIZE[loc]
    if rng.random() < 0.35:
        return lo
    # skewed towards the small end
    return lo + int((hi - lo + 1) * rng.random() ** 1.8)


def choose_agency(rng, loc, la, child):
    kind = {
        "cannabis": [("police", 85), ("ho", 10), ("ngo", 5)],
        "station": [("police", 80), ("la", 15), ("ngo", 5)],
        "vehicle": [("police", 85), ("ho", 15)],
        "brothel": [("police", 70), ("ngo", 20), ("ho", 10)],
        "policestn": [("police", 100)],
        "port": [("border", 70), ("ho", 20), ("police", 10)],
        "private": [("police", 45), ("la", 30), ("ngo", 25)],
        "house": [("police", 50), ("la", 25), ("ngo", 15), ("ho", 10)],
        "hotel": [("police", 45), ("ngo", 30), ("la", 25)],
        "carehome": [("la", 45), ("glaa", 20), ("police", 20), ("ngo", 15)],
    }.get(loc, [("police", 40), ("glaa", 12), ("ho", 20), ("la", 15), ("ngo", 13)])
    k = pick(rng, kind)
    if child and k in ("ngo", "glaa") and rng.random() < 0.5:
        k = "la"
    if k == "police":
        return (POLICE, "police", la[1])
    if k == "la":
        return (la[0], "la", la[1])
    if k == "ho":
        return (OTHER_AGENCIES[0][0], "ho", la[1])
    if k == "border":
        return (OTHER_AGENCIES[1][0], "ho", la[1])
    if k == "glaa":
        return (OTHER_AGENCIES[2][0], "ngo", la[1])
    a = pick(rng, [(OTHER_AGENCIES[i], OTHER_AGENCIES[i][1]) for i in range(3, 8)])
    return (a[0], a[2], la[1])


def make_address(rng, loc, la):
    town = rng.choice(la[2])
    pc = "%s %d%s" % (rng.choice(la[3]), rng.randint(1, 9),
                      "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    num = rng.randint(1, 180)
    street = rng.choice(STREETS)
    names = LOCATION_TYPES[loc][1]
    if loc == "carwash":
        a = "%s %s, %s, %s" % (rng.choice(["Sparkle", "Shine", "Diamond", "Premier", "Express", "Star",
                                           "Bubbles", "Crystal", "Super", "Elite"]), rng.choice(names), street, town)
    elif loc == "nailbar":
        a = "%s %s, %d %s, %s" % (rng.choice(["Lucky", "Star", "Pretty", "Royal", "Happy", "Perfect",
                                              "VIP", "Diamond", "Queen", "Lily"]), rng.choice(names), num, street, town)
    elif loc == "farm":
        a = "%s %s, nr %s" % (rng.choice(FARMS), rng.choice(names), town)
    elif loc in ("restaurant", "hotel", "carehome"):
        a = "%s %s, %d %s, %s" % (rng.choice(["Golden", "Taj", "Istanbul", "New", "Dragon", "Bengal", "Royal",
                                              "Ocean", "Park", "Castle", "Valley"]), rng.choice(names), num, street, town)
    elif loc == "construction":
        a = "%s, %s" % (rng.choice(["Unit %d, %s" % (rng.randint(1, 40), rng.choice(INDUSTRIAL)),
                                    "Land off %s" % street]), town)
    elif loc in ("port", "station", "policestn"):
        a = rng.choice(names)
        pc = ""
    elif loc == "vehicle":
        a = rng.choice(["Vehicle stop M4 J%d" % rng.randint(32, 47), "A470 %s" % town,
                        "A465 near %s" % town, "Vehicle stop, %s, %s" % (street, town)])
        pc = ""
    elif rng.random() < 0.35:
        a = "Flat %d, %d %s, %s" % (rng.randint(1, 12), num, street, town)
    else:
        a = "%d %s, %s" % (num, street, town)
    return a, pc


class Incident:
    _n = 0

    def __init__(self, rng, date, loc, expl, la, agency, op=""):
        Incident._n += 1
        self.n = Incident._n
        self.date = date
        self.loc = loc
        self.expl = expl
        self.la = la
        self.agency = agency
        self.address, self.postcode = make_address(rng, loc, la)
        self.op = op
        yy = date.year % 100
        kind = agency[1]
        if kind == "police" or (kind != "coord" and rng.random() < 0.3):
            self.ref = "%02d%08d" % (yy, rng.randint(0, 99999999))
        elif kind == "ho":
            self.ref = "IE/%s/%05d" % (rng.choice(["CDF", "SWA", "WAL"]), rng.randint(1, 99999))
        elif kind == "la":
            self.ref = "CS%06d" % rng.randint(1, 999999)
        elif rng.random() < 0.5:
            self.ref = "REF-%d-%04d" % (date.year, rng.randint(1, 9999))
        else:
            self.ref = ""
        self.people = []


# ---------------------------------------------------------------------------
# Simulation: groups of people found together, then re-appearances
# ---------------------------------------------------------------------------
def pick_nat(rng):
    return wchoice(rng, [(n.weight, n) for n in NATIONALITIES])


def pick_la(rng):
    return wchoice(rng, [(la[4], la) for la in LOCAL_AUTHORITIES])


def draw_k(rng, p):
    """How many records this person ends up with."""
    child_uk = p.culture == "british" and age_on(p.dob_true, p.first_date) < 18
    r = rng.random()
    tail = 0.05 if child_uk else 0.012
    if r < tail:
        return rng.randint(8, 20 if child_uk else 14)
    return pick(rng, [(1, 47), (2, 26), (3, 12), (4, 7), (5, 3.5), (6, 2), (7, 1)])


def gap_days(rng):
    """Time until a person is found again."""
    lo, hi = pick(rng, [((20, 180), 35), ((181, 540), 45), ((541, 1460), 20)])
    return rng.randint(lo, hi)


def simulate(n_people, rng):
    people, incidents, groups = [], [], []
    kin_pool = {}          # culture -> kin dicts, so siblings can turn up in separate groups
    by_culture = {}        # culture -> people, for namesakes
    ops = []               # (name, date, la)

    def add_person(nat, culture, sex, date, age, kin, dob=None):
        p = make_person(rng, len(people) + 1, nat, culture, sex, date, age, kin, dob)
        # a few deliberate namesakes: same name as someone unrelated
        pool = by_culture.get(culture)
        if pool and rng.random() < 0.015:
            other = rng.choice(pool)
            if other.sex == sex and other.name["scheme"] == p.name["scheme"]:
                p.name = other.name
        people.append(p)
        by_culture.setdefault(culture, []).append(p)
        return p

    while len(people) < n_people:
        nat = pick_nat(rng)
        culture = pick(rng, nat.cultures)
        date = random_date(rng)
        sex = "M" if rng.random() < nat.male else "F"
        age = age_for(rng, nat.ages)
        expl = choose_expl(rng, culture, sex, age)
        loc = choose_loc(rng, culture, expl, age)
        size = min(group_size(rng, loc), n_people - len(people))
        la = pick_la(rng)
        op = ""
        if size >= 2 and expl in ("labour", "criminal", "sexual") and rng.random() < 0.3:
            recent = [o for o in ops if abs((o[1] - date).days) < 400]
            if recent and rng.random() < 0.35:
                o = rng.choice(recent)
                op, date, la = o[0], o[1], o[2]
            else:
                op = "Aidant" if rng.random() < 0.1 else rng.choice(OPERATION_WORDS)
                ops.append((op, date, la))
        agency = choose_agency(rng, loc, la, age < 18)
        inc = Incident(rng, date, loc, [expl], la, agency, op)
        if rng.random() < 0.12:
            extra = choose_expl(rng, culture, sex, age)
            if extra != expl:
                inc.expl.append(extra)
        incidents.append(inc)
        # lead person
        pool = kin_pool.setdefault(culture, [])
        if pool and rng.random() < 0.03:
            kin = rng.choice(pool)                   # sibling found elsewhere
        else:
            kin = {}
            pool.append(kin)
        lead = add_person(nat, culture, sex, date, age, kin)
        members = [lead]
        family_heavy = loc in ("private", "house", "brothel", "hotel") or culture in ("romanian", "slovak")
        has_spouse = False
        while len(members) < size:
            rel = pick(rng, [("sibling", 35), ("spouse", 0 if has_spouse or age < 18 else 20),
                             ("child", 10 if age >= 25 else 0), ("peer", 35)] if family_heavy else
                       [("sibling", 20), ("spouse", 0 if has_spouse or age < 18 else 5), ("peer", 75)])
            if rel == "sibling":
                s2 = "M" if rng.random() < nat.male else "F"
                if rng.random() < 0.06:
                    q = add_person(nat, culture, s2, date, age, kin, dob=lead.dob_true)
                    rel = "twin"
                else:
                    a2 = max(12, age + rng.choice([-1, 1]) * rng.randint(1, 8))
                    q = add_person(nat, culture, s2, date, a2, kin)
            elif rel == "spouse":
                has_spouse = True
                s2 = "F" if sex == "M" else "M"
                k2 = {}
                if culture in WIFE_TAKES_NAME and sex == "M":
                    k2["family"] = kin.get("family")
                elif culture in WIFE_TAKES_NAME and kin.get("family") is not None:
                    k2["family"] = kin["family"]     # husband has her surname too
                if k2.get("family") is None:
                    k2 = {}
                q = add_person(nat, culture, s2, date, max(18, age + rng.randint(-6, 6)), k2)
            elif rel == "child":
                k2 = {}
                if kin.get("family") is not None:
                    k2["family"] = kin["family"]
                if lead.name["scheme"] == "chain" and sex == "M":
                    k2 = {"father": lead.name["given"], "grand": lead.name["father"],
                          "family": lead.name["family"]}
                q = add_person(nat, culture, "M" if rng.random() < 0.5 else "F", date,
                               rng.randint(3, min(15, age - 16)), k2)
            else:
                if rng.random() < 0.15:       # a co-worker of another nationality
                    nat2 = pick_nat(rng)
                    if nat2.label == "British":
                        nat2 = nat
                else:
                    nat2 = nat
                c2 = pick(rng, nat2.cultures)
                if c2 == "british" and nat2 is nat and culture != "british":
                    c2 = culture
                s2 = "M" if rng.random() < nat2.male else "F"
                k2 = {}
                kin_pool.setdefault(c2, []).append(k2)
                q = add_person(nat2, c2, s2, date, max(14, age + rng.randint(-6, 8)), k2)
            if rel != "peer":
                lead.relations.append((rel, q.pid))
                q.relations.append((rel if rel in ("sibling", "twin", "spouse") else "parent", lead.pid))
            members.append(q)
        inc.people = members
        groups.append((inc, members))
    return people, incidents, groups


def schedule(rng, people, incidents, groups):
    """Decide how many records each person has and create the later
    incidents (re-encounters) and duplicate entries.  Returns records as
    dicts {person, incident, rtype, agency}."""
    records = []
    for p in people:
        p.k = draw_k(rng, p)
    for inc, members in groups:
        for p in members:
            records.append({"person": p, "inc": inc, "rtype": "first", "agency": inc.agency})
            p.encounters = [inc]
        slots = {p.pid: p.k - 1 for p in members}
        # found again together
        cand = [p for p in members if slots[p.pid] > 0]
        if len(cand) >= 2 and rng.random() < 0.35:
            sub = rng.sample(cand, rng.randint(2, len(cand)))
            date = inc.date + dt.timedelta(days=gap_days(rng))
            if date <= LAST_ENCOUNTER:
                lead = sub[0]
                expl = inc.expl[0] if rng.random() < 0.7 else choose_expl(rng, lead.culture, lead.sex, 20)
                loc = choose_loc(rng, lead.culture, expl, 20)
                la = inc.la if rng.random() < 0.5 else pick_la(rng)
                inc2 = Incident(rng, date, loc, [expl], la, choose_agency(rng, loc, la, False))
                inc2.people = sub
                incidents.append(inc2)
                for p in sub:
                    records.append({"person": p, "inc": inc2, "rtype": "reenc", "agency": inc2.agency})
                    p.encounters.append(inc2)
                    slots[p.pid] -= 1
        for p in members:
            for _ in range(slots[p.pid]):
                rtype = "dup" if rng.random() < 0.18 else "reenc"
                if rtype == "reenc":
                    last = max(e.date for e in p.encounters)
                    date = last + dt.timedelta(days=gap_days(rng))
                    if date > LAST_ENCOUNTER:
                        # found earlier instead, but not before the log began
                        # and not at an implausibly young age
                        first = min(e.date for e in p.encounters)
                        floor = max(LOG_START, add_years(p.dob_true, min(12, age_on(p.dob_true, first))))
                        room = (first - floor).days
                        if room < 20:
                            rtype = "dup"
                        else:
                            date = first - dt.timedelta(days=min(gap_days(rng), rng.randint(20, room)))
                if rtype == "dup":
                    base = rng.choice(p.encounters)
                    ag = base.agency
                    tries = 0
                    while ag[0] == base.agency[0] and tries < 5:
                        tries += 1
                        k = pick(rng, [("la", 45), ("coord", 25), ("ngo", 20), ("police", 10)])
                        if k == "la":
                            ag = (base.la[0], "la", base.la[1])
                        elif k == "police":
                            ag = (POLICE, "police", base.la[1])
                        elif k == "coord":
                            ag = (COORD, "coord", base.la[1])
                        else:
                            a = OTHER_AGENCIES[rng.randint(3, 6)]
                            ag = (a[0], a[2], base.la[1])
                    records.append({"person": p, "inc": base, "rtype": "dup", "agency": ag})
                    continue
                age = age_on(p.dob_true, date)
                expl = p.encounters[0].expl[0] if rng.random() < 0.6 else choose_expl(rng, p.culture, p.sex, age)
                loc = choose_loc(rng, p.culture, expl, age)
                la = p.encounters[-1].la if rng.random() < 0.55 else pick_la(rng)
                inc2 = Incident(rng, date, loc, [expl], la, choose_agency(rng, loc, la, age < 18))
                inc2.people = [p]
                incidents.append(inc2)
                records.append({"person": p, "inc": inc2, "rtype": "reenc", "agency": inc2.agency})
                p.encounters.append(inc2)
    return records


# ---------------------------------------------------------------------------
# Rendering a person as one officer recorded them on one occasion
# ---------------------------------------------------------------------------
STYLE = {   # diacritics dropped, surname typed in capitals
    "police": (0.60, 0.55), "ho": (0.97, 0.85), "la": (0.45, 0.10),
    "ngo": (0.35, 0.05), "coord": (0.45, 0.15),
}
FAMILY_FIRST_CULTURES = {"persian", "kurdish_ir", "arabic_kw"}


def spell(rng, tok, culture):
    if len(tok.variants) > 1 and rng.random() < CULTURES[culture]["translit"]:
        return rng.choice(tok.variants)
    return tok.own


def render_chain(rng, p, nm, pref):
    cu = nm["culture"]
    g, f, gf = spell(rng, nm["given"], cu), spell(rng, nm["father"], cu), spell(rng, nm["grand"], cu)
    fam = spell(rng, nm["family"], cu) if nm["family"] else None
    if fam and cu in FAMILY_FIRST_CULTURES:
        pat = 0 if rng.random() < 0.7 else wchoice(rng, list(zip(CHAIN_PATTERNS, range(7))))
    elif rng.random() < 0.55:
        pat = pref
    else:
        pat = wchoice(rng, list(zip(CHAIN_PATTERNS, range(7))))
    if pat == 0:
        return g, "", fam or f
    if pat == 1:
        return g, f, fam or gf
    if pat == 2:
        return (g, f + " " + gf, fam) if fam else (g, "", gf)
    if pat == 3:
        return g, "", f + " " + gf
    if pat == 4:
        return g + " " + f, "", fam or gf
    if pat == 5:
        return fam or f, "", g
    return g, "", rng.choice(["NK", "Unknown", "UNKNOWN", "N/K"])


def render_viet(rng, p, nm, pref):
    fam, mid, giv = nm["family"].own, nm["mid"].own, nm["given"].own
    pat = pref if rng.random() < 0.5 else wchoice(rng, list(zip(VIET_PATTERNS, range(7))))
    if pat == 6 and not p.eng:
        pat = 0
    return [(giv, mid, fam), (mid + " " + giv, "", fam), (giv, "", fam), (fam, mid, giv),
            (fam + " " + mid, "", giv), (fam, "", mid + " " + giv), (p.eng or "", "", fam)][pat]


def render_chinese(rng, p, nm, pref):
    v = nm["family"].variants
    if p.canto and len(v) > 1:
        fam = v[1] if rng.random() < 0.9 else v[0]
    else:
        fam = v[0] if rng.random() < 0.95 or len(v) == 1 else v[-1]
    syl = nm["syl"]
    style = pick(rng, [("join", 60), ("space", 25), ("hyphen", 15)])
    if len(syl) == 1:
        giv = syl[0]
    elif style == "join":
        giv = syl[0] + syl[1].lower()
    elif style == "space":
        giv = syl[0] + " " + syl[1]
    else:
        giv = syl[0] + "-" + syl[1].lower()
    pat = pref if rng.random() < 0.5 else wchoice(rng, list(zip(CHINESE_PATTERNS, range(5))))
    if pat == 2 and len(syl) == 1:
        pat = 0
    if pat in (3, 4) and not p.eng:
        pat = 0
    return [(giv, "", fam), (fam, "", giv), (syl[0], syl[-1], fam), (p.eng or "", "", fam),
            (p.eng or "", giv, fam)][pat]


def render_filipino(rng, p, nm, pref):
    cu = nm["culture"]
    giv, mm, fam = spell(rng, nm["given"], cu), spell(rng, nm["maiden"], cu), spell(rng, nm["family"], cu)
    pat = pref if rng.random() < 0.5 else wchoice(rng, list(zip(FILIPINO_PATTERNS, range(6))))
    words = giv.split()
    if pat == 1 and len(words) < 2:
        pat = 0
    return [(giv, mm, fam), (words[0], " ".join(words[1:]), fam), (giv, "", fam),
            (giv, "", mm + " " + fam), (giv, "", mm), (giv, mm[0] + ".", fam)][pat]


def render_sikh(rng, p, nm, pref):
    cu = nm["culture"]
    giv, rel = spell(rng, nm["given"], cu), nm["rel"]
    if nm["family"] is None:
        pat = pick(rng, [(0, 80), (1, 10), (2, 10)])
        return [(giv, "", rel), (giv + " " + rel, "", "NK"), (rel, "", giv)][pat]
    fam = spell(rng, nm["family"], cu)
    pat = pref if rng.random() < 0.5 else wchoice(rng, list(zip(SIKH_PATTERNS, range(5))))
    return [(giv, rel, fam), (giv, "", rel), (giv, "", fam), (giv + " " + rel, "", fam),
            (giv, "", rel + " " + fam)][pat]


def render_western(rng, p, nm, sex, kind):
    cu = nm["culture"]
    giv = spell(rng, nm["given"], cu)
    if p.nick and rng.random() < 0.08 and nm is p.name:
        giv = p.nick
    mids = ""
    if nm.get("middles") and rng.random() < (0.35 if kind == "police" else 0.6):
        mids = " ".join(spell(rng, t, cu) for t in nm["middles"])
    if nm.get("father") is not None and rng.random() < CULTURES[cu].get("father_mid_p", 0):
        mids = (mids + " " + spell(rng, nm["father"], cu)).strip()
    fam = spell(rng, nm["family"], cu)
    if nm.get("gendered") and sex == "F":
        if rng.random() > (0.07 if nm["gendered"] == "pl" else 0.12):
            fam = feminine(fam, nm["gendered"])
    if nm.get("md"):
        md = "Md" if cu == "bangladeshi" else spell(rng, Tok(PK_M[0][1], "Muhammad"), cu)
        pat = pick(rng, [(0, 35), (1, 20), (2, 30), (3, 15)])
        if pat == 0:
            return md, (giv + " " + mids).strip(), fam
        if pat == 1:
            return md + " " + giv, mids, fam
        if pat == 3:
            return ("Md." if cu == "bangladeshi" else "M."), (giv + " " + mids).strip(), fam
    return giv, mids, fam


def render_name(rng, p, nm, kind):
    sch = nm["scheme"]
    if sch == "chain":
        return render_chain(rng, p, nm, p.pref)
    if sch == "viet":
        return render_viet(rng, p, nm, p.pref)
    if sch == "chinese":
        return render_chinese(rng, p, nm, p.pref)
    if sch == "filipino":
        return render_filipino(rng, p, nm, p.pref)
    if sch == "sikh":
        return render_sikh(rng, p, nm, p.pref)
    return render_western(rng, p, nm, p.sex, kind)


def record_name(rng, p, kind, migrated, stats):
    """First, middle, surname as typed on this record; also whether an alias was used."""
    used_alias = p.alias is not None and rng.random() < 0.12
    first, mid, sur = render_name(rng, p, p.alias if used_alias else p.name, kind)
    if used_alias:
        stats["alias used as main name"] += 1
    if first and sur and rng.random() < 0.025:
        first, sur = sur, first
        stats["given/family swapped (generic)"] += 1
    strip_p, upper_p = STYLE[kind]
    cu = p.culture
    if CULTURES[cu].get("diacr"):
        if rng.random() < min(1.0, strip_p + (0.15 if cu == "vietnamese" else 0)):
            new = strip_diacritics(first), strip_diacritics(mid), strip_diacritics(sur)
            if new != (first, mid, sur):
                stats["diacritics dropped"] += 1
            first, mid, sur = new
        elif cu == "romanian" and rng.random() < 0.2:
            first, mid, sur = cedilla(first), cedilla(mid), cedilla(sur)
    if migrated:
        first, mid, sur = cp1252_loss(first), cp1252_loss(mid), cp1252_loss(sur)
    if rng.random() < 0.05:
        which = pick(rng, [(0, 45), (1, 10), (2, 45)])
        f = [first, mid, sur]
        if f[which]:
            f[which] = typo(rng, f[which])
            stats["typo in a name"] += 1
            if rng.random() < 0.2:
                f[which] = typo(rng, f[which])
        first, mid, sur = f
    r = rng.random()
    if migrated and r < 0.3 or r < 0.04:
        first, mid, sur = first.upper(), mid.upper(), sur.upper()
    elif r < 0.055:
        first, mid, sur = first.lower(), mid.lower(), sur.lower()
    elif rng.random() < upper_p:
        sur = sur.upper()
    if rng.random() < 0.02:
        first = first + " "
    if rng.random() < 0.01:
        sur = " " + sur
    return first, mid, sur, used_alias


def record_dob(rng, p, enc, kind, migrated, bst_bug, stats):
    """Returns (dob text, estimated Yes/No, age text, adult/child value)."""
    base = p.claimed
    disputed = False
    if p.assessed is not None and enc >= p.assessed_from:
        disputed = True
        if rng.random() < (0.85 if kind in ("la", "ho", "coord") else 0.45):
            base = p.assessed
            stats["age-assessed DOB used"] += 1
    true_age = age_on(p.dob_true, enc)
    stated_age = true_age + p.age_err
    if rng.random() < 0.1:
        stated_age += rng.choice([-1, 1])
    est = "No"
    show_age = False
    if base is None:
        if rng.random() < 0.3:
            d = dt.date(enc.year - stated_age, 1, 1)
            est = "Yes"
            show_age = rng.random() < 0.6
            stats["DOB estimated as 1 Jan from age"] += 1
        else:
            d = None
            show_age = rng.random() < 0.97
            stats["DOB blank, age only"] += 1
    else:
        d = base
        if d.month == 1 and d.day == 1 and rng.random() < 0.4:
            est = "Yes"
        if rng.random() < 0.04:
            d = dt.date(d.year, 1, 1)
            est = "Yes"
            stats["DOB reduced to 1 Jan of year"] += 1
        show_age = rng.random() < 0.15
    if d is not None:
        r = rng.random()
        if migrated and d.day <= 12 and d.day != d.month and rng.random() < 0.5:
            d = dt.date(d.year, d.day, d.month)
            stats["DOB day/month swapped (migration)"] += 1
        elif r < 0.015 and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month)
            stats["DOB day/month swapped"] += 1
        elif r < 0.03:
            d = dob_digit_typo(rng, d, enc.year - 3)
            stats["DOB digit mistyped"] += 1
        elif r < 0.045:
            d = add_years(d, rng.choice([-1, 1]))
            stats["DOB year off by one"] += 1
        if bst_bug and in_bst(d):
            d = d - dt.timedelta(days=1)
            stats["DOB shifted a day (Power Apps time zone)"] += 1
    shown_age = age_on(d, enc) if (d is not None and est == "No") else stated_age
    if show_age and rng.random() < 0.05:
        shown_age += rng.choice([-1, 1])
    rec_age = age_on(d, enc) if d is not None else stated_age
    if disputed and rng.random() < 0.7:
        ac = ADULT_CHILD["disputed"]
    else:
        ac = ADULT_CHILD["child"] if rec_age < 18 else ADULT_CHILD["adult"]
        if rng.random() < 0.03:
            ac = ""
    return (fmt_date(d) if d else "", est, str(max(shown_age, 0)) if show_age else "", ac, rec_age)


def dob_digit_typo(rng, d, max_year):
    """One digit of dd/mm/yyyy typed as a neighbouring digit."""
    s = list(d.strftime("%d%m%Y"))
    for _ in range(20):
        i = rng.choice([0, 1, 1, 3, 3, 6, 7, 7])
        t = s[:]
        t[i] = str((int(s[i]) + rng.choice([-1, 1])) % 10)
        try:
            x = dt.date(int("".join(t[4:8])), int("".join(t[2:4])), int("".join(t[0:2])))
        except ValueError:
            continue
        if 1935 <= x.year <= max_year and x != d:
            return x
    return d


def render_sex(rng, p, stats):
    r = rng.random()
    if r < 0.05:
        stats["sex blank"] += 1
        return ""
    if r < 0.065:
        stats["sex unknown"] += 1
        return SEX_VALUES["U"]
    if r < 0.07:
        stats["sex recorded wrongly"] += 1
        return SEX_VALUES["F" if p.sex == "M" else "M"]
    return SEX_VALUES[p.sex]


def render_nat(rng, p, stats):
    nat = p.nat
    r = rng.random()
    if r < 0.03:
        stats["nationality blank"] += 1
        return ""
    if r < 0.045:
        return "Anhysbys / Unknown"
    if r < 0.085:
        stats["nationality neighbouring country"] += 1
        return rng.choice(nat.neighbours)
    if r < (0.16 if nat.label == "British" else 0.13):
        stats["nationality free-text variant"] += 1
        return rng.choice(nat.fillins)
    return nat.label


def render_lang(rng, p):
    lab = {"English": "Saesneg / English", "Welsh": "Cymraeg / Welsh"}.get(p.lang, p.lang)
    r = rng.random()
    if r < 0.05:
        return ""
    if r < 0.22 and p.lang in LANGUAGE_LABELS:
        return rng.choice(LANGUAGE_LABELS[p.lang])
    return lab


def render_ho(rng, p, enc, kind, stats):
    if not p.ho_ref or enc < p.ho_from:
        return ""
    if rng.random() > {"ho": 0.92, "police": 0.45, "la": 0.6, "ngo": 0.3, "coord": 0.5}[kind]:
        stats["HO ref known but not recorded"] += 1
        return ""
    s = p.ho_ref
    r = rng.random()
    if r < 0.05:
        s = s[:4] + " " + s[4:]
    elif r < 0.09:
        s = s.lower()
    elif r < 0.12:
        s = "HO ref " + s
    elif r < 0.15:
        i = rng.randint(1, 7)
        s = s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:]
        stats["HO ref mistyped"] += 1
    return s


def render_pnc(rng, p, enc, kind):
    if not p.pnc or enc < p.pnc_from:
        return ""
    if rng.random() > (0.75 if kind == "police" else 0.15):
        return ""
    yy, rest = p.pnc.split("/")
    num, chk = rest[:-1], rest[-1]
    r = rng.random()
    if r < 0.1:
        return "%s/%d%s" % (yy, int(num), chk)
    if r < 0.2:
        cent = "19" if int(yy) > 30 else "20"
        return "%s%s/%07d%s" % (cent, yy, int(num), chk)
    return p.pnc


# ---------------------------------------------------------------------------
# Free text: other names and notes
# ---------------------------------------------------------------------------
def given_of(p):
    nm = p.name
    if nm["scheme"] == "chinese":
        return "".join(nm["syl"][:1]) + "".join(s.lower() for s in nm["syl"][1:])
    return strip_diacritics(nm["given"].own)


def other_names(rng, p, rec, used_alias, stats):
    parts = []
    him = "himself" if p.sex == "M" else "herself"
    if p.nick and rng.random() < 0.35:
        parts.append(rng.choice(["Known as %s", "AKA %s", "%s", "Calls " + him + " %s"]) % p.nick)
    if p.eng and rng.random() < 0.4:
        parts.append(rng.choice(["English name %s", "Uses the name %s", "%s"]) % p.eng)
    if p.street and rng.random() < 0.45:
        parts.append(rng.choice(["Street name '%s'", "Goes by %s", "\"%s\""]) % p.street)
    if p.alias is not None and not used_alias and rng.random() < 0.35:
        f, m, s = render_name(rng, p, p.alias, "coord")
        a = strip_diacritics(" ".join(x for x in (f, s.upper()) if x))
        parts.append(rng.choice(["AKA %s", "Also used name %s", "False ID in name of %s", "%s"]) % a)
        stats["alias noted in Other names"] += 1
    if used_alias and rng.random() < 0.5:
        f, m, s = render_name(rng, p, p.name, "coord")
        parts.append(rng.choice(["Real name believed to be %s", "True name %s"]) %
                     strip_diacritics(" ".join(x for x in (f, s) if x)))
    giv = p.name.get("given")
    if giv is not None and len(giv.variants) > 1 and CULTURES[p.culture]["translit"] >= 0.2 \
            and rng.random() < 0.12:
        parts.append("Also spelt %s" % rng.choice([v for v in giv.variants if v != giv.own] or [giv.own]))
    if rec["rtype"] == "reenc" and p.last_render and rng.random() < 0.12:
        parts.append("Previously recorded as %s" % p.last_render)
        stats["previous name quoted in Other names"] += 1
    if p.name["scheme"] == "chain" and rng.random() < 0.1:
        fa = p.name["father"].own
        parts.append(rng.choice(["Father's name %s" % fa, ("s/o " if p.sex == "M" else "d/o ") + fa]))
    if p.claimed and p.assessed and rng.random() < 0.15:
        parts.append("Claimed DOB %s" % fmt_date(p.claimed))
    rng.shuffle(parts)
    return rng.choice(["; ", "\n", ", ", " / "]).join(parts)


REL_WORDS = {"sibling": ("brother", "sister"), "twin": ("twin brother", "twin sister"),
             "spouse": ("husband", "wife"), "parent": ("father", "mother"), "child": ("son", "daughter")}


def notes_text(rng, p, rec, people_by_id, lang_label, rec_age, referral, stats):
    inc = rec["inc"]
    if rng.random() < 0.22:
        return ""
    lines = []
    loc, expl = inc.loc, inc.expl[0]
    pay = rng.choice([20, 25, 30, 40, 50])
    if loc == "carwash":
        lines.append(rng.choice(["Found working at hand car wash, approx %d hrs/day for £%d a day." % (rng.randint(10, 14), pay),
                                 "Working at car wash 7 days a week, paid £%d/day cash." % pay,
                                 "Living in a cabin at the back of the car wash."]))
    elif loc == "nailbar":
        lines.append(rng.choice(["Working in nail bar, no pay - 'paying off debt'.",
                                 "Found working in nail bar during licensing visit.",
                                 "Sleeping above the salon with %d others." % rng.randint(2, 5)]))
    elif loc == "cannabis":
        lines.append(rng.choice(["Found in cannabis grow of approx %d plants." % rng.randint(50, 600),
                                 "Locked in property, windows boarded. Tending cannabis.",
                                 "Arrested at cannabis factory - s.45 defence raised."]))
    elif loc == "farm":
        lines.append(rng.choice(["Seasonal farm work, living in caravan on site.",
                                 "Found during GLAA visit to farm. Wages controlled by gangmaster."]))
    elif expl == "county":
        lines.append(rng.choice(["Reported missing from home %d times. Found with %d wraps." % (rng.randint(1, 12), rng.randint(3, 40)),
                                 "Found in cuckooed address with adult males from %s." % rng.choice(["London", "Birmingham", "Liverpool", "Bristol"]),
                                 "Stopped on train from %s. Cash and phone seized." % rng.choice(["London", "Birmingham", "Bristol"])]))
    elif expl == "sexual":
        lines.append(rng.choice(["Adverts found on adult services website.", "Found at pop-up brothel in hotel room.",
                                 "Controlled by \"boyfriend\"; phone monitored."]))
    elif expl == "domestic":
        lines.append(rng.choice(["Working in family home, passport held by employer.",
                                 "Not allowed to leave the house. Sleeping on kitchen floor."]))
    elif loc == "carehome":
        lines.append(rng.choice(["Sponsored care worker visa - charged recruitment fees of £%d." % (rng.randint(5, 18) * 1000),
                                 "Care worker; sponsor withholding wages, living in overcrowded house."]))
    others = [q for q in inc.people if q is not p]
    for rel, qid in p.relations:
        q = people_by_id[qid]
        if q in others and rng.random() < 0.6:
            w = REL_WORDS[rel][0 if q.sex == "M" else 1]
            lines.append(rng.choice(["Found with %s %s." % (w, given_of(q)), "%s %s also present." % (w.capitalize(), given_of(q))]))
    if len(others) >= 2 and rng.random() < 0.4:
        lines.append("One of %d potential victims found at this location." % len(inc.people))
    if lang_label and lang_label not in ("Saesneg / English", "English", "Cymraeg / Welsh") and rng.random() < 0.5:
        lines.append(rng.choice(["Interpreter used (%s)." % lang_label, "Interview via telephone interpreter - %s." % lang_label]))
    if p.culture in ASYLUM_CULTURES and rng.random() < 0.3:
        lines.append(rng.choice(["Reports exploitation in Libya before reaching Europe.",
                                 "Says forced to work in France before crossing.",
                                 "Arrived by small boat %s." % (inc.date - dt.timedelta(days=rng.randint(10, 400))).strftime("%B %Y"),
                                 "Asylum claim lodged. Placed in contingency hotel."]))
    if p.assessed and inc.date >= p.assessed_from and rng.random() < 0.5:
        lines.append("Age disputed - LA age assessment gives DOB %s." % fmt_date(p.assessed))
    if rec_age < 18 and rng.random() < 0.5:
        lines.append(rng.choice(["Under 18 - referred to Children's Services.", "Strategy meeting held.",
                                 "Child - no consent needed for NRM."]))
    if rec["rtype"] == "reenc" and len(p.encounters) > 1 and rng.random() < 0.3:
        prev = [e for e in p.encounters if e.date < inc.date]
        if prev:
            e = rng.choice(prev)
            lines.append("Previously encountered %s in %s." % (e.date.year, e.la[1]))
            stats["previous encounter mentioned in notes"] += 1
    if rec["rtype"] == "dup" and rng.random() < 0.4:
        lines.append(rng.choice(["Update from %s." % rec["agency"][0].split(" / ")[-1],
                                 "Entered for information - see original entry.", "NRM outcome update."]))
    if referral == "dtn" and rng.random() < 0.6:
        lines.append("Did not consent to NRM - DtN submitted.")
    elif referral == "nrm" and rec_age >= 18 and rng.random() < 0.4:
        lines.append("Consented to NRM referral.")
    if not lines:
        return ""
    sep = "\n\n" if rng.random() < 0.15 else "\n"
    return sep.join(lines)


def referral_and_outcome(rng, rec_age, kind, expl, enc, nrm_state):
    """nrm_state: dict shared by records of the same person+incident."""
    if "ref" in nrm_state and rng.random() < 0.8:
        referral = nrm_state["referral"]
    elif rec_age < 18 or rng.random() < 0.65:
        referral = "nrm"
    elif kind in ("police", "la", "ho"):
        referral = "dtn"
    else:
        referral = "none"
    if rng.random() < 0.04:
        referral = "tbc"
    nrm_state.setdefault("referral", referral)
    ref = ""
    if referral == "nrm":
        if "ref" not in nrm_state:
            nrm_state["ref"] = "NRM-%02d-%05d" % (enc.year % 100, rng.randint(1, 99999))
        ref = nrm_state["ref"]
        r = rng.random()
        if r < 0.1:
            ref = ref.replace("-", "")
        elif r < 0.15:
            ref = ref.lower()
        elif r < 0.25:
            ref = ""
    elapsed = (EXPORT_AT.date() - enc).days
    if referral == "nrm":
        if elapsed < 60:
            oc = "awaiting"
        else:
            oc = pick(rng, [("rg_pos", 45), ("cg_pos", 25 if elapsed > 365 else 3), ("neg", 8),
                            ("missing", 10), ("awaiting", 12), ("safeguard", 5 if rec_age < 18 else 0)])
    elif referral == "dtn":
        oc = pick(rng, [("nfa", 40), ("declined", 40), ("missing", 10), ("moved", 10)])
    else:
        oc = pick(rng, [("nfa", 40), ("declined", 25), ("moved", 15), ("custody", 10 if expl in ("criminal", "county") else 1),
                        ("safeguard", 10)])
    if rng.random() < 0.08:
        oc = None
    return referral, ref, (OUTCOMES[oc] if oc else "")


# ---------------------------------------------------------------------------
# SharePoint layer: Created / Modified, IDs, the Reference (Title) column
# ---------------------------------------------------------------------------
MIGRATION_CUTOFF = dt.date(2019, 8, 26)   # encounters before this were in the old spreadsheet


def creator(rng, kind, la_short):
    if kind == "police":
        return rng.choice(STAFF["police"])
    if kind == "la":
        return rng.choice(STAFF[la_short])
    if kind == "coord":
        return rng.choice(STAFF["coord"])
    # agencies without access to the list: the coordinator or a police SPOC types it in
    return rng.choice(STAFF["coord"]) if rng.random() < 0.55 else rng.choice(STAFF["police"])


def work_time(rng, day):
    if day.weekday() >= 5 and rng.random() < 0.8:
        day = day + dt.timedelta(days=7 - day.weekday())
    return dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59))


def assign_created(rng, records):
    migrated = []
    for i, r in enumerate(records):
        r["seq"] = i
        enc = r["inc"].date
        if enc < MIGRATION_CUTOFF:
            r["migrated"] = True
            migrated.append(r)
            continue
        r["migrated"] = False
        lag = pick(rng, [((0, 0), 30), ((1, 3), 40), ((4, 14), 22), ((15, 60), 8)])
        lag = rng.randint(*lag)
        if r["rtype"] == "dup":
            lag += rng.randint(1, 45)
        t = work_time(rng, enc + dt.timedelta(days=lag))
        t = max(t, dt.datetime(2019, 9, 4, 9, rng.randint(0, 59)))
        if t > EXPORT_AT - dt.timedelta(hours=2):
            t = EXPORT_AT - dt.timedelta(hours=rng.randint(2, 200))
        r["created"] = t
        r["created_by"] = creator(rng, r["agency"][1], r["agency"][2])
    # the old spreadsheet was pasted in (Quick Edit) on migration day, roughly in its own order
    migrated.sort(key=lambda r: (r["inc"].date, r["inc"].n, rng.random()))
    t = dt.datetime(MIGRATION_DAY.year, MIGRATION_DAY.month, MIGRATION_DAY.day, 10, 2, 0)
    for r in migrated:
        t += dt.timedelta(seconds=rng.randint(1, 4))
        r["created"] = t
        r["created_by"] = STAFF["coord"][0]
    records.sort(key=lambda r: (r["created"], r["seq"]))
    next_id = 3                       # items 1 and 2 were test items, deleted
    year_seq = Counter()
    for r in records:
        if rng.random() < 0.025:      # items deleted later leave gaps in the IDs
            next_id += rng.randint(1, 3)
        r["id"] = next_id
        next_id += 1
        y = r["inc"].date.year if r["migrated"] else r["created"].year
        year_seq[y] += 1
        r["ref"] = "MS/%d/%04d" % (y, year_seq[y])
        # Modified
        if rng.random() < (0.75 if r["migrated"] else 0.35):
            r["modified"], r["modified_by"] = r["created"], r["created_by"]
        else:
            m = r["created"] + dt.timedelta(days=rng.randint(0, 400), minutes=rng.randint(5, 600))
            if m > EXPORT_AT:
                m = EXPORT_AT - dt.timedelta(minutes=rng.randint(10, 5000))
            m = max(m, r["created"])
            r["modified"] = m
            r["modified_by"] = rng.choice(STAFF["coord"]) if rng.random() < 0.5 else r["created_by"]


def render_rows(rng, records, people, stats):
    people_by_id = {p.pid: p for p in people}
    nrm_states = {}
    rows = []
    for r in records:          # in ID order, so "previously recorded as" looks back in time
        p, inc, ag = r["person"], r["inc"], r["agency"]
        kind = ag[1]
        mig = r["migrated"]
        bst_bug = (r["created_by"] in STAFF["Swansea"] and r["created"].date() >= POWERAPPS_FROM)
        first, mid, sur, used_alias = record_name(rng, p, kind, mig, stats)
        dob, est, age, ac, rec_age = record_dob(rng, p, inc.date, kind, mig, bst_bug, stats)
        lang = render_lang(rng, p)
        interp = "No" if p.lang in ("English", "Welsh") else ("Yes" if rng.random() < 0.88 else "No")
        expl = ";#".join(EXPLOITATION[e] for e in inc.expl) if rng.random() > 0.04 else ""
        # other agencies involved: a multi-value lookup, exported with ;# between values
        pool = [POLICE, inc.la[0], COORD] + [a[0] for a in OTHER_AGENCIES[:6]]
        pool = [a for a in pool if a != ag[0]]
        others = rng.sample(pool, pick(rng, [(0, 40), (1, 35), (2, 18), (3, 7)]))
        op = ""
        if inc.op and rng.random() < (0.7 if r["rtype"] == "dup" else 0.95):
            w = inc.op
            op = pick(rng, [("Op " + w, 40), ("Ymgyrch " + w, 20), ("OP " + w.upper(), 20), ("Operation " + w, 15), (w, 5)])
        iref = inc.ref
        rr = rng.random()
        if rr < (0.25 if r["rtype"] == "dup" else 0.1):
            iref = ""
        elif rr < 0.18 and iref.isdigit():
            iref = rng.choice(["SWP ", "Occ ", "Log "]) + iref
        addr = inc.address
        rr = rng.random()
        if rr < (0.2 if r["rtype"] == "dup" else 0.08):
            addr = ""
        elif rr < 0.22:
            addr = addr.replace(" Road", " Rd").replace(" Street", " St")
        elif rr < 0.26:
            addr = addr.upper()
        pc = inc.postcode
        rr = rng.random()
        if rr < 0.1:
            pc = ""
        elif rr < 0.14:
            pc = pc.replace(" ", "")
        elif rr < 0.18:
            pc = pc.lower()
        la_val = inc.la[0] if rng.random() > 0.05 else ""
        key = (p.pid, inc.n)
        referral, nrm_ref, outcome = referral_and_outcome(rng, rec_age, kind, inc.expl[0], inc.date,
                                                          nrm_states.setdefault(key, {}))
        row = [
            str(r["id"]),
            r["ref"] if rng.random() > 0.03 else "",
            first, mid, sur,
            other_names(rng, p, r, used_alias, stats),
            dob, est, age,
            render_sex(rng, p, stats),
            render_nat(rng, p, stats),
            lang, interp, ac, expl,
            fmt_date(inc.date),
            ag[0],
            ";#".join(others),
            op, iref,
            LOCATION_TYPES[inc.loc][0] if rng.random() > 0.03 else "",
            addr, pc, la_val,
            REFERRAL[referral], nrm_ref,
            render_ho(rng, p, inc.date, kind, stats),
            render_pnc(rng, p, inc.date, kind),
            outcome,
            notes_text(rng, p, r, people_by_id, lang, rec_age, referral, stats),
            fmt_dt(r["created"]), r["created_by"],
            fmt_dt(r["modified"]), r["modified_by"],
        ]
        p.last_render = " ".join(x for x in (first.strip(), sur.strip()) if x)
        rows.append(row)
    return rows


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def generate(n_people, seed):
    rng = random.Random(seed)
    Incident._n = 0
    people, incidents, groups = simulate(n_people, rng)
    records = schedule(rng, people, incidents, groups)
    assign_created(rng, records)
    stats = Counter()
    rows = render_rows(rng, records, people, stats)
    truth = [(r["id"], "P%06d" % r["person"].pid) for r in records]
    return people, records, rows, truth, stats


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    people, records, rows, truth, stats = generate(a.people, a.seed)
    # SharePoint's "Export to CSV": UTF-8 with a byte-order mark, CRLF between
    # rows, fields quoted only when needed (multi-line notes keep their LFs).
    with open(a.out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADERS)
        w.writerows(rows)
    with open(a.truth, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "person_id"])
        for rid, pid in sorted(truth):
            w.writerow([rid, pid])
    if a.stats:
        sizes = Counter(len(p.encounters) for p in people)
        per = Counter(pid for _, pid in truth)
        pairs = sum(n * (n - 1) // 2 for n in per.values())
        out = sys.stderr
        print("people: %d  records: %d  true pairs: %d" % (len(people), len(rows), pairs), file=out)
        print("records per person: " + ", ".join("%d:%d" % (k, v) for k, v in sorted(Counter(per.values()).items())), file=out)
        print("migrated rows (old spreadsheet): %d" % sum(r["migrated"] for r in records), file=out)
        print("record types: %s" % dict(Counter(r["rtype"] for r in records)), file=out)
        print("nationalities: " + ", ".join("%s %d" % kv for kv in Counter(p.nat.label for p in people).most_common()), file=out)
        print("noise events (per record):", file=out)
        for k, v in sorted(stats.items()):
            print("  %-45s %6d  (%.1f%%)" % (k, v, 100.0 * v / len(rows)), file=out)


if __name__ == "__main__":
    main()
