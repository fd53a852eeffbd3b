#!/usr/bin/env python3
"""gen18.py - synthetic housing-options (H-CLIC style) export of modern-slavery
survivors and their households, with ground truth of which rows are the same person.

Everyone is invented: names are drawn at random from lists of common names per
culture; references, addresses and postcodes are random.  Python 3 stdlib only.

usage: python3 gen18.py --people N --seed S --out FILE --truth TRUTH.csv [--stats]
"""
import argparse, csv, datetime as dt, random, sys, unicodedata
from collections import Counter

def W(s):
    return s.split()

# ---------------------------------------------------------------- name lists
# culture -> (male given, female given, surnames)   (patronymic cultures: surnames unused)
NAMES = {
 'GB': (W("James John David Michael Paul Mark Daniel Thomas Christopher Andrew Robert William Richard Steven "
          "Matthew Joseph Lee Ryan Jamie Craig Kevin Anthony Jason Gary Liam Connor Jack Luke Scott Dean"),
        W("Sarah Emma Laura Rebecca Claire Nicola Michelle Lisa Kelly Gemma Amy Jessica Hannah Chloe Samantha "
          "Rachel Katie Jade Stacey Louise Danielle Elizabeth Victoria Charlotte Natalie Joanne Leanne Kirsty Megan Amber"),
        W("Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright "
          "Walker White Edwards Hughes Green Hall Lewis Harris Clarke Jackson Wood Turner Martin Cooper Hill Ward "
          "Morris Moore Clark Lee King Baker Harrison Morgan Allen Scott Phillips Watson Parker Price Bennett Young "
          "Griffiths Mitchell Kelly Cook Carter Bailey Collins Bell Shaw Murphy Miller Cox")),
 'AL': (W("Arben Ardit Besnik Blerim Dritan Elvis Endrit Erion Fatmir Gentian Ilir Klodian Kristian Lulzim Mario "
          "Marsel Mateo Olsi Orges Renato Rigels Sokol Valon Xhuljo Fation Ermal Altin Gjergj Arjan Edmond"),
        W("Anisa Arta Blerta Brunilda Dorina Elona Enkelejda Ermira Fjolla Griselda Jonida Klea Lindita Marsela "
          "Mirela Oriola Rozana Sara Valbona Xhesika Ajola Albana Besjana Erjona Denisa Ina Megi Kejsi Jora Eralda"),
        W("Hoxha Shehu Dervishi Leka Gjoka Kola Marku Prifti Çela Hasani Krasniqi Berisha Gashi Bajrami Dushku "
          "Muça Rama Zeneli Kurti Basha Doçi Lleshi Mema Tafa Xhafa Bregu Meta Sula Ndreu Koçi")),
 'VN': (W("Anh Bao Cường Dũng Đức Hải Hiếu Hoàng Hùng Huy Khánh Long Minh Nam Phong Quân Quang Sơn Tài Thắng "
          "Thành Tuấn Tùng Việt Vinh Đạt Khoa Trung Hậu Phúc"),
        W("Anh Hạnh Hoa Hồng Hương Lan Linh Mai My Ngọc Nhung Phương Quỳnh Thảo Thu Thủy Trang Tuyết Vân Yến "
          "Hiền Hà Diệp Nga Oanh Nhi Vy Hằng Loan Tâm"),
        W("Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lương Mai")),
 'ER': (W("Yonas Yohannes Tesfay Filmon Samuel Daniel Mehari Robel Kibrom Habtom Berhane Dawit Tekle Haile Mussie "
          "Michael Ermias Aman Biniam Efrem Goitom Henok Isaac Mulugeta Natnael Semere Tsegay Yemane Kidane Medhanie "
          "Abraham Gebremedhin Gebremariam Gebreyesus Woldemichael"),
        W("Helen Senait Selam Tsega Luwam Ruta Rahwa Saba Feven Yordanos Hiwet Merhawit Winta Eden Mebrat Lidya "
          "Hanna Simret Freweyni Azmera Almaz Letebrhan Adiam Milen Sara"), []),
 'ET': (W("Abebe Alemayehu Bekele Dawit Getachew Girma Haile Kebede Mesfin Mulugeta Solomon Tadesse Tesfaye "
          "Tewodros Yared Yonas Biruk Ermias Fikru Henok Amanuel Mohammed Abdi Kedir Tamrat"),
        W("Almaz Aster Bethlehem Eden Hirut Meron Selamawit Tigist Tsion Mekdes Hiwot Rahel Sara Liya Marta Genet "
          "Yeshi Zewditu Frehiwot Mahlet Kidist Etenesh Lemlem Helen Fatuma"), []),
 'SD': (W("Mohammed Mohammed Ahmed Abdelrahman Omer Osman Ibrahim Mustafa Yousif Hassan Hussein Khalid Adam Ismail "
          "Abdalla Musa Elfatih Mubarak Salah Babiker Hamid Abdelaziz Tarig Nasir Ali Bashir"),
        W("Fatima Amna Mariam Khadija Hawa Aisha Zainab Sara Hiba Rania Samah Nada Mawada Ilham Safaa Asma Halima "
          "Rasha Nafisa Marwa"), []),
 'RO': (W("Andrei Alexandru Ionuț Mihai Gheorghe Florin Marian Constantin Ștefan Adrian Cristian Daniel Gabriel "
          "Vasile Nicolae Ion Cătălin Costel Marius Dumitru Răzvan Bogdan Sorin Valentin Claudiu"),
        W("Maria Elena Ioana Andreea Mihaela Georgiana Alexandra Florentina Nicoleta Ana Cristina Gabriela Daniela "
          "Roxana Adriana Alina Larisa Denisa Simona Raluca Loredana Violeta Mariana Ionela Bianca"),
        W("Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin Lazăr "
          "Florea Dinu Șerban Tudor Moldovan Mocanu Nistor Marin Preda Dobre Enache Barbu Cristea Zamfir Stanciu")),
 'AF': (W("Ahmad Mohammad Mohammad Ali Abdul Hamid Karim Farid Jawad Mustafa Naveed Rahim Sayed Shafiq Wahid "
          "Zabihullah Noorullah Hekmatullah Jamshid Bilal Ismail Najibullah Samiullah Khalid Habib Rahmatullah"),
        W("Fatima Zahra Maryam Farzana Nazia Shabnam Parwana Mursal Laila Marzia Fereshta Nilofar Sima Roya Hamida "
          "Masooma Zarghona Gulalai Nargis Tahmina"),
        W("Ahmadi Rahimi Mohammadi Hussaini Karimi Sultani Safi Popal Ahmadzai Stanikzai Hotak Noori Amiri Haidari "
          "Nazari Sharifi Habibi Rezaei Jafari Samadi Azizi Wardak Sadat Yousufzai Khan")),
 'IQ': (W("Ahmed Mohammed Ali Hussein Omar Karwan Rebwar Hawre Dilshad Shwan Aram Hemin Rekar Sirwan Bawar Kamaran "
          "Saman Hassan Mustafa Haider Zana Diyar Ranj Barzan Azad"),
        W("Zainab Fatima Noor Shilan Nazdar Avan Bahar Hana Rozhan Sara Lana Dilan Shirin Tara Chnar Zhyan Mariam "
          "Huda Ruqaya Kurdistan"),
        W("Ahmed Mohammed Ali Hussein Abdullah Omar Rashid Aziz Karim Mahmood Qadir Salih Hama Rasul Jaff Barzani "
          "Amin Hassan Mustafa Ibrahim Khalil Abdulrahman Faraj Majeed Hamad")),
 'IR': (W("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Farhad Kaveh Arash Babak Dariush Omid "
          "Pouya Navid Hamed Morteza Mojtaba Ehsan Milad Sina Peyman"),
        W("Fatemeh Zahra Maryam Sara Leila Narges Shirin Parisa Mina Nasrin Elham Mahsa Neda Roya Azadeh Sepideh "
          "Somayeh Fariba Golnaz Hoda"),
        W("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Ghasemi Heidari Sadeghi Mousavi "
          "Akbari Ebrahimi Rostami Kazemi Shahbazi Rahmani Amini Bagheri Nazari Salehi Zarei Azizi")),
 'IN': (W("Rahul Amit Vijay Rajesh Suresh Ramesh Sandeep Manpreet Gurpreet Harjit Sukhdev Arjun Ravi Sanjay Anil "
          "Deepak Vikram Mohan Prakash Ajay Harpreet Jaswinder Kuldeep Manoj Sunil"),
        W("Priya Pooja Anjali Sunita Kavita Neha Simran Harpreet Manjit Gurpreet Lakshmi Deepa Rekha Geeta Meena Asha "
          "Divya Jasvinder Kiran Reena"),
        W("Singh Singh Patel Sharma Kumar Gupta Shah Reddy Rao Nair Das Gill Sandhu Sidhu Dhillon Grewal Verma Yadav "
          "Joshi Mehta Mishra Chauhan Thakur Bhatt Pillai")),
 'NG': (W("Chinedu Emeka Obinna Ikechukwu Chukwuemeka Oluwaseun Olumide Adebayo Babatunde Segun Femi Kunle Uche "
          "Ifeanyi Tobi Samuel Daniel John Emmanuel Michael David Joseph Godwin Friday Oluwafemi"),
        W("Chioma Ngozi Adaeze Chiamaka Blessing Precious Favour Joy Funmilayo Folake Yetunde Bukola Temitope Oluwakemi "
          "Abimbola Ifeoma Nneka Esther Grace Mercy Patience Gift Peace Comfort Osas"),
        W("Okafor Okonkwo Eze Nwosu Obi Chukwu Okeke Nwankwo Onyeka Adeyemi Adebayo Ogunleye Oladipo Olawale Balogun "
          "Akinola Adeleke Ibrahim Bello Abubakar Osagie Igbinedion Omoregie Osaro Edosa")),
 'CN': (W("Wei Jun Hao Lei Qiang Jian Ming Yong Tao Jie Bin Chao Peng Hui Long Xiaoming Zhiwei Jianguo Haoran "
          "Yuxuan Zihao Junjie Wenbo Jiahao Guoqiang"),
        W("Li Na Fang Jing Min Yan Hong Xia Ying Mei Ling Juan Hui Xiaoyan Lili Xiaohong Yuting Jiayi Xinyi Meiling "
          "Shuang Qian Dan Ting Yu"),
        W("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang")),
 'PK': (W("Muhammad Muhammad Ali Ahmed Usman Bilal Imran Kashif Asif Tariq Zubair Faisal Adnan Shahid Naveed Irfan "
          "Waqas Hamza Abdullah Hassan Umar Saqib Rizwan Sohail Arshad Zeeshan"),
        W("Ayesha Fatima Sana Saima Nadia Rabia Shazia Amna Hina Bushra Sadia Zainab Farah Mehwish Iqra Nazia "
          "Rukhsana Samina Kiran Asma"),
        W("Khan Khan Ahmed Ali Hussain Shah Iqbal Butt Malik Akhtar Raza Qureshi Chaudhry Mahmood Rehman Anwar Aslam "
          "Javed Siddiqui Rashid Abbasi Mirza Sheikh Baig Nawaz")),
 'PL': (W("Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Marek Grzegorz Jakub Łukasz Adam Kamil Mateusz "
          "Dariusz Mariusz Wojciech Rafał Robert Sebastian Damian Patryk Bartosz Jan Zbigniew"),
        W("Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Monika Aleksandra Natalia Karolina Marta "
          "Justyna Dorota Beata Paulina Sylwia Agata Edyta Kinga Weronika Wiktoria Zuzanna Izabela"),
        W("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
          "Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski "
          "Adamczyk Dudek Zając Wieczorek")),
}
VN_MID_M = W("Văn Văn Văn Đức Minh Quốc Hữu Đình Công")
VN_MID_F = W("Thị Thị Thị Thị Ngọc Thu Kim Bích")
CN_ENGLISH = (W("David Kevin Jack Michael Peter Tony Eric Jason"), W("Amy Lily Grace Helen Jenny Cindy Coco Vivian"))

# naming scheme and probability that a wife takes the husband's surname
SCHEME = {'GB': ('western', .7), 'AL': ('western', .8), 'RO': ('western', .8), 'PL': ('western', .85),
          'NG': ('western', .8), 'IN': ('western', .6), 'PK': ('western', .5),
          'VN': ('eastasian', 0), 'CN': ('eastasian', 0),
          'ER': ('patronymic', 0), 'ET': ('patronymic', 0), 'SD': ('patronymic', 0),
          'AF': ('family', 0), 'IQ': ('family', 0), 'IR': ('family', 0)}

# approximate NRM-referral nationality mix
NAT_WEIGHTS = [('GB', 25), ('AL', 13), ('VN', 7), ('ER', 6), ('SD', 5), ('RO', 3.5), ('AF', 3.5), ('IQ', 3.5),
               ('IR', 3), ('IN', 3), ('NG', 2.5), ('CN', 2.5), ('ET', 2), ('PK', 2), ('PL', 1.5)]

# code -> (adjective used by main council, country name used by neighbour)
NAT_LABEL = {
 'GB': ('BRITISH', 'United Kingdom'), 'AL': ('ALBANIAN', 'Albania'), 'VN': ('VIETNAMESE', 'Viet Nam'),
 'ER': ('ERITREAN', 'Eritrea'), 'SD': ('SUDANESE', 'Sudan'), 'RO': ('ROMANIAN', 'Romania'),
 'AF': ('AFGHAN', 'Afghanistan'), 'IQ': ('IRAQI', 'Iraq'), 'IR': ('IRANIAN', 'Iran'), 'IN': ('INDIAN', 'India'),
 'NG': ('NIGERIAN', 'Nigeria'), 'CN': ('CHINESE', 'China'), 'ET': ('ETHIOPIAN', 'Ethiopia'),
 'PK': ('PAKISTANI', 'Pakistan'), 'PL': ('POLISH', 'Poland'),
 'XK': ('KOSOVAN', 'Kosovo'), 'MK': ('MACEDONIAN', 'North Macedonia'), 'KH': ('CAMBODIAN', 'Cambodia'),
 'SS': ('SOUTH SUDANESE', 'South Sudan'), 'TD': ('CHADIAN', 'Chad'), 'MD': ('MOLDOVAN', 'Moldova'),
 'BG': ('BULGARIAN', 'Bulgaria'), 'SY': ('SYRIAN', 'Syria'), 'KU': ('KURDISH', 'Kurdish'),
 'BD': ('BANGLADESHI', 'Bangladesh'), 'NP': ('NEPALESE', 'Nepal'), 'GH': ('GHANAIAN', 'Ghana'),
 'CM': ('CAMEROONIAN', 'Cameroon'), 'HK': ('HONG KONG', 'Hong Kong'), 'SO': ('SOMALI', 'Somalia'),
 'LT': ('LITHUANIAN', 'Lithuania'), 'SK': ('SLOVAK', 'Slovakia'), 'IE': ('IRISH', 'Ireland'),
}
NAT_ALT = {'GB': ['UK NATIONAL', 'ENGLISH', 'BRITISH CITIZEN', 'UK'], 'AF': ['AFGHANI', 'AFGHANISTAN'],
           'VN': ['VIETNAM', 'VIET NAMESE'], 'CN': ['CHINA', 'CHINESE (PRC)'], 'ER': ['ERITREA'],
           'AL': ['ALBANIA', 'ALBANINAN'], 'SD': ['SUDAN', 'NORTH SUDANESE'], 'IQ': ['IRAQ', 'IRAQI KURD'],
           'IR': ['IRAN', 'PERSIAN'], 'PL': ['POLAND'], 'RO': ['ROMANIA', 'RUMANIAN']}
NAT_NEIGHBOUR = {'GB': ['IE'], 'AL': ['XK', 'XK', 'MK'], 'VN': ['CN', 'KH'], 'ER': ['ET', 'ET', 'SD'],
                 'SD': ['SS', 'TD', 'ER'], 'RO': ['MD', 'BG'], 'AF': ['PK', 'IR'], 'IQ': ['IR', 'KU', 'KU', 'SY'],
                 'IR': ['IQ', 'AF', 'KU'], 'IN': ['PK', 'BD', 'NP'], 'NG': ['GH', 'CM'], 'CN': ['HK', 'VN'],
                 'ET': ['ER', 'ER', 'SO'], 'PK': ['IN', 'AF'], 'PL': ['LT', 'SK']}

# transliteration / spelling variant groups (any member may be written as any other)
VARIANT_GROUPS = [g.split('|') for g in """
Mohammed|Muhammad|Mohamed|Mohammad|Mohamad|Muhammed|Mohd
Ahmed|Ahmad|Ahmet|Ahmmed
Hussein|Hussain|Husain|Hossein|Husein|Hussien
Hassan|Hasan|Hassen
Omar|Umar|Omer
Osman|Usman|Othman|Uthman
Yousif|Yusuf|Yousef|Youssef|Yusif
Ibrahim|Ebrahim|Ibraheem|Ibrahem
Abdullah|Abdallah|Abdalla|Abdulla
Abdelrahman|Abdulrahman|Abdul Rahman|Abdirahman
Abdelaziz|Abdulaziz|Abdul Aziz
Mustafa|Mustapha|Mostafa|Moustafa
Khalid|Khaled|Khalied
Ismail|Ismael|Esmail
Musa|Mousa|Moussa
Tarig|Tariq|Tarek|Tarik
Nasir|Nasser|Naser
Bashir|Basheer|Bachir
Hamid|Hameed|Hamed
Fatima|Fatimah|Fatma|Fatemeh|Fatuma
Zainab|Zaynab|Zeinab|Zeynab
Mariam|Maryam|Miriam|Meriam|Mariyam
Khadija|Khadijah|Khadeeja
Aisha|Ayesha|Aysha|Aicha
Amna|Amina|Aminah
Halima|Halimah|Haleema
Asma|Asmaa
Reza|Raza|Rezza
Mehdi|Mahdi
Saeed|Said|Saied|Sayed
Majid|Majeed|Madjid
Morteza|Murtaza|Mortaza
Omid|Umid|Omeed
Behrouz|Behruz|Bahroz
Hosseini|Husseini|Hussaini|Hosseyni
Mohammadi|Mohamadi|Muhammadi
Ahmadi|Ahmedi
Rezaei|Rezaee|Rezai|Rezaie
Jafari|Jaafari|Jafary
Rahimi|Raheemi
Yousufzai|Yousafzai|Yusufzai
Ahmadzai|Ahmedzai
Zabihullah|Zabiullah|Zabihollah
Najibullah|Najeebullah
Noorullah|Nurullah|Norullah
Rahmatullah|Rahmatollah
Naveed|Navid|Naveid
Shafiq|Shafeeq|Shafik
Farid|Fareed
Jawad|Javad|Jawed
Fereshta|Fereshteh|Freshta
Masooma|Masoumeh|Masuma
Nilofar|Niloufar|Nilufar
Parwana|Parvaneh|Parwaneh
Laila|Leila|Layla|Leyla
Shirin|Sheerin|Shireen
Narges|Nargis|Nargiz
Zahra|Zahraa|Zehra
Noor|Nour|Nur
Huda|Hoda|Houda
Ruqaya|Ruqayya|Roqaya
Yohannes|Yohanes|Yohanis|Johannes
Tesfay|Tesfaye|Tesfai
Tekle|Teklay|Tecle|Tekley
Mehari|Mehary|Mihari
Berhane|Berhe|Birhane|Brhane
Habtom|Habtu|Habtemariam
Kibrom|Kebrom|Kbrom
Tsegay|Tsegai|Tsegaye
Yemane|Yemani|Yemaneh
Kidane|Kidan|Kiddane
Medhanie|Medhane|Mdhanie|Medhani
Goitom|Goitiom|Goytom
Mussie|Musie|Mussi
Efrem|Ephrem|Ephraim
Henok|Henock|Enoch
Haile|Hayle|Hailé
Mulugeta|Mulgeta
Filmon|Philemon|Filimon
Biniam|Biniyam|Binyam
Natnael|Natanael|Nathnael
Yonas|Jonas|Yonass
Senait|Senayt
Tsega|Tsige|Tsegga
Luwam|Luam
Yordanos|Jordanos
Hiwet|Hiwot|Heywet
Freweyni|Frewoini|Freweini
Letebrhan|Letebirhan
Adiam|Adyam
Simret|Semret|Smret
Tigist|Tigest|Tegist
Bethlehem|Betelhem|Bethelhem
Tewodros|Theodros|Tedros
Tadesse|Tadese|Tadesa
Gebremedhin|Ghebremedhin|Gebre Medhin|Gebremedin
Gebremariam|Ghebremariam|Gebre Mariam|Gebremaryam
Gebreyesus|Ghebreyesus|Gebre Yesus
Woldemichael|Weldemichael|Wolde Michael|Woldemikael
Wang|Wong
Li|Lee
Zhang|Chang|Cheung
Liu|Lau|Lew
Chen|Chan|Chin
Huang|Hwang
Zhao|Chao|Chiu
Wu|Woo|Ng
Zhou|Chou|Chow
Xu|Hsu|Tsui
Lin|Lam
Guo|Kuo|Kwok
He|Ho
Zheng|Cheng
Xie|Hsieh|Tse
Liang|Leung
Tang|Tong
Luo|Lo|Law
Gao|Kao|Ko
Zhu|Chu
Yang|Yeung
Xiaoming|Xiao Ming|Xiao-Ming
Zhiwei|Zhi Wei|Zhi-Wei
Jianguo|Jian Guo
Xiaoyan|Xiao Yan|Xiao-Yan
Xiaohong|Xiao Hong
Meiling|Mei Ling|Mei-Ling
Gjergj|Gjergji|George
Xhuljo|Xhulio|Julio
Kristian|Kristjan|Christian
Hoxha|Hoxhaj|Hoxa|Hodja
Krasniqi|Krasniqe|Krasnici
Xhafa|Xhafaj|Jafa
Gjoka|Gjokaj
Lleshi|Leshi
Dushku|Dushkaj
Gheorghe|Gheorge|George|Georghe
Nicolae|Nicolai|Nicholas
Mihai|Mihail
Ioana|Joana
Andreea|Andrea|Andreia
Georgiana|Georgeana
Ciobanu|Ciubanu
Paweł|Pawel|Pavel
Michał|Michal|Michael
Łukasz|Lukasz|Lucas
Wojciech|Wojceich
Imran|Imraan
Zubair|Zubeir
Chaudhry|Chaudhary|Choudhury|Chaudry
Qureshi|Kureshi|Quraishi
Siddiqui|Siddiqi|Sidiqui
Rehman|Rahman|Rehmaan
Mahmood|Mahmud|Mehmood
Iqbal|Ikbal
Gurpreet|Gurprit
Harpreet|Harprit
Jaswinder|Jasvinder
Manpreet|Manprit
Dhillon|Dhilon
Oluwaseun|Oluseun
Folake|Folakemi
Ngozi|Ngozie
Karwan|Karwen
Rebwar|Rebar
Hawre|Hawri|Hawrey
Shwan|Shuan
Kamaran|Kamran
Barzani|Barzany
Rasul|Rasool
Qadir|Kadir|Qader
Salih|Saleh|Salah
Majeed|Majid
""".strip().splitlines()]
VARIANT = {}
for g in VARIANT_GROUPS:
    for n in g:
        VARIANT.setdefault(n.upper(), [m for m in g if m != n])

NICK = {k.upper(): v.split('|') for k, v in (l.split(':') for l in """
William:Bill|Will|Billy
Robert:Bob|Rob|Bobby
Michael:Mike|Mick|Micky
Christopher:Chris
Andrew:Andy
Daniel:Dan|Danny
Thomas:Tom|Tommy
James:Jim|Jimmy|Jamie
Joseph:Joe
Richard:Rich|Richie
Steven:Steve
Matthew:Matt
Anthony:Tony|Ant
David:Dave
Samantha:Sam
Rebecca:Becky|Becca
Elizabeth:Liz|Beth|Lizzie
Victoria:Vicky|Tori
Jessica:Jess
Nicola:Nikki
Charlotte:Charlie
Natalie:Nat
Joanne:Jo
Danielle:Dani
Michelle:Shell
Mohammed:Mo|Moe
Muhammad:Mo
Alexandru:Alex
Alexandra:Alex
Aleksandra:Ola
Katarzyna:Kasia
Małgorzata:Gosia
Magdalena:Magda
Krzysztof:Krzys|Chris
Wojciech:Wojtek
Constantin:Costi
Nicolae:Nicu
Abdelrahman:Abdo
Zabihullah:Zabi
Najibullah:Najib
Hekmatullah:Hekmat
Rahmatullah:Rahmat
Samiullah:Sami
Noorullah:Noor
Yohannes:John
Endrit:Endri
Oluwaseun:Seun
Babatunde:Tunde
Olumide:Mide
Oluwakemi:Kemi
Temitope:Tope
Funmilayo:Funmi
Ikechukwu:Ike
Chukwuemeka:Emeka
Chiamaka:Amaka
Abimbola:Bimbo
Oluwafemi:Femi
Ifeanyi:Ify
Gurpreet:Gary
Harjit:Harry
Mustafa:Musti
Ibrahim:Ibo
""".strip().splitlines())}

# ---------------------------------------------------------------- helpers
def strip_accents(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]

def feminine_pl(s):
    for a, b in (('ski', 'ska'), ('cki', 'cka'), ('dzki', 'dzka')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s

KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
        ["wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "o", "qsz", "awdx", "sefc", "drgv",
         "fthb", "gyjn", "hukm", "jil", "ko", "xa", "zcs", "xvd", "cbf", "vng", "bmh", "nj"])}

def typo(rng, s):
    """one keyboard / transcription slip in a string"""
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s) - 1)
    k = rng.random()
    if k < .3:                                  # deletion
        return s[:i] + s[i + 1:]
    if k < .55 and s[i].isalpha() and s[i + 1].isalpha():   # transposition
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k < .8:                                  # substitution by neighbouring key
        c = s[i].lower()
        if c in KEYB:
            r = rng.choice(KEYB[c])
            return s[:i] + (r.upper() if s[i].isupper() else r) + s[i + 1:]
        return s
    return s[:i] + s[i] + s[i:]                 # doubled letter

def translit_rule(rng, s):
    """generic romanisation drift for names with no variant group"""
    rules = [('ou', 'u'), ('oo', 'u'), ('u', 'ou'), ('ee', 'i'), ('i', 'ee'), ('y', 'i'), ('i', 'y'), ('kh', 'k'),
             ('q', 'k'), ('ph', 'f'), ('e', 'a'), ('a', 'e'), ('w', 'u'), ('ie', 'i'), ('h', '')]
    rng.shuffle(rules)
    low = s.lower()
    for a, b in rules:
        j = low.find(a, 1)
        if j > 0:
            t = low[:j] + b + low[j + len(a):]
            return t[:1].upper() + t[1:]
    return s

def add_days(d, n):
    return d + dt.timedelta(days=n)

def rand_date(rng, a, b):
    return add_days(a, rng.randrange((b - a).days + 1))

NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"

def new_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            return p + ''.join(rng.choice('0123456789') for _ in range(6)) + rng.choice('ABCD')

def new_ho(rng):
    return rng.choice('ABCDEFGHKLMNPRSTUVWY') + str(rng.randrange(1000000, 9999999))

STREETS = W("Mill|Church|Station|Victoria|Albert|Park|Queens|Kings|Grange|Orchard|Chapel|Meadow|Windsor|"
            "Elm|Beech|Cedar|Hawthorn|Willow|Clarence|Cavendish|Stanley|Railway|Canal|Brook|Priory|Abbey|"
            "Lime|Ash|Holly|Rowan|Sycamore|Coronation|Jubilee|Wellington|Nelson|Peel|Gladstone|Hampton".replace('|', ' '))
STYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Grove", "Terrace", "Way", "Drive", "Crescent"]
TOWNS = [("Ashbridge", "AH", 14), ("Milbury", "MY", 9)]
HOSTELS = ["Kestrel House Hostel", "Harbour Lodge", "St Jude's Hostel", "Brook Court Supported Housing",
           "The Beacon Night Shelter", "Ashbridge Foyer", "Lyndon House (Salvation Army)", "Milbury YMCA",
           "Crossways Direct Access Hostel", "Greenfield House Women's Refuge"]
SPECIAL = [("NFA", 20), ("HOSTEL", 16), ("SAFEHOUSE", 10), ("HO_ACCOM", 9), ("SOFA", 6), ("PRISON", 2), ("STREET", 37)]

def new_address(rng, council):
    kind = wchoice(rng, SPECIAL)
    town, area, nd = TOWNS[council if rng.random() < .8 else 1 - council]
    pc = "%s%d %d%s%s" % (area, rng.randrange(1, nd + 1), rng.randrange(10), rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
                          rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
    if kind == "STREET":
        flat = ("Flat %d, " % rng.randrange(1, 30)) if rng.random() < .35 else ""
        return (kind, "%s%d %s %s, %s" % (flat, rng.randrange(1, 180), rng.choice(STREETS), rng.choice(STYPES), town), pc)
    if kind == "HOSTEL":
        return (kind, "%s, %d %s %s, %s" % (rng.choice(HOSTELS), rng.randrange(1, 90), rng.choice(STREETS),
                                            rng.choice(STYPES), town), pc)
    if kind == "HO_ACCOM":
        return (kind, rng.choice(["Home Office asylum accommodation", "Initial accommodation (Home Office)",
                                  "Contingency hotel - Home Office", "NASS accommodation"]) +
                ", " + town, pc if rng.random() < .6 else "")
    if kind == "SAFEHOUSE":
        return (kind, rng.choice(["Safe house - address withheld", "NRM safehouse", "Safe house (MSVCC)",
                                  "Address withheld - safe house"]), "")
    if kind == "SOFA":
        return (kind, "Sofa surfing - friends, %s" % town, "")
    if kind == "PRISON":
        return (kind, "HMP - released from custody", "")
    return (kind, "", "")

# ---------------------------------------------------------------- people and households
START, END = dt.date(2018, 4, 1), dt.date(2025, 3, 31)
EU = ('RO', 'PL')
ASY_START = [("Asylum seeker", 40), ("Discretionary leave (VTS)", 8), ("No recourse to public funds", 10),
             ("Not known", 12), ("Limited leave to remain", 10), ("Refugee status", 20)]
ASY_NEXT = [("Refugee status", 40), ("Humanitarian protection", 8), ("Limited leave to remain", 15),
            ("Appeal rights exhausted", 12), ("Indefinite leave to remain", 8), ("Discretionary leave (VTS)", 7)]
EU_STATUS = [("EU Settled Status", 40), ("EU Pre-Settled Status", 35), ("EUSS application pending", 10), ("Not known", 15)]


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.npid = 0
        self.st = Counter()

    def culture_for(self, nat):
        r = self.rng
        if nat == 'GB' and r.random() < .15:            # British nationals of other heritage
            return r.choice(['NG', 'PK', 'IN', 'PK', 'CN', 'AL'])
        return nat

    def person(self, cult, nat, sex, dob, fam=None, father=None):
        r = self.rng
        self.npid += 1
        m, f, s = NAMES[cult]
        p = dict(pid="P%06d" % self.npid, cult=cult, nat=nat, sex=sex, dob=dob, mids=[], maiden=None,
                 grand=None, alias=None, english=None, nofam=False, disputed=False)
        p['given'] = r.choice(m if sex == 'M' else f)
        scheme = SCHEME[cult][0]
        if scheme == 'patronymic':
            p['fam'] = father or r.choice(m)
            p['grand'] = r.choice(m)
        else:
            p['fam'] = fam or r.choice(s)
            if cult == 'PL' and sex == 'F':
                p['fam'] = feminine_pl(p['fam'])
        for _ in range(10):
            if p['given'] != p['fam']:
                break
            p['given'] = r.choice(m if sex == 'M' else f)
        if cult == 'VN':
            p['mids'] = [r.choice(VN_MID_M if sex == 'M' else VN_MID_F)]
        elif cult == 'GB' and r.random() < .45:
            p['mids'] = [r.choice(m if sex == 'M' else f)]
        elif cult in ('AL', 'RO', 'PL', 'NG', 'IN', 'PK') and r.random() < .12:
            p['mids'] = [r.choice(m if sex == 'M' else f)]
        if p['mids'] and p['mids'][0] == p['given']:
            p['mids'] = []
        if cult == 'AF' and fam is None and r.random() < .15:
            p['nofam'] = True
            p['father_name'] = r.choice(m)
        if cult == 'CN' and r.random() < .25:
            p['english'] = r.choice(CN_ENGLISH[0 if sex == 'M' else 1])
        age18 = (dt.date(2019, 1, 1) - dob).days / 365.25
        if age18 >= 18 and r.random() < .03:           # name used on false documents / alias
            p['alias'] = (r.choice(m if sex == 'M' else f), r.choice(s) if s else r.choice(m))
        if nat != 'GB' and age18 >= 15 and r.random() < .15:
            p['disputed'] = True                       # DOB not known precisely: age assessed
        ni_p = .9 if nat == 'GB' else .7 if nat in EU else .35
        p['ni'] = new_ni(r) if age18 >= 15 and r.random() < ni_p else None
        ho_p = 0 if nat == 'GB' else .1 if nat in EU else .85
        p['ho'] = new_ho(r) if r.random() < ho_p else None
        if nat == 'GB':
            p['status'] = ["British Citizen"]
        elif nat in EU:
            p['status'] = [wchoice(r, EU_STATUS)] * 2
        else:
            p['status'] = [wchoice(r, ASY_START), wchoice(r, ASY_NEXT)]
        return p

    def unique_given(self, p, out):
        taken = [x['given'] for x, _ in out]
        lst = NAMES[p['cult']][0 if p['sex'] == 'M' else 1]
        for _ in range(20):
            if p['given'] not in taken:
                break
            p['given'] = self.rng.choice(lst)

    def household(self, room):
        """returns list of (person, role) ; role in lead/partner/child/other"""
        r = self.rng
        nat = wchoice(r, NAT_WEIGHTS)
        single_p = .7 if nat in ('VN', 'ER', 'SD', 'AF', 'IR', 'IQ', 'ET') else .5
        lp = .32 if nat in ('AL', 'NG', 'RO') else .18
        kind = wchoice(r, [('single', single_p), ('lone', lp), ('couple', .06), ('family', .14),
                           ('siblings', .05), ('other', .03)])
        if room < 2:
            kind = 'single'
        if kind == 'lone':
            lsex = 'F' if r.random() < .9 else 'M'
        elif kind in ('couple', 'family'):
            lsex = 'M' if r.random() < .55 else 'F'
        else:
            fem = {'AL': .5, 'NG': .65, 'CN': .5, 'RO': .5, 'GB': .3, 'VN': .3}.get(nat, .25)
            lsex = 'F' if r.random() < fem else 'M'
        ldob = rand_date(r, dt.date(1966, 1, 1), dt.date(2003, 6, 30))
        lead = self.person(self.culture_for(nat), nat, lsex, ldob)
        out = [(lead, 'lead')]
        father = mother = None
        if lsex == 'M':
            father = lead
        else:
            mother = lead
        if kind in ('couple', 'family') and len(out) < room:
            pnat = nat if r.random() < .8 else ('GB' if r.random() < .75 else wchoice(r, NAT_WEIGHTS))
            psex = 'F' if lsex == 'M' else 'M'
            pdob = ldob + dt.timedelta(days=r.randint(-8 * 365, 8 * 365))
            pdob = min(pdob, dt.date(2004, 1, 1))
            pc = self.culture_for(pnat)
            partner = self.person(pc, pnat, psex, pdob)
            out.append((partner, 'partner'))
            if psex == 'M':
                father = partner
            else:
                mother = partner
            # wife may take husband's surname (western naming)
            sch, take = SCHEME[father['cult']]
            if sch == 'western' and r.random() < take:
                mother['maiden'] = mother['fam']
                mother['fam'] = feminine_pl(father['fam']) if father['cult'] == 'PL' else father['fam']
                mother['married'] = True
        if kind in ('lone', 'family'):
            nkids = wchoice(r, [(1, 40), (2, 32), (3, 17), (4, 8), (5, 3)])
            base = father or mother
            if father is None:       # absent father: his name still shapes patronymic names
                ccult = mother['cult']
                absent = self.person(ccult, mother['nat'], 'M', mother['dob'])
                self.npid -= 1
                kfam = absent['given'] if SCHEME[ccult][0] == 'patronymic' else \
                    (mother['fam'] if r.random() < .7 else absent['fam'])
            else:
                ccult = father['cult']
                kfam = father['given'] if SCHEME[ccult][0] == 'patronymic' else father['fam']
            knat = 'GB' if 'GB' in (lead['nat'], (father or {}).get('nat')) else lead['nat']
            lo = add_days((mother or father)['dob'], int(17.5 * 365))
            for _ in range(nkids):
                if len(out) >= room:
                    break
                for _try in range(30):      # siblings born at least ~10 months apart
                    kdob = rand_date(r, max(lo, dt.date(2001, 1, 1)), dt.date(2024, 12, 31))
                    if all(abs((kdob - x['dob']).days) > 300 for x, y in out if y == 'child'):
                        break
                ksex = r.choice('MF')
                k = self.person(ccult, knat if r.random() < .85 else lead['nat'], ksex, kdob, fam=kfam, father=kfam)
                self.unique_given(k, out)
                if SCHEME[ccult][0] == 'patronymic' and father is not None:
                    k['grand'] = father['fam']
                if ccult == 'PL' and ksex == 'F':
                    k['fam'] = feminine_pl(kfam)
                if base['nofam']:
                    k['nofam'], k['father_name'] = True, base['given']
                out.append((k, 'child'))
        if kind in ('siblings', 'other'):
            n = 1 if kind == 'other' or r.random() < .7 else 2
            for _ in range(n):
                if len(out) >= room:
                    break
                sdob = ldob + dt.timedelta(days=r.randint(-9 * 365, 9 * 365))
                sdob = min(sdob, dt.date(2004, 6, 1))
                ssex = r.choice('MF')
                if kind == 'siblings':
                    s = self.person(lead['cult'], nat, ssex, sdob, fam=lead.get('maiden') or lead['fam'],
                                    father=lead['fam'])
                    s['grand'] = lead['grand']
                    if lead['cult'] == 'PL':
                        base_fam = lead['fam'][:-1] + 'i' if lead['fam'].endswith('ska') or lead['fam'].endswith('cka') else lead['fam']
                        s['fam'] = feminine_pl(base_fam) if ssex == 'F' else base_fam
                    s['nofam'] = lead['nofam']
                    s['father_name'] = lead.get('father_name')
                else:           # cousin / friend / parent travelling with applicant
                    s = self.person(self.culture_for(nat), nat, ssex, sdob)
                self.unique_given(s, out)
                out.append((s, 'other'))
        for p, ro in out[1:]:                   # dependants usually share the lead's immigration case
            if p['nat'] not in ('GB',) + EU and lead['nat'] not in ('GB',) + EU and r.random() < .8:
                p['status'] = list(lead['status'])
        return out


# ---------------------------------------------------------------- record rendering
COUNCILS = ["Ashbridge Borough Council", "Milbury District Council"]
SWAP_RATE = {'VN': .12, 'CN': .12, 'ER': .06, 'ET': .06, 'SD': .06, 'AF': .04, 'IQ': .04, 'IR': .04}
REASONS = [  # (main council wording, neighbour wording, weight first approach, weight later approach)
 ("Modern slavery / trafficking", "Modern Slavery/Trafficking", 38, 14),
 ("Required to leave Home Office asylum accommodation", "Left NASS / Home Office accommodation", 16, 8),
 ("Family or friends no longer willing or able to accommodate", "Family/friends no longer willing to accommodate", 12, 20),
 ("Domestic abuse", "Domestic Abuse - victim", 8, 10),
 ("End of private rented tenancy - assured shorthold", "End of AST", 7, 18),
 ("Non-violent relationship breakdown with partner", "Relationship breakdown (non-violent)", 4, 8),
 ("Eviction from supported housing", "Evicted from supported accommodation", 5, 9),
 ("Left institution with no accommodation available", "Left prison/hospital - no accommodation", 3, 4),
 ("Other violence or harassment", "Harassment/violence (non-DA)", 3, 4),
 ("Other", "Other (please specify)", 4, 5)]
NEEDS = [("MH", "History of mental health problems", 45), ("PH", "Physical ill health and disability", 20),
         ("SA", "At risk of / has experienced sexual abuse / exploitation", 30),
         ("DA", "At risk of / has experienced domestic abuse", 18),
         ("NA", "At risk of / has experienced abuse (non-domestic)", 25), ("DR", "Drug dependency needs", 8),
         ("AL", "Alcohol dependency needs", 7), ("OF", "Offending history", 8),
         ("YP", "Young person aged 18-25 requiring support", 15), ("CL", "Care leaver aged 21+", 5),
         ("LD", "Learning disability", 5), ("ET", "Access to education, employment or training", 20),
         ("FA", "Former asylum seeker", 15), ("RS", "History of rough sleeping", 10)]
OUTCOMES = [("Relief duty owed", 30), ("Prevention duty owed", 18), ("Main duty accepted", 12),
            ("Not eligible", 6), ("Withdrew application / lost contact", 12), ("Advice and information only", 8),
            ("Not homeless", 4), ("Intentionally homeless", 2), ("Referred to another LA", 3), ("Open", 5)]


def case_str(s, council, r, st):
    """apply each council's capitalisation / character-set habits to a name field"""
    if not s:
        return s
    if council == 0:
        return strip_accents(s).upper()
    if r.random() < .5:
        s = strip_accents(s)
    if r.random() < .03:
        st['lower_case'] += 1
        return s.lower()
    if r.random() < .02:
        s = s + ' '
    return s


def ni_noise(r, ni, st):
    k = r.random()
    st['ni_typo'] += 1
    digits = list(ni[2:8])
    if k < .35:
        i = r.randrange(5)
        digits[i], digits[i + 1] = digits[i + 1], digits[i]
        return ni[:2] + ''.join(digits) + ni[8:]
    if k < .6:
        i = r.randrange(6)
        digits[i] = r.choice('0123456789')
        return ni[:2] + ''.join(digits) + ni[8:]
    if k < .8:
        return ni[:8]                       # suffix dropped
    return ni.replace('O', '0') if 'O' in ni[:2] else ni[:1] + r.choice(NI_SECOND) + ni[2:]


def fmt_date(d, council):
    return d.strftime('%d/%m/%Y') if council == 0 else d.isoformat()


class Approach:
    pass


def render(g, p, ctx):
    """one record of person p at approach ctx -> dict of output fields"""
    r, st = g.rng, g.st
    council, date, role = ctx.council, ctx.date, ctx.role
    cult = p['cult']
    age = (date - p['dob']).days / 365.25
    unborn = age < 0
    fore_parts, mid, sur = [], '', ''
    given, fam = p['given'], p['fam']
    if p.get('married') and (r.random() < .12 or (not ctx.partner_present and r.random() < .25)):
        fam = p['maiden']
        st['maiden_name'] += 1
    if p['alias'] and r.random() < .4:
        given, fam = p['alias']
        st['alias_used'] += 1
        mids = []
    else:
        mids = list(p['mids'])
        G = given.upper()
        if G in NICK and r.random() < .12:
            given = r.choice(NICK[G]); st['nickname'] += 1
        elif p['english'] and r.random() < .3:
            given = p['english'] if r.random() < .7 else "%s (%s)" % (given, p['english'])
            st['english_name'] += 1
        elif cult != 'GB' and strip_accents(G) in VARIANT and r.random() < .25:
            given = r.choice(VARIANT[strip_accents(G)]); st['translit_forename'] += 1
        elif cult not in ('GB', 'PL', 'RO', 'AL', 'CN', 'VN') and r.random() < .05:
            given = translit_rule(r, given); st['translit_forename'] += 1
        elif cult == 'AL' and p['sex'] == 'M' and given[-1] not in 'aeiou' and r.random() < .12:
            given = given + ('u' if given[-1] in 'kgh' else 'i'); st['albanian_definite'] += 1
        F = strip_accents(fam.upper())
        if cult != 'GB' and F in VARIANT and r.random() < .2:
            fam = r.choice(VARIANT[F]); st['translit_surname'] += 1
        elif cult in ('AF', 'IQ', 'IR', 'SD', 'ER', 'ET', 'NG', 'PK', 'IN') and r.random() < .05:
            fam = translit_rule(r, fam); st['translit_surname'] += 1
        if SCHEME[cult][0] == 'patronymic' and p['grand']:
            k = r.random()
            if k < .10:
                fam = fam + ' ' + p['grand']; st['grandfather_added'] += 1
            elif k < .14:
                fam = p['grand']; st['grandfather_as_surname'] += 1
            elif k < .19:
                mids = [fam]; fam = p['grand']; st['three_part_split'] += 1
        if p['nofam']:
            fam = wchoice(r, [('UNKNOWN', 3), (given, 2), (p['father_name'], 4), ('', 1)])
            st['no_surname_filled'] += 1
    # middle names
    if mids:
        k = r.random()
        if council == 0:
            if k < .55:
                mid = ' '.join(mids)
            elif k < .7:
                fore_parts = [given] + mids if cult != 'VN' else mids + [given]
            else:
                st['middle_dropped'] += 1
        else:
            if k < .4:
                fore_parts = [given] + mids if cult != 'VN' else mids + [given]
            else:
                st['middle_dropped'] += 1
    fore = ' '.join(fore_parts) if fore_parts else given
    sur = fam
    if r.random() < SWAP_RATE.get(cult, .015):
        fore, sur = sur, fore; st['name_swap'] += 1
    if r.random() < .03:
        fore = typo(r, fore); st['typo_forename'] += 1
    if r.random() < .035:
        sur = typo(r, sur); st['typo_surname'] += 1
    if unborn:
        fore, mid = r.choice(['UNBORN', 'Unborn', 'BABY', 'Unborn child']), ''
        st['unborn_record'] += 1
    elif age < .25 and r.random() < .3:
        fore, mid = 'BABY', ''
        st['baby_placeholder'] += 1
    fore, mid, sur = case_str(fore, council, r, st), case_str(mid, council, r, st), case_str(sur, council, r, st)
    # date of birth
    d = p['dob']
    dob = ''
    if unborn:
        if r.random() < .5:
            dob = fmt_date(add_days(d, r.randint(-25, 25)), council)
    elif r.random() < .025:
        st['dob_missing'] += 1
    else:
        if p['disputed'] and r.random() < .5:
            d = dt.date(d.year + (r.choice([-1, 1]) if r.random() < .3 else 0), 1, 1)
            st['dob_estimated_0101'] += 1
        k = r.random()
        if k < .03 and d.day <= 12 and d.day != d.month:
            d = dt.date(d.year, d.day, d.month); st['dob_day_month_swap'] += 1
        elif k < .05:
            d = dt.date(d.year + r.choice([-1, 1]), d.month, min(d.day, 28)); st['dob_year_off'] += 1
        elif k < .07:
            dd = d.day + r.choice([-10, -1, 1, 10])
            if 1 <= dd <= 28:
                d = dt.date(d.year, d.month, dd); st['dob_day_typo'] += 1
        dob = fmt_date(d, council)
    # sex
    sx = p['sex']
    if unborn and r.random() < .7:
        sx = None
    elif r.random() < .04:
        sx = None; st['sex_missing'] += 1
    elif r.random() < .006:
        sx = 'F' if sx == 'M' else 'M'; st['sex_flipped'] += 1
    if council == 0:
        gender = {'M': 'M', 'F': 'F', None: r.choice(['U', '', 'U'])}[sx]
    else:
        gender = {'M': 'Male', 'F': 'Female', None: r.choice(['Not known', '', 'Prefer not to say'])}[sx]
    # title
    title = ''
    if not unborn:
        if age < 16:
            title = ('Master' if sx == 'M' else 'Miss' if sx == 'F' else '') if r.random() < .4 else ''
        elif p['sex'] == 'M':
            title = 'Mr'
        elif p.get('married'):
            title = 'Mrs' if r.random() < .6 else 'Ms'
        else:
            title = r.choice(['Miss', 'Ms', 'Ms'])
        if r.random() < (.08 if council == 0 else .3):
            title = ''
        if council == 0:
            title = title.upper()
    # nationality
    nat = p['nat']
    k = r.random()
    if unborn:
        natv = ''
    elif k < .045:
        natv = r.choice(['', '', 'NOT KNOWN' if council == 0 else 'Not Known'])
        st['nat_missing'] += 1
    else:
        if k < .095:
            nat = r.choice(NAT_NEIGHBOUR[nat]); st['nat_neighbour'] += 1
        if council == 0:
            natv = NAT_LABEL[nat][0]
            if nat in NAT_ALT and r.random() < .08:
                natv = r.choice(NAT_ALT[nat])
        else:
            natv = NAT_LABEL[nat][1] if r.random() < .8 else NAT_LABEL[nat][0].title()
    # immigration status
    stat = p['status'][min(ctx.idx, len(p['status']) - 1)]
    if unborn or r.random() < .08:
        stat = ''
    elif council == 0:
        stat = stat.upper()
    # NI number
    ni = ''
    if p['ni'] and age >= 16 and r.random() < .6:
        ni = p['ni']
        if r.random() < .04:
            ni = ni_noise(r, ni, st)
        if council == 1 and r.random() < .5:
            ni = ' '.join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8:]]).strip()
    elif not p['ni'] and age >= 16 and r.random() < .03:
        ni = 'TN' + p['dob'].strftime('%d%m%y') + (p['sex'] if r.random() < .9 else 'M')
        st['ni_temporary_TN'] += 1
    elif age >= 16 and r.random() < .02:
        ni = 'N/K' if council == 1 else 'NOT KNOWN'
    # Home Office reference
    ho = ''
    if p['ho'] and r.random() < .55:
        ho = p['ho']
        if role != 'Applicant' and ctx.lead_ho and r.random() < .2:
            ho = ctx.lead_ho; st['ho_ref_of_lead'] += 1
        elif r.random() < .04:
            i = r.randrange(1, 8)
            ho = ho[:i] + r.choice('0123456789') + ho[i + 1:]; st['ho_typo'] += 1
        if council == 1 and r.random() < .1:
            ho = ho + '/001'
    return dict(title=title, fore=fore, mid=mid, sur=sur, dob=dob, gender=gender, nat=natv, stat=stat, ni=ni, ho=ho)


# ---------------------------------------------------------------- approaches and export
HEADER = ["Row ID", "LA", "Case Ref", "Person No", "Relationship to lead applicant", "Title", "Forename",
          "Middle Name", "Surname", "Date of Birth", "Gender", "Nationality", "Immigration Status", "NI Number",
          "Home Office Ref", "Last Settled Address", "Last Settled Postcode", "Date of Approach",
          "Reason for Loss of Last Settled Home", "Support Needs", "Outcome"]


def generate(n_people, seed):
    g = Gen(seed)
    r, st = g.rng, g.st
    rows = []                 # (sortkey, rowdict, pid)
    used_refs = set()
    made = 0
    while made < n_people:
        hh = g.household(n_people - made)
        made += len(hh)
        lead = hh[0][0]
        k = wchoice(r, [(1, 50), (2, 28), (3, 13), (4, 5), (5, 2.5), (6, 1.5)])
        dates = [rand_date(r, START, dt.date(2024, 10, 31))]
        for _ in range(k - 1):
            nd = add_days(dates[-1], r.randint(45, 800))
            if nd > END:
                break
            dates.append(nd)
        council = 0 if r.random() < .8 else 1
        alone_first = len(hh) > 1 and len(dates) > 1 and r.random() < .35
        needs = [c for c in NEEDS if r.random() < c[2] / 100.0]
        partner = next((p for p, ro in hh if ro == 'partner'), None)
        separated_from = None
        plans = []                                  # (idx, date, council, applicant, present)
        for idx, date in enumerate(dates):
            if idx > 0 and r.random() < .25:
                council = 1 - council; st['switch_council'] += 1
            applicant = lead
            present = [(lead, 'Applicant')]
            if partner is not None and idx > 0 and separated_from is None and r.random() < .12:
                separated_from = idx
            if partner is not None and not (alone_first and idx == 0):
                if separated_from is not None and idx >= separated_from:
                    # partner approaches as applicant on their own (with the children) or not at all
                    if r.random() < .5:
                        applicant = partner
                        present = [(partner, 'Applicant')]
                        st['partner_became_applicant'] += 1
                elif r.random() < .9:
                    present.append((partner, 'Partner'))
                    if r.random() < .1:      # roles the other way round this time
                        present = [(partner, 'Applicant'), (lead, 'Partner')]
                        applicant = partner
                        st['roles_reversed'] += 1
            if alone_first and idx == 0:
                st['alone_then_family'] += 1
            else:
                mother_present = any(p['sex'] == 'F' and ro in ('Applicant', 'Partner') for p, ro in present)
                for p, ro in hh:
                    if ro == 'child':
                        a = (date - p['dob']).days / 365.25
                        if a < 0:
                            if a > -.5 and mother_present and r.random() < .4:
                                present.append((p, 'Child'))
                        elif a >= 18:
                            if r.random() < .5:
                                present.append((p, 'Child' if r.random() < .6 else 'Other'))
                        elif r.random() < .95:
                            present.append((p, 'Child'))
                    elif ro == 'other' and r.random() < .8:
                        present.append((p, 'Other'))
            plans.append([idx, date, council, applicant, present])
        # every generated person must appear at least once: add anyone missing to a later approach
        seen = set(p['pid'] for pl in plans for p, _ in pl[4])
        for p, ro in hh:
            if p['pid'] in seen:
                continue
            pl = plans[-1]
            if ro == 'child' and p['dob'] > pl[1]:
                parent_dob = max(x['dob'] for x, y in hh if y in ('lead', 'partner'))
                lo = max(add_days(parent_dob, int(17.5 * 365)), add_days(pl[1], -6 * 365))
                hi = add_days(pl[1], -30)
                p['dob'] = rand_date(r, lo, hi) if lo < hi else hi
            relation = {'partner': 'Partner', 'child': 'Child', 'other': 'Other'}[ro]
            if ro == 'partner' and pl[3] is p:
                continue
            pl[4].append((p, relation))
            st['member_added_to_last_approach'] += 1
        for idx, date, council, applicant, present in plans:
            ctx = Approach()
            ctx.council, ctx.date, ctx.idx = council, date, idx
            ctx.partner_present = any(ro == 'Partner' for _, ro in present)
            ctx.lead_ho = applicant['ho']
            # household-level fields
            while True:
                ref = ("HOP-%d-%05d" % (date.year, r.randrange(100000))) if council == 0 else \
                      ("MDC/H/%06d" % r.randrange(1000000))
                if ref not in used_refs:
                    used_refs.add(ref)
                    break
            kind, addr, pc = new_address(r, council)
            if kind == 'NFA':
                addr = r.choice(['NFA', 'NFA', 'No fixed abode', 'N.F.A.', 'Rough sleeping'])
            if council == 0:
                addr, pc = addr.upper(), pc.upper()
            elif r.random() < .15 and pc:
                pc = pc.replace(' ', '')
            reason_i = wchoice(r, [(i, x[2] if idx == 0 else x[3]) for i, x in enumerate(REASONS)])
            reason = REASONS[reason_i][council]
            nd = [c for c in needs if r.random() < .8] + [c for c in NEEDS if c not in needs and r.random() < .03]
            lage = (date - applicant['dob']).days / 365.25
            nd = [c for c in NEEDS if c in nd and not (c[0] == 'YP' and lage >= 26)
                  and not (c[0] == 'FA' and applicant['nat'] in ('GB',) + EU)]
            needs_s = ';'.join(c[0] for c in nd) if council == 0 else ' | '.join(c[1] for c in nd)
            outcome = wchoice(r, OUTCOMES)
            recs = []
            for p, ro in present:
                ctx.role = ro
                recs.append((p, ro, render(g, p, ctx)))
                if r.random() < .006:        # duplicated person row within the case (data-entry)
                    recs.append((p, ro, render(g, p, ctx))); st['duplicate_row_in_case'] += 1
            for pno, (p, ro, f) in enumerate(recs, 1):
                row = {"LA": COUNCILS[council], "Case Ref": ref, "Person No": str(pno),
                       "Relationship to lead applicant": ro, "Title": f['title'], "Forename": f['fore'],
                       "Middle Name": f['mid'], "Surname": f['sur'], "Date of Birth": f['dob'],
                       "Gender": f['gender'], "Nationality": f['nat'], "Immigration Status": f['stat'],
                       "NI Number": f['ni'], "Home Office Ref": f['ho'], "Last Settled Address": addr,
                       "Last Settled Postcode": pc, "Date of Approach": fmt_date(date, council),
                       "Reason for Loss of Last Settled Home": reason,
                       "Support Needs": needs_s if ro == 'Applicant' else '', "Outcome": outcome}
                rows.append(((date, ref, pno), row, p['pid']))
    rows.sort(key=lambda x: x[0])
    ids = r.sample(range(1000000, 10000000), len(rows))
    out = []
    for (key, row, pid), rid in zip(rows, ids):
        row["Row ID"] = str(rid)
        out.append((row, pid))
    return out, g.st, made


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--people', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--truth', required=True)
    ap.add_argument('--stats', action='store_true')
    a = ap.parse_args(argv)
    rows, st, made = generate(a.people, a.seed)
    with open(a.out, 'w', newline='', encoding='utf-8-sig') as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER, lineterminator='\r\n')
        w.writeheader()
        for row, pid in rows:
            w.writerow(row)
    with open(a.truth, 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['record_id', 'person_id'])
        for row, pid in rows:
            w.writerow([row['Row ID'], pid])
    if a.stats:
        size = Counter(pid for _, pid in rows)
        hist = Counter(size.values())
        pairs = sum(c * (c - 1) // 2 for c in size.values())
        e = sys.stderr
        print("people generated: %d   people with >=1 row: %d   rows: %d   true pairs: %d"
              % (made, len(size), len(rows), pairs), file=e)
        print("rows per person: " + ", ".join("%d:%d" % kv for kv in sorted(hist.items())), file=e)
        print("rows by council: " + ", ".join("%s=%d" % kv for kv in sorted(Counter(r_['LA'] for r_, _ in rows).items())), file=e)
        print("rows by relationship: " + ", ".join("%s=%d" % kv for kv in sorted(Counter(r_['Relationship to lead applicant'] for r_, _ in rows).items())), file=e)
        print("noise events (counts of rows or approaches):", file=e)
        for k_, v in sorted(st.items()):
            print("  %-26s %6d  (%.1f%% of rows)" % (k_, v, 100.0 * v / len(rows)), file=e)


if __name__ == '__main__':
    main()
