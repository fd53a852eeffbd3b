#!/usr/bin/env python3
"""gen3: synthetic person records as a UK anti-trafficking data-sharing hub
might receive them from partner organisations. Every person is invented.

usage: python3 gen3.py --people N --seed S --out FILE.csv --truth TRUTH.csv
Standard library only; output is deterministic for a given (N, seed).
"""
import argparse
import csv
import datetime as dt
import random
import unicodedata

# --------------------------------------------------------------------------
# Spelling / transliteration groups.  First item = canonical key.
# --------------------------------------------------------------------------
GROUPS_TXT = """
Mohammed|Mohamed|Muhammad|Mohammad|Mohamad|Muhammed|Mohammod|Mohd
Ahmed|Ahmad|Ahmet|Ahmaad
Abdullah|Abdalla|Abdallah|Abdulla|Abd Allah
Abdelrahman|Abdulrahman|Abdul Rahman|Abd Al-Rahman|Abdurahman|Abdalrahman
Osman|Othman|Uthman|Usman|Osmaan
Yousif|Yusuf|Youssef|Yousef|Yusif|Yosef
Hassan|Hasan|Hassen
Hussein|Husain|Hussain|Hossein|Husein|Hosein
Ibrahim|Ebrahim|Ibraheem|Brahim
Ismail|Esmail|Ismael|Ismaeel
Omar|Umar|Omer
Khalid|Khaled|Kaled
Mustafa|Mostafa|Moustafa|Mustapha
Salih|Saleh|Salah|Saalih
Adam|Adem|Aadam
Ishag|Ishaq|Ishak|Isaac
Abdelaziz|Abdulaziz|Abdul Aziz|Abd Al-Aziz
Elsadig|Al-Sadig|Alsadiq|Sadig|Siddig
Babiker|Babikir|Bakheet|Bakhit
Haroun|Harun|Haroon
Musa|Mousa|Moussa|Moosa
Idris|Idriss|Edris
Yahya|Yehia|Yahia
Fatima|Fatma|Fatimah|Fatemeh
Amna|Amina|Aminah
Mariam|Maryam|Mariyam|Miriam
Hawa|Hawaa
Zainab|Zaynab|Zeinab
Aisha|Aysha|Ayesha|Aicha
Haider|Hayder|Heider|Hyder
Abbas|Abas
Qadir|Kadir|Kader|Qader
Rasul|Rasool|Rasoul
Mahmoud|Mahmood|Mahmud|Mehmood
Aziz|Azeez|Asis
Karwan|Karwaan|Kerwan
Rebwar|Rebuar|Ribwar
Shvan|Shivan|Shiwan
Dler|Diler|Dlir
Hawkar|Hawker|Haukar
Hemin|Hemn|Himin
Sarkawt|Sarkaut|Sarkot
Hiwa|Hewa|Heewa
Peshawa|Peshawah|Pishawa
Aram|Araam
Soran|Sooran
Mehdi|Mahdi|Mehdy
Reza|Riza|Rida|Rezaa
Amir|Ameer|Emir
Mohsen|Mohsin|Muhsin
Saeed|Said|Sayed|Saied
Ali|Aly|Alee
Hosseini|Husseini|Hoseini|Husaini|Hussaini
Rezaei|Rezaee|Rezaie|Rezayi|Rezai
Mohammadi|Mohamadi|Muhammadi|Mohammady
Ahmadi|Ahmady|Ahmedi
Karimi|Karimy|Kareemi
Moradi|Muradi|Moradie
Rahimi|Rahimy|Raheemi
Azizi|Azizy|Azeezi
Jafari|Jafary|Jaffari|Ja'fari
Ghasemi|Qasemi|Kasemi|Ghassemi
Amiri|Ameeri|Amiry
Narges|Nargis|Narjes
Shirin|Shireen|Sherin
Rahmatullah|Rahmat Ullah|Rahmatulla|Rehmatullah
Zabihullah|Zabiullah|Zabih Ullah|Zabihulla
Naqibullah|Naqib Ullah|Nakibullah
Naveed|Navid|Naweed|Nawid
Jawad|Javad|Jawaad
Farhad|Ferhad|Farhaad
Hamid|Hameed|Hamed
Shafiq|Shafeeq|Shafik
Bilal|Belal|Bilaal
Sayed|Syed|Sayyid|Said
Gul|Gol|Gull
Zia|Ziya|Zeya
Ahmadzai|Ahmedzai|Ahmadzay
Popalzai|Popalzay|Popal
Stanikzai|Stanekzai|Stanakzai
Safi|Safee|Safy
Noori|Nuri|Noury|Nouri
Sultani|Soltani|Sultany
Hakimi|Hakeemi|Hakimy
Hotak|Hotaki|Hotek
Parwana|Parvana|Perwana
Shabnam|Shabnum|Shabnem
Farzana|Farzaneh|Farzanah
Zahra|Zahraa|Zehra
Nadia|Nadiya|Nadja
Yonas|Yohannes|Yonatan|Yonnas|Johannes
Tesfay|Tesfaye|Tesfai|Tesfey|Teseay
Haile|Hailé|Hayle|Hailay
Gebremedhin|Ghebremedhin|Gebre Medhin|Gebremedin|Gebremedihn
Gebreyesus|Ghebreyesus|Gebre Yesus|Gebrejesus|Gebreiesus
Woldemariam|Weldemariam|Wolde Mariam|Woldemaryam|Weldemaryam
Tesfamariam|Tesfamaryam|Tesfa Mariam|Tesfamarian
Habtemariam|Habtemaryam|Habte Mariam
Kidane|Kidana|Kiddane|Kedane
Mehari|Mehary|Meharie|Mihari
Semere|Semre|Semer|Semerre
Filmon|Filimon|Philemon|Fillmon
Tekle|Tekleh|Teklay|Tekel
Abraham|Abrham|Abreham|Ibrahim
Senait|Senayt|Sennait|Seneit
Habte|Habtay|Habteh|Habtie
Weldu|Woldu|Wedu|Weldo
Tsegay|Tsegai|Tsege|Tsegaye
Ghirmay|Girmay|Germay|Ghermay|Girma
Mussie|Musie|Mosie|Mussa
Amanuel|Emmanuel|Amanual|Amaniel
Bereket|Bereketab|Bereked|Berekat
Hagos|Hagoss|Hagus
Kiflom|Kiflu|Kifle|Keflom
Tedros|Tewodros|Teodros|Tedross
Berhane|Berhe|Birhane|Berhani
Mebrahtu|Mebrahtom|Mebratu|Mebrahto
Ruta|Rutta|Roota
Yordanos|Yordanose|Jordanos|Yordi
Freweyni|Frewoyni|Freweini|Frewayni
Luwam|Liwam|Luam
Semhar|Semhare|Semehar
Winta|Wintana|Wyinta
Tsega|Tsegga|Tseghe
Selam|Salam|Selamawit|Sellam
Helen|Hellen|Heleen|Hélène
Daniel|Danial|Dani'el|Danel
Samuel|Samiel|Samual
Nguyen|Nguyễn|Ngyuen|Nguyn|Nuyen|Ngu yen
Tran|Trần|Tranh
Le|Lê|Lee
Pham|Phạm|Fam
Hoang|Hoàng|Houng
Huynh|Huỳnh|Huinh
Vu|Vũ|Vuu
Dang|Đặng|Dhang
Bui|Bùi|Buoi
Do|Đỗ|Doh
Ngo|Ngô
Duong|Dương|Duongg
Ly|Lý|Lee
Van|Văn|Vann
Thi|Thị|Thy|Ti
Duc|Đức|Duk
Minh|Mihn
Huu|Hữu|Hu
Quoc|Quốc|Quok
Ngoc|Ngọc|Ngok
Hung|Hùng|Houng
Tuan|Tuấn|Tuann
Linh|Lin|Lihn
Huong|Hương|Hoong
Thanh|Than|Thahn
Quang|Quan|Kwang
Hai|Hải|Hay
Dung|Dũng|Zung
Phuong|Phương|Fuong
Trang|Trag
Thao|Thảo|Tao
Khanh|Khánh|Kanh
Son|Sơn|Song
Tam|Tâm|Taam
Viet|Việt|Vyet
Cuong|Cường|Kuong
Dat|Đạt|Datt
Hoxha|Hoxa|Hodja|Hoxhaj|Hoja
Krasniqi|Krasniqui|Krasniki|Krasnici
Lleshi|Leshi|Lleshaj|Lesi
Dervishi|Dervish|Dervishaj|Dervisi
Shehu|Sheu|Shehaj|Seho
Cela|Çela|Chela|Cella
Muca|Muça|Mucha|Mutsa
Kola|Kolla|Kolaj
Hysa|Hysaj|Husa
Gjoka|Gioka|Gjokaj|Djoka
Prenga|Prengaj|Prenge
Marku|Markaj|Marko
Arber|Arbër|Arbri|Arbër
Xhuljan|Julian|Xhulian|Djulian
Anxhela|Angela|Anxela|Andjela
Xhesika|Jessica|Xhesica|Dzhesika
Klajdi|Klaidi|Klajdy|Claudio
Endrit|Endri|Endrid
Fjorela|Fiorela|Fjorella
Elion|Elijon|Ellion
Ion|Ioan|Ionel|Ionut
Gheorghe|George|Georghe|Gheorge
Constantin|Costel|Costin|Konstantin
Stefan|Ștefan|Stephan|Stefen
Andreea|Andrea|Andreia
Mihaela|Michaela|Mihaila
Muresan|Mureșan|Muresanu
Stoica|Stoika|Stoicka
Oluwaseun|Seun|Oluseun|Oluwasheun
Osaretin|Osaro|Osaretinn
Osagie|Osagiee|Osaje
Omoregie|Omorogie|Omoregbe
Efosa|Efosah|Ephosa
Eghosa|Eghosaa|Egosa
Igbinedion|Igbinedeon|Igbinidion
Okonkwo|Okonkow|Okonko
Gurpreet|Gurprit|Gurpreeth
Harpreet|Harprit|Harpreeth
Manpreet|Manprit|Manpreeth
Mohinder|Mohindar|Mahinder
Singh|Sing|Singhh
Kaur|Kour|Kaurr
Kumar|Kummar|Coomar
Xiaoming|Xiao Ming|Xiao-Ming|Hsiao Ming
Zhang|Chang|Zang
Chen|Chan|Chern
Huang|Hwang|Wong
Liu|Lau|Lew
Zhao|Chao|Zhou
Pawel|Paweł|Pavel
Lukasz|Łukasz|Lucas
Wisniewski|Wiśniewski|Wisnewski
Wojcik|Wójcik|Wojcick
Kaminski|Kamiński|Kaminsky
Wisniewska|Wiśniewska|Wisnewska
Wojcikowa|Wójcik|Wojcik
Kaminska|Kamińska|Kaminsky
Catherine|Katherine|Kathryn|Catharine
Stephen|Steven|Stephan
Jayden|Jaden|Jaiden|Jadon
Kayden|Kaden|Caiden
Leighton|Layton|Leyton
Mackenzie|McKenzie|Makenzie
Aaliyah|Aliyah|Aaliya
Thompson|Thomson|Tompson
Phillips|Philips|Phillipps
Mohammed Ali|Mohamed Ali|Muhammad Ali
"""

GROUP = {}       # canonical -> list of variants
for _line in GROUPS_TXT.strip().splitlines():
    _parts = [p.strip() for p in _line.split('|') if p.strip()]
    # dedupe, keep order
    _seen = []
    for _p in _parts:
        if _p not in _seen:
            _seen.append(_p)
    if _seen[0] not in GROUP:
        GROUP[_seen[0]] = _seen


def variants(tok):
    return GROUP.get(tok, [tok])


# Own-script renderings (canonical key -> script)
ARABIC = {
    'Mohammed': 'محمد', 'Ahmed': 'أحمد', 'Abdullah': 'عبدالله', 'Abdelrahman': 'عبدالرحمن',
    'Osman': 'عثمان', 'Yousif': 'يوسف', 'Hassan': 'حسن', 'Hussein': 'حسين', 'Ibrahim': 'إبراهيم',
    'Ismail': 'إسماعيل', 'Omar': 'عمر', 'Khalid': 'خالد', 'Mustafa': 'مصطفى', 'Salih': 'صالح',
    'Adam': 'آدم', 'Ishag': 'إسحاق', 'Abdelaziz': 'عبدالعزيز', 'Musa': 'موسى', 'Idris': 'إدريس',
    'Yahya': 'يحيى', 'Fatima': 'فاطمة', 'Amna': 'آمنة', 'Mariam': 'مريم', 'Hawa': 'حواء',
    'Zainab': 'زينب', 'Aisha': 'عائشة', 'Haider': 'حيدر', 'Abbas': 'عباس', 'Qadir': 'قادر',
    'Rasul': 'رسول', 'Mahmoud': 'محمود', 'Aziz': 'عزيز', 'Ali': 'علي', 'Haroun': 'هارون',
    'Mehdi': 'مهدی', 'Reza': 'رضا', 'Amir': 'امیر', 'Saeed': 'سعید', 'Jawad': 'جواد',
    'Hamid': 'حمید', 'Farhad': 'فرهاد', 'Karimi': 'کریمی', 'Ahmadi': 'احمدی', 'Rahimi': 'رحیمی',
    'Mohammadi': 'محمدی', 'Hosseini': 'حسینی', 'Zahra': 'زهرا', 'Naveed': 'نوید', 'Gul': 'گل',
    'Bilal': 'بلال', 'Babiker': 'بابكر', 'Karwan': 'کاروان', 'Rebwar': 'رێبوار', 'Aram': 'ئارام',
}
GEEZ = {
    'Yonas': 'ዮናስ', 'Selam': 'ሰላም', 'Tesfay': 'ተስፋይ', 'Haile': 'ሃይለ', 'Kidane': 'ኪዳነ',
    'Mehari': 'መሓሪ', 'Semere': 'ሰመረ', 'Filmon': 'ፊልሞን', 'Tekle': 'ተኽለ', 'Abraham': 'ኣብርሃም',
    'Helen': 'ሄለን', 'Senait': 'ሰናይት', 'Habte': 'ሃብተ', 'Gebremedhin': 'ገብረመድህን',
    'Gebreyesus': 'ገብረየሱስ', 'Weldu': 'ወልዱ', 'Tsegay': 'ጸጋይ', 'Ghirmay': 'ግርማይ', 'Mussie': 'ሙሴ',
    'Amanuel': 'ኣማኑኤል', 'Daniel': 'ዳንኤል', 'Samuel': 'ሳሙኤል', 'Ruta': 'ሩታ', 'Yordanos': 'ዮርዳኖስ',
    'Luwam': 'ሉዋም', 'Bereket': 'በረኸት', 'Hagos': 'ሓጎስ', 'Kiflom': 'ክፍሎም', 'Tedros': 'ቴድሮስ',
    'Berhane': 'ብርሃነ', 'Winta': 'ዊንታ', 'Semhar': 'ሰምሃር', 'Tsega': 'ጸጋ',
}
HANZI = {'Wang': '王', 'Li': '李', 'Zhang': '张', 'Liu': '刘', 'Chen': '陈', 'Yang': '杨',
         'Huang': '黄', 'Zhao': '赵', 'Lin': '林', 'Wei': '伟', 'Fang': '芳', 'Min': '敏',
         'Jing': '静', 'Lei': '磊', 'Jun': '军', 'Xiaoming': '小明', 'Mei': '美', 'Hui': '慧',
         'Qiang': '强', 'Yan': '燕'}

# --------------------------------------------------------------------------
# Nationalities: weights loosely follow the mix of recent UK NRM referrals.
# style: western | chain | afghan | viet | chinese
# --------------------------------------------------------------------------
NAT = {
    'GBR': dict(w=26, style='western', age=(12, 45, 16),
                m='Jayden Kayden Leighton Tyler Callum Connor Kyle Liam Jordan Reece Harvey Charlie Mason Ethan Lewis Ryan Daniel James Thomas Jack Bradley Kieran Mohammed Joshua Stephen Lee Dean Marcus Tyrone Aaron'.split(),
                f='Chloe Jade Courtney Shannon Megan Paige Aaliyah Mackenzie Ellie Amber Leah Catherine Lauren Kayleigh Demi Sophie Jasmine Chelsea Tia Nicole Abigail Emma'.split(),
                sur='Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis Hughes Edwards Phillips Campbell Murphy Kelly Price Bennett Campbell-Reid Ward Cooper Morris Begum Hussain Okoro Mensah'.split()),
    'ALB': dict(w=15, style='western', age=(15, 40, 22),
                m='Ardit Arber Besnik Bledar Dritan Elton Endrit Erion Ervin Fatjon Florian Gentian Klajdi Kristian Marsel Redon Xhuljan Erald Sokol Ilir Elion Armando Renato Alket Genti'.split(),
                f='Elira Klodiana Mirela Ajola Anxhela Brikena Dorina Ermira Fjorela Greta Jonida Rea Xhesika Klea Enkeleda'.split(),
                sur='Hoxha Krasniqi Lleshi Dervishi Shehu Cela Muca Kola Hysa Gjoka Prenga Marku Berisha Gashi Leka Prifti Dushku Bregu Kurti Rama Bajrami Zeneli Metaj Dema'.split()),
    'VNM': dict(w=8, style='viet', age=(14, 35, 18),
                fam=['Nguyen'] * 6 + 'Tran Tran Le Le Pham Hoang Huynh Vu Dang Bui Do Ngo Duong Ly'.split(),
                m='Hung Tuan Nam Thanh Quang Long Hai Dung Khanh Son Tam Viet Cuong Dat Minh Huy Phuc'.split(),
                f='Linh Huong Thanh Phuong Trang Mai Lan Hoa Thao Anh Ngoc Tam Hanh Yen'.split(),
                mid_m='Van Van Van Duc Minh Huu Quoc'.split(), mid_f='Thi Thi Thi Thi Ngoc'.split()),
    'ERI': dict(w=7, style='chain', chain=(2, 3), age=(15, 35, 19),
                m='Yonas Tesfay Haile Kidane Mehari Semere Filmon Tekle Abraham Habte Weldu Tsegay Ghirmay Mussie Amanuel Bereket Hagos Kiflom Tedros Berhane Mebrahtu Gebremedhin Gebreyesus Woldemariam Tesfamariam Habtemariam Daniel Samuel'.split(),
                f='Selam Helen Senait Ruta Yordanos Freweyni Luwam Semhar Winta Tsega Saba Mebrat'.split()),
    'SDN': dict(w=7, style='chain', chain=(2, 4), age=(15, 35, 20),
                m='Mohammed Ahmed Abdullah Abdelrahman Osman Yousif Hassan Hussein Ibrahim Ismail Omar Khalid Mustafa Salih Adam Ishag Abdelaziz Elsadig Babiker Haroun Musa Idris Yahya Mohammed Mohammed Ahmed'.split(),
                f='Fatima Amna Mariam Hawa Zainab Aisha Safa Nafisa Samira'.split()),
    'AFG': dict(w=6, style='afghan', age=(13, 30, 16),
                m='Mohammed Ahmed Ali Hamid Jawad Naveed Farhad Rahmatullah Zabihullah Naqibullah Ismail Sayed Bilal Shafiq Mustafa Omar Idris Ahmed-Zia Gul-Ahmed Abdul-Wali Abdul-Qadir'.split(),
                f='Zahra Fatima Mariam Parwana Nadia Shabnam Farzana'.split(),
                sur='Ahmadzai Popalzai Stanikzai Safi Noori Sultani Hakimi Hotak Rahimi Hosseini Amiri Mohammadi Ahmadi Karimi'.split()),
    'IRN': dict(w=5, style='western', age=(16, 40, 24),
                m='Karwan Peshawa Hiwa Aram Soran Mehdi Reza Hussein Amir Ali Mohsen Saeed Hemin Mohammed'.split(),
                f='Mariam Zahra Fatima Narges Shirin'.split(),
                sur='Ahmadi Mohammadi Hosseini Rezaei Karimi Moradi Rahimi Azizi Jafari Ghasemi Amiri'.split()),
    'IRQ': dict(w=5, style='chain', chain=(2, 3), age=(16, 40, 23),
                m='Rebwar Karwan Hawkar Shvan Dler Hemin Sarkawt Aram Ali Hussein Ahmed Abbas Haider Omar Mohammed Qadir Rasul Aziz Mahmoud Salih Abdullah'.split(),
                f='Zainab Mariam Fatima Aisha Shirin Narges'.split()),
    'ROU': dict(w=3, style='western', age=(17, 50, 26),
                m='Ion Andrei Mihai Florin Gheorghe Constantin Nicolae Marian Stefan Vasile Adrian Cristian'.split(),
                f='Maria Elena Ioana Andreea Florentina Mihaela Alina Daniela'.split(),
                sur='Popescu Ionescu Stan Dumitru Constantin Munteanu Lupu Stoica Radu Moldovan Muresan Rusu Marin'.split()),
    'NGA': dict(w=3, style='western', age=(16, 40, 22),
                m='Chinedu Oluwaseun Osaretin Efosa Eghosa Emeka Tunde Uche Osagie Kelechi'.split(),
                f='Blessing Precious Joy Esther Favour Gift Osas Uwa Mercy Faith Patience Success'.split(),
                sur='Okafor Adeyemi Osagie Igbinedion Okonkwo Eze Ogunleye Obaseki Omoruyi Omoregie Iyamu Edo-Osagie'.split()),
    'IND': dict(w=3, style='western', age=(18, 50, 28),
                m='Gurpreet Harpreet Manpreet Rajesh Suresh Mohinder Amit Sandeep Vijay'.split(),
                f='Harpreet Manpreet Priya Anjali Sunita Gurpreet'.split(),
                sur='Singh Singh Kaur Kumar Patel Sharma Gill Sandhu Reddy'.split()),
    'CHN': dict(w=2, style='chinese', age=(16, 45, 25),
                fam='Wang Li Zhang Liu Chen Yang Huang Zhao Lin'.split(),
                m='Wei Lei Jun Xiaoming Qiang Hui'.split(), f='Fang Min Jing Mei Hui Yan'.split()),
    'PAK': dict(w=2, style='western', age=(16, 45, 24),
                m='Mohammed Ali Imran Asif Bilal Usman Kashif Hamza Zeeshan'.split(),
                f='Ayesha Sana Fatima Mariam Nadia'.split(),
                sur='Khan Ahmed Hussain Iqbal Malik Butt Raza Mahmood Shah'.split()),
    'POL': dict(w=2, style='western', age=(20, 60, 35),
                m='Piotr Tomasz Krzysztof Marek Pawel Lukasz Jan Andrzej'.split(),
                f='Anna Katarzyna Agnieszka Magdalena Joanna'.split(),
                sur='Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Zielinski'.split()),
    'ETH': dict(w=2, style='chain', chain=(2, 3), age=(16, 35, 20),
                m='Dawit Tesfay Haile Kidane Abraham Berhane Tedros Yonas Getachew Alemu Tadesse'.split(),
                f='Selam Helen Tigist Hiwot Meron Bethlehem'.split()),
    'EGY': dict(w=1, style='chain', chain=(2, 3), age=(15, 30, 17),
                m='Mohammed Ahmed Mahmoud Mustafa Omar Khalid Ibrahim Yousif Hassan'.split(),
                f='Fatima Mariam Aisha'.split()),
    'SYR': dict(w=1, style='chain', chain=(1, 2), age=(15, 40, 22),
                m='Mohammed Ahmed Khalid Omar Hussein Abdullah Yahya Mahmoud'.split(),
                f='Fatima Mariam Zainab Aisha'.split(),
                sur='Al-Hassan Al-Ahmad Haddad Al-Khatib Hamdan Darwish Al-Ali'.split()),
}
POL_FEM = {'Kowalski': 'Kowalska', 'Wisniewski': 'Wisniewska', 'Wojcik': 'Wojcik',
           'Kaminski': 'Kaminska', 'Lewandowski': 'Lewandowska', 'Zielinski': 'Zielinska'}

COUNTRY = {  # code3: (iso2, name, demonym, extra spellings)
    'GBR': ('GB', 'United Kingdom', 'British', ['UK', 'England', 'British Citizen', 'U.K.', 'Scotland']),
    'ALB': ('AL', 'Albania', 'Albanian', ['Republic of Albania', 'Albainia']),
    'VNM': ('VN', 'Vietnam', 'Vietnamese', ['Viet Nam', 'Vietman']),
    'ERI': ('ER', 'Eritrea', 'Eritrean', ['Eriteria']),
    'SDN': ('SD', 'Sudan', 'Sudanese', ['Republic of Sudan']),
    'AFG': ('AF', 'Afghanistan', 'Afghan', ['Afganistan', 'Afghani']),
    'IRN': ('IR', 'Iran', 'Iranian', ['Iran, Islamic Republic of', 'Iran (Kurdish)']),
    'IRQ': ('IQ', 'Iraq', 'Iraqi', ['Iraq (KRI)', 'Iraqi Kurdistan']),
    'ROU': ('RO', 'Romania', 'Romanian', ['Rumania']),
    'NGA': ('NG', 'Nigeria', 'Nigerian', []),
    'IND': ('IN', 'India', 'Indian', []),
    'CHN': ('CN', 'China', 'Chinese', ["China, People's Republic"]),
    'PAK': ('PK', 'Pakistan', 'Pakistani', []),
    'POL': ('PL', 'Poland', 'Polish', []),
    'ETH': ('ET', 'Ethiopia', 'Ethiopian', []),
    'EGY': ('EG', 'Egypt', 'Egyptian', []),
    'SYR': ('SY', 'Syria', 'Syrian', ['Syrian Arab Republic']),
}

# --------------------------------------------------------------------------
# Partner organisations and their export habits
#   name_styles: weights over SUR_COMMA, FORE_SURUP, PLAIN, SUR_FIRST, UPPER
# --------------------------------------------------------------------------
ORGS = [
    # name, route, kind, name style weights, date fmt, sex scheme, nat scheme, id prob, translit p
    ('Home Office - Single Competent Authority', 'NRM', 'HO', (6, 1, 0, 1, 2), '%d/%m/%Y', 'MF', 'iso3', 0.85, 0.15),
    ('Home Office Immigration Enforcement (DtN)', 'DtN', 'HO', (5, 1, 0, 1, 3), '%d-%b-%Y', 'word', 'name', 0.9, 0.2),
    ('Border Force - Dover', 'DtN', 'HO', (3, 0, 0, 1, 6), '%d/%m/%Y', 'MF', 'iso2', 0.95, 0.3),
    ('Metropolitan Police Service', 'Police', 'POL', (4, 3, 1, 1, 1), '%d/%m/%Y', 'MF', 'demonym', 0.35, 0.3),
    ('West Midlands Police', 'Police', 'POL', (2, 4, 2, 1, 0), '%Y-%m-%d', 'word', 'name', 0.3, 0.3),
    ('Greater Manchester Police', 'Police', 'POL', (3, 1, 3, 1, 0), '%d.%m.%Y', 'mw', 'demonym', 0.3, 0.3),
    ('Kent Police', 'Police', 'POL', (2, 2, 2, 1, 2), '%d/%m/%Y', 'MF', 'iso3', 0.4, 0.35),
    ('Kent County Council - UASC Team', 'LA', 'LA', (1, 2, 4, 1, 0), '%d/%m/%Y', 'child', 'name', 0.4, 0.35),
    ('Birmingham Children\'s Trust', 'LA', 'LA', (1, 1, 5, 1, 0), '%d %B %Y', 'lower', 'demonym', 0.2, 0.3),
    ('Croydon LBC Adult Social Care', 'LA', 'LA', (3, 1, 3, 0, 0), '%Y-%m-%d', 'num', 'name', 0.2, 0.3),
    ('Glasgow HSCP', 'LA', 'LA', (1, 2, 4, 1, 0), '%d/%m/%Y', 'word', 'name', 0.2, 0.3),
    ('Salvation Army (VCC)', 'NGO', 'NGO', (1, 1, 6, 1, 0), '%d/%m/%Y', 'word', 'name', 0.15, 0.45),
    ('Migrant Help', 'NGO', 'NGO', (2, 1, 4, 1, 0), '%d/%m/%Y', 'MF', 'name', 0.25, 0.45),
    ('Northbridge Anti-Slavery Partnership', 'NGO', 'NGO', (0, 2, 6, 1, 0), '%d %b %Y', 'lower', 'demonym', 0.1, 0.5),
    ('Haven Outreach Trust', 'NGO', 'NGO', (1, 0, 5, 2, 0), '%d/%m/%y', 'word', 'name', 0.1, 0.5),
    ('Refugee Legal Clinic North', 'NGO', 'NGO', (3, 1, 3, 1, 0), '%d/%m/%Y', 'MF', 'name', 0.45, 0.4),
]
ORG_W = [10, 6, 4, 8, 4, 4, 4, 5, 4, 3, 3, 7, 6, 3, 3, 2]
NAME_STYLES = ['SUR_COMMA', 'FORE_SURUP', 'PLAIN', 'SUR_FIRST', 'UPPER']

EXPLOIT = ['Labour', 'Sexual', 'Criminal', 'Criminal - county lines', 'Domestic servitude',
           'Criminal - cannabis cultivation', 'Labour/Sexual', 'Unknown', 'Not disclosed']

NOTES = [
    'Referred following welfare visit.', 'Interpreter required ({lang}).', 'Age disputed - LA age assessment pending.',
    'Declined NRM; DtN submitted.', 'Found in rear of HGV at port.', 'Encountered during warrant at nail bar.',
    'Found at cannabis grow, arrested then treated as potential victim.', 'Reports debt bondage to agent.',
    'Sibling may also be in UK - not verified.', 'Missing from care placement x3.', 'Phone 07700 900{n:03d} (not verified).',
    'Previously known to another force under different spelling?', 'Client states DOB unknown; year only.',
    'Conclusive grounds pending.', 'Reasonable grounds positive.', 'Safe house placement offered.',
    'Do not contact via mobile - handler may monitor.', 'Worked at car wash for 14 months.',
    'Travelled via Libya and Italy.', 'Travelled via Belgium, small boat.', 'Recovered from address in {town}.',
    'Referred by GP.', 'School raised concerns.', 'Possible duplicate - check name order.', '', '', '',
]
LANGS = {'ALB': 'Albanian', 'VNM': 'Vietnamese', 'ERI': 'Tigrinya', 'SDN': 'Arabic (Sudanese)', 'AFG': 'Pashto',
         'IRN': 'Kurdish Sorani', 'IRQ': 'Kurdish Sorani', 'ROU': 'Romanian', 'CHN': 'Mandarin', 'ETH': 'Amharic',
         'EGY': 'Arabic', 'SYR': 'Arabic', 'POL': 'Polish', 'PAK': 'Urdu', 'IND': 'Punjabi', 'NGA': 'Edo'}
TOWNS = ['Wolverhampton', 'Bradford', 'Luton', 'Peterborough', 'Swansea', 'Hull', 'Leeds', 'Southend', 'Cardiff', 'Derby']

ALIASES = {'western': ['Jay', 'Lil T', 'Deno', 'Kaz', 'Smokey', 'Bobby', 'Tone', 'Princess', 'Babes', 'Red', 'Ace'],
           'ALB': ['Toni', 'Xhoni', 'Beni', 'Leo', 'Gino', 'Mario', 'Kris'],
           'VNM': ['Tony', 'Kevin', 'Jimmy', 'Lucy', 'Lily', 'Sam', 'Peter'],
           'CHN': ['Lucy', 'Jenny', 'Tom', 'Michael', 'Amy'],
           'arab': ['Abu Ali', 'Mo', 'Hamoudi', 'Abu Omar', 'Sudani'],
           'ERI': ['Abi', 'Wedi', 'Sami', 'Dani'], 'AFG': ['Mo', 'Ahmad', 'Kako', 'Lala']}
NICK = {'Catherine': 'Cath', 'Stephen': 'Steve', 'Thomas': 'Tom', 'James': 'Jim', 'Daniel': 'Danny',
        'Joshua': 'Josh', 'Abigail': 'Abbie', 'Nicole': 'Nikki', 'Jasmine': 'Jas', 'Bradley': 'Brad',
        'Mohammed': 'Mo', 'Kristian': 'Kris', 'Gentian': 'Genti', 'Alexander': 'Alex', 'Marcus': 'Marc',
        'Kieran': 'Kie', 'Joanna': 'Asia', 'Katarzyna': 'Kasia', 'Oluwaseun': 'Seun', 'Osaretin': 'Osaro'}

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
KEYB = 'qwertyuiop asdfghjkl zxcvbnm'


def strip_accents(s):
    s = s.replace('Đ', 'D').replace('đ', 'd').replace('ł', 'l').replace('Ł', 'L')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def wchoice(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def typo(rng, s):
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.random()
    if op < 0.3:
        return s[:i] + s[i + 1:]                               # deletion
    if op < 0.5:
        return s[:i] + s[i] + s[i:]                            # doubling
    if op < 0.75:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]             # transposition
    c = s[i].lower()
    row = next((r for r in KEYB.split() if c in r), None)
    if not row:
        return s[:i] + s[i + 1:]
    j = row.index(c)
    nb = row[max(0, j - 1)] if rng.random() < 0.5 and j > 0 else row[min(len(row) - 1, j + 1)]
    return s[:i] + (nb.upper() if s[i].isupper() else nb) + s[i + 1:]


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
class Person:
    pass


def pick_spelling(rng, key):
    v = variants(key)
    if len(v) == 1 or rng.random() < 0.55:
        return v[0]
    return rng.choice(v[1:])


def expand(tok):
    # compound given names stored with '-' (e.g. Ahmad-Zia) -> two tokens
    return tok.split('-') if tok.count('-') == 1 and tok[0].isupper() and not tok.startswith('Al-') \
        and tok not in ('Campbell-Reid', 'Edo-Osagie') else [tok]


def make_names(rng, p, nat, sex):
    c = NAT[nat]
    style = c['style']
    p.style = style
    gl = c['m'] if sex == 'M' else c['f']
    p.given, p.middle, p.family, p.chain = [], [], [], []
    if style == 'western':
        p.given = expand(rng.choice(gl))
        if nat in ('GBR', 'ROU', 'NGA', 'PAK') and rng.random() < 0.35:
            p.given.append(rng.choice(gl))
        sur = rng.choice(c['sur'])
        if nat == 'POL' and sex == 'F':
            sur = POL_FEM.get(sur, sur)
        if nat == 'IND' and sur in ('Singh', 'Kaur'):
            sur = 'Singh' if sex == 'M' else 'Kaur'
        p.family = [sur]
    elif style == 'viet':
        p.family = [rng.choice(c['fam'])]
        p.middle = [rng.choice(c['mid_m'] if sex == 'M' else c['mid_f'])]
        p.given = [rng.choice(gl)]
    elif style == 'chinese':
        p.family = [rng.choice(c['fam'])]
        p.given = [rng.choice(gl)]
    elif style == 'chain':
        p.given = [rng.choice(gl)]
        lo, hi = c['chain']
        p.chain = [rng.choice(c['m']) for _ in range(rng.randint(lo, hi))]
        if 'sur' in c:
            p.family = [rng.choice(c['sur'])]
    elif style == 'afghan':
        p.given = expand(rng.choice(gl))
        p.chain = [rng.choice(c['m'])]
        if rng.random() < 0.6:
            p.family = [rng.choice(c['sur'])]
    # person's own usual spelling of each token
    p.spell = {}
    for t in p.given + p.middle + p.family + p.chain:
        if t not in p.spell:
            p.spell[t] = pick_spelling(rng, t)


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def make_person(rng, pid, nat=None, sex=None):
    p = Person()
    p.pid = pid
    p.nat = nat or wchoice(rng, list(NAT), [NAT[k]['w'] for k in NAT])
    c = NAT[p.nat]
    if sex is None:
        male_p = {'GBR': 0.75, 'ALB': 0.8, 'VNM': 0.7, 'NGA': 0.25, 'CHN': 0.45, 'ROU': 0.55, 'POL': 0.7}.get(p.nat, 0.9)
        sex = 'M' if rng.random() < male_p else 'F'
    p.sex = sex
    make_names(rng, p, p.nat, sex)
    p.first_ref = rand_date(rng, dt.date(2016, 1, 1), dt.date(2025, 3, 31))
    lo, hi, mode = c['age']
    age = int(round(rng.triangular(lo, hi, mode)))
    p.dob = p.first_ref - dt.timedelta(days=age * 365 + rng.randrange(365))
    # DOB knowledge status
    r = rng.random()
    if p.nat in ('GBR', 'POL', 'ROU'):
        p.dob_status = 'known' if r < 0.92 else 'estimated'
    else:
        p.dob_status = 'known' if r < 0.45 else ('estimated' if r < 0.78 else 'disputed')
    p.claimed_dob = p.dob
    if p.dob_status == 'disputed':
        # claims to be younger; assessed older
        p.claimed_dob = p.dob + dt.timedelta(days=365 * rng.randint(1, 3) + rng.randrange(-60, 60))
    p.exploit = wchoice(rng, EXPLOIT, [20, 18, 14, 10 if p.nat == 'GBR' else 1, 5, 8 if p.nat == 'VNM' else 1, 4, 8, 3])
    p.cid = None
    p.port = None
    if p.nat != 'GBR':
        if rng.random() < 0.7:
            p.cid = str(rng.randrange(1000000, 99999999))
        if rng.random() < 0.4:
            port = rng.choice(['DVR', 'LHR', 'LGW', 'STN', 'MAN', 'CTC', 'FLK', 'BHX'])
            p.port = '%s/%d/%02d' % (port, rng.randrange(1000, 99999), p.first_ref.year % 100)
    p.aliases = []
    if rng.random() < 0.3:
        key = 'arab' if p.nat in ('SDN', 'EGY', 'SYR', 'IRQ') else (p.nat if p.nat in ALIASES else 'western')
        p.aliases.append(rng.choice(ALIASES[key]))
    g0 = p.given[0]
    if g0 in NICK and rng.random() < 0.5:
        p.aliases.append(NICK[g0])
    p.relation = ''
    return p


def make_relative(rng, pid, base, kind):
    """sibling / twin / namesake of an existing person: hard negatives."""
    sex = base.sex if (kind == 'namesake' or rng.random() < 0.5) else ('F' if base.sex == 'M' else 'M')
    p = make_person(rng, pid, base.nat, sex)
    if kind == 'namesake':
        p.given, p.middle, p.family, p.chain = list(base.given), list(base.middle), list(base.family), list(base.chain)
        p.spell = dict(base.spell)
        if rng.random() < 0.3:   # same birth year, different day
            p.dob = dt.date(base.dob.year, rng.randint(1, 12), rng.randint(1, 28))
            p.claimed_dob = p.dob
    else:
        # share family / patronymic chain, different given
        p.family = list(base.family)
        p.chain = list(base.chain)
        if p.style == 'viet':
            p.middle = ['Van' if sex == 'M' else 'Thi'] if rng.random() < 0.7 else p.middle
        for _ in range(10):
            if p.given != base.given:
                break
            gl = NAT[p.nat]['m'] if sex == 'M' else NAT[p.nat]['f']
            p.given = expand(rng.choice(gl))
        for t in p.family + p.chain:
            p.spell[t] = base.spell.get(t, t)
        for t in p.given + p.middle:
            p.spell.setdefault(t, pick_spelling(rng, t))
        if kind == 'twin':
            p.dob = base.dob
            p.claimed_dob = base.claimed_dob
            p.dob_status = base.dob_status
        else:
            gap = rng.randint(1, 7) * rng.choice([-1, 1])
            p.dob = base.dob + dt.timedelta(days=365 * gap + rng.randrange(-150, 150))
            p.claimed_dob = p.dob if p.dob_status != 'disputed' else p.dob + dt.timedelta(days=365 * rng.randint(1, 3))
        if rng.random() < 0.55:  # encountered / referred together
            p.first_ref = base.first_ref
            if base.port and rng.random() < 0.7:
                a, n, y = base.port.split('/')
                p.port = '%s/%d/%s' % (a, int(n) + rng.choice([1, 2, -1]), y)
            p.exploit = base.exploit
    p.relation = kind
    return p


# --------------------------------------------------------------------------
# Record rendering
# --------------------------------------------------------------------------
def spell(rng, p, tok, tp):
    if rng.random() < tp:
        return rng.choice(variants(tok))
    return p.spell.get(tok, tok)


def own_script(rng, p, toks):
    table = GEEZ if p.nat in ('ERI', 'ETH') else HANZI if p.nat == 'CHN' else ARABIC
    if p.nat not in ('ERI', 'ETH', 'CHN', 'SDN', 'EGY', 'SYR', 'IRQ', 'AFG', 'IRN'):
        return None
    out = []
    for t in toks:
        if t not in table:
            return None
        out.append(table[t])
    return ('' if p.nat == 'CHN' else ' ').join(out)


def render_name(rng, p, org):
    tp = org[8]
    style = wchoice(rng, NAME_STYLES, org[3]) if rng.random() > 0.12 else rng.choice(NAME_STYLES)
    fore, sur = [], []            # lists of canonical tokens
    natural = None                # for viet / chinese natural order
    st = p.style
    if st == 'western':
        fore = p.given[:1] + (p.given[1:] if rng.random() < 0.45 else [])
        sur = list(p.family)
        if rng.random() < 0.04:   # given/family swap in capture
            fore, sur = sur, fore[:1]
    elif st == 'chain':
        n = len(p.chain)
        k = n if rng.random() < 0.45 else rng.randint(1, n)
        kept = p.chain[:k]
        if p.family and rng.random() < 0.7:
            fore, sur = p.given + kept[:max(0, k - 1)] if rng.random() < 0.4 else p.given, list(p.family)
        else:
            fore, sur = p.given + kept[:-1], kept[-1:]
        if rng.random() < 0.05:   # father's name taken as forename
            fore, sur = kept[:1], p.given
    elif st == 'afghan':
        if p.family and rng.random() < 0.8:
            fore, sur = list(p.given), list(p.family)
        elif len(p.given) == 2 and rng.random() < 0.5:
            fore, sur = p.given[:1], p.given[1:]   # compound given split as "surname"
        else:
            fore, sur = list(p.given), list(p.chain)
        if rng.random() < 0.05:
            fore, sur = sur, fore
    elif st == 'viet':
        r = rng.random()
        F, M, G = p.family, p.middle, p.given
        if r < 0.40:
            fore, sur = M + G, F
        elif r < 0.55:
            fore, sur = G, F
        elif r < 0.70:
            natural = F + M + G
        elif r < 0.78:
            natural = F + G
        elif r < 0.90:
            fore, sur = F + M, G            # Vietnamese order taken as western
        else:
            fore, sur = G + M, F
    elif st == 'chinese':
        r = rng.random()
        if r < 0.45:
            fore, sur = p.given, p.family
        elif r < 0.75:
            natural = p.family + p.given
        else:
            fore, sur = p.family, p.given   # swapped
    # own script sometimes
    if rng.random() < 0.05:
        s = own_script(rng, p, natural if natural else fore + sur)
        if s:
            return s
    diacritic_keep = p.nat == 'VNM' and rng.random() < 0.12 or p.nat in ('ALB', 'ROU', 'POL') and rng.random() < 0.5

    def sp(t):
        s = spell(rng, p, t, tp)
        if not diacritic_keep:
            s = strip_accents(s)
        elif p.nat == 'VNM':
            # diacritic form of the variant group if present
            dv = [v for v in variants(t) if strip_accents(v) == strip_accents(s) and v != strip_accents(v)]
            s = dv[0] if dv else s
        return s

    if natural:
        toks = [sp(t) for t in natural]
        if rng.random() < 0.06:
            i = rng.randrange(len(toks))
            toks[i] = typo(rng, toks[i])
        s = ' '.join(toks)
        return s.upper() if style in ('UPPER', 'SUR_COMMA') and rng.random() < 0.6 else s
    f = [sp(t) for t in fore]
    s_ = [sp(t) for t in sur]
    if rng.random() < 0.07 and (f or s_):
        if s_ and rng.random() < 0.5:
            i = rng.randrange(len(s_))
            s_[i] = typo(rng, s_[i])
        elif f:
            i = rng.randrange(len(f))
            f[i] = typo(rng, f[i])
    F, S = ' '.join(f), ' '.join(s_)
    if style == 'SUR_COMMA':
        out = '%s, %s' % (S.upper(), F)
    elif style == 'FORE_SURUP':
        out = '%s %s' % (F, S.upper())
    elif style == 'PLAIN':
        out = '%s %s' % (F, S)
    elif style == 'SUR_FIRST':
        out = '%s %s' % (S, F)
    else:
        out = ('%s %s' % (F, S)).upper()
    if rng.random() < 0.02:
        out = out.lower()
    if rng.random() < 0.015:
        out = '  ' + out + ' '
    return out.strip(',').strip() if rng.random() < 0.9 else out


def fmt_date(rng, d, fmt):
    if fmt == '%m/%d/%Y':
        return d.strftime(fmt)
    s = d.strftime(fmt)
    return s


def render_dob(rng, p, ref_date, org):
    """returns (dob_string, dob_used_for_age or None, age_kind)"""
    kind = org[2]
    if rng.random() < 0.10:
        return '', None, 'missing'
    if p.dob_status == 'known':
        d = p.dob
        r = rng.random()
        if r < 0.05:
            return '%s %d' % (MONTHS[d.month - 1], d.year), d, 'known'
        if r < 0.08:
            return str(d.year), d, 'known'
        if r < 0.11:
            return '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year), d, 'known'
        fmt = org[4] if rng.random() < 0.85 else rng.choice(['%d/%m/%Y', '%Y-%m-%d', '%d-%b-%Y', '%d.%m.%Y'])
        s = d.strftime(fmt)
        r = rng.random()
        if r < 0.04 and d.day <= 12 and d.day != d.month:   # day/month swapped
            s = dt.date(d.year, d.day, d.month).strftime(fmt)
        elif r < 0.06:                                        # digit slip
            s = typo_digit(rng, s)
        return s, d, 'known'
    if p.dob_status == 'estimated':
        # year derived from stated age at this referral, +-1
        est_year = p.dob.year + (rng.choice([-1, 1]) if rng.random() < 0.2 else 0)
        d = dt.date(est_year, 1, 1)
        r = rng.random()
        if r < 0.55:
            return d.strftime(org[4]), d, 'est'
        if r < 0.7:
            return str(est_year), d, 'est'
        if r < 0.85:
            return rng.choice(['abt %d', 'c.%d', 'approx %d', '~%d', '%d (est)']) % est_year, d, 'est'
        return '%s (age assessed)' % d.strftime('%d/%m/%Y'), d, 'est'
    # disputed
    assessed = dt.date(p.dob.year, 1, 1)
    use_claim = rng.random() < (0.75 if kind == 'NGO' else 0.35)
    if use_claim:
        d = p.claimed_dob
        s = d.strftime(org[4])
        if rng.random() < 0.2:
            s += ' (claimed)'
        return s, d, 'claimed'
    s = assessed.strftime(org[4])
    if rng.random() < 0.3:
        s = rng.choice(['%s (assessed)', '%s - LA assessed', '%s per Merton assessment']) % s
    return s, assessed, 'assessed'


def typo_digit(rng, s):
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + str((int(s[i]) + rng.choice([1, -1, 3])) % 10) + s[i + 1:]


def age_at(d, ref):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def render_age(rng, p, dob_used, ref, kind):
    if rng.random() < 0.18:
        return ''
    base = dob_used if dob_used else (p.claimed_dob if rng.random() < 0.5 else p.dob)
    a = age_at(base, ref)
    if rng.random() < 0.05:
        a += rng.choice([-1, 1])
    r = rng.random()
    if kind in ('est', 'assessed') and r < 0.4:
        return rng.choice(['approx %d', '%d (est)', 'c.%d', '%d?']) % a
    if kind == 'claimed' and r < 0.3:
        return '%d (claimed)' % a
    if r < 0.05 and a < 18:
        return '%d-%d' % (a - 1, a)
    if r < 0.12:
        return '%d yrs' % a
    return str(a)


def render_sex(rng, p, org, ref_age):
    if rng.random() < 0.04:
        return ''
    if rng.random() < 0.02:
        return rng.choice(['U', 'Unknown', 'Not stated', 'N/K'])
    sex = p.sex
    if rng.random() < 0.005:
        sex = 'F' if sex == 'M' else 'M'
    scheme = org[5] if rng.random() < 0.9 else rng.choice(['MF', 'word', 'lower', 'num', 'mw'])
    m = sex == 'M'
    if scheme == 'MF':
        return 'M' if m else 'F'
    if scheme == 'word':
        return 'Male' if m else 'Female'
    if scheme == 'lower':
        return 'male' if m else 'female'
    if scheme == 'num':
        return '1' if m else '2'
    if scheme == 'mw':
        return 'Man' if m else 'Woman'
    if scheme == 'child':
        if ref_age is not None and ref_age < 18:
            return 'Boy' if m else 'Girl'
        return 'Male' if m else 'Female'
    return sex


def render_nat(rng, p, org):
    if rng.random() < 0.05:
        return ''
    code = p.nat
    r = rng.random()
    if r < 0.03 and code in ('IRN', 'IRQ'):
        return rng.choice(['Kurdish', 'Kurdish (Iraq)', 'Kurd'])
    if r < 0.04 and code in ('ERI', 'ETH'):
        code = 'ETH' if code == 'ERI' else 'ERI'
    elif r < 0.01:
        return rng.choice(['Stateless', 'Unknown', 'Disputed'])
    iso2, name, dem, extra = COUNTRY[code]
    scheme = org[6] if rng.random() < 0.8 else rng.choice(['iso2', 'iso3', 'name', 'demonym', 'extra', 'upper'])
    if scheme == 'iso2':
        return iso2
    if scheme == 'iso3':
        return code
    if scheme == 'demonym':
        return dem
    if scheme == 'extra' and extra:
        return rng.choice(extra)
    if scheme == 'upper':
        return name.upper()
    return name


def render_ids(rng, p, org):
    if rng.random() > org[7]:
        return ''
    opts = []
    if p.cid:
        opts.append('cid')
    if p.port:
        opts.append('port')
    if not opts:
        return ''
    which = rng.choice(opts)
    if which == 'cid':
        v = p.cid
        if rng.random() < 0.02:
            v = typo_digit(rng, v)
        return rng.choice(['{}', 'CID {}', 'CID: {}', 'HO {}', '{}']).format(v)
    v = p.port
    if rng.random() < 0.02:
        v = typo_digit(rng, v)
    return rng.choice(['{}', 'Port ref {}', 'PR: {}', '{}']).format(v)


def render_known_as(rng, p, canonical_given):
    if p.aliases and rng.random() < 0.5:
        return rng.choice(p.aliases)
    r = rng.random()
    if r < 0.05:
        return spell(rng, p, canonical_given, 0.5)          # just the given name
    if r < 0.08 and p.style in ('viet', 'chinese'):
        return ' '.join(strip_accents(spell(rng, p, t, 0.3)) for t in p.given + p.family)
    return ''


def make_notes(rng, p):
    if rng.random() < 0.35:
        return ''
    k = 1 if rng.random() < 0.75 else 2
    out = []
    for _ in range(k):
        t = rng.choice(NOTES)
        out.append(t.format(lang=LANGS.get(p.nat, 'English'), n=rng.randrange(1000), town=rng.choice(TOWNS)))
    return ' '.join(o for o in out if o)


def make_records(rng, p):
    n = wchoice(rng, [1, 2, 3, 4], [45, 30, 17, 8])
    recs = []
    ref = p.first_ref
    used_orgs = []
    for i in range(n):
        if i > 0:
            r = rng.random()
            if r < 0.35:
                ref = ref + dt.timedelta(days=rng.randrange(0, 10))      # same incident
            else:
                ref = ref + dt.timedelta(days=rng.randrange(20, 900))
            ref = min(ref, dt.date(2025, 9, 30) - dt.timedelta(days=rng.randrange(0, 60)))
        oi = wchoice(rng, range(len(ORGS)), ORG_W)
        if i == 0 and rng.random() < 0.3 and p.nat != 'GBR':
            oi = rng.choice([1, 2])   # first contact via DtN / Border Force
        org = ORGS[oi]
        used_orgs.append(oi)
        dob_s, dob_used, kind = render_dob(rng, p, ref, org)
        age_s = render_age(rng, p, dob_used, ref, kind)
        ref_age = age_at(p.claimed_dob, ref)
        anonymous = org[1] == 'DtN' and ref_age >= 18 and rng.random() < 0.12
        name = '' if anonymous else render_name(rng, p, org)
        if anonymous and rng.random() < 0.5:
            name = rng.choice(['ANONYMOUS', 'Not provided', 'DtN - no consent', 'Unknown'])
        ka = '' if anonymous else render_known_as(rng, p, p.given[0])
        if ka and rng.random() < 0.08 and name:     # columns entered the wrong way round
            name, ka = ka, name
        ref_fmt = org[4] if rng.random() < 0.9 else rng.choice(['%d/%m/%Y', '%Y-%m-%d', '%d/%m/%y'])
        recs.append({
            'Date Referred': ref.strftime(ref_fmt) if rng.random() > 0.02 else '',
            'Partner Org': org[0] if rng.random() > 0.03 else org[0].upper(),
            'Referral Route': org[1],
            'Subject Name': name,
            'Known As': ka,
            'Sex': render_sex(rng, p, org, ref_age),
            'D.O.B.': '' if anonymous and rng.random() < 0.7 else dob_s,
            'Age at Referral': age_s,
            'Nationality': render_nat(rng, p, org),
            'HO CID / Port Ref': '' if anonymous else render_ids(rng, p, org),
            'Exploitation Type': p.exploit if rng.random() < 0.8 else rng.choice(EXPLOIT),
            'Notes': make_notes(rng, p),
            '_pid': p.pid,
        })
    return recs


HEADER = ['Date Referred', 'Ref No', 'Partner Org', 'Referral Route', 'Subject Name', 'Known As', 'Sex',
          'D.O.B.', 'Age at Referral', 'Nationality', 'HO CID / Port Ref', 'Exploitation Type', 'Notes']


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--people', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--truth', required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    people = []
    for i in range(a.people):
        pid = 'P%06d' % (i + 1)
        if people and rng.random() < 0.16:
            base = rng.choice(people)
            kind = wchoice(rng, ['sibling', 'twin', 'namesake'], [60, 15, 25])
            p = make_relative(rng, pid, base, kind)
        else:
            p = make_person(rng, pid)
        people.append(p)
    # extra common-name namesakes happen naturally through small name pools
    records = []
    for p in people:
        records.extend(make_records(rng, p))
    rng.shuffle(records)
    ids = rng.sample(range(100000, 999999), len(records))
    for r, n in zip(records, ids):
        r['Ref No'] = 'HUB-%d' % n
    with open(a.out, 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for r in records:
            w.writerow([r[h] for h in HEADER])
    with open(a.truth, 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['record_id', 'person_id'])
        for r in records:
            w.writerow([r['Ref No'], r['_pid']])


if __name__ == '__main__':
    main()
