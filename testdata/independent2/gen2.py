#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen2.py - synthetic generator of UK modern-slavery person records (all people invented).

Usage: python3 gen2.py --people N --seed S --out FILE.csv [--truth TRUTH.csv]
Python 3 standard library only. Deterministic for a given seed.
See README.md for every modelling choice and rate."""

# ======================================================================
#                              NAME POOLS
# ======================================================================
# Name / place / language pools for gen2.py (written from general knowledge).
#
# Entry syntax inside a pool string: comma-separated entries; each entry is
#   Variant1|Variant2|...=OWNSCRIPT
# Variant1 is the "canonical" spelling; the others are transliteration or
# spelling variants seen in real-world romanisations.  '=OWNSCRIPT' is optional.
# Pools are listed roughly from most to least common; the generator draws from
# them with Zipf-like weights so that common names collide, as in real data.


# ----------------------------------------------------------------- UK / Jamaica
UK_M = """James|Jamie|Jim, Jack, Oliver|Ollie, Harry, Thomas|Tom|Tommy, George, Charlie|Charles,
Daniel|Danny|Dan, Joshua|Josh, Callum|Calum, Liam, Connor|Conor, Kyle, Ryan, Jordan, Lewis|Louis,
Reece|Rhys|Reese, Bradley|Brad, Michael|Mike|Micheal, Christopher|Chris, Matthew|Matt, Luke, Jake,
Ethan, Kieran|Ciaran, Jayden|Jaden|Jaiden, Tyler, Aaron, Dylan, Alfie, Joseph|Joe, Samuel|Sam,
Benjamin|Ben, Nathan, Adam, Jamal|Jamaal, Tyrone|Tyron, David|Dave, Paul, Mark, Stephen|Steven|Steve,
Robert|Rob|Bobby, William|Will|Billy, Andrew|Andy, John|Jon, Lee, Craig, Darren, Wayne, Gary,
Kai|Kye, Leon, Mason, Riley|Rylee, Declan, Shane, Marcus, Jermaine, Kane|Cain, Jason"""
UK_F = """Olivia, Amelia|Amelie, Emily, Jessica|Jess, Chloe|Chloé, Sophie|Sophia, Megan|Meghan, Lauren,
Charlotte, Hannah|Hanna, Ellie, Courtney|Kourtney, Paige, Shannon, Jade, Leah|Lea, Chelsea, Demi,
Kayleigh|Kayley|Kaylee, Amber, Holly, Rebecca|Becky, Samantha|Sam, Sarah|Sara, Emma, Laura, Lisa,
Michelle, Kelly, Nicola|Nicki, Stacey|Stacy, Danielle, Natalie|Nathalie, Rachel, Tia|Tiah, Mia, Grace,
Ruby, Keeley|Keely, Jodie|Jodi, Tegan|Teagan, Abigail|Abbie|Abi, Bethany|Beth, Georgia, Millie|Milly"""
UK_FAM = """Smith, Jones, Williams, Taylor, Brown, Davies|Davis, Evans, Wilson, Thomas, Johnson, Roberts,
Robinson, Thompson|Thomson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris,
Clarke|Clark, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips|Philips, Watson, Parker, Price, Bennett, Young,
Griffiths|Griffith, Mitchell, Kelly, Cook|Cooke, Carter, Richardson, Bailey, Collins, Bell, Shaw,
Murphy, Miller, Cox, Richards, Marshall, Anderson, Simpson, Ellis, Adams, Wilkinson,
McDonald|MacDonald|Mcdonald, O'Brien|OBrien|O Brien, O'Neill|ONeill|O'Neil, Campbell, Stewart|Stuart,
Reid|Reed, Murray, MacLeod|McLeod, Campbell-Brown|Campbell Brown, Grant, Francis, Henry, Gordon,
Brown-Smith|Brown Smith, Fletcher, Holmes, Palmer, Lloyd, Barnes, Knight, Lawrence, Reynolds"""
UK_NICK = "Little J, Smokey, Tiny, Kay, JJ, Bugsy, Ghost, Mini, Lil T, Blue, Red, Snowy, Zee, Deej, Ace"

# ----------------------------------------------------------------- Albanian
ALB_M = """Ermal, Arben, Besnik|Besnick, Klodian|Klodjan, Erion|Erjon, Gentian|Gentjan, Arjan, Dritan, Ardit,
Kristian|Kristjan, Mario, Endri|Endrit, Erald, Fatjon|Fation, Redon, Altin, Elton, Ilir, Artan,
Florian|Florjan, Aldo, Xhuljan|Julian|Xhulian|Djulian, Klevis|Klevi, Marjus|Marius, Andi|Andy, Saimir,
Armando, Bledar, Gëzim|Gezim, Flamur, Kujtim, Luan, Sokol, Agron, Valmir, Ervis, Rei|Rey, Enea,
Albion, Arlind|Arlend, Dorian|Dorjan, Eljon|Elion, Ergys|Ergis, Genci|Gentsi, Lorenc|Lorenz, Mikel,
Olsi|Olsy, Renaldo|Rinaldo, Sajmir, Taulant, Xhevdet|Dzhevdet, Ylli|Yli"""
ALB_F = """Anxhela|Angela|Anxela, Ela, Erjona|Eriona, Klea, Kejsi|Keisi, Ana, Elisa, Xhesika|Jessica|Xheisika,
Megi|Meggi, Sara, Amelia, Arjola, Elona, Blerta, Dorina, Valbona, Mirela, Fjorela|Fiorela,
Enkeleda|Enkelejda, Rozafa, Sidorela, Klaudia|Klaudja|Claudia, Esmeralda, Fatjona|Fationa, Greta,
Jonida, Rovena, Xhensila|Jensila"""
ALB_FAM = """Hoxha|Hoxa|Hodja, Shehu|Sheu, Dervishi, Leka, Gjoka, Krasniqi|Krasniki, Berisha, Gashi, Kola,
Marku, Prenga, Lleshi|Leshi, Dushku, Kelmendi, Bytyqi|Bytyci, Çela|Cela, Muça|Muca, Hasani, Basha, Tafa,
Rama, Meta, Zeneli, Hysa, Bregu, Murati, Çani|Cani, Mema, Xhafa|Jafa|Dzhafa, Lika, Gjoni|Djoni, Kryeziu,
Dedja|Dedia, Topalli|Topali, Shkurti, Spahiu, Ndreu, Gjeka, Hysenaj|Hysenai, Lala, Mullaj|Mulaj,
Pllumbi|Plumbi, Qosja|Cosja, Sula, Toska, Vata, Xhelili|Jelili, Zefi"""

# ----------------------------------------------------------------- Vietnamese
VIE_FAM = """Nguyễn|Nguyen|Nguyen, Trần|Tran, Lê|Le, Phạm|Pham, Hoàng|Hoang, Huỳnh|Huynh, Phan, Vũ|Vu, Võ|Vo,
Đặng|Dang, Bùi|Bui, Đỗ|Do|Doan, Hồ|Ho, Ngô|Ngo, Dương|Duong, Lý|Ly, Đinh|Dinh, Trương|Truong,
Lương|Luong, Mai, Cao, Đào|Dao"""
VIE_FAM_W = [38, 11, 9.5, 7, 3.5, 2.5, 4.5, 2.5, 1.5, 2, 2, 1.3, 1.3, 1.3, 1, 0.5, 0.6, 0.6, 0.5, 0.4, 0.4, 0.4]
VIE_MID_M = "Văn|Van, Đức|Duc, Minh, Quang, Hữu|Huu, Thanh, Công|Cong, Đình|Dinh, Xuân|Xuan, Ngọc|Ngoc"
VIE_MID_M_W = [55, 8, 7, 5, 5, 5, 4, 4, 4, 3]
VIE_MID_F = "Thị|Thi, Ngọc|Ngoc, Thu, Thanh, Kim, Hồng|Hong, Minh, Bảo|Bao"
VIE_MID_F_W = [62, 8, 6, 6, 6, 5, 4, 3]
VIE_M = """Hùng|Hung, Tuấn|Tuan, Nam, Long, Dũng|Dung, Minh, Hải|Hai, Sơn|Son, Thắng|Thang, Cường|Cuong,
Quân|Quan, Huy, Đức|Duc, Phong, Khánh|Khanh, Trung, Tú|Tu, Việt|Viet, Thành|Thanh, Hiếu|Hieu,
Tài|Tai, Lâm|Lam, Bình|Binh, Tâm|Tam, Đạt|Dat, Hoàng|Hoang, Phúc|Phuc, Quý|Quy, Toàn|Toan, Vinh"""
VIE_F = """Lan, Hoa, Linh, Mai, Hương|Huong, Trang, Hằng|Hang, Thảo|Thao, Nhung, Ngọc|Ngoc, Phương|Phuong,
Anh, Thủy|Thuy|Thuỷ, Hạnh|Hanh, Yến|Yen, Vân|Van, Nga, Loan, Hiền|Hien, Dung, Nhi, Vy|Vi, Trinh, Tuyết|Tuyet"""

# ----------------------------------------------------------------- Chinese (pinyin | Wade-Giles / Cantonese = Hanzi)
CHN_FAM = """Wang|Wong=王, Li|Lee|Lei=李, Zhang|Chang|Cheung=张, Liu|Lau|Lew=刘, Chen|Chan|Chin=陈,
Yang|Yeung=杨, Huang|Wong|Hwang=黄, Zhao|Chao|Chiu=赵, Wu|Ng|Woo=吴, Zhou|Chow|Chou=周, Lin|Lam|Lim=林,
Zheng|Cheng|Cheang=郑, Xu|Hsu|Tsui=徐, Sun|Suen=孙, Ma|Mah=马, Zhu|Chu=朱, Hu|Woo=胡, Guo|Kwok=郭,
He|Ho=何, Gao|Ko=高"""
CHN_M = """Wei=伟, Qiang=强, Jun=军, Lei=磊, Jie=杰, Tao=涛, Ming=明, Chao=超, Yong=勇, Bin=斌,
Jianhua|Jian Hua|Jian-Hua=建华, Zhiqiang|Zhi Qiang|Zhi-Qiang=志强, Hai=海, Peng=鹏, Fei=飞,
Junjie|Jun Jie|Jun-Jie=俊杰, Hao=浩, Yu=宇, Zihao|Zi Hao|Zi-Hao=子豪, Jianguo|Jian Guo|Jian-Guo=建国,
Xiaoming|Xiao Ming|Xiao-Ming=小明, Dong=东, Gang=刚"""
CHN_F = """Fang=芳, Na=娜, Min=敏, Jing=静, Li=丽, Yan=艳, Xiuying|Xiu Ying|Xiu-Ying=秀英, Hui=慧, Ting=婷,
Xue=雪, Ling=玲, Hong=红, Xia=霞, Dan=丹, Xiaoyan|Xiao Yan|Xiao-Yan=晓燕, Meiling|Mei Ling|Mei-Ling=美玲,
Jiayi|Jia Yi|Jia-Yi=佳怡, Xinyi|Xin Yi|Xin-Yi=欣怡, Lina|Li Na=丽娜, Yuan=媛"""

# ----------------------------------------------------------------- Eritrean (Tigrinya) = Ge'ez script
ERI_M = """Yonas|Yonnas|Jonas=ዮናስ, Yohannes|Yohanes|Johannes|Yohanis=ዮሃንስ, Tesfay|Tesfai|Tesfaye=ተስፋይ,
Haile|Hayle=ሃይለ, Mehari|Mehary|Mihari=መሓሪ, Tekle|Teklay|Teckle=ተኽለ, Berhane|Birhane|Brhane|Berhan=ብርሃነ,
Kidane|Kidan|Kedane=ኪዳነ, Mussie|Musie=ሙሴ, Ghirmay|Girmay|Germay=ግርማይ, Habtom|Habton=ሃብቶም,
Fitsum|Fitsom=ፍጹም, Samuel|Samiel=ሳሙኤል, Filmon|Filimon|Philemon=ፊልሞን, Daniel|Danael=ዳኒኤል,
Michael|Mikael|Mikiele=ሚካኤል, Amanuel|Amanual|Emmanuel=ኣማኑኤል, Robel|Robiel=ሮቤል,
Efrem|Ephrem|Efrim=ኤፍሬም, Henok|Enoch|Hanok=ሄኖክ, Natnael|Nathnael|Natanael=ናትናኤል, Abel|Abiel=ኣቤል,
Biniam|Biniyam|Binyam=ቢንያም, Semere|Semre=ሰመረ, Okbay|Okubay|Ukubay=ዑቕባይ,
Gebremedhin|Gebre Medhin|Ghebremedhin|Gebremedin=ገብረመድህን, Gebreyesus|Ghebreyesus|Gebre Yesus=ገብረየሱስ,
Tewolde|Tewelde=ተወልደ, Weldu|Woldu=ወልዱ, Tsegay|Tsegai|Tsegaye=ጸጋይ, Andom|Andemariam=ኣንዶም,
Gebrehiwet|Ghebrehiwet|Gebre Hiwet=ገብረሕይወት, Negasi|Negassi=ነጋሲ, Asmerom|Asmerome=ኣስመሮም,
Zerai|Zeray=ዘርኣይ, Kibrom|Kebrom=ክብሮም, Medhanie|Medhane=መድሃኔ, Solomon|Selomon=ሰሎሞን,
Tesfamariam|Tesfa Mariam|Tesfamaryam=ተስፋማርያም, Yemane|Yemani=የማነ, Russom|Rusom=ሩሶም,
Mebrahtu|Mebrahtom=መብራህቱ, Ghebru|Gebru=ገብሩ, Tedros|Teodros|Tewodros=ቴድሮስ"""
ERI_F = """Selam|Salam=ሰላም, Senait|Senayt|Seneit=ሰናይት, Helen|Hellen=ሄለን, Hiwet|Hiwot|Hewet=ሕይወት,
Freweini|Fireweini|Frewoini=ፍረወይኒ, Luwam|Luam|Lwam=ልዋም, Yordanos|Yordanose=ዮርዳኖስ, Saba|Sabah=ሳባ,
Meron|Merone=ሜሮን, Winta|Wintana=ዊንታ, Semhar|Semher=ሰምሃር, Eden|Edan=ኤደን, Rahel|Rachel=ራሄል,
Rahwa|Rahua=ራሕዋ, Feven|Fiven=ፌቨን, Tirhas|Terhas=ትርሓስ, Abeba|Abebech=ኣበባ, Mebrat=መብራት,
Kisanet|Kisanat=ክሳነት, Delina|Dalina=ደሊና, Ruta|Rutha=ሩታ, Elsa|Elza=ኤልሳ, Milen|Millen=ሚለን,
Senhit|Senhet=ሰንሒት, Aster|Astier=ኣስቴር"""

# ----------------------------------------------------------------- Ethiopian (Amharic / Oromo)
ETH_M = """Tesfaye|Tesfay=ተስፋዬ, Getachew|Getachaw=ጌታቸው, Dawit|Dawid=ዳዊት, Tadesse|Tadese|Taddese=ታደሰ,
Girma|Germa=ግርማ, Mulugeta|Mulugetta=ሙሉጌታ, Alemayehu|Alemayehou|Alemayo=ዓለማየሁ, Solomon=ሰሎሞን,
Bekele|Bekelle=በቀለ, Kebede|Kebbede=ከበደ, Abebe|Abebbe=አበበ, Yonas=ዮናስ, Abdi|Abdii, Chala|Challa|Caalaa,
Lemma|Lema=ለማ, Gemechu|Gemachu|Gammachuu, Tolossa|Tolosa, Abdissa|Abdisa, Mohammed|Mohamed=መሐመድ,
Fikadu|Fikade=ፍቃዱ, Biruk|Birook=ብሩክ, Yared=ያሬድ, Eyob|Eyoub|Iyob=ኢዮብ, Mesfin|Masfin=መስፍን,
Berhanu|Birhanu=ብርሃኑ, Assefa|Asefa=አሰፋ, Wondimu|Wendimu=ወንድሙ, Haile=ኃይሌ, Kedir|Kadir|Kediir,
Habtamu|Habtemu=ሀብታሙ"""
ETH_F = """Tigist|Tigest=ትዕግስት, Meseret|Meserat=መሰረት, Almaz|Almaze=አልማዝ, Hirut|Hiruth=ሂሩት,
Bethlehem|Betelhem|Bethelhem=ቤተልሔም, Tsion|Zion|Tsiyon=ጽዮን, Mekdes|Makdes=መቅደስ, Aster|Astar=አስቴር,
Genet|Ganet=ገነት, Selamawit|Selamawet=ሰላማዊት, Hanna|Hana=ሐና, Eden=ኤደን, Meron=ሜሮን,
Marta|Martha=ማርታ, Ayantu|Ayantuu, Chaltu|Caaltuu, Lensa|Lensaa, Feven=ፌቨን, Kidist|Kedist=ቅድስት,
Rahel=ራሔል, Sifan|Siifan, Zeyneb|Zeynab"""

# ----------------------------------------------------------------- Somali (note Somali orthography x=ḥ, c=ʿ)
SOM_M = """Mohamed|Mohammed|Maxamed|Muhammad, Abdirahman|Abdirahmaan|Cabdiraxmaan, Abdullahi|Abdilahi|Cabdullaahi,
Ahmed|Axmed|Ahmad, Hassan|Xasan|Hasan, Hussein|Xuseen|Husein, Ali|Cali, Omar|Cumar|Umar, Abdi|Cabdi,
Farah|Faarax, Warsame|Warsama, Jama|Jaamac, Nur|Nuur|Noor, Yusuf|Yuusuf|Yousuf, Ismail|Ismaaciil|Ismael,
Osman|Cismaan|Usman, Abdiaziz|Abdicasiis|Abdulaziz, Mohamud|Maxamuud|Mahmoud, Said|Saciid|Saeed,
Abdikarim|Cabdikariim|Abdulkarim, Liban|Libaan, Guled|Guuleed, Mukhtar|Muqtaar|Mukhtaar, Dahir|Daahir,
Hirsi|Xirsi, Bashir|Bashiir, Aden|Aadan|Adan, Ibrahim|Ibraahim"""
SOM_F = """Fadumo|Faadumo|Fatuma, Hodan|Hoodan, Amina|Aamina|Amiina, Sahra|Sahro|Sahra, Ayan|Ayaan,
Khadija|Khadiijo|Hadija, Ifrah|Ifraax, Asha|Caasha|Aisha, Hawa|Xaawo|Hawo, Maryan|Maryam|Mariam,
Nasra|Nasro, Sagal, Ubah|Ubax, Deeqa|Deka, Ilhan|Ilhaan, Zamzam|Samsam, Filsan|Filsaan, Muna|Muuna"""

# ----------------------------------------------------------------- Arabic (Sudan, Egypt, Iraq, Syria, Chad)
ARA_M = """Mohammed|Mohamed|Muhammad|Mohammad|Mohamad|Muhammed=محمد, Ahmed|Ahmad|Ahmet=أحمد, Ali|Aly=علي,
Omar|Umar|Omer=عمر, Osman|Othman|Usman|Uthman=عثمان, Hassan|Hasan=حسن, Hussein|Hussain|Husain|Husein=حسين,
Ibrahim|Ebrahim|Ibraheem=إبراهيم, Yousif|Yousef|Yusuf|Youssef|Yosef=يوسف, Adam|Adem|Aadam=آدم,
Ishag|Ishaq|Ishak|Ishaag=إسحاق, Suleiman|Sulaiman|Sulayman|Soliman=سليمان,
Abdelrahman|Abdul Rahman|Abdulrahman|Abdalrahman|Abd Alrahman|Abdel Rahman=عبدالرحمن,
Abdalla|Abdallah|Abdullah|Abdulla=عبدالله, Abdelaziz|Abdul Aziz|Abdulaziz|Abdelazeez=عبدالعزيز,
Khalid|Khaled=خالد, Mustafa|Mostafa|Moustafa=مصطفى, Salih|Saleh|Salah=صالح, Eisa|Issa|Isa|Essa=عيسى,
Musa|Mousa|Moussa=موسى, Idris|Idriss|Edris=إدريس, Bashir|Basheer|Bachir=بشير, Yasir|Yasser|Yaser=ياسر,
Mahmoud|Mahmood|Mahmud=محمود, Abubakar|Abu Bakr|Abobaker|Abubaker=أبوبكر, Hamid|Hamed=حامد,
Tariq|Tarek|Tarik=طارق, Jamal|Gamal=جمال, Nasser|Naser|Nasir=ناصر, Faisal|Faysal=فيصل, Anwar|Anouar=أنور,
Karim|Kareem=كريم, Walid|Waleed=وليد, Hamza|Hamzah=حمزة, Bilal|Belal=بلال, Saeed|Said|Saied=سعيد,
Abdelmoneim|Abdulmonem|Abdel Moneim=عبدالمنعم, Elsadig|Al Sadiq|Alsadig|Sadiq=الصادق,
Eltayeb|Al Tayeb|Altayeb|Tayeb=الطيب, Haroun|Harun|Haroon=هارون, Yahya|Yehia|Yahia=يحيى,
Zakaria|Zakariya|Zakaryia=زكريا, Ayman|Aiman=أيمن, Mohanad|Muhannad|Mohannad=مهند"""
ARA_F = """Fatima|Fatma|Fatimah=فاطمة, Mariam|Maryam|Mariem|Meriam=مريم, Aisha|Aysha|Aicha|Ayesha=عائشة,
Amna|Amnah|Amina=آمنة, Zainab|Zeinab|Zaynab=زينب, Khadija|Khadijah|Khadeja=خديجة, Halima|Halimah|Haleema=حليمة,
Sara|Sarah=سارة, Nour|Noor|Nur=نور, Huda|Hoda=هدى, Rania|Raniya=رانيا, Samira|Sameera=سميرة,
Salma|Selma=سلمى, Hawa|Hawaa=حواء, Asma|Asmaa=أسماء, Rasha|Racha=رشا, Nada=ندى, Ikhlas|Ekhlas=إخلاص,
Iman|Eman=إيمان, Hiba|Heba=هبة, Aya|Aaya=آية, Rahma|Rahmah=رحمة"""
# family / nisba names (used when the person has one)
ARA_FAM_EGY = """El-Sayed|Elsayed|El Sayed|Al-Sayed=السيد, El-Masry|Elmasry|Al-Masri|El Masri=المصري,
Abdelfattah|Abdel Fattah|Abd El Fattah=عبدالفتاح, El-Shazly|Elshazly|El Shazli=الشاذلي, Mansour|Mansur=منصور,
Farouk|Farouq=فاروق, Hegazy|Hegazi|Higazi=حجازي, Soliman|Suleiman=سليمان, Gaber|Jaber=جابر,
Ramadan|Ramadhan=رمضان, Abdelaziz|Abdel Aziz=عبدالعزيز, Mahmoud|Mahmud=محمود, Ibrahim=إبراهيم,
Ali=علي, Hassan|Hasan=حسن, Mostafa|Mustafa=مصطفى, Youssef|Yousef=يوسف, Saad|Saed=سعد,
El-Naggar|Elnaggar|Al-Najjar=النجار, Shehata|Shahata=شحاتة"""
ARA_FAM_IRQ = """Al-Jubouri|Al Jubouri|Aljubouri|Al-Jaburi|Jubouri=الجبوري, Al-Obaidi|Al Ubaidi|Alobaidi=العبيدي,
Al-Dulaimi|Aldulaimi|Al Dulaymi=الدليمي, Al-Saadi|Al Saedi|Alsaadi=الساعدي, Al-Shammari|Alshammari|Shammari=الشمري,
Al-Tamimi|Altamimi|Al Tamimi=التميمي, Al-Hashimi|Al Hashemi|Alhashimi=الهاشمي,
Al-Zubaidi|Alzubaidi|Al Zubaydi=الزبيدي, Al-Bayati|Albayati=البياتي, Al-Maliki|Almaliki=المالكي"""
ARA_FAM_SYR = """Al-Ahmad|Alahmad|Al Ahmad=الأحمد, Al-Hussein|Alhussein|Al Hussain=الحسين, Haddad|Hadad=حداد,
Khalil|Kalil=خليل, Al-Khatib|Alkhatib|El Khatib=الخطيب, Al-Kurdi|Kurdi|Alkurdi=الكردي, Al-Ali|Alali=العلي,
Al-Hamwi|Alhamwi=الحموي, Al-Halabi|Halabi=الحلبي, Darwish|Darwiche|Derwish=درويش, Hamdan=حمدان,
Al-Masri|Almasri=المصري, Al-Najjar|Alnajjar=النجار, Sabbagh|Sabagh=صباغ"""

# ----------------------------------------------------------------- Kurdish (Sorani; Arabic-script form)
KUR_M = """Karwan|Karwaan=کاروان, Rebwar|Rebwaar|Ribwar=ڕێبوار, Hawre|Hawri=هاوڕێ, Shwan|Shuan=شوان,
Dilshad|Delshad=دلشاد, Aram|Araam=ئارام, Soran|Sooran=سۆران, Zana|Zanna=زانا, Kawa|Kaawa|Kaveh=کاوە,
Hemin|Hemn|Himn=هێمن, Rawand|Rawend=ڕەوەند, Sherzad|Shirzad=شێرزاد, Bakhtiyar|Bakhtiar|Bakhtyar=بەختیار,
Ari|Arie=ئاری, Peshawa|Pishawa=پێشەوا, Azad|Azaad=ئازاد, Hiwa|Hewa=هیوا, Dana|Danaa=دانا,
Barzan=بەرزان, Rebin|Rebeen=ڕێبین, Hama|Hamma=حەمە, Rasul|Rasool|Rasoul=ڕەسوڵ, Kamaran|Kameran=کامەران,
Nawzad|Nozad=نەوزاد, Sirwan|Serwan=سیروان, Shakhawan|Shakawan=شاخەوان"""
KUR_F = """Shilan|Shelan=شیلان, Nazdar=نازدار, Rozhin|Rojin|Rozhen=ڕۆژین, Dilan|Delan=دیلان, Lana=لانا,
Avin|Aveen=ئاڤین, Sozan|Suzan=سۆزان, Nasrin|Nasreen=نەسرین, Shno|Shnu=شنۆ, Hana|Hanaa=هانا, Taban|Taaban=تابان"""
KUR_FAM = """Ahmed|Ahmad=ئەحمەد, Mohammed|Mohamad|Muhammad=محمد, Hama|Hamma=حەمە, Qadir|Kadir|Kader|Qader=قادر,
Rasul|Rasool=ڕەسوڵ, Karim|Kareem=کەریم, Salih|Saleh=ساڵح, Hussein|Husain=حسێن, Ali=عەلی, Omar|Umar=عومەر,
Abdullah|Abdulla=عەبدوڵڵا, Othman|Osman=عوسمان, Aziz|Azeez=عەزیز, Mahmood|Mahmoud=مەحموود,
Faraj|Faraq=فەرەج, Amin|Ameen=ئەمین"""

# ----------------------------------------------------------------- Persian (Iran; also Afghan Dari)
PER_M = """Ali=علی, Reza=رضا, Mohammad|Mohammed|Mohamad=محمد, Mohammad Reza|Mohammadreza|Mohamadreza|Mohamad Reza=محمدرضا,
Mehdi|Mahdi=مهدی, Amir|Ameer=امیر, Hossein|Hosein|Hussein=حسین, Saeed|Saeid|Said=سعید, Hamid|Hameed=حمید,
Majid|Madjid=مجید, Behzad=بهزاد, Arash=آرش, Kaveh|Kave=کاوه, Omid|Omeed=امید, Ehsan=احسان, Hamed=حامد,
Sina|Seena=سینا, Pouya|Pooya|Puya=پویا, Milad=میلاد, Navid|Naveed=نوید, Farhad=فرهاد, Babak=بابک,
Javad|Jawad=جواد, Mojtaba|Mujtaba=مجتبی, Amir Hossein|Amirhossein|Amirhosein=امیرحسین, Abolfazl|Abolfazel=ابوالفضل,
Mostafa|Mustafa=مصطفی, Yaser|Yasser=یاسر"""
PER_F = """Maryam|Mariam=مریم, Zahra|Zahraa=زهرا, Fatemeh|Fatima|Fatemah=فاطمه, Sara|Sarah=سارا, Narges|Nargis=نرگس,
Leila|Layla|Laila=لیلا, Shirin|Shireen=شیرین, Mahsa=مهسا, Niloufar|Nilufar|Niloofar=نیلوفر, Parisa=پریسا,
Negar|Nigar=نگار, Elham=الهام, Samira=سمیرا, Somayeh|Somaye=سمیه, Azadeh|Azade=آزاده"""
PER_FAM = """Ahmadi|Ahmady=احمدی, Hosseini|Hoseini|Husseini|Hosseiny=حسینی, Rezaei|Rezaee|Rezaie|Rezai=رضایی,
Mohammadi|Mohamadi|Mohammady=محمدی, Karimi|Karimy=کریمی, Jafari|Jafary|Jaafari=جعفری, Rahimi|Rahimy=رحیمی,
Moradi=مرادی, Amiri|Amiry=امیری, Ghasemi|Qasemi|Kasemi|Ghassemi=قاسمی, Heidari|Heydari|Haidari|Haydari=حیدری,
Sadeghi|Sadeqi|Sadegi=صادقی, Azizi|Azizy=عزیزی, Rostami|Rustami=رستمی, Kazemi|Kazimi|Qazemi=کاظمی,
Mousavi|Musavi|Moosavi=موسوی, Ebrahimi|Ibrahimi=ابراهیمی, Najafi|Nadjafi=نجفی, Salehi=صالحی,
Nazari|Nazary=نظری, Akbari|Akbary=اکبری, Soltani|Sultani=سلطانی, Yousefi|Yusefi|Yousofi=یوسفی,
Bahrami=بهرامی, Zamani|Zamany=زمانی, Khosravi|Khosrawi=خسروی, Abbasi|Abasi=عباسی"""

# ----------------------------------------------------------------- Afghan (Pashto / Dari)
AFG_M = """Mohammad|Muhammad|Mohammed|Mohamad=محمد, Ahmad|Ahmed=احمد, Abdul Wahid|Abdulwahid|Abdul Waheed=عبدالواحد,
Zabihullah|Zabiullah|Zabihulla|Zabi Ullah=ذبیح‌الله, Rahmatullah|Rahmatulla|Rahmat Ullah=رحمت‌الله,
Naqibullah|Naqibulla|Nakibullah=نقیب‌الله, Samiullah|Sami Ullah|Samiulla=سمیع‌الله,
Ezatullah|Ezzatullah|Izzatullah=عزت‌الله, Hamid|Hameed=حمید, Javid|Jawed|Javed|Jawid=جاوید, Farhad=فرهاد,
Bilal|Belal=بلال, Wahid|Waheed|Vahid=وحید, Noor|Nur|Nour=نور, Jamshid|Jamshed|Jamsheed=جمشید,
Sohrab|Suhrab=سهراب, Mustafa|Mostafa=مصطفی, Hamidullah|Hamidulla=حمیدالله, Habibullah|Habibulla|Habib Ullah=حبیب‌الله,
Ismail|Esmail|Ismael=اسماعیل, Alireza|Ali Reza|Ali-Reza=علیرضا, Hussain|Hussein|Hossain=حسین,
Sayed|Said|Syed|Sayyed=سید, Gul Agha|Gulagha|Gul Aqa=گل‌آغا, Sharif|Shareef=شریف, Rashid|Rasheed=رشید,
Karim|Kareem=کریم, Omid|Omeed=امید, Shafiq|Shafeeq|Shafik=شفیق, Asadullah|Asadulla|Assadullah=اسدالله,
Idrees|Idris|Edris=ادریس, Nasir|Naseer|Naser=نصیر, Qadir|Kadir|Ghadir=قادر, Abdul Basir|Abdulbasir|Abdul Baseer=عبدالبصیر,
Ali=علی, Khan Mohammad|Khan Muhammad|Khanmohammad=خان‌محمد, Naveed|Navid=نوید, Yama=یما"""
AFG_F = """Fatima|Fatema=فاطمه, Maryam|Mariam=مریم, Zahra=زهرا, Farzana|Farzaneh=فرزانه, Shabnam|Shabnum=شبنم,
Mursal=مرسل, Nilofar|Nilufar=نیلوفر, Parwana|Parvaneh=پروانه, Zarghona|Zarghuna=زرغونه, Sakina|Sakineh=سکینه,
Gulalai|Gulalay=گلالۍ, Sima|Seema=سیما, Freshta|Fereshteh|Fereshta=فرشته"""
AFG_FAM = """Ahmadzai|Ahmadzay=احمدزی, Popalzai|Popalzay=پوپلزی, Stanikzai|Stanekzai=ستانکزی, Safi|Safy=صافی,
Shinwari|Shinwary=شینواری, Hotak|Hotaki=هوتک, Noori|Nouri|Nuri=نوری, Rahimi=رحیمی, Sultani|Soltani=سلطانی,
Hakimi|Hakimy=حکیمی, Sharifi|Sharify=شریفی, Hashimi|Hashemi=هاشمی, Nazari|Nazary=نظری,
Haidari|Heydari|Haydari=حیدری, Amiri=امیری, Mohammadi|Mohamadi=محمدی, Karimi=کریمی, Rezaei|Rezai=رضایی,
Hussaini|Hosseini=حسینی, Jalali|Jalaly=جلالی, Mangal|Mangel=منگل, Wardak|Wardag=وردک, Zadran=زدران,
Khan=خان, Momand|Mohmand=مومند, Niazi|Niyazi=نیازی, Taheri|Tahiri=طاهری, Sadat|Saadat=سادات"""

# ----------------------------------------------------------------- Pakistani (Urdu script)
PAK_M = """Ali=علی, Imran|Imraan=عمران, Usman|Osman|Uthman=عثمان, Bilal=بلال, Hamza|Hamzah=حمزہ, Faisal|Faysal=فیصل,
Asif|Aasif=آصف, Kashif|Kasif=کاشف, Adnan|Adnaan=عدنان, Zeeshan|Zishan|Zeshan=ذیشان, Waqas|Waqqas=وقاص,
Shahid|Shaheed=شاہد, Naveed|Navid=نوید, Tariq|Tarik=طارق, Arslan|Arsalan=ارسلان, Hassan|Hasan=حسن,
Umar|Omar=عمر, Zain|Zayn=زین, Ahsan|Ehsan=احسن, Abdullah|Abdulla=عبداللہ, Irfan|Irfaan=عرفان,
Saqib|Sakib=ثاقب, Junaid|Junaed=جنید, Nadeem|Nadim=ندیم"""
PAK_F = """Ayesha|Aisha|Aysha=عائشہ, Fatima|Fatimah=فاطمہ, Sana|Sanaa=ثنا, Saima|Saimah=صائمہ, Nadia|Nadiya=نادیہ,
Amna|Amina=آمنہ, Rabia|Rabiya=رابعہ, Hina|Heena=حنا, Iqra|Ikra=اقرا, Mehwish|Mehvish=مہوش, Shazia|Shaziya=شازیہ"""
PAK_FAM = """Khan=خان, Ahmed|Ahmad=احمد, Hussain|Hussein|Husain=حسین, Shah=شاہ, Butt|Bhatt=بٹ, Malik|Malick=ملک,
Iqbal|Ikbal=اقبال, Raza|Rasa=رضا, Akhtar|Akhter=اختر, Qureshi|Quraishi|Kureshi=قریشی,
Chaudhry|Chaudhary|Choudhry|Chaudhri=چوہدری, Javed|Javaid|Jawed=جاوید, Mahmood|Mehmood|Mahmud=محمود,
Aslam|Aslaam=اسلم, Ashraf=اشرف, Rehman|Rahman|Ur Rehman=رحمان, Abbasi|Abassi=عباسی,
Siddiqui|Siddiqi|Sidiqui=صدیقی, Mirza=مرزا, Bibi=بی بی"""

# ----------------------------------------------------------------- Bangladeshi
BGD_M = """Rahim|Raheem, Karim|Kareem, Abdul, Shahidul|Shohidul, Rafiqul|Rofiqul, Aminul|Aminool, Saiful|Shaiful,
Nazrul|Nozrul, Habibur|Habibor, Mizanur|Mizanor, Anwar|Anowar, Jahangir|Jahangeer, Kamal|Komal, Jamal,
Sohel|Suhel|Sohail, Rubel, Shakil|Shakeel, Mamun|Mamoon, Faruk|Faruque|Farooq, Rashed|Rashid, Sumon|Shumon"""
BGD_F = """Nasrin|Nasreen, Fatema|Fatima, Shirin|Shireen, Rina|Reena, Rehana|Rahana, Salma, Rokeya|Rokeia,
Taslima|Tasleema, Sumaiya|Sumaya, Shahana|Shahanaz, Ruma|Rooma, Parvin|Parveen"""
BGD_FAM = """Rahman|Rahaman|Rohman, Hossain|Hussain|Hosain, Islam, Uddin|Udin|Uddeen, Ahmed|Ahmad, Miah|Mia|Meah,
Ali, Khan, Alam|Allam, Sarkar|Sarker|Sircar, Chowdhury|Choudhury|Chaudhuri, Haque|Hoque|Haq, Sheikh|Shaikh"""
BGD_FAM_F = "Begum|Begom, Akter|Akhter|Aktar|Akther, Khatun|Khatoon"

# ----------------------------------------------------------------- Indian
IND_M = """Gurpreet|Gurprit, Harpreet|Harprit, Manpreet|Manprit, Jaspreet|Jasprit, Sukhwinder|Sukhvinder,
Amandeep|Amandip, Rajesh|Rajish, Amit|Ameet, Suresh, Ravi, Vikram|Vikrum, Arjun, Rahul, Sanjay|Sanjai,
Deepak|Dipak, Manoj, Anil, Sunil, Ramesh, Prakash, Kuldeep|Kuldip, Balwinder|Balvinder, Jagdeep|Jagdip"""
IND_F = """Priya|Pria, Sunita|Suneeta, Pooja|Puja, Neha, Anjali, Kavita|Kavitha, Lakshmi|Laxmi, Manjit|Manjeet,
Harjit|Harjeet, Simran|Simranjeet, Rajwinder|Rajvinder, Gurpreet|Gurprit"""
IND_FAM = """Kumar, Patel|Patil, Sharma|Sarma, Reddy|Reddi, Gill, Sandhu|Sandu, Dhillon|Dillon, Sidhu, Grewal,
Verma|Varma, Das|Dass, Nair, Yadav, Gupta, Thomas, Joseph, Bains, Sahota"""

# ----------------------------------------------------------------- West African
NGA_M = """Chinedu|Chinedum, Chukwuemeka|Emeka, Oluwaseun|Seun, Adebayo|Bayo, Babatunde|Tunde, Efosa|Efosah,
Osaretin|Osaro, Osasere|Osas|Osasu, Ikechukwu|Ike, Obinna, Uchenna|Uche, Godwin, Samuel|Samual,
Emmanuel|Emanuel, Daniel, Peter, John, Joseph, Kingsley|Kinsley, Sunday, Friday, Victor|Viktor, Prince,
Destiny, Olufemi|Femi, Osagie, Eghosa, Nosa|Nosakhare, Ehis|Ehizogie"""
NGA_F = """Blessing, Precious, Joy, Favour|Favor, Gift|Gifty, Esther|Ester, Mercy, Grace, Patience, Faith,
Osarugue|Osaruyi, Eseosa|Esosa, Ivie|Ivy, Omosede, Chioma, Ngozi, Adaeze|Ada, Funmilayo|Funmi,
Folake|Folakemi, Bukola|Bukky, Success, Happiness|Hapiness, Princess, Osasumwen|Osasu, Itohan|Itohan,
Efe, Uyi|Uyiosa, Loveth|Lovette, Peace"""
NGA_FAM = """Okafor, Okonkwo|Okonko, Adeyemi, Ogunleye, Osagie, Igbinedion|Igbinidion, Omoregie|Omoregbe|Omorogie,
Ehigiator, Nwosu, Eze|Ezeh, Obi, Balogun, Idahosa|Idahossa, Aigbe, Osayande, Uwaifo, Edobor, Ogbebor|Ogbeibor,
Okoro, Adewale, Ojo, Olaniyan, Chukwu, Iyamu, Izevbigie, Ogbonna, Okeke, Nnamdi, Osaghae, Imade"""
GHA_M = "Kwame, Kofi|Koffi, Kwabena, Kwaku, Yaw|Yao, Kojo|Kodjo, Kwesi|Kwasi, Emmanuel, Samuel, Isaac, Richard"
GHA_F = "Ama|Amma, Akosua, Abena, Efua, Adwoa|Adjoa, Afia|Afua, Gifty, Comfort, Mavis, Patience, Abigail"
GHA_FAM = "Mensah|Mensa, Boateng, Owusu, Asante, Osei, Agyeman|Agyemang, Appiah, Addo, Amoah, Darko, Ofori, Acheampong|Achiampong"

# ----------------------------------------------------------------- Romanian
ROU_M = """Ion|Ioan, Ionuț|Ionut, Andrei, Gheorghe|Georghe|George, Constantin|Costel, Florin, Marian, Mihai,
Alexandru|Alexandro, Adrian, Cristian|Cristi, Daniel, Nicolae|Nicolai, Vasile, Marius, Ștefan|Stefan,
Gabriel, Bogdan, Cătălin|Catalin, Sorin, Dumitru, Petru, Liviu, Costică|Costica, Fănel|Fanel"""
ROU_F = """Maria, Elena, Ionela, Andreea|Andrea, Alexandra, Mihaela, Ana, Florentina, Cristina, Gabriela, Ramona,
Nicoleta, Daniela, Denisa, Roxana, Larisa, Bianca, Alina, Georgiana, Loredana, Violeta, Florica"""
ROU_FAM = """Popescu, Ionescu, Stan, Dumitru, Stoica, Constantin, Rădulescu|Radulescu, Munteanu, Lăcătuș|Lacatus,
Căldăraru|Caldararu, Dinu, Vasile, Marin, Stanciu, Sandu, Tudor, Rusu, Ciobanu, Matei, Mihai, Lupu,
Dobre, Ene, Ursu, Florea, Barbu, Radu, Preda, Niculae, Zamfir, Mocanu, Stoian, Dragomir"""

# ----------------------------------------------------------------- Polish (surname stored in masculine form)
POL_M = """Piotr, Krzysztof|Krzystof, Tomasz, Paweł|Pawel, Michał|Michal, Marcin, Łukasz|Lukasz, Jan, Zbigniew,
Andrzej, Grzegorz, Mariusz, Adam, Dariusz, Kamil, Jakub, Sebastian, Rafał|Rafal, Wojciech, Artur, Robert"""
POL_F = """Anna, Katarzyna, Agnieszka, Magdalena, Małgorzata|Malgorzata, Joanna, Monika, Ewa, Aleksandra,
Justyna, Beata, Dorota, Marta, Karolina, Natalia"""
POL_FAM = """Nowak, Kowalski|Kowalsky, Wiśniewski|Wisniewski, Wójcik|Wojcik, Kamiński|Kaminski, Lewandowski,
Zieliński|Zielinski, Szymański|Szymanski, Woźniak|Wozniak, Dąbrowski|Dabrowski, Kozłowski|Kozlowski,
Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowski, Pawłowski|Pawlowski, Michalski,
Król|Krol, Wieczorek, Jabłoński|Jablonski, Wróbel|Wrobel, Majewski"""

# ----------------------------------------------------------------- Lithuanian (masculine form; feminised in code)
LTU_M = "Jonas, Tomas, Mindaugas, Darius, Andrius, Mantas, Vytautas|Vitautas, Giedrius, Paulius, Tadas, Rolandas, Saulius"
LTU_F = "Rasa, Ieva, Inga, Jurgita, Kristina, Agnė|Agne, Aistė|Aiste, Lina, Vilma, Greta, Rūta|Ruta"
LTU_FAM = """Kazlauskas, Jankauskas, Petrauskas, Stankevičius|Stankevicius, Vasiliauskas, Žukauskas|Zukauskas,
Butkus, Paulauskas, Urbonas, Kavaliauskas, Baranauskas, Navickas, Ramanauskas, Sakalauskas"""

# ----------------------------------------------------------------- Slovak / Czech Roma (feminised with -ová)
SVK_M = "Jozef|Josef|Joseph, Ján|Jan, Peter|Petr, Marek, Milan, Ladislav, Martin, Tomáš|Tomas, Dušan|Dusan, Štefan|Stefan, Roman, Vladimír|Vladimir"
SVK_F = "Mária|Maria, Monika, Jana, Zuzana, Lucia|Lucie, Veronika, Simona, Denisa, Renáta|Renata, Kristína|Kristina"
SVK_FAM = """Horváth|Horvath|Horvat, Lakatoš|Lakatos, Kováč|Kovac|Kovach, Oláh|Olah, Baláž|Balaz|Balazs, Rafael,
Gaži|Gazi, Pompa, Dužda|Duzda, Mižigár|Mizigar, Bandy|Bandi, Červeňák|Cervenak, Gabčo|Gabco, Kotlár|Kotlar,
Berky|Berki"""

# ----------------------------------------------------------------- Ukrainian (Cyrillic)
UKR_M = """Oleksandr|Aleksandr|Olexandr|Alexander=Олександр, Andriy|Andrii|Andrei|Andrey=Андрій,
Serhiy|Serhii|Sergiy|Sergei|Sergey=Сергій, Dmytro|Dmitro|Dmitriy|Dmitry=Дмитро, Yuriy|Yurii|Iurii|Yuri=Юрій,
Mykola|Mikola|Nikolai|Nikolay=Микола, Ivan=Іван, Volodymyr|Volodimir|Vladimir=Володимир, Maksym|Maxim|Maksim=Максим,
Vitaliy|Vitalii|Vitaly=Віталій, Bohdan|Bogdan=Богдан, Taras=Тарас, Oleh|Oleg=Олег, Vasyl|Vasil|Vasiliy=Василь"""
UKR_F = """Olena|Elena|Alena=Олена, Nataliia|Natalia|Nataliya|Natalya=Наталія, Iryna|Irina=Ірина,
Tetiana|Tetyana|Tatiana|Tatyana=Тетяна, Oksana|Oxana=Оксана, Yuliia|Yulia|Iuliia|Julia=Юлія, Anna|Hanna|Ganna=Анна,
Mariia|Maria|Mariya=Марія, Svitlana|Svetlana=Світлана, Kateryna|Katerina|Ekaterina=Катерина,
Viktoriia|Victoria|Viktoriya=Вікторія, Liudmyla|Lyudmila|Ludmila=Людмила"""
UKR_FAM = """Shevchenko|Shevchenco=Шевченко, Kovalenko|Kovalenco=Коваленко, Bondarenko=Бондаренко,
Tkachenko|Tkachenco=Ткаченко, Kravchenko=Кравченко, Melnyk|Melnik|Melnick=Мельник, Boyko|Boiko|Bojko=Бойко,
Kovalchuk|Kovalchuck|Kowalczuk=Ковальчук, Oliinyk|Oliynyk|Oleinik=Олійник, Shevchuk=Шевчук,
Polishchuk|Polischuk=Поліщук, Bondar=Бондар, Tkachuk=Ткачук, Marchenko=Марченко, Savchenko=Савченко,
Rudenko=Руденко, Petrenko=Петренко, Lysenko|Lisenko=Лисенко, Moroz=Мороз, Klymenko|Klimenko=Клименко"""

# ----------------------------------------------------------------- Filipino
PHL_M = "Jose, Mark, John Paul|Johnpaul, Juan, Ramon, Rodel, Jerome, Michael, Christian, Ronaldo|Ronald, Arnel"
PHL_F = """Maricel|Marisel, Rowena, Jocelyn|Joselyn, Analyn|Annalyn, Maria Cristina|Ma. Cristina|Cristina, Marites|Maritess,
Lorna, Rosalie, Jennifer, Mary Grace|Marygrace, Liza|Lisa, Divina, Marilou|Mary Lou, Gemma, Rachelle"""
PHL_FAM = """Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, dela Cruz|De La Cruz|Dela Cruz|Delacruz, Ramos, Aquino,
Villanueva, Flores, Castillo, Gonzales|Gonzalez, Torres, Rivera, Fernandez, Lopez, Navarro"""

# ----------------------------------------------------------------- South Sudanese (Dinka / Nuer)
SSD_M = """Deng|Dheng, Garang|Garrang, Majok|Majak, Akol|Akoll, Machar|Mashar, Bol|Boll, Mabior|Mabiour,
Malual|Maluel, Kuol|Kuoll, Dut|Duot, Ajak, Chol|Chuol, Lual, Gatluak|Gatloak, Makuei|Makwei, Manyang|Manyan,
Thon|Thoon, Ater|Atter, James, Peter, John"""
SSD_F = "Nyandeng|Nyadeng, Achol|Achool, Abuk|Abok, Ayen|Ayan, Nyibol|Nyiboll, Adut|Aduot, Nyakuoth|Nyakoth, Rebecca, Mary, Akuol|Akwol"

# ----------------------------------------------------------------- generic Western given names adopted as aliases
ENG_F = "Sandra, Linda, Jessica, Vanessa, Angel, Cindy, Tina, Nancy, Becky, Candy, Diamond, Kiki, Stella"
ENG_M = "Tony, Kevin, Jack, Mike, Alex, Sam, David, Frank, Leo, Max, Eddie, Ricky"

# ======================================================================== places
# nation -> list of places (variant groups, optional own-script)
PLACES = {
 'GBR': "London, Birmingham, Manchester, Liverpool, Leeds, Glasgow, Bradford, Sheffield, Bristol, Coventry, Nottingham, Leicester, Croydon, Luton, Wolverhampton, Edinburgh, Cardiff, Newcastle|Newcastle upon Tyne, Hull|Kingston upon Hull, Stoke|Stoke-on-Trent, Margate, Blackpool, Southend|Southend-on-Sea, Lambeth, Hackney",
 'JAM': "Kingston, Spanish Town, Montego Bay|Mobay, May Pen, Portmore",
 'ALB': "Tiranë|Tirana|Tirane, Durrës|Durres|Durazzo, Shkodër|Shkoder|Shkodra, Elbasan, Vlorë|Vlora|Vlore, Fier, Kukës|Kukes, Lezhë|Lezhe|Lezha, Berat, Korçë|Korce|Korca, Laç|Lac|Kurbin, Has, Tropojë|Tropoje|Tropoja, Pukë|Puke, Peshkopi|Dibër|Diber",
 'XKX': "Prishtinë|Pristina|Prishtina, Prizren, Pejë|Peja|Pec, Gjakovë|Gjakova, Mitrovicë|Mitrovica, Ferizaj|Urosevac",
 'VNM': "Nghệ An|Nghe An, Hà Tĩnh|Ha Tinh, Quảng Bình|Quang Binh, Hải Phòng|Hai Phong|Haiphong, Hà Nội|Ha Noi|Hanoi, Thanh Hóa|Thanh Hoa, Hồ Chí Minh|Ho Chi Minh City|Saigon|HCMC, Nam Định|Nam Dinh, Quảng Ninh|Quang Ninh, Hải Dương|Hai Duong, Thái Bình|Thai Binh",
 'CHN': "Fuzhou|Foochow=福州, Fujian|Fukien=福建, Changle=长乐, Wenzhou=温州, Guangzhou|Canton=广州, Shenyang=沈阳, Harbin=哈尔滨, Beijing|Peking=北京, Shanghai=上海, Chongqing|Chungking=重庆",
 'ERI': "Asmara|Asmera=ኣስመራ, Keren|Kerem=ከረን, Mendefera|Mendefra=መንደፈራ, Dekemhare|Dekamhare=ደቀምሓረ, Adi Keyh|Adi Keih=ዓዲ ቐይሕ, Barentu=ባረንቱ, Massawa|Mitsiwa=ምጽዋዕ, Tesseney|Teseney|Tessenei=ተሰነይ, Assab=ዓሰብ, Adi Quala|Adi Kuala=ዓዲ ቋላ",
 'ETH': "Addis Ababa|Addis Abeba|Addis=አዲስ አበባ, Mekelle|Mekele=መቐለ, Adama|Nazret|Nazareth=አዳማ, Jimma|Jima=ጅማ, Dire Dawa|Diredawa=ድሬዳዋ, Gondar|Gonder=ጎንደር, Bahir Dar|Bahar Dar=ባሕር ዳር, Hawassa|Awasa=ሀዋሳ, Dessie|Dese=ደሴ, Harar|Harer=ሐረር, Shashemene|Shashamane, Adigrat=ዓዲግራት",
 'SDN': "Khartoum|Al Khartum|Khartum=الخرطوم, Omdurman|Umm Durman=أم درمان, El Fasher|Al Fashir|Elfasher=الفاشر, Nyala|Niyala=نيالا, El Geneina|Al Junaynah|Geneina=الجنينة, Kassala|Kasala=كسلا, Port Sudan|Bur Sudan=بورتسودان, Zalingei|Zalinge=زالنجي, Kutum|Kotum=كتم, El Obeid|Al Ubayyid|Obeid=الأبيض, Wad Madani|Wad Medani=ود مدني, Tawila=طويلة",
 'SSD': "Juba, Wau, Malakal, Bor, Aweil|Aweel, Rumbek, Bentiu, Yei",
 'TCD': "N'Djamena|Ndjamena|N Djamena, Abéché|Abeche, Moundou, Adré|Adre",
 'AFG': "Kabul|Kaboul=کابل, Herat|Hirat=هرات, Kandahar|Qandahar=قندهار, Jalalabad|Jalal Abad=جلال‌آباد, Mazar-i-Sharif|Mazar-e Sharif|Mazar=مزار شریف, Kunduz|Kondoz=کندز, Ghazni|Ghazny=غزنی, Nangarhar|Ningarhar=ننگرهار, Helmand|Hilmand=هلمند, Logar=لوگر, Laghman|Lagman=لغمان, Baghlan=بغلان, Wardak|Maidan Wardak=وردک, Paktia|Paktiya=پکتیا, Khost|Khowst=خوست",
 'IRN': "Tehran|Teheran=تهران, Mashhad|Mashad=مشهد, Isfahan|Esfahan=اصفهان, Shiraz=شیراز, Tabriz=تبریز, Karaj=کرج, Ahvaz|Ahwaz=اهواز, Kermanshah|Kirmanshah=کرمانشاه, Sanandaj=سنندج, Urmia|Orumiyeh|Urumieh=ارومیه, Mahabad=مهاباد, Piranshahr=پیرانشهر, Marivan|Mariwan=مریوان, Saqqez|Saqez|Saqqiz=سقز, Baneh|Bana=بانه",
 'IRQ': "Sulaymaniyah|Sulaimani|Slemani|Suleimaniya=السليمانية, Erbil|Arbil|Hawler|Irbil=أربيل, Duhok|Dohuk|Dahuk=دهوك, Kirkuk|Kerkuk=كركوك, Ranya|Raniya=رانية, Halabja|Halabjah=حلبجة, Baghdad=بغداد, Mosul|Mosel=الموصل, Basra|Basrah=البصرة, Kalar|Kelar=كلار, Chamchamal|Chemchemal=جمجمال, Penjwen|Penjwin=بنجوين",
 'SYR': "Damascus|Dimashq=دمشق, Aleppo|Halab=حلب, Homs|Hims=حمص, Hama|Hamah=حماة, Idlib|Idleb=إدلب, Qamishli|Al-Qamishli|Kamishli=القامشلي, Hasakah|Al-Hasakah|Hassake=الحسكة, Kobani|Kobane|Ayn al-Arab=كوباني, Afrin|Efrin=عفرين, Deir ez-Zor|Deir Ezzor|Dayr az Zawr=دير الزور, Daraa|Deraa=درعا",
 'EGY': "Cairo|Al Qahirah=القاهرة, Alexandria|Al Iskandariyah=الإسكندرية, Giza|El Giza=الجيزة, Kafr El Sheikh|Kafr el-Sheikh|Kafr Elsheikh=كفر الشيخ, Mansoura|El Mansoura|Al Mansurah=المنصورة, Tanta=طنطا, Zagazig|Al Zagazig=الزقازيق, Asyut|Assiut|Asiut=أسيوط, Sohag|Suhag=سوهاج, Faiyum|Fayoum|El Fayoum=الفيوم, Minya|El Minya|Al Minya=المنيا, Sharqia|Sharkia|Al Sharqiya=الشرقية",
 'NGA': "Benin City|Benin, Lagos, Edo State|Edo, Abuja, Ibadan, Port Harcourt|Port-Harcourt|PH, Enugu, Onitsha, Owerri, Kano, Warri, Delta State|Delta, Kaduna, Aba, Uromi, Ekpoma",
 'GHA': "Accra, Kumasi, Tema, Takoradi|Sekondi-Takoradi, Tamale, Cape Coast",
 'ROU': "București|Bucuresti|Bucharest, Constanța|Constanta, Iași|Iasi, Cluj-Napoca|Cluj, Timișoara|Timisoara, Craiova, Galați|Galati, Brăila|Braila, Bacău|Bacau, Pitești|Pitesti, Târgu Jiu|Targu Jiu|Tirgu Jiu, Slatina, Călărași|Calarasi, Ploiești|Ploiesti, Suceava, Botoșani|Botosani, Vaslui",
 'POL': "Warszawa|Warsaw, Kraków|Krakow|Cracow, Łódź|Lodz, Wrocław|Wroclaw, Poznań|Poznan, Gdańsk|Gdansk, Szczecin, Bydgoszcz, Lublin, Białystok|Bialystok, Katowice, Rzeszów|Rzeszow, Olsztyn, Kielce",
 'LTU': "Vilnius, Kaunas, Klaipėda|Klaipeda, Šiauliai|Siauliai, Panevėžys|Panevezys, Alytus",
 'SVK': "Bratislava, Košice|Kosice, Prešov|Presov, Nitra, Michalovce, Trebišov|Trebisov, Lučenec|Lucenec, Rimavská Sobota|Rimavska Sobota, Spišská Nová Ves|Spisska Nova Ves",
 'UKR': "Kyiv|Kiev|Kyyiv=Київ, Kharkiv|Kharkov=Харків, Odesa|Odessa=Одеса, Dnipro|Dnepropetrovsk|Dnipropetrovsk=Дніпро, Lviv|Lvov=Львів, Zaporizhzhia|Zaporozhye|Zaporizhia=Запоріжжя, Mariupol=Маріуполь, Mykolaiv|Nikolaev=Миколаїв, Kherson=Херсон, Donetsk=Донецьк, Chernihiv|Chernigov=Чернігів",
 'IND': "Amritsar, Jalandhar|Jullundur, Ludhiana, Delhi|New Delhi, Mumbai|Bombay, Kolkata|Calcutta, Chennai|Madras, Hyderabad, Ahmedabad, Kerala, Tamil Nadu, Punjab, Gujarat, Hoshiarpur, Kapurthala",
 'PAK': "Lahore, Karachi, Islamabad, Rawalpindi|Pindi, Faisalabad|Lyallpur, Gujrat, Mirpur|Mirpur AJK, Jhelum, Sialkot, Peshawar, Multan, Gujranwala, Kotli",
 'BGD': "Dhaka|Dacca, Sylhet|Silet, Chittagong|Chattogram, Sunamganj|Sunamgonj, Moulvibazar|Maulvibazar, Comilla|Cumilla, Noakhali, Khulna, Rajshahi",
 'SOM': "Mogadishu|Muqdisho|Mogadiscio, Hargeisa|Hargeysa, Kismayo|Kismaayo|Chisimayu, Baidoa|Baydhabo, Beledweyne|Beledweyn|Beletweyne, Galkayo|Gaalkacyo, Bosaso|Boosaaso, Burao|Burco, Marka|Merca",
 'PHL': "Manila, Quezon City, Cebu|Cebu City, Davao|Davao City, Iloilo|Iloilo City, Pampanga, Batangas, Pangasinan, Cavite, Bacolod",
}
# a share of people are born outside their nationality (refugee camps, diaspora)
BORN_ELSEWHERE = {
 'ERI': [('SDN', "Shagarab|Shagrab|Shegerab, Khartoum|Khartum, Kassala"), ('ETH', "Mai Aini|Mai-Aini|Mai Ayni, Hitsats, Addis Ababa|Addis Abeba")],
 'AFG': [('IRN', "Tehran|Teheran, Mashhad|Mashad, Isfahan|Esfahan, Qom|Ghom"), ('PAK', "Peshawar, Quetta|Kwetta")],
 'SOM': [('ETH', "Jijiga|Jigjiga, Dire Dawa"), ('KEN', "Dadaab, Nairobi|Eastleigh")],
 'SSD': [('SDN', "Khartoum"), ('KEN', "Kakuma")],
 'SYR': [('IRQ', "Erbil|Arbil")],
 'GBR': [('NGA', "Lagos"), ('JAM', "Kingston"), ('PAK', "Mirpur")],
}

# ======================================================================== languages
LANGS = {
 'GBR': "English|ENGLISH|Eng", 'JAM': "English, Jamaican Patois|Patois",
 'ALB': "Albanian|Shqip|Albanian (Shqip)", 'XKX': "Albanian|Shqip, Serbian",
 'VNM': "Vietnamese|Viet", 'CHN': "Mandarin|Chinese (Mandarin)|Putonghua, Fuzhounese|Fujianese|Foochow|Min, Cantonese",
 'ERI': "Tigrinya|Tigrigna|Tigrinyan, Tigre|Tigré, Arabic", 'ETH': "Amharic|Amaharic, Oromo|Afaan Oromo|Oromiffa, Tigrinya|Tigrigna",
 'SDN': "Arabic|Sudanese Arabic|Arabic (Sudanese), Fur, Zaghawa, Masalit|Massalit", 'SSD': "Dinka|Jieng, Nuer, Juba Arabic|Arabic (Juba), English",
 'TCD': "Arabic|Chadian Arabic, French, Zaghawa", 'AFG': "Pashto|Pushto|Pashtu, Dari|Farsi (Dari)|Farsi, Hazaragi",
 'IRN': "Farsi|Persian|Farsi/Persian, Kurdish Sorani|Sorani|Kurdish (Sorani), Kurmanji|Kurdish (Kurmanji), Azeri",
 'IRQ': "Kurdish Sorani|Sorani|Kurdish (Sorani)|Kurdish, Arabic|Iraqi Arabic, Badini|Kurmanji",
 'SYR': "Arabic|Syrian Arabic, Kurmanji|Kurdish (Kurmanji)", 'EGY': "Arabic|Egyptian Arabic",
 'NGA': "English, Pidgin|Pidgin English|Nigerian Pidgin, Edo|Bini, Yoruba, Igbo|Ibo", 'GHA': "English, Twi|Akan, Ga",
 'ROU': "Romanian|Romana|Rumanian, Romani|Romanes", 'POL': "Polish|Polski", 'LTU': "Lithuanian, Russian",
 'SVK': "Slovak|Slovakian, Romani|Romanes", 'UKR': "Ukrainian, Russian", 'IND': "Punjabi|Panjabi, Hindi, Gujarati, Tamil, Malayalam",
 'PAK': "Urdu, Punjabi|Panjabi, Pahari|Mirpuri, Pashto", 'BGD': "Bengali|Bangla, Sylheti", 'SOM': "Somali|Somalian",
 'PHL': "Tagalog|Filipino, English, Cebuano|Bisaya|Visayan",
}
KURDISH_LANGS = "Kurdish Sorani|Sorani|Kurdish (Sorani)|Kurdish, Kurmanji|Kurdish (Kurmanji)|Badini"


# ======================================================================
#                              GENERATOR
# ======================================================================
import argparse
import csv
import datetime as dt
import random
import sys
import unicodedata

# ----------------------------------------------------------- rates (see README)
START_YEAR, END_YEAR = 2015, 2024
END_DATE = dt.date(END_YEAR, 12, 31)
YEAR_WEIGHTS = [(2015, 3), (2016, 4), (2017, 5), (2018, 7), (2019, 9), (2020, 9),
                (2021, 11), (2022, 15), (2023, 16), (2024, 15)]
RECORDS_PER_PERSON = [(1, 44), (2, 27), (3, 16), (4, 8), (5, 5)]
UNIT_TYPES = [('single', 86.0), ('siblings', 5.5), ('twins', 1.2),
              ('parent_child', 2.5), ('namesake', 4.8)]
RECORD_TYPE_W = [('NRM', 30), ('POL', 26), ('LA', 16), ('NGO', 22), ('DTN', 6)]
P_OTHER_REGION = 0.20        # a record is made in another region (moved / dispersed)
P_SAME_ORG_REPEAT = 0.10     # accept a second record from an org already used
P_DUP_ENTRY = 0.03           # same org keys the same person twice (re-keyed)
P_ALIAS_PERSON = 0.14        # person has at least one alias
P_ALIAS_AS_PRIMARY = 0.15    # record filed under the person's false identity
P_SWAP = 0.03                # forename / surname swapped (any culture)
P_TYPO_FIELD = 0.035         # a name field gets one keyboard / phonetic typo
P_TITLE = 0.01               # "Mr", "Miss", ... left in the forename field
P_WHITESPACE = 0.015         # double / trailing spaces, stray punctuation
P_SCRIPT_NAME = 0.03         # names written in own script (x org multiplier)
P_SCRIPT_ALIAS = 0.05        # own-script name put in the alias column
P_MOJIBAKE = 0.004           # UTF-8 read as cp1252 on a non-ASCII name
P_QMARK = 0.004              # non-ASCII letters replaced by '?'
P_LOWER = 0.02               # a whole name typed in lower case
P_GENDER_FLIP = 0.008
P_GENDER_BLANK = 0.03
P_TRANS = 0.004              # person whose gender identity differs from recorded sex
P_NAT_BLANK = 0.04
P_NAT_NK = 0.01
P_NAT_MISSPELL = 0.02
P_PERSON_ALT_NAT = 0.08      # person sometimes recorded with a neighbouring nationality
P_ALT_NAT_RECORD = 0.35      # ... in this share of their records
P_KURDISH_AS_NAT = 0.10      # Kurdish person's nationality written as "Kurdish"
P_DUAL_GBR = 0.04            # UK nationals with a second nationality
P_DUAL_SHOWN = 0.6
P_DOB_DM_SWAP = 0.02
P_DOB_DIGIT_TYPO = 0.01
P_DOB_PLACEHOLDER = 0.004    # 01/01/1900, 01/01/1970 or the record date itself
P_DOB_REESTIMATE = 0.20      # estimated DOB re-estimated differently on this record
P_ETH_CALENDAR = 0.03        # Ethiopian-calendar year (−7/−8) on ERI/ETH estimated DOBs
P_PERSIAN_CALENDAR = 0.01    # Solar Hijri year (−621) on AFG/IRN estimated DOBs
P_AGE_DISPUTE = 0.35         # undocumented 16-23 year olds whose age is disputed
P_MAIDEN = 0.05              # adult women (Latin-script cultures) with a former surname
P_MALE_FORM_ERR = 0.05       # Polish/Slovak/Lithuanian woman recorded with male surname form
P_MUHAMMAD_DROP = 0.20
P_MUHAMMAD_ABBR = 0.08
P_HO_SECOND = 0.03           # person has two Home Office references
P_NOTES = 0.10

# ----------------------------------------------------------- helpers
def wchoice(rng, pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


class Pool:
    __slots__ = ('entries', 'cum')

    def __init__(self, text, s=0.85, weights=None):
        self.entries = []
        for item in text.replace('\n', ',').split(','):
            item = item.strip()
            if not item:
                continue
            if '=' in item:
                lat, scr = item.split('=', 1)
            else:
                lat, scr = item, ''
            vs = tuple(x.strip() for x in lat.split('|') if x.strip())
            self.entries.append((vs, scr.strip()))
        self.cum = []
        t = 0.0
        for i in range(len(self.entries)):
            t += weights[i] if weights else 1.0 / (i + 1) ** s
            self.cum.append(t)

    def pick(self, rng, pref0=0.7):
        vs, scr = rng.choices(self.entries, cum_weights=self.cum)[0]
        pref = 0 if (len(vs) == 1 or rng.random() < pref0) else rng.randrange(len(vs))
        return Tok(vs, scr, pref)


class Tok:
    __slots__ = ('v', 's', 'pref')

    def __init__(self, v, s='', pref=0):
        self.v, self.s, self.pref = tuple(v), s, pref

    def copy(self):
        return Tok(self.v, self.s, self.pref)

    def canon(self):
        return self.v[self.pref]


def lit(s):
    return Tok((s,), '', 0)


SPECIAL_FOLD = {'đ': 'd', 'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'ı': 'i'}


def strip_dia(s):
    out = []
    for c in s:
        if c in SPECIAL_FOLD:
            out.append(SPECIAL_FOLD[c])
            continue
        o = ord(c)
        if o < 0x80 or not (o < 0x250 or 0x1E00 <= o <= 0x1EFF):
            out.append(c)
            continue
        d = unicodedata.normalize('NFKD', c)
        out.append(''.join(x for x in d if not unicodedata.combining(x)))
    return ''.join(out)


def is_latin(s):
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in s)


KEYB = {}
_rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
for _ri, _row in enumerate(_rows):
    for _ci, _ch in enumerate(_row):
        nb = []
        for dr in (-1, 0, 1):
            rr = _ri + dr
            if 0 <= rr < 3:
                for dc in (-1, 0, 1):
                    cc = _ci + dc
                    if (dr or dc) and 0 <= cc < len(_rows[rr]):
                        nb.append(_rows[rr][cc])
        KEYB[_ch] = ''.join(nb)
PHONETIC = [('ph', 'f'), ('f', 'ph'), ('ee', 'i'), ('i', 'ee'), ('ou', 'u'), ('u', 'ou'), ('k', 'c'),
            ('c', 'k'), ('y', 'i'), ('i', 'y'), ('sh', 's'), ('kh', 'k'), ('gh', 'g'), ('th', 't'),
            ('a', 'e'), ('e', 'a'), ('o', 'u'), ('w', 'v'), ('v', 'w'), ('q', 'k'), ('z', 's'), ('j', 'g')]


def typo(s, rng):
    if len(s) < 3 or not is_latin(s):
        return s
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 3:
        return s
    op = rng.random()
    i = rng.choice(letters[1:]) if rng.random() < 0.85 else letters[0]
    c = s[i]
    if op < 0.22:                                   # deletion
        return s[:i] + s[i + 1:]
    if op < 0.40:                                   # doubling
        return s[:i] + c + s[i:]
    if op < 0.58 and i + 1 < len(s) and s[i + 1].isalpha():   # transposition
        return s[:i] + s[i + 1] + c + s[i + 2:]
    if op < 0.80:                                   # adjacent key
        lc = c.lower()
        if lc in KEYB:
            n = rng.choice(KEYB[lc])
            n = n.upper() if c.isupper() else n
            return s[:i] + n + s[i + 1:]
        return s
    # phonetic substitution
    low = s.lower()
    cand = [(a, b) for a, b in PHONETIC if a in low[1:]]
    if not cand:
        return s[:i] + s[i + 1:]
    a, b = rng.choice(cand)
    j = low.find(a, 1)
    rep = b if not s[j].isupper() else b.capitalize()
    return s[:j] + rep + s[j + len(a):]


def mojibake(s):
    try:
        return s.encode('utf-8').decode('cp1252', errors='replace')
    except Exception:
        return s


def qmark(s):
    return ''.join(c if ord(c) < 128 else '?' for c in s)


# ----------------------------------------------------------- countries
# iso3: (country name, demonym, iso2, alternative labels, misspellings, NRM-like weight)
COUNTRIES = {
 'GBR': ('United Kingdom', 'British', 'GB', ['UK', 'U.K.', 'England', 'English', 'Scottish', 'Welsh', 'Great Britain', 'British Citizen'], ['Brittish', 'Britsh', 'Unted Kingdom'], 26.0),
 'ALB': ('Albania', 'Albanian', 'AL', ['Republic of Albania', 'Albania (ALB)'], ['Albainian', 'Albanain', 'Albanien', 'Albenian'], 14.0),
 'ERI': ('Eritrea', 'Eritrean', 'ER', ['State of Eritrea'], ['Eritrian', 'Erithrean', 'Eriterian', 'Eritirean'], 6.0),
 'VNM': ('Vietnam', 'Vietnamese', 'VN', ['Viet Nam', 'Socialist Republic of Vietnam'], ['Vietnamise', 'Vietnemese', 'Vietnamesse', 'Vietnamees'], 6.0),
 'SDN': ('Sudan', 'Sudanese', 'SD', ['Republic of the Sudan', 'North Sudan'], ['Sudanease', 'Soudan', 'Sudaneese'], 5.0),
 'AFG': ('Afghanistan', 'Afghan', 'AF', ['Afghani', 'Islamic Republic of Afghanistan'], ['Afganistan', 'Afgan', 'Afghanistani', 'Afghanstan'], 4.0),
 'IRN': ('Iran', 'Iranian', 'IR', ['Iran (Islamic Republic of)', 'Persian', 'Islamic Republic of Iran'], ['Irani', 'Iranain', 'Irainian'], 3.5),
 'IRQ': ('Iraq', 'Iraqi', 'IQ', ['Iraqi Kurdish', 'Iraq (KRG)', 'Kurdistan Region of Iraq'], ['Irak', 'Iraki', 'Iraqui'], 3.5),
 'ROU': ('Romania', 'Romanian', 'RO', ['Roumania', 'ROM'], ['Romainian', 'Rumanian', 'Romanain'], 3.0),
 'NGA': ('Nigeria', 'Nigerian', 'NG', ['Federal Republic of Nigeria'], ['Nigerien', 'Nigirian', 'Nigeran'], 2.5),
 'IND': ('India', 'Indian', 'IN', ['Republic of India'], ['Indain'], 2.5),
 'ETH': ('Ethiopia', 'Ethiopian', 'ET', ['Federal Democratic Republic of Ethiopia'], ['Ethopian', 'Etheopian', 'Ethiopain'], 2.0),
 'EGY': ('Egypt', 'Egyptian', 'EG', ['Arab Republic of Egypt'], ['Egyption', 'Egiptian'], 2.0),
 'CHN': ('China', 'Chinese', 'CN', ["People's Republic of China", 'PRC', 'China (PRC)', 'China, PR'], ['Chinease', 'Chinise'], 2.0),
 'PAK': ('Pakistan', 'Pakistani', 'PK', ['Islamic Republic of Pakistan'], ['Pakistain', 'Pakastani', 'Pakistini'], 1.5),
 'POL': ('Poland', 'Polish', 'PL', ['Republic of Poland'], ['Polland', 'Polnish'], 1.5),
 'BGD': ('Bangladesh', 'Bangladeshi', 'BD', ["People's Republic of Bangladesh"], ['Bangaldeshi', 'Bangledeshi'], 1.0),
 'SOM': ('Somalia', 'Somali', 'SO', ['Somalian', 'Somaliland', 'Federal Republic of Somalia'], ['Somalie', 'Somolian'], 1.0),
 'SYR': ('Syria', 'Syrian', 'SY', ['Syrian Arab Republic'], ['Syrain', 'Siria'], 1.0),
 'UKR': ('Ukraine', 'Ukrainian', 'UA', ['The Ukraine'], ['Ukranian', 'Ukrainain', 'Ukrainien'], 1.0),
 'PHL': ('Philippines', 'Filipino', 'PH', ['Filipina', 'Philippine', 'Republic of the Philippines'], ['Phillipines', 'Philipino', 'Phillipino'], 0.8),
 'LTU': ('Lithuania', 'Lithuanian', 'LT', ['Republic of Lithuania'], ['Lithuanain', 'Lithunian'], 0.7),
 'SVK': ('Slovakia', 'Slovak', 'SK', ['Slovakian', 'Slovak Republic'], ['Slovakain', 'Slovac'], 0.7),
 'GHA': ('Ghana', 'Ghanaian', 'GH', ['Republic of Ghana'], ['Ghanian', 'Ghanain'], 0.7),
 'XKX': ('Kosovo', 'Kosovan', 'XK', ['Kosovar', 'Kosova', 'Republic of Kosovo'], ['Kosavan', 'Kosovian'], 0.5),
 'TCD': ('Chad', 'Chadian', 'TD', ['Republic of Chad', 'Tchad'], ['Chadien'], 0.5),
 'SSD': ('South Sudan', 'South Sudanese', 'SS', ['S. Sudan', 'Republic of South Sudan'], ['South Sudanease'], 0.4),
 'JAM': ('Jamaica', 'Jamaican', 'JM', [], ['Jamacian', 'Jamiacan'], 0.4),
 'IRL': ('Ireland', 'Irish', 'IE', ['Republic of Ireland', 'Eire'], [], 0.0),
 'KEN': ('Kenya', 'Kenyan', 'KE', [], [], 0.0),
}
NAT_WEIGHTS = [(k, v[5]) for k, v in COUNTRIES.items() if v[5] > 0]

NAT_CULTURE = {
 'GBR': [('uk', 82), ('pak', 5), ('bgd', 2), ('nga', 3), ('gha', 1), ('ind', 2), ('som', 2), ('ara_syr', 1), ('vie', 1), ('pol', 1)],
 'JAM': [('uk', 1)], 'ALB': [('alb', 1)], 'XKX': [('alb', 1)], 'VNM': [('vie', 1)], 'CHN': [('chn', 1)],
 'ERI': [('eri', 1)], 'ETH': [('eth', 82), ('eri', 12), ('som', 6)], 'SOM': [('som', 1)],
 'SDN': [('ara_sdn', 1)], 'TCD': [('ara_sdn', 1)], 'SSD': [('ssd', 1)],
 'EGY': [('ara_egy', 1)], 'IRQ': [('kur', 78), ('ara_irq', 22)], 'SYR': [('ara_syr', 70), ('kur', 30)],
 'IRN': [('per', 75), ('kur_irn', 25)], 'AFG': [('afg', 1)], 'PAK': [('pak', 1)], 'BGD': [('bgd', 1)],
 'IND': [('ind', 1)], 'NGA': [('nga', 1)], 'GHA': [('gha', 1)], 'ROU': [('rou', 1)], 'POL': [('pol', 1)],
 'LTU': [('ltu', 1)], 'SVK': [('svk', 1)], 'UKR': [('ukr', 1)], 'PHL': [('phl', 1)],
}
MALE_SHARE = {'GBR': 0.62, 'ALB': 0.85, 'VNM': 0.75, 'ERI': 0.85, 'SDN': 0.95, 'AFG': 0.95, 'IRN': 0.85,
              'IRQ': 0.9, 'ROU': 0.6, 'NGA': 0.25, 'ETH': 0.7, 'EGY': 0.95, 'CHN': 0.6, 'POL': 0.75,
              'IND': 0.7, 'PAK': 0.8, 'BGD': 0.8, 'SOM': 0.7, 'SYR': 0.85, 'UKR': 0.4, 'LTU': 0.7,
              'SVK': 0.6, 'GHA': 0.5, 'PHL': 0.2, 'XKX': 0.8, 'TCD': 0.95, 'SSD': 0.85, 'JAM': 0.7}
CHILD_SHARE = {'GBR': 0.55, 'ALB': 0.35, 'VNM': 0.5, 'ERI': 0.45, 'SDN': 0.45, 'AFG': 0.55, 'IRN': 0.3,
               'IRQ': 0.4, 'ROU': 0.15, 'NGA': 0.25, 'ETH': 0.4, 'EGY': 0.5, 'CHN': 0.2, 'POL': 0.05,
               'IND': 0.1, 'PAK': 0.15, 'BGD': 0.1, 'SOM': 0.4, 'SYR': 0.35, 'UKR': 0.2, 'LTU': 0.1,
               'SVK': 0.2, 'GHA': 0.2, 'PHL': 0.05, 'XKX': 0.3, 'TCD': 0.4, 'SSD': 0.4, 'JAM': 0.4}
DOCUMENTED = {'GBR': 0.97, 'JAM': 0.9, 'ALB': 0.9, 'XKX': 0.9, 'ROU': 0.95, 'POL': 0.97, 'LTU': 0.97,
              'SVK': 0.95, 'UKR': 0.95, 'PHL': 0.9, 'VNM': 0.5, 'CHN': 0.6, 'NGA': 0.7, 'GHA': 0.75,
              'IND': 0.75, 'PAK': 0.7, 'BGD': 0.7, 'EGY': 0.75, 'IRN': 0.6, 'IRQ': 0.45, 'SYR': 0.55,
              'ERI': 0.35, 'ETH': 0.4, 'SDN': 0.3, 'SSD': 0.2, 'TCD': 0.2, 'SOM': 0.3, 'AFG': 0.25}
HO_REF_P = {'GBR': 0.0, 'JAM': 0.5, 'ROU': 0.25, 'POL': 0.2, 'LTU': 0.2, 'SVK': 0.2, 'UKR': 0.6}
HO_REF_DEFAULT = 0.85
HO_REF_MIGRANT = {'IND': 0.65, 'PAK': 0.65, 'BGD': 0.65, 'PHL': 0.65, 'NGA': 0.65, 'GHA': 0.65,
                  'CHN': 0.65, 'VNM': 0.7, 'ALB': 0.7, 'XKX': 0.7}
ALT_NAT = {'ERI': ['ETH'], 'ETH': ['ERI'], 'SDN': ['TCD', 'SSD'], 'TCD': ['SDN'], 'SSD': ['SDN'],
           'IRQ': ['IRN', 'SYR'], 'IRN': ['IRQ'], 'AFG': ['IRN', 'PAK'], 'ALB': ['XKX'], 'XKX': ['ALB'],
           'VNM': ['CHN'], 'SOM': ['ETH', 'KEN'], 'SYR': ['IRQ'], 'EGY': ['SDN']}
EXPLOIT = {
 'GBR': [('Criminal', 6), ('Sexual', 2), ('Labour', 1)], 'ALB': [('Labour', 3), ('Criminal', 3), ('Sexual', 2)],
 'VNM': [('Labour', 5), ('Criminal', 3), ('Sexual', 1)], 'NGA': [('Sexual', 5), ('Domestic servitude', 1), ('Labour', 1)],
 'PHL': [('Domestic servitude', 5), ('Labour', 2)], 'ROU': [('Labour', 4), ('Sexual', 3), ('Criminal', 1)],
 'POL': [('Labour', 6), ('Criminal', 1)], 'LTU': [('Labour', 5), ('Criminal', 1)], 'SVK': [('Labour', 4), ('Sexual', 2)],
 'CHN': [('Sexual', 3), ('Labour', 3)], 'IND': [('Labour', 5), ('Domestic servitude', 2)],
 'UKR': [('Labour', 3), ('Sexual', 2)], 'JAM': [('Criminal', 4), ('Sexual', 1)],
}
EXPLOIT_DEFAULT = [('Labour', 4), ('Unknown', 3), ('Sexual', 1), ('Criminal', 1)]
EXPLOIT_CODES = {
 'Labour': ['Labour', 'Labour exploitation', 'Forced labour', 'LAB', 'labour'],
 'Sexual': ['Sexual', 'Sexual exploitation', 'SEX', 'Sexual Exploitation'],
 'Criminal': ['Criminal', 'Criminal exploitation', 'Criminal (County Lines)', 'CRIM', 'County lines'],
 'Domestic servitude': ['Domestic servitude', 'Domestic Servitude', 'DS', 'Domestic'],
 'Unknown': ['Unknown', 'Not known', 'Not specified', ''],
}
REGIONS = [('LON', 35), ('WM', 13), ('NW', 13), ('SCO', 8), ('SE', 18), ('YH', 13)]

# ----------------------------------------------------------- cultures
def _pool(text, s=0.62, weights=None):
    return Pool(text, s, weights)


MUHAMMAD_PAK = Tok(('Muhammad', 'Mohammad', 'Mohammed', 'Muhammed'), 'محمد', 0)
MUHAMMAD_BGD = Tok(('Mohammed', 'Md', 'Mohammad', 'Muhammad', 'Md.'), '', 0)

CULT = {}


def _c(key, style, m, f, fam=None, pvar=0.1, pref0=0.75, middle=0.0, script=False, **kw):
    d = dict(style=style, m=_pool(m), f=_pool(f), fam=_pool(fam) if fam else None, pvar=pvar,
             pref0=pref0, middle=middle, script=script)
    d.update(kw)
    CULT[key] = d


_c('uk', 'western', UK_M, UK_F, UK_FAM, pvar=0.05, pref0=0.97, middle=0.6)
_c('alb', 'western', ALB_M, ALB_F, ALB_FAM, pvar=0.10, pref0=0.85, middle=0.05, father=True)
_c('vie', 'viet', VIE_M, VIE_F, pvar=0.06, pref0=0.9)
CULT['vie']['m'], CULT['vie']['f'] = Pool(VIE_M, s=0.8), Pool(VIE_F, s=0.8)
CULT['vie']['fam'] = Pool(VIE_FAM, weights=VIE_FAM_W)
CULT['vie']['mid_m'] = Pool(VIE_MID_M, weights=VIE_MID_M_W)
CULT['vie']['mid_f'] = Pool(VIE_MID_F, weights=VIE_MID_F_W)
_c('chn', 'chn', CHN_M, CHN_F, CHN_FAM, pvar=0.10, pref0=0.85, script=True)
_c('eri', 'patr', ERI_M, ERI_F, pvar=0.28, pref0=0.6, script=True)
_c('eth', 'patr', ETH_M, ETH_F, pvar=0.25, pref0=0.65, script=True)
_c('som', 'patr', SOM_M, SOM_F, pvar=0.30, pref0=0.55)
_c('ssd', 'patr', SSD_M, SSD_F, pvar=0.22, pref0=0.7)
_c('ara_sdn', 'arab', ARA_M, ARA_F, None, pvar=0.30, pref0=0.55, script=True, fam_p=0.0)
_c('ara_egy', 'arab', ARA_M, ARA_F, ARA_FAM_EGY, pvar=0.28, pref0=0.6, script=True, fam_p=0.55)
_c('ara_irq', 'arab', ARA_M, ARA_F, ARA_FAM_IRQ, pvar=0.30, pref0=0.55, script=True, fam_p=0.45)
_c('ara_syr', 'arab', ARA_M, ARA_F, ARA_FAM_SYR, pvar=0.28, pref0=0.6, script=True, fam_p=0.75)
_c('kur', 'kurd', KUR_M, KUR_F, KUR_FAM, pvar=0.28, pref0=0.6, script=True)
_c('kur_irn', 'pers', KUR_M, KUR_F, PER_FAM, pvar=0.25, pref0=0.6, script=True)
_c('per', 'pers', PER_M, PER_F, PER_FAM, pvar=0.25, pref0=0.6, script=True)
_c('afg', 'afg', AFG_M, AFG_F, AFG_FAM, pvar=0.30, pref0=0.55, script=True, fam_p=0.55)
_c('pak', 'sasia', PAK_M, PAK_F, PAK_FAM, pvar=0.20, pref0=0.7, script=True, muh=MUHAMMAD_PAK, fam_p=0.92)
_c('bgd', 'sasia', BGD_M, BGD_F, BGD_FAM, pvar=0.20, pref0=0.7, muh=MUHAMMAD_BGD, fam_p=0.95,
   fam_f=_pool(BGD_FAM_F))
_c('ind', 'ind', IND_M, IND_F, IND_FAM, pvar=0.12, pref0=0.8)
_c('nga', 'western', NGA_M, NGA_F, NGA_FAM, pvar=0.10, pref0=0.8, middle=0.45)
_c('gha', 'western', GHA_M, GHA_F, GHA_FAM, pvar=0.10, pref0=0.8, middle=0.45)
_c('rou', 'western', ROU_M, ROU_F, ROU_FAM, pvar=0.06, pref0=0.9, middle=0.2)
_c('pol', 'western', POL_M, POL_F, POL_FAM, pvar=0.06, pref0=0.9, middle=0.1, gendered='pol')
_c('ltu', 'western', LTU_M, LTU_F, LTU_FAM, pvar=0.06, pref0=0.9, middle=0.05, gendered='ltu')
_c('svk', 'western', SVK_M, SVK_F, SVK_FAM, pvar=0.08, pref0=0.85, middle=0.1, gendered='svk')
_c('ukr', 'western', UKR_M, UKR_F, UKR_FAM, pvar=0.22, pref0=0.6, middle=0.05, script=True)
_c('phl', 'western', PHL_M, PHL_F, PHL_FAM, pvar=0.05, pref0=0.9, middle=0.5)
ARA_M_POOL = CULT['ara_sdn']['m']
KUR_FATHER = _pool(KUR_FAM)
ENG_F_POOL, ENG_M_POOL = _pool(ENG_F), _pool(ENG_M)
UK_NICK_POOL = _pool(UK_NICK)
# English names adopted by Vietnamese / Chinese people (nail bars, brothels, work names)
ASIA_ENG_F = _pool("Jenny, Lily, Anna, Kim, Vicky, Lucy, Tina, Amy, Coco, Kelly, Annie, Vivian, Mandy, Cindy, Linda")
ASIA_ENG_M = _pool("Tony, Kevin, Peter, David, Sam, Jimmy, Danny, John, Jack, Eric, Alan, Andy, Michael")
PLACE_POOLS = {k: _pool(v, s=0.6) for k, v in PLACES.items()}
ELSEWHERE_POOLS = {k: [(c, _pool(t, s=0.5)) for c, t in v] for k, v in BORN_ELSEWHERE.items()}
LANG_POOLS = {k: _pool(v, s=2.2) for k, v in LANGS.items()}
KURD_LANG_POOL = _pool(KURDISH_LANGS, s=1.5)
SCRIPT_CULTURES = {'chn', 'eri', 'eth', 'ara_sdn', 'ara_egy', 'ara_irq', 'ara_syr', 'kur', 'kur_irn',
                   'per', 'afg', 'pak', 'ukr'}


def feminise(tok, kind, married):
    def f(v):
        if kind == 'pol':
            for a, b in (('dzki', 'dzka'), ('ski', 'ska'), ('cki', 'cka'), ('sky', 'ska')):
                if v.endswith(a):
                    return v[:-len(a)] + b
            return v
        if kind == 'ltu':
            for a, mar, unm in (('as', 'ienė', 'aitė'), ('is', 'ienė', 'ytė'), ('us', 'ienė', 'ūtė')):
                if v.endswith(a):
                    return v[:-len(a)] + (mar if married else unm)
            return v
        if kind == 'svk':
            if v.endswith('y') or v.endswith('i'):
                return v + 'ová' if v.endswith('i') else v[:-1] + 'ová'
            if v.endswith('a') or v.endswith('o'):
                return v[:-1] + 'ová'
            return v + 'ová'
        return v
    return Tok(tuple(dict.fromkeys(f(v) for v in tok.v)), tok.s, min(tok.pref, len(set(f(v) for v in tok.v)) - 1))


# ----------------------------------------------------------- organisations
def _org(key, name, typ, rtype, idf, date, gender, nat, **kw):
    d = dict(key=key, name=name, type=typ, rtype=rtype, idf=idf, date=date, gender=gender, nat=nat,
             region=None, ages='any', case='title', single=0.02, alias=0.5, ho=0.3, lang=0.3, pob=0.3,
             pob_style='city', age=False, est='YN', dob_blank=0.04, keep_dia=0.1, script=1.0,
             middle=0.6, anon=0.0, first_only=0.0, full_only=True, sur_blank=['', 'UNKNOWN'],
             dob_unknown=[''], notes=True)
    d.update(kw)
    return d


ORGS = [
 _org('SCA', 'Home Office - Single Competent Authority', 'NRM', 'NRM referral', 'NRM{yy}-{seq:06d}', 'dmy', 'word',
      'country', alias=0.6, ho=0.85, lang=0.8, pob=0.6, pob_style='city, country', dob_blank=0.03, keep_dia=0.05,
      script=0.6, middle=0.7, sur_blank=['', 'Unknown', 'Not known']),
 _org('DTN', 'Home Office - Duty to Notify', 'DTN', 'Duty to Notify', 'DTN/{yyyy}/{seq:05d}', 'iso', 'MF', 'iso3',
      ages='adult', case='upper', alias=0.2, ho=0.6, lang=0.3, pob=0.0, age=True, est='', dob_blank=0.35,
      keep_dia=0.0, script=0.0, middle=0.3, anon=0.5, sur_blank=['']),
 _org('MPS', 'Metropolitan Police Service', 'POL', 'Crime report', 'CRIS {seq:07d}/{yy}', 'dmy', 'MF', 'demonym',
      region='LON', case='upper_sur', single=0.05, alias=0.8, ho=0.3, lang=0.3, pob=0.5, est='flag',
      dob_blank=0.05, keep_dia=0.03, script=0.3, sur_blank=['', 'UNKNOWN', 'NFN']),
 _org('WMP', 'West Midlands Police', 'POL', 'Intelligence log', 'WMP-{yy}-{seq:06d}', 'dmy2', 'MFU', 'country',
      region='WM', case='upper', single=0.5, alias=0.7, ho=0.2, lang=0.1, pob=0.3, est='', dob_blank=0.06,
      keep_dia=0.0, script=0.1, sur_blank=['UNKNOWN', 'XXX']),
 _org('GMP', 'Greater Manchester Police', 'POL', 'Crime report', 'GMP{seq:08d}', 'iso', 'word', 'mixed',
      region='NW', single=0.03, alias=0.7, ho=0.25, lang=0.2, pob=0.4, est='bool', keep_dia=0.1, script=0.4),
 _org('PSC', 'Police Scotland', 'POL', 'Crime report', 'PS-{yyyy}-{seq:06d}', 'dmy_dot', 'word', 'demonym',
      region='SCO', case='upper_sur', single=0.02, alias=0.6, ho=0.2, lang=0.4, pob=0.6, est='YN', keep_dia=0.1),
 _org('KNT', 'Kent Police', 'POL', 'Crime report', 'KP/{seq:06d}/{yy}', 'dmon', 'MF', 'country',
      region='SE', case='upper_sur', alias=0.6, ho=0.4, lang=0.3, pob=0.3, est='YN', keep_dia=0.05),
 _org('WYP', 'West Yorkshire Police', 'POL', 'Safeguarding referral', '13{seq:08d}', 'dmy', 'num', 'iso2',
      region='YH', case='upper', single=0.1, alias=0.5, ho=0.2, lang=0.2, pob=0.2, est='10', keep_dia=0.0,
      sur_blank=['', 'NK']),
 _org('KCC', "Kent County Council Children's Services", 'LA', 'UASC / child safeguarding', 'KCC-CS-{seq:06d}', 'dmy',
      'boygirl', 'demonym', region='SE', ages='child', alias=0.5, ho=0.7, lang=0.9, pob=0.5, age=True, est='text',
      dob_blank=0.01, keep_dia=0.1, script=1.0),
 _org('CRY', 'London Borough of Croydon - UASC Team', 'LA', 'UASC referral', 'CR{seq:07d}', 'dmy', 'MF', 'country',
      region='LON', ages='child', alias=0.4, ho=0.7, lang=0.8, pob=0.4, age=True, est='text', dob_blank=0.01),
 _org('BCC', 'Birmingham City Council', 'LA', 'MASH referral', 'BCC{seq:06d}', 'iso', 'num', 'iso3', region='WM',
      alias=0.3, ho=0.4, lang=0.6, pob=0.1, est='YN', dob_blank=0.03, keep_dia=0.0),
 _org('MCC', 'Manchester City Council - Safeguarding', 'LA', 'Safeguarding adults/children', 'MCC/SG/{seq:05d}', 'dmy',
      'word', 'country', region='NW', alias=0.4, ho=0.4, lang=0.6, pob=0.2, age=True, est='yesno'),
 _org('GCC', 'Glasgow City HSCP', 'LA', 'Adult/child protection', 'GCH{seq:06d}', 'dmy_nz', 'word', 'demonym',
      region='SCO', alias=0.4, ho=0.5, lang=0.7, pob=0.3, est='YN', keep_dia=0.2),
 _org('LCC', 'Leeds City Council', 'LA', 'Safeguarding referral', 'LCC-{seq:06d}', 'dmon', 'MF', 'country',
      region='YH', alias=0.3, ho=0.3, lang=0.5, pob=0.2, est='YN'),
 _org('HLS', 'Harbour Light Safehouses', 'NGO', 'Safehouse case file', 'HL-{yyyy}-{seq:04d}', 'text', 'lower', 'free',
      ages='adult', case='asis', single=0.03, alias=0.9, ho=0.5, lang=0.9, pob=0.7, est='yesno', dob_blank=0.05,
      keep_dia=0.45, script=2.5, full_only=False, sur_blank=['', 'unknown']),
 _org('NFT', 'Northern Freedom Trust', 'NGO', 'Outreach case', 'NFT{seq:05d}', 'excel_mix', 'MF', 'country',
      ages='any', single=0.15, alias=0.6, ho=0.3, lang=0.6, pob=0.3, est='YN', dob_blank=0.08, keep_dia=0.2,
      full_only=False),
 _org('PVC', 'Pathways Victim Care', 'NGO', 'MSVCC support case', 'PVC-{seq:06d}', 'dmon', 'word', 'demonym',
      ages='adult', alias=0.7, ho=0.6, lang=0.8, pob=0.5, est='YN', dob_blank=0.03, keep_dia=0.25, script=1.5),
 _org('BWY', 'Bridgeway Youth Advocacy', 'NGO', 'ICTG-style advocacy case', 'BY{yy}{seq:05d}', 'mdy', 'MF', 'free',
      ages='child', case='asis', alias=0.6, ho=0.5, lang=0.8, pob=0.4, age=True, est='flag', dob_blank=0.03,
      keep_dia=0.3, script=1.5, full_only=False),
 _org('SSL', 'Slavery Support Line', 'NGO', 'Helpline call', 'SSL-{seq:07d}', 'iso', 'word', 'free',
      case='asis', single=0.25, alias=0.4, ho=0.05, lang=0.5, pob=0.1, age=True, est='', dob_blank=0.6,
      keep_dia=0.1, first_only=0.35, full_only=False, sur_blank=['', 'not given', '?'], notes=False),
]
ORG_BY_TYPE = {}
for _o in ORGS:
    ORG_BY_TYPE.setdefault(_o['type'], []).append(_o)

MON = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
EXCEL0 = dt.date(1899, 12, 30)


def fmt_date(d, style, rng):
    if style == 'excel_mix':
        style = 'excel' if rng.random() < 0.15 else 'dmy'
    if style == 'dmy':
        return '%02d/%02d/%04d' % (d.day, d.month, d.year)
    if style == 'dmy_nz':
        return '%d/%d/%04d' % (d.day, d.month, d.year)
    if style == 'dmy2':
        return '%02d/%02d/%02d' % (d.day, d.month, d.year % 100)
    if style == 'iso':
        return '%04d-%02d-%02d' % (d.year, d.month, d.day)
    if style == 'dmon':
        return '%02d-%s-%04d' % (d.day, MON[d.month], d.year)
    if style == 'dmy_dot':
        return '%02d.%02d.%04d' % (d.day, d.month, d.year)
    if style == 'text':
        return '%d %s %04d' % (d.day, MONTHS[d.month], d.year)
    if style == 'mdy':
        return '%02d/%02d/%04d' % (d.month, d.day, d.year)
    if style == 'excel':
        return str((d - EXCEL0).days)
    return d.isoformat()


def fmt_month_year(y, m, style, rng):
    if style in ('iso',):
        return '%04d-%02d' % (y, m)
    if style in ('dmon', 'text'):
        return '%s %04d' % ((MON if style == 'dmon' else MONTHS)[m], y)
    return '%02d/%04d' % (m, y)


def safe_date(y, m, d):
    while True:
        try:
            return dt.date(y, m, d)
        except ValueError:
            d -= 1
            if d < 1:
                return dt.date(y, m, 1)


def add_years(d, n):
    return safe_date(d.year + n, d.month, d.day)


def age_on(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def rand_date_in_year(rng, y):
    return dt.date(y, 1, 1) + dt.timedelta(days=rng.randrange(365))


# ----------------------------------------------------------- person model
class Person:
    pass


def pick_given(rng, c, culture, gender, similar_to=None):
    pool = c['m'] if gender == 'M' else c['f']
    if culture == 'kur' and gender == 'M' and rng.random() < 0.3:
        pool = ARA_M_POOL
    for _ in range(30):
        t = pool.pick(rng, c['pref0'])
        if similar_to is None:
            return t
        if t.v[0] != similar_to.v[0] and t.v[0][0] == similar_to.v[0][0]:
            return t
    return pool.pick(rng, c['pref0'])


def male_pick(rng, c, culture):
    if culture == 'kur':
        return KUR_FATHER.pick(rng, c['pref0']) if rng.random() < 0.6 else c['m'].pick(rng, c['pref0'])
    return c['m'].pick(rng, c['pref0'])


def build_name(rng, p, culture, gender):
    """Return a structured name dict for a culture."""
    c = CULT[culture]
    st = c['style']
    n = dict(given=[], middle=[], family=[], father=[], grandfather=[], family_m=[], maiden=[])
    g = pick_given(rng, c, culture, gender)
    n['given'] = [g]
    if st in ('western',):
        if c['middle'] and rng.random() < c['middle']:
            mid = pick_given(rng, c, culture, gender)
            if mid.v[0] != g.v[0]:
                n['middle'] = [mid]
        fam = c['fam'].pick(rng, c['pref0'])
        n['family_m'] = [fam]
        if gender == 'F' and c.get('gendered'):
            fam = feminise(fam, c['gendered'], married=(p.age0 >= 25 and rng.random() < 0.6))
        n['family'] = [fam]
        if c.get('father'):
            n['father'] = [male_pick(rng, c, culture)]
    elif st == 'viet':
        n['family'] = [c['fam'].pick(rng, c['pref0'])]
        n['middle'] = [(c['mid_m'] if gender == 'M' else c['mid_f']).pick(rng, c['pref0'])]
        if rng.random() < 0.12:   # two-syllable given name, e.g. "Van Minh Tuan"
            n['middle'].append(pick_given(rng, c, culture, gender))
    elif st == 'chn':
        n['family'] = [c['fam'].pick(rng, c['pref0'])]
    elif st in ('patr', 'kurd', 'arab'):
        n['father'] = [male_pick(rng, c, culture)]
        gf = male_pick(rng, c, culture)
        while gf.v[0] == n['father'][0].v[0]:
            gf = male_pick(rng, c, culture)
        n['grandfather'] = [gf]
        if st == 'arab' and c['fam'] is not None and rng.random() < c.get('fam_p', 0):
            n['family'] = [c['fam'].pick(rng, c['pref0'])]
    elif st == 'pers':
        if culture == 'per' and gender == 'M' and rng.random() < 0.12:
            n['given'] = [c['m'].pick(rng, c['pref0']) if rng.random() < 0.5 else
                          Tok(('Mohammad', 'Mohammed', 'Mohamad'), 'محمد', 0), g]
        n['family'] = [c['fam'].pick(rng, c['pref0'])]
        n['father'] = [male_pick(rng, c, culture)]
    elif st == 'afg':
        if gender == 'M' and rng.random() < 0.1:
            n['given'] = [c['m'].pick(rng, c['pref0']), g]
        n['father'] = [male_pick(rng, c, culture)]
        if rng.random() < c['fam_p']:
            n['family'] = [c['fam'].pick(rng, c['pref0'])]
    elif st == 'sasia':
        if gender == 'M' and rng.random() < 0.38:
            n['given'] = [c['muh'].copy(), g]
        if rng.random() < 0.25:
            n['middle'] = [pick_given(rng, c, culture, gender)]
        if rng.random() < c['fam_p']:
            if gender == 'F' and c.get('fam_f') is not None and rng.random() < 0.6:
                n['family'] = [c['fam_f'].pick(rng, c['pref0'])]
            else:
                n['family'] = [c['fam'].pick(rng, c['pref0'])]
        n['father'] = [male_pick(rng, c, culture)]
    elif st == 'ind':
        sikh = rng.random() < 0.35
        if sikh:
            n['family'] = [lit('Singh') if gender == 'M' else Tok(('Kaur', 'Kour'), '', 0)]
        else:
            n['family'] = [c['fam'].pick(rng, c['pref0'])]
        n['father'] = [male_pick(rng, c, culture)]
    if not n['family_m']:
        n['family_m'] = n['family']
    return n


def copy_name(n):
    return {k: [t.copy() for t in v] for k, v in n.items()}


def pick_nat(rng):
    return wchoice(rng, NAT_WEIGHTS)


def new_person(rng, pid, nat=None, culture=None, gender=None, child=None):
    p = Person()
    p.pid = pid
    p.nat = nat or pick_nat(rng)
    p.culture = culture or wchoice(rng, NAT_CULTURE[p.nat])
    p.gender = gender or ('M' if rng.random() < MALE_SHARE[p.nat] else 'F')
    p.trans = rng.random() < P_TRANS
    p.region = wchoice(rng, REGIONS)
    p.first_date = rand_date_in_year(rng, wchoice(rng, YEAR_WEIGHTS))
    if child is None:
        child = rng.random() < CHILD_SHARE[p.nat]
    if child:
        p.age0 = wchoice(rng, [(a, w) for a, w in zip(range(5, 18), [1, 1, 1, 1, 2, 2, 3, 5, 8, 12, 18, 22, 20])])
    else:
        p.age0 = max(18, min(70, int(rng.triangular(18, 60, 24))))
    p.dob = p.first_date - dt.timedelta(days=int(p.age0 * 365.25) + rng.randrange(365))
    p.documented = rng.random() < DOCUMENTED[p.nat]
    p.name = None
    p.aliases = []
    p.siblings = False
    return p


def finalize(rng, p, used_ho):
    """Fill in everything that derives from the core fields."""
    c = CULT[p.culture]
    if age_on(p.dob, p.first_date) < 1:          # guard: nobody is recorded before they are born
        p.first_date = min(END_DATE, add_years(p.dob, rng.randint(3, 12)))
        if age_on(p.dob, p.first_date) < 1:
            p.dob = add_years(p.first_date, -rng.randint(2, 10))
    p.age0 = age_on(p.dob, p.first_date)
    if p.name is None:
        p.name = build_name(rng, p, p.culture, p.gender)
    # maiden / previous surname
    if (p.gender == 'F' and p.age0 >= 22 and c['style'] == 'western' and p.culture not in ('alb',)
            and rng.random() < P_MAIDEN):
        old = c['fam'].pick(rng, c['pref0'])
        if c.get('gendered'):
            old = feminise(old, c['gendered'], married=False)
        p.name['maiden'] = [old]
    # ---- date of birth versions
    p.dispute = False
    p.claimed = p.dob
    p.assessed = None
    if not p.documented:
        err = wchoice(rng, [(0, 55), (-1, 12), (1, 15), (-2, 4), (2, 8), (3, 3), (-3, 1)])
        y = p.dob.year + err
        if rng.random() < 0.45:
            p.claimed = dt.date(y, 1, 1)
        else:
            p.claimed = safe_date(y, rng.randint(1, 12), rng.randint(1, 28))
        if 16 <= p.age0 <= 23 and rng.random() < P_AGE_DISPUTE:
            p.dispute = True
            # claims to be a child; assessed as older
            cy = p.first_date.year - rng.randint(15, 17)
            p.claimed = safe_date(cy, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.6 else dt.date(cy, 1, 1)
            ay = p.dob.year + rng.choice([-2, -1, -1, 0, 0, 0, 1])
            if p.first_date.year - ay < 18:
                ay = p.first_date.year - 18 - rng.randint(0, 3)
            p.assessed = dt.date(ay, 1, 1)
    # ---- nationality extras
    p.nat2 = None
    if p.nat == 'GBR' and rng.random() < P_DUAL_GBR:
        p.nat2 = rng.choice(['JAM', 'NGA', 'PAK', 'IRL', 'GHA', 'SOM', 'IND'])
    elif p.nat == 'XKX' and rng.random() < 0.3:
        p.nat2 = 'ALB'
    elif p.nat == 'ERI' and rng.random() < 0.02:
        p.nat2 = 'ETH'
    p.alt_nat = None
    if p.nat in ALT_NAT and rng.random() < P_PERSON_ALT_NAT:
        p.alt_nat = rng.choice(ALT_NAT[p.nat])
    # ---- place of birth
    pob_c = p.nat
    if p.nat in ELSEWHERE_POOLS and rng.random() < (0.06 if p.nat == 'GBR' else 0.12):
        pob_c, pool = rng.choice(ELSEWHERE_POOLS[p.nat])
        p.pob = pool.pick(rng, 0.8)
    elif p.nat in PLACE_POOLS:
        p.pob = PLACE_POOLS[p.nat].pick(rng, 0.7)
    else:
        p.pob = None
    if p.nat == 'GBR' and p.culture != 'uk' and rng.random() < 0.1:
        p.pob = PLACE_POOLS['GBR'].pick(rng, 0.9)
    p.pob_country = pob_c
    # ---- languages
    if p.culture in ('kur', 'kur_irn'):
        p.langs = [KURD_LANG_POOL.pick(rng, 0.7)]
        if rng.random() < 0.4:
            p.langs.append(Tok(('Arabic',) if p.nat != 'IRN' else ('Farsi', 'Persian'), '', 0))
    elif p.nat == 'GBR' and p.culture != 'uk' and p.age0 < 30:
        p.langs = [Tok(('English',), '', 0)]
    else:
        lp = LANG_POOLS.get(p.nat)
        p.langs = [lp.pick(rng, 0.7)] if lp else [Tok(('English',), '', 0)]
        if lp and rng.random() < 0.3:
            t2 = lp.pick(rng, 0.7)
            if t2.v[0] != p.langs[0].v[0]:
                p.langs.append(t2)
        if p.culture == 'eri' and p.nat == 'ETH':
            p.langs = [Tok(('Tigrinya', 'Tigrigna'), '', 0)]
    # ---- Home Office refs
    prob = HO_REF_P.get(p.nat, HO_REF_MIGRANT.get(p.nat, HO_REF_DEFAULT))
    if p.nat2 and p.nat == 'GBR':
        prob = 0.0
    p.ho = []
    if rng.random() < prob:
        for _ in range(2 if rng.random() < P_HO_SECOND else 1):
            while True:
                ref = rng.choice('HBSMKFDGRT') + '%07d' % rng.randrange(10 ** 7)
                if ref not in used_ho:
                    used_ho.add(ref)
                    break
            p.ho.append(ref)
    # ---- exploitation type
    p.exploit = wchoice(rng, EXPLOIT.get(p.nat, EXPLOIT_DEFAULT))
    if p.nat == 'GBR' and p.gender == 'F' and rng.random() < 0.5:
        p.exploit = 'Sexual'
    # ---- aliases
    if rng.random() < P_ALIAS_PERSON:
        k = 1 if rng.random() < 0.75 else 2
        for _ in range(k):
            p.aliases.append(make_alias(rng, p))
    return p


def render_plain_name(rng, n, culture, pvar):
    parts = [t for key in ('given', 'middle', 'family') for t in n[key]]
    if not n['family'] and n['father']:
        parts += n['father']
    if CULT[culture]['style'] in ('viet', 'chn'):
        parts = n['family'] + n['middle'] + n['given']
    return ' '.join(tok_str(t, rng, pvar) for t in parts)


def make_alias(rng, p):
    c = CULT[p.culture]
    kinds = [('identity', 35), ('nick', 25), ('spelling', 20)]
    if p.culture in ('vie', 'chn', 'nga', 'gha', 'alb', 'phl', 'rou') or (p.gender == 'F' and p.exploit == 'Sexual'):
        kinds.append(('english', 25))
    kind = wchoice(rng, kinds)
    a = dict(kind=kind)
    if kind == 'identity':
        nn = build_name(rng, p, p.culture, p.gender)
        if rng.random() < 0.3:        # keeps own given name, different family / father name
            nn['given'] = [t.copy() for t in p.name['given']]
        a['name'] = nn
        shift = wchoice(rng, [(1, 2), (2, 3), (3, 3), (4, 2), (5, 1), (-1, 2), (-2, 1), (0, 2)])
        a['dob'] = safe_date(p.dob.year - shift, rng.randint(1, 12), rng.randint(1, 28))
        a['text'] = render_plain_name(rng, nn, p.culture, 0.0)
    elif kind == 'english':
        if p.culture in ('vie', 'chn'):
            g = (ASIA_ENG_F if p.gender == 'F' else ASIA_ENG_M).pick(rng)
        else:
            g = (ENG_F_POOL if p.gender == 'F' else ENG_M_POOL).pick(rng)
        fam = p.name['family'][0].canon() if p.name['family'] else ''
        a['text'] = g.canon() + ((' ' + strip_dia(fam)) if fam and rng.random() < 0.5 else '')
    elif kind == 'nick':
        g = strip_dia(p.name['given'][-1].canon())
        if p.culture == 'uk' and rng.random() < 0.6:
            a['text'] = UK_NICK_POOL.pick(rng).canon()
        elif g.lower().startswith(('moh', 'muh', 'mah')):
            a['text'] = rng.choice(['Mo', 'Moha', 'Hamoudi', 'Mido'])
        elif len(g) > 6 and rng.random() < 0.6:
            a['text'] = g[:rng.randint(3, 4)]                 # Zabihullah -> Zabi
        else:
            st = c['style']
            if p.culture in ('kur', 'kur_irn') and p.gender == 'M':
                a['text'] = 'Kaka ' + g                       # Kurdish "brother"
            elif st in ('arab', 'kurd') and p.gender == 'M':
                a['text'] = 'Abu ' + strip_dia(ARA_M_POOL.pick(rng).canon())   # kunya
            elif st == 'afg':
                a['text'] = g + ' Jan'
            elif st in ('viet',):
                a['text'] = rng.choice(['Be ', 'Ti ', 'Cu ']) + g
            else:
                fam = (p.name['family'] or p.name['father'] or [None])[0]
                a['text'] = g + (' ' + strip_dia(fam.canon())[0] + '.' if fam else '')
    else:
        a['text'] = render_plain_name(rng, p.name, p.culture, 0.9)
    return a


# ----------------------------------------------------------- households / hard negatives
def make_population(rng, n_people):
    persons = []
    used_ho = set()
    pid = 0

    def nid():
        nonlocal pid
        pid += 1
        return pid

    while len(persons) < n_people:
        unit = wchoice(rng, UNIT_TYPES)
        if unit == 'single' or (unit == 'namesake' and not persons):
            persons.append(finalize(rng, new_person(rng, nid()), used_ho))
        elif unit in ('siblings', 'twins'):
            base = new_person(rng, nid())
            base.siblings = True
            finalize(rng, base, used_ho)
            persons.append(base)
            k = 1 if unit == 'twins' else (1 if rng.random() < 0.7 else 2)
            for _ in range(k):
                q = new_person(rng, nid(), nat=base.nat, culture=base.culture)
                q.region = base.region
                if unit == 'twins':
                    q.dob = base.dob
                    if rng.random() < 0.6:
                        q.gender = base.gender
                else:
                    gap = rng.choice([-6, -5, -4, -3, -2, -2, -1, -1, 1, 1, 2, 2, 3, 4, 5])
                    q.dob = add_years(base.dob, gap) + dt.timedelta(days=rng.randint(-150, 150))
                if rng.random() < 0.6:
                    q.first_date = min(END_DATE, base.first_date + dt.timedelta(days=rng.randint(0, 40)))
                q.documented = base.documented if rng.random() < 0.85 else q.documented
                # siblings share family / patronymic chain
                nm = build_name(rng, q, q.culture, q.gender)
                for key in ('family', 'family_m', 'father', 'grandfather'):
                    if base.name[key]:
                        nm[key] = [t.copy() for t in base.name[key]]
                if CULT[q.culture].get('gendered'):
                    fm = base.name['family_m'][0].copy()
                    nm['family_m'] = [fm]
                    nm['family'] = [feminise(fm, CULT[q.culture]['gendered'], False) if q.gender == 'F' else fm]
                if unit == 'twins' and rng.random() < 0.5:
                    nm['given'] = [pick_given(rng, CULT[q.culture], q.culture, q.gender, base.name['given'][-1])]
                q.name = nm
                q.siblings = True
                finalize(rng, q, used_ho)
                if rng.random() < 0.75:
                    q.pob, q.pob_country = base.pob, base.pob_country
                q.langs = base.langs
                persons.append(q)
        elif unit == 'parent_child':
            par = new_person(rng, nid(), child=False)
            if par.age0 < 24:
                par.dob = add_years(par.dob, -rng.randint(6, 15))
            par.gender = 'F' if rng.random() < 0.7 else 'M'
            finalize(rng, par, used_ho)
            persons.append(par)
            ch = new_person(rng, nid(), nat=par.nat, culture=par.culture, child=True)
            ch.region = par.region
            ch.dob = add_years(par.dob, rng.randint(18, 34)) + dt.timedelta(days=rng.randint(0, 300))
            ch.first_date = min(END_DATE, par.first_date + dt.timedelta(days=rng.randint(0, 60)))
            if ch.dob >= ch.first_date:
                ch.dob = ch.first_date - dt.timedelta(days=rng.randint(400, 4000))
            ch.documented = par.documented
            nm = build_name(rng, ch, ch.culture, ch.gender)
            st = CULT[ch.culture]['style']
            if st in ('patr', 'arab', 'kurd'):
                if par.gender == 'M':
                    nm['father'] = [t.copy() for t in par.name['given']][-1:]
                    nm['grandfather'] = [t.copy() for t in par.name['father']]
                    if par.name['family']:
                        nm['family'] = [t.copy() for t in par.name['family']]
            elif st == 'afg':
                if par.gender == 'M':
                    nm['father'] = [t.copy() for t in par.name['given']][-1:]
                    nm['family'] = [t.copy() for t in par.name['family']]
            elif par.gender == 'M' or rng.random() < 0.7:
                if par.name['family_m']:
                    fm = par.name['family_m'][0].copy()
                    nm['family_m'] = [fm]
                    g = CULT[ch.culture].get('gendered')
                    nm['family'] = [feminise(fm, g, False) if (g and ch.gender == 'F') else fm]
                    if st == 'sasia' or st == 'ind':
                        nm['family'] = [t.copy() for t in par.name['family']] if ch.gender == par.gender else nm['family']
            ch.name = nm
            finalize(rng, ch, used_ho)
            if par.ho and rng.random() < 0.5:      # dependant on the parent's claim
                ch.ho = [par.ho[0]]
            ch.pob, ch.pob_country = (par.pob, par.pob_country) if rng.random() < 0.6 else (ch.pob, ch.pob_country)
            persons.append(ch)
        elif unit == 'namesake':
            r = persons[rng.randrange(len(persons))]
            q = new_person(rng, nid(), nat=(r.nat if rng.random() < 0.85 else None), culture=r.culture,
                           gender=r.gender, child=(r.age0 < 18))
            y = r.dob.year + wchoice(rng, [(0, 30), (1, 20), (-1, 20), (2, 10), (-2, 10), (3, 5), (-3, 5)])
            q.dob = safe_date(y, rng.randint(1, 12), rng.randint(1, 28))
            if q.dob >= q.first_date:
                q.dob = q.first_date - dt.timedelta(days=365 * 16)
            if not r.documented and rng.random() < 0.5:
                q.documented = False
            nm = build_name(rng, q, q.culture, q.gender)
            nm['given'] = [t.copy() for t in r.name['given']]
            for key in ('family', 'family_m'):
                nm[key] = [t.copy() for t in r.name[key]]
            if r.name['father'] and (not r.name['family'] or rng.random() < 0.5):
                nm['father'] = [t.copy() for t in r.name['father']]
            if rng.random() < 0.5:
                nm['middle'] = [t.copy() for t in r.name['middle']]
            q.name = nm
            finalize(rng, q, used_ho)
            persons.append(q)
    return persons[:n_people]


# ----------------------------------------------------------- rendering
def tok_str(t, rng, pvar):
    if len(t.v) > 1 and rng.random() < pvar:
        return rng.choice(t.v)
    return t.v[t.pref]


def layout(rng, n, culture, org):
    """Decide which name parts go to the forename and surname fields."""
    st = CULT[culture]['style']
    G, M, F = n['given'], n['middle'], n['family']
    Fa, Gf = n['father'], n['grandfather']
    if st == 'western':
        fore = G + (M if rng.random() < org['middle'] else [])
        if Fa and rng.random() < 0.08:
            fore = G + Fa
        if culture in ('nga', 'gha') and M and rng.random() < 0.12:
            fore = M + G
        return fore, F
    if st == 'viet':
        return wchoice(rng, [((M + G, F), 50), ((G, F), 22), ((F + M, G), 10), ((F, G), 6),
                             ((F + M + G, []), 6), ((G, F + M), 6)])
    if st == 'chn':
        return wchoice(rng, [((G, F), 72), ((F, G), 18), ((F + G, []), 6), ((G + F, []), 4)])
    if st in ('patr', 'kurd') or (st == 'arab' and not F):
        return wchoice(rng, [((G, Fa), 55), ((G, Fa + Gf), 15), ((G + Fa, Gf), 10), ((G, Gf), 4),
                             ((G + Fa + Gf, []), 5), ((G, []), 4), ((Fa, G), 3), ((G + Fa, []), 4)])
    if st == 'arab':
        return wchoice(rng, [((G, F), 45), ((G, Fa + F), 18), ((G, Fa), 14), ((G + Fa, F), 10),
                             ((G, Fa + Gf), 8), ((G + Fa + Gf, F), 5)])
    if st == 'pers':
        return wchoice(rng, [((G, F), 85), ((G + Fa, F), 5), ((G, Fa), 4), ((F, G), 6)])
    if st == 'afg':
        if F:
            return wchoice(rng, [((G, F), 50), ((G, Fa), 20), ((G + Fa, F), 8), ((G, []), 17), ((G + F, []), 5)])
        return wchoice(rng, [((G, Fa), 40), ((G, []), 35), ((G + Fa, []), 10), ((G, G[-1:]), 10), ((Fa, G), 5)])
    if st == 'sasia':
        fore = G + (M if rng.random() < org['middle'] else [])
        if F:
            return wchoice(rng, [((fore, F), 85), ((fore, Fa), 8), ((fore + F, []), 7)])
        return wchoice(rng, [((fore, Fa), 45), ((fore, []), 35), ((G, M or Fa), 20)])
    if st == 'ind':
        return wchoice(rng, [((G, F), 85), ((G, Fa), 10), ((G, []), 5)])
    return G, F


def join_toks(toks, rng, pvar, script, culture):
    if script:
        sep = '' if culture == 'chn' else ' '
        return sep.join(t.s for t in toks)
    return ' '.join(tok_str(t, rng, pvar) for t in toks)


def case_name(s, mode):
    if mode == 'upper':
        return s.upper()
    if mode == 'title':
        return s.title() if is_latin(s) else s
    if mode == 'lower':
        return s.lower()
    return s


def name_fields(rng, p, org, n):
    c = CULT[p.culture]
    pvar = c['pvar']
    fore_t, sur_t = layout(rng, n, p.culture, org)
    fore_t, sur_t = list(fore_t), list(sur_t)
    # Muhammad prefix handling
    if fore_t and len(fore_t) > 1 and fore_t[0].v[0] in ('Muhammad', 'Mohammed', 'Mohammad'):
        r = rng.random()
        if r < P_MUHAMMAD_DROP:
            fore_t = fore_t[1:]
        elif r < P_MUHAMMAD_DROP + P_MUHAMMAD_ABBR:
            fore_t = [lit(rng.choice(['M.', 'Md', 'Mohd', 'M']))] + fore_t[1:]
    # Polish / Slovak / Lithuanian woman recorded with the masculine form
    if p.gender == 'F' and c.get('gendered') and sur_t == n['family'] and rng.random() < P_MALE_FORM_ERR:
        sur_t = n['family_m']
    # maiden / previous surname
    used_maiden = False
    if n.get('maiden') and sur_t == n['family'] and rng.random() < 0.4:
        sur_t = n['maiden']
        used_maiden = True
    if org['first_only'] and rng.random() < org['first_only']:
        fore_t, sur_t = n['given'][-1:], []
    used = fore_t + sur_t
    script = (p.culture in SCRIPT_CULTURES and used and all(t.s for t in used)
              and rng.random() < P_SCRIPT_NAME * org['script'])
    fore = join_toks(fore_t, rng, pvar, script, p.culture)
    sur = join_toks(sur_t, rng, pvar, script, p.culture)
    if not script:
        if rng.random() >= org['keep_dia']:
            fore, sur = strip_dia(fore), strip_dia(sur)
        elif p.culture == 'rou' and rng.random() < 0.5:     # cedilla instead of comma-below
            tr = str.maketrans('șțȘȚ', 'şţŞŢ')
            fore, sur = fore.translate(tr), sur.translate(tr)
    if rng.random() < P_SWAP:
        fore, sur = sur, fore
    # typos
    if not script:
        if rng.random() < P_TYPO_FIELD:
            fore = typo(fore, rng)
        if rng.random() < P_TYPO_FIELD:
            sur = typo(sur, rng)
    # case conventions
    mode = org['case']
    if mode == 'upper_sur':
        fore, sur = case_name(fore, 'title'), case_name(sur, 'upper')
    elif mode == 'asis':
        if rng.random() < P_LOWER:
            fore, sur = fore.lower(), sur.lower()
        elif rng.random() < 0.1:
            sur = sur.upper()
    else:
        fore, sur = case_name(fore, mode), case_name(sur, mode)
    # single-field export
    if rng.random() < org['single'] and fore and sur:
        if rng.random() < 0.5:
            fore, sur = '%s, %s' % (sur.upper() if is_latin(sur) else sur, fore), ''
        elif rng.random() < 0.7:
            fore, sur = '%s %s' % (fore, sur), ''
        else:
            fore, sur = '', '%s %s' % (fore, sur)
    if rng.random() < P_TITLE and fore and is_latin(fore):
        t = rng.choice(['Mr', 'Mr.', 'MR'] if p.gender == 'M' else ['Miss', 'Ms', 'Mrs'])
        fore = t + ' ' + fore
    if rng.random() < P_WHITESPACE:
        r = rng.random()
        if r < 0.4:
            fore = fore + ' '
        elif r < 0.7:
            fore = fore.replace(' ', '  ', 1) if ' ' in fore else ' ' + fore
        elif r < 0.85:
            sur = sur + '.'
        else:
            sur = sur.replace(' ', '-', 1) if ' ' in sur else sur
    if rng.random() < P_MOJIBAKE:
        fore, sur = mojibake(fore), mojibake(sur)
    elif rng.random() < P_QMARK and not (is_latin(fore) and fore.isascii()):
        fore, sur = qmark(fore), qmark(sur)
    if not sur.strip():
        sur = rng.choice(org['sur_blank'])
    if not fore.strip():
        fore = rng.choice(['', 'Unknown', 'NK']) if sur.strip() else 'Unknown'
    return fore, sur, used_maiden


def render_alias_col(rng, p, org, used_identity, used_maiden=False):
    cands = []
    for a in p.aliases:
        if a is used_identity:
            continue
        cands.append(a['text'])
    if used_identity is not None and rng.random() < 0.5:
        cands.append(render_plain_name(rng, p.name, p.culture, CULT[p.culture]['pvar']))
    if p.name.get('maiden') and used_identity is None and rng.random() < 0.4:
        if used_maiden:      # filed under the old surname; current one noted
            cands.append(p.name['given'][0].canon() + ' ' + p.name['family'][0].canon())
        else:
            cands.append(rng.choice(['nee ', 'née ', 'formerly ', 'maiden name ']) + p.name['maiden'][0].canon())
    out = []
    for s in cands:
        if rng.random() < org['alias']:
            if rng.random() >= org['keep_dia']:
                s = strip_dia(s)
            if rng.random() < P_TYPO_FIELD:
                s = typo(s, rng)
            out.append(s.upper() if org['case'] == 'upper' else s)
    if (p.culture in SCRIPT_CULTURES and rng.random() < P_SCRIPT_ALIAS * org['script']):
        n = p.name
        toks = n['given'] + (n['family'] or n['father'])
        if p.culture == 'chn':
            toks = n['family'] + n['given']
        if toks and all(t.s for t in toks):
            out.append(('' if p.culture == 'chn' else ' ').join(t.s for t in toks))
    if not out:
        return ''
    sep = rng.choice(['; ', ' / ', ', ', ' | '])
    pre = rng.choice(['', '', '', 'AKA ', 'a.k.a. ', 'Also known as: '])
    if out[0][:4].lower() in ('nee ', 'née ', 'form', 'maid'):
        pre = ''
    return pre + sep.join(out)


def render_gender(rng, p, org, rec_age):
    g = p.gender
    if p.trans and rng.random() < 0.5:
        g = 'X'
    elif rng.random() < P_GENDER_FLIP:
        g = 'F' if g == 'M' else 'M'
    if rng.random() < P_GENDER_BLANK:
        return rng.choice(['', 'Unknown', 'U', 'Not recorded'])
    st = org['gender']
    if g == 'X':
        return rng.choice(['Other', 'Transgender', 'Non-binary', 'Trans female', 'Trans male', 'X'])
    if st == 'MF':
        return g
    if st == 'MFU':
        return g
    if st == 'word':
        return 'Male' if g == 'M' else 'Female'
    if st == 'lower':
        return 'male' if g == 'M' else 'female'
    if st == 'num':
        return '1' if g == 'M' else '2'
    if st == 'boygirl':
        if rec_age < 18:
            return 'Boy' if g == 'M' else 'Girl'
        return 'Male' if g == 'M' else 'Female'
    return g


def nat_label(rng, iso, style):
    name, dem, iso2, alts, miss, _ = COUNTRIES[iso]
    if style == 'mixed':
        style = rng.choice(['country', 'demonym', 'iso3', 'country'])
    if style == 'free':
        r = rng.random()
        if r < 0.45:
            s = dem
        elif r < 0.75:
            s = name
        elif r < 0.85 and alts:
            s = rng.choice(alts)
        elif r < 0.95:
            s = dem.lower()
        else:
            s = dem.upper()
        if miss and rng.random() < P_NAT_MISSPELL * 2:
            s = rng.choice(miss)
        return s
    if style == 'iso3':
        return iso if rng.random() > 0.02 else iso.lower()
    if style == 'iso2':
        return iso2
    s = name if style == 'country' else dem
    if alts and rng.random() < 0.08:
        s = rng.choice(alts)
    if miss and rng.random() < P_NAT_MISSPELL:
        s = rng.choice(miss)
    return s


def render_nat(rng, p, org):
    if rng.random() < P_NAT_BLANK:
        return ''
    if rng.random() < P_NAT_NK:
        return rng.choice(['Not known', 'Unknown', 'NK', 'Stateless', 'Undocumented'])
    if p.culture in ('kur', 'kur_irn') and rng.random() < P_KURDISH_AS_NAT:
        return rng.choice(['Kurdish', 'Kurd', 'Kurdish (Iraq)' if p.nat == 'IRQ' else 'Kurdish (Iran)',
                           'Kurdistan'])
    iso = p.nat
    if p.alt_nat and rng.random() < P_ALT_NAT_RECORD:
        iso = p.alt_nat
    s = nat_label(rng, iso, org['nat'])
    if p.nat2 and rng.random() < P_DUAL_SHOWN:
        s2 = nat_label(rng, p.nat2, org['nat'])
        sep = '/' if org['nat'] in ('iso3', 'iso2') else rng.choice([' / ', '; ', ' & ', ', ', ' and '])
        s = s + sep + s2 if rng.random() < 0.8 else s2 + sep + s
    return s


def render_ho(rng, p, org):
    if not p.ho or rng.random() >= org['ho']:
        return ''
    ref = p.ho[1] if len(p.ho) > 1 and rng.random() < 0.35 else p.ho[0]
    r = rng.random()
    if r < 0.70:
        s = ref
    elif r < 0.76:
        s = ref[0] + ' ' + ref[1:]
    elif r < 0.82:
        s = ref[0] + ' ' + ref[1:4] + ' ' + ref[4:]
    elif r < 0.86:
        s = ref.lower()
    elif r < 0.92:
        s = ref + rng.choice(['/001', '/1', '/2', '/002', '-01'])
    elif r < 0.95:
        s = ref[1:]
    else:
        s = 'HO ref ' + ref
    if rng.random() < 0.01:
        i = rng.randrange(1, len(s))
        if s[i].isdigit():
            s = s[:i] + str(rng.randrange(10)) + s[i + 1:]
    return s


def pick_dob(rng, p, org, alias):
    """Return (date, estimated, kind)."""
    if alias is not None:
        return alias['dob'], False, 'alias'
    if p.documented:
        return p.dob, False, 'doc'
    if p.dispute:
        use_assessed = {'NRM': 0.6, 'DTN': 0.7, 'POL': 0.5, 'LA': 0.45, 'NGO': 0.25}[org['type']]
        if rng.random() < use_assessed:
            return p.assessed, True, 'assessed'
        return p.claimed, True, 'claimed'
    d = p.claimed
    if rng.random() < P_DOB_REESTIMATE:
        y = d.year + rng.choice([-1, 1, 1, -2, 2])
        d = dt.date(y, 1, 1) if rng.random() < 0.5 else safe_date(y, d.month, d.day)
    return d, True, 'est'


def render_dob(rng, p, org, rec_date, alias):
    """Return (dob string, est flag string, age string)."""
    d, est, kind = pick_dob(rng, p, org, alias)
    anon = False
    age_val = age_on(d, rec_date)
    blank = rng.random() < org['dob_blank']
    if blank:
        s = rng.choice(org['dob_unknown'] + ['', 'Unknown', 'NK'] if org['type'] != 'DTN' else [''])
    else:
        precision = 'full'
        if kind in ('est', 'claimed') and rng.random() < 0.25:
            precision = wchoice(rng, [('year', 80), ('month', 20)])
        elif kind == 'doc' and rng.random() < 0.04:
            precision = wchoice(rng, [('year', 50), ('month', 50)])
        y = d.year
        if p.nat in ('ERI', 'ETH') and est and rng.random() < P_ETH_CALENDAR:
            y -= 8 if d.month < 9 else 7
        if p.nat in ('AFG', 'IRN') and est and rng.random() < P_PERSIAN_CALENDAR:
            y -= 621
        dd = safe_date(y, d.month, d.day) if y > 1 else d
        if precision == 'full':
            if rng.random() < P_DOB_DM_SWAP and dd.day <= 12 and dd.day != dd.month:
                dd = safe_date(dd.year, dd.day, dd.month)
            if rng.random() < P_DOB_PLACEHOLDER:
                dd = rng.choice([dt.date(1900, 1, 1), dt.date(1970, 1, 1), rec_date])
            s = fmt_date(dd, org['date'], rng)
            if rng.random() < P_DOB_DIGIT_TYPO:
                idx = [i for i, ch in enumerate(s) if ch.isdigit()]
                if idx:
                    i = rng.choice(idx)
                    s = s[:i] + str(rng.randrange(10)) + s[i + 1:]
        elif precision == 'month':
            est = True
            if org['full_only']:
                s = fmt_date(dt.date(dd.year, dd.month, 1), org['date'], rng)
            else:
                s = fmt_month_year(dd.year, dd.month, org['date'], rng)
        else:
            est = True
            if org['full_only'] or rng.random() < 0.4:
                s = fmt_date(dt.date(dd.year, 1, 1), org['date'], rng)
            else:
                s = rng.choice(['%d', 'c.%d', 'approx %d', '%d (est)', 'c %d', '~%d']) % dd.year
    # estimated flag
    es = org['est']
    if blank or es == '':
        ef = ''
    elif est and rng.random() < 0.25:
        ef = ''                              # flag not filled in
    elif es == 'YN':
        ef = 'Y' if est else 'N'
    elif es == 'yesno':
        ef = 'Yes' if est else 'No'
    elif es == 'bool':
        ef = 'TRUE' if est else 'FALSE'
    elif es == '10':
        ef = '1' if est else '0'
    elif es == 'flag':
        ef = 'Estimated' if est else ''
    elif es == 'text':
        ef = {'assessed': 'Age assessed', 'claimed': 'Claimed', 'est': 'Estimated'}.get(kind, '' if rng.random() < 0.7 else 'Documented')
    else:
        ef = ''
    # age column
    age_s = ''
    if org['age'] and rng.random() < 0.9:
        a = age_val
        if blank and est:
            a = a + rng.choice([-2, -1, 0, 0, 1, 2])
        if org['type'] == 'DTN' and (blank or rng.random() < 0.5):
            age_s = next(b for lo, hi, b in ((0, 24, '18-24'), (25, 34, '25-34'), (35, 44, '35-44'),
                                             (45, 54, '45-54'), (55, 200, '55+')) if lo <= a <= hi)
        elif kind == 'claimed' and rng.random() < 0.5:
            age_s = '%d (claimed)' % a
        elif est and rng.random() < 0.3:
            age_s = rng.choice(['approx %d', '%d?', 'c.%d']) % a
        else:
            age_s = rng.choice(['%d', '%d', '%d', '%d yrs']) % a
    return s, ef, age_s


def render_pob(rng, p, org):
    if p.pob is None or rng.random() >= org['pob']:
        return ''
    if rng.random() < 0.06:
        return rng.choice(['Not known', 'Unknown', 'NK'])
    c = CULT[p.culture]
    city = tok_str(p.pob, rng, 0.3)
    if p.pob.s and rng.random() < 0.03 * org['script']:
        city = p.pob.s
    elif rng.random() >= org['keep_dia']:
        city = strip_dia(city)
    country = COUNTRIES[p.pob_country][0]
    st = org['pob_style']
    r = rng.random()
    if st == 'city, country' or r < 0.2:
        s = '%s, %s' % (city, country)
    elif r < 0.3:
        s = country
    else:
        s = city
    if rng.random() < P_TYPO_FIELD:
        s = typo(s, rng)
    return s.upper() if org['case'] == 'upper' else s


def render_lang(rng, p, org):
    if rng.random() >= org['lang']:
        return ''
    t = p.langs[0] if (len(p.langs) == 1 or rng.random() < 0.85) else p.langs[1]
    s = tok_str(t, rng, 0.35)
    if len(p.langs) > 1 and rng.random() < 0.1:
        other = p.langs[1] if t is p.langs[0] else p.langs[0]
        s = s + rng.choice([', ', ' / ', ' & ']) + other.canon()
    if rng.random() < 0.05:
        s = s.lower()
    return s.upper() if org['case'] == 'upper' else s


def render_exploit(rng, p, org, rec_age):
    if rng.random() < 0.1:
        return ''
    e = p.exploit
    if rng.random() < 0.12:
        e = rng.choice(['Labour', 'Sexual', 'Criminal', 'Domestic servitude', 'Unknown'])
    s = rng.choice(EXPLOIT_CODES[e])
    if rec_age < 18 and e == 'Sexual' and rng.random() < 0.4:
        s = 'CSE'
    if rec_age < 18 and e == 'Criminal' and rng.random() < 0.4:
        s = 'CCE'
    if rng.random() < 0.06 and s:
        extra = rng.choice([x for x in ('Criminal', 'Labour', 'Sexual', 'Domestic servitude') if x != e])
        s = s + rng.choice(['; ', ' / ', ', ', ' + ']) + extra
    return s


def render_notes(rng, p, org, kind, rec_age):
    if not org['notes'] or rng.random() >= P_NOTES:
        return ''
    opts = ['Previously referred', 'Missing episode reported',
            'ID documents held by exploiter', 'Consented to NRM', 'Did not consent to NRM',
            'Asylum accommodation', 'Referred by First Responder', 'Positive RG', 'Awaiting CG decision',
            'Section 45 defence raised', 'Safeguarding strategy meeting held']
    if p.langs[0].canon() != 'English':
        opts.append('Interpreter required (%s)' % tok_str(p.langs[0], rng, 0.3))
    if p.dispute:
        opts += ['Age disputed', 'Merton age assessment completed', 'Claims to be a child']
    if p.siblings:
        opts += ['Sibling also known to services', 'Arrived with brother/sister']
    if p.aliases:
        opts += ['Uses other names', 'Possible false identity documents']
    s = rng.choice(opts)
    if rng.random() < 0.2:
        s += '. ' + rng.choice(opts)
    return s


HEADER = ['Case Ref', 'Organisation', 'Record Type', 'Date Recorded', 'Forename(s)', 'Surname / Family Name',
          'Other Names / AKA', 'DOB', 'DOB Estimated?', 'Age', 'Sex', 'Nationality', 'HO Ref', 'Language',
          'Place of Birth', 'Exploitation Type', 'Notes']


def render_record(rng, p, org, rec_date):
    alias = None
    ident = [a for a in p.aliases if a['kind'] == 'identity']
    if ident and rng.random() < P_ALIAS_AS_PRIMARY:
        alias = ident[0]
    n = alias['name'] if alias else p.name
    dob_s, est_s, age_s = render_dob(rng, p, org, rec_date, alias)
    true_age = age_on(p.dob, rec_date)
    anon = org['anon'] and rng.random() < org['anon']
    if anon:
        g = tok_str(n['given'][-1], rng, 0.2)
        fs = (n['family'] or n['father'] or [None])[0]
        fore = strip_dia(g)[0].upper() if rng.random() < 0.7 else ''
        sur = (strip_dia(tok_str(fs, rng, 0.2))[0].upper() if fs and fore else '')
        if rng.random() < 0.3:
            fore, sur = ('%s.%s.' % (fore, sur) if fore and sur else fore), ''
        alias_s = ''
        dob_s = dob_s if rng.random() < 0.2 else ''
        if dob_s and len(dob_s) >= 4 and dob_s[:4].isdigit():
            dob_s = dob_s[:4]
    else:
        fore, sur, used_maiden = name_fields(rng, p, org, n)
        alias_s = render_alias_col(rng, p, org, alias, used_maiden)
    row = {
        'Organisation': org['name'],
        'Record Type': org['rtype'],
        'Date Recorded': fmt_date(rec_date, org['date'], rng),
        'Forename(s)': fore,
        'Surname / Family Name': sur,
        'Other Names / AKA': alias_s,
        'DOB': dob_s,
        'DOB Estimated?': est_s,
        'Age': age_s,
        'Sex': render_gender(rng, p, org, true_age),
        'Nationality': render_nat(rng, p, org),
        'HO Ref': render_ho(rng, p, org),
        'Language': render_lang(rng, p, org),
        'Place of Birth': '' if anon else render_pob(rng, p, org),
        'Exploitation Type': render_exploit(rng, p, org, true_age),
        'Notes': render_notes(rng, p, org, None, true_age),
    }
    return row


def apparent_age(p, d):
    return age_on(p.claimed if (p.dispute or not p.documented) else p.dob, d)


def choose_org(rng, p, rec_date, region, used_keys):
    a = apparent_age(p, rec_date)
    for _ in range(40):
        w = []
        for t, wt in RECORD_TYPE_W:
            if a < 18 and t == 'DTN':
                continue
            if t == 'LA':
                wt = wt * (2.5 if a < 18 else 0.6)
            w.append((t, wt))
        t = wchoice(rng, w)
        cands = []
        for o in ORG_BY_TYPE[t]:
            if o['ages'] == 'adult' and a < 18:
                continue
            if o['ages'] == 'child' and a >= 18:
                continue
            if o['region'] and o['region'] != region:
                continue
            cands.append(o)
        if not cands:
            continue
        o = rng.choice(cands)
        if o['key'] in used_keys and rng.random() >= P_SAME_ORG_REPEAT:
            continue
        return o
    return ORG_BY_TYPE['NRM'][0]


def generate(n_people, seed):
    rng = random.Random(seed)
    persons = make_population(rng, n_people)
    records = []      # (org, date, sortkey, row, person)
    for p in persons:
        k = wchoice(rng, RECORDS_PER_PERSON)
        span = (END_DATE - p.first_date).days
        dates = [p.first_date] + sorted(p.first_date + dt.timedelta(days=rng.randint(0, min(span, 3 * 365)))
                                        for _ in range(k - 1))
        used = set()
        prs = []
        for d in dates:
            region = p.region if rng.random() >= P_OTHER_REGION else wchoice(rng, REGIONS)
            o = choose_org(rng, p, d, region, used)
            used.add(o['key'])
            prs.append((o, d))
        if len(prs) < 5 and rng.random() < P_DUP_ENTRY:
            o, d = prs[rng.randrange(len(prs))]
            prs.append((o, min(END_DATE, d + dt.timedelta(days=rng.randint(0, 10)))))
        for o, d in prs:
            records.append([o, d, rng.random(), render_record(rng, p, o, d), p])
    # record ids: per organisation, increasing with record date
    seqs = {o['key']: rng.randint(1000, 60000) for o in ORGS}
    records.sort(key=lambda r: (r[0]['key'], r[1], r[2]))
    seen = set()
    for r in records:
        o, d = r[0], r[1]
        seqs[o['key']] += rng.randint(1, 25)
        rid = o['idf'].format(seq=seqs[o['key']], yy='%02d' % (d.year % 100), yyyy=d.year)
        while rid in seen:
            seqs[o['key']] += 1
            rid = o['idf'].format(seq=seqs[o['key']], yy='%02d' % (d.year % 100), yyyy=d.year)
        seen.add(rid)
        r[3]['Case Ref'] = rid
    rng.shuffle(records)
    # opaque person ids for the truth file
    order = list(range(len(persons)))
    rng.shuffle(order)
    pmap = {p.pid: 'P%06d' % (order[i] + 1) for i, p in enumerate(persons)}
    return records, pmap


def main(argv=None):
    ap = argparse.ArgumentParser(description='Synthetic UK modern-slavery person records (all invented).')
    ap.add_argument('--people', type=int, required=True)
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--truth')
    a = ap.parse_args(argv)
    records, pmap = generate(a.people, a.seed)
    with open(a.out, 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=HEADER)
        w.writeheader()
        for r in records:
            w.writerow(r[3])
    counts = {}
    for r in records:
        counts[r[4].pid] = counts.get(r[4].pid, 0) + 1
    pairs = sum(k * (k - 1) // 2 for k in counts.values())
    if a.truth:
        with open(a.truth, 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            w.writerow(['record_id', 'person_id'])
            for r in records:
                w.writerow([r[3]['Case Ref'], pmap[r[4].pid]])
    sys.stderr.write('people=%d records=%d true_pairs=%d\n' % (len(counts), len(records), pairs))


if __name__ == '__main__':
    main()
