#!/usr/bin/env python3
"""gen10.py - synthetic Excel tracker of a small UK anti-trafficking charity (all people invented).

Usage: python3 gen10.py --people N --seed S --out FILE.xlsx --truth TRUTH.csv [--stats STATS.json]

Writes one workbook with one sheet per year (2017..2025) plus a 'Key' sheet, using only the Python
standard library (zipfile + hand-written SpreadsheetML).  The record id of every data row is the
value in its 'Ref' column (e.g. '2019-014' = 2019 sheet, 14th entry).  The truth file maps
record_id -> person_id.  Same N and seed give byte-identical output.
"""
# ===========================================================================
#  Name / attribute data
# ===========================================================================

NAT = {}

NAT['GB'] = dict(
    w=27, pm=0.55, struct='western', s_given=0.45, s_sur=0.3,
    male="""Jack Thomas James Daniel Joshua Liam Callum Connor Kyle Jordan Ryan Lewis Harry Charlie Tyler
        Kieran Jamie Bradley Reece Aaron Nathan Dylan Leon Kai Owen Samuel Luke Adam Ben Alex Mason Jake
        Ethan Billy Marcus Tyrese Jayden Mohammed Ashley Shane Dean Lee Craig Wayne Michael David Paul Mark
        Steven Gary Declan Jermaine Kane Mitchell
        Oliver George Jacob Noah William Max Toby Archie Alfie Freddie Louie Zac Cameron Ross Scott Sean Stuart Jason Darren Carl Kevin Neil Simon Matthew Andrew Christopher Robert Joseph Anthony Benjamin Elliot Harvey Rhys Corey Brandon Ibrahim Yusuf Tyrone Andre Rio Kian""",
    female="""Chloe Jessica Emily Sophie Megan Lauren Charlotte Hannah Amy Shannon Jade Courtney Paige Chelsea
        Rebecca Leah Kayleigh Stacey Danielle Amber Ellie Holly Abbie Georgia Olivia Demi Tia Sarah Emma
        Gemma Kelly Lisa Michelle Nicola Samantha Natalie Amira Aaliyah Kirsty Jodie Toni Caitlin
        Grace Lucy Ella Mia Isabelle Freya Ruby Katie Zoe Rachel Laura Victoria Katherine Jennifer Claire Joanne Donna Tracey Leanne Vicky Hayley Kerry Bethany Jasmine Keeley Alisha Tanisha Shanice Maya Niamh Ciara Erin Summer Poppy Millie Lily Evie Sienna""",
    mid_m="James John Lee David Michael Thomas Paul Robert Anthony William Jay Alan",
    mid_f="Louise Marie Jane Elizabeth Ann Rose Grace May Jayne Leigh Amber Nicole",
    sur="""Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
        Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
        Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
        Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
        Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Wilkinson
        Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes
        Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey
        McDonald O'Brien Doherty Gallagher Reid Brennan Atkinson Bradley Brooks Burton Burns Byrne Chambers
        Cole Coleman Cunningham Dawson Day Dean Dunn Elliott Ferguson Fletcher Ford Fox Francis Gardner Gibson
        Gordon Graham Grant Hart Hayes Henderson Hodgson Holland Hopkins Howard Hudson Hunter Jordan Kennedy
        Kerr Lamb Lawrence Lawson Mann Marsh Middleton Moss Newton Nicholson Norris Page Payne Pearce Pearson
        Perry Pickering Pollard Porter Potter Preston Quinn Ramsey Read Reynolds Riley Robertson Rose Ross Rowe
        Sharp Slater Spencer Stone Sutton Swift Thornton Todd Tucker Wade Walsh Warren Watts Webster Wells West
        Wheeler Whitehouse Wilkins Willis Woods Yates Ahmed Rahman Mahmood Iqbal Joseph Williamson Parry Bird
        Pugh Nash Hale Bates Black Booth Bowen Briggs Cartwright Connolly Dale Doyle Ellison Fowler Gill Hammond
        Hewitt Hobbs Kirby Lambert Lowe Lynch Mahmood Morton Nolan Osborne Pritchard Rees Sanderson Shepherd
        Steele Summers Talbot Townsend Vaughan Whitehead
        Armstrong Atkins Austin Barrett Bolton Bond Bradshaw Burgess Carr Cross Curtis Daniels Davey Dennis Dickinson Douglas Duffy Dyer Eaton Farmer Field Fleming Frost Fuller Gilbert Glover Goodwin Gough Hancock Hardy Harding Hargreaves Hawkins Hayward Heath Hicks Higgins Holt Horton Humphreys Jarvis Jennings Johnston Kay Kemp Kent Lane Leach Little Lord Lucas Lyons Manning Maxwell May McCarthy McLean Miles Moran Myers Naylor Nelson Noble O'Connor O'Neill Oliver Parkinson Parsons Patterson Peters Pope Randall Rhodes Rowley Savage Sheppard Short Sims Skinner Small Smart Stanley Stephens Sullivan Tait Thorpe Tomlinson Walton Waters Watkins Weaver Whittaker Wong Wyatt""",
    nick={'Thomas': 'Tom Tommy', 'James': 'Jim Jimmy', 'Daniel': 'Danny Dan', 'Joshua': 'Josh',
          'Samuel': 'Sam Sammy', 'Jessica': 'Jess', 'Rebecca': 'Becky Becca', 'Charlotte': 'Lottie Charlie',
          'Danielle': 'Dani', 'Nathan': 'Nate', 'Bradley': 'Brad', 'Kieran': 'Kez', 'Michael': 'Mikey Mike',
          'Samantha': 'Sam Sammy', 'Natalie': 'Nat', 'Nicola': 'Nicky', 'Steven': 'Steve', 'Ashley': 'Ash',
          'Callum': 'Cal', 'Jordan': 'JJ Jord', 'Tyler': 'Ty', 'Jayden': 'Jay', 'Mohammed': 'Mo',
          'Alex': 'Lex', 'Abbie': 'Abs', 'Courtney': 'Court', 'Kayleigh': 'Kay', 'Jermaine': 'Maine',
          'Marcus': 'Marky', 'Georgia': 'George', 'Olivia': 'Liv Livvy', 'Caitlin': 'Cait', 'Jodie': 'Jo',
          'David': 'Dave Davey', 'Harry': 'H', 'Emily': 'Em', 'Ellie': 'El', 'Sophie': 'Soph',
          'Kyle': 'K', 'Reece': 'Reecey', 'Declan': 'Dec', 'Leon': 'Lee'},
    nick_p=0.28,
    langs=['English'],
    nat_s="British British British British UK UK English british GB UK_national Scottish Welsh",
    nat_c="UK UK United_Kingdom United_Kingdom England British",
    expl={'Criminal': 55, 'Sexual': 30, 'Labour': 10, 'DS': 5},
    unknown_dob=0.03, agegrp='young',
)

NAT['AL'] = dict(
    w=13, pm=0.65, struct='western',
    male="""Arben Artan Besnik Dritan Ermal Gentian Klodian Erion Fatjon Altin Endrit Kristi Mario Eljon Ardit
        Arlind Elvis Florian Ilir Juli Klajdi Marsel Renaldo Sokol Xhuljo Edison Ledio Olsi Denis Bledar
        Armando Alban Erald Gerti Jurgen Aldo
        Agron Alfred Andi Anduel Arjan Bekim Blerim Briken Dorian Dritero Emiliano Enea Engjell Eraldo Ervin Fation Fisnik Genti Gezim Ilirian Indrit Jetmir Julian Kevin Kledi Lorenc Luan Mirel Nertil Orges Petrit Rei Redon Saimir Sajmir Shkelzen Taulant Valon Visar Xhevdet Ylli""",
    female="""Elira Anjeza Klea Era Jonida Besa Arta Blerta Drita Enkeleda Fjona Ilirjana Valbona Xhensila Ajola
        Ermira Rovena Dorina Sara Anxhela Kejsi Megi Alketa Brunilda Greta Eglantina
        Adelina Alba Albana Anila Arbana Ariola Bora Dafina Diana Elisa Elona Emanuela Entela Erisa Fatbardha Flutura Gentiana Hana Ina Irena Jetmira Kaltrina Kristiana Lindita Luljeta Manjola Mimoza Nertila Olta Orjeta Rudina Silvana Teuta Vjollca Xhesika Zamira""",
    sur="""Hoxha Krasniqi Berisha Gashi Shehu Dervishi Leka Kola Murati Cela Marku Prenga Basha Kelmendi
        Dedja Lika Meta Toska Zeneli Hysa Duka Lleshi Gjoka Xhafa Tafa Bushati Kaja Mema Sula Daci Gjini
        Ndreu Pepa Hasani Musaj Gjeta Beqiri Dushku Hila Rrapi Kurti Hoti Bajrami Hajdari Shala Rexhepi Osmani
        Zeqiri Bytyqi Halili Morina Lushaj Gjonaj Kastrati Vata Nika Qosja Boci Domi Gega Haxhiu Hamzaj Kuka Laci
        Malaj Nuri Peci Rexha Sinani Tahiri Ymeri Zefi Bregu Dema Elezi Fejzo Gjika Hoxhaj Isufi Jaku Koci Lami
        Mehmeti Ndoja Papa Qerimi Rusi Selimi Troshani Uka Veliu
        Ahmeti Aliaj Alimehmeti Bala Balla Bardhi Brahimaj Cani Canaj Cenaj Dauti Deda Dibra Doda Fetahu Gjergji Gjoni Gjura Hajdini Hoxholli Kamberi Kapllani Kodra Koka Kraja Leskaj Lleshaj Luli Mali Mecaj Mulaj Nela Noka Pali Pllumbi Prifti Qehaja Rraja Shkurti Spahiu Sulaj Tahiraj Toci Topalli Tushaj Vataj Vogli Xheka Zenelaj Zhuri""",
    nick={'Arben': 'Beni', 'Gentian': 'Geni', 'Kristi': 'Kris', 'Ilirjana': 'Iri', 'Xhensila': 'Sila',
          'Anxhela': 'Angela', 'Klodian': 'Klodi', 'Besnik': 'Niku', 'Dritan': 'Tani', 'Florian': 'Flori',
          'Armando': 'Mando', 'Enkeleda': 'Keda', 'Eglantina': 'Tina', 'Endrit': 'Dri', 'Ermal': 'Mali',
          'Xhuljo': 'Julio', 'Jurgen': 'Juri', 'Marsel': 'Marcel'},
    nick_p=0.2,
    langs=['Albanian'],
    nat_s="Albanian Albanian Albanian Albania albanian ALB",
    nat_c="Albania Albania Albania Albanian",
    expl={'Criminal': 35, 'Labour': 30, 'Sexual': 30, 'DS': 5},
    unknown_dob=0.05, agegrp='adult',
)

NAT['VN'] = dict(
    w=8, pm=0.6, struct='vn',
    sur_w={'Nguyen': 38, 'Tran': 11, 'Le': 9.5, 'Pham': 7, 'Hoang': 5, 'Huynh': 4, 'Phan': 4.5, 'Vu': 4,
           'Vo': 3.5, 'Dang': 2, 'Bui': 2, 'Do': 1.5, 'Ho': 1.3, 'Ngo': 1.3, 'Duong': 1, 'Ly': 0.5,
           'Dinh': 1, 'Trinh': 0.8, 'Mai': 0.5, 'Cao': 0.5},
    mid_m_w={'Van': 60, 'Duc': 10, 'Minh': 8, 'Quang': 6, 'Huu': 6, 'Thanh': 5, 'Cong': 5},
    mid_f_w={'Thi': 75, 'Ngoc': 7, 'Thu': 6, 'Thanh': 5, 'Kim': 4, 'My': 3},
    male="""Nam Hung Tuan Dung Minh Long Huy Thanh Quan Duc Hai Son Phuc Khanh Hieu Trung Cuong Hoang Dat
        Kien Vinh Tien Thang Binh Quang Toan Manh Tu An Bao Giang Hau Hiep Khoa Khai Lam Loc Luan Nghia Nhat
        Phong Sang Tai Thinh Thuan Tri Truong Viet""",
    female="""Lan Huong Mai Linh Trang Hoa Thao Ngoc Hanh Nhung Phuong Thuy Yen Anh Nga Ha Hang Dung Van Hien
        Tam Oanh Loan Quynh Vy Nhi Tuyet Bich Chau Diep Diem Giang Hau Kieu Lien Nhan Thom Tien Uyen Xuan Hue
        Hong Ngan Tram""",
    eng_m="Tony Kevin Jimmy Tom Danny Peter David Sam Andy",
    eng_f="Lily Jenny Anna Amy Kelly Mary Lucy Cindy Vicky",
    nick_p=0.18,
    langs=['Vietnamese'],
    nat_s="Vietnamese Vietnamese Vietnamese Vietnam Viet_Nam vietnamese VN",
    nat_c="Vietnam Vietnam Viet_Nam Vietnamese",
    expl={'Criminal': 50, 'Labour': 40, 'Sexual': 10},
    unknown_dob=0.22, agegrp='adult',
)

NAT['ER'] = dict(
    w=6, pm=0.7, struct='patronymic',
    male="""Yonas Dawit Filmon Samuel Mebrahtu Tesfalem Kibrom Habtom Robel Amanuel Merhawi Biniam Yohannes
        Aron Daniel Efrem Henok Michael Nahom Solomon Tedros Yosief Abel Awet Mulugeta Simon Natnael
        Eyob Fikru Goitom Habtemariam Isaias Kifle Medhanie Mussie Senay Sirak Teklit Temesgen Tesfit Zekarias Abraham Alem Ermias Fanuel Kaleab Mikael Samson""",
    female="""Semhar Helen Luwam Senait Freweyni Selam Saba Mizan Winta Ruta Hiwet Eden Feven Rahel Yordanos
        Hanna Letebrhan Abrehet Medhanit Mebrat Milena Sara
        Aden Aster Azieb Elsa Eyerusalem Fiori Haben Lidia Lula Meaza Mehret Nebiat Rigat Sarah Silvana Tsega Tsehaye Yohana Zufan""",
    fathers="""Tesfay Gebremedhin Kidane Haile Tekle Berhane Ghebreyesus Woldemariam Mehari Asmerom Habte
        Ogbazghi Tewolde Abraha Negash Gebrehiwet Weldu Tsegay Kahsay Andemariam Ghirmay Hagos Measho
        Teklehaimanot Yemane Zerai Mesfin Berhe Tesfamariam Debesai Yohannes Solomon Michael Kidane Tekeste
        Fitsum Okbay
        Abraham Alem Amanuel Asfaha Bahta Bereket Estifanos Fessehaye Gebreab Ghebremichael Iyasu Kifle Mengsteab Mussie Naizghi Russom Sium Tesfagabir Weldemichael Woldu Zemichael""",
    nick={'Tesfalem': 'Tesfa', 'Samuel': 'Sami', 'Amanuel': 'Ami', 'Mebrahtu': 'Mebra', 'Yohannes': 'John',
          'Yosief': 'Joseph', 'Filmon': 'Fili', 'Letebrhan': 'Lete', 'Yordanos': 'Yordi', 'Freweyni': 'Frewi'},
    nick_p=0.1,
    langs=['Tigrinya', 'Tigrinya', 'Tigrinya', 'Tigrinya', 'Arabic'],
    nat_s="Eritrean Eritrean Eritrean Eritrea eritrean",
    nat_c="Eritrea Eritrea Eritrea Eritrean",
    alt_nat="Ethiopian",
    expl={'Labour': 60, 'Sexual': 25, 'DS': 15},
    unknown_dob=0.45, agegrp='asylum',
)

NAT['ET'] = dict(
    w=2, pm=0.5, struct='patronymic',
    male="""Abebe Biruk Dereje Kedir Yared Henok Dawit Tesfaye Ermias Abdi Mohammed Getachew Solomon Natnael Bereket
        Abdisa Amanuel Bekele Chala Dagim Eyob Fikadu Gemechis Habtamu Kidus Lemma Mulugeta Robel Tamirat Tewodros Yonas""",
    female="""Tigist Meron Lensa Chaltu Hirut Selamawit Bethlehem Mahlet Tsion Almaz Aster Hana Genet Kidist Meseret
        Aynalem Birtukan Bizunesh Eleni Etenesh Fikirte Gelila Liya Mekdes Mulu Rahel Saron Senait Tsehay Woinshet""",
    fathers="""Bekele Tadesse Girma Alemu Mohammed Abdi Desta Worku Mekonnen Haile Tesfaye Gebre Assefa Wolde
        Kebede Negash Hussein Lemma Abebe Tefera Tolosa Gemechu
        Ayele Belay Demissie Fekadu Gebremariam Kassa Mamo Mengistu Mulatu Sisay Tilahun Wondimu Yilma Zewdu""",
    nick={'Selamawit': 'Selam', 'Bethlehem': 'Betty', 'Natnael': 'Nati', 'Bereket': 'Beki'},
    nick_p=0.1,
    langs=['Amharic', 'Amharic', 'Oromo', 'Tigrinya'],
    nat_s="Ethiopian Ethiopian Ethiopia Oromo",
    nat_c="Ethiopia Ethiopia Ethiopian",
    alt_nat="Eritrean",
    expl={'DS': 40, 'Labour': 40, 'Sexual': 20},
    unknown_dob=0.4, agegrp='asylum',
)

NAT['SD'] = dict(
    w=6, pm=0.9, struct='patronymic', s_given=0.8,
    male="""Mohamed Ahmed Osman Abdelrahman Ibrahim Hassan Omer Adam Yousif Mustafa Khalid Abdalla Elsadig
        Hamza Musa Ismail Ali Babiker Elfatih Abubakar Salih Nasr Hussein Suleiman Abdelaziz Yahya Bashir
        Haroun Mujahid Amir
        Abdelmageed Abuzar Alaa Almahdi Ammar Anwar Awad Bakri Ezzeldin Gaffar Hisham Khalil Mahir Mazin Mohanad Montasir Mubarak Muawia Nour Osama Sami Tarig Walid Yassir Zakaria""",
    female="""Fatima Amna Mariam Hawa Aisha Sara Khadija Zainab Rania Samah Hind Nafisa Asma Safaa Huda Tasneem Reem
        Afaf Alawia Buthaina Eiman Fadia Ghada Halima Hanan Ikhlas Maha Manal Mawada Mona Nada Nahla Nuha Rasha Sawsan Suad Wafa""",
    fathers="""Mohamed Ahmed Adam Abdalla Osman Ibrahim Ali Hassan Yousif Abakar Eltayeb Elnour Idris Ishag
        Haroun Abdelkarim Bakheet Eltom Gamar Juma Yagoub Mahmoud Abdelmoneim Omer Musa Ismail Babiker
        Suleiman Hamid Abdelrahman
        Abdelgadir Abdelhamid Abdelrahim Abdelwahab Algaili Alhassan Awad Bakhit Dafalla Elamin Elbashir Elhadi Elsheikh Fadul Hamdan Khamis Mahdi Makki Nasir Saeed Siddig Taha Yassin Zakaria""",
    nick={'Mohamed': 'Mo Hamada', 'Abdelrahman': 'Abdo', 'Mustafa': 'Musti', 'Abdelaziz': 'Aziz',
          'Abubakar': 'Bakar', 'Ibrahim': 'Ibra', 'Elsadig': 'Sadig'},
    nick_p=0.1,
    langs=['Arabic', 'Arabic', 'Arabic', 'Arabic', 'Fur', 'Zaghawa', 'Masalit'],
    nat_s="Sudanese Sudanese Sudanese Sudan sudanese",
    nat_c="Sudan Sudan Sudan Sudanese",
    alt_nat="South_Sudanese",
    expl={'Labour': 75, 'Criminal': 15, 'Sexual': 10},
    unknown_dob=0.45, agegrp='asylum',
)

NAT['IQ'] = dict(
    w=3.5, pm=0.85, struct='patronymic',
    male="""Karwan Rebin Hemin Dilshad Shvan Aram Hawkar Sherwan Zana Bryar Kawa Rawand Dana Ali Mohammed
        Ahmed Hussein Azad Soran Barzan Diyar Rekan Hiwa Hoger Alan Sirwan
        Ako Bakhtiyar Baban Dlshad Goran Halgurd Hardi Hawre Jabar Kamaran Karzan Kosrat Nawzad Omed Peshawa Rabar Rizgar Sardar Sarwar Shakar Yad Zirak""",
    female="""Shilan Bahar Sozan Nazdar Avin Tara Shler Ronak Zhino Lana Rezan Dilan Hana
        Awaz Berivan Chra Darya Gulala Hero Jwan Kazhal Nasik Parwin Runak Shno Sirwa Trifa""",
    fathers="""Ahmed Mohammed Omar Aziz Rashid Karim Hassan Mahmood Salih Abdullah Othman Qadir Ismail Hussein
        Jalal Kamal Rasul Sabir Hama Faraj Mustafa Ibrahim Anwar Jamal Ali Khidir
        Hamad Hamid Majeed Nadir Nuri Qasim Rahim Saeed Taha Tofiq Wahid Younis Zrar Bakir Fattah Latif Sharif""",
    nick={'Mohammed': 'Hama', 'Rebin': 'Rebo', 'Hawkar': 'Hawi'},
    nick_p=0.06,
    langs=['Kurdish Sorani', 'Kurdish Sorani', 'Kurdish Sorani', 'Arabic', 'Kurdish Badini'],
    nat_s="Iraqi Iraqi Iraqi Iraq Kurdish Iraqi_Kurd Kurdish_(Iraq)",
    nat_c="Iraq Iraq Iraq Kurdistan Iraqi",
    alt_nat="Kurdish",
    expl={'Labour': 55, 'Criminal': 35, 'Sexual': 10},
    unknown_dob=0.3, agegrp='asylum',
)

NAT['IR'] = dict(
    w=3, pm=0.8, struct='western',
    male="""Reza Ali Mohammad Hossein Mehdi Amir Hamid Saeed Majid Behzad Arash Farhad Omid Kaveh Peyman Hadi
        Javad Morteza Siavash Babak Aram Karwan
        Ahmad Amin Ashkan Bahman Behrouz Dariush Ehsan Farshid Hassan Hamed Iman Kamran Keyvan Mahmoud Masoud Milad Mohsen Navid Nima Pouya Ramin Sajjad Sina Vahid Yaser""",
    female="""Maryam Fatemeh Zahra Sara Narges Leila Shirin Mina Parisa Neda Elham Roya Samira Niloufar Azadeh
        Afsaneh Arezoo Atefeh Farnaz Fereshteh Golnaz Hoda Mahsa Marjan Mehri Nasrin Negar Pegah Raheleh Sahar Shadi Tahereh Zeinab""",
    sur="""Hosseini Ahmadi Mohammadi Rezaei Karimi Moradi Jafari Rahimi Heidari Sadeghi Mousavi Hashemi
        Ghasemi Rostami Amini Kazemi Ebrahimi Najafi Azizi Bagheri Ahmadzadeh Kurdi Mahmoudi Salehi Akbari
        Rahmani Zamani Soltani
        Abbasi Asadi Bahrami Davoodi Esmaeili Faraji Ghorbani Habibi Jalali Khodadadi Khosravi Mirzaei Nazari Nouri Panahi Sharifi Shirazi Soleimani Taheri Yousefi Zarei Abdollahi Ansari""",
    nick={'Mohammad': 'Mammad', 'Morteza': 'Mori', 'Siavash': 'Sia', 'Fatemeh': 'Fati', 'Niloufar': 'Nilou'},
    nick_p=0.08,
    langs=['Farsi', 'Farsi', 'Farsi', 'Kurdish Sorani', 'Kurdish'],
    nat_s="Iranian Iranian Iranian Iran Iranian_Kurd",
    nat_c="Iran Iran Iran Iranian",
    alt_nat="Kurdish",
    expl={'Labour': 60, 'Criminal': 30, 'Sexual': 10},
    unknown_dob=0.25, agegrp='asylum',
)

NAT['AF'] = dict(
    w=4, pm=0.9, struct='af',
    male="""Mohammad Ahmad Abdul_Wahid Ali Hamid Najib Rahim Karim Nasir Jawad Farid Wahid Zabihullah Samiullah
        Rahmatullah Hekmatullah Noorullah Khalid Shafiq Bilal Sohail Mujtaba Hussain Mustafa Sayed_Ali
        Mohammad_Nabi Ahmad_Shah Gul_Ahmad Abdul_Rahim Ali_Reza Mohammad_Jan Abdullah Idris Ismail
        Aziz Basir Daud Ehsan Fawad Habib Haroon Jamshid Javid Masood Matiullah Mirwais Naqibullah Obaidullah Qasim Rashid Safiullah Shakib Tamim Wali Yama Zaker Asadullah Baryalai Ezatullah""",
    female="""Fatima Maryam Zahra Shabana Nazia Farzana Parwana Marzia Mina Khadija Sima Laila Zarghona Habiba Nilofar
        Arezo Fereshta Frishta Gulalai Hadisa Hosai Madina Mursal Nargis Nasrin Palwasha Roya Sadaf Shakila Sughra Wazhma""",
    sur="""Ahmadzai Noori Rahimi Hakimi Safi Stanekzai Popal Karimi Sultani Mohammadi Rezaei Hashimi Amiri
        Sadat Jalali Wardak Mangal Khan Nazari Rahmani Haidari Yousufzai Zazai Sharifi Qaderi Sahak Akbari
        Alizai Barakzai Durrani Faizi Ghani Hotak Kakar Karimzada Mohammadzai Nasiri Niazi Omari Rasuli Saberi Samadi Shinwari Tokhi Zadran Azizi""",
    fathers="""Mohammad Ahmad Gul Abdul Rahim Karim Noor Khan Hussain Ali Jan Nabi Shah Rahman Aziz Sher Amin Hakim
        Qasim Habib""",
    nick={'Zabihullah': 'Zabi', 'Samiullah': 'Sami', 'Rahmatullah': 'Rahmat', 'Hekmatullah': 'Hekmat',
          'Noorullah': 'Noor', 'Mohammad': 'Mo', 'Mujtaba': 'Muji'},
    nick_p=0.12,
    langs=['Pashto', 'Pashto', 'Dari', 'Dari', 'Farsi'],
    nat_s="Afghan Afghan Afghan Afghanistan Afghani",
    nat_c="Afghanistan Afghanistan Afghanistan Afghan",
    alt_nat="Pakistani",
    expl={'Labour': 60, 'Criminal': 25, 'Sexual': 15},
    unknown_dob=0.45, agegrp='asylum',
)

NAT['PK'] = dict(
    w=2, pm=0.75, struct='western',
    male="""Muhammad Imran Ali Bilal Usman Kashif Asif Zeeshan Faisal Adnan Hamza Waqas Tariq Naveed Shahid Rizwan Umar
        Abdul Ahsan Arslan Asad Atif Danish Fahad Haris Irfan Junaid Kamran Khurram Nadeem Nasir Qasim Sajid Salman Shehzad Sohail Tahir Umair Waseem Yasir Zubair""",
    female="""Ayesha Fatima Sana Nadia Rabia Saima Shazia Farah Amina Hina Bushra Mehwish Sobia
        Asma Faiza Huma Iqra Kiran Mariam Nazia Rukhsana Samina Shabnam Sidra Sumaira Tahira Uzma Zainab""",
    sur="""Khan Ali Hussain Ahmed Shah Iqbal Akhtar Malik Butt Raza Mahmood Rehman Javed Aslam Qureshi
        Chaudhry Nawaz Anwar Abbasi Mirza Siddiqui
        Abbas Afzal Arif Ashraf Awan Bashir Bhatti Dar Farooq Ghani Gondal Hashmi Jamil Kazmi Latif Mughal Rana Riaz Saeed Sheikh Yousaf Zafar""",
    sur_f_extra="Bibi Begum",
    nick={'Muhammad': 'Mo', 'Zeeshan': 'Shani', 'Rizwan': 'Rizzy'},
    nick_p=0.08,
    langs=['Urdu', 'Urdu', 'Punjabi', 'Pashto'],
    nat_s="Pakistani Pakistani Pakistan",
    nat_c="Pakistan Pakistan Pakistani",
    expl={'Labour': 65, 'DS': 20, 'Sexual': 15},
    unknown_dob=0.08, agegrp='adult',
)

NAT['RO'] = dict(
    w=5, pm=0.5, struct='ro',
    male="""Andrei Alexandru Ionut Mihai Florin Gabriel Marian Costel Nicolae Vasile Daniel Cristian Adrian Stefan
        Gheorghe Ion Constantin Marius Catalin Bogdan Razvan Sorin Viorel Dumitru Petru Claudiu
        Alin Antonio Aurel Cosmin Ciprian Dorin Dragos Emil Eugen Fanel Gelu Iulian Laurentiu Liviu Lucian Mircea Ovidiu Paul Remus Robert Sebastian Silviu Tiberiu Valentin Victor Vlad""",
    female="""Maria Elena Ioana Andreea Alexandra Mihaela Florentina Georgiana Roxana Denisa Ana Gabriela
        Daniela Madalina Alina Cristina Nicoleta Simona Loredana Larisa Bianca Ramona Florica
        Adriana Aurelia Camelia Carmen Claudia Corina Diana Elisabeta Emilia Florina Iulia Irina Laura Lavinia Lenuta Liliana Luminita Marinela Monica Oana Paula Raluca Silvia Sorina Steluta Valentina Viorica""",
    sur="""Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Constantin Rusu Munteanu Lungu Dinu
        Ciobanu Moldovan Lazar Florea Marin Mihai Serban Toma Dobre Barbu Nistor Tudor Ene Ilie Cojocaru
        Grigore Nedelcu Zamfir Stanciu Balan Lupu Sandu Rotaru Dragomir Vlad Caldararu Lingurar Ursu Varga
        Anghel Badea Bratu Bucur Chiriac Cretu Diaconu Dobrin Dragan Enache Fratila Gavrila Georgescu Iordache Ispas Manea Marinescu Mocanu Nastase Neagu Oprea Paun Petrescu Preda Sava Sirbu Stefanescu Suciu Tanase Ungureanu Vasile Voicu Zaharia""",
    nick={'Alexandru': 'Alex', 'Ionut': 'Nelu', 'Gheorghe': 'George', 'Constantin': 'Costi', 'Andreea': 'Andi',
          'Stefan': 'Stefi', 'Nicolae': 'Nicu', 'Vasile': 'Vali', 'Mihaela': 'Miha', 'Gabriela': 'Gabi',
          'Daniela': 'Dana', 'Florentina': 'Flori', 'Georgiana': 'Gina', 'Catalin': 'Cata', 'Alexandra': 'Alexa',
          'Cristian': 'Cristi', 'Dumitru': 'Mitica', 'Maria': 'Mia', 'Madalina': 'Madi', 'Bogdan': 'Bogdi',
          'Loredana': 'Lori', 'Nicoleta': 'Nico', 'Claudiu': 'Clau', 'Petru': 'Petrica'},
    nick_p=0.3,
    langs=['Romanian', 'Romanian', 'Romanian', 'Romani'],
    nat_s="Romanian Romanian Romanian Romania romanian RO Romanian_(Roma)",
    nat_c="Romania Romania Romania Romanian",
    expl={'Labour': 55, 'Sexual': 40, 'Criminal': 5},
    unknown_dob=0.03, agegrp='adult',
)

NAT['PL'] = dict(
    w=3, pm=0.7, struct='pl',
    male="""Tomasz Piotr Krzysztof Andrzej Pawel Marcin Lukasz Michal Jan Grzegorz Zbigniew Dariusz Mariusz
        Slawomir Robert Marek Jacek Wojciech Adam Kamil Rafal Dawid Jerzy Tadeusz Artur
        Bartosz Sebastian Mateusz Jakub Szymon Patryk Damian Przemyslaw Arkadiusz Sylwester Leszek Henryk Stanislaw Zdzislaw Bogdan Waldemar Ryszard Roman Daniel Hubert""",
    female="""Anna Katarzyna Magdalena Agnieszka Joanna Malgorzata Ewa Monika Barbara Beata Dorota Justyna Aleksandra Karolina Marta
        Paulina Natalia Sylwia Elzbieta Renata Iwona Jolanta Krystyna Danuta Grazyna Teresa Halina Weronika Patrycja Izabela Edyta""",
    sur="""Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski
        Kozlowski Mazur Jankowski Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawlowski Michalski
        Wieczorek Jablonski Wrobel Majewski Olszewski Stepien Jaworski Malinowski Gorski Zawadzki Sadowski
        Adamczyk Dudek Zajac Krol Pietrzak Walczak Baran Sikora Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Zalewski Wasilewski Marciniak Jasinski Bak Chmielewski Wlodarczyk Borkowski Czarnecki Sawicki Sokolowski Urbanski Kubiak Maciejewski Szczepanski Kucharski Wilk Kalinowski Lis Mazurek Wysocki Adamski Kazmierczak Wasik Sobczak Czerwinski Andrzejewski Cieslak Glowacki Zakrzewski Kolodziej Sikorski Krajewski Gajewski Szulc Baranowski Laskowski Brzezinski Makowski Ziolkowski Przybylski""",
    nick={'Tomasz': 'Tomek', 'Krzysztof': 'Krzysiek Chris', 'Lukasz': 'Lukas', 'Pawel': 'Paul', 'Michal': 'Mike',
          'Malgorzata': 'Gosia', 'Katarzyna': 'Kasia', 'Agnieszka': 'Aga', 'Aleksandra': 'Ola', 'Grzegorz': 'Greg',
          'Zbigniew': 'Zbyszek', 'Wojciech': 'Wojtek', 'Jan': 'Janek', 'Magdalena': 'Magda', 'Joanna': 'Asia',
          'Dariusz': 'Darek', 'Mariusz': 'Mario', 'Marek': 'Mark', 'Piotr': 'Peter', 'Jerzy': 'Jurek',
          'Andrzej': 'Andy', 'Slawomir': 'Slawek', 'Tadeusz': 'Tadek', 'Dorota': 'Dora', 'Barbara': 'Basia'},
    nick_p=0.35,
    langs=['Polish'],
    nat_s="Polish Polish Polish Poland polish",
    nat_c="Poland Poland Poland Polish",
    expl={'Labour': 85, 'Criminal': 10, 'Sexual': 5},
    unknown_dob=0.02, agegrp='older',
)

NAT['SK'] = dict(
    w=1.5, pm=0.55, struct='sk',
    male="""Peter Jozef Marek Milan Jan Lukas Martin Frantisek Ladislav Stefan Tomas Roman Dusan Patrik Mario
        Andrej Branislav Dalibor Erik Juraj Lubomir Michal Miroslav Pavol Radoslav Rastislav Robert Viliam Vladimir Zdenko""",
    female="""Zuzana Maria Monika Jana Lucia Veronika Renata Denisa Nikola Kristina Simona Helena Erika
        Adriana Alena Andrea Beata Dana Eva Ivana Katarina Lenka Marcela Miroslava Silvia Viera Vlasta""",
    sur="""Balog Horvath Lakatos Kolompar Olah Gunar Demeter Dudi Kotlar Mirga Gina Bandy Ferko Husar Sarkozi Puky
        Bartos Conka Dano Hudak Kovac Lacko Mizigar Oravec Pompa Rusnak Sivak Tancos Tomko Zigo Gazi Kandrac Pokuta""",
    nick={'Frantisek': 'Fero', 'Jozef': 'Jozo', 'Ladislav': 'Laco', 'Stefan': 'Pista', 'Zuzana': 'Zuzka',
          'Veronika': 'Vero', 'Kristina': 'Kika'},
    nick_p=0.2,
    langs=['Slovak', 'Romani', 'Romani', 'Hungarian'],
    nat_s="Slovak Slovak Slovakian Slovakia Czech/Slovak",
    nat_c="Slovakia Slovakia Slovakia Slovak",
    alt_nat="Czech",
    expl={'Labour': 60, 'Sexual': 30, 'Criminal': 10},
    unknown_dob=0.02, agegrp='adult',
)

NAT['NG'] = dict(
    w=4, pm=0.2, struct='ng',
    male="""Emmanuel Chinedu Osaro Tunde Oluwaseun Samuel Daniel Ikechukwu Efosa Godwin Kelvin Victor Prince
        Friday Sunday Osagie Uche Chukwuemeka Ayodele Babatunde Collins Stanley
        Osahon Osamudiamen Omoruyi Nosa Eseosa Ehimare Ifeanyi Obinna Chibuike Chidi Kenneth Michael Peter Joseph Solomon Lucky Innocent Gabriel Felix Benjamin Sylvester Tobechukwu Abiodun Olamide Segun Kehinde Taiwo""",
    female="""Blessing Precious Joy Favour Gift Mercy Peace Esther Grace Chioma Adaeze Funmilayo Omolara Osas
        Ifeoma Ngozi Ese Patience Success Glory Faith Happiness Princess Vivian Juliet Rita Queen
        Ruth Deborah Comfort Loveth Naomi Sandra Stella Gloria Cynthia Jennifer Eunice Nkechi Amaka Bukola Temitope Folake Kehinde Taiwo Efe Ivie Osarugue Mary Janet""",
    mid_m="Osaze Ikenna Olumide Eromosele Nnamdi Adewale Ehis Osaretin Uyi",
    mid_f="Osarumwense Nosakhare Ivie Eghosa Adesuwa Chiamaka Oluwakemi Omosede Uyiosa Nneka Osaretin",
    sur="""Osagie Igbinedion Omoregie Okafor Eze Idahosa Osayande Aigbe Iyamu Ogbeide Adeyemi Ogunleye Obi Nwosu
        Okoro Adebayo Uwaifo Ehigiator Okonkwo Balogun Edokpolo Ighodaro Obaseki Nwachukwu Okeke Ajayi Olawale
        Ibrahim Bello Ehiorobo Osazuwa Iyoha
        Agbonlahor Aghedo Aikhuele Akhigbe Aluyi Amadasun Asemota Ekhator Eweka Igbinosa Imafidon Iyere Obasuyi Odia Ogiemwonyi Okunbor Omorodion Omoruyi Osemwegie Otabor Uwadiae Ogbomo Adeleke Akinola Chukwu Onyeka Nnadi Ugwu Anyanwu Ezeh""",
    nick={'Oluwaseun': 'Seun', 'Ikechukwu': 'Ike', 'Chinedu': 'Nedu', 'Chukwuemeka': 'Emeka', 'Babatunde': 'Tunde',
          'Funmilayo': 'Funmi', 'Adaeze': 'Ada', 'Omolara': 'Lara', 'Precious': 'Presh', 'Blessing': 'Bless',
          'Favour': 'Fav', 'Emmanuel': 'Emma', 'Ayodele': 'Ayo', 'Princess': 'Prinny', 'Happiness': 'Happy',
          'Ifeoma': 'Ife', 'Esther': 'Essy'},
    nick_p=0.3,
    langs=['English', 'Pidgin', 'Edo', 'Bini', 'Yoruba', 'Igbo', 'English/Pidgin'],
    nat_s="Nigerian Nigerian Nigerian Nigeria nigerian NIG",
    nat_c="Nigeria Nigeria Nigeria Nigerian",
    expl={'Sexual': 60, 'DS': 25, 'Labour': 15},
    unknown_dob=0.12, agegrp='adult',
)

NAT['GH'] = dict(
    w=1.5, pm=0.4, struct='gh',
    male="""Kwame Kofi Yaw Kwabena Kwaku Kojo Emmanuel Samuel Isaac Ebenezer Prince Richard
        Kwasi Kwesi Nana Felix Daniel Eric Francis Godfred Joseph Michael Stephen""",
    female="""Akosua Ama Abena Adwoa Afua Esi Akua Grace Mercy Comfort Gifty Patience Elizabeth
        Yaa Efua Akuba Dede Naa Esther Abigail Rita Linda Vida Sandra""",
    mid_m="Kwame Kofi Yaw Kwabena Kwaku Kojo Kwasi",
    mid_f="Akosua Ama Abena Adwoa Afua Esi Akua Yaa",
    sur="""Mensah Owusu Boateng Asante Osei Agyeman Appiah Addo Ofori Amoah Darko Ansah Acheampong Antwi Opoku Badu
        Adjei Amankwah Annan Asamoah Awuah Bonsu Danso Donkor Frimpong Gyamfi Kusi Nyarko Obeng Oduro Quaye Sarpong Tetteh Yeboah""",
    nick={'Ebenezer': 'Ebo', 'Kwabena': 'Kobby', 'Elizabeth': 'Liz', 'Gifty': 'Gift'},
    nick_p=0.12,
    langs=['Twi', 'English', 'Twi', 'Ga'],
    nat_s="Ghanaian Ghanaian Ghana",
    nat_c="Ghana Ghana Ghanaian",
    expl={'DS': 45, 'Labour': 35, 'Sexual': 20},
    unknown_dob=0.08, agegrp='adult',
)

NAT['CN'] = dict(
    w=3, pm=0.35, struct='cn',
    sur="""Lin Chen Wang Li Zhang Liu Zheng Yang Huang Zhao Wu Zhou Xu Sun He Gao Guo Ma Luo Liang
        Hu Zhu Song Tang Han Deng Feng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao""",
    male="""Wei Qiang Lei Jun Xiao|ming Jian|guo Hao Yong Jie Tao Bin Gang Ming Chao Peng Jian|hua Zhi|wei Yi
        Bo Chang Cheng Dong Feng Guang Hai Hua Jian Kai Liang Long Ning Rui Shan Wen Xin Xu Yang Yu Zhen Zhi|qiang Jia|hao Zi|hao Hao|ran Yu|xuan""",
    female="""Fang Na Min Jing Li Yan Xiao|hong Li|hua Hai|yan Mei|ling Yu|ting Xiu|ying Hui Juan Ying Li|li
        Xiao|li Qing Mei Hong
        Dan Hui|min Jia|yi Jie Lan Ling Lu Ping Qian Rong Shu|fen Ting Xia Xin|yi Xue Yi|ran Yue Zi|han Shu|ting Ya|ting Li|na""",
    eng_m="Kevin Jack Tony David Eric Jason",
    eng_f="Lily Amy Coco Jenny Linda Helen Vicky Anna",
    nick_p=0.3,
    langs=['Mandarin', 'Mandarin', 'Fujianese', 'Cantonese', 'Mandarin (some Eng)'],
    nat_s="Chinese Chinese Chinese China PRC Chinese_(Fujian)",
    nat_c="China China China Chinese",
    expl={'Sexual': 55, 'Labour': 35, 'Criminal': 10},
    unknown_dob=0.12, agegrp='adult',
)

NAT['IN'] = dict(
    w=4, pm=0.55, struct='in',
    male="""Rajesh Suresh Amit Vikram Ravi Sunil Anil Arjun Harpreet Gurpreet Manjit Sandeep Mohan Ramesh Vijay
        Deepak Rahul Sanjay Manoj Ajay Jaswinder Kuldeep Biju Jibin Anish Amrit Baljit Harjinder Paramjit
        Sukhwinder Ranjit Navdeep Lovepreet Simranjit Jagdeep
        Ashok Dinesh Ganesh Harish Jagdish Kiran Mahesh Naresh Pradeep Prakash Rakesh Rohit Santosh Satish Shankar Sunny Vinod Yogesh Ajith Santhosh Murugan Senthil Karthik Prasad Venkatesh""",
    female="""Priya Sunita Anita Lakshmi Pooja Kavita Manpreet Jaspreet Deepa Meena Rekha Geeta Neha Divya Jincy
        Anju Reshma Shalini Harjit Amandeep Simran Navneet Rajwinder Sukhpreet Kirandeep
        Asha Bhavna Chitra Gayathri Hema Jyoti Komal Madhu Nisha Padma Parvati Radha Rani Savitri Seema Shanti Swati Uma Usha Vidya Aarti Sapna""",
    sikh="""Harpreet Gurpreet Manjit Sandeep Jaswinder Kuldeep Manpreet Jaspreet Harjit Amrit Baljit Harjinder
        Paramjit Sukhwinder Ranjit Navdeep Lovepreet Simranjit Jagdeep Amandeep Simran Navneet Rajwinder Sukhpreet
        Kirandeep""",
    kerala="Biju Jibin Anish Jincy Anju Reshma",
    sur="""Kumar Sharma Patel Reddy Nair Das Verma Gupta Pillai Yadav Shah Rao Menon Mishra Chauhan Joshi
        Agarwal Bhat Chaudhary Desai Iyer Jain Khanna Kulkarni Malhotra Mehta Pandey Patil Prasad Saxena Sinha Srivastava Tiwari Trivedi Pandit Naidu Chopra Kapoor Bhatt Krishnan Murthy Subramaniam""",
    sur_f_extra="Devi",
    sikh_fam="Sandhu Gill Dhillon Sidhu Grewal Bains Johal Randhawa",
    kerala_sur="Thomas Joseph George Mathew Varghese Kurian Jose Abraham",
    nick={'Gurpreet': 'Guri', 'Harpreet': 'Harry', 'Manpreet': 'Mani', 'Priya': 'Pri', 'Jaswinder': 'Jas',
          'Kuldeep': 'Kully', 'Lakshmi': 'Laks', 'Vikram': 'Vicky', 'Rajesh': 'Raj', 'Jaspreet': 'Jazz'},
    nick_p=0.15,
    langs=['Hindi', 'Punjabi', 'Punjabi', 'Malayalam', 'Tamil', 'Telugu', 'Gujarati', 'English'],
    nat_s="Indian Indian Indian India",
    nat_c="India India India Indian",
    expl={'Labour': 70, 'DS': 25, 'Sexual': 5},
    unknown_dob=0.04, agegrp='older',
)

NAT['PH'] = dict(
    w=1.5, pm=0.15, struct='ph',
    male="""Jose Mark_Anthony John_Paul Ramon Rodel Jayson Rommel Romeo Arnel Jun
        Alvin Arnold Bong Christian Dennis Edgar Efren Ernesto Jerome Joel Jomar Leo Mario Nestor Noel Raymond Rey Ronnie""",
    female="""Maria Jocelyn Maricel Rowena Analyn Joy Mary_Grace Jennifer Marilou Rosalie Lorna Cristina Girlie
        Marites Mary_Ann Lovely Jonalyn Maria_Theresa
        Angelica Aileen Charisse Divina Elena Evelyn Gemma Gina Janice Leah Liza Luzviminda Melody Michelle Nerissa Remedios Ruby Shiela Teresita""",
    sur="""Santos Reyes Cruz Bautista Garcia Mendoza dela_Cruz Ramos Aquino Villanueva Castillo Flores Gonzales
        Torres Navarro Domingo Manalo Pascual Soriano Dizon
        Aguilar Alvarez Bernardo Buenaventura Cabrera Corpuz Dimaculangan Enriquez Esguerra Fernandez Francisco Lopez Macaraeg Magbanua Marquez Morales Ocampo Padilla Perez Salazar Tolentino Valdez""",
    nick={'Maricel': 'Cel', 'Jocelyn': 'Joy', 'Marites': 'Tess', 'Rosalie': 'Rose', 'Jennifer': 'Jen',
          'Mark_Anthony': 'Mac', 'John_Paul': 'JP', 'Maria_Theresa': 'Tess', 'Mary_Grace': 'Grace',
          'Mary_Ann': 'Ann', 'Cristina': 'Tina', 'Rodel': 'Dodong', 'Girlie': 'Girl'},
    nick_p=0.3,
    langs=['Tagalog', 'Tagalog', 'English', 'Visayan'],
    nat_s="Filipino Filipina Filipino Philippines Phillipines",
    nat_c="Philippines Philippines Philippines Filipino",
    expl={'DS': 70, 'Labour': 30},
    unknown_dob=0.01, agegrp='older',
)

# ---------------------------------------------------------------------------
# Spelling variants (token -> alternatives).  '_' = space.
VARIANT_SPEC = """
Mohamed: Mohammed Muhammad Mohammad Mohamad
Mohammed: Mohamed Muhammad Mohammad
Mohammad: Mohammed Muhammad Mohamad Mohamed
Muhammad: Mohammed Muhammed Mohammad
Ahmed: Ahmad Ahmet
Ahmad: Ahmed
Osman: Othman Usman
Othman: Osman Uthman
Usman: Osman Uthman
Abdelrahman: Abdulrahman Abdul_Rahman Abdalrahman Abdel-Rahman
Abdalla: Abdullah Abdallah
Abdullah: Abdalla Abdulla
Yousif: Yousef Yusuf Youssef Yosif
Omer: Omar
Omar: Omer
Hassan: Hasan
Hussein: Hussain Husain Hossain
Hussain: Hussein Husain
Ibrahim: Ebrahim Ibraheem
Mustafa: Mostafa Moustafa
Elsadig: El_Sadig Elsadiq
Suleiman: Sulaiman Sleiman
Ismail: Ismael Esmail
Haroun: Haroon Harun
Yagoub: Yacoub Yaqub
Ishag: Ishaq Ishak
Idris: Idriss
Babiker: Babikir
Bashir: Basheer
Elfatih: El_Fatih Alfatih
Eltayeb: El_Tayeb Altayeb
Elnour: El_Nour Alnour
Abdelaziz: Abdulaziz Abdel_Aziz
Abdelkarim: Abdulkarim Abdel_Karim
Abdelmoneim: Abdulmonem Abdelmonim
Bakheet: Bakhit
Abubakar: Abubaker Abu_Bakr
Yahya: Yahia
Khalid: Khaled
Hamza: Hamzah
Musa: Moussa Mousa
Salih: Saleh
Mahmood: Mahmud Mahmoud
Mahmoud: Mahmood Mahmud
Karim: Kareem
Rashid: Rasheed
Aziz: Azeez
Qadir: Kadir Qader
Rasul: Rasool
Fatima: Fatma Fatuma
Aisha: Aysha Ayesha
Ayesha: Aisha Aysha
Mariam: Maryam Miriam
Maryam: Mariam
Khadija: Khadijah Kadija
Zainab: Zeinab Zaynab
Amna: Amina
Safaa: Safa
Tasneem: Tasnim
Asma: Asmaa
Nafisa: Nafeesa
Huda: Houda
Yonas: Jonas Yonus
Yohannes: Yohanes Johannes
Tesfay: Tesfaye Tesfai
Tesfaye: Tesfay
Gebremedhin: Ghebremedhin Gebremedin Gebre_Medhin
Ghebreyesus: Gebreyesus Ghebre_Yesus
Gebrehiwet: Ghebrehiwet Gebrehiwot
Woldemariam: Weldemariam Wolde_Mariam
Kidane: Kidan
Tekle: Teklay Tecle
Berhane: Birhane Berhan
Mehari: Mehary
Habte: Habtay
Tewolde: Tewelde
Tsegay: Tsegai Tsegaye
Kahsay: Kahsai
Ghirmay: Girmay Ghirmai
Andemariam: Andemaryam
Teklehaimanot: Tekle_Haimanot
Tesfamariam: Tesfamaryam
Debesai: Debesay
Zerai: Zeray
Amanuel: Emmanuel Amaniel
Filmon: Filimon Philemon
Merhawi: Merhawie
Biniam: Biniyam Beniam
Senait: Senayt
Freweyni: Frewoini Freweini
Luwam: Luam
Kibrom: Kbrom
Hiwet: Hiwot
Yosief: Yosef Yoseph
Tedros: Tewodros
Nahom: Nahum
Letebrhan: Letebrehan Leteberhan
Abrehet: Abrehat
Rahel: Rachel
Tadesse: Tadese Taddese
Tigist: Tigest
Mekonnen: Mekonen
Bekele: Bekelle
Tefera: Tefferra
Assefa: Asefa
Rebin: Rebeen
Hemin: Hemn
Shvan: Shivan Shwan
Hawkar: Hawker
Sherwan: Shirwan
Rawand: Rawend
Diyar: Diar
Hiwa: Hewa
Shilan: Shelan
Sozan: Suzan
Zhino: Jino
Anwar: Anwer
Faraj: Farag
Sabir: Saber
Ahmadzai: Ahmedzai
Noori: Nouri Nuri
Rahimi: Raheemi
Hakimi: Hakeemi
Stanekzai: Stanikzai
Yousufzai: Yousafzai Yusufzai
Zabihullah: Zabiullah Zabihollah
Samiullah: Sami_Ullah Samiollah
Rahmatullah: Rahmatulla
Hekmatullah: Hikmatullah
Noorullah: Nurullah
Najib: Najeeb
Rahim: Raheem
Nasir: Naseer Nasser
Jawad: Javad
Farid: Fareed
Wahid: Waheed
Shafiq: Shafique
Sohail: Suhail
Mujtaba: Mojtaba
Sayed: Sayyed Syed
Nilofar: Nilufar Niloufar
Zarghona: Zarghuna
Haidari: Heidari Haydari
Qaderi: Qadiri
Sultani: Soltani
Hashimi: Hashemi
Hosseini: Husseini Hoseini
Rezaei: Rezai Rezaee
Mohammadi: Mohamadi
Jafari: Jafary Jaafari
Heidari: Haidari Heydari
Sadeghi: Sadeqi
Mousavi: Musavi Moosavi
Ghasemi: Qasemi Ghassemi
Ebrahimi: Ibrahimi
Bagheri: Baqeri
Hossein: Hussein Hosein
Mehdi: Mahdi
Saeed: Said Saied
Morteza: Mortaza
Siavash: Siavosh
Fatemeh: Fatima Fateme
Leila: Layla Laila
Laila: Leila Layla
Niloufar: Nilufar Nilofar
Imran: Emran
Zeeshan: Zishan
Waqas: Waqqas
Naveed: Navid
Rizwan: Rizvan
Qureshi: Quraishi
Chaudhry: Chaudhary Choudhury Chowdhury
Rehman: Rahman
Hoxha: Hoxa Hodja
Krasniqi: Krasniki
Shehu: Sheu
Dervishi: Dervishaj
Gentian: Gentjan
Klodian: Klodjan
Fatjon: Fatijon
Xhensila: Gensila Jensila
Ermal: Ermall
Xhuljo: Xhulio
Anxhela: Anxela
Kejsi: Keisi
Marku: Marko
Lleshi: Leshi
Gjoka: Gioka
Beqiri: Bekiri
Enkeleda: Enkelejda
Ilirjana: Iliriana
Klajdi: Klaidi
Eljon: Elion
Andreea: Andrea Andreia
Ioana: Yoana
Mihaela: Michaela
Gheorghe: Georghe Gheorge
Constantin: Costantin Konstantin
Stoica: Stoika
Popescu: Popesku
Cojocaru: Cojocariu
Nicoleta: Nicolleta
Larisa: Larissa
Vasile: Vasilie
Caldararu: Caldarar
Krzysztof: Krzystof Kryzsztof
Grzegorz: Gregorz
Wojciech: Wojchiech
Agnieszka: Agneszka
Justyna: Justina
Wisniewski: Wisnewski
Wojcik: Wojczik
Kowalczyk: Kowalczik
Szymanski: Szymansky
Dabrowski: Dombrowski
Kwiatkowski: Kwiatkovski
Krawczyk: Krawczik
Wieczorek: Wieczoreck
Igbinedion: Igbinidion
Omoregie: Omorogie Omoragie
Idahosa: Idahossa
Ehigiator: Ehigiato
Ighodaro: Igodaro
Edokpolo: Edokpolor
Nwachukwu: Nwachuku
Ikechukwu: Ikechuku
Ifeoma: Ifeomah
Adesuwa: Adesua
Osazuwa: Osazuwah
Gurpreet: Gurprit
Harpreet: Harprit
Manpreet: Manprit
Jaspreet: Jasprit
Lakshmi: Laxmi
Kavita: Kavitha
Deepa: Dipa
Sandeep: Sandip
Geeta: Gita
Jaswinder: Jasvinder
Kuldeep: Kuldip
Sunita: Suneeta
Pooja: Puja
Reddy: Reddi
Pillai: Pillay
Varghese: Verghese
Mathew: Matthew
Dhillon: Dhilon
Randhawa: Randawa
Chauhan: Chouhan
dela_Cruz: Dela_Cruz De_la_Cruz Delacruz
Gonzales: Gonzalez
Jocelyn: Joselyn
Maricel: Marisel
Analyn: Annalyn
Marilou: Mary_Lou
Jayson: Jason
Rommel: Romel
Marites: Maritess
Villanueva: Villaneuva
Bautista: Batista
Balog: Balogh
Horvath: Horvat
Sarkozi: Sarkozy
Kwabena: Kobina
Kwaku: Kweku
Kojo: Kwadwo
Adwoa: Adjoa
Afua: Efua
Agyeman: Agyemang
Acheampong: Achiampong
Mensah: Mensa
Asante: Asanti
Kayleigh: Kayley Kaylee
Stacey: Stacy
Shannon: Shanon
Courtney: Courteney
Reece: Rhys Reese
Kieran: Kieron Ciaran
Callum: Calum
Connor: Conor
Lewis: Louis
Megan: Meghan
Leah: Lea
Amy: Aimee
Thompson: Thomson
Clarke: Clark
Matthews: Mathews
Phillips: Philips
Jayden: Jaden Jaiden
Abbie: Abby Abi
Gemma: Jemma
Nicola: Nichola
Natalie: Nathalie
Steven: Stephen
Tyrese: Tyreese
Aaliyah: Aliyah
Amira: Ameera
Griffiths: Griffith
Jodie: Jody
Kirsty: Kirstie
Caitlin: Katelyn
Toni: Tony
Davies: Davis
McDonald: MacDonald Mcdonald
O'Brien: OBrien O'Brian
Doherty: Docherty
Chen: Chan
Huang: Wong
Lin: Lam
Zhang: Cheung
Li: Lee
Wu: Ng
Zheng: Cheng
Liu: Lau
Zhou: Chow
Guo: Kwok
"""

# variants used only rarely (different romanisation systems)
RARE_VARIANTS = set("Chen Huang Lin Zhang Li Wu Zheng Liu Zhou Guo Davies Toni Caitlin Rahel Fatemeh Hossein".split())

DIAC = {
    # Vietnamese
    'Nguyen': 'Nguyễn', 'Tran': 'Trần', 'Le': 'Lê', 'Pham': 'Phạm', 'Hoang': 'Hoàng', 'Huynh': 'Huỳnh',
    'Vu': 'Vũ', 'Vo': 'Võ', 'Dang': 'Đặng', 'Bui': 'Bùi', 'Do': 'Đỗ', 'Ho': 'Hồ', 'Ngo': 'Ngô',
    'Duong': 'Dương', 'Ly': 'Lý', 'Dinh': 'Đinh', 'Trinh': 'Trịnh', 'Van': 'Văn', 'Thi': 'Thị', 'Duc': 'Đức',
    'Huu': 'Hữu', 'Cong': 'Công', 'Ngoc': 'Ngọc', 'Hung': 'Hùng', 'Tuan': 'Tuấn', 'Dung': 'Dũng',
    'Quan': 'Quân', 'Hai': 'Hải', 'Son': 'Sơn', 'Phuc': 'Phúc', 'Khanh': 'Khánh', 'Hieu': 'Hiếu',
    'Cuong': 'Cường', 'Dat': 'Đạt', 'Kien': 'Kiên', 'Tien': 'Tiến', 'Thang': 'Thắng', 'Binh': 'Bình',
    'Huong': 'Hương', 'Thao': 'Thảo', 'Hanh': 'Hạnh', 'Phuong': 'Phương', 'Thuy': 'Thủy', 'Yen': 'Yến',
    'Ha': 'Hà', 'Hang': 'Hằng', 'Hien': 'Hiền', 'Tam': 'Tâm', 'Quynh': 'Quỳnh', 'Toan': 'Toàn',
    'Manh': 'Mạnh', 'Tu': 'Tú', 'Tuyet': 'Tuyết', 'Bao': 'Bảo', 'Hiep': 'Hiệp', 'Loc': 'Lộc', 'Nghia': 'Nghĩa',
    'Nhat': 'Nhật', 'Thinh': 'Thịnh', 'Thuan': 'Thuận', 'Tri': 'Trí', 'Truong': 'Trường', 'Viet': 'Việt',
    'Bich': 'Bích', 'Chau': 'Châu', 'Diep': 'Diệp', 'Diem': 'Diễm', 'Kieu': 'Kiều', 'Lien': 'Liên', 'Uyen': 'Uyên',
    'Xuan': 'Xuân', 'Hue': 'Huệ', 'Hong': 'Hồng', 'Ngan': 'Ngân', 'Hau': 'Hậu', 'Lam': 'Lâm', 'Tai': 'Tài',
    'Tram': 'Trâm', 'Thom': 'Thơm', 'Nhan': 'Nhàn',
    # Romanian
    'Ionut': 'Ionuț', 'Stefan': 'Ștefan', 'Catalin': 'Cătălin', 'Razvan': 'Răzvan', 'Madalina': 'Mădălina',
    'Lazar': 'Lazăr', 'Serban': 'Șerban', 'Balan': 'Bălan', 'Caldararu': 'Căldăraru', 'Mitica': 'Mitică',
    'Petrica': 'Petrică', 'Florica': 'Florica',
    # Polish
    'Pawel': 'Paweł', 'Lukasz': 'Łukasz', 'Michal': 'Michał', 'Slawomir': 'Sławomir',
    'Malgorzata': 'Małgorzata', 'Rafal': 'Rafał', 'Wisniewski': 'Wiśniewski', 'Wojcik': 'Wójcik',
    'Kaminski': 'Kamiński', 'Zielinski': 'Zieliński', 'Szymanski': 'Szymański', 'Wozniak': 'Woźniak',
    'Dabrowski': 'Dąbrowski', 'Kozlowski': 'Kozłowski', 'Pawlowski': 'Pawłowski', 'Jablonski': 'Jabłoński',
    'Wrobel': 'Wróbel', 'Stepien': 'Stępień', 'Gorski': 'Górski', 'Slawek': 'Sławek',
    'Zajac': 'Zając', 'Krol': 'Król', 'Bak': 'Bąk', 'Wlodarczyk': 'Włodarczyk', 'Sokolowski': 'Sokołowski',
    'Urbanski': 'Urbański', 'Jasinski': 'Jasiński', 'Kolodziej': 'Kołodziej', 'Glowacki': 'Głowacki',
    'Czerwinski': 'Czerwiński', 'Cieslak': 'Cieślak', 'Kazmierczak': 'Kaźmierczak', 'Wasik': 'Wąsik',
    'Ziolkowski': 'Ziółkowski', 'Brzezinski': 'Brzeziński', 'Przemyslaw': 'Przemysław',
    'Stanislaw': 'Stanisław', 'Zdzislaw': 'Zdzisław', 'Elzbieta': 'Elżbieta', 'Grazyna': 'Grażyna',
    'Dragos': 'Dragoș', 'Laurentiu': 'Laurențiu', 'Lenuta': 'Lenuța', 'Luminita': 'Luminița',
    'Steluta': 'Steluța', 'Cretu': 'Crețu', 'Fratila': 'Frățilă', 'Gavrila': 'Gavrilă', 'Nastase': 'Năstase',
    'Paun': 'Păun', 'Sirbu': 'Sîrbu', 'Stefanescu': 'Ștefănescu', 'Tanase': 'Tănase', 'Dragan': 'Drăgan',
    # Slovak
    'Horvath': 'Horváth', 'Olah': 'Oláh', 'Kotlar': 'Kotlár', 'Kolompar': 'Kolompár', 'Frantisek': 'František',
    'Tomas': 'Tomáš', 'Dusan': 'Dušan', 'Sarkozi': 'Sárközi',
}
# Slovak-only diacritics (tokens shared with other nationalities)
DIAC_SK = {'Jan': 'Ján', 'Maria': 'Mária', 'Stefan': 'Štefan', 'Lukas': 'Lukáš', 'Gina': 'Giňa',
           'Michal': 'Michal', 'Lubomir': 'Ľubomír', 'Katarina': 'Katarína', 'Bartos': 'Bartoš', 'Conka': 'Čonka',
           'Hudak': 'Hudák', 'Kovac': 'Kováč', 'Rusnak': 'Rusnák', 'Sivak': 'Sivák', 'Tancos': 'Tančoš',
           'Zigo': 'Žigo', 'Kandrac': 'Kandráč', 'Viliam': 'Viliam', 'Andrea': 'Andrea'}

# generic referral sources and their spellings
REFERRERS = {
    'Police': "Police Police Police WMP Police_(West_Mids) police PC_on_duty",
    'LA': "Local_authority LA Council Adult_social_care LA_social_worker",
    'ChildSvc': "Children's_services Childrens_Services CSC Social_worker",
    'SA': "Salvation_Army Salvation_Army SA Sally_Army",
    'HO': "Home_Office Home_Office HO Immigration_Enforcement Border_Force",
    'Self': "Self Self-referral Self_referral self Walk-in",
    'NHS': "GP A&E NHS Hospital GP_surgery",
    'Helpline': "MS_Helpline Modern_Slavery_Helpline Helpline Unseen_helpline",
    'Charity': "Red_Cross British_Red_Cross Refugee_Council Migrant_Help Other_charity Hope_for_Justice Food_bank",
    'Probation': "Probation YOT Youth_Offending Prison",
    'Solicitor': "Solicitor Immigration_solicitor Legal_rep",
    'Housing': "Housing Housing_officer Homeless_team",
    'Church': "Church Church_contact Mosque Temple",
    'Friend': "Friend Family_member Community_member",
    'Employer': "Employer Job_Centre DWP",
}

EXPL_RENDER = {
    'Criminal': "Criminal Criminal Criminal_exploitation Forced_criminality Criminal_-_drugs",
    'Sexual': "Sexual Sexual Sexual_exploitation Sexual_exp. Sex",
    'Labour': "Labour Labour Labour_exploitation Forced_labour Labour_exp.",
    'DS': "Domestic_servitude Domestic_servitude DS Domestic",
}
EXPL_DETAIL = {
    'Criminal': ["County lines", "County lines", "Cannabis farm", "Cannabis cultivation", "Shoplifting",
                 "Drug dealing", "Begging", "Benefit fraud"],
    'Sexual': ["Brothel", "Off-street prostitution", "Online", "Sex work (forced)", "Massage parlour"],
    'Labour': ["Nail bar", "Car wash", "Construction", "Agriculture", "Factory", "Restaurant", "Takeaway",
               "Care work", "Warehouse", "Fishing", "Hand car wash"],
    'DS': ["Domestic worker", "Nanny", "Household", "Diplomatic household"],
}

AREAS = ("Birmingham Birmingham Birmingham Wolverhampton Coventry Walsall Dudley West_Bromwich Solihull "
         "Stoke-on-Trent Leicester Nottingham Derby Telford Worcester Stafford Redditch Sandwell").split()
AREA_ALT = {'Birmingham': ['B\'ham', 'Brum', 'Birmingham'], 'Wolverhampton': ['Wolves', 'Wolverhampton'],
            'West_Bromwich': ['West Brom', 'W. Bromwich'], 'Stoke-on-Trent': ['Stoke', 'Stoke on Trent']}

NOTES_GENERAL = [
    "Interpreter booked", "Housing referral made", "Lost contact", "Moved to asylum accommodation",
    "Awaiting CG decision", "Referred to solicitor", "Closed - moved out of area", "Safe house",
    "Supported to open bank account", "ESOL classes", "GP registration done", "Mental health referral",
    "Pregnant", "Reported to police", "Declined NRM", "Ongoing", "Closed", "Signposted", "See case file",
    "DNA x2", "Needs clothing/food vouchers", "Has 2 children (in home country)", "Phone lost - new no. on file",
    "In hotel accommodation", "Legal aid in place", "Worried about debt bondage", "Wants to return home",
    "Voluntary return discussed", "Counselling", "Court date pending", "Drug use - referred to CGL",
    "Supported at RG interview", "Positive RG received", "NRPF", "Destitute", "Universal Credit claim",
    "Homeless on referral", "Still in contact with exploiters?", "Attended drop-in", "Befriender matched",
    "Missing episode", "Safeguarding concerns", "Threats from traffickers - police aware",
    "Awaiting age assessment", "Dental appt", "Travel warrant", "Move-on support", "Employment support",
]

# ===========================================================================
#  Generator
# ===========================================================================
import argparse
import csv
import datetime as dt
import io
import itertools
import json
import random
import sys
import zipfile
from collections import Counter
from xml.sax.saxutils import escape as _xesc

YEARS = list(range(2017, 2026))
LAST_DAY = dt.date(2025, 9, 30)          # the 2025 sheet is "in progress"
EXCEL_EPOCH = dt.date(1899, 12, 30)
COVID_GAP = (dt.date(2020, 3, 23), dt.date(2020, 6, 1))
YEAR_WEIGHT = {2017: 0.55, 2018: 0.7, 2019: 0.85, 2020: 0.7, 2021: 1.0, 2022: 1.15, 2023: 1.3,
               2024: 1.35, 2025: 1.0}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']

STATS = {}


def stat(group, key, n=1):
    STATS.setdefault(group, Counter())[key] += n


class Pool:
    """Weighted choice with fixed cumulative weights (deterministic under a seeded Random)."""

    def __init__(self, items, weights=None, s=0.9):
        self.items = list(items)
        if weights is None:
            weights = [1.0 / ((i + 1) ** s) for i in range(len(self.items))]
        self.cum = list(itertools.accumulate(weights))

    def pick(self, rng):
        return rng.choices(self.items, cum_weights=self.cum)[0]


def wpick(rng, d):
    """pick a key from an insertion-ordered {key: weight} dict"""
    keys = list(d.keys())
    return rng.choices(keys, weights=[d[k] for k in keys])[0]


def words(s):
    return s.split()


def uniq_words(s):
    out = []
    for w in s.split():
        if w not in out:
            out.append(w)
    return out


def us(s):
    return s.replace('_', ' ')


# ---------------------------------------------------------------------------
# build pools and variant tables
VARIANTS = {}
for line in VARIANT_SPEC.strip().splitlines():
    k, v = line.split(':')
    VARIANTS[us(k.strip())] = [us(x) for x in v.split()]


def fem_pl(s):
    for a, b in (('dzki', 'dzka'), ('ski', 'ska'), ('cki', 'cka')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def fem_sk(s):
    if s.endswith('ý'):
        return s[:-1] + 'á'
    if s[-1] in 'aoAO':
        return s[:-1] + 'ová'
    return s + 'ová'


def fem_sk_ascii(s):
    if s[-1] in 'aoAO':
        return s[:-1] + 'ova'
    return s + 'ova'


# feminine Polish / Slovak surname variants and diacritics
for s in words(NAT['PL']['sur']):
    f = fem_pl(s)
    if f != s:
        if s in VARIANTS:
            VARIANTS[f] = [fem_pl(v) for v in VARIANTS[s]]
        if s in DIAC:
            DIAC[f] = fem_pl(DIAC[s])
for s in words(NAT['SK']['sur']):
    f = fem_sk_ascii(s)
    if s in VARIANTS:
        VARIANTS[f] = [fem_sk_ascii(v) for v in VARIANTS[s]]
    DIAC_SK[f] = fem_sk(DIAC.get(s, DIAC_SK.get(s, s)))

FEM_PL_REV = {fem_pl(s): s for s in words(NAT['PL']['sur'])}
FEM_SK_REV = {fem_sk_ascii(s): s for s in words(NAT['SK']['sur'])}

# Chinese two-syllable given names: spacing variants
CN_SPLIT = {}
for g in words(NAT['CN']['male']) + words(NAT['CN']['female']):
    if '|' in g:
        a, b = g.split('|')
        t = a + b.lower()
        CN_SPLIT[t] = (a, b.capitalize())
        VARIANTS[t] = [a + ' ' + b.capitalize(), a + '-' + b.capitalize(), a + b.capitalize(), a + '-' + b]

POOLS = {}
for code, spec in NAT.items():
    P = {}
    for key in ('male', 'female', 'sur', 'fathers', 'mid_m', 'mid_f', 'eng_m', 'eng_f'):
        if key in spec:
            P[key] = Pool(uniq_words(spec[key]), s=spec.get('s_sur', 0.5) if key == 'sur' else spec.get('s_given', 0.6))
    for key in ('sur_w', 'mid_m_w', 'mid_f_w'):
        if key in spec:
            P[key] = Pool(list(spec[key].keys()), list(spec[key].values()))
    POOLS[code] = P
NAT_POOL = Pool(list(NAT.keys()), [NAT[k]['w'] for k in NAT])


def given_tokens(raw):
    if '|' in raw:
        a, b = raw.split('|')
        return [a + b.lower()]
    return raw.split('_')


# ---------------------------------------------------------------------------
class Person:
    __slots__ = ('pid', 'idx', 'nat', 'g', 'gi', 'given', 'middle', 'surname', 'extra', 'order', 'mid_p',
                 'extra_p', 'nick', 'pref', 'dob', 'dob_mode', 'est_year', 'alt_dob', 'lang', 'expl',
                 'expl_detail', 'area', 'rels', 'visits', 'kind', 'anchor', 'clients', 'last', 'sk_male_form',
                 'lang_extra', 'typo_tok', 'married_sur', 'nat_alt')

    def __init__(self):
        self.rels = []
        self.visits = []
        self.clients = []
        self.last = {}
        self.pref = {}
        self.extra = []
        self.middle = []
        self.nick = None
        self.alt_dob = None
        self.sk_male_form = False
        self.typo_tok = None
        self.married_sur = None
        self.nat_alt = None


def new_name(rng, p):
    nat, g = p.nat, p.g
    spec, P = NAT[nat], POOLS[nat]
    st = spec['struct']
    gk = 'male' if g == 'M' else 'female'
    p.order, p.mid_p, p.extra_p = 'W', 0.0, 0.0
    p.middle, p.extra = [], []
    p.given = given_tokens(P[gk].pick(rng))
    if st == 'western':
        p.surname = [us(P['sur'].pick(rng))]
        if nat == 'GB' and rng.random() < 0.35:
            p.middle = [P['mid_m' if g == 'M' else 'mid_f'].pick(rng)]
            p.mid_p = 0.12
        if nat == 'PK':
            if g == 'M' and p.given[0] != 'Muhammad' and rng.random() < 0.3:
                p.given = ['Muhammad'] + p.given
            if g == 'F' and rng.random() < 0.25:
                p.surname = [rng.choice(words(spec['sur_f_extra']))]
    elif st == 'vn':
        p.order = 'E'
        p.surname = [P['sur_w'].pick(rng)]
        p.middle = [P['mid_m_w' if g == 'M' else 'mid_f_w'].pick(rng)]
        if g == 'F' and p.middle[0] == 'Thi' and rng.random() < 0.12:
            p.middle.append(rng.choice(['Thu', 'Ngoc', 'Kim', 'Thanh']))
        p.mid_p = 0.72
    elif st == 'cn':
        p.order = 'E'
        p.surname = [P['sur'].pick(rng)]
    elif st == 'patronymic':
        p.surname = [P['fathers'].pick(rng)]
        if rng.random() < 0.7:
            p.extra = [P['fathers'].pick(rng)]
            p.extra_p = 0.4
    elif st == 'af':
        if rng.random() < 0.6:
            p.surname = [P['sur'].pick(rng)]
        else:
            p.surname = [P['fathers'].pick(rng)]
    elif st == 'ro':
        r = rng.random()
        if r < 0.12:
            second = P[gk].pick(rng)
            if second != p.given[0]:
                p.given = [p.given[0] + '-' + second]
        elif r < 0.22:
            second = P[gk].pick(rng)
            if second != p.given[0]:
                p.given = p.given + [second]
        p.surname = [P['sur'].pick(rng)]
    elif st == 'pl':
        s = P['sur'].pick(rng)
        p.surname = [fem_pl(s) if g == 'F' else s]
    elif st == 'sk':
        s = P['sur'].pick(rng)
        p.surname = [fem_sk_ascii(s) if g == 'F' else s]
        p.sk_male_form = (g == 'F' and rng.random() < 0.25)
    elif st in ('ng', 'gh'):
        p.surname = [P['sur'].pick(rng)]
        if rng.random() < (0.4 if st == 'ng' else 0.35):
            p.middle = [P['mid_m' if g == 'M' else 'mid_f'].pick(rng)]
            p.mid_p = 0.2 if st == 'ng' else 0.3
    elif st == 'in':
        if p.given[0] in words(spec['sikh']):
            p.surname = ['Singh' if g == 'M' else 'Kaur']
            if rng.random() < 0.5:
                p.extra = [rng.choice(words(spec['sikh_fam']))]
                p.extra_p = 0.6
        elif p.given[0] in words(spec['kerala']):
            p.surname = [rng.choice(words(spec['kerala_sur']))]
        else:
            p.surname = [P['sur'].pick(rng)]
            if g == 'F' and rng.random() < 0.1:
                p.surname = ['Devi']
    elif st == 'ph':
        p.surname = [us(P['sur'].pick(rng))]
        if rng.random() < 0.8:
            m = us(P['sur'].pick(rng))
            if m != p.surname[0]:
                p.middle = [m]
                p.mid_p = 0.25
    # nickname / adopted name
    p.nick = None
    if rng.random() < spec.get('nick_p', 0.1):
        nick_map = spec.get('nick', {})
        key = '_'.join(p.given)
        if key in nick_map:
            p.nick = rng.choice(words(nick_map[key]))
        elif p.given[0] in nick_map:
            p.nick = rng.choice(words(nick_map[p.given[0]]))
        elif 'eng_m' in spec:
            p.nick = POOLS[nat]['eng_m' if g == 'M' else 'eng_f'].pick(rng)
    # the person's "usual" spelling of variant tokens (e.g. Home Office documents)
    p.pref = {}
    for t in p.given + p.middle + p.surname + p.extra:
        if t in VARIANTS and t not in RARE_VARIANTS and rng.random() < 0.25:
            p.pref[t] = rng.choice(VARIANTS[t])


def same_family_parts(rng, p, base, rel):
    """overwrite p's family-name parts from base according to relation & culture"""
    st = NAT[p.nat]['struct']
    if st == 'patronymic':
        if rel in ('sibling', 'twin'):
            p.surname = list(base.surname)
            p.extra = list(base.extra)
            p.extra_p = base.extra_p
        elif rel == 'cousin':
            p.extra = list(base.extra) or [POOLS[p.nat]['fathers'].pick(rng)]
            p.extra_p = 0.4
        elif rel == 'child_of' and base.g == 'M':      # p is child of base (father)
            p.surname = [base.given[0]]
            p.extra = list(base.surname)
            p.extra_p = 0.4
        elif rel == 'parent_of' and p.g == 'M':       # p is father of base
            p.given = [base.surname[0]]
            p.surname = list(base.extra) or [POOLS[p.nat]['fathers'].pick(rng)]
            p.extra = []
        return
    if rel == 'spouse':
        take = {'GB': 0.7, 'PL': 0.8, 'SK': 0.8, 'AL': 0.6, 'RO': 0.7, 'NG': 0.7, 'PH': 0.7, 'GH': 0.4,
                'IN': 0.4, 'PK': 0.2, 'IR': 0.0, 'AF': 0.1}.get(p.nat, 0.0)
        husband, wife = (base, p) if base.g == 'M' else (p, base)
        if wife is p and rng.random() < take:
            src = husband.surname[0]
        else:
            return
    elif rel in ('parent_of', 'child_of'):
        father_known = (rel == 'parent_of' and p.g == 'M') or (rel == 'child_of' and base.g == 'M')
        if not father_known and rng.random() >= 0.8:
            return
        src = base.surname[0]
    else:
        src = base.surname[0]
    if st == 'pl':
        base_m = FEM_PL_REV.get(src, src)
        src = fem_pl(base_m) if p.g == 'F' else base_m
    elif st == 'sk':
        base_m = FEM_SK_REV.get(src, src)
        src = fem_sk_ascii(base_m) if p.g == 'F' else base_m
    elif st == 'in' and src in ('Singh', 'Kaur'):
        src = 'Singh' if p.g == 'M' else 'Kaur'
        if base.extra:
            p.extra = list(base.extra)
            p.extra_p = 0.6
    elif st == 'in' and src == 'Devi':
        return
    elif nat_is_pk_fem(p, src):
        return
    p.surname = [src]
    if st == 'vn' and rel in ('sibling', 'twin') and p.g == base.g and rng.random() < 0.6:
        p.middle = list(base.middle)
    if st == 'ph' and rel in ('sibling', 'twin') and base.middle:
        p.middle = list(base.middle)
        p.mid_p = base.mid_p


def nat_is_pk_fem(p, src):
    return p.nat == 'PK' and src in ('Bibi', 'Begum') and p.g == 'M'


def rand_date_in_year(rng, y, after=None):
    start = dt.date(y, 1, 1)
    end = LAST_DAY if y == 2025 else dt.date(y, 12, 31)
    if after is not None and after >= start:
        start = after + dt.timedelta(days=30)
    if start > end:
        return None
    while True:
        d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        if not (COVID_GAP[0] <= d < COVID_GAP[1]):
            return d
        if start >= COVID_GAP[0] and end < COVID_GAP[1]:
            return d


YEAR_POOL = Pool(YEARS, [YEAR_WEIGHT[y] for y in YEARS])


def make_visits(rng, first):
    k = rng.choices([1, 2, 3, 4, 5, 6], weights=[66, 21, 8, 3.2, 1.3, 0.5])[0]
    visits = [first]
    while len(visits) < k:
        prev = visits[-1]
        gap = rng.choices([0, 1, 2, 3, 4, 5], weights=[4, 50, 26, 11, 6, 3])[0]
        y = prev.year + gap
        if y > 2025:
            break
        d = rand_date_in_year(rng, y, after=prev if gap == 0 else None)
        if d is None:
            break
        visits.append(d)
    return visits


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def draw_age(rng, grp):
    r = rng.random()
    if grp == 'young':
        return rng.randint(14, 17) if r < 0.38 else rng.randint(18, 24) if r < 0.73 else rng.randint(25, 55)
    if grp == 'asylum':
        return rng.randint(15, 17) if r < 0.22 else rng.randint(18, 30) if r < 0.85 else rng.randint(31, 50)
    if grp == 'older':
        return rng.randint(18, 30) if r < 0.3 else rng.randint(31, 50) if r < 0.85 else rng.randint(51, 63)
    return rng.randint(16, 17) if r < 0.05 else rng.randint(18, 30) if r < 0.55 else rng.randint(31, 45) \
        if r < 0.9 else rng.randint(46, 60)


def set_dob_from_age(rng, p, d, age):
    p.dob = d - dt.timedelta(days=int(age * 365.25) + rng.randint(1, 364))


def finish_person(rng, p):
    spec = NAT[p.nat]
    r = rng.random()
    if r < spec['unknown_dob']:
        if rng.random() < 0.5:
            p.dob_mode = 'jan1'
            p.dob = dt.date(p.dob.year, 1, 1)
        else:
            p.dob_mode = 'est'
            p.est_year = p.dob.year + rng.choice([0, 0, 0, -1, 1])
    else:
        p.dob_mode = 'known'
    if rng.random() < (0.06 if spec['agegrp'] == 'asylum' else 0.02):
        # age dispute: another date of birth is used on some rows
        if rng.random() < 0.6:
            y = p.dob.year + rng.choice([-5, -4, -3, -2, -1, 1, 2, 3])
            try:
                p.alt_dob = p.dob.replace(year=y)
            except ValueError:
                p.alt_dob = dt.date(y, 2, 28)
        else:
            p.alt_dob = dt.date(p.dob.year + rng.choice([-2, -1, 0, 1, 2]), rng.randint(1, 12), rng.randint(1, 28))
    p.lang = rng.choice(spec['langs'])
    p.expl = wpick(rng, spec['expl'])
    p.expl_detail = rng.choice(EXPL_DETAIL[p.expl])
    p.area = rng.choice(AREAS)
    p.gi = p.g
    if rng.random() < 0.012:
        p.gi = 'TF' if p.g == 'M' and rng.random() < 0.6 else 'NB'
    if spec.get('alt_nat') and rng.random() < 0.15:
        p.nat_alt = us(spec['alt_nat'])


def build_people(rng, n):
    people = []
    counts = Counter()
    for i in range(n):
        p = Person()
        p.idx = i
        p.pid = 'P%05d' % (i + 1)
        kind = 'fresh'
        if i > 5:
            r = rng.random()
            if r < 0.11:
                kind = 'relative'
            elif r < 0.125:
                kind = 'namesake'
        p.kind = kind
        if kind == 'relative':
            base = people[rng.randrange(len(people))]
            tries = 0
            while len(base.rels) >= 3 and tries < 10:
                base = people[rng.randrange(len(people))]
                tries += 1
            make_relative(rng, p, base)
        elif kind == 'namesake':
            base = people[rng.randrange(len(people))]
            p.nat, p.g = base.nat, base.g
            new_name(rng, p)
            p.given = list(base.given)
            p.surname = list(base.surname)
            if base.middle and rng.random() < 0.5:
                p.middle = list(base.middle)
            first = rand_date_in_year(rng, YEAR_POOL.pick(rng))
            if rng.random() < 0.3:
                p.dob = dt.date(base.dob.year, rng.randint(1, 12), rng.randint(1, 28))
            else:
                set_dob_from_age(rng, p, first, draw_age(rng, NAT[p.nat]['agegrp']))
            p.visits = make_visits(rng, first)
            p.anchor = base.idx
            finish_person(rng, p)
        else:
            p.nat = NAT_POOL.pick(rng)
            p.g = 'M' if rng.random() < NAT[p.nat]['pm'] else 'F'
            new_name(rng, p)
            first = rand_date_in_year(rng, YEAR_POOL.pick(rng))
            set_dob_from_age(rng, p, first, draw_age(rng, NAT[p.nat]['agegrp']))
            p.visits = make_visits(rng, first)
            p.anchor = None
            finish_person(rng, p)
        counts[kind] += 1
        people.append(p)
    STATS['people_kinds'] = counts
    return people


def make_relative(rng, p, base):
    p.nat = base.nat
    p.anchor = base.idx
    first = base.visits[0]
    base_age = age_on(base.dob, first)
    rel = rng.choices(['sibling', 'twin', 'spouse', 'parent', 'cousin'], weights=[52, 5, 20, 15, 8])[0]
    if rel == 'spouse' and base_age < 17:
        rel = 'sibling'
    if rel == 'sibling' or rel == 'cousin':
        p.g = 'M' if rng.random() < NAT[p.nat]['pm'] else 'F'
        off = rng.randint(1, 8) * rng.choice([-1, 1]) if rel == 'sibling' else rng.randint(-6, 6)
        p.dob = base.dob + dt.timedelta(days=int(off * 365.25) + rng.randint(-150, 150))
        if age_on(p.dob, first) < 12:
            p.dob = base.dob - dt.timedelta(days=int(abs(off) * 365.25) + rng.randint(0, 150))
    elif rel == 'twin':
        p.g = 'M' if rng.random() < 0.5 else 'F'
        p.dob = base.dob
    elif rel == 'spouse':
        p.g = 'F' if base.g == 'M' else 'M'
        p.dob = base.dob + dt.timedelta(days=rng.randint(-8 * 365, 8 * 365))
        if age_on(p.dob, first) < 17:
            p.dob = base.dob - dt.timedelta(days=rng.randint(0, 3 * 365))
    else:
        p.g = 'M' if rng.random() < 0.5 else 'F'
        if base_age >= 32:
            rel = 'child_of'         # p is child of base
            yrs = rng.randint(18, max(18, base_age - 12))
            p.dob = base.dob + dt.timedelta(days=int(yrs * 365.25) + rng.randint(0, 300))
        else:
            rel = 'parent_of'        # p is parent of base
            p.dob = base.dob - dt.timedelta(days=int(rng.randint(18, 34) * 365.25) + rng.randint(0, 300))
    # name
    for _ in range(12):
        new_name(rng, p)
        same_family_parts(rng, p, base, rel)
        if p.given[0] != base.given[0]:
            break
    # visits: usually referred together
    if rng.random() < 0.75:
        if rng.random() < 0.5:
            p.visits = list(base.visits)
        else:
            p.visits = make_visits(rng, first)
    else:
        y = min(2025, max(2017, first.year + rng.choice([-1, 0, 0, 1, 2])))
        p.visits = make_visits(rng, rand_date_in_year(rng, y))
    finish_person(rng, p)
    if rel == 'twin':
        p.dob = base.dob
        p.dob_mode = base.dob_mode
        p.est_year = getattr(base, 'est_year', None)
    if rng.random() < 0.6:
        p.lang = base.lang
    p.area = base.area
    back = {'sibling': 'sibling', 'twin': 'twin', 'spouse': 'spouse', 'cousin': 'cousin',
            'child_of': 'parent_of', 'parent_of': 'child_of'}[rel]
    p.rels.append((base.idx, rel))
    base.rels.append((p.idx, back))
    stat('relations', rel)


# ---------------------------------------------------------------------------
#  per-year conventions ("house style" of whoever kept the sheet)
NAME_STYLE = {
    2017: {'GS': 45, 'GSU': 30, 'SG': 5, 'SUG': 5, 'S,G': 5, 'low': 5, 'CAPS': 5},
    2018: {'GSU': 55, 'GS': 25, 'SUG': 8, 'S,G': 4, 'low': 4, 'CAPS': 4},
    2019: {'SUG': 35, 'GS': 30, 'GSU': 20, 'S,G': 5, 'low': 5, 'CAPS': 5},
    2020: {'GS': 50, 'GSU': 25, 'S,G': 10, 'SUG': 5, 'low': 5, 'CAPS': 5},
    2021: {'GS': 40, 'GSU': 35, 'SUG': 10, 'S,G': 5, 'low': 5, 'CAPS': 5},
    2022: {'GS': 55, 'GSU': 20, 'SUG': 10, 'S,G': 5, 'low': 5, 'CAPS': 5},
    2023: {'GSU': 40, 'GS': 40, 'S,G': 10, 'SUG': 4, 'low': 3, 'CAPS': 3},
    2024: {'GS': 50, 'GSU': 30, 'SUG': 8, 'S,G': 6, 'low': 3, 'CAPS': 3},
    2025: {'GS': 45, 'GSU': 35, 'SUG': 8, 'S,G': 6, 'low': 3, 'CAPS': 3},
}
DOB_STYLE = {
    2017: {'date': 40, 'dmy': 20, 'short': 15, 'dotted': 5, 'iso': 1, 'long': 5, 'blank': 8, 'q': 3, 'yr': 3},
    2018: {'date': 55, 'dmy': 16, 'short': 12, 'dotted': 4, 'iso': 1, 'long': 3, 'blank': 5, 'q': 2, 'yr': 2},
    2019: {'date': 70, 'dmy': 9, 'short': 6, 'dotted': 3, 'iso': 1, 'long': 2, 'blank': 5, 'q': 2, 'yr': 2},
}
for _y in range(2020, 2026):
    DOB_STYLE[_y] = {'date': 78, 'dmy': 6, 'short': 4, 'dotted': 2, 'iso': 2, 'long': 1, 'blank': 4, 'q': 2,
                     'yr': 1}
GENDER_STYLE = {2017: ('F', 'M'), 2018: ('Female', 'Male'), 2019: ('F', 'M'), 2020: ('Female', 'Male'),
                2021: ('Female', 'Male'), 2022: ('Female', 'Male'), 2023: ('Woman', 'Man'),
                2024: ('Female', 'Male'), 2025: ('Female', 'Male')}
CASEWORKERS = {2021: 'JT SK AM', 2022: 'JT AM RB HL', 2023: 'AM RB HL DN', 2024: 'RB HL DN PW',
               2025: 'HL DN PW CO'}

# cell styles (index into cellXfs)
S_DEFAULT, S_DATE, S_HEAD, S_TITLE, S_DATE14, S_DATE_MMM, S_DATE_YY, S_NOTE = range(8)
DOB_XF = {2017: S_DATE14, 2018: S_DATE14}
REF_XF = {2017: S_DATE14, 2018: S_DATE_YY, 2022: S_DATE_MMM, 2023: S_DATE_MMM}

LAYOUT = {
    2017: [('ref', 'Ref'), ('name', 'Name'), ('dob', 'DOB'), ('age', 'Age'), ('gender', 'Gender'),
           ('nat', 'Nationality'), ('lang', 'Language'), ('refby', 'Referred by'), ('date', 'Date referred'),
           ('expl', 'Exploitation'), ('nrm', 'NRM?'), ('notes', 'Notes')],
    2018: [('ref', 'Ref'), ('name', 'Name'), ('known', 'Known as'), ('dob', 'DOB'), ('age', 'Age'),
           ('gender', 'Gender'), ('nat', 'Nationality'), ('lang', 'Language'), ('interp', 'Interpreter?'),
           ('refby', 'Referred by'), ('date', 'Date referred'), ('expl', 'Type of exploitation'),
           ('nrm', 'NRM?'), ('notes', 'Notes')],
    2019: [('ref', 'Ref'), ('date', 'Date referred'), ('name', 'Name'), ('known', 'Known as'),
           ('dob', 'Date of birth'), ('age', 'Age'), ('gender', 'Gender'), ('nat', 'Nationality'),
           ('lang', 'Language'), ('interp', 'Interpreter?'), ('refby', 'Referred by'),
           ('expl', 'Type of exploitation'), ('nrm', 'NRM referral?'), ('notes', 'Notes')],
    2020: [('ref', 'Ref'), ('client', 'Client no.'), ('date', 'Date referred'), ('name', 'Name'),
           ('known', 'Known as'), ('dob', 'Date of birth'), ('age', 'Age'), ('gender', 'Gender'),
           ('nat', 'Country of origin'), ('lang', 'Language'), ('refby', 'Referred by'),
           ('expl', 'Type of exploitation'), ('nrm', 'NRM?'), ('outcome', 'Outcome'), ('notes', 'Notes')],
    2021: [('ref', 'Ref'), ('client', 'Client no.'), ('date', 'Date referred'), ('name', 'Name'),
           ('known', 'Known as'), ('dob', 'Date of birth'), ('age', 'Age'), ('gender', 'Gender'),
           ('pron', 'Pronouns'), ('nat', 'Country of origin'), ('lang', 'Language'), ('refby', 'Referred by'),
           ('expl', 'Type of exploitation'), ('nrm', 'NRM?'), ('cw', 'Caseworker'), ('outcome', 'Outcome'),
           ('notes', 'Notes')],
    2022: [('ref', 'Ref'), ('client', 'Client no.'), ('date', 'Date referred'), ('name', 'Full name'),
           ('known', 'Known as'), ('dob', 'Date of birth'), ('age', 'Age'), ('gender', 'Gender'),
           ('pron', 'Pronouns'), ('nat', 'Country of origin'), ('lang', 'Main language'),
           ('refby', 'Referral source'), ('area', 'Area'), ('expl', 'Type of exploitation'),
           ('nrm', 'NRM status'), ('cw', 'Caseworker'), ('outcome', 'Outcome'), ('notes', 'Notes')],
    2023: [('ref', 'Ref'), ('client', 'Client no.'), ('date', 'Date referred'), ('name', 'Name'),
           ('known', 'Known as / alias'), ('dob', 'Date of birth'), ('age', 'Age'), ('gender', 'Gender'),
           ('pron', 'Pronouns'), ('nat', 'Country of origin'), ('lang', 'Main language'),
           ('refby', 'Referral source'), ('area', 'Area'), ('expl', 'Exploitation type'),
           ('nrm', 'NRM status'), ('cw', 'Caseworker'), ('outcome', 'Outcome'), ('notes', 'Notes')],
    2024: [('ref', 'Ref'), ('client', 'Client no.'), ('date', 'Date referred'), ('name', 'Name'),
           ('known', 'Known as / alias'), ('dob', 'Date of birth'), ('age', 'Age at referral'),
           ('gender', 'Gender'), ('pron', 'Pronouns'), ('nat', 'Nationality / country'),
           ('lang', 'Main language'), ('refby', 'Referral source'), ('area', 'Area'),
           ('expl', 'Exploitation type'), ('nrm', 'NRM status'), ('cw', 'Caseworker'), ('outcome', 'Outcome'),
           ('notes', 'Notes')],
}
LAYOUT[2025] = LAYOUT[2024][:-1] + [('consent', 'Consent to share?'), ('notes', 'Notes')]

TITLES = {
    2017: [],
    2018: ['Referrals 2018', None],
    2019: ['Referrals 2019 \u2013 CONFIDENTIAL', None],
    2020: ['Client tracker 2020 \u2013 CONFIDENTIAL'],
    2021: ['Client tracker 2021 \u2013 CONFIDENTIAL \u2013 do not forward', None],
    2022: ['Client tracker 2022 \u2013 CONFIDENTIAL', 'Updated weekly - please use dd/mm/yyyy for dates', None],
    2023: ['Client tracker 2023 \u2013 CONFIDENTIAL', None],
    2024: ['Client tracker 2024 \u2013 CONFIDENTIAL', None],
    2025: ['Client tracker 2025 (in progress) \u2013 CONFIDENTIAL', None],
}
# where the "Total" label goes: layout key, or None for no total row
TOTAL_AT = {2017: 'ref', 2018: 'name', 2019: 'ref', 2020: 'name', 2021: 'ref', 2022: 'name', 2023: 'ref',
            2024: 'name', 2025: None}


# ---------------------------------------------------------------------------
#  field renderers
def typo(rng, s):
    if len(s) < 4:
        return s
    i = rng.randint(1, len(s) - 2)
    op = rng.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    near = {'a': 's', 'e': 'r', 'i': 'o', 'o': 'i', 'u': 'y', 'n': 'm', 'm': 'n', 's': 'a', 'r': 't', 't': 'r',
            'h': 'j', 'l': 'k', 'd': 'f', 'k': 'l', 'y': 'u', 'b': 'v', 'g': 'h'}
    c = s[i].lower()
    return s[:i] + near.get(c, c) + s[i + 1:]


def spell(rng, p, t, diac):
    base = p.pref.get(t, t)
    if t in VARIANTS and rng.random() < (0.03 if t in RARE_VARIANTS else 0.12):
        base = rng.choice([t] + VARIANTS[t])
        stat('name_noise', 'spelling_variant')
    if diac:
        if p.nat == 'SK':
            base = DIAC_SK.get(base, DIAC.get(base, base))
        else:
            base = DIAC.get(base, base)
    return base


def up(s):
    return s.upper()


def name_parts(rng, p, year, diac, force_order=None):
    given = list(p.given)
    if len(given) > 1:
        r = rng.random()
        if r < 0.2:
            given = given[:1]
        elif r < 0.27:
            given = given[1:]
    if p.nick and rng.random() < 0.04:
        given = [p.nick]
        stat('name_noise', 'nickname_as_given')
    middle = list(p.middle) if (p.middle and rng.random() < p.mid_p) else []
    surname = list(p.surname)
    if p.married_sur and year >= p.married_sur[0]:
        surname = [p.married_sur[1]] if rng.random() < 0.8 else [p.married_sur[1] + '-' + p.surname[0]]
    if p.sk_male_form and rng.random() < 0.5:
        surname = [FEM_SK_REV.get(surname[0], surname[0])]
    extra = list(p.extra) if (p.extra and rng.random() < p.extra_p) else []
    if NAT[p.nat]['struct'] == 'patronymic' and p.extra and rng.random() < 0.07:
        surname, extra = list(p.extra), []          # father's name dropped, grandfather used as surname
        stat('name_noise', 'patronymic_shift')
    given = [spell(rng, p, t, diac) for t in given]
    middle = [spell(rng, p, t, diac) for t in middle]
    surname = [spell(rng, p, t, diac) for t in surname]
    extra = [spell(rng, p, t, diac) for t in extra]
    if p.nat == 'PH' and middle and rng.random() < 0.5:
        middle = [middle[0][0] + '.']
    return given, middle, surname, extra


def assemble(given, middle, surname, extra, order, style, native=True):
    fam = surname + extra
    if style in ('GSU', 'SUG'):
        fam = [up(x) for x in fam]
    if order == 'E':
        if native:
            if style == 'S,G':
                toks = [' '.join(fam) + ','] + middle + given
            else:
                toks = fam + middle + given
        else:
            if style in ('SUG', 'SG'):
                toks = fam + given
            elif style == 'S,G':
                toks = [' '.join(fam) + ','] + middle + given
            else:
                toks = middle + given + fam
    else:
        if style in ('SUG', 'SG'):
            toks = fam + given + middle
        elif style == 'S,G':
            toks = [' '.join(fam) + ','] + given + middle
        else:
            toks = given + middle + fam
    s = ' '.join(t for t in toks if t)
    if style == 'low':
        s = s.lower()
    elif style == 'CAPS':
        s = s.upper()
    return s


def rel_label(p, rel, other):
    g = p.g
    if rel in ('sibling',):
        lab = 'sister of' if g == 'F' else 'brother of'
    elif rel == 'twin':
        lab = 'twin of'
    elif rel == 'spouse':
        lab = 'wife of' if g == 'F' else 'husband of'
    elif rel == 'cousin':
        lab = 'cousin of'
    elif rel == 'parent_of':
        lab = 'mum of' if g == 'F' else 'dad of'
    else:
        lab = 'daughter of' if g == 'F' else 'son of'
    return lab


def render_name(rng, p, year, people):
    if p.last.get('name') and rng.random() < 0.2:
        stat('name_noise', 'copied_from_previous_row')
        return p.last['name']
    diac_rate = {'VN': 0.12, 'PL': 0.4, 'RO': 0.35, 'SK': 0.4}.get(p.nat, 0.0)
    diac = rng.random() < diac_rate
    if diac:
        stat('name_noise', 'diacritics')
    style = wpick(rng, NAME_STYLE[year])
    stat('name_style', style)
    given, middle, surname, extra = name_parts(rng, p, year, diac)
    native = True
    if p.order == 'E':
        native = rng.random() < (0.62 if p.nat == 'VN' else 0.55)
        if not native and p.nat == 'VN' and rng.random() < 0.6:
            middle = []
    sur_mode = rng.random()
    if sur_mode < 0.022:
        surname, extra, middle = [], [], []
        stat('name_noise', 'given_only')
        s = assemble(given, [], [], [], 'W', style if style in ('low', 'CAPS') else 'GS')
    elif sur_mode < 0.03:
        stat('name_noise', 'surname_initial')
        s = ' '.join(given) + ' ' + (surname[0][0] + '.' if rng.random() < 0.6 else surname[0][0])
        if style == 'low':
            s = s.lower()
        elif style == 'CAPS':
            s = s.upper()
    elif sur_mode < 0.037:
        stat('name_noise', 'surname_unknown')
        s = ' '.join(given) + ' ' + rng.choice(['?', '(surname unknown)', '- surname n/k', '??'])
    else:
        s = assemble(given, middle, surname, extra, p.order, style, native)
    # typo
    if rng.random() < 0.03:
        toks = s.split(' ')
        cand = [i for i, t in enumerate(toks) if len(t) >= 4 and t.isalpha()]
        if cand:
            i = rng.choice(cand)
            toks[i] = typo(rng, toks[i])
            s = ' '.join(toks)
            stat('name_noise', 'typo')
    r = rng.random()
    if r < 0.025 or (p.order == 'E' and r < 0.06):
        # alternative rendering after a slash
        g2, m2, s2, e2 = name_parts(rng, p, year, False)
        alt = assemble(g2, m2, s2, e2, p.order, 'GS', native=not native)
        if alt.lower() != s.lower():
            s = s + ' / ' + alt
            stat('name_noise', 'slash_alternative')
    elif r < 0.05:
        if p.nick:
            s = s + rng.choice([' (aka %s)', ' (%s)', ' "%s"']) % p.nick
            stat('name_noise', 'nickname_in_brackets')
    elif r < 0.075:
        if p.rels:
            oi, rel = p.rels[0]
            o = people[oi]
            oname = o.given[0] if rng.random() < 0.7 else o.given[0] + ' ' + o.surname[0].upper()
            s = s + ' (%s %s)' % (rel_label(p, rel, o), oname)
            stat('name_noise', 'relative_in_brackets')
    elif r < 0.083:
        title = {'M': ['Mr'], 'F': ['Ms', 'Miss', 'Mrs']}[p.g][0 if p.g == 'M' else rng.randrange(3)]
        s = title + ' ' + s
        stat('name_noise', 'title_prefix')
    if rng.random() < 0.02:
        s = s.replace(' ', '  ', 1) if rng.random() < 0.5 else s + ' '
        stat('name_noise', 'whitespace')
    return s


def fmt_date_text(rng, d, kind):
    if kind == 'dmy':
        return '%02d/%02d/%04d' % (d.day, d.month, d.year) if rng.random() < 0.7 else \
            '%d/%d/%04d' % (d.day, d.month, d.year)
    if kind == 'short':
        return '%d/%d/%02d' % (d.day, d.month, d.year % 100) if rng.random() < 0.7 else \
            '%02d/%02d/%02d' % (d.day, d.month, d.year % 100)
    if kind == 'dotted':
        return '%02d.%02d.%04d' % (d.day, d.month, d.year)
    if kind == 'iso':
        return d.isoformat()
    if kind == 'long':
        m = MONTHS[d.month - 1]
        return rng.choice(['%d %s %d' % (d.day, m, d.year), '%d %s %d' % (d.day, m[:3], d.year),
                           '%d-%s-%02d' % (d.day, m[:3], d.year % 100)])
    raise ValueError(kind)


def render_dob(rng, p, year, rec):
    """returns (cell, dob_used_or_None, est_year_or_None)"""
    dob = p.dob
    if p.alt_dob and rng.random() < 0.4:
        dob = p.alt_dob
        stat('dob_noise', 'alternative_dob_claimed')
    if p.last.get('dob') and rng.random() < 0.25:
        stat('dob_fmt', 'copied_from_previous_row')
        return p.last['dob'], p.last.get('dob_used'), p.last.get('est')
    if p.dob_mode == 'est':
        est = p.est_year + (rng.choice([-1, 1]) if rng.random() < 0.3 else 0)
        k = rng.choices(['est', 'blank', 'q', 'yr', 'jan1'], weights=[50, 15, 15, 10, 10])[0]
        stat('dob_fmt', 'unknown_' + k)
        if k == 'est':
            t = rng.choice(['est %d', 'est. %d', 'c.%d', 'c. %d', '%d?', 'approx %d', '(est) %d', 'born ~%d'])
            return ('s', t % est), None, est
        if k == 'blank':
            return None, None, est
        if k == 'q':
            return ('s', rng.choice(['?', 'unknown', 'not known', 'N/K', 'unsure'])), None, est
        if k == 'yr':
            return (('n', est) if rng.random() < 0.5 else ('s', str(est))), None, est
        return ('d', dt.date(est, 1, 1)), dt.date(est, 1, 1), est
    k = wpick(rng, DOB_STYLE[year])
    if p.dob_mode == 'jan1' and rng.random() < 0.15:
        stat('dob_fmt', 'jan1_as_est')
        return ('s', rng.choice(['est %d', 'c.%d', '%d?']) % dob.year), None, dob.year
    if k == 'date':
        r = rng.random()
        if r < 0.012 and dob.day <= 12 and dob.day != dob.month:
            stat('dob_noise', 'day_month_swapped')
            return ('d', dt.date(dob.year, dob.day, dob.month)), dob, None
        if r < 0.032:
            stat('dob_noise', 'digit_error')
            return ('d', dob_typo(rng, dob)), dob, None
        if r < 0.035:
            stat('dob_fmt', 'serial_number_unformatted')
            return ('n', (dob - EXCEL_EPOCH).days), dob, None
        stat('dob_fmt', 'date_cell')
        return ('d', dob), dob, None
    stat('dob_fmt', k)
    if k == 'blank':
        return None, None, None
    if k == 'q':
        return ('s', rng.choice(['?', 'unknown', 'not known', 'N/K', 'tbc'])), None, None
    if k == 'yr':
        return (('n', dob.year) if rng.random() < 0.5 else ('s', str(dob.year))), None, dob.year
    d2 = dob
    if rng.random() < 0.02:
        d2 = dob_typo(rng, dob)
        stat('dob_noise', 'digit_error')
    return ('s', fmt_date_text(rng, d2, k)), dob, None


def dob_typo(rng, d):
    for _ in range(10):
        r = rng.randrange(4)
        try:
            if r == 0:
                return d.replace(day=d.day + rng.choice([-1, 1]))
            if r == 1:
                return d.replace(year=d.year + rng.choice([-1, 1]))
            if r == 2:
                y = d.year
                s = str(y)
                s2 = s[:2] + s[3] + s[2]
                if s2 != s and 1940 < int(s2) < 2015:
                    return d.replace(year=int(s2))
            if r == 3:
                return d.replace(month=rng.randint(1, 12))
        except ValueError:
            pass
    return d


def render_age(rng, p, rec, dob_used, est):
    d = rec['date']
    true_age = age_on(p.dob, d)
    if p.last.get('age') is not None and rng.random() < 0.04:
        stat('age', 'stale_copied')
        return p.last['age']
    if dob_used is None:
        a = (d.year - est) if est else true_age
        r = rng.random()
        if r < 0.35:
            return ('n', a)
        if r < 0.6:
            stat('age', 'approx_text')
            return ('s', rng.choice(['approx %d', '%d?', 'c.%d', '%d (est)', '~%d']) % a)
        if r < 0.72:
            stat('age', 'decade_text')
            return ('s', '%ds' % (a // 10 * 10) if a >= 20 else 'teen')
        if r < 0.8 and a < 18:
            return ('s', rng.choice(['U18', 'minor', '16-17', '%d (disputed)' % a]))
        if r < 0.85:
            return ('s', 'adult' if a >= 18 else 'child')
        stat('age', 'blank')
        return None
    a = age_on(dob_used, d)
    r = rng.random()
    if r < 0.12:
        stat('age', 'blank')
        return None
    if r < 0.16:
        stat('age', 'off_by_one')
        return ('n', a + rng.choice([-1, 1]))
    if r < 0.18:
        stat('age', 'number_as_text')
        return ('s', str(a))
    if r < 0.19 and a < 18:
        return ('s', '%d (disputed)' % a)
    stat('age', 'exact')
    return ('n', a)


def render_gender(rng, p, year):
    f, m = GENDER_STYLE[year]
    if rng.random() < 0.025:
        stat('gender', 'blank')
        return None
    if p.gi == 'TF':
        v = rng.choice(['Trans woman', 'Trans female', 'F', 'Female (trans)']) if year >= 2020 else \
            rng.choice([f, 'F', 'TG'])
    elif p.gi == 'NB':
        v = rng.choice(['Non-binary', 'NB', 'Other']) if year >= 2021 else rng.choice([f, m, 'Other', '?'])
    else:
        v = f if p.g == 'F' else m
        if rng.random() < 0.003:
            v = m if p.g == 'F' else f
            stat('gender', 'wrong')
    r = rng.random()
    if r < 0.05:
        v = v.lower()
    elif r < 0.12:
        v = v[0]
    return ('s', v)


def render_pron(rng, p):
    if rng.random() < 0.4:
        return None
    v = {'F': 'she/her', 'M': 'he/him', 'TF': 'she/her', 'NB': 'they/them'}[p.gi]
    if rng.random() < 0.1:
        v = v.replace('/', ' / ').title() if rng.random() < 0.5 else v.split('/')[0]
    return ('s', v)


def render_nat(rng, p, year, key_header):
    spec = NAT[p.nat]
    if rng.random() < 0.03:
        stat('nat', 'blank')
        return None
    if p.nat_alt and rng.random() < 0.4:
        stat('nat', 'alternative_nationality')
        return ('s', p.nat_alt)
    if year >= 2020 and rng.random() < 0.75:
        v = us(rng.choice(words(spec['nat_c'])))
    else:
        v = us(rng.choice(words(spec['nat_s'])))
    if rng.random() < 0.02:
        v = v.upper()
    return ('s', v)


LANG_VARIANTS = {
    'Tigrinya': ['Tigrinya', 'Tigrinya', 'Tigrigna', 'Tigrinia'],
    'Kurdish Sorani': ['Kurdish Sorani', 'Sorani', 'Kurdish', 'Kurdish (Sorani)'],
    'Kurdish Badini': ['Badini', 'Kurdish Badini', 'Kurdish (Badini)'],
    'Farsi': ['Farsi', 'Farsi', 'Persian'], 'Dari': ['Dari', 'Dari', 'Farsi/Dari', 'Dari (Farsi)'],
    'Pashto': ['Pashto', 'Pashto', 'Pashtu', 'Pushto'],
    'Mandarin': ['Mandarin', 'Mandarin', 'Chinese (Mandarin)', 'Chinese'],
    'Fujianese': ['Fujianese', 'Fuzhounese', 'Hokkien', 'Mandarin/Fujianese'],
    'Cantonese': ['Cantonese', 'Chinese (Cantonese)'],
    'Edo': ['Edo', 'Bini', 'Edo (Bini)'], 'Bini': ['Bini', 'Edo'],
    'Pidgin': ['Pidgin', 'Pidgin English', 'Nigerian Pidgin'],
    'Romani': ['Romani', 'Romanes', 'Roma'],
    'Arabic': ['Arabic', 'Arabic', 'Arabic (Sudanese)', 'arabic'],
    'Vietnamese': ['Vietnamese', 'Vietnamese', 'Vietnamese', 'Viet'],
    'Albanian': ['Albanian', 'Albanian', 'Albanian', 'albanian', 'ALB'],
    'English': ['English', 'English', 'English', 'Eng', 'english'],
}


def render_lang(rng, p):
    if rng.random() < 0.05:
        return None
    v = rng.choice(LANG_VARIANTS.get(p.lang, [p.lang]))
    if p.lang != 'English' and rng.random() < 0.1:
        v = v + rng.choice([' (some English)', ' + English', ', basic Eng', ' - interpreter needed'])
    return ('s', v)


REF_KEYS = list(REFERRERS.keys())


def render_refby(rng, p):
    if rng.random() < 0.04:
        return None
    if NAT[p.nat]['agegrp'] == 'asylum':
        w = [10, 5, 6, 10, 14, 5, 5, 6, 20, 2, 8, 4, 2, 3, 0]
    elif p.nat == 'GB':
        w = [30, 12, 18, 6, 0, 6, 8, 4, 4, 8, 0, 3, 1, 4, 0]
    else:
        w = [22, 6, 3, 16, 6, 8, 8, 10, 8, 1, 3, 3, 3, 4, 3]
    k = rng.choices(REF_KEYS, weights=w)[0]
    return ('s', us(rng.choice(words(REFERRERS[k]))))


def render_expl(rng, p, age):
    if rng.random() < 0.04:
        return None
    e = p.expl
    if rng.random() < 0.05:
        e = rng.choice(list(EXPL_RENDER.keys()))
        stat('expl', 'changed_between_rows')
    r = rng.random()
    if r < 0.3:
        v = p.expl_detail if e == p.expl else rng.choice(EXPL_DETAIL[e])
    else:
        v = us(rng.choice(words(EXPL_RENDER[e])))
        if age is not None and age < 18 and e == 'Criminal' and rng.random() < 0.4:
            v = 'CCE'
        if age is not None and age < 18 and e == 'Sexual' and rng.random() < 0.4:
            v = 'CSE'
    if rng.random() < 0.05:
        v = v + ' / ' + rng.choice(['labour', 'sexual', 'criminal', 'DS'])
    return ('s', v)


def render_nrm(rng, year, age):
    if year <= 2019:
        v = rng.choices(['Y', 'N', 'pending', '?', '', 'Y - RG+', 'yes', 'no'],
                        weights=[50, 14, 12, 3, 10, 5, 4, 2])[0]
    else:
        v = rng.choices(['Yes', 'No', 'Pending', 'Positive RG', 'Positive CG', 'Negative RG', 'DtN',
                         'Declined', '', 'Y', 'N', 'pending'],
                        weights=[28, 8, 10, 15, 10, 3, 7 if (age or 30) >= 18 else 0, 4, 6, 4, 2, 3])[0]
    return ('s', v) if v else None


def render_notes(rng, p, rec, people, year):
    bits = []
    if rec.get('visit_no', 0) > 0 and rng.random() < 0.3:
        prev_year = rec['prev_year']
        bits.append(rng.choice(['Returning client', 're-referral', 'Previously supported in %d' % prev_year,
                                'known to us (%d)' % prev_year, 'see %d sheet' % prev_year,
                                'Returning - see previous', 'Re-trafficked?']))
        stat('notes', 'returning_mention')
    if p.rels and rng.random() < 0.25:
        oi, rel = rng.choice(p.rels)
        o = people[oi]
        nm = o.given[0] if rng.random() < 0.6 else o.given[0] + ' ' + o.surname[0]
        lab = rel_label(p, rel, o)
        bits.append(rng.choice(['%s %s' % (lab.capitalize(), nm), 'referred with %s' % nm,
                                '%s also supported' % nm, '%s %s (also on list)' % (lab, nm)]))
        stat('notes', 'relative_mention')
    if p.alt_dob and rng.random() < 0.3:
        bits.append(rng.choice(['DOB disputed', 'age disputed - LA assessment', 'HO has different DOB']))
    if rec.get('is_dup') and rng.random() < 0.2:
        bits.append(rng.choice(['dup?', 'duplicate?', 'entered twice?']))
    if rng.random() < 0.45:
        nt = rng.choice(NOTES_GENERAL)
        if nt == 'Pregnant' and p.g == 'M':
            nt = 'Partner pregnant'
        bits.append(nt)
    if not bits:
        return None
    return ('s', '; '.join(bits) if rng.random() < 0.7 else '. '.join(bits))


def render_date_ref(rng, d, year):
    r = rng.random()
    if r < 0.005:
        return None
    if r < 0.03:
        stat('date_referred', 'text')
        return ('s', fmt_date_text(rng, d, rng.choice(['dmy', 'short', 'long'])))
    if r < 0.035:
        stat('date_referred', 'month_text')
        return ('s', '%s %d' % (MONTHS[d.month - 1], d.year))
    if r < 0.04:
        wc = d - dt.timedelta(days=d.weekday())
        return ('s', 'w/c %d/%d' % (wc.day, wc.month))
    if r < 0.045 and d.day <= 12 and d.day != d.month:
        stat('date_referred', 'day_month_swapped')
        return ('d', dt.date(d.year, d.day, d.month))
    return ('d', d)


def render_record(rng, p, rec, people, state):
    year = rec['year']
    cells = {}
    cells['ref'] = ('s', rec['ref'])
    cells['date'] = render_date_ref(rng, rec['date'], year)
    cells['name'] = ('s', render_name(rng, p, year, people))
    # known as
    kv = None
    if p.nick and rng.random() < 0.55:
        kv = p.nick if rng.random() < 0.93 else p.nick + '?'
        stat('known_as', 'nickname')
    elif rng.random() < 0.08:
        kv = p.given[0]
        stat('known_as', 'first_name_repeated')
    cells['known'] = ('s', kv) if kv else None
    dob_cell, dob_used, est = render_dob(rng, p, year, rec)
    cells['dob'] = dob_cell
    cells['age'] = render_age(rng, p, rec, dob_used, est)
    age_val = cells['age'][1] if cells['age'] and cells['age'][0] == 'n' else None
    cells['gender'] = render_gender(rng, p, year)
    cells['pron'] = render_pron(rng, p)
    cells['nat'] = render_nat(rng, p, year, None)
    cells['lang'] = render_lang(rng, p)
    if p.lang == 'English':
        iv = rng.choices(['N', 'No', '', 'Y'], weights=[70, 10, 18, 2])[0]
    else:
        iv = rng.choices(['Y', 'Yes', '', 'N'], weights=[70, 10, 12, 8])[0]
    cells['interp'] = ('s', iv) if iv else None
    cells['refby'] = render_refby(rng, p)
    cells['expl'] = render_expl(rng, p, age_on(p.dob, rec['date']))
    cells['nrm'] = render_nrm(rng, year, age_on(p.dob, rec['date']))
    if rng.random() < 0.3 or year not in CASEWORKERS:
        cells['cw'] = None if rng.random() < 0.5 else ('s', rng.choice(words(CASEWORKERS.get(year, 'JT'))))
    else:
        cells['cw'] = ('s', rng.choice(words(CASEWORKERS[year])))
    oc = rng.choices(['Ongoing', 'Closed', 'Closed - moved area', 'Lost contact', 'Referred on', 'Open', ''],
                     weights=[25, 25, 8, 12, 8, 10, 12])[0]
    cells['outcome'] = ('s', oc) if oc else None
    area = p.area if rng.random() < 0.7 else rng.choice(AREAS)
    if rng.random() < 0.1:
        area = rng.choice(['NFA', 'HO hotel', 'Safe house', 'Hotel (HO)', 'Sofa surfing'])
    elif area in AREA_ALT and rng.random() < 0.3:
        area = rng.choice(AREA_ALT[area])
    cells['area'] = ('s', us(area)) if rng.random() > 0.06 else None
    cons = rng.choices(['Y', 'N', ''], weights=[75, 8, 17])[0]
    cells['consent'] = ('s', cons) if cons else None
    cells['notes'] = render_notes(rng, p, rec, people, year)
    # client number (2020 onward)
    if year >= 2020:
        cells['client'] = client_cell(rng, p, rec, state, year)
    # remember for copy-forward
    p.last = {'name': cells['name'][1], 'dob': dob_cell, 'dob_used': dob_used, 'est': est, 'age': cells['age']}
    return cells


def client_cell(rng, p, rec, state, year):
    num = None
    if not p.clients:
        p.clients.append(state['next_client'])
        state['next_client'] += 1
        num = p.clients[-1]
        if rng.random() < 0.05:
            stat('client_no', 'blank_new')
            num = None
    else:
        r = rng.random()
        if rec.get('is_dup') and r < 0.5:
            p.clients.append(state['next_client'])
            state['next_client'] += 1
            num = p.clients[-1]
            stat('client_no', 'duplicate_row_new_number')
        elif r < 0.06:
            p.clients.append(state['next_client'])
            state['next_client'] += 1
            num = p.clients[-1]
            stat('client_no', 'returning_given_new_number')
        elif r < 0.14:
            stat('client_no', 'blank_returning')
            num = None
        else:
            num = p.clients[0] if rng.random() < 0.7 else p.clients[-1]
            stat('client_no', 'reused')
    if num is None:
        return None
    if rng.random() < 0.008:
        s = str(num)
        if len(s) > 2:
            i = rng.randrange(len(s) - 1)
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            num = int(s)
            stat('client_no', 'digit_transposed')
    if year >= 2023:
        return ('s', 'C%d' % num)
    if rng.random() < 0.03:
        return ('s', str(num))
    return ('n', num)


# ---------------------------------------------------------------------------
def build_records(rng, people):
    # marriage: a few British/Polish/Romanian women change surname between visits
    for p in people:
        if p.g == 'F' and p.nat in ('GB', 'PL', 'RO') and len(p.visits) > 1 and rng.random() < 0.1:
            y = p.visits[rng.randint(1, len(p.visits) - 1)].year
            newsur = POOLS[p.nat]['sur'].pick(rng)
            if p.nat == 'PL':
                newsur = fem_pl(newsur)
            if newsur != p.surname[0]:
                p.married_sur = (y, newsur)
                stat('people_events', 'surname_change_on_marriage')
    recs = []
    seq = 0
    for p in people:
        prev_year = None
        for vi, d in enumerate(p.visits):
            rec = {'pid': p.pid, 'p': p.idx, 'year': d.year, 'date': d, 'visit_no': vi, 'prev_year': prev_year,
                   'seq': seq, 'dups': []}
            seq += 1
            recs.append(rec)
            prev_year = d.year
            if rng.random() < 0.025:
                dup = dict(rec)
                dup['dups'] = []
                dup['is_dup'] = True
                dup['seq'] = seq
                seq += 1
                dup['exact'] = rng.random() < 0.3
                dup['adjacent'] = rng.random() < 0.5
                if not dup['exact'] and rng.random() < 0.5:
                    nd = d + dt.timedelta(days=rng.randint(1, 20))
                    if nd.year == d.year and nd <= LAST_DAY:
                        dup['date'] = nd
                rec['dups'].append(dup)
                stat('record_events', 'within_sheet_duplicate')
    return recs


def order_sheets(rng, recs):
    sheets = {}
    for y in YEARS:
        base = [r for r in recs if r['year'] == y]
        for r in base:
            late = rng.randint(-45, 45) if rng.random() < 0.1 else 0
            r['key'] = r['date'].toordinal() + late
        base.sort(key=lambda r: (r['key'], r['seq']))
        out = []
        later = []
        for r in base:
            out.append(r)
            for d in r['dups']:
                if d['adjacent']:
                    out.append(d)
                else:
                    later.append(d)
        for d in later:
            orig_pos = next(i for i, r in enumerate(out) if r['seq'] == d['seq'] - 1)
            pos = min(len(out), orig_pos + 2 + rng.randint(0, 60))
            out.insert(pos, d)
        w = max(3, len(str(len(out))))
        for i, r in enumerate(out, 1):
            r['ref'] = '%d-%0*d' % (y, w, i)
        sheets[y] = out
    return sheets


def render_all(rng, people, sheets):
    state = {'next_client': 101}
    for y in YEARS:
        for rec in sheets[y]:
            p = people[rec['p']]
            if rec.get('is_dup') and rec.get('exact') and rec.get('orig_cells'):
                cells = dict(rec['orig_cells'])
                cells['ref'] = ('s', rec['ref'])
                rec['cells'] = cells
                stat('record_events', 'exact_duplicate')
                continue
            rec['cells'] = render_record(rng, p, rec, people, state)
            for d in rec['dups']:
                d['orig_cells'] = rec['cells']
    return state


# ===========================================================================
#  XLSX writer (zipfile + hand-written XML)
# ===========================================================================
def col_letter(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class SST:
    def __init__(self):
        self.idx = {}
        self.items = []
        self.count = 0

    def get(self, s):
        self.count += 1
        i = self.idx.get(s)
        if i is None:
            i = len(self.items)
            self.idx[s] = i
            self.items.append(s)
        return i

    def xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
               % (self.count, len(self.items))]
        for s in self.items:
            if s != s.strip() or '  ' in s or '\n' in s:
                out.append('<si><t xml:space="preserve">%s</t></si>' % xesc(s))
            else:
                out.append('<si><t>%s</t></si>' % xesc(s))
        out.append('</sst>')
        return ''.join(out)


def xesc(s):
    return _xesc(s)


def cell_xml(ref, cell, sst, date_style):
    kind = cell[0]
    if kind == 's':
        st = cell[2] if len(cell) > 2 else 0
        sa = ' s="%d"' % st if st else ''
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, sa, sst.get(cell[1]))
    if kind == 'n':
        st = cell[2] if len(cell) > 2 else 0
        sa = ' s="%d"' % st if st else ''
        return '<c r="%s"%s><v>%s</v></c>' % (ref, sa, cell[1])
    if kind == 'd':
        return '<c r="%s" s="%d"><v>%d</v></c>' % (ref, date_style, (cell[1] - EXCEL_EPOCH).days)
    if kind == 'f':
        st = cell[3] if len(cell) > 3 else 0
        sa = ' s="%d"' % st if st else ''
        return '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, sa, xesc(cell[1]), cell[2])
    raise ValueError(kind)


COL_WIDTH = {'ref': 11, 'client': 10, 'date': 13, 'name': 30, 'known': 14, 'dob': 13, 'age': 7,
             'gender': 9, 'pron': 10, 'nat': 16, 'lang': 16, 'interp': 11, 'refby': 20, 'area': 14,
             'expl': 22, 'nrm': 12, 'cw': 10, 'outcome': 16, 'consent': 10, 'notes': 50}


def sheet_xml(rng, year, recs, sst):
    layout = LAYOUT[year]
    keys = [k for k, _ in layout]
    ncol = len(layout)
    rows = []          # list of (rownum, [xml cells])
    r = 1
    merges = []
    for t in TITLES[year]:
        if t is None:
            rows.append((r, []))
        else:
            st = S_TITLE if r == 1 else S_NOTE
            rows.append((r, [cell_xml('A%d' % r, ('s', t, st), sst, 0)]))
            if r == 1:
                merges.append('A1:%s1' % col_letter(min(ncol, 6) - 1))
        r += 1
    header_row = r
    rows.append((r, [cell_xml('%s%d' % (col_letter(i), r), ('s', h, S_HEAD), sst, 0)
                     for i, (_, h) in enumerate(layout)]))
    r += 1
    first_data = r
    dob_style = DOB_XF.get(year, S_DATE)
    date_style = REF_XF.get(year, S_DATE)
    name_col = keys.index('name')
    notes_col = keys.index('notes')
    covid_done = False
    for i, rec in enumerate(recs):
        cells = rec['cells']
        xs = []
        for ci, k in enumerate(keys):
            c = cells.get(k)
            if c is None:
                continue
            if c[0] == 's' and c[1] == '':
                continue
            ds = dob_style if k == 'dob' else date_style
            xs.append(cell_xml('%s%d' % (col_letter(ci), r), c, sst, ds))
        rows.append((r, xs))
        rec['row'] = r
        r += 1
        # stray rows inside the data
        x = rng.random()
        if x < 0.002 and i < len(recs) - 1:
            rows.append((r, []))
            stat('sheet_rows', 'blank_row_inside_data')
            r += 1
        elif x < 0.0035 and i < len(recs) - 1:
            txt = rng.choice(['cont. from above - second referral made by police', '** see notes in case file **',
                              '^ same family as above', 'NB: check DOB with HO', '--- Q%d ---' % rng.randint(2, 4),
                              '(row left blank - client withdrew consent)'])
            col = notes_col if rng.random() < 0.6 else name_col
            rows.append((r, [cell_xml('%s%d' % (col_letter(col), r), ('s', txt), sst, 0)]))
            stat('sheet_rows', 'note_only_row_inside_data')
            r += 1
        if year == 2020 and i < len(recs) - 1 and rec['date'] < COVID_GAP[0] <= recs[i + 1]['date'] \
                and not covid_done:
            rows.append((r, [cell_xml('%s%d' % (col_letter(name_col), r),
                                      ('s', '** COVID - no new referrals 23/03 - 01/06 **'), sst, 0)]))
            stat('sheet_rows', 'note_only_row_inside_data')
            r += 1
            covid_done = True
    last_data = r - 1
    # trailing blank rows (one with a stray space), then the total row
    nblank = rng.randint(2, 4)
    for b in range(nblank):
        if b == 1 and year in (2019, 2022):
            rows.append((r, [cell_xml('%s%d' % (col_letter(notes_col), r), ('s', ' '), sst, 0)]))
        else:
            rows.append((r, []))
        r += 1
    if TOTAL_AT[year]:
        ci = keys.index(TOTAL_AT[year])
        lab = 'Total' if year % 2 else rng.choice(['TOTAL', 'Total:'])
        ref_col = col_letter(keys.index('ref'))
        f = 'COUNTA(%s%d:%s%d)' % (ref_col, first_data, ref_col, last_data)
        nrec = len(recs)
        rows.append((r, [cell_xml('%s%d' % (col_letter(ci), r), ('s', lab, S_HEAD), sst, 0),
                         cell_xml('%s%d' % (col_letter(ci + 1), r), ('f', f, nrec, S_HEAD), sst, 0)]))
        r += 1
    last_row = r - 1
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
           '<dimension ref="A1:%s%d"/>' % (col_letter(ncol - 1), last_row),
           '<sheetViews><sheetView workbookViewId="0"%s>' % (' tabSelected="1"' if year == 2025 else ''),
           '<pane ySplit="%d" topLeftCell="A%d" activePane="bottomLeft" state="frozen"/>'
           '<selection pane="bottomLeft" activeCell="A%d" sqref="A%d"/>'
           % (header_row, header_row + 1, header_row + 1, header_row + 1),
           '</sheetView></sheetViews>',
           '<sheetFormatPr defaultRowHeight="15"/>', '<cols>']
    for i, k in enumerate(keys):
        out.append('<col min="%d" max="%d" width="%d" customWidth="1"/>' % (i + 1, i + 1, COL_WIDTH.get(k, 12)))
    out.append('</cols><sheetData>')
    for rn, xs in rows:
        if xs:
            out.append('<row r="%d">%s</row>' % (rn, ''.join(xs)))
        else:
            out.append('<row r="%d"/>' % rn)
    out.append('</sheetData>')
    if merges:
        out.append('<mergeCells count="%d">%s</mergeCells>' % (len(merges),
                                                               ''.join('<mergeCell ref="%s"/>' % m for m in merges)))
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    out.append('</worksheet>')
    return ''.join(out), header_row


KEY_SHEET = [
    ['Key / abbreviations'],
    [],
    ['Abbrev.', 'Meaning'],
    ['NRM', 'National Referral Mechanism'],
    ['RG', 'Reasonable Grounds decision'],
    ['CG', 'Conclusive Grounds decision'],
    ['DtN', 'Duty to Notify (adult did not consent to NRM)'],
    ['HO', 'Home Office'],
    ['LA', 'Local Authority'],
    ['NFA', 'No fixed abode'],
    ['NRPF', 'No recourse to public funds'],
    ['CCE / CSE', 'Child criminal / sexual exploitation'],
    ['DS', 'Domestic servitude'],
    ['DNA', 'Did not attend'],
    [],
    ['Ref = year + row no. on that year\'s sheet. Client no. used from 2020 (one per client - check before adding!)'],
    ['Dates: please type dd/mm/yyyy. If DOB unknown write "est" + year.'],
]


def key_sheet_xml(sst):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
           '<dimension ref="A1:B%d"/>' % len(KEY_SHEET),
           '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>',
           '<cols><col min="1" max="1" width="14" customWidth="1"/><col min="2" max="2" width="50" customWidth="1"/>'
           '</cols><sheetData>']
    for i, row in enumerate(KEY_SHEET, 1):
        if not row:
            out.append('<row r="%d"/>' % i)
            continue
        st = S_TITLE if i == 1 else S_HEAD if i == 3 else 0
        out.append('<row r="%d">%s</row>' % (i, ''.join(
            cell_xml('%s%d' % (col_letter(j), i), ('s', v, st), sst, 0) for j, v in enumerate(row))))
    out.append('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
               'footer="0.3"/></worksheet>')
    return ''.join(out)


STYLES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="3">'
    '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="d\\ mmm\\ yyyy"/>'
    '<numFmt numFmtId="166" formatCode="dd/mm/yy"/>'
    '</numFmts>'
    '<fonts count="4">'
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><b/><sz val="14"/><color rgb="FFC00000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
    '</fonts>'
    '<fills count="3">'
    '<fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>'
    '</fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="8">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
    '</styleSheet>')


def write_xlsx(path, rng, sheets):
    sst = SST()
    sheet_names = [str(y) for y in YEARS] + ['Key']
    sheet_xmls = []
    header_rows = {}
    for y in YEARS:
        x, hr = sheet_xml(rng, y, sheets[y], sst)
        sheet_xmls.append(x)
        header_rows[y] = hr
    sheet_xmls.append(key_sheet_xml(sst))
    n = len(sheet_names)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(1, n + 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    ct.append('<Override PartName="/xl/styles.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/docProps/core.xml" '
              'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" '
              'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" '
          'activeTab="%d"/></bookViews><sheets>' % (len(YEARS) - 1)]
    for i, nm in enumerate(sheet_names, 1):
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (nm, i, i))
    wb.append('</sheets><calcPr calcId="191029"/></workbook>')
    wbrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i in range(1, n + 1):
        wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                      'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
    wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/styles" Target="styles.xml"/>' % (n + 1))
    wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2))
    wbrels.append('</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Client tracker (synthetic)</dc:title><dc:creator>Office</dc:creator>'
            '<cp:lastModifiedBy>Office</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2017-01-09T09:12:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-01T16:40:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
           '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>'
           '</vt:variant><vt:variant><vt:i4>%d</vt:i4></vt:variant></vt:vector></HeadingPairs>'
           '<TitlesOfParts><vt:vector size="%d" baseType="lpstr">%s</vt:vector></TitlesOfParts>'
           '<AppVersion>16.0300</AppVersion></Properties>'
           % (n, n, ''.join('<vt:lpstr>%s</vt:lpstr>' % s for s in sheet_names)))
    parts = [('[Content_Types].xml', ''.join(ct)), ('_rels/.rels', rels), ('docProps/core.xml', core),
             ('docProps/app.xml', app), ('xl/workbook.xml', ''.join(wb)),
             ('xl/_rels/workbook.xml.rels', ''.join(wbrels)), ('xl/styles.xml', STYLES_XML)]
    for i, x in enumerate(sheet_xmls, 1):
        parts.append(('xl/worksheets/sheet%d.xml' % i, x))
    parts.append(('xl/sharedStrings.xml', sst.xml()))
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 1, 16, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode('utf-8'), compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return header_rows, len(sst.items)


# ===========================================================================
def norm_name(p):
    return ' '.join(sorted(t.lower() for t in p.given + p.surname))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--people', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--truth', required=True)
    ap.add_argument('--stats', help='optional JSON file with generation statistics')
    a = ap.parse_args(argv)
    STATS.clear()
    rng = random.Random(a.seed)
    people = build_people(rng, a.people)
    recs = build_records(rng, people)
    sheets = order_sheets(rng, recs)
    state = render_all(rng, people, sheets)
    header_rows, n_strings = write_xlsx(a.out, rng, sheets)
    # truth
    rows = []
    for y in YEARS:
        for rec in sheets[y]:
            rows.append((rec['ref'], rec['pid']))
    with open(a.truth, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['record_id', 'person_id'])
        w.writerows(rows)
    # statistics
    per_person = Counter(pid for _, pid in rows)
    pairs = sum(k * (k - 1) // 2 for k in per_person.values())
    within_sheet_pairs = 0
    for y in YEARS:
        c = Counter(r['pid'] for r in sheets[y])
        within_sheet_pairs += sum(k * (k - 1) // 2 for k in c.values())
    name_groups = Counter(norm_name(p) for p in people)
    st = {
        'people': a.people, 'seed': a.seed, 'records': len(rows),
        'persons_with_records': len(per_person),
        'persons_multi_record': sum(1 for k in per_person.values() if k > 1),
        'record_count_distribution': dict(sorted(Counter(per_person.values()).items())),
        'true_pairs': pairs, 'true_pairs_within_same_sheet': within_sheet_pairs,
        'true_pairs_across_sheets': pairs - within_sheet_pairs,
        'rows_per_sheet': {str(y): len(sheets[y]) for y in YEARS},
        'header_row_per_sheet': {str(y): header_rows[y] for y in YEARS},
        'shared_strings': n_strings,
        'persons_sharing_exact_given_surname_with_another_person':
            sum(v for v in name_groups.values() if v > 1),
        'nationalities': dict(Counter(p.nat for p in people).most_common()),
        'dob_modes': dict(Counter(p.dob_mode for p in people)),
        'persons_with_alt_dob': sum(1 for p in people if p.alt_dob),
        'persons_with_nickname': sum(1 for p in people if p.nick),
        'relative_links': sum(len(p.rels) for p in people) // 2,
        'client_numbers_issued': state['next_client'] - 101,
    }
    for g, c in STATS.items():
        st[g] = dict(sorted(c.items()))
    if a.stats:
        with open(a.stats, 'w', encoding='utf-8') as f:
            json.dump(st, f, indent=1, ensure_ascii=False)
    print('%s: %d records, %d persons, %d true pairs' % (a.out, len(rows), len(per_person), pairs),
          file=sys.stderr)


if __name__ == '__main__':
    main()
