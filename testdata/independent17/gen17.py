#!/usr/bin/env python3
"""gen17.py - synthetic NRM-like referral extract with ground truth.

Every person is invented: names are drawn at random from lists of common
names per culture, all references are random.  Python 3 stdlib only.

usage: python3 gen17.py --people N --seed S --out FILE --truth TRUTH.csv [--stats]
"""
import argparse
import csv
import datetime as dt
import random
import sys
import unicodedata
from collections import Counter

# ---------------------------------------------------------------------------
# Name lists.  Each entry is a "variant group": spellings separated by '|'.
# The first spelling is the most common romanisation.
# ---------------------------------------------------------------------------
N = {}

N['uk_m'] = """Jack|Jak;Harry;Liam;Connor|Conor;Kyle;Jordan;Callum|Calum;Daniel;James;Thomas;Joshua;Ryan;
Lewis|Louis;Tyler;Reece|Reese;Kai|Kye;Jayden|Jaden|Jaiden;Mohammed|Mohamed|Muhammad;Ethan;Charlie;Oliver;
Alfie;Brandon;Bradley;Nathan;Aaron|Aron;Jamie;Leon;Owen;Michael;David;Stephen|Steven;Paul;Mark;Lee;
Shane;Dylan|Dillon;Ashley;Jake;Luke;Cameron;Tyrese|Tyreese;Jermaine;Marcus;Kieran|Kieron|Ciaran""".replace('\n', '')
N['uk_f'] = """Chloe;Jessica;Emily;Sophie|Sophia;Courtney;Shannon;Jade;Megan;Lauren;Amy|Aimee;Chantelle;
Leah|Lea;Paige;Holly;Rebecca;Sarah|Sara;Hannah;Ellie;Molly;Katie|Katy;Danielle;Natasha;Tia|Tiah;Demi;
Kayleigh|Kayley|Kaylee;Jasmine|Jasmin;Georgia;Amelia;Olivia;Grace;Charlotte""".replace('\n', '')
N['uk_s'] = """Smith;Jones;Williams;Brown;Taylor;Davies|Davis;Wilson;Evans;Thomas;Johnson;Roberts;Walker;
Wright;Robinson;Thompson|Thomson;White;Hughes;Edwards;Green;Hall;Wood;Harris;Lewis;Martin;Jackson;Clarke|Clark;
Clarke;Campbell;Scott;Stewart|Stuart;Murphy;Kelly;Bennett;Ali;Khan;Begum;Mensah;Campbell;Francis;Mitchell;
O'Brien|OBrien|O Brien;McDonald|MacDonald|Mcdonald;Cooper;Ward;King;Baker;Morris;Turner;Hill;Moore""".replace('\n', '')

N['al_m'] = """Ardit;Erion;Klodian;Besnik;Arben;Elton;Gentian;Dritan;Ervin;Endri;Kristian|Kristjan;Mario;
Klevis;Redon;Arlind;Aldo;Ermal;Fatjon;Florjan|Florian;Erjon;Olsi;Renaldo;Xhuljo|Xhulio|Julio;Denis;Luan;
Ilir;Saimir;Artan;Bledar;Enea;Franc;Gerti;Marjo|Mario;Alban;Elvis;Kevin""".replace('\n', '')
N['al_f'] = """Elira;Anjeza|Anxhela|Angela;Klaudia|Klaudja;Ermira;Blerta;Enkelejda|Enkeleida;Ina;Jonida;Arjola;
Fjona|Fiona;Xhesika|Jessika;Besjana;Alketa;Edlira;Megi;Sara;Kejsi|Kejsy;Rei""".replace('\n', '')
N['al_s'] = """Hoxha|Hoxa|Hodja;Shehu;Dervishi;Leka;Gjoka;Kola;Basha;Çela|Cela;Hysa;Prifti;Muça|Muca|Mucha;
Gjoni;Marku;Hasani;Shkurti;Lleshi|Leshi;Kuçi|Kuci;Ndreu;Kapllani|Kaplani;Doda;Berisha;Krasniqi|Krasniki;
Gashi;Sulejmani|Sulejmanaj;Meta;Rama;Tafa;Bajrami;Ahmeti;Halili;Zeneli|Zenelaj;Çeka|Ceka;Xhafa|Jafa;
Brahimi|Brahimaj;Hoti;Dedaj|Deda;Pepa;Gjergji|Gjergj""".replace('\n', '')

N['vn_fam'] = """Nguyễn|Nguyen|Nguyin|Ngyuen;Trần|Tran;Lê|Le;Phạm|Pham;Hoàng|Hoang;Huỳnh|Huynh;Phan;Vũ|Vu;Võ|Vo;
Đặng|Dang;Bùi|Bui;Đỗ|Do;Hồ|Ho;Ngô|Ngo;Dương|Duong;Lý|Ly""".replace('\n', '')
N['vn_mid_m'] = "Văn|Van;Văn|Van;Văn|Van;Đức|Duc;Minh;Quang;Hữu|Huu;Thanh;Công|Cong;Xuân|Xuan"
N['vn_mid_f'] = "Thị|Thi;Thị|Thi;Thị|Thi;Ngọc|Ngoc;Thu;Thanh;Hồng|Hong;Kim"
N['vn_m'] = """An;Bình|Binh;Cường|Cuong;Dũng|Dung;Hải|Hai;Hùng|Hung;Khánh|Khanh;Long;Nam;Phúc|Phuc;Quang;
Thành|Thanh;Tuấn|Tuan;Tú|Tu;Sơn|Son;Hiếu|Hieu;Đạt|Dat;Huy;Trung;Việt|Viet;Hoàng|Hoang;Minh;Đức|Duc;Toàn|Toan;
Thắng|Thang;Quý|Quy;Vinh;Lâm|Lam""".replace('\n', '')
N['vn_f'] = """Hoa;Hương|Huong;Lan;Linh;Mai;Ngọc|Ngoc;Thu;Trang;Thủy|Thuy;Hằng|Hang;Nhung;Phương|Phuong;
Anh;Hà|Ha;Nga;Yến|Yen;Vy;Thảo|Thao;Tâm|Tam""".replace('\n', '')

N['ti_m'] = """Tesfay|Tesfaye|Tesfai;Yohannes|Yohanes|Johannes|Yohanis;Mehari|Mihari;Tekle|Teklay|Tekleh;
Gebremedhin|Gebre Medhin|Ghebremedhin|Gebremedin;Haile|Hayle|Hailé;Mebrahtu|Mebrahtom|Mebrahtum;
Berhane|Birhane|Berhan;Berhe|Berihe;Kidane|Kidan;Tsegay|Tsegaye|Tsegai;Filmon|Filimon|Philemon;Semere|Semre;
Dawit|Daweet|Dawitt;Aman|Amanuel|Emanuel;Habtom|Habtum;Tewelde|Teweldé|Tewolde;Ghirmay|Girmay|Girmai;
Kibrom|Kbrom;Medhanie|Medhane|Medhani;Yonas|Jonas;Abraham|Abrham;Samuel|Samiel;Ermias|Ermiyas;
Negasi|Negassi|Nigusse;Weldemariam|Welde Mariam|Woldemariam;Goitom|Goytom;Hagos|Hagoss;Isaias|Isayas|Esayas;
Mussie|Musie|Muse;Robel|Robiel;Natnael|Natnel|Nathanael;Fitsum|Fitsom;Mulugeta|Mulugheta""".replace('\n', '')
N['ti_f'] = """Senait|Senayt|Senaid;Helen|Hellen;Selam|Selamawit;Saba;Luwam|Luam;Yordanos|Yordanose|Jordanos;
Freweini|Fireweyni|Frewoini;Mehret|Miheret|Mihret;Tigist|Tigest;Meseret|Mesert;Hiwot|Hiwet;
Bethlehem|Betelhem|Betlehem;Hanna|Hana;Ruth|Rut;Eden|Edin;Winta|Wintana;Rahel|Rachel;Aster|Astier;
Mebrat|Mibrat;Almaz|Almaze""".replace('\n', '')

N['am_m'] = """Abebe|Abeba;Getachew|Getachaw;Alemu|Alemou;Mulugeta|Mulugheta;Tesfaye|Tesfay;Dawit|Dawitt;
Bekele|Bakele;Girma|Grima;Solomon|Solomone;Yonas|Jonas;Kebede|Kebbede;Tadesse|Tadese;Haile|Hayle;
Yohannes|Yohanes;Ashenafi|Ashenafee;Tekle|Teklay;Abdi|Abdie;Mohammed|Mohamed;Fikru|Fikiru;Desta|Desita""".replace('\n', '')
N['am_f'] = """Tigist|Tigest;Meseret|Mesert;Hiwot|Hiwet;Bethlehem|Betelhem;Almaz|Almaze;Selam|Selamawit;
Tsion|Zion|Tsiyon;Meron|Merone;Hanna|Hana;Aster|Astier;Kidist|Kedist;Yeshi|Yeshiwork""".replace('\n', '')

N['ar_m'] = """Mohammed|Mohamed|Muhammad|Mohammad|Mohamad|Mohammed;Ahmed|Ahmad|Ahmet;Abdalla|Abdullah|Abdallah|Abdulla;
Osman|Othman|Usman|Uthman;Yousif|Yusuf|Yousef|Youssef|Yusif;Hussein|Husein|Hussain|Husain;
Ibrahim|Ebrahim|Ibraheem;Adam|Adem;Ali;Omar|Umar|Omer;Khalid|Khaled;Mustafa|Mostafa|Moustafa;
Abdelrahman|Abdulrahman|Abdul Rahman|Abdirahman|Abdalrahman;Hamid|Hamed;Ismail|Esmail|Ismael;
Hassan|Hasan;Saleh|Salih;Abubakar|Abu Bakr|Abubaker;Idris|Idriss;Suleiman|Sulaiman|Soliman;
Mahmoud|Mahmud|Mahmood;Abdelaziz|Abdulaziz|Abdel Aziz;Nasreldin|Nasr Eldin|Nasir;Elsadig|Alsadig|Al Sadig|Sadiq;
Tarig|Tariq|Tarek;Musa|Mousa|Moussa;Yahya|Yehia|Yahia;Haroun|Harun|Haroon;Eisa|Issa|Isa;Bakri|Bakry;
Awad|Awadh;Jamal|Gamal;Karim|Kareem;Waleed|Walid;Mohanad|Muhannad""".replace('\n', '')
N['ar_f'] = """Fatima|Fatma|Fatimah;Aisha|Aysha|Ayesha;Mariam|Maryam|Mariem;Amna|Amina|Aminah;Hawa|Hawwa;
Khadija|Khadijah|Khadiga;Zainab|Zeinab|Zaynab;Safia|Safiya;Huda|Hoda;Nour|Noor|Nur;Rania;Sara|Sarah;
Samira|Sameera;Asma|Asmaa""".replace('\n', '')

N['ku_m'] = """Karwan|Karwaan;Rebwar|Rebuar;Rebin|Rebeen;Hawkar|Hawker;Shwan|Shuan;Dilshad|Delshad;Aram;
Hemin|Hemn;Zana;Sherzad|Shirzad;Bryar|Briar;Ako;Hiwa;Kamaran|Kamran;Soran;Dana;Sirwan|Serwan;
Bakhtiyar|Bakhtiar|Bakhtyar;Rawand|Rawend;Hardi|Hardy;Mohammed|Mohamed|Muhammad;Ahmed|Ahmad""".replace('\n', '')
N['ku_f'] = "Shilan|Shilana;Avin|Aveen;Zhino|Jino;Nazdar;Rozhan|Rojan;Soma;Lana;Kani|Kany;Shno"
N['ku_s'] = """Ahmed|Ahmad;Mohammed|Mohamed|Muhammad;Rasul|Rasool|Rasoul;Qadir|Kadir|Kader|Qader;Aziz|Azeez;
Salih|Saleh;Hama|Hamah;Karim|Kareem;Mahmood|Mahmud|Mahmoud;Abdullah|Abdulla;Hussein|Hussain|Husain;
Omar|Umar;Ali;Othman|Osman;Amin|Ameen""".replace('\n', '')

N['af_m'] = """Mohammad|Mohammed|Muhammad|Mohamad;Ahmad|Ahmed;Hamid|Hameed;Rahmatullah|Rahmatulla|Rahmat Ullah;
Zabihullah|Zabiullah|Zabihulla;Naqibullah|Nakibullah|Naqibulla;Sayed|Sayyed|Said|Syed;Jawad|Javad;
Farid|Fareed;Wahid|Waheed;Ali;Gul|Gull;Noor|Nur|Noorullah;Abdul Rahim|Abdulrahim|Abdul Raheem;
Abdul Wahab|Abdulwahab;Bilal|Belal;Idrees|Idris;Hekmatullah|Hikmatullah;Asadullah|Asadulla;Shafiq|Shafiq;
Rohullah|Ruhullah;Ismail|Esmail;Mustafa|Mostafa;Jamshid|Jamsheed;Nasir|Naser|Nasser;Sohail|Suhail;
Khalil|Khaleel;Habib|Habeeb;Karim|Kareem;Omid|Umid;Mujtaba|Mojtaba;Imran|Emran""".replace('\n', '')
N['af_f'] = "Fatima|Fatema;Maryam|Mariam;Zahra|Zahrah;Parwana|Parvana;Nazanin|Nazaneen;Shabnam;Fariba|Fareeba;Zarghona|Zarghuna"
N['af_s'] = """Ahmadzai|Ahmadzay|Ahmadzoi;Sultani|Soltani;Rahimi|Raheemi;Hakimi|Hakeemi;Noori|Nuri|Nouri;Safi;
Stanikzai|Stanekzai|Stanakzai;Popal;Amiri|Ameeri;Mohammadi|Muhammadi|Mohamadi;Khan;Hotak|Hotaki;
Karimi|Kareemi;Hashimi|Hashemi;Sadat|Saadat;Azizi|Azeezi;Hussaini|Hosseini|Husaini;Jalali;Wardak|Wardag;
Niazi;Shinwari|Shinwary;Yousufzai|Yusufzai;Habibi""".replace('\n', '')

N['ir_m'] = """Reza|Rezza|Raza;Mohammad|Mohammed|Mohamad;Ali;Hossein|Hussein|Hosein;Mehdi|Mahdi|Mehdy;Amir;
Saeed|Said|Saied|Saeid;Hamid;Morteza|Mortaza;Ehsan|Ihsan;Arash;Milad;Behrouz|Behrooz|Behruz;Kaveh|Kaweh;
Farhad;Majid|Madjid;Javad|Jawad;Omid|Umid;Babak;Sina;Peyman|Payman""".replace('\n', '')
N['ir_f'] = "Zahra|Zahrah;Fatemeh|Fatima|Fatemah;Maryam|Mariam;Leila|Layla|Leyla;Narges;Sara|Sarah;Shirin|Shireen;Parisa;Nazanin|Nazaneen"
N['ir_s'] = """Ahmadi;Hosseini|Husseini|Hoseini;Mohammadi|Mohamadi;Rezaei|Rezaie|Rezayi|Rezaee;Karimi|Kareemi;
Moradi|Muradi;Rahimi;Jafari|Jaffari|Ja'fari|Djafari;Azizi;Sadeghi|Sadeqi|Sadeghy;Ghasemi|Qasemi|Ghassemi;
Heidari|Haidari|Heydari;Mousavi|Musavi|Moosavi;Rostami|Rustami;Kazemi|Kazimi;Abbasi;Ebrahimi|Ibrahimi;
Amini;Hashemi|Hashimi;Rahmani""".replace('\n', '')

N['ro_m'] = """Ion|Ioan;Ionuț|Ionut;Andrei;Florin;Marian;Gheorghe|Gheorge|George;Constantin|Costel;Alexandru;
Mihai|Mihail;Ștefan|Stefan;Daniel;Cristian|Cristi;Adrian;Nicolae|Nicu;Vasile;Marius;Cătălin|Catalin;
Bogdan;Ionel;Dumitru|Dumitri;Costică|Costica;Sorin;Viorel;Petru|Petre""".replace('\n', '')
N['ro_f'] = """Maria;Elena;Ioana;Andreea|Andreia|Andrea;Mihaela;Georgiana;Alina;Florentina;Ana-Maria|Ana Maria|Anamaria;
Ramona;Nicoleta;Roxana;Denisa;Cristina;Gabriela;Daniela;Adriana;Loredana;Larisa|Larissa""".replace('\n', '')
N['ro_s'] = """Popa;Popescu;Ionescu;Dumitru;Stan;Stoica;Gheorghe|Gheorge;Rusu;Munteanu;Matei;Constantin;
Șerban|Serban;Lungu;Radu;Mihai;Marin;Dobre;Ciobanu;Tudor;Florea;Ion;Barbu;Nistor;Dinu;Moldovan;Căldăraru|Caldararu;
Lăcătuș|Lacatus;Stănescu|Stanescu;Vasile;Zamfir""".replace('\n', '')

N['pl_m'] = """Piotr;Krzysztof|Kryzstof|Krzystof;Tomasz;Paweł|Pawel;Marcin;Michał|Michal;Łukasz|Lukasz;
Grzegorz;Jan;Janusz;Andrzej;Marek;Adam;Dariusz;Wojciech;Mariusz;Rafał|Rafal;Zbigniew;Sławomir|Slawomir;Jacek""".replace('\n', '')
N['pl_f'] = "Anna;Katarzyna;Magdalena;Agnieszka;Małgorzata|Malgorzata;Joanna;Ewa;Monika;Barbara;Beata;Justyna"
N['pl_s'] = """Nowak;Kowalski;Wiśniewski|Wisniewski;Wójcik|Wojcik;Kamiński|Kaminski;Lewandowski;Zieliński|Zielinski;
Szymański|Szymanski;Woźniak|Wozniak;Dąbrowski|Dabrowski;Kozłowski|Kozlowski;Jankowski;Mazur;Krawczyk;
Kaczmarek;Piotrowski;Grabowski;Nowakowski;Pawłowski|Pawlowski;Michalski""".replace('\n', '')

N['in_m'] = """Harpreet;Gurpreet|Gurprit;Manpreet;Amandeep|Amandip;Rajesh;Suresh;Ramesh;Sunil;Anil;Jaswinder|Jasvinder;
Kuldeep|Kuldip;Sandeep|Sandip;Rahul;Vijay;Ravi;Mohan;Arjun;Sanjay|Sanjai;Mohammed|Mohamed;Deepak|Dipak""".replace('\n', '')
N['in_f'] = "Priya;Pooja|Puja;Sunita;Harjit|Harjeet;Manjit|Manjeet;Kiran;Anita;Sarita;Rekha;Geeta|Gita"
N['in_s'] = "Kumar;Sharma;Patel;Gupta;Das;Yadav;Reddy;Nair;Sidhu;Gill;Sandhu;Dhillon;Shaikh|Sheikh;Chauhan;Verma"

N['pk_m'] = """Muhammad Imran|Mohammed Imran;Muhammad Asif|Mohammad Asif;Bilal|Belal;Usman|Osman;Adeel|Adil;
Kashif;Imran;Asif;Muhammad Ali|Mohammad Ali;Waqas|Waqqas;Zeeshan|Zishan;Faisal|Faysal;Shahid|Shahed;
Tariq|Tarik;Naveed|Navid;Hamza|Hamzah;Ali;Abdul Rehman|Abdul Rahman|Abdurrehman""".replace('\n', '')
N['pk_f'] = "Ayesha|Aisha;Sana;Nadia;Saima;Rabia;Fatima|Fatimah;Zainab|Zaynab;Shazia;Nasreen|Nasrin"
N['pk_s'] = "Khan;Ahmed|Ahmad;Hussain|Hussein|Husain;Ali;Iqbal;Butt|But;Malik;Raza|Reza;Shah;Akhtar|Akhter;Mahmood|Mehmood|Mahmud;Javed|Javaid;Aslam"

N['ng_m'] = """Chinedu;Emeka|Chukwuemeka;Oluwaseun|Seun;Olumide;Babatunde|Tunde;Ifeanyi;Osaro|Osarodion;
Efosa|Efosa;Uyi|Uyiosa;Samuel;Daniel;Godwin;Friday;Sunday;Kingsley;Emmanuel;Peter;Victor;Chukwudi|Chukwudi;
Ikechukwu|Ike;Osas|Osasere""".replace('\n', '')
N['ng_f'] = """Blessing;Precious;Joy;Favour|Favor;Faith;Chioma;Ngozi;Gift;Esther;Mercy;Patience;Osaretin;
Omosede|Omosede;Ese|Eseosa;Ivie;Princess;Success;Glory;Oluwakemi|Kemi;Adaeze|Ada""".replace('\n', '')
N['ng_s'] = """Okafor;Okonkwo;Adeyemi;Ogunleye;Eze;Obi;Adebayo;Ibrahim;Osagie;Igbinedion;Omoregie;Edosomwan;
Osaghae;Aigbe;Ehigiator;Okoro;Nwachukwu;Uzoma;Ogbonna;Idahosa;Iyamu;Obaseki;Eguavoen|Eguavon""".replace('\n', '')

N['cn_fam'] = """Wang|Wong;Li|Lee;Zhang|Chang|Cheung;Liu|Lau;Chen|Chan;Yang|Yeung;Huang|Wong;Zhao|Chiu;
Wu|Ng;Zhou|Chow;Lin|Lam;Xu|Hsu;Sun;Ma;Zhu|Chu;Guo|Kwok;He|Ho;Lin;Zheng|Cheng""".replace('\n', '')
N['cn_syl'] = ("Wei Jie Jun Ming Hui Li Hua Jian Guo Yan Ying Fang Mei Xiao Hong Qiang Lei Tao Bin Yong "
               "Ping Chao Hao Yu Xin Lin Na Jing Qing Dong Feng Hai Long Gang Yi Xia Lan").split()

N['ph_m'] = """Jose;Juan;Mark;John Paul|Johnpaul|John-Paul;Jerome;Rodel;Ronaldo|Ronald;Jericho;Christopher;
Michael;Jomar;Reynaldo|Reynald""".replace('\n', '')
N['ph_f'] = """Maria;Rowena;Marites|Maritess|Marites;Jennylyn|Jennilyn;Rosalie|Rosaly;Maricel|Marisel;
Analyn|Annalyn;Mary Grace|Marygrace;Lorna;Jocelyn|Joselyn;Cristina|Christina;Rosario""".replace('\n', '')
N['ph_s'] = """Santos;Reyes;Cruz;Bautista;Garcia;Mendoza;Dela Cruz|Delacruz|De La Cruz|dela Cruz;Ramos;
Aquino;Villanueva|Villa Nueva;Torres;Castillo;Flores;Gonzales|Gonzalez;Del Rosario|Delrosario""".replace('\n', '')


def groups(key):
    return [tuple(g.strip().split('|')) for g in N[key].split(';') if g.strip()]


# Nicknames / short forms that first responders write.
NICK = {
    'Thomas': ['Tom', 'Tommy'], 'James': ['Jamie', 'Jim'], 'Daniel': ['Dan', 'Danny'],
    'Joshua': ['Josh'], 'Michael': ['Mike', 'Mikey'], 'Jessica': ['Jess'], 'Rebecca': ['Becky', 'Becca'],
    'Charlotte': ['Charlie', 'Lottie'], 'Stephen': ['Steve'], 'Nathan': ['Nate'], 'Alfie': ['Alf'],
    'Callum': ['Cal'], 'Oliver': ['Ollie'], 'Samuel': ['Sam', 'Sammy'], 'Cameron': ['Cam'],
    'Bradley': ['Brad'], 'Danielle': ['Dani'], 'Natasha': ['Tash'], 'Katie': ['Kate'],
    'Abigail': ['Abi'], 'Olivia': ['Liv'], 'Amelia': ['Millie'], 'Jasmine': ['Jas'],
    'Krzysztof': ['Krzysiek'], 'Tomasz': ['Tomek'], 'Katarzyna': ['Kasia'], 'Magdalena': ['Magda'],
    'Małgorzata': ['Gosia'], 'Grzegorz': ['Grzesiek'], 'Piotr': ['Piotrek'],
    'Alexandru': ['Alex'], 'Constantin': ['Costel', 'Costi'], 'Gheorghe': ['Gica'], 'Cristian': ['Cristi'],
    'Babatunde': ['Tunde'], 'Oluwaseun': ['Seun'], 'Chukwuemeka': ['Emeka'], 'Ikechukwu': ['Ike'],
    'Emmanuel': ['Emma'], 'Oluwakemi': ['Kemi'], 'Uyiosa': ['Uyi'], 'Osasere': ['Osas'],
    'Mohammed': ['Mo', 'Mohd'], 'Muhammad': ['Muhd'], 'Abdelrahman': ['Abdo'], 'Abdullah': ['Abdo'],
    'Yohannes': ['John'], 'Amanuel': ['Aman'], 'Ermias': ['Emmy'], 'Mussie': ['Moses'],
    'Jose': ['Joey'], 'Christopher': ['Chris', 'Topher'], 'Reynaldo': ['Rey'], 'Jericho': ['Echo'],
    'Mary Grace': ['Grace'], 'John Paul': ['JP'], 'Rosario': ['Charo'],
    'Endri': ['Ndri'], 'Kristian': ['Kristi'], 'Xhesika': ['Xhesi'],
}

CULTURE = {  # nationality -> culture
    'United Kingdom': 'uk', 'Albania': 'al', 'Vietnam': 'vn', 'Eritrea': 'ti', 'Sudan': 'ar',
    'Romania': 'ro', 'Afghanistan': 'af', 'Iraq': 'iq', 'Iran': 'ir', 'India': 'in', 'Nigeria': 'ng',
    'China': 'cn', 'Ethiopia': 'am', 'Pakistan': 'pk', 'Poland': 'pl', 'Egypt': 'ar', 'Philippines': 'ph',
}
NAT_WEIGHT = [
    ('United Kingdom', 25), ('Albania', 14), ('Vietnam', 7), ('Eritrea', 6), ('Sudan', 6),
    ('Romania', 3), ('Afghanistan', 5), ('Iraq', 5), ('Iran', 4), ('India', 3), ('Nigeria', 2.5),
    ('China', 2.5), ('Ethiopia', 2), ('Pakistan', 2), ('Poland', 1.5), ('Egypt', 2.5), ('Philippines', 1.2),
]
NEIGHBOUR = {
    'United Kingdom': ['Ireland'], 'Albania': ['Kosovo', 'North Macedonia', 'Greece'],
    'Vietnam': ['China', 'Cambodia', 'Laos'], 'Eritrea': ['Ethiopia', 'Sudan'],
    'Sudan': ['South Sudan', 'Chad', 'Egypt', 'Eritrea'], 'Romania': ['Moldova', 'Bulgaria'],
    'Afghanistan': ['Pakistan', 'Iran'], 'Iraq': ['Iran', 'Syria', 'Turkey', 'Kuwait'],
    'Iran': ['Iraq', 'Afghanistan'], 'India': ['Pakistan', 'Bangladesh', 'Nepal'],
    'Nigeria': ['Ghana', 'Cameroon', 'Niger'], 'China': ['Hong Kong', 'Taiwan', 'Vietnam'],
    'Ethiopia': ['Eritrea', 'Somalia', 'Sudan'], 'Pakistan': ['India', 'Afghanistan'],
    'Poland': ['Czech Republic', 'Lithuania', 'Slovakia'], 'Egypt': ['Sudan', 'Libya'],
    'Philippines': ['Indonesia', 'Malaysia'],
}
MALE_P = {'United Kingdom': .75, 'Albania': .85, 'Vietnam': .72, 'Eritrea': .8, 'Sudan': .95,
          'Romania': .55, 'Afghanistan': .95, 'Iraq': .9, 'Iran': .85, 'India': .7, 'Nigeria': .3,
          'China': .45, 'Ethiopia': .6, 'Pakistan': .8, 'Poland': .65, 'Egypt': .95, 'Philippines': .35}
CHILD_P = {'United Kingdom': .75, 'Vietnam': .45, 'Albania': .3, 'Eritrea': .4, 'Sudan': .35,
           'Afghanistan': .45, 'Iraq': .2, 'Iran': .2, 'Ethiopia': .25}
DOB_UNKNOWN_P = {'Eritrea': .35, 'Ethiopia': .3, 'Sudan': .35, 'Afghanistan': .4, 'Iraq': .15,
                 'Iran': .1, 'Vietnam': .12, 'Egypt': .1, 'Nigeria': .08, 'Pakistan': .08}

FR = {
    'Police': ['Metropolitan Police Service', 'West Midlands Police', 'Greater Manchester Police',
               'Kent Police', 'West Yorkshire Police', 'Merseyside Police', 'Thames Valley Police',
               'Essex Police', 'Lancashire Police', 'Police Scotland', 'South Yorkshire Police',
               'Avon and Somerset Constabulary', 'Hampshire Constabulary', 'Police Service of Northern Ireland',
               'British Transport Police', 'Northumbria Police', 'Bedfordshire Police'],
    'Local Authority': ['Birmingham City Council', 'Manchester City Council', 'Kent County Council',
                        'London Borough of Croydon', 'London Borough of Hillingdon', 'Leeds City Council',
                        'Glasgow City Council', 'Hampshire County Council', 'Liverpool City Council',
                        'London Borough of Newham', 'Bristol City Council', 'Cardiff Council',
                        'Nottingham City Council', 'Sheffield City Council', 'Portsmouth City Council'],
    'Home Office - UK Visas and Immigration': ['UKVI - Asylum Intake and Casework', 'UKVI - National Asylum Allocation Unit'],
    'Home Office - Immigration Enforcement': ['Immigration Enforcement - Detention Engagement Team',
                                              'Immigration Enforcement - ICE Team'],
    'Home Office - Border Force': ['Border Force - Heathrow', 'Border Force - Dover', 'Border Force - Gatwick'],
    'NGO': ['The Salvation Army', 'Migrant Help', "Barnardo's", 'Unseen UK', 'Hestia', 'Medaille Trust',
            'Refugee Council', 'British Red Cross', 'Kalayaan', 'BAWSO', 'Migrant Help Scotland (TARA)',
            'Ashiana Sheffield'],
    'GLAA': ['Gangmasters and Labour Abuse Authority'],
}
EXTRACT_DATE = dt.date(2025, 1, 31)
YEAR_W = [(2015, 3), (2016, 4), (2017, 5), (2018, 7), (2019, 10), (2020, 10), (2021, 12),
          (2022, 17), (2023, 17), (2024, 17)]
NULL = 'NULL'

HEADER = ['NRM_Referral_Ref', 'Referral_Route', 'FR_Organisation', 'FR_Organisation_Type',
          'Referral_Date', 'PV_Forename', 'PV_Surname', 'PV_Other_Names', 'PV_DOB', 'PV_DOB_Status',
          'Age_At_Referral', 'Age_Group_At_Exploitation', 'Gender', 'Nationality', 'HO_CID_Person_Ref',
          'Exploitation_Type', 'Exploitation_Location', 'RG_Decision', 'RG_Decision_Date',
          'CG_Decision', 'CG_Decision_Date', 'Consent_Given']


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def zipf_choice(rng, items, s=0.8):
    w = [1.0 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=w, k=1)[0]


def strip_dia(s):
    s = s.replace('Đ', 'D').replace('đ', 'd').replace('Ł', 'L').replace('ł', 'l')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


KEYB = {}
_rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
for _r in _rows:
    for _i, _c in enumerate(_r):
        KEYB[_c] = (_r[_i - 1] if _i else '') + (_r[_i + 1] if _i + 1 < len(_r) else '')


def typo(rng, s):
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))  # first letter rarely wrong
    op = rng.random()
    if op < 0.3:                                   # deletion
        return s[:i] + s[i + 1:]
    if op < 0.55 and i < len(s) - 1:               # transposition
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.8:                                   # adjacent-key substitution
        c = s[i].lower()
        if c in KEYB and KEYB[c]:
            r = rng.choice(KEYB[c])
            return s[:i] + (r.upper() if s[i].isupper() else r) + s[i + 1:]
        return s
    return s[:i] + s[i] + s[i:]                    # doubled letter


def tok(rng, group):
    """A name token: variant group + the spelling this person usually gets."""
    pref = group[0] if rng.random() < 0.6 else rng.choice(group)
    return [group, pref]


def fmt_d(d):
    return d.strftime('%d/%m/%Y')


def add_years(d, y):
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
CHAIN = ('ti', 'am', 'ar', 'af', 'iqk', 'iqa')


def culture_of(rng, nat):
    c = CULTURE[nat]
    if c == 'iq':
        return 'iqk' if rng.random() < 0.7 else 'iqa'
    if c == 'ir' and rng.random() < 0.35:
        return 'irk'  # Iranian Kurd
    return c


def given_groups(cult, sex):
    m = sex == 'Male'
    key = {'uk': 'uk', 'al': 'al', 'vn': 'vn', 'ti': 'ti', 'am': 'am', 'ar': 'ar', 'iqa': 'ar',
           'iqk': 'ku', 'irk': 'ku', 'af': 'af', 'ir': 'ir', 'ro': 'ro', 'pl': 'pl', 'in': 'in',
           'pk': 'pk', 'ng': 'ng', 'ph': 'ph'}[cult]
    return groups(key + ('_m' if m else '_f'))


def chain_groups(cult):
    """names used for fathers / grandfathers (always male)"""
    return given_groups(cult, 'Male')


def family_groups(cult, sex):
    k = {'uk': 'uk_s', 'al': 'al_s', 'ro': 'ro_s', 'pl': 'pl_s', 'in': 'in_s', 'pk': 'pk_s',
         'ng': 'ng_s', 'ph': 'ph_s', 'ir': 'ir_s', 'irk': 'ku_s', 'iqk': 'ku_s', 'af': 'af_s',
         'vn': 'vn_fam', 'cn': 'cn_fam'}.get(cult)
    return groups(k) if k else None


def polish_fem(name):
    return name[:-1] + 'a' if name.endswith('ki') else name


def new_names(rng, p):
    cult, sex = p['cult'], p['sex']
    p['given'], p['family'], p['middle'], p['chain'] = [], None, [], []
    if cult == 'cn':
        n = 2 if rng.random() < 0.6 else 1
        syl = [zipf_choice(rng, N['cn_syl'], 0.4) for _ in range(n)]
        p['given'] = [[('+'.join(syl),), '+'.join(syl)]]
        p['cn_join'] = rng.choice(['', ' ', ' ', '-']) if n == 2 else ''
    else:
        p['given'] = [tok(rng, zipf_choice(rng, given_groups(cult, sex)))]
    if cult in CHAIN:
        cg = chain_groups(cult)
        p['chain'] = [tok(rng, zipf_choice(rng, cg)), tok(rng, zipf_choice(rng, cg))]
        fg = family_groups(cult, sex)
        if fg and rng.random() < (0.5 if cult == 'af' else 0.35):
            p['family'] = tok(rng, zipf_choice(rng, fg))
    else:
        fg = family_groups(cult, sex)
        if cult == 'in' and rng.random() < 0.4:    # Sikh: Singh/Kaur + clan name
            p['family'] = [('Singh',) if sex == 'Male' else ('Kaur',), 'Singh' if sex == 'Male' else 'Kaur']
            p['middle'] = [tok(rng, rng.choice([('Gill',), ('Sandhu',), ('Sidhu',), ('Dhillon',), ('Grewal',)]))]
        else:
            g = zipf_choice(rng, fg)
            if cult == 'pl' and sex == 'Female':
                g = tuple(polish_fem(x) for x in g)
            p['family'] = tok(rng, g)
        if cult == 'vn':
            p['middle'] = [tok(rng, zipf_choice(rng, groups('vn_mid_m' if sex == 'Male' else 'vn_mid_f'), 0.3))]
        elif cult in ('uk', 'ng', 'ph', 'ro') and rng.random() < 0.4:
            src = given_groups(cult, sex)
            if cult == 'ph' and rng.random() < 0.6:   # Filipino middle name = mother's surname
                src = family_groups(cult, sex)
            p['middle'] = [tok(rng, zipf_choice(rng, src))]


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def first_ref_date(rng):
    y = rng.choices([y for y, _ in YEAR_W], weights=[w for _, w in YEAR_W], k=1)[0]
    end = dt.date(y, 12, 31) if y < 2024 else dt.date(2024, 12, 20)
    return rand_date(rng, dt.date(y, 1, 1), end)


EXPL_BY = {
    'United Kingdom': [('Criminal', 70), ('Sexual', 15), ('Labour', 8), ('Domestic servitude', 2)],
    'Albania': [('Labour', 40), ('Criminal', 30), ('Sexual', 25)],
    'Vietnam': [('Labour', 50), ('Criminal', 40), ('Sexual', 8)],
    'Eritrea': [('Labour', 75), ('Sexual', 10), ('Domestic servitude', 10)],
    'Sudan': [('Labour', 85), ('Criminal', 8)], 'Afghanistan': [('Labour', 80), ('Criminal', 10)],
    'Iraq': [('Labour', 75), ('Criminal', 15)], 'Iran': [('Labour', 75), ('Criminal', 10)],
    'Romania': [('Labour', 50), ('Sexual', 40), ('Criminal', 10)],
    'Nigeria': [('Sexual', 55), ('Labour', 25), ('Domestic servitude', 20)],
    'China': [('Sexual', 45), ('Labour', 45)], 'Philippines': [('Domestic servitude', 70), ('Labour', 30)],
    'India': [('Labour', 80), ('Domestic servitude', 15)], 'Pakistan': [('Labour', 70), ('Domestic servitude', 15)],
    'Poland': [('Labour', 85), ('Criminal', 10)], 'Egypt': [('Labour', 85)],
    'Ethiopia': [('Domestic servitude', 40), ('Labour', 50)],
}


def new_person(rng, pid, nat=None, sib_of=None, twin=False):
    p = {'pid': pid}
    if sib_of:
        nat = sib_of['nat']
    elif nat is None:
        nat = rng.choices([n for n, _ in NAT_WEIGHT], weights=[w for _, w in NAT_WEIGHT], k=1)[0]
    p['nat'] = nat
    p['sex'] = 'Male' if rng.random() < MALE_P[nat] else 'Female'
    p['cult'] = sib_of['cult'] if sib_of else culture_of(rng, nat)
    new_names(rng, p)
    if sib_of:                                     # share family / father / grandfather names
        p['family'] = sib_of['family']
        p['chain'] = sib_of['chain']
        if p['cult'] == 'vn' and p['sex'] == sib_of['sex']:
            p['middle'] = sib_of['middle']
        if p['cult'] == 'cn':
            p['cn_join'] = sib_of['cn_join']
        # siblings are usually referred together or close in time
        if rng.random() < 0.55:
            p['ref0'] = sib_of['ref0'] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 7]))
            p['fr0'] = sib_of['fr0']
        else:
            p['ref0'] = sib_of['ref0'] + dt.timedelta(days=rng.randrange(-700, 700))
            p['ref0'] = min(max(p['ref0'], dt.date(2015, 1, 1)), dt.date(2024, 12, 20))
        if twin:
            p['dob'] = sib_of['dob']
        else:
            gap = rng.choice([-1, 1]) * rng.randint(1, 6)
            p['dob'] = add_years(sib_of['dob'], gap) + dt.timedelta(days=rng.randrange(-150, 150))
            if sib_of['dob_unknown']:
                p['dob'] = dt.date(p['dob'].year, 1, 1)
        p['dob_unknown'] = sib_of['dob_unknown']
        p['child_at_first'] = age_on(p['dob'], p['ref0']) < 18
    else:
        p['ref0'] = first_ref_date(rng)
        p['fr0'] = None
        child = rng.random() < CHILD_P.get(nat, 0.12)
        if child:
            age = rng.choices(range(10, 18), weights=[1, 2, 3, 5, 8, 11, 13, 12], k=1)[0]
        else:
            age = min(18 + int(rng.expovariate(1 / 9.0)), 64)
        p['child_at_first'] = child
        p['dob'] = add_years(p['ref0'], -age) - dt.timedelta(days=rng.randrange(1, 365))
        p['dob_unknown'] = rng.random() < DOB_UNKNOWN_P.get(nat, 0.02)
        if p['dob_unknown']:
            p['dob'] = dt.date(p['dob'].year, 1, 1)
    a = age_on(p['dob'], p['ref0'])
    # age dispute: a young foreign national who claims to be a child and is assessed an adult
    p['dispute'] = nat != 'United Kingdom' and 16 <= a <= 23 and rng.random() < 0.3
    if p['dispute']:
        claim_age = rng.choice([15, 16, 16, 17, 17])
        cd = add_years(p['ref0'], -claim_age) - dt.timedelta(days=rng.randrange(1, 365))
        p['claimed_dob'] = dt.date(cd.year, 1, 1) if p['dob_unknown'] else cd
    foreign = nat != 'United Kingdom'
    p['cid'] = str(rng.randint(1000000, 99999999)) if rng.random() < (0.75 if foreign else 0.03) else None
    p['cid2'] = str(rng.randint(1000000, 99999999)) if p['cid'] and rng.random() < 0.04 else None
    opts = EXPL_BY[nat]
    p['expl'] = rng.choices([o for o, _ in opts], weights=[w for _, w in opts], k=1)[0]
    if p['sex'] == 'Female' and p['expl'] == 'Criminal' and rng.random() < 0.4:
        p['expl'] = 'Sexual'
    if not foreign:
        p['loc'] = 'UK'
    elif nat in ('Eritrea', 'Sudan', 'Ethiopia', 'Afghanistan', 'Iraq', 'Iran', 'Egypt'):
        p['loc'] = rng.choice(['Overseas', 'Overseas', 'UK and Overseas', 'UK'])
    else:
        p['loc'] = rng.choice(['UK', 'UK', 'UK and Overseas', 'Overseas'])
    p['lag'] = rng.choice([0, 0, 0, 1, 1, 2, 3])   # years between exploitation and first referral
    p['translit'] = 0.35 if p['cult'] in CHAIN + ('ir', 'irk') else (0.2 if p['cult'] == 'cn' else 0.08)
    return p


def make_people(rng, n):
    people = []
    while len(people) < n:
        p = new_person(rng, 'P%06d' % (len(people) + 1))
        people.append(p)
        r = rng.random()
        if r < 0.08:                               # siblings (sometimes twins)
            for _ in range(rng.choice([1, 1, 1, 2])):
                if len(people) >= n:
                    break
                twin = rng.random() < 0.2
                q = new_person(rng, 'P%06d' % (len(people) + 1), sib_of=p, twin=twin)
                q['kind'] = 'twin' if twin else 'sibling'
                people.append(q)
        elif r < 0.11 and len(people) < n:        # namesake: same given+family, another person
            q = new_person(rng, 'P%06d' % (len(people) + 1), nat=p['nat'])
            if q['cult'] == p['cult'] and q['sex'] == p['sex']:
                q['given'] = [list(t) for t in p['given']]
                q['family'] = list(p['family']) if p['family'] else None
                if p['cult'] in CHAIN:
                    q['chain'] = [list(p['chain'][0]), q['chain'][1]]
                if p['cult'] == 'cn':
                    q['cn_join'] = p['cn_join']
                if rng.random() < 0.5 and not q['dispute']:   # and also born "1 January"
                    q['dob'] = dt.date(q['dob'].year, 1, 1)
                    q['dob_unknown'] = True
                q['kind'] = 'namesake'
            people.append(q)
    return people


# ---------------------------------------------------------------------------
# one referral
# ---------------------------------------------------------------------------
def spell(rng, p, t):
    return rng.choice(t[0]) if rng.random() < p['translit'] else t[1]


def cn_given(rng, p):
    syl = p['given'][0][1].split('+')
    j = p['cn_join'] if rng.random() < 0.7 else rng.choice(['', ' ', '-'])
    if j == '':
        return ''.join(syl).capitalize()
    if j == '-' and rng.random() < 0.5:
        return '-'.join(syl).capitalize()
    return j.join(syl)


def render_names(rng, p, st):
    c = p['cult']
    other = []
    if c == 'cn':
        fore, sur = cn_given(rng, p), spell(rng, p, p['family'])
        if rng.random() < 0.2:
            fore, sur = sur, fore
            st['swap'] += 1
    elif c == 'vn':
        g, f, m = spell(rng, p, p['given'][0]), spell(rng, p, p['family']), spell(rng, p, p['middle'][0])
        r = rng.random()
        if r < 0.45:
            fore, sur, other = g, f, [m]
        elif r < 0.75:
            fore, sur = m + ' ' + g, f
        elif r < 0.85:
            fore, sur, other = f, g, [m]
            st['swap'] += 1
        elif r < 0.9:
            fore, sur = f, m + ' ' + g
            st['swap'] += 1
        else:
            fore, sur = g, f
    elif c in CHAIN:
        g = spell(rng, p, p['given'][0])
        fa, gf = spell(rng, p, p['chain'][0]), spell(rng, p, p['chain'][1])
        r = rng.random()
        if p['family'] and rng.random() < 0.9:
            fam = spell(rng, p, p['family'])
            fore, sur = g, fam
            other = [fa, gf] if r < 0.25 else ([fa] if r < 0.5 else [])
        elif r < 0.45:
            fore, sur, other = g, fa, [gf]
        elif r < 0.65:
            fore, sur, other = g, gf, [fa]
        elif r < 0.8:
            fore, sur = g, fa + ' ' + gf
        elif r < 0.95:
            fore, sur = g, fa
        else:
            fore, sur = g + ' ' + fa, gf
        if rng.random() < 0.05:
            fore, sur = sur, fore
            st['swap'] += 1
    else:
        fore = spell(rng, p, p['given'][0])
        sur = spell(rng, p, p['family'])
        if p['middle'] and rng.random() < 0.65:
            m = spell(rng, p, p['middle'][0])
            if p.get('cult') == 'in' and rng.random() < 0.25:   # Sikh clan name as surname
                sur, m = m, sur
            other = [m]
        if c == 'pk' and ' ' in fore and rng.random() < 0.3:   # "Muhammad" dropped or moved
            a, b = fore.split(' ', 1)
            fore, other = (b, other) if rng.random() < 0.6 else (a, [b] + other)
            st['drop'] += 1
        if rng.random() < 0.04:
            fore, sur = sur, fore
            st['swap'] += 1
    # nickname / short form
    first = fore.split(' ')[0]
    if first in NICK and rng.random() < 0.08:
        fore = rng.choice(NICK[first]) + fore[len(first):]
        st['nick'] += 1
    # alias / extra name added
    if rng.random() < 0.04:
        if c == 'cn':
            other.append(rng.choice(N['cn_syl']) + rng.choice(N['cn_syl']).lower())
        else:
            other.append(spell(rng, p, tok(rng, zipf_choice(rng, given_groups(c, p['sex'])))))
        st['alias'] += 1
    fields = [fore, sur, ' '.join(other)]
    # diacritics mostly lost (keyboard / case working system)
    keep = {'vn': 0.25, 'ro': 0.35, 'pl': 0.4, 'al': 0.4}.get(c, 0.0)
    if rng.random() >= keep:
        fields = [strip_dia(x) for x in fields]
    for i in range(3):
        if fields[i] and rng.random() < 0.04:
            fields[i] = typo(rng, fields[i])
            st['typo'] += 1
            if rng.random() < 0.15:
                fields[i] = typo(rng, fields[i])
    if rng.random() < 0.015:
        fields[1] = rng.choice(['Unknown', 'UNKNOWN', 'Not known'])
        st['unknown_name'] += 1
    elif rng.random() < 0.005:
        fields[0] = 'Unknown'
        st['unknown_name'] += 1
    r = rng.random()
    if r < 0.15:
        fields[1] = fields[1].upper()
    elif r < 0.21:
        fields = [x.upper() for x in fields]
    elif r < 0.22:
        fields = [x.lower() for x in fields]
    if rng.random() < 0.015:
        i = rng.randrange(2)
        fields[i] = fields[i] + ' ' if rng.random() < 0.6 else fields[i].replace(' ', '  ', 1) or fields[i]
    return [x if x.strip() else NULL for x in fields]


def render_dob(rng, p, d, st):
    if p['dispute']:
        if rng.random() < 0.55:
            dob, status = p['claimed_dob'], 'Claimed'
        else:
            aa = max(18, age_on(p['dob'], d) + rng.choice([-1, 0, 0, 1, 2, 3]))
            dob, status = dt.date(d.year - aa, 1, 1), 'Assessed'
            st['assessed'] += 1
    else:
        dob = p['dob']
        if p['dob_unknown']:
            status = 'Assessed' if rng.random() < 0.4 else 'Claimed'
        else:
            status = 'Verified' if p['nat'] == 'United Kingdom' and rng.random() < 0.2 else 'Claimed'
    r = rng.random()
    if r < 0.05:
        st['dob_missing'] += 1
        return None, 'Unknown'
    if r < 0.12:
        if (dob.month, dob.day) == (1, 1):
            return dob, status
        st['dob_jan1'] += 1
        return dt.date(dob.year + rng.choice([0, 0, 0, -1, 1]), 1, 1), 'Assessed'
    if r < 0.17:
        if dob.day > 12 or dob.day == dob.month:
            return dob, status
        st['dob_swap'] += 1
        return dt.date(dob.year, dob.day, dob.month), status
    if r < 0.20:
        k = rng.random()
        try:
            if k < 0.4:
                nd = dob.replace(day=dob.day + rng.choice([-10, -1, 1, 10]))
            elif k < 0.7:
                nd = dob.replace(year=dob.year + rng.choice([-1, 1]))
            else:
                nd = dob.replace(month=dob.month + rng.choice([-1, 1]))
        except ValueError:
            return dob, status
        st['dob_typo'] += 1
        return nd, status
    if r < 0.22 and not p['dispute']:
        st['dob_year'] += 1
        return dt.date(dob.year + rng.choice([-2, -1, 1, 2]), 1 if p['dob_unknown'] else dob.month,
                       1 if p['dob_unknown'] else min(dob.day, 28)), status
    return dob, status


def fr_for(rng, p, d, first):
    if first and p.get('fr0'):
        return p['fr0']
    child = age_on(p['dob'], d) < 18 or (p['dispute'] and rng.random() < 0.5)
    uk = p['nat'] == 'United Kingdom'
    if uk and child:
        w = {'Police': 40, 'Local Authority': 50, 'NGO': 8, 'Home Office - UK Visas and Immigration': 0}
    elif uk:
        w = {'Police': 60, 'Local Authority': 18, 'NGO': 18, 'GLAA': 2}
    elif child:
        w = {'Local Authority': 45, 'Police': 25, 'Home Office - UK Visas and Immigration': 12,
             'Home Office - Border Force': 8, 'Home Office - Immigration Enforcement': 3, 'NGO': 7}
    else:
        w = {'Home Office - UK Visas and Immigration': 28, 'Home Office - Immigration Enforcement': 14,
             'Home Office - Border Force': 4, 'Police': 20, 'NGO': 29, 'Local Authority': 3, 'GLAA': 2}
    keys = [k for k in w if w[k]]
    t = rng.choices(keys, weights=[w[k] for k in keys], k=1)[0]
    return (zipf_choice(rng, FR[t], 0.7), t)


def cid_typo(rng, s):
    i = rng.randrange(len(s))
    if rng.random() < 0.5 and i < len(s) - 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + str((int(s[i]) + rng.randint(1, 9)) % 10) + s[i + 1:]


def referral(rng, p, d, first, st):
    fr = fr_for(rng, p, d, first)
    if first and not p.get('fr0'):
        p['fr0'] = fr
    true_age = age_on(p['dob'], d)
    claims_child = p['dispute'] and rng.random() < 0.5
    adult = true_age >= 18 and not claims_child
    dtn = adult and fr[1] != 'NGO' and rng.random() < 0.10
    row = {'NRM_Referral_Ref': None, 'Referral_Route': 'Duty to Notify' if dtn else 'NRM',
           'FR_Organisation': fr[0], 'FR_Organisation_Type': fr[1],
           'Referral_Date': '%s %02d:%02d:%02d' % (d.isoformat(), rng.randint(8, 18), rng.randrange(60), rng.randrange(60))}
    # gender / nationality
    g = p['sex']
    r = rng.random()
    if r < 0.04:
        g = 'Not specified or unknown'
        st['sex_missing'] += 1
    elif r < 0.045:
        g = 'Female' if g == 'Male' else 'Male'
    nat = p['nat']
    r = rng.random()
    if r < 0.04:
        nat = rng.choice(NEIGHBOUR[nat])
        st['nat_neighbour'] += 1
    elif r < 0.06:
        nat = 'Not specified or unknown'
    row['Gender'], row['Nationality'] = g, nat
    # exploitation
    e = p['expl']
    r = rng.random()
    if r < 0.06:
        e = 'Not specified or unknown'
    elif r < 0.16:
        e2 = rng.choice(['Labour', 'Criminal', 'Sexual', 'Domestic servitude'])
        if e2 != e:
            e = '; '.join(sorted([e, e2]))
    elif r < 0.2:
        e = rng.choice(['Labour', 'Criminal', 'Sexual', 'Domestic servitude'])
    row['Exploitation_Type'] = e
    row['Exploitation_Location'] = p['loc'] if rng.random() < 0.85 else rng.choice(
        ['UK', 'Overseas', 'UK and Overseas', 'Not specified or unknown'])
    if dtn:
        st['dtn'] += 1
        for k in ('PV_Forename', 'PV_Surname', 'PV_Other_Names', 'PV_DOB', 'PV_DOB_Status',
                  'Age_At_Referral', 'HO_CID_Person_Ref', 'RG_Decision', 'RG_Decision_Date',
                  'CG_Decision', 'CG_Decision_Date'):
            row[k] = NULL
        row['Age_Group_At_Exploitation'] = 'Adult' if true_age - p['lag'] >= 18 else 'Child'
        row['Consent_Given'] = 'No'
        return row
    row['PV_Forename'], row['PV_Surname'], row['PV_Other_Names'] = render_names(rng, p, st)
    dob, status = render_dob(rng, p, d, st)
    if claims_child and p['dispute'] and status == 'Assessed':
        dob, status = p['claimed_dob'], 'Claimed'
    row['PV_DOB'] = fmt_d(dob) if dob else NULL
    row['PV_DOB_Status'] = status
    if dob:
        age = age_on(dob, d)
    elif rng.random() < 0.4:
        age = true_age + rng.choice([-1, 0, 1])
    else:
        age = None
    row['Age_At_Referral'] = str(age) if age is not None else NULL
    if rng.random() < 0.03 or age is None:
        row['Age_Group_At_Exploitation'] = 'Not specified or unknown' if age is None or rng.random() < 0.7 else 'Adult'
    else:
        row['Age_Group_At_Exploitation'] = 'Child' if age - p['lag'] < 18 else 'Adult'
    # Home Office person reference
    cid = NULL
    if p['cid']:
        pres = 0.9 if fr[1].startswith('Home Office') else 0.45
        if rng.random() < pres:
            cid = p['cid2'] if p['cid2'] and rng.random() < 0.35 else p['cid']
            if rng.random() < 0.03:
                cid = cid_typo(rng, cid)
                st['cid_typo'] += 1
    row['HO_CID_Person_Ref'] = cid
    # decisions
    if d.year < 2020:
        rgd = d + dt.timedelta(days=rng.randint(2, 14))
    elif d.year < 2022:
        rgd = d + dt.timedelta(days=rng.randint(5, 60))
    else:
        rgd = d + dt.timedelta(days=rng.randint(10, 200))
    if rgd > EXTRACT_DATE:
        rg, rgs = 'Pending', NULL
    else:
        rg = rng.choices(['Positive', 'Negative', 'Withdrawn'], weights=[87, 11, 2], k=1)[0]
        rgs = rgd.isoformat()
    cg, cgs = NULL, NULL
    if rg == 'Positive':
        cgd = rgd + dt.timedelta(days=rng.randint(45, 400) if d.year < 2019 else rng.randint(90, 900))
        if cgd > EXTRACT_DATE:
            cg = 'Pending'
        else:
            cg = rng.choices(['Positive', 'Negative', 'Withdrawn'], weights=[89, 9, 2], k=1)[0]
            cgs = cgd.isoformat()
    row['RG_Decision'], row['RG_Decision_Date'] = rg, rgs
    row['CG_Decision'], row['CG_Decision_Date'] = cg, cgs
    row['Consent_Given'] = 'Yes' if (age is not None and age >= 18 and not claims_child) else 'Not required - child'
    if age is None:
        row['Consent_Given'] = 'Yes' if adult else 'Not required - child'
    return row


def generate(n, seed):
    rng = random.Random(seed)
    st = Counter()
    people = make_people(rng, n)
    rows, used = [], {}
    end = dt.date(2024, 12, 31)
    for p in people:
        k = rng.choices(range(1, 9), weights=[55, 25, 11, 5, 2, 1, 0.6, 0.4], k=1)[0]
        d = p['ref0']
        for j in range(k):
            if j:
                nd = d + dt.timedelta(days=rng.randint(0, 30) if rng.random() < 0.15 else rng.randint(60, 1500))
                if nd > end:                       # squeeze into the extract window
                    if (end - d).days < 1:
                        break
                    nd = d + dt.timedelta(days=rng.randint(1, (end - d).days))
                d = nd
            row = referral(rng, p, d, j == 0, st)
            while True:
                ref = ('DTN' if row['Referral_Route'] == 'Duty to Notify' else 'NRM') + str(rng.randint(10 ** 7, 10 ** 8 - 1))
                if ref not in used:
                    break
            used[ref] = 1
            row['NRM_Referral_Ref'] = ref
            rows.append((row, p['pid']))
    rows.sort(key=lambda x: (x[0]['Referral_Date'], x[0]['NRM_Referral_Ref']))
    return people, rows, st


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--people', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--truth', required=True)
    ap.add_argument('--stats', action='store_true')
    a = ap.parse_args()
    people, rows, st = generate(a.people, a.seed)
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator='\r\n')
        w.writeheader()
        for r, _ in rows:
            w.writerow(r)
    with open(a.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['record_id', 'person_id'])
        for r, pid in rows:
            w.writerow([r['NRM_Referral_Ref'], pid])
    if a.stats:
        sizes = Counter(Counter(pid for _, pid in rows).values())
        pairs = sum(s * (s - 1) // 2 * c for s, c in sizes.items())
        out = sys.stderr
        print('people %d  rows %d  true pairs %d' % (len(people), len(rows), pairs), file=out)
        print('referrals per person: %s' % dict(sorted(sizes.items())), file=out)
        print('nationality: %s' % Counter(p['nat'] for p in people).most_common(), file=out)
        print('age disputes %d  dob unknown (1 Jan) %d' % (sum(p['dispute'] for p in people),
                                                          sum(p['dob_unknown'] for p in people)), file=out)
        print('look-alikes added: %s' % dict(Counter(p.get('kind', 'plain') for p in people)), file=out)
        for k in sorted(st):
            print('  %-14s %d (%.1f%% of rows)' % (k, st[k], 100.0 * st[k] / len(rows)), file=out)


if __name__ == '__main__':
    main()
