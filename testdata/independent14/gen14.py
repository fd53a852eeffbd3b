#!/usr/bin/env python3
"""gen14.py - synthetic UK Border Force port safeguarding / modern slavery
referral log (one Excel sheet), with ground truth of which rows are the same
person.

EVERY PERSON IN THE OUTPUT IS INVENTED.  Names are drawn at random from lists of
common names per culture, dates of birth and document / reference numbers are
random.  Any resemblance to a real person is coincidence.

Usage:
    python3 gen14.py --people N --seed S --out FILE.xlsx --truth TRUTH.csv [--stats]
    (an --out ending in .csv writes a CSV export of the same sheet instead)

Python 3 standard library only.  Same N and seed give byte-identical files.

Layout of this file
    1. name lists per culture (variants separated by "|")
    2. nationalities, languages, documents, ports and routes
    3. people: names, dates of birth, documents, families and twins
    4. encounters: when and where each person was met
    5. rendering a row: the noise an officer's typing adds
    6. writing the workbook (.xlsx by hand) / CSV, truth file, statistics
"""
import argparse
import csv
import datetime as dt
import io
import random
import sys
import unicodedata
import zipfile
from xml.sax.saxutils import escape

# ---------------------------------------------------------------------------
# 1. Name lists.  Entries are comma separated, roughly most common first (the
#    sampler is Zipf-weighted so the first entries collide often, as real
#    common names do).  "A|B|C" are spellings / transliterations of one name;
#    the first is the usual one.
# ---------------------------------------------------------------------------


def parse_names(s):
    out = []
    for entry in s.split(","):
        entry = " ".join(entry.split())
        if entry:
            out.append([v.strip() for v in entry.split("|")])
    return out


RAW = {}

RAW["ALB"] = dict(
    m="""Ardit, Erion, Klajdi, Arben, Besnik, Dritan, Endrit, Ermal, Fatjon,
    Gentian|Gentjan, Kristian|Kristjan, Marsel|Marcel, Olsi, Renaldo|Rinaldo,
    Xhuljano|Xhuliano|Juljano, Ervis, Elvis, Florjan|Florian, Arlind, Denis,
    Mario, Redon, Sokol, Altin, Artan, Bledar, Eduart|Eduard, Gerti, Jurgen,
    Klevis, Fabjan|Fabian, Erald, Enea, Amarildo, Armando, Ilir, Luan, Alban,
    Dorian, Emiljano|Emiliano, Franc|Frank, Geraldo, Indrit, Kledi, Orges""",
    f="""Anisa, Elira, Enkeleda|Enkelejda, Ermira, Klea, Rozana, Xhesika|Jesika,
    Ana, Sara, Kejsi|Kejsy, Megi, Sindi|Cindi, Bora, Elona, Fjora, Dorina,
    Besjana, Orjana, Rovena, Anxhela|Angela, Ardita, Brikena, Esmeralda""",
    fam="""Hoxha|Hoxhaj, Shehu, Leka, Gjoka, Krasniqi|Krasniki, Dervishi, Çela|Cela,
    Marku, Prifti, Kola, Lika, Bajrami, Hysa|Hysaj, Gjini, Duka, Meta, Basha,
    Kurti, Rama, Berisha, Cani, Mema, Dedja, Bushati, Muça|Muca, Topalli,
    Zeneli, Dushku, Xhafa|Jafa, Sulaj, Lleshi|Llesh, Gjonaj, Pepa, Ndreu,
    Koçi|Koci, Hasanaj, Mehmeti, Ymeri, Gjeka, Troshani, Shkurti""",
)

RAW["VNM"] = dict(
    fam="""Nguyễn, Trần, Lê, Phạm, Hoàng|Huỳnh, Phan, Vũ|Võ, Đặng, Bùi, Đỗ, Hồ,
    Ngô, Dương, Lý, Đinh, Trương, Mai, Lâm""",
    mid_m="""Văn, Văn, Văn, Đức, Minh, Hữu, Quang, Thanh, Công, Xuân, Đình""",
    mid_f="""Thị, Thị, Thị, Ngọc, Thanh, Thu, Hồng, Kim""",
    m="""Hùng, Dũng, Tuấn, Long, Nam, Hải, Hiếu, Hoàng, Huy, Khánh, Phúc, Quân,
    Sơn, Thắng, Trung, Tú, Việt, Cường, Đạt, Đức, Bình, Thành, Tâm, Tài, Lâm,
    Vinh, Khoa, Hưng, Phong, Quang, Tiến, Toàn""",
    f="""Linh, Hương, Lan, Mai, Trang, Hoa, Thảo, Ngọc, Hà, Nhung, Phương, Thủy,
    Yến, Anh, Hằng, Huyền, Loan, Nga, Oanh, Vân, Trinh, Thơ""",
)

# Tigrinya (Eritrea).  Father's and grandfather's names follow the given name.
RAW["ERI"] = dict(
    m="""Yonas|Yonus|Jonas, Yohannes|Yohanes|Johannes|Yohanns, Tesfay|Tesfaye|Tesfai,
    Mehari|Mehary, Tekle|Teklay|Teklai, Berhane|Birhane|Berhan, Kidane|Kidan,
    Abraham|Abrham|Abreham, Daniel|Danel, Samuel|Samiel, Filmon|Filimon|Philemon,
    Semere|Smere|Semre, Dawit|Dawid|Dawet, Habtom|Habtum, Mussie|Musie|Muse,
    Henok|Henock|Enok, Robel|Robiel, Natnael|Natanael|Nathnael,
    Amanuel|Emanuel|Amaniel, Efrem|Ephrem|Efrim, Merhawi|Merhawie,
    Mebrahtu|Mebrahtom, Ghirmay|Girmay|Ghirmai, Tsegay|Tsegaye|Tsegai|Tseggai,
    Weldu|Woldu, Haile|Hayle, Tewelde|Tewolde, Ermias|Ermiyas, Zerai|Zeray,
    Goitom|Goitam, Biniam|Biniyam|Binyam, Yemane|Yemani, Hagos|Hagoss,
    Kibrom|Kbrom, Isaias|Isayas|Esayas, Michael|Mikael|Mikiel, Solomon|Selomon""",
    f="""Selam|Salam, Senait|Seneit|Senayt, Helen|Hellen, Ruta|Rutha, Saba, Lidia|Lydia|Lidya,
    Winta|Wintana, Freweini|Frewoini|Freweyni, Yordanos|Yordanes|Jordanos,
    Hiwet|Hewet, Tsega|Tsige, Meron|Miron, Luwam|Luam, Semhar|Semehar,
    Mebrat|Mibrat, Eden|Edan, Hanna|Hana, Rahel|Rachel|Rahiel, Feven|Fiven,
    Selamawit|Selamawite, Azmera, Mizan|Mezan, Akberet|Akeberet""",
    pat="""Gebremedhin|Ghebremedhin|Gebremedin, Ghebreyesus|Gebreyesus|Gebre Yesus,
    Weldemariam|Woldemariam|Welde Mariam, Gebrehiwet|Ghebrehiwet,
    Tesfamariam|Tesfamaryam, Habtemariam|Habte Mariam, Kahsay|Kasay|Kahsai,
    Berhe|Berhie, Negash|Negassi, Haileselassie|Haile Selassie, Andemariam,
    Fitsum|Fitsom, Asmerom|Asmarom, Okbay|Okubay|Okbai,
    Teklehaimanot|Tekle Haimanot, Gebreselassie|Ghebreselassie, Tesfazion|Tesfa Zion,
    Ghebremichael|Gebremichael|Gebremikael, Zemichael|Zemikael""",
)

# Amharic / Oromo (Ethiopia).  Same patronymic pattern.
RAW["ETH"] = dict(
    m="""Abebe|Abbebe, Dawit|Dawid, Yonas, Henok|Henock, Abel, Biruk|Biruck, Getachew|Getachu,
    Tadesse|Tadese, Kebede|Kebde, Mulugeta, Girma|Girmaa, Bekele|Bekelle,
    Fikru|Fikiru, Solomon, Ermias|Ermiyas, Tesfaye|Tesfaya, Tamirat|Tamerat,
    Chala|Challa, Gemechu|Gemechis, Lemma|Lema, Obsa, Tolosa|Tolossa,
    Alemu|Alemmu, Yared, Kidus|Qidus, Nahom|Nahum, Eyob|Iyob""",
    f="""Hirut|Hiruth, Meseret|Messeret, Tigist|Tigest, Almaz|Almas, Genet|Genete,
    Bethlehem|Betelhem, Mahlet|Mahelet, Selam, Tsion|Zion|Tsiyon, Meron, Hana|Hanna,
    Marta|Martha, Rahel, Eden, Kidist|Kidest, Chaltu|Caltu, Sara|Sarah""",
    pat="""Wolde|Welde, Haile|Hayle, Gebre|Gebere, Asfaw|Asfew, Desta, Ayele|Ayalew,
    Worku|Werku, Mengistu|Mengestu, Tefera|Teferra, Wondimu|Wendimu,
    Negash, Assefa|Asefa, Tilahun|Tilahune, Demissie|Demisse, Gebremariam|Gebre Mariam""",
)

ARAB_M = """Mohamed|Mohammed|Muhammad|Mohammad|Mohamad|Muhammed, Ahmed|Ahmad,
    Abdalla|Abdallah|Abdullah|Abdulla, Ibrahim|Ebrahim, Yousif|Yousef|Yusuf|Yousuf,
    Osman|Othman|Uthman, Hamid|Hamed, Suleiman|Sulaiman|Soliman,
    Abdelrahman|Abdulrahman|Abdalrahman|Abdel Rahman|Abdul Rahman,
    Omer|Omar, Hassan|Hasan, Hussein|Hussain|Husein, Ali, Khalid|Khaled,
    Musa|Mousa|Moussa, Idris|Idriss|Edris, Mustafa|Mostafa|Moustafa,
    Abdelaziz|Abdulaziz|Abdel Aziz, Yahya|Yahia|Yehia, Ismail|Ismael|Esmail,
    Mahmoud|Mahmood|Mahmud, Salih|Saleh, Ayoub|Ayub|Ayoob, Bashir|Basheer"""
ARAB_F = """Fatima|Fatma|Fatimah, Amna|Amina, Mariam|Maryam|Miriam, Khadija|Khadijah|Kadija,
    Aisha|Aysha|Ayesha, Zainab|Zeinab|Zaynab, Halima|Haleema, Sara|Sarah,
    Hiba|Heba, Nour|Noor|Nur, Rayan|Rayyan, Asma|Asmaa"""

RAW["SDN"] = dict(
    m=ARAB_M + """, Adam|Adem, Ishag|Ishaq|Ishak, Abakar|Abaker|Abbakar,
    Elsadig|Alsadig|El Sadig|Elsadiq, Babiker|Babikir|Babeker, Elfatih|El Fatih|Alfatih,
    Haroun|Harun|Haron, Tijani|Tejani, Mubarak|Mobarak, Abdelmoneim|Abdelmonim|Abdul Moneim,
    Nasreldin|Nasr Eldin|Nasraldeen, Hamdan|Hamdane, Zakaria|Zakariya|Zakaria""",
    f=ARAB_F + """, Hawa|Hawwa, Nafisa|Nafeesa, Ikhlas, Samah, Rasha, Safa|Safaa, Hadia""",
    pat="""Adam|Adem, Ishag|Ishaq, Abakar|Abaker, Haroun|Harun, Abdelkarim|Abdulkarim|Abdel Karim,
    Elnour|Alnour|El Nour, Eltayeb|Altayeb|El Tayeb, Osman|Othman, Musa|Mousa,
    Abdelrahim|Abdulrahim, Yagoub|Yagoob|Yaqub, Dawood|Daoud|Dawud""",
)

RAW["EGY"] = dict(
    m="""Mohamed|Mohammed|Muhammad, Ahmed|Ahmad, Mahmoud|Mahmood, Mostafa|Mustafa|Moustafa,
    Omar|Omer, Youssef|Yousef|Yusuf, Karim|Kareem, Amr|Amro, Islam|Eslam,
    Abdelrahman|Abdulrahman|Abdel Rahman, Hossam|Hussam, Ali, Khaled|Khalid,
    Mina|Meena, Bishoy|Beshoy, Girgis|Gerges|Guirguis, Ibrahim|Ebrahim,
    Hany|Hani, Tarek|Tariq|Tarik, Sherif|Shereef, Walid|Waleed, Hassan|Hasan""",
    f="""Fatma|Fatima, Mariam|Maryam, Nour|Noor, Aya|Aaya, Salma|Selma, Heba|Hiba, Mona|Muna,
    Yasmin|Yasmine|Jasmine, Shaimaa|Shaima, Doaa|Doa, Esraa|Israa, Marina""",
    pat="""El Sayed|Elsayed|El-Sayed|Al Sayed, Abdelaziz|Abdel Aziz, Mansour|Mansur,
    Hassan|Hasan, Ibrahim|Ebrahim, Mahmoud|Mahmoud, Gomaa|Gomma|Gumaa,
    Farag|Faraj, Abdelhamid|Abdel Hamid, Shehata|Shahata, Soliman|Suleiman,
    Ragab|Rajab, Fathy|Fathi, Hegazy|Hegazi|Higazi, Attia|Atia|Atiya,
    Ghoneim|Ghonim, Abdelfattah|Abdel Fattah, Saad|Saed, Salem|Salim""",
)

# Iraq: mostly Kurdish Sorani speakers at UK ports, plus Arabic names.
RAW["IRQ"] = dict(
    m="""Rebin|Rebeen|Rabin, Karwan|Kerwan, Shwan|Shuan, Hawkar|Hawker, Awat|Awet,
    Aram, Soran|Suran, Hemin|Hemn|Himin|Hemen, Zhiyar|Jiyar|Zhyar,
    Peshraw|Peshrew|Peshro, Bryar|Biryar|Briar, Rebwar|Ribwar|Rebuar, Kawa|Kawe,
    Sarkawt|Sarkaut|Sarkhot, Hardi|Hardy, Dana, Sherwan|Shirwan, Rawand|Rawend,
    Alan, Ari, Bawar|Bewar, Hiwa|Hewa, Zana, Dilan|Delan, Mohammed|Mohammad|Muhammad,
    Ali, Hussein|Hussain|Husain, Ahmed|Ahmad, Mustafa|Mostafa, Abbas|Abas,
    Haider|Hayder|Haidar, Omar|Omer, Karrar|Karar, Sajjad|Sajad,
    Murtadha|Murtada|Mortada""",
    f="""Shilan|Shelan, Hana|Hanna, Nazdar|Nazdar, Avan|Aven, Ronak|Runak, Shahla,
    Tara, Zhila|Jila, Bahar|Behar, Sozan|Suzan, Kazhal|Kajal, Chnar|Chinar, Lana,
    Hero, Zainab|Zeinab, Fatima|Fatma""",
    pat="""Ahmed|Ahmad, Mohammed|Mohammad|Muhammad, Rasul|Rasool|Rassoul, Karim|Kareem|Kerim,
    Aziz|Azeez, Qadir|Kadir|Qader|Kader, Hama Amin|Hamaamin|Hama-Amin,
    Hama Salih|Hamasalih|Hama Saleh, Mahmood|Mahmoud|Mahmud, Abdullah|Abdulla,
    Othman|Osman, Hussein|Hussain, Omer|Omar, Salih|Saleh, Jalal|Jalaal,
    Faraj|Farag, Hassan|Hasan, Ismail|Esmail, Majeed|Majid, Tofiq|Tawfiq|Tofeeq,
    Hamad|Hamed, Abdulrahman|Abdul Rahman|Abdalrahman, Kakarash|Kaka Rash""",
)

RAW["IRN"] = dict(
    m="""Mohammad|Mohammed|Muhammad, Ali, Hossein|Hosein|Hussein|Husain, Reza|Rezza,
    Mohammadreza|Mohammad Reza|Mohamadreza, Amir, Mehdi|Mahdi, Hamid|Hameed,
    Saeed|Said|Saied, Ahmad|Ahmed, Javad|Jawad, Omid|Omeed, Arash, Behzad,
    Pouya|Pooya|Puya, Milad, Sina, Peyman|Payman, Kaveh|Kave, Farhad, Hadi,
    Babak, Keyvan|Kayvan|Kaivan, Yaser|Yasser|Yasir, Majid|Majeed,
    Danial|Daniyal, Hiwa|Hewa, Karwan|Kerwan, Shahin|Shaheen, Aref|Arif""",
    f="""Fatemeh|Fatima|Fateme, Zahra|Zahraa, Maryam|Mariam, Sara|Sarah, Narges|Nargis,
    Leila|Leyla|Layla, Mina, Shirin|Shireen, Elham, Parisa, Niloufar|Niloofar|Nilufar,
    Mahsa, Somayeh|Somaye|Sumaya, Fereshteh|Fereshte""",
    fam="""Hosseini|Husseini|Hoseini|Hosseiny, Ahmadi|Ahmedi, Mohammadi|Mohamadi|Mohammedi,
    Rezaei|Rezaee|Rezaie|Rezayi, Karimi|Kareemi, Moradi|Muradi, Jafari|Jafary|Jaafari,
    Ghasemi|Qasemi|Ghassemi|Kasemi, Rahimi, Sadeghi|Sadeqi|Sadegi, Hashemi|Hashimi,
    Mousavi|Musavi|Moosavi, Heidari|Haidari|Heydari, Kazemi|Kazimi, Abbasi|Abasi,
    Alizadeh|Ali Zadeh|Alizade, Hosseinpour|Hoseinpour|Hosseinpur, Nazari|Nazary,
    Asadi, Salehi, Amini, Azizi, Bahrami, Rostami|Rustami, Safari,
    Ebrahimi|Ibrahimi, Khani, Mohammadpour|Mohamadpour, Shirzadi, Yousefi|Yousefi|Yusefi""",
)

RAW["AFG"] = dict(
    m="""Mohammad|Mohammed|Muhammad|Mohamad, Ahmad|Ahmed, Ali, Abdul Rahman|Abdulrahman|Abdurahman,
    Abdul Wahid|Abdulwahid, Abdul Basir|Abdulbasir|Abdul Baseer, Hamid|Hameed,
    Naveed|Navid|Naweed, Wahid|Waheed, Zabihullah|Zabiullah|Zabihulla,
    Noorullah|Nurullah|Noor Ullah, Rahmatullah|Rahmatulla|Rahmat Ullah,
    Hekmatullah|Hikmatullah|Hekmatulla, Samiullah|Sami Ullah|Samiulla,
    Ehsanullah|Ihsanullah|Ehsan Ullah, Mujtaba|Mojtaba, Sayed|Sayyed|Syed,
    Jawad|Javad, Bilal|Belal, Hamza|Hamzah, Idrees|Idris|Edris,
    Jamshid|Jamsheed|Jamshed, Rohullah|Ruhullah|Rohulla, Khalid|Khaled,
    Shafiq|Shafeeq|Shafik, Nasir|Naseer, Asadullah|Asadulla|Asad Ullah,
    Farid|Fareed, Hassan|Hasan, Hussain|Hussein|Husain, Mustafa|Mostafa,
    Habib|Habeeb, Omid|Umeed|Omeed, Sohail|Suhail|Sohel, Wali|Walli,
    Ismail|Esmail, Murtaza|Mortaza, Ajmal|Ajmel, Naqibullah|Naqibulla""",
    f="""Fatima|Fatema, Zahra|Zohra, Maryam|Mariam, Marzia|Marziya, Nazia|Naziya,
    Shabnam|Shabnum, Freshta|Fereshta|Fareshta, Sadia|Saadia, Mursal, Nadia|Nadiya,
    Parwana|Parvana, Zainab|Zaynab""",
    fam="""Ahmadzai|Ahmedzai, Noorzai|Nurzai|Noorzay, Popalzai|Popalzay,
    Stanikzai|Stanekzai|Staneckzai, Sultani|Soltani, Rahimi, Hashimi|Hashemi,
    Safi|Saafi, Hotak|Hotaki, Durrani|Durani, Karimi, Mohammadi|Mohamadi,
    Amiri|Ameeri, Haidari|Heidari|Hayderi, Sadat|Saadat, Hussaini|Husaini|Hosseini,
    Khan, Niazi|Niyazi, Wardak|Wardag, Mangal, Jalali, Azizi, Nazari,
    Rasuli|Rasooli, Sharifi|Shareefi, Zazai|Zazay, Yousafzai|Yousufzai|Yusufzai,
    Akbari, Samadi, Shinwari|Shinwary, Taheri|Tahiri, Qaderi|Kaderi""",
)

RAW["PAK"] = dict(
    m="""Muhammad|Mohammad|Mohammed|Muhammed, Ali, Ahmed|Ahmad, Imran|Imraan,
    Usman|Osman|Othman, Bilal|Belal, Zeeshan|Zishan|Zeshan, Waqas|Waqass,
    Hamza|Hamzah, Hassan|Hasan, Asif|Aasif, Adnan, Faisal|Faysal, Kashif|Kasif,
    Shahid|Shahed, Tariq|Tarik|Tareq, Umar|Omar|Omer, Awais|Uwais|Owais, Danish,
    Irfan|Erfan, Junaid|Junaed, Naveed|Navid, Rizwan|Rezwan, Sajid|Sajjid,
    Shoaib|Shuaib, Yasir|Yasser, Zubair|Zubayr|Zobair""",
    f="""Ayesha|Aisha|Aysha, Fatima|Fatimah, Sana|Sanaa, Hina|Heena, Amna|Aamna,
    Mehwish|Mahwish, Nadia, Saba, Sadia|Saadia, Iqra|Eqra, Rabia|Rabiya, Zainab,
    Khadija|Khadijah, Maryam|Mariam, Nimra""",
    fam="""Khan, Ahmed|Ahmad, Hussain|Hussein|Husain, Butt|Bhatt, Malik,
    Chaudhry|Chaudhary|Choudhry|Chaudhri, Iqbal|Ikbal, Raza, Akhtar|Akhter, Shah,
    Mahmood|Mehmood|Mahmud, Rehman|Rahman|Ur Rehman, Aslam, Anwar|Anwer,
    Javed|Javaid|Jawed, Nawaz, Qureshi|Kureshi, Sheikh|Shaikh, Abbasi,
    Siddiqui|Siddiqi|Sidiqui, Arshad, Yousaf|Yousuf|Yusuf, Rafiq|Rafique|Rafeeq,
    Riaz|Riyaz, Bashir|Basheer, Bibi, Begum""",
)

RAW["IND"] = dict(
    m_sikh="""Gurpreet|Gurprit, Harpreet|Harprit, Manpreet|Manprit, Jaspreet|Jasprit,
    Harjinder|Harjindar, Sukhwinder|Sukhvinder, Kulwinder|Kulvinder,
    Gurjeet|Gurjit, Amandeep|Amandip, Jagdeep|Jagdip, Mandeep|Mandip,
    Ranjit|Ranjeet, Baljit|Baljeet, Paramjit|Paramjeet, Lovepreet|Lovprit,
    Navdeep|Navdip, Jaswinder|Jasvinder, Sandeep|Sandip""",
    f_sikh="""Harpreet|Harprit, Manpreet, Gurpreet, Simranjit|Simranjeet, Rajwinder|Rajvinder,
    Jaspreet, Amandeep, Navneet|Navnit, Kulwinder""",
    m="""Rajesh, Amit, Sunil, Vijay|Vijai, Rahul, Sanjay|Sanjai, Ramesh, Suresh,
    Mahesh, Ravi, Deepak|Dipak, Arun, Anil, Manoj, Rakesh, Ajay|Ajai, Vikas,
    Pradeep|Pradip, Arjun, Mohammed|Mohammad, Abdul, Santosh|Santhosh, Biju,
    Joseph|Josef, Prakash""",
    f="""Pooja|Puja, Priya, Sunita|Suneeta, Anita|Aneeta, Kavita|Kavitha,
    Lakshmi|Laxmi, Rekha, Geeta|Gita, Neha, Sangeeta|Sangita, Jyoti|Jyothi,
    Mary, Asha, Seema|Sima, Bindu, Reena|Rina""",
    fam_sikh="""Gill, Sandhu|Sandu, Sidhu|Siddhu, Dhillon|Dhilon, Grewal|Grewel, Brar,
    Virk|Wirk, Randhawa, Bains, Dhaliwal|Dhaliwall, Mann, Cheema""",
    fam="""Kumar, Sharma|Sarma, Patel, Shah, Verma|Varma, Gupta, Yadav, Reddy|Reddi,
    Nair, Thomas, Joseph, Das, Ram, Lal, Khan, Chauhan|Chouhan, Rana, Thakur,
    Mehta, Rao, Pillai|Pillay, Varghese|Verghese|Varghis""",
)

RAW["NGA"] = dict(
    m="""Chinedu|Chinedum, Emeka|Chukwuemeka, Oluwaseun|Oluwasegun, Adebayo|Adebayor,
    Osagie, Osaretin|Osaro, Efosa|Efosah, Ikechukwu|Ikechuckwu, Ifeanyi|Ifeanyichukwu,
    Babatunde|Tunde, Kehinde|Kehinde, Taiwo|Taiye, Samuel, Daniel, Emmanuel|Emmanual,
    Godwin, Godswill, Uchechukwu|Uche, Obinna, Olufemi|Femi, Olusegun|Segun,
    Ibrahim, Abubakar|Abubakr|Abu Bakar, Musa, Yusuf|Yusuff, Victor, Kingsley|Kingsly""",
    f="""Blessing, Precious, Joy, Favour|Favor, Esther, Ngozi, Chiamaka, Osasu|Osas,
    Osarugue|Osaruogie, Efe, Gift, Mercy, Peace, Success, Faith, Patience,
    Oluwabunmi|Bunmi, Adaeze, Chioma|Chiomma, Ifeoma|Ifeyoma, Funmilayo|Funmi,
    Nneka|Neka, Grace, Princess, Loveth|Lovet, Vivian|Vivien, Aishat|Aishatu|Aisha,
    Taiwo|Taiye, Kehinde""",
    fam="""Okafor, Okonkwo, Adeyemi, Ogunleye, Osagie, Igbinedion|Igbinidion,
    Obaseki, Eze|Ezeh, Nwosu, Omoregie|Omoregbe, Uwaifo, Okoro, Ojo, Adewale,
    Bello, Ibrahim, Abubakar, Ogbonna|Ogbona, Aigbe, Edosa, Nwachukwu|Nwachuku,
    Okeke, Chukwu, Ogunbiyi, Afolabi, Idahosa|Idahossa, Ehigiator, Osaghae|Osagae,
    Eghosa, Iyamu""",
)

RAW["CHN"] = dict(
    fam="""Wang, Li|Lee, Zhang|Chang, Liu, Chen|Chan, Yang, Huang|Wong, Zhao, Wu,
    Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin|Lam, Zheng|Cheng, Luo, Gao, Lian, Weng""",
    syl_m="""Wei, Jian, Jun, Hao, Ming, Qiang, Lei, Yong, Jie, Tao, Chao, Peng, Hui,
    Bin, Gang, Hua, Long, Feng, Xin, Yu, Jin, Zhi, Guo, Dong, Cheng, Xiao""",
    syl_f="""Mei, Li, Ling, Yan, Xiu, Hong, Jing, Fang, Na, Juan, Ying, Hui, Xia,
    Lan, Qing, Yun, Min, Xiao, Yu, Ting""",
)

RAW["PHL"] = dict(
    f="""Maria Cristina|Ma. Cristina|Maria Christina, Jocelyn|Joselyn, Rowena,
    Marites|Maritess, Mary Grace|Marygrace, Jonalyn|Jonaline, Analyn|Annalyn,
    Rosalie|Rosaly, Lorna, Jennifer|Jenifer, Michelle|Michele,
    Cristina|Christina, Arlene|Arlyn, Mylene|Milene, Rhea|Ria, Girlie,
    Liezl|Liesl, Charmaine|Sharmaine, Maria Luisa|Ma. Luisa|Marialuisa,
    Rosemarie|Rose Marie, Divina, Evelyn|Evelin""",
    m="""Rodel, Jomar, Mark Anthony|Marc Anthony, John Paul|Jon Paul|Johnpaul,
    Jayson|Jason, Ronald|Ronaldo, Reynaldo|Reinaldo, Arnel|Arnell, Jerome,
    Rommel|Romel, Christian|Kristian, Joel""",
    fam="""Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz|Delacruz|De la Cruz,
    De Guzman|Deguzman, Villanueva, Ramos, Aquino, Castillo|Castilo,
    Fernandez|Fernandes, Gonzales|Gonzalez, Lopez, Flores, Torres, Navarro,
    Pascual, Manalo, Soriano, Dizon, Mercado, Tolentino, Salazar, Panganiban,
    Macaraeg|Makaraeg""",
)

RAW["ROU"] = dict(
    m="""Ion|Ioan, Andrei|Andrey, Alexandru, Mihai, Florin, Ionuț, Gheorghe|George,
    Constantin|Costantin, Marian, Adrian, Daniel, Cristian, Vasile, Nicolae|Niculae,
    Ștefan, Petru|Petre, Dumitru, Cătălin, Bogdan, Sorin, Liviu, Răzvan, Marius,
    Gabriel, Iulian, Viorel, Costică|Costel, Fănel, Sandu, Dănuț""",
    f="""Maria, Elena, Ioana, Andreea|Andrea, Alina, Mihaela, Florentina,
    Georgiana, Nicoleta|Nicoletta, Ana-Maria|Ana Maria|Anamaria, Roxana,
    Cristina, Daniela, Gabriela, Denisa, Larisa|Larissa, Bianca, Ramona,
    Lavinia, Alexandra, Florica, Mariana, Rodica, Violeta, Loredana""",
    fam="""Popescu, Ionescu, Popa, Stan, Dumitru, Stoica, Radu, Munteanu,
    Constantin, Rusu, Lăcătuș, Căldăraru, Stănescu, Matei, Ciobanu, Ene,
    Gheorghe, Marin, Tudor, Dinu, Florea, Lungu, Mocanu, Oprea, Sârbu, Zamfir,
    Barbu, Voicu, Dobre, Nistor, Moldovan, Vlad, Mihai, Stoian, Ursu, Dragomir,
    Tănase, Căpraru, Ghiță""",
)

RAW["GBR"] = dict(
    m="""Jack, Connor|Conor, Callum|Calum, Kyle, Liam, Jordan, Tyler, Reece|Rhys,
    Lewis|Louis, Jake, Ryan, Nathan, Daniel, Thomas, James, Joshua, Bradley,
    Aaron, Kieran|Ciaran, Brandon, Oliver, Harry, Mohammed|Muhammad, Adam""",
    f="""Chloe, Jade, Chelsea, Megan|Meghan, Jessica, Amy, Emily, Lauren, Sophie,
    Charlotte, Hannah|Hanna, Shannon, Courtney, Paige, Leah, Ellie, Amber,
    Aaliyah|Aliyah, Ayesha|Aisha, Samira""",
    fam="""Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts,
    Walker, Johnson, Wright, Robinson, Thompson, White, Hughes, Edwards, Green,
    Hall, Wood, Harris, Lewis, Martin, Jackson, Clarke|Clark, Patel, Khan,
    Begum, Hussain, Ali, Ahmed, O'Brien|OBrien, McDonald|MacDonald, Davies|Davis,
    Murphy, Kelly, O'Neill|ONeill""",
)

RAW["SYR"] = dict(
    m="""Mohammad|Mohammed|Muhammad, Ahmad|Ahmed, Omar|Omer, Ali, Khaled|Khalid,
    Mahmoud|Mahmud, Yamen|Yaman, Hamza, Ammar|Amar, Bashar, Majd, Anas,
    Abdullah|Abdallah, Rami|Ramy, Fadi|Fady, Firas|Feras, Tarek|Tariq""",
    f="""Fatima|Fatma, Rasha, Lama, Hala, Reem|Rim, Nour|Noor, Alaa|Ala, Ruba""",
    fam="""Al Ahmad|Alahmad|Al-Ahmad, Al Hassan|Alhassan|Al-Hasan, Al Khalil|Alkhalil,
    Al Ali|Alali, Haddad|Hadad, Khalil|Khaleel, Al Hussein|Alhussein|Al Hussain,
    Darwish|Derwish, Hamdan, Najjar|Al Najjar, Sabbagh|Sabag, Al Kurdi|Kurdi,
    Othman|Osman, Mustafa|Moustafa, Al Abdullah|Alabdullah""",
)

# Bidoon from Kuwait: stateless, Gulf Arabic names with tribal surnames.
RAW["STL"] = dict(
    m="""Mohammed|Mohammad|Muhammad, Abdullah|Abdulla, Fahad|Fahd, Khalid|Khaled,
    Saad|Sa'ad, Nawaf|Nawwaf, Faisal|Faysal, Ahmed|Ahmad, Sultan, Salem|Salim, Bader|Badr""",
    f="""Noura|Nora, Fatima, Maryam|Mariam, Dalal, Hessa|Hissa, Aisha|Aysha""",
    fam="""Al Enezi|Al-Anezi|Alenezi|Al Anazi, Al Shammari|Alshammari|Al-Shamari,
    Al Dhafiri|Aldhafiri|Al Zafiri, Al Mutairi|Almutairi|Al-Mutery,
    Al Fadhli|Alfadhli|Al Fadli, Al Harbi|Alharbi""",
)

# Names on false / impostor documents (European holders).
RAW["EU"] = dict(
    ITA="Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Greco",
    ITA_m="Marco, Luca, Giuseppe, Andrea, Francesco, Alessandro, Matteo",
    ITA_f="Giulia, Francesca, Sara, Chiara, Martina",
    FRA="Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Diallo, Traore",
    FRA_m="Jean, Pierre, Nicolas, Thomas, Mamadou, Karim, Julien",
    FRA_f="Marie, Camille, Julie, Aminata, Sarah",
    GRC="Papadopoulos, Papadakis, Georgiou, Nikolaou, Dimitriou, Pappas, Vlachos",
    GRC_m="Georgios, Dimitrios, Ioannis, Konstantinos, Nikolaos",
    GRC_f="Maria, Eleni, Aikaterini, Vasiliki",
    ESP="Garcia, Martinez, Lopez, Sanchez, Perez, Gomez, Fernandez",
    ESP_m="Jose, Antonio, Juan, Manuel, David",
    ESP_f="Maria, Carmen, Laura, Lucia",
    NLD="de Jong, Jansen, de Vries, Bakker, Visser, Smit",
    NLD_m="Jan, Daan, Lucas, Sem, Milan",
    NLD_f="Emma, Julia, Sophie, Anna",
    BEL="Peeters, Janssens, Maes, Jacobs, Mertens, Willems",
    BEL_m="Louis, Arthur, Noah, Lucas",
    BEL_f="Olivia, Louise, Emma, Elise",
    D="Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schäfer, Yılmaz",
    D_m="Lukas, Leon, Jonas, Maximilian, Jürgen, Ahmet",
    D_f="Anna, Lea, Lena, Jülide, Katharina",
    SWE="Andersson, Johansson, Karlsson, Nilsson, Eriksson, Tesfay, Mohamed",
    SWE_m="Erik, Lars, Johan, Yonas, Ahmed",
    SWE_f="Anna, Maria, Sara, Helen",
)

NAMES = {k: {kk: parse_names(vv) for kk, vv in v.items()} for k, v in RAW.items()}

# ---------------------------------------------------------------------------
# 2. Cultures, nationalities, languages, documents, ports.
# ---------------------------------------------------------------------------

# struct: how a full name is built
#   western     given [second given] family
#   patronymic  given father grandfather (no family name; Eritrea, Sudan, ...)
#   afghan      given [tribal name | father's name | nothing]
#   viet        family middle given   (family name first)
#   chinese     family given          (family name first)
#   filipino    given [mother's maiden surname] family
#   indian      Sikh: given Singh/Kaur [clan]; others given family
# p_var: chance, per name per row, that a different spelling is written.
# mode weights for the first encounter: air, ferry (tourist/coach), hgv
# (clandestine in a lorry), boat (small boat), rail (Eurostar), tunnel
# (Coquelles/LeShuttle), holy (Holyhead, from Dublin).
CULTURES = {
    #      weight male minor struct       p_var pass  jan1 claimsMinor
    "ALB": dict(w=12, male=.85, minor=.25, struct="western", p_var=.10, passport=.80, idcard=.10,
                jan1=.02, claim_minor=.20, diacritics=True,
                modes=dict(air=35, boat=30, hgv=12, ferry=6, rail=5, holy=5),
                exploit={"Criminal (cannabis)": 4, "Labour": 4, "Sexual": 2, "Criminal": 2, "Unknown": 2}),
    "VNM": dict(w=9, male=.70, minor=.35, struct="viet", p_var=.03, passport=.35, idcard=0,
                jan1=.05, claim_minor=.30, diacritics=True,
                modes=dict(hgv=35, boat=30, air=12, rail=6, tunnel=6),
                exploit={"Criminal (cannabis)": 5, "Labour (nail bar)": 3, "Sexual": 2, "Unknown": 2}),
    "ERI": dict(w=9, male=.85, minor=.30, struct="patronymic", p_var=.18, passport=.05, idcard=0,
                jan1=.35, claim_minor=.30, diacritics=False,
                modes=dict(boat=55, hgv=20, tunnel=6, rail=6, holy=4, air=4),
                exploit={"Labour": 3, "Unknown": 4, "Sexual": 1, "Debt bondage (smugglers)": 2}),
    "SDN": dict(w=9, male=.93, minor=.30, struct="patronymic", p_var=.18, passport=.10, idcard=0,
                jan1=.40, claim_minor=.30, diacritics=False,
                modes=dict(boat=55, hgv=20, tunnel=6, rail=5, holy=4, air=4),
                exploit={"Labour": 4, "Unknown": 4, "Debt bondage (smugglers)": 2}),
    "AFG": dict(w=8, male=.92, minor=.35, struct="afghan", p_var=.18, passport=.10, idcard=0,
                jan1=.60, claim_minor=.35, diacritics=False,
                modes=dict(boat=55, hgv=22, tunnel=5, rail=4, holy=4, air=4),
                exploit={"Labour": 4, "Unknown": 4, "Sexual": 1, "Criminal": 1}),
    "IRQ": dict(w=7, male=.88, minor=.20, struct="patronymic", p_var=.15, passport=.25, idcard=0,
                jan1=.25, claim_minor=.20, diacritics=False,
                modes=dict(boat=55, hgv=20, air=8, tunnel=5, rail=5, holy=3),
                exploit={"Labour": 4, "Unknown": 4, "Criminal": 2}),
    "IRN": dict(w=6, male=.85, minor=.15, struct="western", p_var=.14, passport=.30, idcard=0,
                jan1=.05, claim_minor=.15, diacritics=False,
                modes=dict(boat=55, hgv=15, air=12, tunnel=5, rail=5),
                exploit={"Labour": 3, "Unknown": 4, "Sexual": 1}),
    "IND": dict(w=4, male=.75, minor=.08, struct="indian", p_var=.10, passport=.90, idcard=0,
                jan1=.05, claim_minor=.0, diacritics=False,
                modes=dict(air=75, holy=12, ferry=5, boat=8),
                exploit={"Labour": 6, "Domestic servitude": 2, "Sexual": 1}),
    "NGA": dict(w=4, male=.30, minor=.10, struct="western", p_var=.07, passport=.85, idcard=0,
                jan1=.05, claim_minor=.05, diacritics=False,
                modes=dict(air=75, holy=12, rail=8, ferry=5),
                exploit={"Sexual": 5, "Domestic servitude": 2, "Labour": 2}),
    "CHN": dict(w=4, male=.40, minor=.08, struct="chinese", p_var=.08, passport=.60, idcard=0,
                jan1=.03, claim_minor=.05, diacritics=False,
                modes=dict(air=60, rail=12, hgv=15, boat=5, tunnel=8),
                exploit={"Sexual": 4, "Labour": 4, "Criminal (cannabis)": 1}),
    "ETH": dict(w=3, male=.60, minor=.20, struct="patronymic", p_var=.15, passport=.30, idcard=0,
                jan1=.20, claim_minor=.20, diacritics=False,
                modes=dict(boat=40, air=30, hgv=15, tunnel=5, rail=5),
                exploit={"Domestic servitude": 3, "Labour": 3, "Sexual": 2, "Unknown": 2}),
    "PAK": dict(w=3, male=.70, minor=.10, struct="western", p_var=.10, passport=.85, idcard=0,
                jan1=.10, claim_minor=.05, diacritics=False,
                modes=dict(air=75, holy=10, boat=10, ferry=5),
                exploit={"Labour": 4, "Forced marriage": 2, "Domestic servitude": 2, "Sexual": 1}),
    "EGY": dict(w=3, male=.95, minor=.25, struct="patronymic", p_var=.12, passport=.65, idcard=0,
                jan1=.05, claim_minor=.25, diacritics=False,
                modes=dict(boat=45, air=35, hgv=15, tunnel=5),
                exploit={"Labour": 5, "Unknown": 3, "Criminal": 1}),
    "PHL": dict(w=2, male=.10, minor=.02, struct="filipino", p_var=.06, passport=.97, idcard=0,
                jan1=.01, claim_minor=0, diacritics=False,
                modes=dict(air=100),
                exploit={"Domestic servitude": 8, "Labour": 2}),
    "ROU": dict(w=5, male=.55, minor=.12, struct="western", p_var=.06, passport=.45, idcard=.50,
                jan1=.01, claim_minor=.02, diacritics=True,
                modes=dict(air=55, ferry=35, holy=5, rail=5),
                exploit={"Labour": 5, "Sexual": 4, "Criminal": 1}),
    "GBR": dict(w=7, male=.50, minor=.40, struct="western", p_var=.02, passport=.95, idcard=0,
                jan1=0, claim_minor=0, diacritics=False,
                modes=dict(air=60, holy=18, ferry=10, rail=12),
                exploit={"Criminal (county lines)": 4, "Sexual": 3, "Forced marriage": 2, "Labour": 1}),
    "SYR": dict(w=2, male=.85, minor=.25, struct="western", p_var=.15, passport=.30, idcard=0,
                jan1=.20, claim_minor=.20, diacritics=False,
                modes=dict(boat=60, hgv=20, air=10, tunnel=5, rail=5),
                exploit={"Labour": 4, "Unknown": 4}),
    "STL": dict(w=1, male=.80, minor=.15, struct="western", p_var=.18, passport=.25, idcard=0,
                jan1=.30, claim_minor=.15, diacritics=False,
                modes=dict(boat=60, hgv=25, air=15),
                exploit={"Labour": 3, "Unknown": 5}),
}

# Nationality: canonical text, ways the column gets filled, neighbours.
NATIONALITY = {
    "ALB": (["Albanian", "ALBANIAN", "Albania", "ALB", "albanian"], ["Kosovan", "Kosovo", "Macedonian", "Greek"]),
    "VNM": (["Vietnamese", "VIETNAMESE", "Vietnam", "Viet Nam", "VNM"], ["Chinese", "Cambodian"]),
    "ERI": (["Eritrean", "ERITREAN", "Eritrea", "ERI"], ["Ethiopian", "Sudanese"]),
    "SDN": (["Sudanese", "SUDANESE", "Sudan", "SDN"], ["South Sudanese", "Chadian", "Eritrean"]),
    "AFG": (["Afghan", "AFGHAN", "Afghanistan", "AFG", "Afghani"], ["Pakistani", "Iranian"]),
    "IRQ": (["Iraqi", "IRAQI", "Iraq", "IRQ", "Iraqi Kurd"], ["Iranian", "Syrian", "Kurdish", "Turkish"]),
    "IRN": (["Iranian", "IRANIAN", "Iran", "IRN", "Iranian (Kurdish)"], ["Iraqi", "Kurdish", "Afghan"]),
    "IND": (["Indian", "INDIAN", "India", "IND"], ["Pakistani", "Bangladeshi", "Nepalese"]),
    "NGA": (["Nigerian", "NIGERIAN", "Nigeria", "NGA"], ["Ghanaian", "Cameroonian"]),
    "CHN": (["Chinese", "CHINESE", "China", "CHN", "PRC"], ["Hong Kong", "Taiwanese", "Vietnamese"]),
    "ETH": (["Ethiopian", "ETHIOPIAN", "Ethiopia", "ETH"], ["Eritrean", "Somali"]),
    "PAK": (["Pakistani", "PAKISTANI", "Pakistan", "PAK"], ["Indian", "Afghan"]),
    "EGY": (["Egyptian", "EGYPTIAN", "Egypt", "EGY"], ["Libyan", "Sudanese"]),
    "PHL": (["Filipino", "FILIPINO", "Philippines", "PHL", "Filipina"], ["Indonesian"]),
    "ROU": (["Romanian", "ROMANIAN", "Romania", "ROU"], ["Moldovan", "Bulgarian", "Hungarian"]),
    "GBR": (["British", "BRITISH", "British Citizen", "GBR", "UK"], ["Irish"]),
    "SYR": (["Syrian", "SYRIAN", "Syria", "SYR"], ["Lebanese", "Iraqi", "Kurdish", "Palestinian"]),
    "STL": (["Stateless", "STATELESS", "Stateless (Bidoon)", "Kuwaiti Bidoon", "XXA"], ["Kuwaiti", "Iraqi", "Saudi"]),
}

LANGUAGES = {
    "ALB": ["Albanian"], "VNM": ["Vietnamese"], "ERI": ["Tigrinya", "Tigrigna"],
    "ETH": ["Amharic", "Oromo", "Tigrinya"], "SDN": ["Arabic", "Arabic (Sudanese)", "Fur", "Zaghawa"],
    "EGY": ["Arabic", "Arabic (Egyptian)"], "IRQ": ["Kurdish Sorani", "Sorani", "Kurdish", "Arabic", "Badini"],
    "IRN": ["Farsi", "Persian", "Kurdish Sorani", "Kurdish"], "AFG": ["Pashto", "Pashtu", "Dari", "Farsi"],
    "PAK": ["Urdu", "Punjabi", "Pashto", "English"], "IND": ["Punjabi", "Hindi", "English", "Malayalam", "Gujarati"],
    "NGA": ["English", "Pidgin English", "Edo", "Yoruba", "Igbo"], "CHN": ["Mandarin", "Fujianese", "Cantonese"],
    "PHL": ["English", "Tagalog"], "ROU": ["Romanian", "Romani", "Romanian/Romani"], "GBR": ["English"],
    "SYR": ["Arabic", "Kurdish Kurmanji"], "STL": ["Arabic"],
}

COUNTRY_NAME = {
    "ALB": "Albania", "VNM": "Vietnam", "ERI": "Eritrea", "SDN": "Sudan", "AFG": "Afghanistan",
    "IRQ": "Iraq", "IRN": "Iran", "IND": "India", "NGA": "Nigeria", "CHN": "China", "ETH": "Ethiopia",
    "PAK": "Pakistan", "EGY": "Egypt", "PHL": "Philippines", "ROU": "Romania", "GBR": "United Kingdom",
    "SYR": "Syria", "KWT": "Kuwait", "ITA": "Italy", "FRA": "France", "GRC": "Greece", "ESP": "Spain",
    "NLD": "Netherlands", "BEL": "Belgium", "D": "Germany", "SWE": "Sweden", "BGR": "Bulgaria",
}

# Document number patterns: L letter, D digit, X German alphabet (no vowels),
# anything else literal.  Several patterns = several series in circulation.
PASSPORT_FMT = {
    "ALB": ["BLDDDDDDD"], "VNM": ["CDDDDDDD", "BDDDDDDD", "NDDDDDDD"], "ERI": ["LDDDDDDD"],
    "ETH": ["EPDDDDDDD"], "SDN": ["PDDDDDDDD"], "EGY": ["ADDDDDDDD"], "IRQ": ["ADDDDDDDD", "GDDDDDDD"],
    "IRN": ["LDDDDDDDD"], "AFG": ["PDDDDDDD", "ODDDDDDD"], "PAK": ["LLDDDDDDD"], "IND": ["LDDDDDDD"],
    "NGA": ["ADDDDDDDD", "BDDDDDDDD"], "CHN": ["EDDDDDDDD", "ELDDDDDDD"], "PHL": ["PDDDDDDDL"],
    "ROU": ["05DDDDDDD"], "GBR": ["1DDDDDDDD", "5DDDDDDDD", "6DDDDDDDD"], "SYR": ["NDDDDDDDD"],
    "KWT": ["DDDDDDDD"], "ITA": ["LLDDDDDDD"], "FRA": ["DDLLDDDDD"], "GRC": ["LLDDDDDDD"],
    "ESP": ["LLLDDDDDD"], "NLD": ["LLXXXXXXD"], "BEL": ["LLDDDDDDD"], "D": ["CXXXXXXXX"],
    "SWE": ["DDDDDDDD"], "BGR": ["DDDDDDDDD"],
}
IDCARD_FMT = {
    "ROU": ["LLDDDDDD"], "ALB": ["IDDDDDDDDL"], "ITA": ["CADDDDDLL"], "FRA": ["DDDDDDDDDDDD"],
    "GRC": ["LLDDDDDD"], "ESP": ["LLLDDDDDD"], "BEL": ["DDDDDDDDDDDD"], "D": ["LXXXXXXXX"],
    "NLD": ["LLXXXXXXD"], "BGR": ["DDDDDDDDD"],
}
EU_FALSE_STATES = ["ITA", "FRA", "GRC", "ESP", "NLD", "BEL", "D", "SWE", "BGR"]
ISO_OF_CULTURE = {c: c for c in CULTURES}
ISO_OF_CULTURE["STL"] = "KWT"

# ---- ports and routes ----------------------------------------------------
AIR_PORTS = {
    "LHR": ["Heathrow T2", "Heathrow T3", "Heathrow T4", "Heathrow T5"],
    "LGW": ["Gatwick North", "Gatwick South"], "STN": ["Stansted"], "LTN": ["Luton"],
    "MAN": ["Manchester T1", "Manchester T2"], "BHX": ["Birmingham"],
}
# culture -> list of (airline, [origins], [UK airports])
AIR_ROUTES = {
    "ALB": [("W6", ["TIA"], ["LTN"]), ("BA", ["TIA"], ["LGW"]), ("FR", ["BGY", "CIA", "ATH"], ["STN"]),
            ("U2", ["TIA", "MXP"], ["LGW", "LTN"])],
    "ROU": [("W6", ["OTP", "CLJ", "IAS", "SCV", "BCM"], ["LTN"]), ("RO", ["OTP"], ["LHR"]),
            ("FR", ["OTP", "CLJ"], ["STN"]), ("W6", ["OTP"], ["BHX"])],
    "IND": [("AI", ["DEL", "AMD", "BOM", "ATQ"], ["LHR", "BHX"]), ("BA", ["DEL", "BOM", "HYD"], ["LHR"]),
            ("VS", ["DEL"], ["LHR"]), ("EK", ["DXB"], ["LHR", "BHX", "MAN"]), ("QR", ["DOH"], ["LHR", "MAN"])],
    "PAK": [("PK", ["ISB", "LHE"], ["LHR", "MAN", "BHX"]), ("QR", ["DOH"], ["LHR", "MAN"]),
            ("EK", ["DXB"], ["LHR", "BHX"]), ("EY", ["AUH"], ["MAN"])],
    "NGA": [("BA", ["LOS", "ABV"], ["LHR"]), ("VS", ["LOS"], ["LHR"]), ("P4", ["LOS"], ["LGW"]),
            ("ET", ["ADD"], ["LHR", "MAN"]), ("EK", ["DXB"], ["LHR"])],
    "CHN": [("CA", ["PEK"], ["LHR"]), ("MU", ["PVG"], ["LHR"]), ("CZ", ["CAN"], ["LHR"]),
            ("KL", ["AMS"], ["LHR"]), ("AF", ["CDG"], ["LHR"])],
    "PHL": [("QR", ["DOH"], ["LHR", "MAN"]), ("EK", ["DXB"], ["LHR", "MAN", "BHX"]), ("EY", ["AUH"], ["LHR"]),
            ("SV", ["RUH", "JED"], ["LHR"]), ("KU", ["KWI"], ["LHR"]), ("GF", ["BAH"], ["LHR"]),
            ("PR", ["MNL"], ["LHR"])],
    "GBR": [("FR", ["ALC", "AGP", "DUB", "KRK"], ["STN"]), ("U2", ["AMS", "CDG", "AYT"], ["LGW", "LTN"]),
            ("PK", ["ISB", "LHE"], ["MAN", "LHR"]), ("TK", ["IST"], ["LHR"]), ("BA", ["JFK", "LOS", "DXB"], ["LHR"])],
    "EGY": [("MS", ["CAI"], ["LHR"]), ("TK", ["IST"], ["LHR"])],
    "ETH": [("ET", ["ADD"], ["LHR", "MAN"]), ("TK", ["IST"], ["LHR"])],
    "VNM": [("VN", ["SGN", "HAN"], ["LHR"]), ("TK", ["IST"], ["LHR"]), ("AF", ["CDG"], ["LHR"])],
    "*": [("A3", ["ATH"], ["LHR"]), ("TK", ["IST"], ["LHR", "STN", "BHX"]), ("SN", ["BRU"], ["LHR"]),
          ("AF", ["CDG"], ["LHR"]), ("KL", ["AMS"], ["LHR"]), ("LH", ["FRA", "MUC"], ["LHR"]),
          ("IB", ["MAD"], ["LHR"]), ("FR", ["BLQ", "PMO", "BCN", "ATH"], ["STN"])],
}
FERRIES_DOVER = [("P&O", "Spirit of Britain", "Calais"), ("P&O", "Pride of Kent", "Calais"),
                 ("P&O", "Pride of Canterbury", "Calais"), ("DFDS", "Cote des Flandres", "Calais"),
                 ("DFDS", "Cote des Dunes", "Dunkirk"), ("DFDS", "Delft Seaways", "Dunkirk"),
                 ("Irish Ferries", "Isle of Innisfree", "Calais")]
FERRIES_HOLY = [("Stena", "Stena Adventurer"), ("Stena", "Stena Estrid"),
                ("Irish Ferries", "Ulysses"), ("Irish Ferries", "W.B. Yeats")]
HGV_PORTS = ["Dover Eastern Docks", "Dover Eastern Docks", "Dover Eastern Docks", "Coquelles (juxtaposed)",
             "Calais (juxtaposed)", "Harwich", "Purfleet", "Hull"]
RAIL_PORTS = ["St Pancras International", "Paris Gare du Nord (juxtaposed)", "Brussels Midi (juxtaposed)",
              "Lille Europe (juxtaposed)"]
BOAT_PORTS = ["Dover (Western Jet Foil)", "Dover (Western Jet Foil)", "Dover (Western Jet Foil)",
              "Dungeness beach", "Folkestone harbour"]
INLAND_TOWNS = ["Croydon", "Luton", "Slough", "Birmingham", "Leeds", "Cardiff", "Swansea", "Manchester",
                "Liverpool", "Glasgow", "Coventry", "Peterborough", "Wolverhampton", "Bradford",
                "Southampton", "Reading", "Middlesbrough", "Stoke-on-Trent", "Maidstone", "Ashford"]
INLAND_SETTINGS = ["ICE visit - car wash", "ICE visit - nail bar", "Police referral - cannabis grow",
                   "Reporting centre", "ICE visit - takeaway", "Police stop - vehicle", "Hotel (asylum accommodation)",
                   "ICE visit - construction site", "Police referral - brothel", "LA referral"]
# Officer / staff pools are per team.
TEAMS = {
    "Heathrow": "LHR", "Gatwick": "LGW", "Stansted": "STN", "Luton": "LTN", "Manchester": "MAN",
    "Birmingham": "BHX", "Dover": "DOV", "Eurostar": "EUR", "Coquelles": "COQ", "Holyhead": "HHD",
    "Inland": "ICE", "East coast": "ECF",
}

OUTCOMES_ADULT = [("NRM referral - adult (consented)", 30), ("NRM", 10), ("DtN submitted (declined NRM)", 14),
                  ("DtN", 6), ("No referral - no indicators", 12), ("No NRM - advice given", 5),
                  ("Refused entry", 5), ("Refused entry - removed", 3), ("Referred to police", 3),
                  ("Asylum claim - NRM to follow", 6)]
OUTCOMES_CHILD = [("NRM (child) - LA first responder", 20), ("Referred to LA children's services", 20),
                  ("NRM child", 8), ("Age dispute - referred to LA", 8), ("Police protection (s46)", 3)]
OUTCOMES_REPEAT = [("Already in NRM - no new referral", 8), ("Positive RG - info shared with SCA", 4),
                   ("Absconded - MFH report", 3)]
INDICATORS = ["Debt to agent", "Scripted account", "Docs held by third party", "Travelling with unrelated adult",
              "Does not know destination address", "Signs of physical abuse", "Withdrawn/fearful",
              "Phone controlled by third party", "Job offer unverified", "Inconsistent account",
              "Multiple entry stamps", "Ticket bought by third party", "Found concealed in HGV",
              "Arrived by small boat", "Cash in multiple currencies", "Number of agent written on hand",
              "Met by unknown male", "Recruited online", "Works unpaid", "Previous exploitation in Libya",
              "Previous exploitation in France", "Age disputed"]

# ---------------------------------------------------------------------------
# 3. People.
# ---------------------------------------------------------------------------
START = dt.date(2019, 1, 1)
END = dt.date(2024, 12, 31)
_CUM = {}


def zpick(rng, lst, s=0.9):
    """Zipf-weighted choice: earlier entries of a list are more common."""
    key = (id(lst), s)
    if key not in _CUM:
        acc, cum = 0.0, []
        for i in range(len(lst)):
            acc += 1.0 / (i + 1) ** s
            cum.append(acc)
        _CUM[key] = cum
    return rng.choices(lst, cum_weights=_CUM[key], k=1)[0]


def wpick(rng, weighted):
    """Choice from a dict {value: weight} or a list of (value, weight)."""
    items = list(weighted.items()) if isinstance(weighted, dict) else list(weighted)
    return rng.choices([v for v, _ in items], weights=[w for _, w in items], k=1)[0]


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def safe_range_date(rng, a, b):
    return rand_date(rng, min(a, b), b)


class Tok:
    """One name (given, father's, family...) with its spellings.  pref is the
    spelling this person normally uses."""
    __slots__ = ("variants", "pref")

    def __init__(self, variants, pref=0):
        self.variants, self.pref = variants, pref

    @property
    def canon(self):
        return self.variants[0]

    def spell(self, rng, p_var):
        if len(self.variants) > 1 and rng.random() < p_var:
            return rng.choice([v for i, v in enumerate(self.variants) if i != self.pref])
        return self.variants[self.pref]


def new_tok(rng, entry, p_alt=0.25):
    pref = 0 if (len(entry) == 1 or rng.random() > p_alt) else rng.randrange(1, len(entry))
    return Tok(entry, pref)


def chinese_given(rng, sex):
    syl = NAMES["CHN"]["syl_m" if sex == "M" else "syl_f"]
    a = zpick(rng, syl, 0.6)[0]
    if rng.random() < 0.25:
        return Tok([a])
    b = zpick(rng, syl, 0.6)[0]
    while b == a and rng.random() < 0.8:
        b = zpick(rng, syl, 0.6)[0]
    joined = a + b.lower()
    return Tok([joined, a + " " + b, a + "-" + b.lower()], 0)


class Person:
    def __init__(self, pid, cul, sex):
        self.pid, self.cul, self.sex = pid, cul, sex
        self.given, self.family, self.extra = [], [], []
        self.no_surname_on_passport = False
        self.dob_true = self.dob_official = self.dob_claim = self.dob_assessed = None
        self.assessed_on = None
        self.claims_minor = False
        self.docs = []            # genuine documents held, oldest first
        self.cid = self.cid2 = self.horef = None
        self.cid_from = self.horef_from = None
        self.grant_on = None      # date leave was granted (BRP issued)
        self.lang = None
        self.group = None         # sibling / twin group id
        self.kind = "single"      # single | sibling | twin
        self.events = []
        self.ho_spelling = None   # name as the Home Office first recorded it
        self.phone = None


def given_pool(cul, sex):
    n = NAMES[cul]
    return n["m"] if sex == "M" else n["f"]


def build_names(rng, p, base=None):
    """Fill p.given / p.family / p.extra.  If base (a sibling) is given, copy
    the inherited parts of the name from it."""
    c, cul, sex = CULTURES[p.cul], p.cul, p.sex
    n = NAMES[cul]
    st = c["struct"]
    if st == "western":
        p.given = [new_tok(rng, zpick(rng, given_pool(cul, sex)))]
        two = {"NGA": .5, "ROU": .25, "GBR": .4, "PAK": .35, "ALB": .04, "IRN": .08, "SYR": .1, "STL": .15}.get(cul, .1)
        if cul == "PAK" and sex == "M" and rng.random() < 0.4:
            p.given.insert(0, new_tok(rng, n["m"][0]))          # Muhammad Imran
        elif rng.random() < two:
            g2 = zpick(rng, given_pool(cul, sex))
            if g2 != p.given[0].variants:
                p.given.append(new_tok(rng, g2))
        p.family = [new_tok(rng, zpick(rng, n["fam"]))]
        if cul == "PAK" and sex == "F" and rng.random() < 0.3:
            p.family = [Tok(["Bibi"]) if rng.random() < .5 else Tok(["Begum"])]
        if cul in ("ALB", "SYR", "STL", "IRN"):
            p.extra = [new_tok(rng, zpick(rng, n["m"]))]       # father's name
            if p.extra[0].canon == p.given[0].canon:
                p.extra = [new_tok(rng, zpick(rng, n["m"]))]
    elif st == "patronymic":
        p.given = [new_tok(rng, zpick(rng, given_pool(cul, sex)))]

        def male():
            for _ in range(10):
                t = new_tok(rng, zpick(rng, n["m"] if rng.random() < 0.6 else n["pat"]))
                if t.canon != p.given[0].canon:
                    return t
            return t
        p.family = [male(), male()]
        p.extra = [male()]
    elif st == "afghan":
        if sex == "M" and rng.random() < 0.3:
            p.given = [new_tok(rng, n["m"][0]), new_tok(rng, zpick(rng, n["m"][1:]))]
        else:
            p.given = [new_tok(rng, zpick(rng, given_pool(cul, sex)))]
        r = rng.random()
        if r < 0.55:
            p.family = [new_tok(rng, zpick(rng, n["fam"]))]
        elif r < 0.82:
            p.family = [new_tok(rng, zpick(rng, n["m"]))]       # father's name used as surname
        else:
            p.family = []                                        # one name only
        p.extra = [new_tok(rng, zpick(rng, n["m"]))]
    elif st == "viet":
        mid = n["mid_m"] if sex == "M" else n["mid_f"]
        p.family = [new_tok(rng, zpick(rng, n["fam"], 1.1))]
        p.given = [new_tok(rng, zpick(rng, mid, 0.5)), new_tok(rng, zpick(rng, given_pool(cul, sex)))]
    elif st == "chinese":
        p.family = [new_tok(rng, zpick(rng, n["fam"]), 0.05)]
        p.given = [chinese_given(rng, sex)]
    elif st == "filipino":
        p.given = [new_tok(rng, zpick(rng, given_pool(cul, sex)))]
        p.family = [new_tok(rng, zpick(rng, n["fam"]))]
        p.extra = [new_tok(rng, zpick(rng, n["fam"]))]          # middle name = mother's maiden name
    elif st == "indian":
        if base is not None:                                    # siblings share the religion
            sikh = bool(base.family) and base.family[0].canon in ("Singh", "Kaur")
        else:
            sikh = rng.random() < 0.5
        if sikh:
            p.given = [new_tok(rng, zpick(rng, n["m_sikh" if sex == "M" else "f_sikh"]))]
            p.family = [Tok(["Singh"] if sex == "M" else ["Kaur"])]
            if rng.random() < 0.5:
                p.extra = [new_tok(rng, zpick(rng, n["fam_sikh"]))]
            p.no_surname_on_passport = rng.random() < 0.4
        else:
            p.given = [new_tok(rng, zpick(rng, given_pool(cul, sex)))]
            p.family = [new_tok(rng, zpick(rng, n["fam"]))]
    if base is not None:                                        # sibling: same family line
        if st in ("patronymic",):
            p.family = [Tok(t.variants, t.pref) for t in base.family]
            p.extra = [Tok(t.variants, t.pref) for t in base.extra]
        elif st == "indian" and base.family and base.family[0].canon in ("Singh", "Kaur"):
            p.family = [Tok(["Singh"] if p.sex == "M" else ["Kaur"])]
            p.extra = [Tok(t.variants, t.pref) for t in base.extra]
            p.no_surname_on_passport = base.no_surname_on_passport
        elif base.family:
            if not (cul == "PAK" and base.family[0].canon in ("Bibi", "Begum")):
                p.family = [Tok(t.variants, t.pref) for t in base.family]
            if st in ("western", "afghan") and base.extra:
                p.extra = [Tok(t.variants, t.pref) for t in base.extra]
        else:
            p.family = []
        # a sibling does not share the first name
        for _ in range(10):
            if p.given[-1].canon != base.given[-1].canon:
                break
            if st == "chinese":
                p.given[-1] = chinese_given(rng, p.sex)
            elif st == "indian" and p.family and p.family[0].canon in ("Singh", "Kaur"):
                p.given[-1] = new_tok(rng, zpick(rng, n["m_sikh" if p.sex == "M" else "f_sikh"]))
            else:
                p.given[-1] = new_tok(rng, zpick(rng, given_pool(cul, p.sex)))
    return p


def full_canon(p):
    return " ".join(t.canon for t in p.given + p.family)


# ---- dates of birth ------------------------------------------------------
def set_dobs(rng, p, first_date, dob_true=None):
    c = CULTURES[p.cul]
    if dob_true is None:
        if rng.random() < c["minor"]:
            age = rng.randint(12 if p.cul == "GBR" else 13, 17)
        else:
            age = 18 + min(int(rng.expovariate(1 / 8.0)), 42)
        dob_true = first_date - dt.timedelta(days=int(age * 365.25) + rng.randrange(365))
    p.dob_true = dob_true
    age = (first_date - dob_true).days // 365
    p.dob_official = dt.date(dob_true.year, 1, 1) if rng.random() < c["jan1"] else dob_true
    # what the person usually says when there is no document
    if 18 <= age <= 26 and rng.random() < c["claim_minor"]:
        p.claims_minor = True
        claimed_age = rng.randint(15, 17)
        y = first_date.year - claimed_age
        p.dob_claim = dt.date(y, 1, 1) if rng.random() < 0.5 else rand_date(rng, dt.date(y, 1, 1), dt.date(y, 12, 28))
    elif rng.random() < c["jan1"]:
        p.dob_claim = dt.date(dob_true.year + rng.choice([0, 0, 0, -1, 1]), 1, 1)
    else:
        p.dob_claim = p.dob_official
    # age assessment (Merton-style) where the claimed age is doubted
    if p.claims_minor or (age < 18 and rng.random() < 0.15):
        assessed_age = max(age + rng.choice([-1, 0, 0, 1, 1, 2, 3]), 18 if p.claims_minor and rng.random() < .85 else 15)
        p.dob_assessed = dt.date(first_date.year - assessed_age, 1, 1)


# ---- documents -----------------------------------------------------------
class Doc:
    __slots__ = ("kind", "number", "state", "natcode", "surname", "given", "dob", "sex",
                 "expiry", "status", "shared")

    def __init__(self, **kw):
        self.shared = False
        for k, v in kw.items():
            setattr(self, k, v)


def doc_number(rng, fmt):
    out = []
    for ch in fmt:
        if ch == "L":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "D":
            out.append(rng.choice("0123456789"))
        elif ch == "X":
            out.append(rng.choice("CFGHJKLMNPRTVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def icao(s, state=""):
    """Upper-case a name as it would appear in an MRZ: diacritics dropped
    (German umlauts expanded), apostrophes removed, hyphens to spaces."""
    if state == "D":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "ss")):
            s = s.replace(a, b)
    s = s.replace("Đ", "D").replace("đ", "d").replace("ı", "i").replace("'", "").replace(".", "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("-", " ")
    return " ".join(s.upper().split())


def doc_names(rng, p, p_other=0.15, ho=False):
    """(surname, given) as a document issuer spells them."""
    def sp(t):
        if ho and p.ho_spelling and id(t) in p.ho_spelling:
            return p.ho_spelling[id(t)]
        if len(t.variants) > 1 and rng.random() < p_other:
            return rng.choice(t.variants)
        return t.variants[t.pref]
    st = CULTURES[p.cul]["struct"]
    g = [sp(t) for t in p.given]
    f = [sp(t) for t in p.family]
    if st == "chinese":
        g = [p.given[0].variants[0]]
    if st == "patronymic":
        sur, giv = f[-1:], g + f[:-1]
    elif st == "indian" and p.no_surname_on_passport:
        sur, giv = [], g + f
    else:
        sur, giv = f, g
    return " ".join(sur), " ".join(giv)


def genuine_doc(rng, p, issue, kind="P"):
    state = ISO_OF_CULTURE[p.cul]
    fmts = (IDCARD_FMT if kind == "ID" else PASSPORT_FMT)[state]
    sur, giv = doc_names(rng, p)
    age_at_issue = (issue - p.dob_official).days // 365
    years = 5 if age_at_issue < 16 and state in ("GBR", "ROU", "ALB") else 10
    if kind == "ID":
        years = 4 if state == "ROU" and age_at_issue < 18 else 10
    return Doc(kind=kind, number=doc_number(rng, rng.choice(fmts)), state=state,
               natcode="XXA" if p.cul == "STL" else state,
               surname=icao(sur, state), given=icao(giv, state), dob=p.dob_official, sex=p.sex,
               expiry=add_years(issue, years) - dt.timedelta(days=1), status="Genuine")


FALSE_POOL = {}     # culture -> false documents already in circulation


def false_doc(rng, p, when):
    """A false document: impostor (someone else's genuine document),
    counterfeit or forged.  Facilitators re-use documents, so now and then an
    existing false document turns up again with a different person."""
    pool = [d for d in FALSE_POOL.get(p.cul, []) if d.sex == p.sex]
    if pool and rng.random() < 0.10:
        d = rng.choice(pool)
        d.shared = True
        return d
    state = rng.choice(EU_FALSE_STATES)
    status = wpick(rng, {"Impostor": 50, "Counterfeit": 35, "Forged": 15})
    kind = "ID" if (state in IDCARD_FMT and rng.random() < 0.35) else "P"
    if status == "Counterfeit" and rng.random() < 0.5:       # own name, false document
        sur, giv = doc_names(rng, p)
        dob = p.dob_claim
    else:                                                       # another holder's identity
        if rng.random() < 0.5:                                  # holder of the same origin
            holder = build_names(rng, Person("", p.cul, p.sex))
            sur, giv = doc_names(rng, holder)
        else:
            eu = NAMES["EU"]
            key = state if state in eu else "FRA"
            sur = rng.choice(eu[key])[0]
            giv = rng.choice(eu[key + ("_m" if p.sex == "M" else "_f")])[0]
        dob = p.dob_true + dt.timedelta(days=rng.randint(-1100, 1100))
    fmts = (IDCARD_FMT if kind == "ID" else PASSPORT_FMT)[state]
    d = Doc(kind=kind, number=doc_number(rng, rng.choice(fmts)), state=state, natcode=state,
            surname=icao(sur, state), given=icao(giv, state), dob=dob, sex=p.sex,
            expiry=rand_date(rng, when, add_years(when, 8)), status=status)
    FALSE_POOL.setdefault(p.cul, []).append(d)
    return d


def etd_doc(rng, p, when):
    state = ISO_OF_CULTURE[p.cul]
    sur, giv = doc_names(rng, p, p_other=0.3)
    return Doc(kind="ETD", number=doc_number(rng, rng.choice(["LDDDDDDD", "DDDDDDD", "ETDDDDDDD"])),
               state=state, natcode="XXA" if p.cul == "STL" else state,
               surname=icao(sur, state), given=icao(giv, state), dob=p.dob_claim, sex=p.sex,
               expiry=when + dt.timedelta(days=rng.randint(30, 180)), status="Genuine")


def brp_doc(rng, p, issue):
    sur, giv = doc_names(rng, p, ho=True)
    dob = p.dob_assessed if p.dob_assessed and rng.random() < 0.7 else p.dob_claim
    return Doc(kind="BRP", number=doc_number(rng, rng.choice(["ZUDDDDDDD", "RFDDDDDDD", "ZRDDDDDDD", "ZXDDDDDDD"])),
               state="GBR", natcode=ISO_OF_CULTURE[p.cul] if p.cul != "STL" else "XXA",
               surname=icao(sur), given=icao(giv), dob=dob, sex=p.sex,
               expiry=add_years(issue, 5), status="Genuine")

# ---------------------------------------------------------------------------
# 4. Encounters.  An event is one encounter at one place and time; people
#    travelling together share the event (same port, time, crossing).
# ---------------------------------------------------------------------------
YEAR_WEIGHTS = {2019: 9, 2020: 12, 2021: 17, 2022: 23, 2023: 21, 2024: 18}
RECORDS_PER_PERSON = {1: 42, 2: 27, 3: 15, 4: 8, 5: 3.5, 6: 2, 7: 1, 8: .7, 10: .4, 12: .3, 15: .2, 20: .1}
ASYLUM_CULTURES = ("ERI", "SDN", "AFG", "IRQ", "IRN", "SYR", "STL", "EGY", "ETH", "VNM", "ALB")


class Event:
    __slots__ = ("date", "time", "mode", "port", "location", "direction", "crossing", "origin",
                 "team", "officer", "group_ref", "people")

    def __init__(self, **kw):
        self.group_ref, self.people = "", []
        for k, v in kw.items():
            setattr(self, k, v)


def hhmm(rng, lo=0, hi=24):
    return dt.time(rng.randrange(lo, hi), rng.randrange(60))


def lorry_reg(rng):
    return rng.choice([
        lambda: doc_number(rng, "LLDD LLL"),          # UK
        lambda: doc_number(rng, "L DDD LLL"),         # Romania
        lambda: doc_number(rng, "LL DDDD LL"),        # Bulgaria
        lambda: doc_number(rng, "LLL DDDDD"),         # Poland
        lambda: doc_number(rng, "LL-DDD-LL"),         # France
        lambda: doc_number(rng, "DD-LLL-D"),          # Netherlands
    ])()


def team_of(port):
    for key, team in (("Heathrow", "Heathrow"), ("Gatwick", "Gatwick"), ("Stansted", "Stansted"),
                      ("Luton", "Luton"), ("Manchester", "Manchester"), ("Birmingham", "Birmingham"),
                      ("Coquelles", "Coquelles"), ("Calais", "Coquelles"), ("Holyhead", "Holyhead"),
                      ("Inland", "Inland"), ("Harwich", "East coast"), ("Purfleet", "East coast"),
                      ("Hull", "East coast")):
        if key in port:
            return team
    if any(k in port for k in ("Pancras", "Nord", "Midi", "Lille")):
        return "Eurostar"
    return "Dover"


def make_event(rng, cul, date, mode, direction, officers):
    t = hhmm(rng, 5, 23)
    origin, crossing, location = "", "", ""
    if mode == "air":
        routes = AIR_ROUTES.get(cul, []) + (AIR_ROUTES["*"] if cul not in ("PHL", "GBR", "ROU") else [])
        airline, origins, airports = rng.choice(routes)
        origin = rng.choice(origins)
        port = rng.choice(AIR_PORTS[rng.choice(airports)])
        crossing = airline + ("" if rng.random() < 0.6 else " ") + str(rng.randint(1, 9999)).zfill(rng.choice([3, 4]))
        location = rng.choice(["PCP arrivals", "PCP arrivals", "Secondary", "Gate check", "eGates referral"]) \
            if direction == "Inbound" else rng.choice(["Departures", "Outbound gate check"])
    elif mode == "ferry":
        op, ship, origin = rng.choice(FERRIES_DOVER)
        port = "Dover Eastern Docks"
        crossing = "%s %s %s" % (op, ship, t.strftime("%H:%M"))
        location = rng.choice(["Tourist controls", "Coach hall", "Coach hall", "Juxtaposed - Calais"])
        if rng.random() < 0.4:
            crossing = "Coach (%s) via %s" % (rng.choice(["Flixbus", "Atlas", "Eurolines", "private minibus"]), origin)
    elif mode == "hgv":
        port = rng.choice(HGV_PORTS)
        origin = {"Harwich": "Hook of Holland", "Purfleet": "Zeebrugge", "Hull": "Rotterdam"}.get(port, "Calais")
        crossing = "HGV %s / trlr %s" % (lorry_reg(rng), doc_number(rng, "LLDDDD"))
        location = "Freight search area"
    elif mode == "boat":
        port = rng.choice(BOAT_PORTS)
        t = hhmm(rng, 3, 17)
        origin = "France (beach)"
        crossing = "Small boat - %d POB" % rng.randint(12, 75)
        location = rng.choice(["WJF processing", "WJF processing", "Manston"])
    elif mode == "rail":
        port = rng.choice(RAIL_PORTS)
        origin = {"St Pancras International": rng.choice(["Paris", "Brussels", "Lille"])}.get(port, port.split()[0])
        crossing = "ES" + ("" if rng.random() < .5 else " ") + str(rng.randrange(9002, 9160))
        location = rng.choice(["PCP", "Juxtaposed control", "Secondary"])
    elif mode == "tunnel":
        port = "Coquelles (juxtaposed)"
        origin = "Coquelles"
        crossing = rng.choice(["LeShuttle %s" % t.strftime("%H%M"), "Freight shuttle", "LeShuttle (tourist)"])
        location = rng.choice(["Tourist controls", "Freight"])
    elif mode == "holy":
        op, ship = rng.choice(FERRIES_HOLY)
        port, origin = "Holyhead", "Dublin"
        crossing = "%s %s" % (ship, t.strftime("%H:%M"))
        location = rng.choice(["Arrivals - CTA checks", "Foot passengers", "Freight"])
    else:  # inland
        port = "Inland"
        location = "%s, %s" % (rng.choice(INLAND_SETTINGS), rng.choice(INLAND_TOWNS))
    team = team_of(port)
    return Event(date=date, time=t, mode=mode, port=port, location=location, direction=direction,
                 crossing=crossing, origin=origin, team=team, officer=rng.choice(officers[team]))


def draw_gap(rng):
    r = rng.random()
    if r < 0.12:
        return rng.randint(1, 14)         # refused, tried again / moved on inland
    if r < 0.22:
        return rng.randint(15, 90)
    return 30 + int(rng.expovariate(1 / 330.0))


def next_date(rng, prev):
    d = prev + dt.timedelta(days=draw_gap(rng))
    return d if d <= END else None


def choose_mode(rng, p, prev_mode, repeat):
    modes = CULTURES[p.cul]["modes"]
    if repeat:
        r = rng.random()
        if r < 0.35:
            return "inland"
        if r < 0.60 and prev_mode and prev_mode != "inland":
            return prev_mode
    return wpick(rng, modes)


def choose_direction(rng, p, mode, repeat):
    out = {"GBR": .35, "PHL": .05}.get(p.cul, .10 if repeat and p.cul in ("ALB", "ROU", "VNM", "NGA", "IND", "PAK") else .02)
    if mode in ("boat", "hgv", "inland") or rng.random() >= out:
        return "Inbound"
    return "Outbound"


def plan_events(rng, p, k, officers, shared_first=None, joinable=()):
    """Create (or join) k events for person p, in date order."""
    evs = []
    gaps = []
    if shared_first is not None:
        evs.append(shared_first)
    else:
        # lay out the gaps first so that a late starter's encounters still
        # fit before END (otherwise they would pile up in the last months)
        gaps = [draw_gap(rng) for _ in range(k - 1)]
        span, room = sum(gaps), (END - START).days - 30
        if span > room:
            gaps = [max(1, g * room // span) for g in gaps]
            span = sum(gaps)
        year = wpick(rng, YEAR_WEIGHTS)
        d = rand_date(rng, dt.date(year, 1, 1), min(dt.date(year, 12, 31), END))
        if d + dt.timedelta(days=span) > END:
            d = rand_date(rng, START, END - dt.timedelta(days=span))
        mode = choose_mode(rng, p, None, False)
        evs.append(make_event(rng, p.cul, d, mode, choose_direction(rng, p, mode, False), officers))
    joinable = list(joinable)
    while len(evs) < k:
        if joinable and rng.random() < 0.5:
            e = joinable.pop(0)
            if e.date >= evs[-1].date and e not in evs:
                evs.append(e)
                continue
        if gaps:
            d = evs[-1].date + dt.timedelta(days=gaps.pop(0))
            d = d if d <= END else None
        else:
            d = next_date(rng, evs[-1].date)
        if d is None:                     # ran past the end of the log
            break
        mode = choose_mode(rng, p, evs[-1].mode, True)
        evs.append(make_event(rng, p.cul, d, mode, choose_direction(rng, p, mode, True), officers))
    evs.sort(key=lambda e: (e.date, e.time))
    for e in evs:
        e.people.append(p)
    p.events = evs


def make_officers(rng):
    officers = {}
    for team in TEAMS:
        officers[team] = [rng.randint(1000, 99999) if rng.random() < .7 else rng.randint(100, 999)
                          for _ in range(rng.randint(15, 35))]
    return officers


def make_staff(rng):
    staff = {}
    for team in TEAMS:
        staff[team] = ["".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2)) for _ in range(rng.randint(3, 7))]
    return staff


def setup_person(rng, p, first_date):
    c = CULTURES[p.cul]
    p.lang = rng.choice(LANGUAGES[p.cul])
    if rng.random() < c["passport"]:
        issue = safe_range_date(rng, max(first_date - dt.timedelta(days=9 * 365), p.dob_official + dt.timedelta(days=200)),
                                first_date - dt.timedelta(days=1))
        p.docs.append(genuine_doc(rng, p, issue, "P"))
    if c["idcard"] and rng.random() < c["idcard"]:
        issue = safe_range_date(rng, max(first_date - dt.timedelta(days=9 * 365), p.dob_official + dt.timedelta(days=5000)),
                                first_date - dt.timedelta(days=1))
        p.docs.append(genuine_doc(rng, p, issue, "ID"))
    asylum = p.cul in ASYLUM_CULTURES
    if rng.random() < (.8 if asylum else .6):
        p.cid = rng.randint(1000000, 99999999)
        p.cid_from = first_date if rng.random() < 0.6 else first_date + dt.timedelta(days=rng.randint(20, 400))
        if rng.random() < 0.05:   # duplicate person record on CID
            p.cid2 = rng.randint(1000000, 99999999)
    if rng.random() < (.65 if asylum else .25):
        p.horef = rng.choice("ABDFHKMRSTW") + str(rng.randint(1000000, 9999999))
        p.horef_from = first_date + dt.timedelta(days=rng.randint(0, 60))
    if asylum and rng.random() < 0.45:
        p.grant_on = first_date + dt.timedelta(days=rng.randint(180, 900))


def make_population(rng, n, officers):
    people, group_no = [], 0
    cul_w = {k: v["w"] for k, v in CULTURES.items()}

    def new_person(cul, sex=None):
        c = CULTURES[cul]
        sex = sex or ("M" if rng.random() < c["male"] else "F")
        return Person("P%06d" % (len(people) + 1), cul, sex)

    while len(people) < n:
        cul = wpick(rng, cul_w)
        room = n - len(people)
        r = rng.random()
        k = wpick(rng, RECORDS_PER_PERSON)
        if r < 0.065 and room >= 2:                              # siblings travelling together
            size = min(room, wpick(rng, {2: 60, 3: 30, 4: 10}))
            group_no += 1
            lead = new_person(cul)
            build_names(rng, lead)
            people.append(lead)
            plan_events(rng, lead, k, officers)
            set_dobs(rng, lead, lead.events[0].date)
            members = [lead]
            for _ in range(size - 1):
                m = new_person(cul)
                build_names(rng, m, base=lead)
                people.append(m)
                plan_events(rng, m, wpick(rng, RECORDS_PER_PERSON), officers,
                            shared_first=lead.events[0], joinable=lead.events[1:])
                gap = rng.choice([-1, 1]) * rng.randint(400, 3000)
                set_dobs(rng, m, m.events[0].date, lead.dob_true + dt.timedelta(days=gap))
                members.append(m)
            for m in members:
                m.group, m.kind = group_no, "sibling"
        elif r < 0.08 and room >= 2:                              # twins
            group_no += 1
            a = new_person(cul)
            build_names(rng, a)
            people.append(a)
            sex_b = a.sex if rng.random() < 0.6 else ("F" if a.sex == "M" else "M")
            b = new_person(cul, sex_b)
            build_names(rng, b, base=a)
            people.append(b)
            if cul == "NGA" and rng.random() < 0.6:               # Yoruba twin names
                a.given[0] = Tok(["Taiwo", "Taiye"])
                b.given[0] = Tok(["Kehinde"])
            plan_events(rng, a, k, officers)
            plan_events(rng, b, max(1, k + rng.choice([-1, 0, 0, 1])), officers,
                        shared_first=a.events[0], joinable=a.events[1:] * 1)
            set_dobs(rng, a, a.events[0].date)
            set_dobs(rng, b, b.events[0].date, a.dob_true)
            b.dob_official, b.dob_claim = a.dob_official, a.dob_claim
            for m in (a, b):
                m.group, m.kind = group_no, "twin"
        else:
            p = new_person(cul)
            build_names(rng, p)
            people.append(p)
            plan_events(rng, p, k, officers)
            set_dobs(rng, p, p.events[0].date)
    for p in people:
        setup_person(rng, p, p.events[0].date)
    return people

# ---------------------------------------------------------------------------
# 5. Rendering a row.  Everything an officer types goes through here.
# ---------------------------------------------------------------------------
COLUMNS = ["Ref No", "Date", "Time", "Port", "Location", "In/Out", "Flight/Crossing", "From",
           "Surname", "Forename(s)", "Name per doc (MRZ)", "AKA", "DOB", "Age", "Sex", "Nationality",
           "Doc Type", "Doc No", "Issuing State", "Doc Expiry", "Doc Status", "CID Person ID", "HO Ref",
           "Group Ref", "Travelling With", "Language", "Suspected Exploitation", "Indicators", "Outcome",
           "Officer", "Entered By", "Date Entered", "Prev Encounter", "Comments"]

# chance that the row's given and family names are swapped between the columns
SWAP = {"ROU": .12, "ALB": .05, "ERI": .06, "SDN": .06, "ETH": .06, "IRQ": .05, "AFG": .06,
        "NGA": .04, "PHL": .03, "GBR": .01}
P_SWAP_DEFAULT = .04
P_TYPO = .07          # a typing error in a name
P_TRANSPOSE = .04     # day and month swapped in a typed date of birth
P_DOB_YEAR_TYPO = .015


class XDate:
    """A cell holding an Excel date."""
    __slots__ = ("d",)

    def __init__(self, d):
        self.d = d


class XTime:
    __slots__ = ("t",)

    def __init__(self, t):
        self.t = t


def strip_accents(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


KEYB = "qwertyuiop asdfghjkl zxcvbnm".split()


def neighbour_key(ch):
    lo = ch.lower()
    for row in KEYB:
        i = row.find(lo)
        if i >= 0:
            opts = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            return opts
    return [lo]


def typo(rng, s):
    """One realistic typing error."""
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 4:
        return s
    i = rng.choice(idx[1:])
    op = rng.random()
    if op < 0.3:                                   # dropped letter
        return s[:i] + s[i + 1:]
    if op < 0.5:                                   # doubled letter
        return s[:i] + s[i] + s[i:]
    if op < 0.75 and i + 1 < len(s) and s[i + 1].isalpha():  # transposed
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.9:                                   # neighbouring key
        c = rng.choice(neighbour_key(s[i]))
        return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]
    vowels = "aeiou"                               # wrong vowel
    if s[i].lower() in vowels:
        c = rng.choice([v for v in vowels if v != s[i].lower()])
        return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]
    return s[:i] + s[i + 1:]


def recase(rng, s, upper_p, lower_p=0.04):
    r = rng.random()
    if r < upper_p:
        return s.upper()
    if r < upper_p + lower_p:
        return s.lower()
    if s.isupper() or rng.random() < 0.5:
        return s.title()
    return s


def fmt_date(d, style):
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy2":
        return "%d/%d/%s" % (d.day, d.month, d.strftime("%y"))
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return d.strftime("%d-%b-%Y")
    if style == "mrz":
        return d.strftime("%y%m%d")
    raise ValueError(style)


def swap_dm(d):
    if d.day <= 12 and d.day != d.month:
        try:
            return dt.date(d.year, d.day, d.month)
        except ValueError:
            return d
    return d


def mrz_name(rng, doc):
    sur, giv = doc.surname, doc.given
    r = rng.random()
    if r < 0.35:                                   # as read from the machine-readable zone
        s = sur.replace(" ", "<") + "<<" + giv.replace(" ", "<")
        limit = 30 if doc.kind == "ID" else 39
        s = s[:limit]
        if rng.random() < 0.3:
            s = s + "<" * (limit - len(s))
        return s
    if r < 0.75:
        return (sur + " " + giv).strip()
    if r < 0.85:
        return "%s, %s" % (sur, giv) if sur else giv
    if r < 0.95:
        return (giv + " " + sur).strip()
    return ""


def digits_typo(rng, s):
    if len(s) < 3:
        return s
    i = rng.randrange(len(s))
    conf = {"0": "O", "O": "0", "1": "I", "I": "1", "5": "S", "S": "5", "8": "B", "B": "8", "6": "G", "2": "Z"}
    r = rng.random()
    if r < 0.35 and s[i] in conf:
        return s[:i] + conf[s[i]] + s[i + 1:]
    if r < 0.65 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.85:
        return s[:i] + s[i + 1:]
    return s[:i] + rng.choice("0123456789") + s[i + 1:]


class Renderer:
    def __init__(self, rng, staff):
        self.rng, self.staff = rng, staff
        self.group_refs = {}
        self.group_counter = {}

    # -- which document the person shows this time --------------------------
    def choose_doc(self, p, e):
        rng = self.rng
        genuine = [d for d in p.docs if d.kind in ("P", "ID")]
        if genuine:
            last = genuine[-1]
            if last.expiry < e.date and rng.random() < 0.6:      # renewed passport, new number
                nd = genuine_doc(rng, p, safe_range_date(rng, last.expiry, e.date), last.kind)
                p.docs.append(nd)
                genuine.append(nd)
        if p.grant_on and e.date >= p.grant_on and not any(d.kind == "BRP" for d in p.docs) and p.ho_spelling:
            p.docs.append(brp_doc(rng, p, p.grant_on + dt.timedelta(days=rng.randint(10, 60))))
        brp = [d for d in p.docs if d.kind == "BRP"]
        r = rng.random()
        if e.mode in ("boat", "hgv"):
            if r < 0.86:
                return None
            if r < 0.94 and genuine:
                return rng.choice(genuine[-1:] if rng.random() < .8 else genuine)
            return false_doc(rng, p, e.date) if r >= 0.96 else None
        if e.mode == "inland":
            if brp and r < 0.7:
                return brp[-1]
            if genuine and r < 0.45:
                return genuine[-1]
            return None
        if e.direction == "Outbound":
            if genuine and r < 0.8:
                return genuine[-1]
            if p.cul != "GBR" and r < 0.75:
                return etd_doc(rng, p, e.date)
            return None
        if p.cul in ("GBR", "ROU"):
            if genuine and r < 0.93:
                return rng.choice(genuine) if p.cul == "ROU" else genuine[-1]
            return None if r < 0.97 else false_doc(rng, p, e.date)
        if brp and r < 0.5:
            return brp[-1]
        if genuine:
            if r < 0.78:
                return genuine[-1]
            if r < 0.93:
                return false_doc(rng, p, e.date)
            return None
        return false_doc(rng, p, e.date) if r < 0.45 else None

    # -- the name the officer typed --------------------------------------------
    def typed_name(self, p, first_row):
        rng = self.rng
        c = CULTURES[p.cul]
        st = c["struct"]
        spelled = {}

        def sp(t):
            if id(t) not in spelled:
                spelled[id(t)] = t.spell(rng, c["p_var"])
            return spelled[id(t)]

        given, fam = list(p.given), list(p.family)
        # names dropped
        if len(fam) >= 2 and rng.random() < 0.18:
            fam = fam[:-1]
        if len(given) >= 2 and rng.random() < 0.15:
            given = given[1:] if st == "viet" else given[:1]
        # names added
        extra_in_fore, extra_in_sur = [], []
        if p.extra:
            x = p.extra[0]
            if st == "patronymic" and rng.random() < 0.08 and len(fam) == 2:
                fam = fam + [x]
            elif st == "western" and rng.random() < (.15 if p.cul == "ALB" else .08):
                extra_in_fore = [x]                               # father's name as middle name
            elif st == "afghan" and (not fam and rng.random() < .35 or rng.random() < .06):
                extra_in_sur = [x]                                # father's name written as surname
            elif st == "filipino" and rng.random() < 0.5:
                (extra_in_fore if rng.random() < .5 else extra_in_sur).append(x)
        g = [sp(t) for t in given + extra_in_fore]
        f = [sp(t) for t in extra_in_sur + fam]
        if st == "indian" and p.extra and fam and fam[0].canon in ("Singh", "Kaur"):
            r = rng.random()
            if r < 0.35:
                g, f = g + f, [sp(p.extra[0])]
            elif r < 0.6:
                f = f + [sp(p.extra[0])]
        # allocation to the two columns
        if st == "patronymic" and len(f) >= 2:
            r = rng.random()
            if r < 0.3:
                g, f = g + f[:-1], f[-1:]                         # MRZ style: last name is "surname"
        elif st == "viet":
            r = rng.random()
            if r < 0.15:
                g, f = f + g[:-1], g[-1:]                         # read in western order
            elif r < 0.22:
                g, f = g[-1:], f + g[:-1]
        elif st == "chinese" and rng.random() < 0.2:
            g, f = f, g
        elif st == "indian" and p.no_surname_on_passport and rng.random() < 0.2:
            g, f = g + f, []
        if rng.random() < SWAP.get(p.cul, P_SWAP_DEFAULT) and f:
            g, f = f, g
        fore, sur = " ".join(g), " ".join(f)
        if not sur:
            r = rng.random()
            if r < 0.3:
                sur = fore
            elif r < 0.5:
                sur = "UNKNOWN"
            elif r < 0.6:
                sur = "LNU"
            elif r < 0.7:
                sur, fore = fore, ""
        # compound names written together or hyphenated
        if " " in fore and rng.random() < 0.05:
            fore = fore.replace(" ", "" if rng.random() < .5 else "-", 1)
        if c["diacritics"] and rng.random() > 0.12:
            fore, sur = strip_accents(fore), strip_accents(sur)
        if first_row and p.ho_spelling is None:
            p.ho_spelling = {k: strip_accents(v) for k, v in spelled.items()}
        return sur, fore

    # -- date of birth --------------------------------------------------------
    def dob_value(self, p, e, doc, names_from_false, repeat):
        rng = self.rng
        if doc is not None:
            if doc.status == "Genuine" and rng.random() < 0.9:
                return doc.dob, "doc"
            if doc.status != "Genuine" and (names_from_false or rng.random() < 0.3):
                return doc.dob, "doc"
        if p.dob_assessed and e.date > p.events[0].date and rng.random() < 0.55:
            return p.dob_assessed, "assessed"
        if p.claims_minor and repeat and rng.random() < 0.12:
            return p.dob_true, "claim"
        d = p.dob_claim
        r = rng.random()
        if r < 0.08:
            d = dt.date(d.year + rng.choice([-1, 1]), d.month, min(d.day, 28))
        elif r < 0.15:
            d = dt.date(d.year, 1, 1)
        elif r < 0.19:
            return None, "blank"
        return d, "claim"

    def render_dob(self, d, how, doc):
        rng = self.rng
        if d is None:
            return rng.choice(["", "", "", "NK", "N/K", "Unknown"])
        if how == "doc" and rng.random() < 0.25:
            s = fmt_date(d, "mrz")
            return int(s) if rng.random() < 0.3 else s       # Excel turned it into a number
        if rng.random() < P_TRANSPOSE:
            d = swap_dm(d)
        if rng.random() < P_DOB_YEAR_TYPO:
            y = str(d.year)
            y2 = y[:2] + y[3] + y[2] if rng.random() < .5 else str(d.year + rng.choice([-10, 10]))
            if int(y2) > 2024:
                y2 = str(d.year - 10)
            try:
                d = d.replace(year=int(y2))
            except ValueError:
                pass
        r = rng.random()
        if r < 0.58:
            return XDate(d)
        if r < 0.80:
            return fmt_date(d, "dmy")
        if r < 0.84:
            return fmt_date(d, "dmy2")
        if r < 0.87:
            return fmt_date(d, "dot")
        if r < 0.91:
            return fmt_date(d, "mon")
        if d.month == 1 and d.day == 1 and how != "doc":
            return rng.choice(["%s (claimed)" % fmt_date(d, "dmy"), "c.%d" % d.year, str(d.year)])
        return XDate(d)

    # -- the rest of the row --------------------------------------------------
    def nationality(self, p, doc, names_from_false):
        rng = self.rng
        if doc is not None and names_from_false and rng.random() < 0.6:
            return rng.choice([doc.natcode, COUNTRY_NAME.get(doc.natcode, doc.natcode)])
        texts, neigh = NATIONALITY[p.cul]
        r = rng.random()
        pn = .10 if p.cul in ("ERI", "ETH", "IRQ", "IRN", "SDN", "SYR") else .04
        if r < pn:
            return rng.choice(neigh)
        if r < pn + .03:
            return rng.choice(["NK", "Unknown", ""])
        return rng.choices(texts, weights=[50, 15, 15, 12, 8][:len(texts)])[0]

    def doc_cells(self, doc, p):
        rng = self.rng
        if doc is None:
            return [rng.choice(["Undocumented", "Undocumented", "None", "Nil docs", "No docs", "", "N/A"]),
                    "", "", "", ""]
        kind = {"P": ["Passport", "Passport", "PP", "P", "Passport"], "ID": ["ID card", "ID", "National ID card", "I"],
                "ETD": ["ETD", "Emergency Travel Doc", "ETD"], "BRP": ["BRP", "Biometric Residence Permit"]}[doc.kind]
        dtype = rng.choice(kind)
        num = doc.number
        r = rng.random()
        if r < 0.04:
            num = digits_typo(rng, num)
        elif r < 0.08 and len(num) >= 8 and num[:2].isalpha():
            num = num[:2] + " " + num[2:]
        elif r < 0.12:
            num = ""
        if num.isdigit() and rng.random() < 0.45:
            num = int(num)                                        # leading zeros lost
        st = doc.state
        if st == "D":
            iss = rng.choices(["D", "D<<", "DEU", "GER", "Germany"], weights=[40, 25, 20, 10, 5])[0]
        elif st == "GBR":
            iss = rng.choices(["GBR", "UK", "GB"], weights=[80, 15, 5])[0]
        else:
            iss = rng.choices([st, COUNTRY_NAME.get(st, st), st.lower()], weights=[85, 10, 5])[0]
        if rng.random() < 0.05:
            iss = ""
        exp = ""
        if rng.random() < 0.45:
            exp = XDate(doc.expiry) if rng.random() < 0.7 else fmt_date(doc.expiry, "mrz")
        status = {"Genuine": ["Genuine", "Genuine", "Genuine", "Gen", "", "Not examined"],
                  "Impostor": ["Impostor", "Imposter", "Genuine - impostor"],
                  "Counterfeit": ["Counterfeit", "False - counterfeit", "Counterfeit"],
                  "Forged": ["Forged", "Forgery (photo sub)"]}[doc.status]
        return [dtype, num, iss, exp, rng.choice(status)]

    def officer_cell(self, e):
        rng = self.rng
        r = rng.random()
        if r < 0.6:
            return e.officer
        if r < 0.8:
            return "BF%s" % e.officer
        if r < 0.9:
            return "BF %s" % e.officer
        return ""

    def row(self, p, e, nth, prev_event, ex_type):
        """Render one row for person p at event e (nth row of this person)."""
        rng = self.rng
        repeat = nth > 0
        doc = self.choose_doc(p, e)
        names_from_false = False
        name_src = "given"
        if doc is not None and doc.status == "Genuine" and rng.random() < 0.55:
            name_src = "doc"
            sur, fore = doc.surname, doc.given                    # typed from the passport
            sur, fore = sur.title() if rng.random() < .4 else sur, fore.title()
            if not sur and rng.random() < 0.5:
                sur = "UNKNOWN"
            if nth == 0 and p.ho_spelling is None:
                self.typed_name(p, True)                          # HO spelling (not shown)
        elif doc is not None and doc.status in ("Impostor", "Forged") and rng.random() < 0.25:
            sur, fore = doc.surname, doc.given.title()
            names_from_false = True
            name_src = "false doc"
        else:
            sur, fore = self.typed_name(p, nth == 0)
        sur = recase(rng, sur, 0.55)
        fore = recase(rng, fore, 0.2)
        if rng.random() < P_TYPO:
            if rng.random() < 0.5 and len(sur) > 3:
                sur = typo(rng, sur)
            else:
                fore = typo(rng, fore)
        if rng.random() < 0.03:
            sur = sur + " "
        # AKA: another name the person has used
        aka = ""
        if names_from_false and rng.random() < 0.4:
            s2, f2 = self.typed_name(p, False)
            aka = "%s %s" % (f2, s2.upper())
        elif repeat and rng.random() < 0.05:
            s2, f2 = self.typed_name(p, False)
            aka = "%s %s" % (f2, s2.upper())
        mrz = mrz_name(rng, doc) if doc is not None else ""
        dob, how = self.dob_value(p, e, doc, names_from_false, repeat)
        dob_cell = self.render_dob(dob, how, doc)
        age = ""
        if dob is not None and rng.random() < 0.6:
            a = (e.date - dob).days // 365
            if how == "assessed" and rng.random() < .5:
                age = "%d (assessed)" % a
            elif p.claims_minor and how == "claim" and a < 18 and rng.random() < .5:
                age = "%d (claimed)" % a
            else:
                age = a
        child = dob is not None and (e.date - dob).days < 18 * 365.25
        # sex
        sex = doc.sex if names_from_false else p.sex
        r = rng.random()
        if r < 0.06:
            sex = ""
        elif r < 0.07 and doc is not None:
            sex = "<"
        elif r < 0.15:
            sex = {"M": "Male", "F": "Female"}[sex]
        elif r < 0.17:
            sex = sex.lower()
        elif r < 0.174:
            sex = {"M": "F", "F": "M"}[sex]
        nat = self.nationality(p, doc, names_from_false)
        dtype, dnum, diss, dexp, dstat = self.doc_cells(doc, p)
        # Home Office identifiers
        cid = ""
        if p.cid and e.date >= p.cid_from and rng.random() < 0.6:
            v = p.cid2 if (p.cid2 and rng.random() < 0.4) else p.cid
            v = str(v)
            if rng.random() < 0.02:
                v = digits_typo(rng, v)
            cid = int(v) if v.isdigit() and rng.random() < 0.7 else v
        elif not repeat and rng.random() < 0.08:
            cid = rng.choice(["Nil trace", "NTR", "No trace"])
        horef = ""
        if p.horef and e.date >= p.horef_from and rng.random() < 0.45:
            horef = p.horef
            if rng.random() < 0.02:
                horef = digits_typo(rng, horef)
            if rng.random() < 0.05:
                horef = horef.lower()
        # group / travelling with
        grp, trav = "", ""
        mates = [q for q in e.people if q is not p and q.group is not None and q.group == p.group]
        if mates:
            key = (id(e), p.group)
            if key not in self.group_refs:
                yy = e.date.strftime("%y")
                self.group_counter[yy] = self.group_counter.get(yy, 0) + 1
                self.group_refs[key] = "GRP/%s/%03d" % (yy, self.group_counter[yy])
            if rng.random() < 0.75:
                grp = self.group_refs[key]
            q = mates[0]
            rel = {"twin": "Twin", "sibling": ""}[p.kind]
            rel += (" brother" if q.sex == "M" else " sister") if rel else ("Brother" if q.sex == "M" else "Sister")
            qn = " ".join(t.spell(rng, CULTURES[q.cul]["p_var"]) for t in q.given[-1:])
            qs = q.family[0].spell(rng, .1).upper() if q.family else ""
            qn, qs = strip_accents(qn), strip_accents(qs)
            trav = rng.choice(["%s - %s %s" % (rel, qn, qs), "%s (%s)" % (rel, qn), rel,
                               "Siblings x%d" % (len(mates) + 1)])
        else:
            r = rng.random()
            if e.mode == "boat":
                trav = "" if r < .8 else "Small boat group"
            elif r < 0.1:
                trav = rng.choice(["Unrelated adult male", "Unrelated adult female", "Adult male (claims uncle)",
                                   "Group of %d" % rng.randint(3, 9)])
            elif r < 0.3:
                trav = "Alone"
        lang = p.lang if rng.random() < 0.7 else (rng.choice(LANGUAGES[p.cul]) if rng.random() < .5 else "")
        if p.cul == "GBR" and rng.random() < .7:
            lang = ""
        expl = ex_type if rng.random() < 0.75 else rng.choice(["Unknown", "", ex_type,
                                                               wpick(rng, CULTURES[p.cul]["exploit"])])
        inds = []
        if e.mode == "boat" and rng.random() < 0.5:
            inds.append("Arrived by small boat")
        if e.mode == "hgv" and rng.random() < 0.5:
            inds.append("Found concealed in HGV")
        inds += rng.sample(INDICATORS[:12] + INDICATORS[14:], rng.choice([0, 1, 1, 2, 2, 3]))
        if how == "assessed" or (p.claims_minor and rng.random() < .5):
            inds.append("Age disputed")
        seen = []
        for i in inds:
            if i not in seen:
                seen.append(i)
        indicators = rng.choice(["; ", ", ", " / "]).join(seen)
        # outcome
        if doc is not None and doc.status != "Genuine" and e.mode == "air" and rng.random() < 0.5:
            outcome = rng.choice(["Refused entry", "Refused entry - NRM referral made", "RE - removed same day"])
        elif child:
            outcome = wpick(rng, OUTCOMES_CHILD)
        elif repeat and rng.random() < 0.25:
            outcome = wpick(rng, OUTCOMES_REPEAT)
        else:
            outcome = wpick(rng, OUTCOMES_ADULT)
        if e.direction == "Outbound" and rng.random() < 0.5:
            outcome = rng.choice(["Prevented from travelling - police", "Allowed to travel - advice given",
                                  "Forced Marriage Unit informed", outcome])
        # comments
        com = []
        if doc is not None and doc.status != "Genuine":
            com.append(rng.choice(["%s %s %s - not rightful holder" % (doc.status, doc.state, dtype),
                                   "%s doc seized" % doc.status, "Doc referred to NDFU - %s" % doc.status.lower()]))
        if how == "assessed" and rng.random() < .6:
            com.append("Age assessment by LA - assessed as adult" if not child else "Age assessment ongoing")
        elif p.claims_minor and how == "claim" and rng.random() < .4:
            com.append(rng.choice(["Claims to be %d" % ((e.date - p.dob_claim).days // 365),
                                   "Appears older than claimed age", "Age dispute - referred to LA"]))
        if repeat and prev_event is not None and rng.random() < 0.2:
            r = rng.random()
            if r < 0.5:
                com.append("Prev encountered %s %s" % (prev_event.port, prev_event.date.strftime("%d/%m/%y")))
            elif r < 0.8:
                com.append("Previous referral {PREV}")
            else:
                com.append("Known to BF - see CID")
        if doc is not None and how != "doc" and dob is not None and doc.dob != dob and rng.random() < 0.3:
            com.append("DOB on doc %s; claims %s" % (fmt_date(doc.dob, "dmy"), fmt_date(dob, "dmy")))
        if rng.random() < 0.15:
            com.append(rng.choice(["Interpreter via phone", "Interpreter via Big Word", "Safeguarding leaflet given",
                                   "Phone seized by police", "Facilitator arrested", "Released to SW",
                                   "Taken to IA", "Consent form signed", "Declined to give details",
                                   "Intel report submitted", "Mobile number recorded on CID"]))
        comments = ". ".join(com)
        prev_flag = ""
        r = rng.random()
        if repeat:
            prev_flag = "Y" if r < 0.5 else ("Yes" if r < 0.6 else ("N" if r < 0.68 else ""))
        else:
            prev_flag = "N" if r < 0.5 else ("" if r < 0.9 else "Unknown")
        entered = e.date + dt.timedelta(days=0 if rng.random() < 0.6 else rng.randint(1, 14))
        tcell = XTime(e.time) if rng.random() < 0.6 else (e.time.strftime("%H:%M") if rng.random() < .6 else
                                                          e.time.strftime("%H%M") + ("hrs" if rng.random() < .5 else ""))
        cells = {
            "Date": XDate(e.date), "Time": tcell, "Port": e.port, "Location": e.location,
            "In/Out": e.direction if rng.random() < .9 else e.direction[:2].upper().replace("OU", "OUT"),
            "Flight/Crossing": e.crossing, "From": e.origin,
            "Surname": sur, "Forename(s)": fore, "Name per doc (MRZ)": mrz, "AKA": aka,
            "DOB": dob_cell, "Age": age, "Sex": sex, "Nationality": nat,
            "Doc Type": dtype, "Doc No": dnum, "Issuing State": diss, "Doc Expiry": dexp, "Doc Status": dstat,
            "CID Person ID": cid, "HO Ref": horef, "Group Ref": grp, "Travelling With": trav,
            "Language": lang, "Suspected Exploitation": expl, "Indicators": indicators, "Outcome": outcome,
            "Officer": self.officer_cell(e), "Entered By": rng.choice(self.staff[e.team]),
            "Date Entered": XDate(entered), "Prev Encounter": prev_flag, "Comments": comments,
        }
        raw = dict(dob=dob, doc=(doc.number if doc is not None else None), cid=cid, sex=p.sex,
                   name=(sur, fore), entered=entered, name_src=name_src, dob_src=how,
                   doc_kind=(doc.kind + " " + doc.status if doc is not None else "none"))
        return cells, raw

# ---------------------------------------------------------------------------
# 6. Output: rows, workbook, truth, statistics.
# ---------------------------------------------------------------------------
P_DOUBLE_ENTRY = 0.025     # the same encounter logged twice by different staff
EXCEL_EPOCH = dt.date(1899, 12, 30)


def build_rows(people, rng, staff):
    rend = Renderer(rng, staff)
    rows = []
    for p in people:
        ex_type = wpick(rng, CULTURES[p.cul]["exploit"])
        prev = None
        for nth, e in enumerate(p.events):
            reps = 2 if rng.random() < P_DOUBLE_ENTRY else 1
            for rep in range(reps):
                cells, raw = rend.row(p, e, nth, prev, ex_type)
                if rep:
                    d = raw["entered"] + dt.timedelta(days=rng.randint(0, 20))
                    cells["Date Entered"], raw["entered"] = XDate(d), d
                    if rng.random() < 0.3:
                        cells["Comments"] = (cells["Comments"] + ". " if cells["Comments"] else "") + "Poss duplicate?"
                raw.update(pid=p.pid, nth=nth, rep=rep, event=e, tie=rng.random())
                rows.append((cells, raw))
            prev = e
    # the log is kept in order of entry; references are issued per year
    rows.sort(key=lambda r: (r[1]["entered"], r[1]["event"].date, r[1]["event"].time, r[1]["tie"]))
    counters = {}
    by_person = {}
    for cells, raw in rows:
        yy = raw["entered"].strftime("%y")
        counters[yy] = counters.get(yy, 0) + 1
        cells["Ref No"] = "BFSG/%s/%05d" % (yy, counters[yy])
        by_person.setdefault(raw["pid"], []).append((raw["nth"], raw["rep"], cells["Ref No"]))
    for cells, raw in rows:
        if "{PREV}" in cells["Comments"]:
            earlier = sorted(x for x in by_person[raw["pid"]] if x[0] < raw["nth"])
            ref = earlier[-1][2] if earlier else ""
            cells["Comments"] = cells["Comments"].replace("{PREV}", ref)
    return rows


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xml_text(s):
    s = escape(s)
    if s != s.strip() or "  " in s:
        return '<t xml:space="preserve">%s</t>' % s
    return "<t>%s</t>" % s


def write_xlsx(path, rows):
    strings, sidx = [], {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]

    widths = {"Ref No": 15, "Date": 11, "Time": 7, "Port": 24, "Location": 28, "Flight/Crossing": 26,
              "Surname": 18, "Forename(s)": 20, "Name per doc (MRZ)": 34, "DOB": 11, "Nationality": 13,
              "Doc No": 13, "Indicators": 40, "Outcome": 32, "Comments": 60, "Travelling With": 24}
    out = io.StringIO()
    w = out.write
    ncol = len(COLUMNS)
    last = col_letter(ncol - 1)
    w('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
    w('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
    w('<dimension ref="A1:%s%d"/>' % (last, len(rows) + 1))
    w('<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
      'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      '</sheetView></sheetViews>')
    w('<sheetFormatPr defaultRowHeight="15"/>')
    w("<cols>")
    for i, c in enumerate(COLUMNS):
        w('<col min="%d" max="%d" width="%d" customWidth="1"/>' % (i + 1, i + 1, widths.get(c, 12)))
    w("</cols><sheetData>")
    w('<row r="1">')
    for i, c in enumerate(COLUMNS):
        w('<c r="%s1" s="3" t="s"><v>%d</v></c>' % (col_letter(i), si(c)))
    w("</row>")
    for rn, (cells, _) in enumerate(rows, start=2):
        w('<row r="%d">' % rn)
        for i, c in enumerate(COLUMNS):
            v = cells.get(c, "")
            ref = "%s%d" % (col_letter(i), rn)
            if isinstance(v, XDate):
                w('<c r="%s" s="1"><v>%d</v></c>' % (ref, (v.d - EXCEL_EPOCH).days))
            elif isinstance(v, XTime):
                frac = (v.t.hour * 60 + v.t.minute) / 1440.0
                w('<c r="%s" s="2"><v>%s</v></c>' % (ref, repr(round(frac, 10))))
            elif isinstance(v, int):
                w('<c r="%s"><v>%d</v></c>' % (ref, v))
            elif v != "":
                w('<c r="%s" t="s"><v>%d</v></c>' % (ref, si(v)))
        w("</row>")
    w("</sheetData>")
    w('<autoFilter ref="A1:%s%d"/>' % (last, len(rows) + 1))
    w('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
    w("</worksheet>")
    sheet = out.getvalue()

    sst = io.StringIO()
    sst.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
    sst.write('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
              % (len(strings), len(strings)))
    for s in strings:
        sst.write("<si>%s</si>" % xml_text(s))
    sst.write("</sst>")

    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>Safeguarding and Modern Slavery Referrals - SYNTHETIC TEST DATA</dc:title>'
         '<dc:description>All persons are invented. Generated by gen14.py.</dc:description>'
         '<dc:creator>gen14.py</dc:creator>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z</dcterms:modified>'
         '</cp:coreProperties>'),
        ("docProps/app.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Excel</Application></Properties>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<bookViews><workbookView/></bookViews>'
         '<sheets><sheet name="Referrals" sheetId="1" r:id="rId1"/></sheets>'
         '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
         "Referrals!$A$1:$%s$%d</definedName></definedNames>"
         '</workbook>' % (last, len(rows) + 1)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
         '</Relationships>'),
        ("xl/styles.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="hh:mm"/></numFmts>'
         '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
         '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
         '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
         '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>'
         '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
         '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
         '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
         '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs>'
         '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
         '</styleSheet>'),
        ("xl/sharedStrings.xml", sst.getvalue()),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 6, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


def csv_value(v):
    if isinstance(v, XDate):
        return v.d.strftime("%d/%m/%Y")
    if isinstance(v, XTime):
        return v.t.strftime("%H:%M")
    return str(v)


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerow(COLUMNS)
        for cells, _ in rows:
            wr.writerow([csv_value(cells.get(c, "")) for c in COLUMNS])


def write_truth(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["record_id", "person_id"])
        for cells, raw in rows:
            wr.writerow([cells["Ref No"], raw["pid"]])


def norm_name(sur, fore):
    s = strip_accents("%s %s" % (sur, fore)).upper()
    toks = "".join(ch if ch.isalpha() else " " for ch in s).split()
    return " ".join(sorted(t for t in toks if t not in ("UNKNOWN", "LNU")))


def pairs_in(groups):
    return sum(n * (n - 1) // 2 for n in groups.values())


def print_stats(people, rows, out=sys.stderr):
    pr = lambda *a: print(*a, file=out)
    n = len(rows)
    sizes = {}
    for _, raw in rows:
        sizes[raw["pid"]] = sizes.get(raw["pid"], 0) + 1
    dist = {}
    for s in sizes.values():
        dist[s] = dist.get(s, 0) + 1
    true_pairs = pairs_in(sizes)
    pr("people: %d   rows: %d   true pairs: %d" % (len(people), n, true_pairs))
    pr("records per person: " + ", ".join("%d:%d" % (k, dist[k]) for k in sorted(dist)))
    cul = {}
    for p in people:
        cul[p.cul] = cul.get(p.cul, 0) + 1
    pr("culture of people: " + ", ".join("%s %d" % (k, v) for k, v in sorted(cul.items(), key=lambda x: -x[1])))
    kinds = {}
    for p in people:
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    pr("people in sibling groups: %d, twins: %d" % (kinds.get("sibling", 0), kinds.get("twin", 0)))

    def frac(pred):
        return 100.0 * sum(1 for c, r in rows if pred(c, r)) / max(n, 1)
    pr("rows: undocumented %.1f%%, DOB blank %.1f%%, DOB 1 Jan %.1f%%, CID present %.1f%%, HO ref %.1f%%, "
       "sex blank %.1f%%, MRZ name %.1f%%" % (
           frac(lambda c, r: r["doc"] is None), frac(lambda c, r: r["dob"] is None),
           frac(lambda c, r: r["dob"] is not None and r["dob"].month == 1 and r["dob"].day == 1),
           frac(lambda c, r: isinstance(c["CID Person ID"], int) or str(c["CID Person ID"]).isdigit()),
           frac(lambda c, r: c["HO Ref"] != ""), frac(lambda c, r: c["Sex"] == ""),
           frac(lambda c, r: c["Name per doc (MRZ)"] != "")))
    for key in ("doc_kind", "name_src", "dob_src"):
        cnt = {}
        for _, r in rows:
            cnt[r[key]] = cnt.get(r[key], 0) + 1
        pr("%s: " % key + ", ".join("%s %.1f%%" % (k, 100.0 * v / n) for k, v in sorted(cnt.items(), key=lambda x: -x[1])))
    # agreement between rows of the same person, and look-alikes across people
    keyfs = {
        "name (token set)": lambda c, r: norm_name(c["Surname"], c["Forename(s)"]),
        "DOB": lambda c, r: r["dob"],
        "name + DOB": lambda c, r: (norm_name(c["Surname"], c["Forename(s)"]), r["dob"]) if r["dob"] else None,
        "doc number": lambda c, r: r["doc"],
    }
    for label, kf in keyfs.items():
        same, diff_groups = 0, {}
        per = {}
        for c, r in rows:
            k = kf(c, r)
            if k in (None, ""):
                continue
            per.setdefault(k, {}).setdefault(r["pid"], 0)
            per[k][r["pid"]] += 1
        tot_pairs = same_pairs = 0
        for k, d in per.items():
            m = sum(d.values())
            tot_pairs += m * (m - 1) // 2
            same_pairs += sum(v * (v - 1) // 2 for v in d.values())
        pr("%-17s equal in %5.1f%% of true pairs; %d pairs of different people share it" % (
            label, 100.0 * same_pairs / max(true_pairs, 1), tot_pairs - same_pairs))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Synthetic Border Force safeguarding referral log (all persons invented).")
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True, help=".xlsx (default) or .csv")
    ap.add_argument("--truth", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    FALSE_POOL.clear()
    officers = make_officers(rng)
    staff = make_staff(rng)
    people = make_population(rng, a.people, officers)
    rows = build_rows(people, rng, staff)
    if a.out.lower().endswith(".csv"):
        write_csv(a.out, rows)
    else:
        write_xlsx(a.out, rows)
    write_truth(a.truth, rows)
    if a.stats:
        print_stats(people, rows)


if __name__ == "__main__":
    main()
