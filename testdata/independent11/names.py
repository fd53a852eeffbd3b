"""Name and place tables for gen11.py.

Everything here is a list of *common* given names / family names per
culture (or an invented place), combined at random by the generator, so no
record describes a real person.  Lists are in rough order of frequency:
the generator gives earlier entries more weight (Zipf-like), which is what
makes "Mohammed Ahmed" or "Nguyen Van Nam" common, as in real data.
"""


def L(text):
    """Comma-separated list -> list of stripped names (names may contain spaces)."""
    return [x.strip() for x in text.replace("\n", " ").split(",") if x.strip()]


# --------------------------------------------------------------------------
# Given names, family names, per culture
# --------------------------------------------------------------------------

BRITISH = dict(
    male=L("""Jack, Harry, Thomas, James, Joshua, Daniel, Kyle, Liam, Connor, Callum,
        Jordan, Tyler, Reece, Ryan, Bradley, Lewis, Jake, Aaron, Nathan, Luke, Michael,
        Christopher, David, Paul, Mason, Kieran, Jayden, Alfie, Charlie, Oliver, George,
        Samuel, William, Alexander, Matthew, Jamie, Dylan, Ethan, Leon, Kai, Marcus,
        Tyrese, Jermaine, Scott, Dean, Lee, Wayne, Craig, Darren, Mark"""),
    female=L("""Chloe, Jessica, Emily, Sophie, Megan, Lauren, Chelsea, Jade, Amy, Hannah,
        Courtney, Shannon, Kayleigh, Danielle, Rebecca, Sarah, Leanne, Gemma, Stacey,
        Charlotte, Ellie, Olivia, Holly, Paige, Abigail, Natasha, Demi, Katie, Bethany,
        Amber, Samantha, Nicola, Kelly, Michelle, Tanya"""),
    family=L("""Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas,
        Johnson, Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes,
        Green, Hall, Lewis, Harris, Clarke, Jackson, Wood, Turner, Martin, Cooper, Hill,
        Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, Allen, James,
        Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths,
        Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
        Miller, Cox, Richards, Campbell, Francis, McDonald, O'Brien, Mensah, Boateng,
        Smith-Jones, Fitzgerald, O'Neill, McKenzie"""),
)

ALBANIAN = dict(
    male=L("""Arben, Besnik, Erion, Klodian, Ardit, Elton, Gentian, Dritan, Fatmir, Ilir,
        Kristian, Marsel, Redon, Ervis, Endrit, Klevis, Armando, Florian, Sokol, Alban,
        Mario, Renaldo, Xhuljan, Denis, Ergys, Erald, Bledar, Artan, Agron, Astrit,
        Besart, Jurgen, Kevin, Aldo, Eduart"""),
    female=L("""Anila, Blerina, Elira, Ermira, Jonida, Klodiana, Valbona, Mirela, Arjola,
        Eriselda, Fjona, Xhesika, Denisa, Ornela, Enkelejda, Suela, Entela, Brikena,
        Migena, Anxhela, Kejsi, Klea"""),
    father=L("""Petrit, Agim, Bujar, Fatos, Gëzim, Ilir, Luan, Sali, Shpëtim, Ylli, Naim,
        Arben, Bashkim, Hysen, Ramiz, Flamur, Skënder, Kujtim, Tomor, Mehmet"""),
    family=L("""Hoxha, Shehu, Kola, Gjoka, Leka, Dervishi, Marku, Prifti, Gjoni, Çela,
        Hysa, Basha, Muça, Duka, Lika, Rama, Berisha, Meta, Krasniqi, Dushku, Hasani,
        Kurti, Gashi, Koçi, Bregu, Sinani, Mema, Lleshi, Xhafa, Zeneli, Tafa, Dema,
        Brahimaj, Rexhepi, Ndreu, Pepa, Gjika, Hoti, Kastrati"""),
)

VIETNAMESE = dict(
    family=[("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4),
            ("Huỳnh", 2), ("Phan", 4.5), ("Vũ", 3), ("Võ", 2.5), ("Đặng", 2.1), ("Bùi", 2),
            ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 1),
            ("Trịnh", 0.8), ("Mai", 0.5), ("Lâm", 0.5), ("Cao", 0.4), ("Đào", 0.6)],
    middle_m=[("Văn", 60), ("Đức", 8), ("Minh", 7), ("Hữu", 6), ("Quang", 5), ("Thanh", 4),
              ("Công", 4), ("Xuân", 3), ("Đình", 3)],
    middle_f=[("Thị", 70), ("Ngọc", 8), ("Thu", 5), ("Thanh", 5), ("Kim", 4), ("Minh", 3),
              ("Hồng", 3), ("Thúy", 2)],
    male=L("""Nam, Hùng, Dũng, Tuấn, Long, Minh, Hải, Huy, Phong, Quân, Thắng, Đức, Anh,
        Hoàng, Sơn, Tú, Khánh, Trung, Cường, Thành, Hiếu, Toàn, Việt, Bình, Lâm, Tài,
        Phúc, Lộc, Vinh"""),
    female=L("""Linh, Lan, Hương, Hoa, Mai, Ngọc, Trang, Thảo, Hằng, Thu, Nhung, Phương,
        Huyền, Hà, Anh, Vy, Yến, Thủy, Loan, Oanh, Nga, Hạnh"""),
    english_m=L("Tony, Kevin, Peter, David, John, Tom, Jimmy, Danny, Andy"),
    english_f=L("Lily, Anna, Jenny, Mary, Linda, Kim, Cindy, Helen, Vicky"),
)

CHINESE = dict(
    family=[("Lin", 10), ("Chen", 12), ("Zheng", 6), ("Wang", 9), ("Li", 9), ("Zhang", 7),
            ("Liu", 6), ("Yang", 4), ("Huang", 4), ("Zhao", 3), ("Wu", 3), ("Zhou", 3),
            ("Xu", 3), ("Sun", 2), ("Ma", 2), ("Zhu", 2), ("Hu", 2), ("Guo", 2), ("He", 2),
            ("Gao", 1.5), ("Luo", 1.5), ("Liang", 1.5), ("Weng", 1), ("Jiang", 1.5)],
    syl_m=L("""Wei, Jun, Jian, Qiang, Yong, Lei, Tao, Bin, Chao, Gang, Hai, Dong, Feng, Ming,
        Zhi, Jie, Hua, Xin, Yu, Long, Hao, Peng, Bo"""),
    syl_f=L("""Xiao, Jing, Li, Mei, Fang, Hui, Ying, Yan, Hong, Lan, Na, Juan, Xia, Ling,
        Qing, Ping, Yu, Xin, Hua, Min, Yun, Dan"""),
    english_m=L("Jack, Kevin, Michael, Tony, Peter, David, Eric, Jason"),
    english_f=L("Lily, Amy, Anna, Cindy, Coco, Helen, Jenny, Kelly, Lucy, Vivian, Nancy"),
)

# Arabic-speaking: Sudan, Egypt, Syria, Iraq (Arab), Kuwait
ARABIC = dict(
    male=[("Mohammed", 2.0)] + L("""Ahmed, Ali, Omar, Abdullah, Ibrahim, Osman, Yousif,
        Hassan, Hussein, Mustafa, Khalid, Abdelrahman, Adam, Ismail, Mahmoud, Salah,
        Tariq, Abubakar, Musa, Idris, Yahya, Bashir, Hamid, Elsadig, Abdelaziz, Mohanad,
        Nasreldin, Haitham, Anwar, Walid, Ayman, Karim, Amir, Samir, Faisal, Bilal,
        Zakaria, Suleiman, Babiker, Elfatih, Abdelmoneim, Hamza, Saddam"""),
    female=L("""Fatima, Amina, Mariam, Aisha, Khadija, Zainab, Hawa, Sara, Nour, Huda,
        Samira, Rania, Salma, Asma, Hanan, Amal, Eman, Rasha, Safa, Alawia, Nafisa, Hiba,
        Reem, Yasmin, Lina, Dina, Noura"""),
    family=L("""El-Sayed, Abdelaziz, Mansour, Nasser, Salem, Al-Obaidi, Al-Tamimi,
        Al-Dulaimi, Al-Shammari, Al-Jabouri, Haddad, Al-Masri, Farouk, Khalil, Darwish,
        Al-Hassan, Al-Khatib, Al-Ali, Hamdan, Al-Zubaidi, Al-Rubaie, Othman, Qasim"""),
)

KURDISH = dict(
    male=L("""Karwan, Rebwar, Hemin, Shwan, Dler, Aram, Zana, Kawa, Hawre, Soran, Bakhtiyar,
        Sherzad, Hiwa, Rekawt, Sirwan, Barzan, Azad, Ari, Hoshyar, Diyar, Alan, Rawand,
        Rebaz, Shaho, Hardi, Mohammed, Ahmed, Omar, Ali, Hussein, Karim, Salih"""),
    female=L("""Shilan, Nazdar, Awaz, Bafrin, Sazan, Roj, Shno, Lana, Avin, Berivan, Dilan,
        Gulala, Hero, Jwan, Kani, Nishtiman, Chnar, Tara"""),
    father=L("""Mohammed, Ahmed, Hama Amin, Aziz, Rashid, Qadir, Karim, Salih, Abdullah,
        Hassan, Mahmood, Omar, Othman, Ali, Rasul, Hussein, Faraj, Khidir, Jalal, Sabir"""),
)

PERSIAN = dict(
    male=L("""Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Mohsen, Farhad,
        Behnam, Arash, Navid, Omid, Kaveh, Hamed, Majid, Morteza, Mostafa, Hadi, Sina,
        Pouya, Milad, Ehsan, Mojtaba, Alireza, Mohammadreza, Amirhossein"""),
    female=L("""Maryam, Zahra, Fatemeh, Leila, Narges, Shirin, Parisa, Sara, Mahsa,
        Niloufar, Elham, Samira, Somayeh, Roya, Azadeh, Mina, Neda"""),
    family=L("""Ahmadi, Hosseini, Mohammadi, Rezaei, Karimi, Rahimi, Moradi, Jafari, Hashemi,
        Ghasemi, Heydari, Sadeghi, Azizi, Amiri, Kazemi, Mousavi, Akbari, Ebrahimi,
        Nazari, Rostami, Bagheri, Taheri, Soltani, Safari, Mirzaei"""),
)

AFGHAN = dict(
    male=L("""Ahmad, Mohammad, Ali, Abdul Wahid, Rahmatullah, Ezatullah, Hamidullah,
        Naqibullah, Samiullah, Zabihullah, Noorullah, Gul Ahmad, Jawad, Bilal, Wahid,
        Farid, Sayed, Hekmatullah, Khalid, Asadullah, Abdullah, Mohammad Nabi, Shafiq,
        Nasir, Zia, Rahim, Karim, Habib, Sohrab, Mirwais, Ahmad Shah, Abdul Basir,
        Jamshid, Mustafa, Yama, Ismail"""),
    female=L("""Fatima, Zahra, Maryam, Nazanin, Shabnam, Farzana, Zarghona, Malalai, Mursal,
        Freshta, Mahbooba, Sima"""),
    family=L("""Ahmadzai, Popalzai, Stanekzai, Safi, Mohmand, Noorzai, Sultani, Hotak, Wardak,
        Rahimi, Amiri, Hakimi, Karimi, Shinwari, Khan, Hussaini, Sadat, Yousufzai, Mangal,
        Zadran, Durrani, Barakzai, Achakzai, Alizai, Niazi, Mohammadi, Ahmadi, Rezaei,
        Jafari"""),
    father=L("""Mohammad, Abdul Ghafar, Gul Mohammad, Abdul Rahman, Noor Mohammad, Abdul Karim,
        Sher Ali, Abdul Qadir, Ahmad, Hayatullah, Abdul Hakim, Juma Khan, Ghulam Sakhi"""),
)

TIGRINYA = dict(
    male=L("""Yonas, Yohannes, Tesfay, Dawit, Filmon, Habtom, Kidane, Berhane, Tekle,
        Mulugeta, Yemane, Semere, Amanuel, Henok, Aron, Ermias, Robel, Merhawi, Biniam,
        Natnael, Tewelde, Goitom, Kibrom, Mikael, Tsegay, Gebremedhin, Gebreyesus,
        Woldemariam, Haile, Gebrehiwet, Tekeste, Kahsay, Weldu, Mebrahtu, Hagos,
        Asmerom, Negash, Teklehaimanot, Samuel, Daniel, Efrem, Abraham"""),
    female=L("""Selam, Helen, Saba, Senait, Feven, Ruth, Yordanos, Eden, Luwam, Semhar, Winta,
        Mebrat, Tsega, Rahel, Mekdes, Meseret, Almaz, Tigist, Hiwet, Elsa, Nebiat,
        Freweini, Hanna, Sara, Lydia"""),
)

ETHIOPIAN = dict(
    male=L("""Abdi, Chala, Gemechu, Tolosa, Lemma, Bekele, Girma, Tadesse, Alemu, Ayele,
        Kebede, Getachew, Dereje, Solomon, Tewodros, Yared, Abebe, Desta, Dawit, Yonas,
        Henok, Biniam, Mohammed, Ahmed, Abdulkadir, Tesfaye, Haile, Mulugeta, Kidane"""),
    female=L("""Hirut, Meron, Bethlehem, Tsion, Kidist, Chaltu, Ayantu, Lensa, Tigist,
        Almaz, Meseret, Selam, Hanna, Mekdes, Rahel, Saba, Eden, Fatuma, Kedija"""),
)

NIGERIAN = dict(
    male=L("""Emmanuel, Samuel, Daniel, Godwin, Sunday, Osagie, Chinedu, Emeka, Adebayo,
        Ikechukwu, Babatunde, Olumide, Osaro, Uche, Segun, Kunle, Ifeanyi, Peter, John,
        Friday, Victor, Precious"""),
    female=L("""Blessing, Joy, Precious, Favour, Mercy, Gift, Esther, Grace, Faith, Peace,
        Osasere, Efe, Chioma, Ngozi, Adaeze, Funmilayo, Oluwaseun, Temitope, Omolara,
        Folake, Princess, Success, Patience, Glory, Comfort, Happiness, Juliet"""),
    native=L("""Osasere, Eghosa, Osaretin, Nosakhare, Uyi, Omoruyi, Oghogho, Adesuwa,
        Iyobosa, Ivie, Ayomide, Adeola, Damilola, Chiamaka, Chinonso, Chidinma, Ifeoma,
        Nnamdi, Obinna, Oluwaseun, Temitope"""),
    family=L("""Okafor, Okonkwo, Adeyemi, Ogunleye, Osagie, Igbinedion, Eze, Obi, Nwosu,
        Adewale, Balogun, Okoro, Ehigie, Osaro, Idahosa, Omoregie, Uwaifo, Edosomwan,
        Ibrahim, Aigbe, Ogbeide, Osayande, Iyamu, Okeke, Olawale, Nwachukwu, Akinola,
        Oladipo, Obaseki, Egharevba"""),
)

ROMANIAN = dict(
    male=L("""Ion, Andrei, Alexandru, Mihai, Florin, Gheorghe, Constantin, Marian, Ionuț,
        Cristian, Daniel, Nicolae, Vasile, Costel, Ștefan, Adrian, Bogdan, Marius, Petru,
        Dumitru, Cătălin, Viorel"""),
    female=L("""Maria, Elena, Ioana, Andreea, Alexandra, Florentina, Mihaela, Georgiana,
        Roxana, Gabriela, Denisa, Larisa, Ana, Cristina, Nicoleta, Ramona, Simona,
        Alina"""),
    family=L("""Popa, Popescu, Ionescu, Stan, Dumitru, Radu, Constantin, Stoica, Gheorghe,
        Matei, Ciobanu, Rusu, Munteanu, Lungu, Dinu, Bălan, Moldovan, Stănescu, Tănase,
        Mihai, Lăcătuș, Căldăraru, Rostaș, Florea, Dobre, Marin, Ungureanu, Ene"""),
)

POLISH = dict(
    male=L("""Piotr, Krzysztof, Tomasz, Paweł, Marcin, Michał, Łukasz, Grzegorz, Mariusz,
        Dariusz, Andrzej, Jan, Zbigniew, Wojciech, Adam, Jakub, Kamil, Robert, Sławomir,
        Rafał"""),
    female=L("""Anna, Katarzyna, Agnieszka, Magdalena, Joanna, Monika, Ewa, Barbara,
        Małgorzata, Aleksandra, Justyna, Beata, Dorota, Karolina"""),
    # (masculine form, feminine form)
    family=[("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
            ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
            ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
            ("Kozłowski", "Kozłowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"),
            ("Jankowski", "Jankowska"), ("Wojciechowski", "Wojciechowska"),
            ("Kwiatkowski", "Kwiatkowska"), ("Grabowski", "Grabowska"),
            ("Pawlak", "Pawlak"), ("Michalski", "Michalska")],
)

INDIAN = dict(
    sikh_m=L("""Gurpreet, Harpreet, Manpreet, Jaswinder, Sukhwinder, Kulwinder, Harjit,
        Jaspreet, Amandeep, Sandeep, Ranjit, Baljit, Gurdeep, Harinder, Lakhwinder,
        Paramjit"""),
    sikh_f=L("""Gurpreet, Harpreet, Manpreet, Jaspreet, Amandeep, Kulwinder, Simran, Navneet,
        Rajwinder, Kiranjit, Jasleen"""),
    sikh_family=L("""Sandhu, Sidhu, Gill, Dhillon, Grewal, Brar, Virk, Bains, Johal, Sekhon,
        Randhawa, Chahal"""),
    kerala_m=L("""Joseph, Thomas, George, Mathew, Jose, Biju, Shaji, Anil, Sunil, Jijo,
        Jobin, Tom, Rijo, Sajan"""),
    kerala_f=L("""Shiny, Jincy, Linta, Anu, Reshma, Ancy, Bincy, Sini, Divya, Sreeja, Soumya,
        Neethu, Mariamma, Ashly"""),
    kerala_family=L("""Joseph, Thomas, George, Varghese, Mathew, Kurian, Chacko, Abraham,
        John, Philip, Nair, Pillai, Menon, Babu, Jacob"""),
    north_m=L("""Rajesh, Suresh, Amit, Vikram, Ravi, Deepak, Rahul, Arjun, Vijay, Manoj,
        Sanjay, Ramesh, Ajay"""),
    north_f=L("Priya, Pooja, Neha, Sunita, Kiran, Anjali, Rekha, Meena, Sita, Geeta"),
    north_family=L("""Sharma, Patel, Kumar, Verma, Gupta, Yadav, Shah, Mehta, Chauhan,
        Mishra, Tiwari, Das"""),
)

PAKISTANI = dict(
    male=L("""Imran, Asif, Bilal, Usman, Kamran, Zeeshan, Adnan, Faisal, Tariq, Waqas,
        Shahid, Nadeem, Arslan, Hamza, Umair, Irfan, Sajid, Naveed, Aamir, Farhan"""),
    female=L("""Ayesha, Sana, Saima, Nadia, Rubina, Shazia, Bushra, Farzana, Nasreen,
        Parveen, Shabana, Samina, Kiran, Iqra, Mehwish"""),
    family=L("""Khan, Ahmed, Ali, Hussain, Shah, Butt, Malik, Iqbal, Akhtar, Raza, Javed,
        Mahmood, Aslam, Rafiq, Chaudhry, Qureshi, Rehman, Abbasi, Mirza"""),
)

FILIPINO = dict(
    male=L("""Jose, Juan, Mark, John Paul, Jomar, Reynaldo, Rodel, Ronaldo, Jerome, Ramon,
        Joel, Arnel, Rogelio, Christian"""),
    female=L("""Maria, Jocelyn, Marites, Rowena, Cristina, Analyn, Rosalie, Lorna, Gemma,
        Jennifer, Mary Grace, Mary Joy, Maria Theresa, Rosemarie, Lovely, Jinky, Arlene,
        Marilou, Evangeline, Maricel, Mylene"""),
    family=L("""Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Ramos, Aquino, Castillo,
        Villanueva, Dela Cruz, Dela Rosa, Gonzales, Flores, Torres, De Leon, Del Rosario,
        Fernandez, Lopez, Manalo, Pascual, Soriano, Navarro, Tolentino"""),
)

# --------------------------------------------------------------------------
# Spelling / transliteration variant groups.  One group per line; first
# spelling is the most usual in UK records.  The same person's name is
# written with different members of a group at different attendances.
# --------------------------------------------------------------------------

VARIANT_TEXT = """
Mohammed/Mohamed/Muhammad/Mohammad/Mohamad/Muhammed/Mohd/Mohamud/Mahammed
Ahmed/Ahmad/Ahmet/Ahmid
Ali/Aly/Alee
Omar/Umar/Omer
Abdullah/Abdallah/Abdulla/Abdalla/Abd Allah
Ibrahim/Ebrahim/Ibraheem/Ibrahem
Osman/Othman/Uthman/Usman/Osmane
Yousif/Yousef/Yusuf/Youssef/Yousuf/Yusif
Hassan/Hasan/Hassen/Hasen
Hussein/Hussain/Husain/Hosein/Husein/Hossain
Mustafa/Mostafa/Moustafa/Mustapha
Khalid/Khaled/Khalied/Kaled
Abdelrahman/Abdulrahman/Abdul Rahman/Abdalrahman/Abdel Rahman/Abdurrahman/Abd Elrahman
Adam/Adem/Aadam
Ismail/Esmail/Ismael/Ismaeil
Mahmoud/Mahmood/Mahmud/Mahmod/Mehmood
Salah/Salaah/Salaheldin
Salih/Saleh/Salleh
Tariq/Tarek/Tarik/Tareq
Abubakar/Abu Bakr/Abubaker/Abobakr/Abubakr
Musa/Mousa/Moussa/Moosa
Idris/Idrees/Edris/Idriss
Yahya/Yahia/Yehia
Bashir/Basheer/Bachir/Beshir
Hamid/Hameed/Hamidu
Elsadig/Alsadig/El Sadig/Elsiddig/Alsadiq
Abdelaziz/Abdulaziz/Abdel Aziz/Abdalaziz
Mohanad/Muhannad/Mohannad
Nasreldin/Nasr Eldin/Nasraldeen/Nasreddin
Haitham/Haytham/Hitham
Walid/Waleed/Oualid
Ayman/Aiman/Eyman
Suleiman/Sulaiman/Soliman/Sulayman
Zakaria/Zakariya/Zakariyya/Zacharia
Faisal/Faysal/Feisal
Babiker/Babikir/Babekir
Elfatih/Alfatih/El Fatih/Elfateh
Abdelmoneim/Abdulmonim/Abdel Moneim/Abdalmoniem
Hamza/Hamzah/Hamzeh
Saddam/Sadam
Fatima/Fatimah/Fatma/Fatuma
Amina/Aminah/Ameena/Emina
Mariam/Maryam/Miriam/Mariem
Aisha/Aysha/Ayesha/Aicha/Aishah
Khadija/Khadijah/Khadeeja/Kadija/Kedija
Zainab/Zeinab/Zaynab/Zenab
Hawa/Hawaa/Hauwa
Nour/Noor/Nur
Huda/Houda/Hoda
Samira/Sameera/Samirah
Rania/Raniya/Ranya
Eman/Iman/Imane
Hanan/Hanaan
Asma/Asmaa/Asmah
Safa/Safaa
Hiba/Heba
Reem/Rim/Reim
Yasmin/Yasmine/Yasmeen/Jasmin
Alawia/Alawiya/Elawia
Nafisa/Nafeesa/Nefisa
Noura/Nora/Nura
Othman/Osman/Uthman
Qasim/Kassim/Qassim/Kasim
Farouk/Farouq/Faruk
Khalil/Khaleel/Kalil
Darwish/Darweesh/Derwish
Mansour/Mansur/Mansoor
Nasser/Naser/Nasir
Salem/Salim/Saleem
Haddad/Hadad
Karwan/Carwan/Karwaan
Rebwar/Rebuar/Ribwar/Rebwaar
Hemin/Hemn/Himin
Shwan/Shuwan/Shiwan
Dler/Diler/Dlir
Hawre/Hawri/Hawreh
Bakhtiyar/Bakhtiar/Bakhtyar/Bakhtiyaar
Sherzad/Shirzad/Sherzaad
Hiwa/Heewa/Hewa
Rekawt/Rekaut/Rekot
Sirwan/Sirvan/Serwan
Hoshyar/Hoshiar/Hushyar
Diyar/Dyar/Diar
Rawand/Rawend
Rebaz/Ribaz/Rebas
Qadir/Kadir/Qader/Kader
Hama Amin/Hamaamin/Hama-Amin/Mohammed Amin
Rasul/Rasool/Rassul
Khidir/Khider/Khedr
Faraj/Faraj/Farage
Shilan/Shelan/Shilaan
Nazdar/Nazdaar
Bafrin/Bafreen/Befrin
Awaz/Awaaz
Chnar/Chinar/Cnar
Nishtiman/Nishtman
Jwan/Ciwan/Jiwan
Avin/Aveen/Awin
Berivan/Bervan/Berivaan
Dilan/Delan
Gulala/Golala
Mohammad/Mohammed/Mohamad/Muhammad
Hossein/Hussein/Hosein/Hosseyn/Husain
Saeed/Said/Saeid/Saied
Mehdi/Mahdi/Mehdy
Reza/Riza/Rezaa
Mohsen/Mohsin/Muhsin
Morteza/Murtaza/Mortaza
Mojtaba/Mujtaba
Ehsan/Ihsan/Ehssan
Pouya/Pooya/Puya
Niloufar/Niloofar/Nilufar/Nilofar
Fatemeh/Fatima/Fatemah/Fateme
Somayeh/Somaye/Somayyeh/Sumaya
Leila/Layla/Laila/Leyla
Narges/Nargis/Narjes
Azadeh/Azade/Azada
Zahra/Zahraa/Zehra
Alireza/Ali Reza/Ali-Reza
Mohammadreza/Mohammad Reza/Mohammad-Reza/Mohamadreza
Amirhossein/Amir Hossein/Amir-Hossein/Amirhosein
Rezaei/Rezaie/Rezai/Rezayi/Rezaee
Mirzaei/Mirzaie/Mirzai/Mirzaee
Hosseini/Hoseini/Husseini/Hussaini/Hosseiny
Mohammadi/Mohamadi/Muhammadi/Mohammady
Jafari/Jafary/Jaafari/Ja'fari
Ghasemi/Qasemi/Ghassemi/Kasemi
Heydari/Haidari/Heidari/Haydari
Sadeghi/Sadeqi/Sadeghy
Ebrahimi/Ibrahimi/Ebrahimy
Mousavi/Musavi/Moosavi/Mosavi
Bagheri/Baqeri/Bagheri
Akbari/Akbary
Soltani/Sultani/Soltany
Rostami/Rustami
Ahmadi/Ahmady/Ahmedi
Karimi/Karimy/Kareemi
Rahimi/Rahimy/Raheemi
Rahmatullah/Rahmatulla/Rahmatollah/Rahmat Ullah
Ezatullah/Izatullah/Ezzatullah/Ezatollah/Izzatullah
Hamidullah/Hameedullah/Hamidulla
Naqibullah/Naqeebullah/Naqibulla/Nakibullah
Samiullah/Sami Ullah/Samiulla/Samiollah
Zabihullah/Zabiullah/Zabihulla/Zabiollah
Noorullah/Nurullah/Noor Ullah/Norullah
Hekmatullah/Hikmatullah/Hekmatulla
Asadullah/Asadulla/Asad Ullah/Assadullah
Hayatullah/Hayatulla/Hayat Ullah
Abdul Wahid/Abdulwahid/Abdul Waheed
Abdul Basir/Abdulbasir/Abdul Baseer
Abdul Ghafar/Abdulghafar/Abdul Ghaffar/Abdul Gafar
Abdul Qadir/Abdulqadir/Abdul Kadir/Abdul Qader
Abdul Karim/Abdulkarim/Abdul Kareem
Abdul Hakim/Abdulhakim/Abdul Hakeem
Gul Ahmad/Gulahmad/Gul Ahmed
Gul Mohammad/Gulmohammad/Gul Mohammed
Noor Mohammad/Noormohammad/Nur Mohammad
Ahmad Shah/Ahmadshah/Ahmed Shah
Mohammad Nabi/Mohammadnabi/Mohammed Nabi
Ghulam Sakhi/Ghulamsakhi/Gulam Sakhi
Juma Khan/Jumakhan/Jumma Khan
Sher Ali/Sherali/Shir Ali
Noorzai/Nurzai/Noorzay/Norzai
Ahmadzai/Ahmadzay/Ahmedzai
Popalzai/Popalzay/Popolzai
Stanekzai/Stanikzai/Stanakzai
Yousufzai/Yousafzai/Yusufzai
Shinwari/Shinwary/Shenwari
Achakzai/Achekzai
Barakzai/Barakzay
Sayed/Sayyed/Syed
Mirwais/Mirways/Mir Wais
Jamshid/Jamshed/Jamsheed
Shafiq/Shafeeq/Shafik
Nasir/Naseer/Nasser
Zarghona/Zarghuna/Zarghoona
Freshta/Fereshta/Fereshteh
Mahbooba/Mahbuba
Yonas/Yonis/Jonas
Yohannes/Yohanes/Johannes/Yohanis
Tesfay/Tesfaye/Tesfai/Tesfa
Dawit/Dawite/Dauit
Filmon/Filimon/Philemon/Filemon
Habtom/Habtem/Habtu
Kidane/Kidana/Kedane
Berhane/Berhan/Birhane/Brhane
Tekle/Teklay/Tekleh/Teckle
Mulugeta/Mulageta/Mulugueta
Yemane/Yamane/Yemani/Yemaneh
Semere/Semre/Semer/Smere
Amanuel/Amanual/Emmanuel/Emanuel
Henok/Hanok/Henock/Enoch
Aron/Aaron/Arron
Ermias/Ermiyas/Ermyas
Robel/Rubel/Robiel
Merhawi/Mehrawi/Merhawie
Biniam/Biniyam/Beniam/Binyam
Natnael/Nathnael/Natanael/Nathanael
Tewelde/Tewolde/Twelde
Goitom/Guytom/Goytom
Kibrom/Kbrom/Kibrum
Mikael/Michael/Mikiel/Mekael
Tsegay/Tsegai/Tsegaye/Tsegei
Gebremedhin/Gebre Medhin/Ghebremedhin/Gebremedin/Gebremedihn
Gebreyesus/Ghebreyesus/Gebre Yesus/Gebreiyesus
Woldemariam/Weldemariam/Wolde Mariam/Woldemaryam
Haile/Hayle/Haille
Gebrehiwet/Ghebrehiwet/Gebre Hiwet/Gebrehiwot
Tekeste/Tekesete/Tekesta
Kahsay/Kahsai/Kasay
Weldu/Woldu
Mebrahtu/Mibrahtu/Mebratu
Hagos/Hagoss/Haggos
Asmerom/Asmarom/Asmerum
Negash/Negassi/Negasi
Teklehaimanot/Tekle Haimanot/Teklehaymanot
Efrem/Ephrem/Efrim
Selam/Salam/Selamawit
Senait/Senayt/Sinit/Seniat
Feven/Fiven/Fevan/Faven
Yordanos/Yordanose/Jordanos
Luwam/Luam/Lwam
Semhar/Simhar/Semhare
Winta/Wintana/Wintta
Mebrat/Mibrat/Mebrahit
Tsega/Tsiga/Tsegga
Rahel/Rachel/Rahael
Mekdes/Mekedes/Meqdes
Meseret/Meserat/Messeret
Almaz/Almas/Almaaz
Tigist/Tigest/Tegest
Hiwet/Hewet/Heywet
Helen/Hellen/Helena
Nebiat/Nebyat/Nibiat
Freweini/Fraweini/Freweyni
Abdi/Abdie
Chala/Chaala
Gemechu/Gemechis/Gamachu
Tolosa/Tolossa/Tolasa
Lemma/Lema
Bekele/Bakele/Bekelle
Girma/Germa/Girmah
Tadesse/Tadese/Taddese/Tadesa
Alemu/Alemo
Ayele/Ayelle
Kebede/Kebbede/Kabede
Getachew/Getachow/Getacho
Tewodros/Tewodrose/Theodros/Tedros
Yared/Yaried/Jared
Abebe/Abbebe
Hirut/Hiruth
Bethlehem/Betelhem/Bethelhem
Tsion/Zion/Tsiyon
Kidist/Kidest/Qidist
Chaltu/Caltu/Chaaltu
Ayantu/Ayyantu
Abdulkadir/Abdul Kadir/Abdulqadir/Abdikadir
Osasere/Osas/Osasare
Oluwaseun/Olu-Seun/Oluseun
Funmilayo/Funmilola/Funmi
Chinedu/Chinedum/Chi-Nedu
Ikechukwu/Ikechuckwu/Ikechukwuh
Babatunde/Baba-Tunde/Babatunji
Omoregie/Omoreige/Omorogie
Igbinedion/Igbinidion/Igbinedian
Edosomwan/Edosomoan/Edosonwan
Nwachukwu/Nwachuku/Nwachukwo
Okonkwo/Okonko/Okwonkwo
Osayande/Osayamde/Osayende
Egharevba/Egharevbah/Egharevber
Hoxha/Hoxa/Hodja/Hodxa
Çela/Cela/Qela/Chela
Muça/Muca/Mucha
Koçi/Koci/Kochi
Xhafa/Xafa/Jafa
Rexhepi/Rexhep/Rexhepaj/Rexepi
Gjoka/Gjoca/Djoka
Gjoni/Gjon/Djoni
Gjika/Gjyka
Dervishi/Dervish/Derveshi
Shehu/Sheu/Shehi
Krasniqi/Krasniqui/Krasnici
Lleshi/Leshi
Brahimaj/Brahimi/Brahaj
Klodian/Klodjan/Klaudio
Klodiana/Klodjana/Klaudia
Xhesika/Xhessika/Jessica/Gjesika
Xhuljan/Xhulian/Julian
Eriselda/Erisellda/Ereselda
Enkelejda/Enkeleda/Enkelejta
Anxhela/Angela/Anxela
Ervis/Erviz
Ergys/Ergis/Ergjys
Besart/Bessart
Dritan/Driton
Renaldo/Rinaldo/Reinaldo
Kejsi/Keisi/Kejsy
Gëzim/Gezim/Gjezim
Shpëtim/Shpetim/Shpetem
Skënder/Skender/Skenderbeu
Hysen/Hysein/Husen
Eduart/Eduard/Edward
Huỳnh/Hoàng
Vũ/Võ
Nguyễn/Nguyen/Ngyuen/Nguen
Chen/Chan/Chin
Wang/Wong
Zhang/Cheung/Chang
Li/Lee/Lei
Huang/Wong/Hwang
Lin/Lam/Lim
Wu/Ng/Woo
Zheng/Cheng/Tay
Zhou/Chow/Chou
Xu/Hsu/Tsui
Liu/Lau/Lew
Yang/Yeung/Young
Zhao/Chiu/Chao
Guo/Kwok/Kuo
He/Ho
Gao/Ko/Kao
Luo/Law/Lo
Liang/Leung
Zhu/Chu
Weng/Yung/Ung
Jiang/Chiang/Kong
Ionuț/Ionut/Ionuţ
Ștefan/Stefan/Ştefan
Bălan/Balan
Stănescu/Stanescu/Stanesku
Tănase/Tanase
Lăcătuș/Lacatus/Lacatuş
Căldăraru/Caldararu
Rostaș/Rostas/Rostaş
Cătălin/Catalin
Andreea/Andrea/Andreia
Georgiana/Gheorghiana/Georgeana
Gheorghe/George/Gheorge
Paweł/Pawel/Pavel
Wojciech/Wojciek/Wojchiech
Krzysztof/Krzystof/Krysztof
Łukasz/Lukasz/Lukas
Michał/Michal
Grzegorz/Grzegosz/Gregorz
Małgorzata/Malgorzata/Malgozata
Katarzyna/Katarzina/Katazyna
Agnieszka/Agniezka/Agnieska
Sławomir/Slawomir
Rafał/Rafal
Gurpreet/Gurprit/Gurpreeth
Harpreet/Harprit/Harpreeth
Jaswinder/Jasvinder/Jaswindar
Sukhwinder/Sukhvinder/Sukhwindar
Kulwinder/Kulvinder
Lakhwinder/Lakhvinder
Paramjit/Paramjeet
Harjit/Harjeet
Ranjit/Ranjeet
Baljit/Baljeet
Kiranjit/Kiranjeet
Amandeep/Amandip/Aman Deep
Sandeep/Sandip/Sundeep
Gurdeep/Gurdip
Navneet/Navnit
Dhillon/Dhillan/Dillon
Sandhu/Sandu/Sindhu
Sidhu/Sidu
Grewal/Garewal/Grewall
Randhawa/Randawa
Varghese/Varughese/Verghese/Vargese
Mathew/Mathews/Matthew
Chacko/Chako/Chacco
Kurian/Kuriyan/Kurien
Jincy/Jinsy/Jincey
Neethu/Nithu/Neetu
Soumya/Sowmya/Soumiya
Sreeja/Shreeja/Sreeja
Zeeshan/Zishan/Zeshan
Hussain/Hussein/Husain/Hussian
Malik/Malick
Iqbal/Iqbaal/Ikbal
Akhtar/Akhter/Akthar
Waqas/Waqaas/Wakas
Umair/Omair
Aamir/Amir/Amer
Naveed/Navid/Naved
Chaudhry/Chaudhary/Choudhry/Chowdhury
Qureshi/Qureshy/Kureshi/Quraishi
Rehman/Rahman/Ur Rehman/Ur-Rehman
Ayesha/Aisha/Aysha
Shazia/Shaziya
Nasreen/Nasrin/Nesreen
Parveen/Perveen/Parvin
Mehwish/Mahwish
Dela Cruz/Delacruz/De la Cruz/De La Cruz
Dela Rosa/Delarosa/De la Rosa
De Leon/Deleon/De-Leon
Del Rosario/Delrosario/Del-Rosario
Gonzales/Gonzalez
Marites/Maritess/Maritez
Analyn/Annalyn/Ana Lyn
Rosemarie/Rose Marie/Rosemary
Jocelyn/Joselyn/Jocelynn
Cristina/Christina/Kristina
Rowena/Roweena
Maricel/Marisel/Maricell
Mylene/Mylin/Myleen
Maria Theresa/Ma. Theresa/Ma Theresa/Theresa
Kayleigh/Kayley/Kaylee/Kaleigh
Leanne/Lianne/Leann
Stacey/Stacy/Staci
Reece/Rhys/Reese
Connor/Conor
Callum/Calum
Jayden/Jaiden/Jaden
Lewis/Louis
Shannon/Shanon
Courtney/Courteney
Tyrese/Tyreese
Thompson/Thomson
Clarke/Clark
Davies/Davis
Phillips/Philips
Griffiths/Griffith
McDonald/MacDonald/Mcdonald
O'Brien/OBrien/O Brien
O'Neill/ONeill/O'Neil
McKenzie/Mckenzie/MacKenzie
Smith-Jones/Smith Jones
Mitchell/Mitchel
Boateng/Boatang
"""

# Nicknames / short forms actually used as a forename or "known as".
NICKNAMES = {
    "Thomas": ["Tom", "Tommy"], "James": ["Jim", "Jamie", "Jimmy"], "Joshua": ["Josh"],
    "Daniel": ["Dan", "Danny"], "Michael": ["Mike", "Mikey", "Mick"],
    "Christopher": ["Chris"], "Jessica": ["Jess", "Jessie"], "Rebecca": ["Becky", "Becca"],
    "Nathan": ["Nate"], "Bradley": ["Brad"], "Callum": ["Cal"], "Alexander": ["Alex"],
    "William": ["Will", "Billy"], "Samuel": ["Sam", "Sammy"], "Matthew": ["Matt"],
    "Charlotte": ["Charlie", "Lottie"], "Abigail": ["Abbie", "Abi"],
    "Natasha": ["Tash", "Tasha"], "Olivia": ["Liv"], "Bethany": ["Beth"],
    "Danielle": ["Dani"], "Samantha": ["Sam", "Sammie"], "Nicola": ["Nicky"],
    "Oliver": ["Ollie"], "Charlie": ["Chaz"], "Kieran": ["Kie"], "Alfie": ["Alf"],
    "Hannah": ["Han"], "Jordan": ["Jord"], "Jacob": ["Jake"],
    # Polish / Romanian
    "Wojciech": ["Wojtek", "Voytek"], "Krzysztof": ["Krzys", "Chris"],
    "Paweł": ["Paul"], "Małgorzata": ["Gosia", "Margaret"], "Katarzyna": ["Kasia", "Kate"],
    "Agnieszka": ["Aga", "Agnes"], "Magdalena": ["Magda"], "Aleksandra": ["Ola", "Alex"],
    "Michał": ["Michael"], "Łukasz": ["Lucas"], "Tomasz": ["Tom"], "Jakub": ["Kuba"],
    "Alexandru": ["Alex"], "Constantin": ["Costel", "Costi"], "Nicolae": ["Nicu"],
    "Gheorghe": ["George"], "Gabriela": ["Gabi"], "Roxana": ["Roxi"], "Ionuț": ["Ionut"],
    # Nigerian
    "Osasere": ["Osas"], "Oluwaseun": ["Seun"], "Temitope": ["Tope"],
    "Funmilayo": ["Funmi"], "Babatunde": ["Tunde"], "Ikechukwu": ["Ike"],
    "Omolara": ["Lara"], "Adebayo": ["Bayo"], "Olumide": ["Mide"], "Chinedu": ["Nedu"],
    "Emmanuel": ["Emma", "Manny"],
    # Albanian
    "Klodian": ["Klodi"], "Gentian": ["Genti"], "Florian": ["Flori"], "Xhuljan": ["Xhuli"],
    "Armando": ["Mando"], "Arjola": ["Ola"], "Xhesika": ["Xhesi"],
    # Others
    "Abdelrahman": ["Abdo"], "Mohammed": ["Mo", "Hamada"], "Mustafa": ["Musti"],
    "Amanuel": ["Amanu"], "Yohannes": ["John"], "Dawit": ["David"], "Mikael": ["Michael"],
    "Natnael": ["Nati"], "Biniam": ["Bini"], "Gebremedhin": ["Gebre"],
    "Mohammadreza": ["Reza"], "Alireza": ["Ali"], "Amirhossein": ["Amir"],
}


# --------------------------------------------------------------------------
# Countries: name, demonym, other ways clerks write it, neighbours
# --------------------------------------------------------------------------

COUNTRIES = {
    "GBR": dict(name="United Kingdom", dem="British",
                alt=["UK", "England", "British Citizen", "English", "Great Britain", "U.K."],
                nb=[("Ireland", "Irish")]),
    "ALB": dict(name="Albania", dem="Albanian", alt=["ALBANIA", "Albanian national", "Albenia"],
                nb=[("Kosovo", "Kosovan"), ("Greece", "Greek"), ("North Macedonia", "Macedonian"),
                    ("Montenegro", "Montenegrin")]),
    "VNM": dict(name="Vietnam", dem="Vietnamese", alt=["Viet Nam", "VIETNAM", "Vietnam (North)"],
                nb=[("China", "Chinese"), ("Cambodia", "Cambodian"), ("Laos", "Laotian")]),
    "ERI": dict(name="Eritrea", dem="Eritrean", alt=["from Eritrea", "Eritria", "ERITREA", "Eritrean national"],
                nb=[("Ethiopia", "Ethiopian"), ("Sudan", "Sudanese")]),
    "SDN": dict(name="Sudan", dem="Sudanese", alt=["from Sudan", "Sudan (North)", "SUDAN", "Darfur"],
                nb=[("South Sudan", "South Sudanese"), ("Chad", "Chadian"), ("Egypt", "Egyptian"),
                    ("Libya", "Libyan")]),
    "ROU": dict(name="Romania", dem="Romanian", alt=["ROMANIA", "Rumania", "Romanian (EU)"],
                nb=[("Moldova", "Moldovan"), ("Bulgaria", "Bulgarian"), ("Hungary", "Hungarian")]),
    "AFG": dict(name="Afghanistan", dem="Afghan", alt=["Afganistan", "Afghani", "from Afghanistan", "AFGHANISTAN"],
                nb=[("Pakistan", "Pakistani"), ("Iran", "Iranian")]),
    "IRQ": dict(name="Iraq", dem="Iraqi", alt=["Kurdistan", "Iraq (Kurdistan)", "Kurdish Iraqi", "IRAQ"],
                nb=[("Iran", "Iranian"), ("Syria", "Syrian"), ("Turkey", "Turkish")]),
    "IRN": dict(name="Iran", dem="Iranian", alt=["Iran, Islamic Republic of", "Persian", "IRAN"],
                nb=[("Iraq", "Iraqi"), ("Afghanistan", "Afghan"), ("Turkey", "Turkish")]),
    "IND": dict(name="India", dem="Indian", alt=["INDIA", "Indian (Kerala)", "India - Punjab"],
                nb=[("Pakistan", "Pakistani"), ("Bangladesh", "Bangladeshi"), ("Nepal", "Nepalese")]),
    "NGA": dict(name="Nigeria", dem="Nigerian", alt=["NIGERIA", "from Nigeria", "Nigerian (Edo)"],
                nb=[("Ghana", "Ghanaian"), ("Cameroon", "Cameroonian"), ("Benin", "Beninese")]),
    "CHN": dict(name="China", dem="Chinese", alt=["China (PRC)", "People's Republic of China", "CHINA", "Fujian, China"],
                nb=[("Hong Kong", "Hong Kong"), ("Vietnam", "Vietnamese"), ("Taiwan", "Taiwanese"),
                    ("Malaysia", "Malaysian")]),
    "ETH": dict(name="Ethiopia", dem="Ethiopian", alt=["Ethopia", "ETHIOPIA", "from Ethiopia", "Oromo"],
                nb=[("Eritrea", "Eritrean"), ("Somalia", "Somali"), ("Sudan", "Sudanese"),
                    ("Kenya", "Kenyan")]),
    "PAK": dict(name="Pakistan", dem="Pakistani", alt=["PAKISTAN", "Pakistan (Punjab)"],
                nb=[("India", "Indian"), ("Afghanistan", "Afghan"), ("Bangladesh", "Bangladeshi")]),
    "POL": dict(name="Poland", dem="Polish", alt=["POLAND", "Polish (EU)"],
                nb=[("Lithuania", "Lithuanian"), ("Czech Republic", "Czech"), ("Slovakia", "Slovak"),
                    ("Ukraine", "Ukrainian")]),
    "EGY": dict(name="Egypt", dem="Egyptian", alt=["EGYPT", "from Egypt"],
                nb=[("Sudan", "Sudanese"), ("Libya", "Libyan")]),
    "PHL": dict(name="Philippines", dem="Filipino", alt=["Phillipines", "Filipina", "PHILIPPINES", "Philipines"],
                nb=[("Indonesia", "Indonesian"), ("Malaysia", "Malaysian")]),
    "SYR": dict(name="Syria", dem="Syrian", alt=["Syrian Arab Republic", "SYRIA", "Syria (Kurdish)"],
                nb=[("Iraq", "Iraqi"), ("Lebanon", "Lebanese"), ("Turkey", "Turkish"), ("Jordan", "Jordanian")]),
    "KWT": dict(name="Kuwait", dem="Kuwaiti", alt=["Bidoon", "Stateless (Kuwait)", "KUWAIT"],
                nb=[("Iraq", "Iraqi"), ("Saudi Arabia", "Saudi")]),
}

# Approximate shares of NRM referrals by nationality (UK the largest group).
NATIONALITY_WEIGHTS = [
    ("GBR", 24), ("ALB", 13), ("VNM", 6), ("ERI", 6), ("SDN", 6), ("AFG", 4), ("IRQ", 4),
    ("IND", 4), ("ROU", 3), ("IRN", 3), ("NGA", 2.5), ("CHN", 2.5), ("ETH", 2), ("PAK", 2),
    ("EGY", 2), ("POL", 1.5), ("PHL", 1.5), ("SYR", 1), ("KWT", 0.5),
]

# --------------------------------------------------------------------------
# Invented places.  Towns are real-sounding; streets are generic; hostel and
# hotel names are invented.  Postcodes are random in the right format.
# --------------------------------------------------------------------------

TOWNS = [  # (town, postcode area, districts)
    ("Birmingham", "B", list(range(1, 46))),
    ("Coventry", "CV", list(range(1, 7))),
    ("Wolverhampton", "WV", list(range(1, 15))),
    ("Walsall", "WS", list(range(1, 11))),
    ("Dudley", "DY", list(range(1, 4))),
    ("West Bromwich", "B", [70, 71]),
    ("Smethwick", "B", [66, 67]),
]

STREETS = L("""Albert Road, Victoria Street, Church Lane, Station Road, High Street,
    Park Avenue, Queens Road, Mill Lane, Grove Road, Springfield Road, Chester Road,
    Windsor Street, Clarence Road, Stanley Road, Cemetery Road, Alexandra Road,
    Warwick Road, Green Lane, New Street, King Street, Cross Street, Hall Road,
    Spring Hill, Villa Road, Bristol Road, Gladstone Road, Nelson Street, Oak Tree Lane,
    Wellington Road, York Road, Brook Street, Heath Lane, Moor Street, Hope Street""")

DISTRICTS = L("""Aston, Lozells, Handsworth, Small Heath, Sparkbrook, Erdington, Ladywood,
    Nechells, Saltley, Hillfields, Foleshill, Whitmore Reans, Blakenhall, Caldmore,
    Palfrey, Netherton, Tipton, Winson Green, Balsall Heath""")

HOTELS = L("""Parkview Hotel, Station Lodge Hotel, Kingsway Court Hotel, Linden House Hotel,
    Regency Park Hotel, Westgate Inn, Meadowbank Hotel, The Carlton Lodge""")

HOSTELS = L("""Hope House, St Anne's Night Shelter, Crossway Lodge, Brook House Hostel,
    Harbour Lights Hostel, Cedar Court (Supported Housing), Unity House, Open Door Hostel""")
