#!/usr/bin/env python3
"""gen15.py - synthetic modern-slavery legal-aid client export with ground truth.

Imitates a matter-list export from an immigration / public law solicitors'
case management system (CSV, UTF-8 with BOM, CRLF, DD/MM/YYYY dates).
Everyone is invented: names are drawn at random from lists of common names,
all references are random.  Standard library only.

usage: python3 gen15.py --people N --seed S --out FILE --truth TRUTH.csv [--stats]
"""
import argparse
import csv
import datetime as dt
import random
import sys
import unicodedata
from collections import Counter, defaultdict


def G(s):
    """'A|B, C' -> [['A','B'],['C']]  (variant groups, first = most usual)"""
    out = []
    for g in s.replace("\n", " ").split(","):
        g = g.strip()
        if g:
            out.append([v.strip() for v in g.split("|")])
    return out


# --------------------------------------------------------------------------
# Name lists per culture.  Variant groups are transliteration variants of the
# same name; the person has one usual spelling, other records may use another.
# --------------------------------------------------------------------------
CULT = {}

CULT["ALB"] = dict(
    nat="Albanian", struct="western", male_p=0.85, lang=["Albanian"],
    male=G("""Arben, Besnik, Dritan, Erion, Klajdi|Klaidi, Ardit, Endrit, Elton, Gentian|Gentjan,
        Fatjon, Arlind, Mario, Kristian|Kristjan, Redon, Florian|Florjan, Ervin, Eljon, Alban,
        Bledar, Ilir, Xhuljan|Julian|Xhulian, Ergys|Ergis, Renaldo|Rinaldo, Sokol, Armando,
        Kevin, Denis|Deniz, Eduart|Eduard, Andi|Andy, Gerti|Geri, Klevis|Klevi, Orges|Orgest"""),
    female=G("""Elona, Anisa, Ermira, Klea, Jonida, Arjola, Besa, Drita, Alketa, Ornela,
        Xhesika|Jessika|Xhesica, Fjorela|Fiorela, Erisa, Megi, Sara, Ana, Enkeleda|Engjellushe"""),
    family=G("""Hoxha|Hoxa|Hodja, Shehu, Dervishi, Gjoka, Leka, Kola, Prifti, Marku, Basha,
        Çela|Cela|Qela, Muça|Muca|Mucha, Lika, Doda, Bregu, Zeneli, Kurti, Hysa, Rama, Mema,
        Gjoni, Dushku, Tafa, Kuçi|Kuci|Kuchi, Lleshi|Leshi, Bajrami|Bajram, Çani|Cani, Pjetri,
        Ndreu, Gjeka, Murati, Hasani, Berisha, Krasniqi|Krasniki"""),
)
CULT["VNM"] = dict(
    nat="Vietnamese", struct="eastern", male_p=0.70, lang=["Vietnamese"],
    family=G("""Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô,
        Dương, Lý, Đinh, Trịnh, Mai, Cao"""),
    mid_m=G("Văn, Văn, Văn, Đức, Minh, Hữu, Quang, Thanh, Công, Xuân, Tiến"),
    mid_f=G("Thị, Thị, Thị, Ngọc, Thu, Thanh, Kim, Mỹ"),
    male=G("""Anh, Hùng, Tuấn, Dũng, Nam, Long, Hải, Phong, Quân, Khoa, Huy, Thắng, Cường, Đạt,
        Hiếu, Sơn, Tùng, Việt, Bình, Trung, Tâm, Lâm"""),
    female=G("""Hoa, Lan, Hương, Linh, Trang, Thảo, Mai, Ngọc, Hằng, Nhung, Phương, Hạnh, Thủy,
        Yến, Vy, Nga"""),
)
_ERI_M = """Yonas, Yohannes|Yohanes|Johannes|Yohanis, Tesfay|Tesfai|Tesfaye, Mehari|Mihari,
    Kidane|Kidana, Tekle|Teklay|Tekley, Berhane|Berhan|Birhane, Habtom|Habtemariam,
    Filmon|Philmon|Filimon, Merhawi|Mrhawi, Semere|Semer, Dawit|Dawid, Samuel|Samiel,
    Amanuel|Emanuel|Aman, Haile|Hayle, Mikael|Michael|Mikiel, Tsegay|Tsegai|Tsegaye,
    Abraham|Abrham, Biniam|Biniyam|Binyam, Robel|Robiel, Henok|Hanok, Goitom|Goytom,
    Ghirmay|Girmay|Germay, Ghebremedhin|Gebremedhin|Ghebre-Medhin|Gebre Medhin,
    Ghebreyesus|Gebreyesus|Gebre Yesus, Weldemichael|Woldemichael|Welde Michael|Weldemikael,
    Tewelde|Tewolde, Kibrom|Kbrom, Mebrahtu|Mebrhatu, Asmerom|Asmarom, Fitsum|Fitsom,
    Natnael|Nathnael|Natinael, Ghebrehiwet|Gebrehiwet|Ghebre Hiwet, Okbay|Okbai|Ukbay"""
CULT["ERI"] = dict(
    nat="Eritrean", struct="patronymic", male_p=0.80, lang=["Tigrinya"],
    male=G(_ERI_M),
    female=G("""Senait|Senayt, Helen|Hellen, Winta|Wintana, Saba, Selam|Salam, Luwam|Lwam, Ruta,
        Yordanos, Freweyni|Frewoini|Fraweyni, Tsega, Mebrat, Hiwet|Hiwot, Rahel|Rachel|Rahiel,
        Mihret|Mehret, Eden, Feven|Fiven, Semhar, Abeba, Lidia|Lydia"""),
    father=G(_ERI_M),
)
_ETH_M = """Abebe, Tadesse|Tadese|Tadesa, Girma|Ghirma, Alemu|Alemou, Bekele|Bekelle,
    Getachew|Getachow|Getacho, Mulugeta, Tesfaye|Tesfaya, Kebede|Kebbede, Hailu|Haylu, Desta,
    Solomon|Selomon, Dawit, Yonas, Biruk|Biruck, Ermias|Ermiyas, Mesfin, Tewodros|Theodros,
    Yared, Abdi, Chala|Chaala, Gemechu|Gemachu, Lemma|Lema, Negash, Wondimu|Wendimu, Ayele,
    Bereket, Tilahun|Tilahoun, Asefa|Assefa"""
CULT["ETH"] = dict(
    nat="Ethiopian", struct="patronymic", male_p=0.50, lang=["Amharic", "Amharic", "Oromo"],
    male=G(_ETH_M),
    female=G("""Meron, Tigist|Tigst, Hirut|Hiroot, Almaz, Bethlehem|Betelhem|Betlehem,
        Selamawit, Mahlet|Mahelet, Hana|Hanna, Meseret|Meserat, Tsion|Zion|Tsiyon, Liya|Lia,
        Kidist|Kedist, Sara, Aster, Genet|Ganet, Eyerusalem|Jerusalem, Fatuma|Fatima"""),
    father=G(_ETH_M),
)
_SDN_M = """Mohamed|Mohammed|Muhammad|Mohamad|Mohammad, Ahmed|Ahmad,
    Abdelrahman|Abdulrahman|Abdalrahman|Abd Elrahman|Abdel Rahman, Osman|Othman|Usman,
    Ibrahim|Ebrahim, Adam, Yousif|Yousef|Yusuf|Yousuf, Hassan|Hasan, Hussein|Hussain|Husein,
    Abdalla|Abdallah|Abdullah, Elsadig|Al Sadig|Alsadiq|Elsiddig, Omer|Omar, Ali,
    Khalid|Khaled, Mustafa|Mostafa, Musa|Mousa, Ismail|Ismael|Esmail, Idris|Idriss,
    Suleiman|Sulaiman|Soliman, Abubakar|Abu Bakr|Abobakr, Babiker|Babikir,
    Elfatih|Al Fatih|Alfatih, Mubarak, Haroun|Harun|Haron, Yahya|Yahia, Bashir|Basheer, Abakar,
    Nasreldin|Nasr Eldin|Nasraldin, Hamid|Hamed, Adam, Mohamed|Mohammed|Muhammad"""
CULT["SDN"] = dict(
    nat="Sudanese", struct="patronymic", male_p=0.96, lang=["Arabic (Sudanese)", "Arabic"],
    male=G(_SDN_M),
    female=G("""Fatima|Fatma|Fatuma, Amna|Amina|Aminah, Mariam|Maryam|Miriam, Hawa|Hawaa,
        Khadija|Khadiga, Aisha|Aysha|Aicha, Zainab|Zeinab|Zaynab, Asha, Halima|Halimah"""),
    father=G(_SDN_M),
)
_EGY_M = """Mohamed|Mohammed|Muhammad|Mohamad, Ahmed|Ahmad, Mahmoud|Mahmud|Mahmood,
    Mostafa|Mustafa|Moustafa, Abdelrahman|Abdulrahman|Abdel Rahman, Youssef|Yousef|Yusuf,
    Omar|Omer, Karim|Kareem, Amr|Amro|Amru, Islam, Hesham|Hisham, Tarek|Tariq|Tarik, Ibrahim,
    Ali, Ashraf, Sherif|Sharif, Walid|Waleed, Ayman|Aiman, Saeed|Said|Sayed, Hany|Hani,
    Abdelaziz|Abdel Aziz|Abdulaziz, Hassan|Hasan"""
CULT["EGY"] = dict(
    nat="Egyptian", struct="patronymic", male_p=0.96, lang=["Arabic (Egyptian)", "Arabic"],
    male=G(_EGY_M),
    female=G("""Fatma|Fatima, Mariam|Maryam, Nour|Noor, Aya|Aia, Salma|Selma, Mona|Muna,
        Heba|Hiba, Yasmin|Yasmine|Jasmin"""),
    father=G(_EGY_M),
    family=G("Elsayed|El-Sayed|El Sayed|Al Sayed, Elshazly|El-Shazly|El Shazly, Abdelaziz|Abdel Aziz, Mansour|Mansur, Ragab|Ragheb"),
)
_IRQ_F = """Ahmed|Ahmad, Mohammed|Muhammad|Mohamad, Abdullah|Abdulla|Abdalla,
    Rasul|Rasool|Rasoul, Hama|Hamah|Hamma, Aziz|Azeez, Qadir|Kadir|Qader|Kader, Karim|Kareem,
    Salih|Saleh, Omar|Omer, Othman|Osman|Uthman, Mahmood|Mahmud|Mahmoud,
    Hussein|Husain|Hussain, Ali, Jalal, Faraj, Amin|Ameen, Rahim|Raheem, Sharif|Shareef,
    Hassan|Hasan, Mustafa|Mostafa"""
CULT["IRQ"] = dict(
    nat="Iraqi", struct="patronymic", male_p=0.90, lang=["Kurdish Sorani", "Kurdish Sorani", "Kurdish Sorani", "Kurdish Badini", "Arabic"],
    male=G("""Karwan|Karwane, Rebin|Rebeen, Rebwar, Hemn|Hemin|Himn, Shwan|Shuan,
        Dilshad|Dlshad, Sherzad|Shirzad, Hawre|Hawri|Hawree, Zana, Aram, Baran, Bryar|Briar|Biryar,
        Dana, Kawa|Kaua, Soran, Ari, Hardi|Hardy, Hiwa|Hewa, Sarkawt|Sarkaut, Alan,
        Rawand|Rawend, Goran, Azad, Peshawa|Peshewa, Ali, Hussein|Hussain, Abbas,
        Haider|Hayder|Haidar, Mustafa|Mostafa, Ammar|Amar"""),
    female=G("""Shilan|Shelan, Nasrin|Nasreen, Avan|Avin, Hero, Tara, Zainab|Zeinab,
        Fatima|Fatimah, Shadan, Lana, Sazan, Rezan"""),
    father=G(_IRQ_F),
)
CULT["IRN"] = dict(
    nat="Iranian", struct="western", male_p=0.85, lang=["Farsi", "Farsi", "Persian", "Kurdish Sorani"],
    male=G("""Reza|Rezza, Mohammad Reza|Mohammadreza|Mohamad Reza, Amir|Ameer, Hossein|Hosein|Hussein,
        Mehdi|Mahdi, Ali, Saeed|Said|Saied, Hamid|Hameed, Mohsen|Mohsin, Majid|Madjid,
        Behzad, Babak, Arash, Omid|Omeed, Farhad|Farhaad, Javad|Jawad, Morteza|Mortaza, Sina,
        Pouya|Puya|Pooya, Kaveh|Kaweh, Milad, Peyman|Payman, Amir Hossein|Amirhossein"""),
    female=G("""Maryam|Mariam, Zahra|Zahrah, Fatemeh|Fatima|Fatemah, Sara|Sarah, Narges|Nargis,
        Leila|Layla|Leyla, Mina, Shirin|Shireen, Parisa, Nasrin|Nasreen"""),
    family=G("""Ahmadi, Mohammadi|Mohamadi, Hosseini|Hoseini|Husseini, Rezaei|Rezaie|Rezayi|Rezaee,
        Karimi, Moradi|Muradi, Rahimi, Jafari|Jaafari, Sadeghi|Sadeqi, Heidari|Haidari|Heydari,
        Ghorbani|Qorbani|Gorbani, Rostami|Rustami, Kazemi|Kazimi, Hashemi|Hashimi, Azizi, Amini,
        Nazari, Mousavi|Musavi|Moosavi, Ebrahimi|Ibrahimi, Akbari, Mahmoudi|Mahmudi, Sharifi,
        Hassanpour|Hasanpour, Mohammadpour|Mohamadpour"""),
)
CULT["AFG"] = dict(
    nat="Afghan", struct="afghan", male_p=0.97, lang=["Pashto", "Pashto", "Dari", "Dari", "Farsi"],
    male=G("""Ahmad|Ahmed, Mohammad|Mohammed|Muhammad|Mohamad, Ali, Abdul Wahid|Abdul Wahed|Abdulwahid,
        Najibullah|Najibulla|Najeebullah, Zabiullah|Zabihullah|Zabihulla, Rahmatullah|Rahmatulla,
        Farid|Fareed, Jawad|Javad, Mujtaba|Mojtaba, Mustafa|Mostafa, Sohrab|Suhrab, Khalid|Khaled,
        Hamid|Hameed, Samiullah|Sami Ullah|Samiulla, Naqibullah|Naqibulla|Naqeebullah,
        Ismail|Esmail, Asadullah|Asadulla, Hamidullah|Hamidulla, Rashid|Rasheed, Omid|Umid, Bilal,
        Shafiq|Shafeeq, Sher Agha|Shir Agha|Sheragha, Gul Agha|Gul Aga, Noorullah|Nurullah|Noor Ullah,
        Wahidullah|Wahidulla, Abdul Rahman|Abdulrahman|Abdurrahman, Ehsan|Ihsan, Sayed|Sayyed|Said,
        Ahmad Shah|Ahmadshah, Mohammad Nabi|Mohammadnabi|Mohammed Nabi"""),
    female=G("""Fatima|Fatema, Maryam|Mariam, Zahra|Zohra, Marzia|Marziya, Shabnam|Shabnum,
        Nazanin|Nazaneen, Sakina|Sakeena, Parwana|Parvana"""),
    family=G("""Ahmadi, Rahimi, Hussaini|Hosseini|Husaini, Karimi, Noori|Nouri|Nuri, Safi,
        Stanikzai|Stanekzai, Popalzai|Popalzay, Sultani|Soltani, Haidari|Haydari|Heidari,
        Sadat|Saadat, Mohammadi|Muhammadi, Amiri|Ameeri, Wardak|Wardag, Niazi, Khan,
        Shinwari|Shinwary, Akbari, Jalali, Rezai|Rezaei|Rezayee, Yousufzai|Yousafzai|Yusufzai,
        Zadran, Mangal, Nazari, Hotak, Sahak"""),
)
CULT["IND"] = dict(
    nat="Indian", struct="western", male_p=0.65, lang=["Punjabi", "Punjabi", "Hindi", "Gujarati", "Tamil", ""],
    male=G("""Gurpreet, Harpreet, Manpreet, Jaswinder|Jasvinder, Rajesh, Suresh, Amit,
        Sandeep|Sundeep, Kuldeep|Kuldip, Harjinder|Harjindar, Sukhwinder|Sukhvinder,
        Parminder|Parmindar, Rajinder|Rajender|Rajindar, Vikram, Ravi, Sanjay|Sanjai,
        Deepak|Dipak, Mohit, Rahul, Arjun, Manoj, Anil, Gurjit|Gurjeet, Lakhvir|Lakhveer,
        Amandeep|Amandip"""),
    female=G("""Priya, Sunita, Harpreet, Manpreet, Gurpreet, Kiran, Pooja|Puja, Rani, Neha,
        Jaspreet, Simran|Simranjit, Baljit|Baljeet, Kamaljit|Kamaljeet, Sukhjeet"""),
    family=G("""Singh, Kumar, Sharma|Sarma, Patel, Gill, Sandhu, Sidhu, Dhillon|Dhilon, Grewal, Brar,
        Kang, Chauhan|Chouhan, Yadav, Verma|Varma, Gupta, Reddy|Reddi, Das, Ram"""),
)
CULT["NGA"] = dict(
    nat="Nigerian", struct="western", male_p=0.25, lang=["", "", "", "", "Pidgin English", "Yoruba", "Edo (Bini)"],
    male=G("""Chinedu, Emeka|Chukwuemeka, Osaretin|Osarentin, Efosa, Oluwaseun|Seun|Oluseun,
        Adebayo, Ifeanyi, Tunde|Babatunde, Femi|Olufemi, Uche|Uchechukwu, Kelvin, Godwin, Samuel,
        Daniel, Emmanuel|Emanuel, Friday, Sunday, Osagie, Ikenna|Ikena, Obinna|Obina,
        Segun|Olusegun"""),
    female=G("""Blessing, Precious, Joy, Faith, Gift, Chioma, Ngozi, Osas, Esther, Mercy,
        Favour|Favor, Happiness, Princess, Glory, Peace, Patience, Folake|Folakemi, Adaeze|Ada,
        Efe, Osarugue, Eki, Omosede, Joy, Blessing"""),
    family=G("""Okafor, Okonkwo, Adeyemi, Ogunleye, Osagie, Obaseki, Igbinedion|Igbinidion, Eze,
        Nwosu, Balogun, Uwaifo|Uwaifor, Omoregie, Osayande, Aigbe, Edosomwan|Edosomwen,
        Ighodaro|Igodaro, Okoro, Nwachukwu, Adebayo, Ogbonna|Ogbona, Idahosa, Ehigiator, Okeke,
        Osazuwa|Osazuwah, Iyamu"""),
)
CULT["CHN"] = dict(
    nat="Chinese", struct="eastern", male_p=0.40, lang=["Mandarin", "Mandarin", "Fujianese", "Cantonese"],
    family=G("""Wang|Wong, Li|Lee, Zhang|Cheung|Chang, Liu|Lau, Chen|Chan|Tan, Yang|Yeung,
        Huang|Wong, Zhao|Chiu, Wu|Ng, Zhou|Chow, Lin|Lam|Lim, Zheng|Cheng, Xu|Hsu, Sun|Suen,
        He|Ho, Guo|Kwok, Luo|Lo"""),
    syll=["Wei", "Jing", "Li", "Na", "Xiao", "Ming", "Jian", "Guo", "Mei", "Yan", "Lei", "Hui",
          "Hong", "Jun", "Hua", "Ying", "Fang", "Qiang", "Yong", "Jie", "Tao", "Bin", "Chao",
          "Xin", "Yu", "Zhi", "Hao", "Ling", "Lan", "Qing"],
    eng_m=["Tony", "Kevin", "David", "Jack", "Michael"],
    eng_f=["Amy", "Lily", "Coco", "Linda", "Jenny", "Helen"],
)
CULT["PAK"] = dict(
    nat="Pakistani", struct="western", male_p=0.80, lang=["Urdu", "Urdu", "Punjabi", "Pashto"],
    male=G("""Muhammad|Mohammad|Mohammed|Muhammed, Imran, Ali, Usman|Osman, Bilal, Asif|Aasif,
        Kashif, Adnan, Faisal|Faysal, Zubair|Zubeir|Zubayr, Hamza|Hamzah, Waqas, Shahid|Shahed,
        Tariq|Tarik, Naveed|Navid, Arslan|Arsalan, Umar|Omar, Rizwan, Sajid, Irfan, Kamran,
        Zeeshan|Zishan"""),
    female=G("""Ayesha|Aisha, Fatima, Sana, Saima|Sayma, Nazia, Bushra, Rabia, Shazia,
        Samina|Sameena, Parveen|Perveen|Parvin"""),
    family=G("""Khan, Hussain|Hussein|Husain, Ahmed|Ahmad, Iqbal, Malik, Butt, Shah,
        Akhtar|Akhter, Ali, Mahmood|Mehmood|Mahmud, Raza, Aslam, Rehman|Rahman, Javed|Javaid,
        Anwar, Nawaz, Bashir|Basheer, Riaz|Riyaz, Chaudhry|Chaudhary|Choudhry"""),
)
CULT["ROU"] = dict(
    nat="Romanian", struct="western", male_p=0.55, lang=["Romanian", "Romanian", "Romani", ""],
    male=G("""Ion, Andrei, Alexandru, Florin, Marius, Gheorghe, Constantin, Ionuț|Ionut|Ionuţ,
        Mihai, Cristian, Adrian, Daniel, Gabriel, Vasile, Nicolae, Costel, Cătălin|Catalin,
        Ștefan|Stefan|Ştefan, Bogdan, Petru, Dumitru"""),
    female=G("""Elena, Maria, Ioana, Andreea|Andreia, Mihaela, Florentina, Alexandra, Cristina,
        Georgiana, Roxana, Nicoleta, Ana-Maria|Ana Maria|Anamaria, Denisa"""),
    family=G("""Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Munteanu, Lăcătuș|Lacatus|Lăcătuş,
        Căldăraru|Caldararu, Radu, Rusu, Constantin, Gheorghe, Matei, Lungu, Ciobanu, Mocanu,
        Marin, Dinu, Stănescu|Stanescu, Vasile, Florea, Ene, Tudor, Niculae|Niculai"""),
)
CULT["PHL"] = dict(
    nat="Filipino", struct="western", male_p=0.15, lang=["Tagalog", "", ""],
    male=G("""Mark Anthony|Mark Antony, John Paul, Jose|José, Juan, Rodel, Jerome, Arnel, Ronaldo,
        Michael, Christian"""),
    female=G("""Maria Cristina|Ma. Cristina|Ma Cristina, Jocelyn|Joselyn|Jocelyne, Rowena,
        Marites|Maritess|Maritez, Lorna, Joy, Maricel|Marisel, Rosalie, Mary Grace|Marygrace,
        Analyn|Annalyn, Jennifer|Jenifer, Rachelle|Rachel, Girlie, Lovely, Cherry,
        Marilou|Mary Lou, Evangeline, Leonora"""),
    family=G("""Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz|Delacruz|De la Cruz|De La Cruz,
        Ramos, Aquino, Villanueva, Gonzales|Gonzalez, Castillo, Flores, Torres, Rivera,
        Fernandez|Fernandes, Lopez, Dizon, Manalo, Pascual, Soriano, De Guzman|Deguzman,
        Del Rosario|Delrosario"""),
)
CULT["GBR"] = dict(
    nat="British", struct="western", male_p=0.70, lang=[""],
    male=G("""Connor|Conor, Jack, Kyle, Liam, Ryan, Jordan, Callum|Calum, Bradley, Lewis, Jamie,
        Daniel, Thomas|Tom, Reece|Rhys|Reese, Kieran|Kieron, Tyler, Mohammed|Muhammad,
        Jayden|Jaden, Harry"""),
    female=G("""Chloe, Jade, Megan|Meghan, Shannon, Courtney, Amy, Paige, Danielle, Leah|Lea,
        Jessica, Hannah|Hanna, Sophie, Kayleigh|Kayley|Kaylee, Stacey|Stacy"""),
    family=G("""Smith, Jones, Williams, Brown, Taylor, Wilson, Davies|Davis, Evans, Thomas, Johnson,
        Roberts, Walker, Wright, Thompson|Thomson, White, Hughes, Edwards, Green, Hall, Wood,
        Harris, Lewis, Martin, Jackson, Clarke|Clark, Begum, Khan, Ali, Mensah,
        O'Brien|OBrien|O Brien, McDonald|MacDonald|Mcdonald"""),
)

# nationality weights (roughly the NRM mix of an immigration firm's caseload;
# UK nationals rarer than in the NRM as a whole because they rarely need
# immigration advice)
NAT_W = [("ALB", 18), ("VNM", 10), ("ERI", 10), ("SDN", 10), ("AFG", 9), ("IRQ", 7),
         ("IRN", 6), ("IND", 4), ("NGA", 4), ("CHN", 4), ("ETH", 4), ("PAK", 3),
         ("EGY", 3), ("ROU", 3), ("PHL", 2), ("GBR", 4)]

COUNTRY = {"Albanian": "Albania", "Vietnamese": "Vietnam", "Eritrean": "Eritrea",
           "Sudanese": "Sudan", "Afghan": "Afghanistan", "Iraqi": "Iraq", "Iranian": "Iran",
           "Indian": "India", "Nigerian": "Nigeria", "Chinese": "China", "Ethiopian": "Ethiopia",
           "Pakistani": "Pakistan", "Egyptian": "Egypt", "Romanian": "Romania",
           "Filipino": "Philippines", "British": "United Kingdom"}
COUNTRY_ALT = {"Vietnam": ["Viet Nam", "Vietnam"], "Iran": ["Iran", "Iran, Islamic Republic of"],
               "China": ["China", "China (PRC)"], "United Kingdom": ["UK", "United Kingdom", "England"]}
NEIGH = {"Albanian": ["Kosovan", "Macedonian"], "Vietnamese": ["Chinese"],
         "Eritrean": ["Ethiopian", "Sudanese"], "Ethiopian": ["Eritrean", "Somali", "Sudanese"],
         "Sudanese": ["South Sudanese", "Chadian", "Egyptian", "Eritrean"],
         "Afghan": ["Pakistani", "Iranian"], "Iraqi": ["Iranian", "Syrian", "Kurdish", "Turkish"],
         "Iranian": ["Iraqi", "Afghan", "Kurdish"], "Indian": ["Pakistani", "Bangladeshi", "Nepalese"],
         "Nigerian": ["Ghanaian", "Cameroonian"], "Chinese": ["Vietnamese", "Hong Konger"],
         "Pakistani": ["Indian", "Afghan"], "Egyptian": ["Sudanese", "Libyan"],
         "Romanian": ["Moldovan", "Bulgarian"], "Filipino": ["Indonesian"], "British": ["Irish"]}

# build variant index: culture -> spelling -> group
VAR = {}
for _c, _d in CULT.items():
    idx = {}
    for k in ("male", "female", "family", "father", "mid_m", "mid_f"):
        for grp in _d.get(k, []):
            for s in grp:
                idx.setdefault(s, grp)
    VAR[_c] = idx

OFFICES = [("Whitechapel", 40), ("Birmingham", 22), ("Manchester", 22), ("Leeds", 16)]
FEE_EARNERS = {"Whitechapel": ["AKH", "RBM", "JTW", "SNP", "FOA", "TRS"],
               "Birmingham": ["MIR", "HKL", "DPT", "NAB"],
               "Manchester": ["CLW", "ONY", "RSD", "EFG"],
               "Leeds": ["GHE", "TMB", "SKA"]}
PC_AREAS = {"Whitechapel": ["E1", "E3", "E6", "E13", "E15", "N15", "N17", "SE15", "IG1", "CR0", "HA0"],
            "Birmingham": ["B6", "B8", "B10", "B11", "B12", "B19", "B21", "WV1", "CV1", "ST4", "DY1"],
            "Manchester": ["M8", "M11", "M14", "M16", "M19", "BL1", "OL8", "L6", "L7", "BB1", "SK1"],
            "Leeds": ["LS6", "LS8", "LS9", "LS11", "BD3", "BD7", "HD1", "HU3", "S4", "TS1", "NE6"]}
REFERRAL = [("Salvation Army", 14), ("Migrant Help", 10), ("Local Authority Children's Services", 10),
            ("Barnardo's ICTG", 6), ("Police", 6), ("British Red Cross", 5), ("Refugee Council", 6),
            ("Hestia", 4), ("Helen Bamber Foundation", 3), ("Medical Justice", 2),
            ("Bail for Immigration Detainees", 3), ("Self-referral", 8), ("Existing client", 4),
            ("Word of mouth", 4), ("Other firm (file transfer)", 4), ("Kalayaan", 1),
            ("Unseen", 2), ("Detention Duty Advice scheme", 4), ("", 6)]
MATTER_TYPES = {
    "Asylum": ["Asylum claim", "Asylum claim - SEF/interview prep", "Asylum appeal (FTT)",
               "Fresh claim - further submissions", "Asylum - screening interview advice",
               "Asylum appeal - UT permission"],
    "NRM / Trafficking": ["NRM referral advice", "Reconsideration request - negative RG",
                          "Reconsideration request - negative CG", "Trafficking - VTS leave application",
                          "MSHT advice - First Responder liaison", "NRM - Conclusive Grounds representations"],
    "Public Law": ["Community care - s.17 support", "Asylum support appeal (s.95)",
                   "s.4 support application", "Age assessment challenge - pre-action",
                   "Care leaver support - LA duties"],
    "Judicial Review": ["JR - age assessment", "JR - unlawful detention", "JR - delay in NRM decision",
                        "JR - refusal of fresh claim", "JR - negative CG decision",
                        "JR - failure to provide support"],
    "Detention & Bail": ["Immigration bail application", "Detention - removal directions",
                         "Detention - Rule 35 report"],
    "Immigration (Other)": ["Leave to remain - Article 8", "Family reunion", "ILR application",
                            "EUSS application", "Travel document application"],
}
MT_FIRST = [("NRM / Trafficking", 34), ("Asylum", 34), ("Public Law", 10), ("Judicial Review", 9),
            ("Detention & Bail", 7), ("Immigration (Other)", 6)]
PORTS = ["DVR", "LHR", "LGW", "STN", "MAN", "BHX", "HAR", "CLM", "LTN", "PTS", "IMM"]
PREV_FIRMS = ["Wilsons & Co", "Duncan Lewis", "Fadiga & Co", "Bhatia Best", "Halliday Reeves",
              "Turpin Miller", "Greater Manchester Immigration Aid Unit", "ATLEU"]

START = dt.date(2016, 4, 1)
EXPORT = dt.date(2025, 3, 31)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm",
        ["wa", "qes", "wrd", "etf", "ryg", "tuh", "yij", "uok", "ipl", "ok",
         "qsz", "adwx", "sfec", "dgrv", "fhtb", "gjyn", "hkum", "jlio", "kop",
         "asx", "zsdc", "xdfv", "cfgb", "vghn", "bhjm", "njk"])}


def wchoice(rng, items, zipf=0.9):
    w = [1.0 / (i + 1) ** zipf for i in range(len(items))]
    return rng.choices(items, weights=w)[0]


def pick_w(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def strip_diac(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def typo(rng, s):
    """one keyboard-style error in a name string"""
    pos = [i for i, c in enumerate(s) if c.isalpha()]
    if len(pos) < 3:
        return s
    i = rng.choice(pos[1:])
    op = rng.random()
    if op < 0.3:      # substitution by neighbouring key
        c = s[i]
        n = KEYB.get(c.lower())
        if not n:
            return s
        r = rng.choice(n)
        return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]
    if op < 0.55:     # deletion
        return s[:i] + s[i + 1:]
    if op < 0.75:     # doubled letter
        return s[:i] + s[i] + s[i:]
    j = i - 1         # transposition with previous letter
    if s[j].isalpha() and j > 0:
        return s[:j] + s[i] + s[j] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
def canon(rng, grp):
    """person-level usual spelling of a variant group (first spelling most likely)"""
    if len(grp) == 1:
        return grp[0]
    return rng.choices(grp, weights=[4] + [1] * (len(grp) - 1))[0]


def new_person(rng, pid, cult=None, gender=None):
    c = cult or pick_w(rng, NAT_W)
    d = CULT[c]
    if gender is None:
        gender = "M" if rng.random() < d["male_p"] else "F"
    p = dict(pid=pid, cult=c, nat=d["nat"], gender=gender, given=[], middle=[], father=None,
             gfather=None, family=None, alias=None, rel=None)
    st = d["struct"]
    gl = d.get("male" if gender == "M" else "female")
    if c == "CHN":
        n = 2 if rng.random() < 0.8 else 1
        p["syl"] = [wchoice(rng, d["syll"], 0.5) for _ in range(n)]
        p["given"] = [p["syl"][0] + "".join(x.lower() for x in p["syl"][1:])]
        p["family"] = canon(rng, wchoice(rng, d["family"]))
        if rng.random() < 0.08:
            p["alias"] = rng.choice(d["eng_m"] if gender == "M" else d["eng_f"])
    elif c == "VNM":
        p["family"] = wchoice(rng, d["family"], 1.1)[0]
        p["middle"] = [wchoice(rng, d["mid_m"] if gender == "M" else d["mid_f"], 0.6)[0]]
        p["given"] = [wchoice(rng, gl, 0.6)[0]]
    elif st == "patronymic":
        p["given"] = [canon(rng, wchoice(rng, gl))]
        p["father"] = canon(rng, wchoice(rng, d["father"]))
        p["gfather"] = canon(rng, wchoice(rng, d["father"]))
        if d.get("family") and rng.random() < 0.35:
            p["family"] = canon(rng, wchoice(rng, d["family"]))
        p["sur_pref"] = "family" if p["family"] else ("father" if rng.random() < 0.6 else "gfather")
    elif st == "afghan":
        p["given"] = [canon(rng, wchoice(rng, gl))]
        p["father"] = canon(rng, wchoice(rng, d["male"]))
        if rng.random() < 0.55:
            p["family"] = canon(rng, wchoice(rng, d["family"]))
    else:  # western order
        p["given"] = [canon(rng, wchoice(rng, gl))]
        if c == "IND" and rng.random() < 0.6:
            p["middle"] = ["Singh" if gender == "M" else "Kaur"]
            p["family"] = canon(rng, wchoice(rng, d["family"][1:])) if rng.random() < 0.5 else None
        else:
            fam = canon(rng, wchoice(rng, d["family"]))
            if c == "PAK" and gender == "F" and rng.random() < 0.3:
                fam = rng.choice(["Bibi", "Begum"])
            p["family"] = fam
        if c == "PHL" and rng.random() < 0.7:
            p["middle"] = [canon(rng, wchoice(rng, d["family"]))]
        elif c == "GBR" and rng.random() < 0.5:
            p["middle"] = [canon(rng, wchoice(rng, gl))]
        elif c == "ALB" and rng.random() < 0.15:
            p["middle"] = [canon(rng, wchoice(rng, d["male"]))]  # father's name, as on Albanian ID
        elif c in ("PAK", "ROU", "NGA") and rng.random() < 0.3:
            p["middle"] = [canon(rng, wchoice(rng, gl))]
        if c in ("NGA", "ALB", "ROU") and rng.random() < 0.05:
            p["alias"] = canon(rng, wchoice(rng, gl))
    if p["alias"] is None and gl and rng.random() < 0.025:
        p["alias"] = canon(rng, wchoice(rng, gl))  # name used by / given by traffickers
    return p


def set_life(rng, p, first=None, minor_p=None):
    """date of birth, disputed age, identifiers, phones, postcodes"""
    c = p["cult"]
    if first is None:
        first = START + dt.timedelta(days=rng.randrange((EXPORT - START).days - 60))
    p["first"] = first
    mp = minor_p if minor_p is not None else {"ALB": .45, "VNM": .5, "AFG": .45, "SDN": .35, "ERI": .4,
                                               "GBR": .5, "IRQ": .3, "IRN": .25, "ETH": .3}.get(c, .1)
    if rng.random() < mp:
        age = rng.randint(14, 17)
    else:
        age = min(int(rng.triangular(18, 55, 24)), 60)
    dob = first - dt.timedelta(days=int(age * 365.25) + rng.randrange(365))
    p["dob"] = dob
    unk = {"AFG": .45, "ERI": .35, "SDN": .35, "ETH": .25, "IRQ": .15, "IRN": .1, "EGY": .1,
           "VNM": .05, "NGA": .1, "PAK": .1}.get(c, 0.02)
    p["dob_est"] = rng.random() < unk        # doesn't know DOB -> recorded 01/01/yyyy
    if p["dob_est"]:
        p["dob"] = dt.date(dob.year, 1, 1)
    p["disputed"] = None
    if age <= 17 and c not in ("GBR", "ROU") and rng.random() < 0.3:
        yrs = rng.randint(2, 6)
        assessed = dt.date(p["dob"].year - yrs, 1, 1)
        p["disputed"] = (assessed, first + dt.timedelta(days=rng.randint(30, 300)))
    nonuk = c != "GBR"
    p["ho"] = (rng.choice("ABDGHKMNRSTW") + "%07d" % rng.randrange(10 ** 7)) if nonuk and rng.random() < 0.92 else None
    p["port"] = ("%s/%05d/%s" % (rng.choice(PORTS), rng.randrange(10 ** 5), first.strftime("%y"))
                 if nonuk and rng.random() < 0.45 else None)
    p["nass"] = "%08d" % rng.randrange(10 ** 7, 10 ** 8) if nonuk and rng.random() < 0.55 else None
    p["phones"] = ["07%03d%06d" % (rng.randrange(1000), rng.randrange(10 ** 6))
                   for _ in range(rng.randint(1, 3))]
    p["pcs"] = []
    p["lang"] = rng.choice(CULT[c]["lang"])
    p["kurd"] = c in ("IRQ", "IRN") and p["lang"].startswith("Kurdish")
    p["home"] = pick_w(rng, OFFICES)
    p["pcs"] = [mk_postcode(rng, p["home"] if rng.random() < 0.8 else pick_w(rng, OFFICES))
                for _ in range(rng.randint(1, 3))]
    p["referral"] = pick_w(rng, REFERRAL)


def mk_postcode(rng, office):
    return "%s %d%s%s" % (rng.choice(PC_AREAS[office]), rng.randrange(10),
                          rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))


def make_relative(rng, pid, a):
    """sibling / twin / spouse / namesake of person a"""
    kind = rng.choices(["sibling", "twin", "spouse", "namesake"], weights=[55, 6, 24, 15])[0]
    c = a["cult"]
    if kind == "spouse":
        g = "F" if a["gender"] == "M" else "M"
    else:
        g = None
    p = new_person(rng, pid, c, g)
    st = CULT[c]["struct"]
    if kind in ("sibling", "twin"):
        if st == "patronymic":
            p["father"], p["gfather"], p["family"] = a["father"], a["gfather"], a["family"]
            p["sur_pref"] = a["sur_pref"]
        elif st == "afghan":
            p["father"], p["family"] = a["father"], a["family"]
        elif c == "IND" and a["middle"] in (["Singh"], ["Kaur"]):
            p["family"] = a["family"]
            p["middle"] = ["Singh" if p["gender"] == "M" else "Kaur"]
        else:
            p["family"] = a["family"]
            if c == "VNM" and rng.random() < 0.5 and p["gender"] == a["gender"]:
                p["middle"] = list(a["middle"])
        if p["given"] == a["given"]:
            p["given"] = [canon(rng, rng.choice(CULT[c]["male" if p["gender"] == "M" else "female"]))] \
                if c != "CHN" else [a["given"][0]]
            if c == "CHN":
                p["syl"] = [a["syl"][0], wchoice(rng, CULT[c]["syll"], 0.5)]
                p["given"] = [p["syl"][0] + p["syl"][1].lower()]
    elif kind == "spouse":
        if c in ("GBR", "NGA", "PHL", "ROU", "PAK", "IND", "ALB") and a["family"] and rng.random() < 0.7:
            p["family"] = a["family"]      # wife took husband's family name
    elif kind == "namesake":
        for k in ("given", "middle", "father", "gfather", "family"):
            p[k] = list(a[k]) if isinstance(a[k], list) else a[k]
        if "syl" in a:
            p["syl"] = list(a["syl"])
        p["gender"] = a["gender"]
        if "sur_pref" in a:
            p["sur_pref"] = a["sur_pref"]
    # life
    if kind == "namesake":
        set_life(rng, p)
        if a["dob_est"] and rng.random() < 0.5:
            p["dob_est"] = True
            p["dob"] = dt.date(a["dob"].year + rng.choice([-1, 0, 0, 1]), 1, 1)
    else:
        f = a["first"] + dt.timedelta(days=rng.randint(0, 10) if rng.random() < 0.7 else rng.randint(-400, 400))
        f = min(max(f, START), EXPORT - dt.timedelta(days=60))
        set_life(rng, p, f, minor_p=0.5 if kind != "spouse" else 0.0)
        if kind == "twin":
            p["dob"], p["dob_est"], p["disputed"] = a["dob"], a["dob_est"], a["disputed"]
        elif kind == "sibling":
            gap = rng.choice([-1, 1]) * rng.randint(1, 7)
            if a["dob_est"]:
                p["dob_est"] = True
                p["dob"] = dt.date(a["dob"].year + gap, 1, 1)
            else:
                try:
                    p["dob"] = a["dob"].replace(year=a["dob"].year + gap) + dt.timedelta(days=rng.randint(-150, 150))
                except ValueError:
                    p["dob"] = a["dob"] + dt.timedelta(days=365 * gap)
            if p["dob"] > p["first"] - dt.timedelta(days=365 * 8):
                p["dob"] = p["first"] - dt.timedelta(days=365 * 12)
        if rng.random() < 0.7:
            p["pcs"] = list(a["pcs"])
            p["home"] = a["home"]
            p["referral"] = a["referral"]
        if kind == "spouse" and a["ho"] and rng.random() < 0.35:
            p["ho"] = a["ho"]          # dependant on the main applicant's claim
        if kind in ("sibling", "twin") and a["ho"] and p["dob"] >= a["first"].replace(year=a["first"].year - 18) \
                and rng.random() < 0.2:
            p["ho"] = a["ho"]
        if rng.random() < 0.5:
            p["phones"][0] = a["phones"][0]   # shared handset
    p["rel"] = (kind, a["pid"])
    return p


# --------------------------------------------------------------------------
# rendering one client entry (the client card: name, DOB, nationality ...)
# --------------------------------------------------------------------------
LANG_VAR = {"Kurdish Sorani": ["Sorani", "Kurdish (Sorani)", "Kurdish"], "Kurdish Badini": ["Badini", "Kurdish"],
            "Farsi": ["Persian", "Farsi/Dari"], "Persian": ["Farsi"], "Arabic (Sudanese)": ["Arabic"],
            "Arabic (Egyptian)": ["Arabic"], "Pashto": ["Pashtu", "Pushto"], "Dari": ["Farsi/Dari", "Farsi"],
            "Tigrinya": ["Tigrigna", "Tigrinyan"], "Fujianese": ["Mandarin", "Hokkien"],
            "Amharic": ["Amharic"], "Vietnamese": ["Vietnamese"], "Albanian": ["Albanian"]}
SWAP_P = {"eastern": 0.18, "patronymic": 0.05, "afghan": 0.07, "western": 0.05}
DIAC_P = {"VNM": 0.75, "ROU": 0.6, "ALB": 0.5, "PHL": 0.5}


class Noise(Counter):
    pass


NOISE = Noise()


def spell(rng, p, tok, pvar=0.22):
    grp = VAR[p["cult"]].get(tok)
    if grp and len(grp) > 1 and rng.random() < pvar:
        NOISE["name: transliteration variant"] += 1
        return rng.choice([x for x in grp if x != tok])
    return tok


def render_name(rng, p, use_alias):
    c = p["cult"]
    st = CULT[c]["struct"]
    given = [p["alias"]] if use_alias else [spell(rng, p, t) for t in p["given"]]
    mid = [spell(rng, p, t) for t in p["middle"]]
    fam = spell(rng, p, p["family"], 0.15) if p["family"] else None
    fa = spell(rng, p, p["father"]) if p["father"] else None
    gf = spell(rng, p, p["gfather"]) if p["gfather"] else None
    if st == "eastern":
        if c == "CHN" and not use_alias:
            r = rng.random()
            sy = p["syl"]
            given = [sy[0] + "".join(x.lower() for x in sy[1:])] if r < 0.65 else \
                [" ".join(sy)] if r < 0.9 else ["-".join(sy)]
            if c == "CHN" and p["alias"] and rng.random() < 0.15:
                given = [p["alias"]] + given
        if c == "VNM" and rng.random() < 0.15:
            mid = []
            NOISE["name: middle dropped"] += 1
        fn, sn = mid + given, [fam]
        if c == "VNM" and mid and rng.random() < 0.06:
            fn, sn = given, [fam] + mid
            NOISE["name: middle moved to surname"] += 1
    elif st == "patronymic":
        opts = [("g", "f"), ("g", "gf"), ("gf_", "gf"), ("g", "f gf")]
        w = {"father": [60, 12, 14, 14], "gfather": [15, 45, 30, 10], "family": [10, 5, 10, 5]}[p["sur_pref"]]
        if p["family"]:
            opts.append(("gfg", "fam"))
            w = w + [70]
        o = rng.choices(opts, weights=w)[0]
        if o != opts[w.index(max(w))]:
            NOISE["name: other patronymic arrangement"] += 1
        fn = {"g": given, "gf_": given + [fa], "gfg": given + [fa, gf]}[o[0]]
        sn = {"f": [fa], "gf": [gf], "f gf": [fa, gf], "fam": [fam]}[o[1]]
    elif st == "afghan":
        if fam:
            fn, sn = given, [fam]
            if rng.random() < 0.12:
                sn = [fa]
                NOISE["name: father's name as surname"] += 1
        else:
            r = rng.random()
            if r < 0.55:
                fn, sn = given, [fa]
            elif r < 0.72:
                fn, sn = given, given[:]
                NOISE["name: single name repeated"] += 1
            elif r < 0.84:
                fn, sn = given, ["Unknown"]
                NOISE["name: surname 'Unknown'"] += 1
            elif " " in given[0]:
                a, b = given[0].split(" ", 1)
                fn, sn = [a], [b]
                NOISE["name: compound given name split"] += 1
            else:
                fn, sn = given + [fa], [fa] if rng.random() < 0.3 else ["Unknown"]
    else:
        fn, sn = given + mid, [fam]
        if c == "IND" and p["middle"]:
            if not fam:
                fn, sn = given, mid
            elif rng.random() < 0.3:
                fn, sn = given, mid
                NOISE["name: Singh/Kaur as surname"] += 1
        elif mid and rng.random() < (0.5 if c == "PHL" else 0.3):
            fn = given
            NOISE["name: middle dropped"] += 1
        if " " in fn[0] and rng.random() < 0.2:
            fn = [fn[0].split(" ")[0]] + fn[1:]
            NOISE["name: compound given name shortened"] += 1
    if rng.random() < SWAP_P[st]:
        fn, sn = sn, fn
        NOISE["name: forename/surname swapped"] += 1
    fn, sn = " ".join(x for x in fn if x), " ".join(x for x in sn if x)
    if c in DIAC_P and rng.random() < DIAC_P[c]:
        fn, sn = strip_diac(fn), strip_diac(sn)
        NOISE["name: diacritics stripped"] += 1
    if rng.random() < 0.07:
        if rng.random() < 0.5:
            sn = typo(rng, sn)
        else:
            fn = typo(rng, fn)
        NOISE["name: typo"] += 1
    if rng.random() < 0.01:
        sn, fn = (fn + " " + sn).strip(), ""
        NOISE["name: whole name in surname field"] += 1
    r = rng.random()
    if r < 0.25:
        sn = sn.upper()
    elif r < 0.28:
        sn, fn = sn.upper(), fn.upper()
    elif r < 0.30:
        sn, fn = sn.lower(), fn.lower()
    if rng.random() < 0.02:
        sn = sn + " "
    if rng.random() < 0.015:
        fn = fn.replace(" ", "  ") + " "
    return sn, fn


def fmt_date(d):
    return d.strftime("%d/%m/%Y")


def render_dob(rng, p, when):
    base = p["dob"]
    shown = "claimed"
    if p["disputed"]:
        assessed, adate = p["disputed"]
        if when >= adate and rng.random() < 0.55:
            base, shown = assessed, "assessed"
            NOISE["dob: assessed (disputed age) shown"] += 1
    if p["dob_est"] and rng.random() < 0.2:
        base = dt.date(base.year + rng.choice([-1, 1]), 1, 1)
        NOISE["dob: estimated year differs"] += 1
    if not p["dob_est"] and shown == "claimed" and rng.random() < 0.03:
        base = dt.date(base.year, 1, 1)
        NOISE["dob: entered as 01/01 estimate"] += 1
    s = fmt_date(base)
    r = rng.random()
    if r < 0.03:
        NOISE["dob: missing"] += 1
        return "", shown
    if r < 0.065 and base.day <= 12 and base.day != base.month:
        NOISE["dob: day/month transposed"] += 1
        return "%02d/%02d/%04d" % (base.month, base.day, base.year), shown
    if r < 0.085:
        NOISE["dob: digit typo"] += 1
        i = rng.choice([0, 1, 3, 4, 8, 9])
        ch = str((int(s[i]) + rng.choice([1, -1, 2])) % 10)
        s2 = s[:i] + ch + s[i + 1:]
        try:
            dt.datetime.strptime(s2, "%d/%m/%Y")
            return s2, shown
        except ValueError:
            return s, shown
    return s, shown


def render_nat(rng, p):
    n = p["nat"]
    r = rng.random()
    if r < 0.06:
        NOISE["nationality: neighbouring/other"] += 1
        return rng.choice(NEIGH[n])
    if r < 0.09:
        NOISE["nationality: blank/unknown"] += 1
        return rng.choice(["", "", "Unknown", "Not known"])
    if r < 0.17:
        NOISE["nationality: country name instead of adjective"] += 1
        cn = COUNTRY[n]
        return rng.choice(COUNTRY_ALT.get(cn, [cn]))
    if p["kurd"] and r < 0.27:
        NOISE["nationality: 'Kurdish'/'Iraqi Kurd'"] += 1
        return rng.choice(["Kurdish", "Iraqi Kurd" if p["cult"] == "IRQ" else "Iranian Kurd"])
    if n == "Afghan" and r < 0.22:
        return "Afghanistan"
    return n


def render_entry(rng, p, date, k):
    use_alias = bool(p["alias"]) and rng.random() < 0.25
    if use_alias:
        NOISE["name: alias used"] += 1
    sn, fn = render_name(rng, p, use_alias)
    dob, shown = render_dob(rng, p, date)
    g = p["gender"]
    r = rng.random()
    if r < 0.02:
        gender = ""
        NOISE["gender: blank"] += 1
    elif r < 0.028:
        gender = "Female" if g == "M" else "Male"
        NOISE["gender: wrong"] += 1
    elif r < 0.035:
        gender = "Not known"
    else:
        gender = "Male" if g == "M" else "Female"
    age = (date - p["dob"]).days / 365.25
    if rng.random() < 0.3:
        title = ""
    elif gender == "Male":
        title = "Master" if age < 16 and rng.random() < 0.5 else "Mr"
    elif gender == "Female":
        title = "Miss" if age < 18 else rng.choice(["Ms", "Ms", "Miss", "Mrs"])
    else:
        title = ""
    lang = p["lang"]
    if lang and rng.random() < 0.3:
        lang = rng.choice(LANG_VAR.get(lang, [lang]))
    if rng.random() < 0.1:
        lang = ""
    # postcode: later entries use later addresses (dispersal moves)
    pc = p["pcs"][min(k, len(p["pcs"]) - 1)]
    r = rng.random()
    if r < 0.10:
        pc = ""
    elif r < 0.15:
        pc = rng.choice(["CONFIDENTIAL", "Safe house", "c/o Salvation Army", "Withheld"])
    elif r < 0.17:
        pc = "NFA"
    elif r < 0.23:
        pc = pc.replace(" ", "")
    elif r < 0.26:
        pc = pc.lower()
    ph = p["phones"][min(k, len(p["phones"]) - 1)]
    r = rng.random()
    if r < 0.2:
        mob = ""
    elif r < 0.55:
        mob = ph
    elif r < 0.8:
        mob = ph[:5] + " " + ph[5:]
    elif r < 0.9:
        mob = "+44" + ph[1:]
    elif r < 0.95:
        mob = ph[1:]                  # leading zero lost in Excel
    else:
        mob = ph[:5] + " " + ph[5:8] + " " + ph[8:]
    return dict(sn=sn, fn=fn, dob=dob, dob_shown=shown, gender=gender, title=title,
                nat=render_nat(rng, p), lang=lang, pc=pc, mob=mob, alias_used=use_alias)


def fmt_ho(rng, ho):
    if rng.random() < 0.04:
        NOISE["ref: Home Office ref mistyped"] += 1
        d = list(ho[1:])
        i = rng.randrange(6)
        if rng.random() < 0.5:
            d[i], d[i + 1] = d[i + 1], d[i]
        else:
            d[i] = str((int(d[i]) + 1) % 10)
        ho = ho[0] + "".join(d)
    r = rng.random()
    if r < 0.80:
        return ho
    if r < 0.85:
        return ho[0] + " " + ho[1:]
    if r < 0.88:
        return ho.lower()
    if r < 0.95:
        return ho + "/%03d" % rng.randint(1, 3)
    if r < 0.98:
        return ho[1:]
    return "HO ref " + ho


BLANKS = ["", "", "", "", "", "", "", "N/A", "TBC", "awaited", "n/k"]


# --------------------------------------------------------------------------
# matters, client entries, numbering, export
# --------------------------------------------------------------------------
COUNTS = [(1, 48), (2, 26), (3, 13), (4, 7), (5, 3), (6, 1.5), (7, 1), (8, 0.5)]


def next_type(rng, prev, p):
    if p["disputed"] and rng.random() < 0.25:
        return "Judicial Review"
    w = dict(MT_FIRST)
    w["Asylum"] += 10 if prev == "NRM / Trafficking" else 0
    w["Judicial Review"] += 6
    w["Public Law"] += 6
    if p["cult"] == "ROU":
        w["Immigration (Other)"] += 30
    w[prev] = w[prev] * 0.6
    return pick_w(rng, list(w.items()))


def generate(n_people, seed):
    rng = random.Random(seed)
    NOISE.clear()
    people = []
    for i in range(n_people):
        pid = "P%05d" % (i + 1)
        if people and rng.random() < 0.15:
            a = rng.choice(people)
            p = make_relative(rng, pid, a)
        else:
            p = new_person(rng, pid)
            set_life(rng, p)
        people.append(p)

    recs, entries = [], []
    for p in people:
        n = pick_w(rng, COUNTS)
        date = p["first"]
        pent = []                      # this person's client entries
        prev_type = None
        for k in range(n):
            if k:
                date = date + dt.timedelta(days=rng.randint(14, 900))
                if date >= EXPORT:
                    break
            office = p["home"] if (k == 0 or rng.random() < 0.7) else pick_w(rng, OFFICES)
            same = [e for e in pent if e["office"] == office]
            other = [e for e in pent if e["office"] != office]
            ent = None
            if same and rng.random() < 0.78:
                ent = same[-1]
            elif other and not same and rng.random() < 0.12:
                ent = other[-1]        # client found on central database; matter opened here
            if ent is None:
                if pent:
                    NOISE["entry: person re-registered as new client"] += 1
                ent = dict(pid=p["pid"], office=office, first=date, k=len(pent),
                           fe=rng.choice(FEE_EARNERS[office]), tiebreak=rng.random(), recs=[])
                ent.update(render_entry(rng, p, date, len(pent)))
                pent.append(ent)
                entries.append(ent)
            mtype = pick_w(rng, MT_FIRST) if k == 0 else next_type(rng, prev_type, p)
            prev_type = mtype
            desc = rng.choice(MATTER_TYPES[mtype])
            if mtype == "Judicial Review" and p["disputed"] and rng.random() < 0.7:
                desc = "JR - age assessment"
            if mtype == "Immigration (Other)" and desc == "EUSS application" and p["cult"] not in ("ROU",):
                desc = "Leave to remain - Article 8"
            fe = ent["fe"] if rng.random() < 0.7 else rng.choice(FEE_EARNERS[office])
            rec = dict(p=p, ent=ent, k=k, date=date, office=office, fe=fe, mtype=mtype, desc=desc)
            ent["recs"].append(rec)
            recs.append(rec)

    # client numbers in order of registration; the report only holds MSHT
    # clients so the numbers have gaps (other clients of the firm)
    entries.sort(key=lambda e: (e["first"], e["tiebreak"]))
    cno = 104000 + rng.randint(0, 999)
    for e in entries:
        cno += rng.randint(1, 25)
        e["cno"] = str(cno)
        seq = 0
        for r in sorted(e["recs"], key=lambda r: r["date"]):
            seq += 1 + (1 if rng.random() < 0.1 else 0)     # non-MSHT matters not in report
            r["mno"] = "%s-%03d" % (e["cno"], seq)
    by_pid = defaultdict(list)
    for e in entries:
        by_pid[e["pid"]].append(e)
    pmap = {p["pid"]: p for p in people}

    recs.sort(key=lambda r: (r["date"], r["mno"]))
    ufn_seq = Counter()
    rows = []
    for r in recs:
        p, e, d, mt = r["p"], r["ent"], r["date"], r["mtype"]
        # identifiers held at matter level
        ho = ""
        if p["ho"] and rng.random() < {"Asylum": .8, "NRM / Trafficking": .55, "Public Law": .45,
                                       "Judicial Review": .85, "Detention & Bail": .9,
                                       "Immigration (Other)": .85}[mt]:
            ho = fmt_ho(rng, p["ho"])
        else:
            ho = rng.choice(BLANKS) if p["cult"] != "GBR" else ""
            NOISE["ref: Home Office ref missing"] += 1 if p["ho"] else 0
        port = p["port"] if p["port"] and rng.random() < (0.6 if mt in ("Asylum", "Detention & Bail") else 0.35) else ""
        nass = ""
        if p["nass"] and rng.random() < (0.6 if mt in ("Asylum", "Public Law") else 0.25):
            nass = p["nass"]
            if rng.random() < 0.03:
                i = rng.randrange(8)
                nass = nass[:i] + str((int(nass[i]) + 1) % 10) + nass[i + 1:]
                NOISE["ref: NASS ref mistyped"] += 1
            if rng.random() < 0.08:
                nass = "NASS " + nass
        ufn = cert = ""
        if mt in ("Public Law", "Judicial Review"):
            cr = rng.random()
            cert = ("%07d%s%s" % (rng.randrange(10 ** 7), rng.choice(LETTERS), rng.choice(LETTERS))
                    if cr < 0.8 else rng.choice(["Applied", "Emergency cert pending", "", "Refused - appeal"]))
        else:
            ufn_seq[(r["office"], d)] += 1
            ufn = "%s/%03d" % (d.strftime("%d%m%y"), ufn_seq[(r["office"], d)])
            if rng.random() < 0.05:
                cert = "CW"
        closed = ""
        if rng.random() < 0.8:
            c = d + dt.timedelta(days=rng.randint(20, 800))
            if c < EXPORT:
                closed = fmt_date(c)
        if r["k"] == 0:
            ref = p["referral"]
        else:
            ref = "Existing client" if rng.random() < 0.4 else pick_w(rng, REFERRAL)
        # conflict check and notes
        cc = rng.choice(["Cleared", "Cleared", "No conflict", "Cleared %s %s" % (r["fe"], fmt_date(d)), "", "OK"])
        if r is not e["recs"][0]:
            cc = rng.choice(["Existing client", "Not required - existing client", cc])
        earlier = [x for x in by_pid[p["pid"]] if x is not e and x["first"] <= e["first"]]
        if earlier and r is e["recs"][0] and rng.random() < 0.25:
            x = earlier[0]
            cc = rng.choice(["Poss duplicate of client %s - flagged for merge" % x["cno"],
                             "Name match client %s - DOB differs, treated as new client" % x["cno"],
                             "Poss match %s (%s office) - checked" % (x["cno"], x["office"])])
        notes = []
        rel = p["rel"]
        if rel:
            a_ents = by_pid[rel[1]]
            if a_ents:
                acno = a_ents[0]["cno"]
                kind = rel[0]
                if kind == "namesake":
                    if rng.random() < 0.2 and r is e["recs"][0]:
                        cc = "Name match client %s - different DOB, not same person" % acno
                else:
                    if rng.random() < 0.3:
                        cc = "Related party: client %s (%s) - no conflict" % (acno, kind)
                    if rng.random() < 0.35:
                        word = {"sibling": "Sibling", "twin": "Twin", "spouse": "Spouse/partner"}[kind]
                        notes.append("%s of client %s" % (word, acno))
        if p["disputed"] and rng.random() < 0.6:
            notes.append("Age disputed - claims %s, LA assessment %s" % (fmt_date(p["dob"]), fmt_date(p["disputed"][0])))
        if p["dob_est"] and rng.random() < 0.25:
            notes.append(rng.choice(["DOB estimated - client unsure", "Does not know DOB, HO recorded 01/01",
                                     "DOB approx"]))
        if p["alias"] and rng.random() < 0.5:
            if e["alias_used"]:
                notes.append("Real name %s" % " ".join(p["given"]))
            else:
                notes.append(rng.choice(["AKA %s", "Also known as '%s'", "Was called \"%s\" by exploiters"]) % p["alias"])
        if rng.random() < 0.12:
            notes.append("Safe house - address withheld")
        if r["k"] == 0 and rng.random() < 0.08:
            notes.append("File transferred from %s" % rng.choice(PREV_FIRMS))
        if rng.random() < 0.25:
            notes.append(rng.choice([
                "Positive RG decision", "Negative RG - recon requested", "Positive CG received",
                "Negative CG %s" % fmt_date(d + dt.timedelta(days=rng.randint(60, 500))),
                "DNA appt %s" % fmt_date(d + dt.timedelta(days=rng.randint(5, 60))),
                "Client in detention (Brook House)", "Client in detention (Harmondsworth)",
                "Requested female interpreter", "Medico-legal report requested (HBF)",
                "Client moved - dispersal", "Lost contact with client", "Vulnerable - see attendance note",
                "Client prefers to be called by first name", "Exploited in cannabis cultivation",
                "Exploited in car wash", "Labour exploitation - construction", "Sexual exploitation",
                "Criminal exploitation (county lines)", "Domestic servitude"]))
        sep = "\n" if rng.random() < 0.05 else rng.choice(["; ", ". ", " / "])
        row = [r["mno"], e["cno"], e["title"], e["sn"], e["fn"], e["dob"], e["gender"], e["nat"],
               e["lang"], e["pc"], e["mob"], ho, port, nass, ufn, cert, mt, r["desc"], r["office"],
               r["fe"], fmt_date(d), closed, ref, cc, sep.join(notes)]
        rows.append((row, p["pid"]))
    return people, entries, rows


HEADER = ["Matter No", "Client No", "Client Title", "Client Surname", "Client Forename(s)", "Client DOB",
          "Client Gender", "Client Nationality", "Interpreter Language", "Client Postcode", "Client Mobile",
          "Home Office Ref", "Port Ref", "NASS Ref", "UFN", "Legal Aid Certificate No", "Matter Type",
          "Matter Description", "Office", "Fee Earner", "Date Opened", "Date Closed", "Referral Source",
          "Conflict Check", "Notes"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    people, entries, rows = generate(a.people, a.seed)
    # Excel-style "CSV UTF-8": BOM, CRLF, minimal quoting, LF inside multi-line cells
    with open(a.out, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        for row, _ in rows:
            w.writerow(row)
    with open(a.truth, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "person_id"])
        for row, pid in rows:
            w.writerow([row[0], pid])
    if a.stats:
        size = Counter(pid for _, pid in rows)
        dist = Counter(size.values())
        pairs = sum(n * (n - 1) // 2 for n in size.values())
        cn = Counter(row[1] for row, _ in rows)
        out = sys.stderr
        print("people generated: %d; people with >=1 record: %d" % (len(people), len(size)), file=out)
        print("records: %d; client numbers: %d" % (len(rows), len(cn)), file=out)
        print("records per person: " + ", ".join("%d:%d" % kv for kv in sorted(dist.items())), file=out)
        print("true pairs: %d" % pairs, file=out)
        cpairs = sum(n * (n - 1) // 2 for n in cn.values())
        print("pairs sharing a Client No: %d (%.1f%% of true pairs)" % (cpairs, 100.0 * cpairs / max(pairs, 1)), file=out)
        rel = Counter(p["rel"][0] for p in people if p["rel"])
        print("look-alikes: " + ", ".join("%s:%d" % kv for kv in sorted(rel.items())), file=out)
        print("nationalities: " + ", ".join("%s:%d" % kv for kv in sorted(Counter(p["nat"] for p in people).items())), file=out)
        print("client entries: %d; noise events:" % len(entries), file=out)
        for k in sorted(NOISE):
            den = len(rows) if k.startswith("ref:") else len(entries)
            print("  %-48s %6d  (%.1f%% of %s)" % (k, NOISE[k], 100.0 * NOISE[k] / den,
                                                   "records" if k.startswith("ref:") else "entries"), file=out)


if __name__ == "__main__":
    main()
