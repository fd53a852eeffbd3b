#!/usr/bin/env python3
"""gen34 - synthetic pooled case file of a UK anti-trafficking NGO and its partners in
France, Belgium, Spain, Italy, Portugal and the Netherlands.  Each partner exported its own
sheet with headers in its own language; the UK analyst stacked the sheets under the UNION of
all headers plus a `partner` column.  Every person, date and identifier is invented.
Standard library only.  Usage:
  python3 gen34.py --people N --seed S --out data.csv --truth truth.csv
"""
import argparse, calendar, csv, random, re, unicodedata

LANGS = ['en', 'fr', 'es', 'it', 'pt', 'nl']
PARTNERS = {'UK': ('UK', 'en'), 'FRC': ('FR-Calais', 'fr'), 'FRP': ('FR-Paris', 'fr'),
            'BEB': ('BE-Bruxelles', 'fr'), 'BEA': ('BE-Antwerpen', 'nl'), 'ES': ('ES-Madrid', 'es'),
            'IT': ('IT-Torino', 'it'), 'PT': ('PT-Lisboa', 'pt'), 'NL': ('NL-Amsterdam', 'nl')}
COLS = {  # semantic field -> header of that partner's sheet
    'en': dict(sur='Surname', given='Forename(s)', dob='Date of birth', sex='Sex', nat='Nationality',
               pob='Place of birth', ref='Case ref'),
    'fr': dict(sur='Nom', given='Prénom(s)', dob='Date de naissance', sex='Sexe', nat='Nationalité',
               pob='Lieu de naissance', ref='N° de dossier'),
    'es': dict(sur='Apellidos', given='Nombre', dob='Fecha de nacimiento', sex='Sexo', nat='Nacionalidad', nie='NIE'),
    'it': dict(sur='Cognome', given='Nome', dob='Data di nascita', sex='Sesso', nat='Cittadinanza',
               pob='Luogo di nascita', cf='Codice fiscale'),
    'pt': dict(sur='Apelido', given='Nome próprio', dob='Data de nascimento', sex='Sexo', nat='Nacionalidade'),
    'nl': dict(sur='Achternaam', given='Voornaam', dob='Geboortedatum', sex='Geslacht', nat='Nationaliteit', bsn='BSN'),
}
HEADER = ['record_id', 'partner'] + list(dict.fromkeys(h for l in LANGS for h in COLS[l].values()))

def wtable(s):
    t = s.split(); return {t[i]: float(t[i + 1]) for i in range(0, len(t), 2)}
NAT_W = wtable('NGA 14 ERI 12 SDN 10 ALB 14 VNM 12 MAR 8 AFG 10 ROU 10 CHN 5 BRA 5')
FEMALE = wtable('NGA .8 ERI .35 SDN .1 ALB .5 VNM .35 MAR .4 AFG .05 ROU .6 CHN .5 BRA .7')
DOCUMENTED = wtable('NGA .6 ERI .45 SDN .4 ALB .9 VNM .7 MAR .75 AFG .45 ROU .95 CHN .75 BRA .95')
SWAP = wtable('NGA .06 ERI .12 SDN .10 ALB .04 VNM .25 MAR .05 AFG .10 ROU .04 CHN .25 BRA .04')
ROUTES = {k: wtable(v) for k, v in {
    'NGA': 'UK 3 IT 3 ES 2 FRP 2 FRC .5 BEB 1 BEA 1 NL 1 PT .3',
    'ERI': 'UK 3 IT 3 FRC 3 FRP 1 BEB 1.5 BEA .5 NL 1.5 ES .2',
    'SDN': 'UK 3 IT 2 FRC 3 FRP 1 BEB 1.5 BEA .5 NL .5 ES .5',
    'ALB': 'UK 4 FRC 1 FRP 1 BEB 1.5 BEA 1 NL 1 IT 1 ES .2',
    'VNM': 'UK 4 FRP 2 FRC 1 NL 1.5 BEA 1 BEB 1 ES .2',
    'MAR': 'ES 4 FRP 2 BEB 2 BEA 1 NL 2 IT 1.5 PT 1 UK 1.5',
    'AFG': 'UK 3 FRC 2 FRP 1.5 BEB 1.5 IT 1.5 NL 1 BEA .5',
    'ROU': 'UK 3 ES 2.5 IT 2.5 FRP 1.5 BEB .5 NL 1 PT .3',
    'CHN': 'UK 3 FRP 2.5 NL 1.5 ES 1.5 IT 2 BEA .5 PT .3',
    'BRA': 'PT 4 ES 2 UK 3 IT 1 NL .5 FRP .5 BEB .3'}.items()}

P = lambda s: [w.replace('_', ' ') for w in s.split()]
POOLS = {  # (male given, female given, surnames); common names first (Zipf-weighted)
 'NGA': ('Osaro Efosa Ehis Osagie Uyi Chinedu Emeka Ikechukwu Samuel Daniel Godwin Friday Sunday Ibrahim Musa Kingsley Lucky Collins Stanley',
         'Blessing Joy Precious Favour Gift Mercy Esther Faith Happiness Princess Peace Rita Vivian Itohan Eki Osasere Oghogho Ngozi Chioma Aisha Gloria Success Patience Comfort',
         'Osagie Omoregie Igbinedion Okafor Okonkwo Eze Obi Adeyemi Ogbeide Edosomwan Aigbe Ehigiator Uwaifo Osazuwa Idahosa Iyamu Obaseki Oviawe Nwosu Bello Omoruyi Eghosa Asemota Ighodaro Enabulele'),
 'ERI': ('Yonas Mehari Tesfay Tekle Berhane Filmon Kidane Yohannes Dawit Merhawi Ghirmay Abraham Aman Habtom Mussie Biniam Robel Haben Samuel Michael Natnael Amanuel Awet Efrem Teklit Ermias Tsegay Woldu Kibrom Henok',
         'Semhar Senait Helen Selam Tsega Luwam Winta Saba Freweini Yordanos Hiwet Mebrat Rahel Elsa Tsehay Ruta Feven Danait Nardos Aster Almaz Lidia',
         'Tesfamariam Ghebremedhin Woldemichael Haile Gebremariam Tewelde Berhe Kahsay Asmerom Weldu Habte Mehari Tekeste Ghebrehiwet Andemariam Woldegiorgis Zerai Gebreyesus Teklehaimanot Okbamichael Negash Yemane Kidane Tesfay Tekle Berhane Ghirmay Habtom Tsegay Woldu'),
 'SDN': ('Mohamed Ahmed Abdelrahman Osman Ibrahim Adam Ishag Yousif Hassan Hussein Omer Mustafa Abdallah Idris Suleiman Abakar Khalid Elfatih Musa Yahya Babiker Hamid Siddig',
         'Fatima Amna Hawa Mariam Zeinab Khadija Aisha Sara Halima Rabab Nafisa Asha',
         'Mohamed Ahmed Adam Abdallah Ibrahim Osman Abakar Ishag Hassan Abdelrahman Hussein Yousif Musa Idris Suleiman Omer Babiker Abdelkarim Elnour Hamdan Ismail Bakhit Eltayeb Haroun Elamin'),
 'MAR': ('Mohamed Youssef Hamza Ayoub Anas Mehdi Rachid Khalid Said Walid Jamal Soufiane Bilal Ismail Zakaria Omar Hicham Yassine Abdelilah Nabil',
         'Fatima_Zahra Khadija Salma Meryem Hanane Naima Samira Karima Zineb Imane Houda Siham Latifa',
         'El_Amrani Benali Bennani Alaoui El_Idrissi Tazi Ouahbi Chraibi Boukhari Ait_Ali El_Mansouri Haddad Zerouali Belhaj Ouazzani Berrada El_Khattabi Bouzid Lahlou Jabri'),
 'AFG': ('Ahmad Mohammad Ali Hamid Farid Javid Wahid Zabihullah Naqibullah Rahmatullah Shafiq Sohail Jawad Mujtaba Bilal Omid Sayed Nasir Hekmatullah Chaman Samiullah Ezatullah Rohullah',
         'Zahra Fatima Maryam Sakina Nilofar Farzana Shabnam Parwana Zainab',
         'Ahmadzai Sultani Rahimi Hakimi Noori Karimi Popal Safi Stanekzai Wardak Hussaini Jalali Mohammadi Amiri Sadat Naziri Azizi Habibi Hotak Shinwari'),
 'ALB': ('Arben Besnik Dritan Ermal Gentian Klodian Artan Erion Fatjon Florjan Kristian Mario Elton Eljon Ardit Sokol Gëzim Endrit Bledar Alban',
         'Elira Anisa Brikena Erjona Klea Ledia Mirela Ornela Fjolla Xhensila Eglantina Arjola Denisa Elona Jonida',
         'Hoxha Shehu Kola Gjoka Leka Marku Prendi Çela Dervishi Berisha Basha Krasniqi Muça Gjoni Lleshi Hysa Rama Dedja Kuka Zeqiri Përmeti Xhafa'),
 'VNM': ('Minh Tuấn Hùng Đức Nam Long Quang Hải Dũng Thắng Huy Khánh Phong Sơn Tùng',
         'Lan Hương Linh Mai Thu Trang Hoa Ngọc Thảo Hằng Nhung Phương Yến Vy',
         'Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô Huỳnh Phan Võ Dương Lý'),
 'ROU': ('Andrei Ionuț Florin Marian Gheorghe Constantin Alexandru Mihai Ștefan Adrian Cosmin Daniel Bogdan Cătălin Nicolae Vasile',
         'Maria Elena Ioana Andreea Florentina Georgiana Roxana Alina Mădălina Cristina Denisa Larisa Bianca Nicoleta',
         'Popescu Ionescu Stan Dumitru Constantin Stoica Radu Munteanu Lungu Moldovan Rusu Stănescu Țurcanu Ciobanu Dinu Ștefan Mocanu Lazăr Gheorghe Pîrvu Sârbu Bălan'),
 'CHN': ('Wei Jian Lei Ming Qiang Yong Jun Hui Xiao Jie Hao Bin Tao', 'Jing Na Hua Mei Yan Chun Xiao Hong Ying Fang Xin Yu Lin Ping Li',
         'Wang Li Zhang Liu Chen Lin Zheng Huang Wu Zhou Zhao Yang'),
 'BRA': ('João Lucas Thiago Rafael Paulo Gabriel Felipe Bruno Matheus Leandro Diego Rodrigo Luiz',
         'Ana Maria Juliana Fernanda Camila Larissa Bruna Jéssica Letícia Aline Patrícia Vanessa Daiane Kelly Thaís',
         'Silva Santos Oliveira Souza Pereira Ferreira Rodrigues Almeida Lima Costa Gomes Ribeiro Carvalho Alves Martins Barbosa Rocha'),
}
POOLS = {k: tuple(P(x) for x in v) for k, v in POOLS.items()}
ERI_FATHERS = POOLS['ERI'][2]

GROUPS = [g.split(',') for g in '''Mohamed,Mohammed,Muhammad,Mohammad,Mohamad,Mouhamed,Muhammed;Ahmed,Ahmad,Ahmet;
Abdelrahman,Abdulrahman,Abderrahmane,Abdel Rahman,Abdurahman;Abdallah,Abdullah,Abdellah,Abdalla;Yousif,Yusuf,Youssef,Yousef,Youssouf,Yusif;
Osman,Othman,Outhman,Usman;Hussein,Husein,Houssein,Hussain;Ishag,Ishaq,Ishak;Omer,Omar,Umar;Mustafa,Moustapha,Mostafa,Mustapha;
Ibrahim,Ibrahime,Brahim,Ebrahim;Hassan,Hasan,Hassane;Adam,Adem;Idris,Idriss,Edris;Suleiman,Sulayman,Soulaymane,Sleiman;Abakar,Abbakar,Abaker;
Fatima,Fatma,Fatouma,Fatimah;Zeinab,Zainab,Zaynab,Zineb;Mariam,Meriem,Maryam,Meryem;Khadija,Khadidja,Khadijah,Kadija;Hawa,Haoua;Amna,Amnah;
Elfatih,El Fatih,Alfatih;Babiker,Babikir,Babeker;Siddig,Siddiq,Seddik;Elnour,El Nour,Alnour;Eltayeb,El Tayeb,Altayeb,Eltaib;Haroun,Harun,Haroon;
Bakhit,Bakheet,Bakhet;Abdelkarim,Abdulkarim,Abdelkrim;Elamin,El Amin,Alamin;Yahya,Yahia,Yehia;Musa,Moussa,Mousa;Halima,Halimah;Nafisa,Nafissa;
Aisha,Aicha,Ayesha,Aïcha;Sara,Sarah;Rachid,Rashid;Khalid,Khaled;Said,Saïd,Saeed;Walid,Oualid,Waleed;Jamal,Djamal,Jamel;Hamza,Hamsa;
Ayoub,Ayub,Ayyoub;Mehdi,Mahdi;Soufiane,Sofiane,Sufyan;Bilal,Bilel;Ismail,Ismaïl,Smail,Ismael;Zakaria,Zakariya,Zakariae;Hicham,Hisham;
Yassine,Yasin,Yacine;Hanane,Hanan;Naima,Naïma;Imane,Iman;Houda,Huda;Chraibi,Chraïbi;Lahlou,Lahlu;Ouahbi,Wahbi;Ouazzani,Wazzani;Belhaj,Belhadj;
Zabihullah,Zabiullah,Zabihollah;Naqibullah,Naqeebullah,Naguibullah;Rahmatullah,Rahmatollah,Rahmatulla;Hamid,Hameed,Hamed;Farid,Fareed;
Javid,Jawid,Javed;Wahid,Waheed;Shafiq,Chafik,Shafeeq;Sohail,Suhail;Noori,Nouri,Nuri;Hussaini,Hosseini,Husseini;Jalali,Jalaly;Wardak,Wardag;
Ahmadzai,Ahmadzay,Ahmedzai;Sultani,Soltani;Jawad,Javad;Mujtaba,Mojtaba;Omid,Omeed;Sayed,Sayyid,Seyed;Nasir,Naser,Nasser;Hekmatullah,Hikmatullah;
Ezatullah,Izzatullah;Rohullah,Ruhullah;Nilofar,Nilufar;Parwana,Parvana;Stanekzai,Stanikzai;Hotak,Hotaki;Sadat,Saadat;Mohammadi,Mohamadi;
Gebremariam,Ghebremariam,Guebremariam,Gebre Mariam;Gebreyesus,Ghebreyesus,Gebreiesus;Ghebremedhin,Gebremedhin,Ghebremedin;
Ghebrehiwet,Gebrehiwet,Gebrehiwot;Woldemichael,Weldemichael,Woldemikael,Wolde Michael;Woldegiorgis,Weldegiorgis,Woldegiorgish;
Tesfamariam,Tesfamaryam,Tesfa Mariam;Tesfay,Tesfaye,Tesfai;Yohannes,Yohanes,Johannes,Iohannes;Mussie,Musie;Haile,Hayle;Tewelde,Tewolde;
Kahsay,Kahsai;Ghirmay,Girmay,Ghirmai;Tsegay,Tsegai,Tsegaye;Efrem,Ephrem;Teklehaimanot,Tekle Haimanot,Teklehaymanot;Okbamichael,Ukbamichael;
Michael,Mikael;Habtom,Habtum;Berhane,Birhane,Berhani;Zerai,Zeray;Yemane,Yemani;Asmerom,Asmerome;Freweini,Frewoini;Tsehay,Tsehaye;
Hoxha,Hodja,Hoxa;Gjoka,Gjokaj;Krasniqi,Krasniqui;Igbinedion,Igbinidion;Osasere,Osas;Osazuwa,Osazuwah;Idahosa,Idahossa;Happiness,Happy;
Ionuț,Ionut,Ionutz;Gheorghe,Gheorge,George;Nicolae,Nicolai;Souza,Sousa;Luiz,Luis;Thiago,Tiago'''.replace('\n', '').split(';')]
GROUP = {w: g for g in GROUPS for w in g}
TRANSLIT_NATS = {'ERI', 'SDN', 'MAR', 'AFG'}
RULES = {  # (regex, replacement, probability) applied in order to lower-cased words
 'fr': [(r'^ch', 'tch', .7), (r'^w', 'ou', .7), (r'(?<=[aei])w', 'ou', .6), (r'^j', 'dj', .6), (r'sh', 'ch', .8),
        (r'(?<![aeo])u', 'ou', .5), (r'ee', 'i', .7), (r'oo', 'ou', .7), (r'e$', 'é', .15)],
 'es': [(r'kh', 'j', .6), (r'^j', 'y', .5), (r'^y', 'j', .3), (r'sh', 'ch', .7), (r'^w', 'u', .5), (r'ou', 'u', .6),
        (r'ee', 'i', .7), (r'oo', 'u', .7)],
 'it': [(r'sh(?=[aou])', 'sci', .6), (r'sh', 'sc', .6), (r'^j(?=[aou])', 'gi', .5), (r'^y', 'i', .5), (r'w', 'u', .6),
        (r'k(?=[ei])', 'ch', .5), (r'g(?=[ei])', 'gh', .5), (r'ou', 'u', .6), (r'ee', 'i', .7), (r'ay$', 'ai', .5)],
 'pt': [(r'sh', 'x', .5), (r'ou', 'u', .6), (r'^y', 'i', .4), (r'w', 'u', .5), (r'ee', 'i', .7), (r'oo', 'u', .7)],
 'nl': [(r'^j', 'dj', .3), (r'ou', 'oe', .6), (r'(?<![aeo])u', 'oe', .5), (r'^y', 'j', .6), (r'sh', 'sj', .6),
        (r'^ch', 'tsj', .5), (r'ee', 'ie', .4)],
 'en': [(r'ou', 'u', .2), (r'ee', 'i', .1)]}
TCH = {'Zhou': 'Tcheou', 'Zhang': 'Tchang', 'Zheng': 'Tcheng', 'Chen': 'Tchen', 'Zhao': 'Tchao'}

NATADJ = {  # en, fr m/f, es m/f, it m/f, pt m/f, nl ; country name (en)
 'NGA': 'Nigerian|nigérian/nigériane|nigeriano/nigeriana|nigeriano/nigeriana|nigeriano/nigeriana|Nigeriaans|Nigeria',
 'ERI': 'Eritrean|érythréen/érythréenne|eritreo/eritrea|eritreo/eritrea|eritreu/eritreia|Eritrees|Eritrea',
 'SDN': 'Sudanese|soudanais/soudanaise|sudanés/sudanesa|sudanese/sudanese|sudanês/sudanesa|Soedanees|Sudan',
 'ALB': 'Albanian|albanais/albanaise|albanés/albanesa|albanese/albanese|albanês/albanesa|Albanees|Albania',
 'VNM': 'Vietnamese|vietnamien/vietnamienne|vietnamita/vietnamita|vietnamita/vietnamita|vietnamita/vietnamita|Vietnamees|Viet Nam',
 'MAR': 'Moroccan|marocain/marocaine|marroquí/marroquí|marocchino/marocchina|marroquino/marroquina|Marokkaans|Morocco',
 'AFG': 'Afghan|afghan/afghane|afgano/afgana|afghano/afghana|afegão/afegã|Afghaans|Afghanistan',
 'ROU': 'Romanian|roumain/roumaine|rumano/rumana|rumeno/rumena|romeno/romena|Roemeens|Romania',
 'CHN': 'Chinese|chinois/chinoise|chino/china|cinese/cinese|chinês/chinesa|Chinees|China',
 'BRA': 'Brazilian|brésilien/brésilienne|brasileño/brasileña|brasiliano/brasiliana|brasileiro/brasileira|Braziliaans|Brazil',
 'ETH': 'Ethiopian|éthiopien/éthiopienne|etíope/etíope|etiope/etiope|etíope/etíope|Ethiopisch|Ethiopia',
 'TCD': 'Chadian|tchadien/tchadienne|chadiano/chadiana|ciadiano/ciadiana|chadiano/chadiana|Tsjadisch|Chad',
 'XKX': 'Kosovan|kosovar/kosovare|kosovar/kosovar|kosovaro/kosovara|kosovar/kosovar|Kosovaars|Kosovo',
 'PAK': 'Pakistani|pakistanais/pakistanaise|pakistaní/pakistaní|pakistano/pakistana|paquistanês/paquistanesa|Pakistaans|Pakistan',
 'DZA': 'Algerian|algérien/algérienne|argelino/argelina|algerino/algerina|argelino/argelina|Algerijns|Algeria',
 'GHA': 'Ghanaian|ghanéen/ghanéenne|ghanés/ghanesa|ghanese/ghanese|ganês/ganesa|Ghanees|Ghana',
 'MDA': 'Moldovan|moldave/moldave|moldavo/moldava|moldavo/moldava|moldavo/moldava|Moldavisch|Moldova'}
NATADJ = {k: v.split('|') for k, v in NATADJ.items()}
MISNAT = {'ERI': ['ETH'], 'SDN': ['TCD', 'SSD'], 'ALB': ['XKX'], 'AFG': ['PAK'], 'MAR': ['DZA'], 'NGA': ['GHA'],
          'ROU': ['MDA'], 'VNM': ['CHN']}
NATADJ['SSD'] = 'South Sudanese|sud-soudanais/sud-soudanaise|sursudanés/sursudanesa|sudsudanese/sudsudanese|sul-sudanês/sul-sudanesa|Zuid-Soedanees|South Sudan'.split('|')
ZCODE = wtable('NGA 335 ERI 368 SDN 348 ALB 100 VNM 251 MAR 330 AFG 200 ROU 129 CHN 210 BRA 602')

PLACES = {  # canonical|generic variants;lang=exonym
 'NGA': ['Benin City|Benin-City|Benin|Bénin City', 'Lagos', 'Ekpoma', 'Warri', 'Port Harcourt|Port-Harcourt', 'Uromi', 'Auchi', 'Onitsha', 'Kano'],
 'ERI': ['Asmara|Asmera', 'Keren;it=Cheren', 'Massawa|Mitsiwa;fr=Massaoua;it=Massaua;es=Massaua', 'Mendefera|Mendafera',
         'Dekemhare|Dekamhare', 'Barentu', 'Adi Keyh|Adi Keih;it=Adi Caieh'],
 'SDN': ['Khartoum;es=Jartum;pt=Cartum;it=Khartum;nl=Khartoem', 'Omdurman;fr=Omdourman', 'Nyala|Niyala',
         'El Fasher|Al Fashir|El-Fasher', 'El Geneina|Geneina|Al Junaynah', 'Kassala', 'Zalingei'],
 'ALB': ['Tirana|Tiranë|Tirane', 'Durrës|Durres;it=Durazzo', 'Shkodër|Shkoder|Shkodra;it=Scutari', 'Elbasan',
         'Vlorë|Vlore|Vlora;it=Valona', 'Fier', 'Kukës|Kukes', 'Berat'],
 'VNM': ['Nghệ An|Nghe An', 'Hà Tĩnh|Ha Tinh', 'Quảng Bình|Quang Binh', 'Hải Phòng|Hai Phong|Haiphong', 'Hà Nội|Ha Noi|Hanoi',
         'Thanh Hóa|Thanh Hoa', 'Hồ Chí Minh|Ho Chi Minh City|Saigon;fr=Hô-Chi-Minh-Ville'],
 'MAR': ['Casablanca', 'Tanger|Tangier;es=Tánger;it=Tangeri;pt=Tânger;en=Tangier', 'Fès|Fez|Fes;es=Fez', 'Marrakech|Marrakesh',
         'Béni Mellal|Beni Mellal|Beni-Mellal', 'Nador', 'Oujda|Ujda', 'Tétouan|Tetouan;es=Tetuán'],
 'AFG': ['Kabul;fr=Kaboul;pt=Cabul', 'Jalalabad;fr=Djalalabad', 'Kunduz|Kondoz;fr=Koundouz', 'Herat;fr=Hérat',
         'Kandahar|Qandahar', 'Nangarhar', 'Baghlan', 'Ghazni'],
 'ROU': ['București|Bucuresti;en=Bucharest;fr=Bucarest;es=Bucarest;it=Bucarest;pt=Bucareste;nl=Boekarest',
         'Constanța|Constanta;fr=Constantza', 'Iași|Iasi', 'Craiova', 'Galați|Galati', 'Bacău|Bacau', 'Slatina', 'Brăila|Braila'],
 'CHN': ['Fuzhou;fr=Fou-Tcheou', 'Changle', 'Wenzhou', 'Beijing;fr=Pékin;it=Pechino;pt=Pequim;es=Pekín;nl=Peking', 'Shenyang', 'Minqing|Mingqing'],
 'BRA': ['São Paulo|Sao Paulo;it=San Paolo', 'Goiânia|Goiania', 'Anápolis|Anapolis', 'Belo Horizonte', 'Recife',
         'Rio de Janeiro', 'Governador Valadares'],
}
def parse_place(s):
    head, *exo = s.split(';')
    v = head.split('|'); return v[0], v, dict(e.split('=') for e in exo)
PLACES = {k: [parse_place(s) for s in v] for k, v in PLACES.items()}

MONTHS = {'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
          'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
          'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
          'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
          'nl': 'januari februari maart april mei juni juli augustus september oktober november december',
          'en': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
DATEFMT = {'fr': [('{D} {M} {y}', .4), ('{dd}/{mm}/{y}', .5), ('{y}-{mm}-{dd}', .1)],
           'es': [('{d} de {M} de {y}', .4), ('{dd}/{mm}/{y}', .45), ('{d}/{m}/{y}', .15)],
           'it': [('{d} {M} {y}', .35), ('{dd}/{mm}/{y}', .5), ('{dd}.{mm}.{y}', .15)],
           'pt': [('{d} de {M} de {y}', .35), ('{dd}/{mm}/{y}', .5), ('{dd}-{mm}-{y}', .15)],
           'nl': [('{d} {M} {y}', .35), ('{dd}-{mm}-{y}', .5), ('{dd}/{mm}/{y}', .15)],
           'en': [('{y}-{mm}-{dd}', .35), ('{dd}/{mm}/{y}', .45), ('{d} {M} {y}', .15), ('{mm}/{dd}/{y}', .05)]}
YEARONLY = {'fr': ['vers {y}', 'vers {y}', '{y}'], 'es': ['hacia {y}', 'aprox. {y}', '{y}'], 'it': ['circa {y}', 'ca. {y}', '{y}'],
            'pt': ['cerca de {y}', 'c. {y}', '{y}'], 'nl': ['00-00-{y}', '00-00-{y}', 'ca. {y}'], 'en': ['circa {y}', '{y}', 'c.{y}']}
SEXFMT = {  # partner: (primary (male, female), alternative) ; ES alternative H/M puts 'M' = Mujer = female
 'UK': (('Male', 'Female'), ('M', 'F')), 'FRC': (('H', 'F'), ('Masculin', 'Féminin')), 'FRP': (('Masculin', 'Féminin'), ('M', 'F')),
 'BEB': (('M', 'F'), ('Masculin', 'Féminin')), 'ES': (('Hombre', 'Mujer'), ('H', 'M')), 'IT': (('M', 'F'), ('Maschio', 'Femmina')),
 'PT': (('Masculino', 'Feminino'), ('M', 'F')), 'NL': (('Man', 'Vrouw'), ('M', 'V')), 'BEA': (('M', 'V'), ('Man', 'Vrouw'))}
STRIP = wtable('en .7 fr .3 es .3 it .3 pt .25 nl .4')   # P(drop diacritics from a field)
UPPER = wtable('en .35 fr .9 es .25 it .4 pt .15 nl .1')  # P(surname in capitals)

def zipf(rng, pool):
    return rng.choices(pool, weights=[1 / (i + 1) ** .9 for i in range(len(pool))])[0]

def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def typo(s, rng):
    if len(s) < 4: return s
    i, op = rng.randrange(1, len(s) - 1), rng.random()
    if op < .3: return s[:i] + s[i + 1:]
    if op < .55: return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .75: return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice('aeioulnrst') + s[i + 1:]

def translit(w, nat, lang, rng):
    low = w.lower()
    for pat, rep, p in RULES[lang]:
        if (pat != 'e$' or nat == 'ERI') and rng.random() < p: low = re.sub(pat, rep, low)
    return low[0].upper() + low[1:] if w[0].isupper() else low

def render_word(w, nat, lang, rng):
    if w in GROUP and rng.random() < .4: w = rng.choice(GROUP[w])
    if nat in TRANSLIT_NATS and ' ' not in w and not (nat == 'MAR' and lang == 'fr') and rng.random() < .5:
        w = translit(w, nat, lang, rng)   # Moroccan names are already in French transliteration
    if nat == 'CHN' and lang == 'fr' and w in TCH and rng.random() < .3: w = TCH[w]
    return w

def particle(s, rng):  # "El Amrani", "da Silva", "Ait Ali"
    if ' ' not in s: return s
    a, b = s.split(' ', 1); r = rng.random()
    return s if r < .5 else a + b.lower() if r < .65 else a + '-' + b if r < .75 else b if r < .9 else s.upper()

def render_name(p, lang, rng):
    nat, sur, given = p['nat'], list(p['sur']), p['given']
    if nat in ('ERI', 'SDN'):      # [father, grandfather]: partners keep one or both
        r = rng.random(); both = .55 if lang == 'es' else .25
        sur = sur if r < both else sur[:1] if r < .93 else sur[1:]
    elif nat == 'BRA':             # [mother's, father's] surname
        r = rng.random(); both = .35 if lang == 'en' else .6
        sur = sur if r < both else sur[1:] if r < .95 else sur[:1]
    elif nat == 'VNM':             # given = "Văn Minh"; middle name dropped or moved to surname
        mid, g = given.split(' ', 1); r = rng.random()
        if r < .2: given = g
        elif r < .32: sur, given = sur + [mid], g
    elif nat == 'CHN' and ' ' in given:
        a, b = given.split(' '); r = rng.random()
        given = a + b.lower() if r < .6 else given if r < .85 else a + '-' + rng.choice([b, b.lower()])
    sw = [render_word(w, nat, lang, rng) for s in sur for w in particle(s, rng).split(' ')]
    gw = [render_word(w, nat, lang, rng) for w in given.split(' ')]
    out = []
    for ws in (sw, gw):
        s = ' '.join(ws)
        if rng.random() < (STRIP[lang] + (.2 if nat == 'VNM' else 0)): s = strip(s)
        elif nat == 'ROU' and rng.random() < .3: s = s.replace('ș', 'ş').replace('ț', 'ţ').replace('Ș', 'Ş').replace('Ț', 'Ţ')
        if rng.random() < .04: s = typo(s, rng)
        out.append(s)
    s, g = out
    if rng.random() < SWAP[nat]: s, g = g, s
    if rng.random() < UPPER[lang]: s = s.upper()
    if rng.random() < .05: g = g.upper()
    if rng.random() < .02: s, g = s.lower(), g.lower()
    if rng.random() < .03: s, g = s + ' ' + g, ''            # whole name typed into the surname column
    if rng.random() < .01: g = ''
    return s, g

def fmt_date(y, m, d, yonly, lang, rng):
    if yonly: return rng.choice(YEARONLY[lang]).format(y=y)
    f = rng.choices([f for f, _ in DATEFMT[lang]], weights=[w for _, w in DATEFMT[lang]])[0]
    return f.format(y=y, m=m, d=d, mm=f'{m:02d}', dd=f'{d:02d}', M=MONTHS[lang][m - 1], D='1er' if d == 1 else d)

def record_dob(p, rng):
    y, m, d = p['dob']
    if p['documented']:
        r = rng.random()
        if r < .04: y += rng.choice([1, 2, 3, -1])                 # age dispute (claimed minor / adult)
        elif r < .07 and d <= 12: d, m = m, d                       # day/month transposed
        elif r < .10: d = min(28, max(1, d + rng.choice([-10, -1, 1, 10])))
        return y, m, d, False
    if p['claim'] and rng.random() < .5: return p['claim']          # the same estimate travels with the file
    y += rng.choice([-2, -1, -1, 0, 0, 0, 0, 1, 1, 2]); r = rng.random()
    est = (y, 1, 1, False) if r < .5 else (y, 1, 1, True) if r < .85 else \
          (y, rng.randint(1, 12), rng.randint(1, 28), False)        # a birthday the person gave, unverified
    p['claim'] = p['claim'] or est
    return est

def nat_text(p, lang, rng):
    code = p['nat']
    if code in MISNAT and rng.random() < .03: code = rng.choice(MISNAT[code])
    row, female = NATADJ[code], p['sex'] == 'F'
    if lang == 'en':
        r = rng.random()
        return row[6] if r < .12 else code if r < .2 else row[0].upper() if r < .25 else row[0]
    if lang == 'nl':
        s = row[5]
        return (s[:-3] + 'ese' if s.endswith('ees') else s + 'e') if rng.random() < .3 else s
    m, f = row[LANGS.index(lang)].split('/')
    if lang == 'fr' and rng.random() < .1 and f.startswith(m) and f != m: v = m + '(' + f[len(m):] + ')'
    else: v = f if female and rng.random() < .85 else m
    return v.capitalize() if (lang == 'fr' and rng.random() < .35) or rng.random() < .08 else v

def place_text(p, lang, rng):
    canon, var, exo = p['pob']
    s = exo[lang] if lang in exo and rng.random() < .75 else canon if rng.random() < .6 else rng.choice(var)
    if rng.random() < STRIP[lang]: s = strip(s)
    return typo(s, rng) if rng.random() < .03 else s

def codice_fiscale(sur, given, y, m, d, female, nat):
    def part(s, isname):
        L = [c for c in strip(s).upper() if 'A' <= c <= 'Z']
        cons, vow = [c for c in L if c not in 'AEIOU'], [c for c in L if c in 'AEIOU']
        if isname and len(cons) >= 4: cons = [cons[0], cons[2], cons[3]]
        return (''.join(cons + vow) + 'XXX')[:3]
    code = (part(sur, False) + part(given, True) + f'{y % 100:02d}' + 'ABCDEHLMPRST'[m - 1] +
            f'{d + 40 * female:02d}' + f'Z{int(ZCODE[nat])}')
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = sum((odd if i % 2 == 0 else list(range(26)))[int(c) if c.isdigit() else ord(c) - 65] for i, c in enumerate(code))
    return code + chr(65 + s % 26)

def new_nie(rng):
    x, n = rng.choice('XY'), rng.randrange(10 ** 7)
    return f'{x}{n:07d}' + 'TRWAGMYFPDXBNJZSQVHLCKE'[int(('0' if x == 'X' else '1') + f'{n:07d}') % 23]

def new_bsn(rng):
    while True:
        dg = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        last = sum(w * x for w, x in zip(range(9, 1, -1), dg)) % 11
        if last < 10: return ''.join(map(str, dg)) + str(last)

def case_ref(pk, rng):
    y, n = rng.randint(2016, 2024), rng.randint(1, 9999)
    return {'UK': f'UKR-{y}-{n:05d}', 'FRC': f'CAL/{y}/{n:04d}', 'FRP': f'PAR-{y % 100:02d}-{n:04d}',
            'BEB': f'BXL{y}{n:04d}'}.get(pk, '')

def make_person(rng, nat, sex=None, sur=None, dob=None, pob=None, documented=None, given=None):
    sex = sex or ('F' if rng.random() < FEMALE[nat] else 'M')
    mg, fg, ss = POOLS[nat]; gp = fg if sex == 'F' else mg
    if given is None:
        given = zipf(rng, gp)
        if nat == 'VNM': given = ('Thị' if rng.random() < .85 else 'Ngọc') + ' ' + given if sex == 'F' else \
                         ('Văn' if rng.random() < .75 else rng.choice(['Đức', 'Quốc', 'Minh'])) + ' ' + given
        elif nat == 'CHN' and rng.random() < .7: given += ' ' + zipf(rng, gp)
        elif nat == 'BRA' and rng.random() < .25: given += ' ' + zipf(rng, gp)
    if sur is None:
        if nat in ('ERI', 'SDN'): sur = two(rng, ss)
        elif nat == 'AFG': sur = [zipf(rng, ss if rng.random() < .6 else mg)]
        elif nat == 'BRA':
            sur = [{'Silva': 'da Silva', 'Santos': 'dos Santos', 'Costa': 'da Costa'}.get(x, x) for x in two(rng, ss)]
        else: sur = [zipf(rng, ss)]
    if dob is None:
        y = 2008 - int(rng.betavariate(2, 4) * 32); m = rng.randint(1, 12)
        dob = (y, m, rng.randint(1, calendar.monthrange(y, m)[1]))
    return dict(nat=nat, sex=sex, given=given, sur=sur, dob=dob, pob=pob or rng.choice(PLACES[nat]),
                documented=rng.random() < DOCUMENTED[nat] if documented is None else documented,
                claim=None, nie=None, bsn=None, cftemp=None, first=None)

def two(rng, pool):
    a = zipf(rng, pool); b = zipf(rng, pool)
    while b == a: b = zipf(rng, pool)
    return [a, b]

def shift_dob(rng, dob, years):
    y = min(2009, dob[0] + years); m = rng.randint(1, 12); return (y, m, rng.randint(1, 28))

def make_family(rng):
    """Relatives: siblings (incl. twins), parent+child, spouses - hard negatives sharing surname/place/route."""
    nat = rng.choices(list(NAT_W), weights=list(NAT_W.values()))[0]
    kind = rng.choice(['sib', 'sib', 'parent', 'spouse'])
    patr = nat in ('ERI', 'SDN')
    head = make_person(rng, nat, sex=('M' if patr or nat in ('AFG', 'VNM', 'CHN') else 'F') if kind == 'parent' else None)
    fam = [head]
    if kind == 'sib':
        for _ in range(rng.choice([1, 1, 2])):
            twin = rng.random() < .12
            dob = head['dob'] if twin else shift_dob(rng, head['dob'], rng.choice([-8, -5, -3, -2, -1, 1, 2, 3, 4, 6]))
            fam.append(make_person(rng, nat, sur=head['sur'], dob=dob, pob=head['pob'], documented=head['documented']))
    elif kind == 'parent':
        csur = [head['given'].split(' ')[0], head['sur'][0]] if patr else head['sur']
        child = make_person(rng, nat, sur=csur, pob=head['pob'] if rng.random() < .7 else None,
                            dob=shift_dob(rng, (rng.randint(1994, 2008),), 0))
        head['dob'] = shift_dob(rng, child['dob'], -rng.randint(18, 32))   # parent 18-32 years older
        fam.append(child)
    else:
        same = nat in ('ALB', 'ROU', 'BRA', 'NGA') and rng.random() < .7
        fam.append(make_person(rng, nat, sex='F' if head['sex'] == 'M' else 'M', sur=head['sur'] if same else None,
                               dob=shift_dob(rng, head['dob'], rng.randint(-8, 8)), pob=head['pob'] if rng.random() < .5 else None))
    return fam

def make_namesake(rng, other):
    """Unrelated person with the same (canonical) name and nationality; sometimes the same estimated year."""
    same_year = rng.random() < .3
    dob = shift_dob(rng, other['dob'], 0) if same_year else None
    return make_person(rng, other['nat'], sex=other['sex'], sur=list(other['sur']), given=other['given'], dob=dob,
                       documented=False if same_year else None)

def render_record(p, pk, rng, ref=None):
    name, lang = PARTNERS[pk]; c = COLS[lang]; row = {'partner': name}
    sur, given = render_name(p, lang, rng)
    row[c['sur']], row[c['given']] = sur, given
    y, m, d, yonly = record_dob(p, rng)
    if rng.random() > .03: row[c['dob']] = fmt_date(y, m, d, yonly, lang, rng)
    if rng.random() > .05:
        prim, alt = SEXFMT[pk]; codes = prim if rng.random() < .85 else alt
        sx = p['sex'] if rng.random() > .01 else ('M' if p['sex'] == 'F' else 'F')
        row[c['sex']] = codes[sx == 'F']
    if rng.random() > .04: row[c['nat']] = nat_text(p, lang, rng)
    if 'pob' in c and rng.random() < .65: row[c['pob']] = place_text(p, lang, rng)
    if 'ref' in c: row[c['ref']] = ref or case_ref(pk, rng)
    if 'nie' in c and rng.random() < .7:
        p['nie'] = p['nie'] or new_nie(rng); v = p['nie']
        v = v[0] + '-' + v[1:8] + '-' + v[8] if rng.random() < .15 else v
        row[c['nie']] = typo(v, rng) if rng.random() < .02 else v
    if 'cf' in c and rng.random() < .65:
        if p['cftemp'] or rng.random() < .1:
            p['cftemp'] = p['cftemp'] or ''.join(str(rng.randrange(10)) for _ in range(11)); v = p['cftemp']
        else: v = codice_fiscale(sur if given else sur.split(' ')[0], given or sur, y, m, d, p['sex'] == 'F', p['nat'])
        row[c['cf']] = typo(v, rng) if rng.random() < .02 else v
    if 'bsn' in c and pk == 'NL' and rng.random() < .55:
        p['bsn'] = p['bsn'] or new_bsn(rng); row[c['bsn']] = p['bsn']
    return row

def pick_partners(p, k, rng):
    w = dict(ROUTES[p['nat']]); out = []
    if p['first']: out.append(p['first'][0]); w[p['first'][0]] *= .2
    while len(out) < k:
        pk = rng.choices(list(w), weights=list(w.values()))[0]; out.append(pk); w[pk] *= .2
    return out

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--people', type=int, default=1000); ap.add_argument('--seed', type=int, default=34)
    ap.add_argument('--out', default='data.csv'); ap.add_argument('--truth', default='truth.csv')
    a = ap.parse_args(); rng = random.Random(a.seed)
    people = []
    while len(people) < a.people:
        r = rng.random()
        if r < .12:
            fam = make_family(rng)[:a.people - len(people)]
            if rng.random() < .6:   # referred together: same partner, sibling case numbers
                pk = rng.choices(list(ROUTES[fam[0]['nat']]), weights=list(ROUTES[fam[0]['nat']].values()))[0]
                base = case_ref(pk, rng)
                for i, q in enumerate(fam): q['first'] = (pk, base + f'-{i + 1}' if base else None)
            people += fam
        elif r < .17 and people: people.append(make_namesake(rng, rng.choice(people)))
        else: people.append(make_person(rng, rng.choices(list(NAT_W), weights=list(NAT_W.values()))[0]))
    rows, used = [], set()
    for i, p in enumerate(people):
        pid = f'P{i + 1:05d}'
        k = rng.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]
        for j, pk in enumerate(pick_partners(p, k, rng)):
            ref = p['first'][1] if j == 0 and p['first'] else None
            row = render_record(p, pk, rng, ref)
            rid = f'{rng.getrandbits(40):010x}'
            while rid in used: rid = f'{rng.getrandbits(40):010x}'
            used.add(rid); row['record_id'] = rid; rows.append((pk, row, pid))
    order = list(PARTNERS)          # sheets stacked one after another; rows shuffled within a sheet
    rng.shuffle(rows); rows.sort(key=lambda t: order.index(t[0]))
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, HEADER, restval=''); w.writeheader()
        for _, row, _ in rows: w.writerow(row)
    with open(a.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['record_id', 'person_id'])
        for _, row, pid in rows: w.writerow([row['record_id'], pid])
    print(f'{len(people)} people, {len(rows)} records -> {a.out}, {a.truth}')

if __name__ == '__main__':
    main()
