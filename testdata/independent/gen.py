#!/usr/bin/env python3
"""Independent generator of synthetic "survivor-like" person records (UK NRM-style
referrals of potential victims of modern slavery) for testing record linkage.

Python 3 standard library only.  All people are invented: names are drawn at random
from lists of common given/family names per nationality; no real individual is
represented.

    python3 gen.py --people N --seed S --out FILE.csv [--stats]

Output columns: id,given_name,surname,dob,sex,nationality,postcode,address,true_id
Deterministic for a given seed (no use of hash()/set ordering).
See README.md next to this file for the noise model.
"""
import argparse
import bisect
import csv
import datetime as dt
import sys
import unicodedata
from collections import Counter
from random import Random


def L(s):
    """Comma separated list -> list of stripped items."""
    return [" ".join(x.split()) for x in s.split(",") if x.strip()]


def M(s):
    """'a=b, c=d' -> dict."""
    out = {}
    for item in s.split(","):
        item = item.strip()
        if not item:
            continue
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


# ---------------------------------------------------------------------------
# Spelling / transliteration variant groups.  Every member maps to the group.
# ---------------------------------------------------------------------------
VARIANT_GROUPS_TEXT = """
Mohammed/Muhammad/Mohamed/Mohamad/Mohammad/Muhammed/Mohamd
Ahmed/Ahmad/Ahmet/Ahmmed
Ali/Aly
Omar/Omer/Umar
Osman/Othman/Usman/Uthman
Abdullah/Abdallah/Abdalla/Abdulla/Abdellah
Ibrahim/Ebrahim/Ibraheem/Ibrahem
Yusuf/Yousef/Youssef/Yousif/Yusef/Yousuf/Yosef/Yusif
Hassan/Hasan/Hassen
Hussein/Husain/Hussain/Husein/Hossein/Hosein/Husayn/Hossain/Hosen
Khalid/Khaled/Khalied
Mustafa/Mostafa/Moustafa/Mustapha/Mostapha
Ismail/Ismael/Esmail/Ismaeel/Ismaiel
Abdulrahman/Abdul Rahman/Abdel Rahman/Abdelrahman/Abdurrahman/Abd Alrahman
Abdelaziz/Abdulaziz/Abdul Aziz/Abdel Aziz/Abdalaziz
Abdelkarim/Abdulkarim/Abdul Karim/Abdel Karim/Abdelkareem
Abdelfattah/Abdel Fattah/Abdulfattah/Abd El Fattah
Mahmoud/Mahmud/Mahmood/Mehmood/Mahmod/Mohamud
Suleiman/Sulaiman/Soliman/Suliman/Sulayman/Sleiman
Yahya/Yahia/Yehia/Yehya
Idris/Idriss/Edris/Idrees
Musa/Mousa/Moussa/Mussa/Moosa
Saeed/Said/Saied/Sa'id
Hamza/Hamzah/Hamzeh
Zakaria/Zakariya/Zakariah/Zakarya
Haider/Haidar/Hayder/Heidar
Ammar/Amar/Ammaar
Mohanad/Muhannad/Mohannad/Mohaned
Mazin/Mazen
Faisal/Faysal/Feisal
Majid/Majed/Maged/Majeed
Samir/Sameer/Samer
Ayman/Aiman/Aymen
Tariq/Tarek/Tareq/Tarik
Bashir/Basheer/Bachir/Beshir
Jamal/Gamal/Jamaal
Karim/Kareem/Kerim
Nasser/Naser/Nasir/Nassir
Walid/Waleed/Walead
Bilal/Belal
Salih/Saleh/Saleeh
Hamid/Hamed/Hameed
Jassim/Jasim/Jassem/Jasem
Kadhim/Kazim/Kathim/Kadim/Kazem
Mahdi/Mehdi/Mahdy
Fahad/Fahd/Fahed
Saad/Sa'ad/Saed
Hussam/Hossam/Husam
Yaser/Yasser/Yasir
Ghaith/Ghayth/Gaith
Obada/Ubada/Obadah
Alaa/Ala/Alaa'
Ziad/Ziyad/Zyad
Firas/Feras
Sherif/Sharif/Shareef
Amr/Amro/Amru
Bader/Badr/Badir
Mubarak/Mobarak
Farouk/Farooq/Faruk/Faruq/Farouq/Faruque
Tawfik/Tawfiq/Tawfeeq/Taufik
Hamdy/Hamdi
Fathy/Fathi
Shehata/Shihata
Hamoud/Hamood/Hammoud
Mansour/Mansur/Mansoor
Kassem/Qasim/Kasim/Qassem/Qasem
Darwish/Darweesh/Derwish
Khoury/Khouri/Khuri
Najjar/Najar/Nagar
Ishag/Ishaq/Ishak/Eshag
Yagoub/Yacoub/Yaqub/Yakub/Yagoob
Haroun/Harun/Haroon
Abakar/Abbakar/Abaker/Abbaker
Babiker/Babikir/Babekir
Elsadig/Elsadiq/El Sadig/Alsadig
Mutasim/Moatasim/Mutassim
Mujahid/Mugahid/Mujahed
Elamin/El Amin/Alamin/Elameen
Eltayeb/El Tayeb/Altayeb/Eltaib
Elnour/El Nour/Alnour/Elnur
Elhassan/El Hassan/Alhassan
Elsheikh/El Sheikh/Elshiekh/Alsheikh
Elsayed/El Sayed/El-Sayed/Elsaied
Fatima/Fatimah/Fatma/Fatema/Fatemeh/Fatuma
Amina/Aminah/Ameena/Aamina
Amna/Amnah/Aamna
Aisha/Aicha/Ayesha/Aysha/Aishah/Ayisha
Mariam/Maryam/Meriam/Miriam/Maryem
Zainab/Zeinab/Zaynab/Zenab
Huda/Hoda/Houda
Sara/Sarah/Sarra
Noor/Nour/Nur
Hawa/Hawaa/Hawwa
Khadija/Khadijah/Khadeeja/Khadiga
Asma/Asmaa/Asmah
Hana/Hanaa/Hanah
Reem/Rim/Riem
Iman/Eman/Imaan
Layla/Leila/Laila/Leyla
Duaa/Doaa/Dua/Doua
Zahra/Zahraa/Zehra/Zahrah
Salma/Selma/Salmah
Rania/Ranya/Raniya
Halima/Halimah/Haleema
Nafisa/Nafeesa/Nafisah
Ikhlas/Ekhlas
Heba/Hiba/Hibah
Rawan/Rawaan
Yasmin/Yasmine/Yasmeen
Shaimaa/Shaima/Shimaa
Esraa/Israa/Esra
Marwa/Marwah
Noura/Nora/Nourah
Hessa/Hissa
Shaikha/Sheikha/Shaykha
Latifa/Latifah/Lateefa
Jubouri/Juburi/Jubori
Obaidi/Ubaidi/Obeidi
Tamimi/Tamimy
Dulaimi/Dulaimy/Dulaymi
Saadi/Sa'adi/Saady
Shammari/Shamari/Shemmari
Zubaidi/Zubaydi/Zobaidi
Khafaji/Khafagi
Maliki/Malki
Rubaie/Rubaiee/Rubaye
Enezi/Anazi/Anezi/Enazi/Anizi
Mutairi/Mutari/Mutairy
Dhafiri/Thafiri/Dhafeeri/Zafiri
Rashidi/Rasheedi/Rashedi
Ajmi/Ajmy
Harbi/Harby
Azmi/Azemi
Otaibi/Otaiby/Utaibi
Fadhli/Fadli/Fadhly
Reza/Riza
Amir/Ameer/Emir
Omid/Umid/Omeed
Arash/Aresh
Dariush/Daryush/Dariosh/Darius
Kian/Kiyan
Farhad/Farhaad
Navid/Naveed/Naved
Pouya/Pooya/Puya
Milad/Melad
Ehsan/Ihsan/Ahsan
Morteza/Murtaza/Mortaza
Javad/Jawad
Hadi/Hady
Peyman/Payman/Paiman
Kaveh/Kave/Kawa
Kamran/Kamraan
Shahram/Sharam
Narges/Nargis/Nargess
Nasrin/Nasreen/Nesrin
Shirin/Shireen/Sherin
Parisa/Pareesa
Roya/Ruya/Rooya
Neda/Nida
Azadeh/Azade/Azada
Elham/Ilham
Samira/Sameera
Mohammadi/Muhammadi/Mohamadi/Mohammady
Hosseini/Husseini/Hoseini/Hussaini/Hussainy
Ahmadi/Ahmedi/Ahmady
Rezaei/Rezaie/Rezai/Rezaee/Rezayi
Moradi/Muradi
Karimi/Karimy/Kerimi
Jafari/Jaffari/Jafary/Jaafari
Rahimi/Rahimy/Raheemi
Hashemi/Hashimi/Hashimy
Mousavi/Musavi/Moosavi/Musawi
Ghasemi/Qasemi/Ghassemi/Qasimi
Rostami/Rustami
Sadeghi/Sadeqi
Kazemi/Kazimi/Kadhimi
Heidari/Haidari/Heydari/Haydari
Ebrahimi/Ibrahimi
Salehi/Salihi
Azizi/Azizy
Amini/Aminy/Ameeni
Bagheri/Baqeri/Baqiri
Nazari/Nazary/Nezari
Sharifi/Sharify/Shareefi
Akbari/Akbary
Amiri/Ameeri/Amiry
Noori/Nuri/Nouri/Noory
Sultani/Soltani/Sultany
Sadat/Sadaat/Saadat
Hakimi/Hakeemi
Naqibullah/Nakibullah/Naqeebullah
Hikmatullah/Hekmatullah
Noorullah/Nurullah/Nourullah
Hasibullah/Haseebullah
Zabihullah/Zabiullah/Zabeehullah
Rahmatullah/Rahmatollah/Rahmatulla
Mirwais/Mirways/Mir Wais
Wahid/Waheed/Vahid
Farid/Fareed
Najib/Najeeb/Nadjib
Shafiq/Shafeeq/Shafik/Shafique
Rahim/Raheem/Rahem
Sohail/Suhail/Sohel/Suhayl
Zubair/Zubayr/Zobair/Zubeir
Habib/Habeeb
Khalil/Khaleel/Halil
Jamshid/Jamshed/Jamsheed
Sayed/Sayyed/Sayid/Syed
Ajmal/Ajmel
Rashid/Rasheed/Rachid/Rashed
Fawad/Fuad/Fouad
Gul/Gull
Parwana/Parvaneh/Parwanah
Shabnam/Shabnum
Farzana/Farzaneh/Farzanah
Nilofar/Nilufar/Niloufar/Nilofer
Zarghona/Zarghuna/Zarghoona
Malalai/Malalay
Hasina/Haseena
Nazanin/Nazaneen/Nazenin
Sima/Seema
Sakina/Sakeena/Sakineh
Ahmadzai/Ahmedzai/Ahmadzay
Popalzai/Popalzay/Popolzai
Barakzai/Barakzay/Barekzai
Noorzai/Nurzai/Noorzay
Stanikzai/Stanekzai
Wardak/Wardag/Vardak
Hotak/Hotaki
Shinwari/Shinwary
Yousufzai/Yousafzai/Yusufzai
Rebwar/Rebuar
Karwan/Karuan
Hawre/Hawree
Shvan/Shivan/Shwan
Hemin/Hemn/Hemen
Sherwan/Shirwan
Peshraw/Peshrew/Peshro
Hogr/Hogir
Sarkawt/Sarkaut
Zhino/Jino
Qadir/Kadir/Qader
Rasul/Rasool/Rasoul
Khidir/Khider
Hama/Hamma
Chaudhry/Chaudhary/Choudhry/Chowdhury/Choudhury
Qureshi/Kureshi/Quraishi
Rehman/Rahman/Rehmaan
Iqbal/Ikbal
Zeeshan/Zishan/Zeshan
Waqas/Waqqas
Junaid/Junaed/Junayd
Imran/Imraan/Emran
Asif/Aasif/Asef
Kashif/Kashef
Adnan/Adnaan
Shahid/Shahed/Shaheed
Irfan/Irfaan/Erfan
Rizwan/Rizvan/Ridwan
Sajid/Sajjid/Sajed
Nadeem/Nadim
Arslan/Arsalan
Sana/Sanaa
Hina/Heena
Saima/Sayma
Nadia/Nadiya
Rabia/Rabiya/Rabiah
Samina/Sameena
Iqra/Ikra
Noreen/Nureen
Shazia/Shaziya
Akhtar/Akhter/Aktar/Akter
Aslam/Aslaam
Anwar/Anwer/Anowar
Baig/Beg
Riaz/Riyaz
Abbasi/Abassi
Malik/Malick
Javed/Javaid/Jawed
Sheikh/Shaikh/Shaik/Sheik
Md/Md./MD/Mohammad/Mohammed/Muhammad/Mohd
Mst/Mst./Mosammat/Most
Islam/Eslam
Uddin/Udin/Uddeen/Ud Din/Ud-Din
Miah/Mia/Meah/Miya
Khatun/Khatoon/Khatoun
Begum/Begam
Sarkar/Sarker
Haque/Hoque/Huq/Haq
Molla/Mollah
Bhuiyan/Bhuiya/Bhuyan
Talukder/Talukdar
Rafiq/Rafique/Rafik
Jahid/Jahed
Rasel/Russel/Rassel
Shahin/Shaheen
Mamun/Mamoon
Masud/Masood/Masoud
Monir/Munir/Moneer
Sumon/Suman/Shumon
Shipon/Shipan/Sipon
Ripon/Ripan
Rokeya/Rokeia/Rukia
Sumaiya/Sumaia/Sumaya
Taslima/Tasleema
Rahima/Raheema/Rohima
Sharmin/Sharmeen
Harpreet/Harprit
Gurpreet/Gurprit
Jaswinder/Jasvinder
Sukhwinder/Sukhvinder
Mandeep/Mandip
Kuldeep/Kuldip
Baljit/Baljeet
Ranjit/Ranjeet
Harjit/Harjeet
Manpreet/Manprit
Jaspreet/Jasprit
Lakshmi/Laxmi
Geeta/Gita/Geetha
Deepak/Dipak
Deepika/Dipika
Pooja/Puja
Kavita/Kavitha
Sunita/Suneeta
Ajay/Ajai
Vijay/Vijai
Prakash/Parkash
Sharma/Sarma
Verma/Varma
Chauhan/Chouhan/Chohan
Dhillon/Dhilon
Sandhu/Sandu
Mishra/Misra
Pandey/Pande
Kaur/Kour
Singh/Sing
Grewal/Garewal
[ERI,ETH]
Tesfaye/Tesfay/Tesfai/Tesfaie
Haile/Hayle/Hailé
Ghebremedhin/Gebremedhin/Ghebremedin/Gebremedhn/Gebremedihin
Ghebreyesus/Gebreyesus/Ghebreyesos/Gebreiyesus
Berhane/Birhane/Berhan/Brhane
Mehari/Mihari/Mehary
Tekle/Tekleh/Teckle
Kidane/Kidan/Kidanne
Tesfamariam/Tesfamaryam/Tesfamarian
Ghirmay/Girmay/Ghirmai/Germay
Habtom/Habtem/Habtum
Filmon/Filimon/Philemon
Merhawi/Mirhawi/Merhawie
Natnael/Nathnael/Natanael/Nathaniel
Yohannes/Yohanes/Yohannis/Johannes
Mussie/Musie
Biniam/Biniyam/Binyam/Beniam
Efrem/Ephrem/Efrim
Henok/Henock/Enoch
Isaias/Isayas/Esayas
Kibrom/Kbrom/Kibrum
Tewelde/Tewolde
Weldemichael/Woldemichael/Weldemikael/Woldemicael
Amanuel/Emmanuel/Amanual
Tsegay/Tsegai/Tsegaye/Tsegey
Zerai/Zeray/Zerei
Teklehaimanot/Tekle Haimanot/Teklehaymanot
Habtemariam/Habte Mariam/Habtemaryam
Woldegiorgis/Weldegiorgis/Wolde Giorgis
Kidanemariam/Kidane Mariam
Goitom/Goytom
Okbay/Ukbay/Okubay
Asmerom/Asmerum
Russom/Rusom
Fitsum/Fitsom/Fetsum
Senait/Senayt
Yordanos/Yordanose/Jordanos
Luwam/Luam/Lwam
Rahel/Rachel/Raheal
Feven/Fiven/Faven
Hiwet/Hiwot/Hewet
Tsega/Tsegga
Azieb/Aziebe
Freweini/Frewini/Freweyni
Lidya/Lydia/Lidia
Segen/Seghen
Helen/Hellen
Winta/Wintana
Mebrat/Meberat
Mekonnen/Mekonen/Makonnen
Tadesse/Tadese/Taddese
Getachew/Getachaw
Bekele/Bekelle
Alemu/Alemo
Fikadu/Fekadu/Fikkadu
Tilahun/Tillahun/Telahun
Habtamu/Habtemu
Tigist/Tigest/Tegist
Selamawit/Selamawite
Mahlet/Mahelet
Kidist/Kedist/Qidist
Tsion/Tsiyon/Zion
Bethlehem/Betelhem/Bethelehem
Meseret/Meserete
Mesfin/Mesfen
[SOM]
Abdi/Abdy
Abdullahi/Abdulahi/Abdillahi
Abdirahman/Abdurahman/Abdiraham
Abdikarim/Abdikariim
Abdiaziz/Abdiasis
Farah/Farrah/Fara
Mahad/Mahaad
Liban/Liiban/Libaan
Mukhtar/Mukhtaar/Muktar
Guled/Guuled/Guleed
Fadumo/Faadumo/Fadumaa
Hodan/Hoodan
Sahra/Sahro
Ayan/Ayaan
Ubah/Ubax
Nimco/Nimo/Nimca
Fartun/Fartuun
Idil/Ideel
Ifrah/Ifra/Ifraah
Deeqa/Deka/Deqa
[SSD]
Deng/Ding
Garang/Garrang
Majok/Majak
Akol/Akool
Kuol/Kuel
Malual/Malwal
Mabior/Mabor
Lual/Luol
Manyang/Manyan
Nyandeng/Nyadeng
Achol/Acol
Abuk/Aboke
Gatluak/Gatluok
[NGA]
Oluwaseun/Oluseun
Chinedu/Chinaedu
Ifeanyi/Ifeanyichukwu
Osagie/Osagiede
Omoregie/Omoregbee
Igbinedion/Igbinidion
Osayande/Osayade
Okonkwo/Okonko
Nwosu/Nwaosu
Ogunleye/Ogunleyi
Effiong/Efiong
Favour/Favor
Chioma/Chiomma
Adaeze/Adaze
[GHA]
Kwame/Kuame
Kwaku/Kweku
Kwesi/Kweisi
Adjei/Adjeih
Agyeman/Agyemang
Acheampong/Acheampon
Owusu/Owuzu
[PHL]
Dela Cruz/Delacruz/De la Cruz/Dela-Cruz
Del Rosario/Delrosario/Del-Rosario
Maricel/Marisel
Jocelyn/Jocelyne/Joselyn
Marilyn/Marylin/Marilynn
Analyn/Annalyn/Ana Lyn
Rosalie/Rosaly
Mary Grace/Marygrace/Mary-Grace
John Paul/Johnpaul/John-Paul
Gonzales/Gonzalez
Bautista/Baptista
Fernandez/Fernandes
[ROU]
Gheorghe/Georghe/Gheorge/George
Nicolae/Nicolai/Niculae
Andreea/Andrea/Andreia
Ioana/Ioanna/Yoana
Cristian/Christian
Georgiana/Giorgiana
Ionescu/Ionesco
Ciobanu/Ciubanu
Cojocaru/Cojocari
Rotaru/Rotari
Moraru/Morari
Rusu/Russu
Munteanu/Muntean
[POL]
Krzysztof/Kristof/Krzystof
Grzegorz/Gregorz
Nowak/Novak
Kowalski/Kovalski
Kowalska/Kovalska
Wiśniewski/Visnievski
Szymański/Szymansky
Woźniak/Vozniak
Kamiński/Kaminsky
[ALB]
Hoxha/Hoxa/Hodja/Hoja
Gjoni/Gjon/Djoni
Krasniqi/Krasniki
Kelmendi/Kelmend
Dervishi/Dervish
Shehu/Sheu
Xhafa/Xhafaj
Mehmeti/Mehmet
Ahmeti/Ahmet
Bajrami/Bajram
Beqiri/Bekiri
Lleshi/Leshi
Kapllani/Kaplani
Zeneli/Zenelaj
Xhuljo/Xhulio/Julio
Anxhela/Angela
Xhesika/Jessica/Xhessika
Klajdi/Klaidi/Klajdy
Fatjon/Fatijon
Ervin/Erwin
Erjon/Ergjon
Dritan/Driton
Endrit/Endrith
[BGR]
Nikolay/Nikolai
Georgi/Georgiy
Hristo/Khristo/Christo
Hristov/Khristov/Christov
Mihaylov/Mihailov/Mikhaylov
Yordan/Jordan/Iordan
Yordanov/Jordanov/Iordanov
Iliya/Ilia/Ilya
Stoyanov/Stoianov
Stoyan/Stoian
[UKR]
Oleksandr/Aleksandr/Alexander/Olexandr
Andriy/Andrii/Andrey
Serhiy/Serhii/Sergiy/Sergei
Yuriy/Yurii/Iurii
Dmytro/Dmitro/Dmitry
Volodymyr/Volodimir/Vladimir
Mykola/Nikolai/Mikola
Vasyl/Vasil/Vasily
Oleh/Oleg
Bohdan/Bogdan
Iryna/Irina
Tetiana/Tatiana/Tetyana
Yulia/Yuliia/Iuliia/Julia
Kateryna/Katerina/Ekaterina
Nataliia/Natalia/Natalya
Olena/Elena
Boyko/Boiko
Oliynyk/Oliinyk/Oleynik
Polishchuk/Polischuk
[GBR]
Macdonald/MacDonald/McDonald
Thompson/Thomson
Clarke/Clark
Stephen/Steven
Philip/Phillip
Kayleigh/Kayley/Kaleigh
Jayden/Jaden/Jaiden
Reece/Reese/Rhys
Aaron/Aron/Arron
Callum/Calum
Connor/Conor
Kieran/Kieron/Ciaran
Courtney/Courtenay
Leah/Lea/Leigh
Megan/Meghan/Meagan
Rebecca/Rebekah
Katie/Katy/Katey
Hannah/Hanna
Tyler/Tylor
Dylan/Dillon
Tyrese/Tyreece/Tyreese
Marcus/Markus
Davies/Davis
Matthews/Mathews
Griffiths/Griffith
Smith/Smyth
Brown/Browne
Gray/Grey
Reid/Reed/Read
Mackenzie/McKenzie
Kelly/Kelley
[CHN]
Chen/Chan/Tan
Lin/Lam/Lim
Zheng/Cheng/Tay
Huang/Wong/Ng
Zhang/Cheung/Chang
Li/Lee
Liu/Lau/Lew
Zhou/Chow/Chou
Xu/Hsu/Tsui
Zhao/Chiu/Chao
Guo/Kwok/Kuo
He/Ho
Luo/Lo/Law
Wu/Woo/Goh
Yang/Yeung
Sun/Suen
Gao/Kao/Ko
Zhu/Chu
[VNM]
Nguyễn/Nguyên/Nguyen
Trần/Tran
Văn/Van
"""

# Lines after a "[NAT,...]" marker apply only to people of those nationalities;
# lines before the first marker are shared (Arabic/Persian/South Asian forms).
GROUP = {}          # shared
GROUP_NAT = {}      # nat -> {token: group}
_scope = None
for _line in VARIANT_GROUPS_TEXT.strip().splitlines():
    _line = _line.strip()
    if not _line:
        continue
    if _line.startswith("["):
        _scope = L(_line.strip("[]"))
        continue
    _g = [x.strip() for x in _line.split("/") if x.strip()]
    _targets = [GROUP] if _scope is None else [GROUP_NAT.setdefault(n, {}) for n in _scope]
    for _t in _targets:
        for _x in _g:
            if _x not in _t:
                _t[_x] = _g

# Nicknames / common alternative given names actually used by the same person.
NICK = {
    "Thomas": L("Tom, Tommy"), "Daniel": L("Dan, Danny"), "Joshua": L("Josh"),
    "Matthew": L("Matt"), "Michael": L("Mike, Mikey"), "Christopher": L("Chris"),
    "Samuel": L("Sam, Sammy"), "Benjamin": L("Ben"), "James": L("Jim, Jamie"),
    "Alexander": L("Alex"), "William": L("Will, Billy"), "Robert": L("Rob, Bobby"),
    "Anthony": L("Tony, Ant"), "Nathan": L("Nate"), "Callum": L("Cal"),
    "Jessica": L("Jess"), "Rebecca": L("Becky, Becca"), "Abigail": L("Abbie, Abby"),
    "Katherine": L("Kate, Katie"), "Elizabeth": L("Liz, Beth, Lizzie"),
    "Charlotte": L("Charlie, Lottie"), "Samantha": L("Sam"), "Natalie": L("Nat"),
    "Victoria": L("Vicky, Tori"), "Jennifer": L("Jen, Jenny"), "Nicola": L("Nicky"),
    "Stephanie": L("Steph"), "Jacob": L("Jake"), "Joseph": L("Joe"),
    "Wojciech": L("Wojtek"), "Przemysław": L("Przemek"), "Zbigniew": L("Zbyszek"),
    "Małgorzata": L("Gosia"), "Katarzyna": L("Kasia"), "Aleksandra": L("Ola"),
    "Tomasz": L("Tomek"), "Grzegorz": L("Grzesiek"),
    "Alexandru": L("Alex, Alin"), "Constantin": L("Costel, Costi"), "Ionuț": L("Ionel"),
    "Gheorghe": L("Gigel, George"), "Babatunde": L("Tunde"), "Oluwaseun": L("Seun"),
    "Chukwuemeka": L("Emeka"), "Oleksandr": L("Sasha"), "Volodymyr": L("Vova"),
    "Kwabena": L("Kobby"), "Precious": L("Presh"),
}

# ---------------------------------------------------------------------------
# Own-script forms, keyed by canonical Latin token.
# ---------------------------------------------------------------------------
ARABIC = M("""
Mohammed=محمد, Ahmed=أحمد, Ali=علي, Omar=عمر, Omer=عمر, Osman=عثمان, Abdalla=عبدالله,
Abdullah=عبدالله, Ibrahim=إبراهيم, Yusuf=يوسف, Yousif=يوسف, Youssef=يوسف, Yousef=يوسف,
Hassan=حسن, Hussein=حسين, Khalid=خالد, Khaled=خالد, Mustafa=مصطفى, Mostafa=مصطفى, Adam=آدم,
Ismail=إسماعيل, Abdulrahman=عبدالرحمن, Abdelrahman=عبدالرحمن, Abdelaziz=عبدالعزيز,
Mahmoud=محمود, Salah=صلاح, Hamid=حامد, Tariq=طارق, Tarek=طارق, Bashir=بشير, Musa=موسى,
Idris=إدريس, Yahya=يحيى, Suleiman=سليمان, Suliman=سليمان, Soliman=سليمان, Jamal=جمال,
Gamal=جمال, Karim=كريم, Kareem=كريم, Nasser=ناصر, Walid=وليد, Waleed=وليد, Saeed=سعيد, Anas=أنس,
Bilal=بلال, Hamza=حمزة, Zakaria=زكريا, Abbas=عباس, Haider=حيدر, Ammar=عمار, Mohanad=مهند,
Mohannad=مهند, Mazin=مازن, Faisal=فيصل, Majid=ماجد, Rami=رامي, Samir=سمير, Ayman=أيمن,
Ishag=إسحاق, Yagoub=يعقوب, Haroun=هارون, Abakar=أبكر, Salih=صالح, Babiker=بابكر,
Elsadig=الصادق, Mujahid=مجاهد, Mutasim=معتصم, Elamin=الأمين, Eltayeb=الطيب, Elnour=النور,
Elhassan=الحسن, Elsheikh=الشيخ, Abdelkarim=عبدالكريم, Abdulkarim=عبدالكريم, Amr=عمرو,
Islam=إسلام, Hossam=حسام, Sherif=شريف, Mina=مينا, Beshoy=بيشوي, Yaser=ياسر, Hussam=حسام,
Ghaith=غيث, Obada=عبادة, Alaa=علاء, Firas=فراس, Ziad=زياد, Fahad=فهد, Saad=سعد,
Sultan=سلطان, Hamad=حمد, Mubarak=مبارك, Bader=بدر, Talal=طلال, Mishari=مشاري, Turki=تركي,
Nawaf=نواف, Jassim=جاسم, Kadhim=كاظم, Jabbar=جبار, Salman=سلمان, Mahdi=مهدي,
Farouk=فاروق, Salem=سالم, Kamal=كمال, Tawfik=توفيق, Nabil=نبيل, Shehata=شحاتة, Fathy=فتحي,
Hamdy=حمدي, Ramadan=رمضان, Abdelfattah=عبدالفتاح, Elsayed=السيد, Hamoud=حمود, Othman=عثمان,
Mansour=منصور, Kassem=قاسم, Darwish=درويش, Haddad=حداد, Khoury=خوري, Hamdan=حمدان,
Shami=شامي, Sabbagh=صباغ, Halabi=حلبي, Masri=مصري, Najjar=نجار, Saleh=صالح, Hamed=حامد,
Yacoub=يعقوب, Hasan=حسن, Mohamed=محمد, Ahmad=أحمد, Khalil=خليل, Abdulla=عبدالله,
Fatima=فاطمة, Fatma=فاطمة, Amina=أمينة, Amna=آمنة, Aisha=عائشة, Mariam=مريم, Zainab=زينب,
Huda=هدى, Sara=سارة, Noor=نور, Nour=نور, Hawa=حواء, Khadija=خديجة, Asma=أسماء, Hana=هناء,
Rana=رنا, Reem=ريم, Lina=لينا, Samah=سماح, Nada=ندى, Salma=سلمى, Iman=إيمان, Rania=رانيا,
Layla=ليلى, Duaa=دعاء, Zahra=زهراء, Halima=حليمة, Nafisa=نفيسة, Ikhlas=إخلاص, Aya=آية,
Yasmin=ياسمين, Heba=هبة, Hiba=هبة, Mona=منى, Dina=دينا, Shaimaa=شيماء, Esraa=إسراء, Marwa=مروة,
Noura=نورة, Maha=مها, Hessa=حصة, Dana=دانة, Shaikha=شيخة, Latifa=لطيفة, Rawan=روان, Ghada=غادة,
Al-Jubouri=الجبوري, Al-Obaidi=العبيدي, Al-Tamimi=التميمي, Al-Dulaimi=الدليمي,
Al-Saadi=الساعدي, Al-Shammari=الشمري, Al-Zubaidi=الزبيدي, Al-Khafaji=الخفاجي,
Al-Maliki=المالكي, Al-Rubaie=الربيعي, Al-Ahmad=الأحمد, Al-Hasan=الحسن, Al-Khalil=الخليل,
Al-Ali=العلي, Al-Hussein=الحسين, Al-Mohammad=المحمد, Al-Abdullah=العبدالله,
Al-Hamoud=الحمود, Al-Enezi=العنزي, Al-Mutairi=المطيري, Al-Dhafiri=الظفيري,
Al-Rashidi=الرشيدي, Al-Ajmi=العجمي, Al-Harbi=الحربي, Al-Azmi=العازمي, Al-Otaibi=العتيبي,
Al-Fadhli=الفضلي
""")

PERSIAN = M("""
Mohammad=محمد, Ali=علی, Reza=رضا, Hossein=حسین, Mehdi=مهدی, Amir=امیر, Hamid=حمید,
Saeed=سعید, Majid=مجید, Behzad=بهزاد, Omid=امید, Arash=آرش, Babak=بابک, Dariush=داریوش,
Kian=کیان, Farhad=فرهاد, Hamed=حامد, Navid=نوید, Pouya=پویا, Sina=سینا, Milad=میلاد,
Ehsan=احسان, Morteza=مرتضی, Mostafa=مصطفی, Javad=جواد, Hadi=هادی, Peyman=پیمان,
Kaveh=کاوه, Kamran=کامران, Shahram=شهرام, Fatemeh=فاطمه, Zahra=زهرا, Maryam=مریم, Sara=سارا,
Narges=نرگس, Leila=لیلا, Mahsa=مهسا, Nasrin=نسرین, Shirin=شیرین, Parisa=پریسا, Roya=رویا,
Neda=ندا, Ziba=زیبا, Azadeh=آزاده, Elham=الهام, Samira=سمیرا, Mina=مینا,
Mohammadi=محمدی, Hosseini=حسینی, Ahmadi=احمدی, Rezaei=رضایی, Moradi=مرادی, Karimi=کریمی,
Jafari=جعفری, Rahimi=رحیمی, Hashemi=هاشمی, Mousavi=موسوی, Ghasemi=قاسمی, Rostami=رستمی,
Sadeghi=صادقی, Kazemi=کاظمی, Heidari=حیدری, Ebrahimi=ابراهیمی, Salehi=صالحی, Azizi=عزیزی,
Amini=امینی, Bagheri=باقری, Nazari=نظری, Sharifi=شریفی, Akbari=اکبری, Ranjbar=رنجبر,
Ahmad=احمد, Rahmatullah=رحمت‌الله, Zabihullah=ذبیح‌الله, Naqibullah=نقیب‌الله, Gul=گل,
Mirwais=میرویس, Wahid=وحید, Farid=فرید, Jawad=جواد, Sami=سمیع, Nasir=ناصر, Najib=نجیب,
Shafiq=شفیق, Ismail=اسماعیل, Bilal=بلال, Rahim=رحیم, Karim=کریم, Sohail=سهیل, Zubair=زبیر,
Habib=حبیب, Khalil=خلیل, Samiullah=سمیع‌الله, Hikmatullah=حکمت‌الله, Jamshid=جمشید,
Noorullah=نورالله, Asadullah=اسدالله, Hamidullah=حمیدالله, Sayed=سید, Mustafa=مصطفی,
Hasibullah=حسیب‌الله, Ajmal=اجمل, Rashid=رشید, Fawad=فواد, Idrees=ادریس, Yama=یما,
Abdul=عبدال, Shah=شاه, Nabi=نبی, Zia=ضیا, Fatima=فاطمه, Parwana=پروانه, Shabnam=شبنم,
Farzana=فرزانه, Nilofar=نیلوفر, Mursal=مرسل, Sahar=سحر, Zarghona=زرغونه, Malalai=ملالی,
Hasina=حسینه, Nazanin=نازنین, Laila=لیلا, Sima=سیما, Sakina=سکینه, Ahmadzai=احمدزی,
Popalzai=پوپلزی, Barakzai=بارکزی, Noorzai=نورزی, Stanikzai=استانکزی, Hakimi=حکیمی,
Hashimi=هاشمی, Sadat=سادات, Hussaini=حسینی, Amiri=امیری, Noori=نوری, Safi=صافی,
Wardak=وردک, Sultani=سلطانی, Haidari=حیدری, Hotak=هوتک, Khan=خان, Shinwari=شینواری,
Mangal=منگل, Yousufzai=یوسفزی
""")

GEEZ = M("""
Yonas=ዮናስ, Dawit=ዳዊት, Samuel=ሳሙኤል, Tesfaye=ተስፋይ, Haile=ሃይለ, Ghebremedhin=ገብረመድህን,
Berhane=ብርሃነ, Mehari=መሓሪ, Tekle=ተኽለ, Kidane=ኪዳነ, Tesfamariam=ተስፋማርያም, Ghirmay=ግርማይ,
Habtom=ሃብቶም, Filmon=ፊልሞን, Merhawi=መርሃዊ, Natnael=ናትናኤል, Robel=ሮቤል, Abel=ኣቤል,
Aman=ኣማን, Senai=ሰናይ, Yohannes=ዮውሃንስ, Mussie=ሙሴ, Biniam=ብንያም, Efrem=ኤፍሬም, Henok=ሄኖክ,
Isaias=ኢሳይያስ, Kibrom=ክብሮም, Michael=ሚካኤል, Negasi=ንጋሲ, Tewelde=ተወልደ,
Weldemichael=ወልደሚካኤል, Ghebreyesus=ገብረየሱስ, Amanuel=ኣማኑኤል, Daniel=ዳንኤል, Tsegay=ጸጋይ,
Zerai=ዘርኣይ, Teklehaimanot=ተኽለሃይማኖት, Abraham=ኣብርሃም, Solomon=ሰሎሞን,
Habtemariam=ሃብተማርያም, Woldegiorgis=ወልደጊዮርጊስ, Kidanemariam=ኪዳነማርያም, Measho=መኣሾ,
Tekie=ተኪኤ, Ermias=ኤርምያስ, Eyob=እዮብ, Goitom=ጎይቶም, Hagos=ሓጎስ, Andom=ኣንዶም, Okbay=ዑቕባይ,
Asmerom=ኣስመሮም, Russom=ሩስም, Fitsum=ፍጹም, Helen=ሄለን, Senait=ሰናይት, Selam=ሰላም, Saba=ሳባ,
Yordanos=ዮርዳኖስ, Winta=ዊንታ, Mebrat=መብራት, Luwam=ሉዋም, Rahel=ራሄል, Feven=ፌቨን,
Semhar=ሰምሃር, Hiwet=ሕይወት, Tsega=ጸጋ, Elsa=ኤልሳ, Azieb=ኣዚብ, Freweini=ፍረወይኒ, Lidya=ሊድያ,
Segen=ሰገን, Ruta=ሩታ, Hanna=ሃና, Eden=ኤደን, Nardos=ናርዶስ, Meron=ሜሮን, Bisrat=ብስራት,
Abebe=አበበ, Alemu=ዓለሙ, Bekele=በቀለ, Girma=ግርማ, Getachew=ጌታቸው, Kebede=ከበደ,
Tadesse=ታደሰ, Mulugeta=ሙሉጌታ, Worku=ወርቁ, Desta=ደስታ, Assefa=አሰፋ, Lemma=ለማ,
Tilahun=ጥላሁን, Dereje=ደረጀ, Fikadu=ፍቃዱ, Mekonnen=መኮንን, Yared=ያሬድ, Biruk=ብሩክ,
Nahom=ናሆም, Kaleb=ካሌብ, Bereket=በረከት, Mesfin=መስፍን, Tamirat=ታምራት, Habtamu=ሀብታሙ,
Endalkachew=እንዳልካቸው, Tigist=ትዕግስት, Hiwot=ሕይወት, Meseret=መሰረት, Almaz=አልማዝ,
Aster=አስቴር, Mahlet=ማህሌት, Kidist=ቅድስት, Tsion=ጽዮን, Bethlehem=ቤተልሔም,
Selamawit=ሰላማዊት, Mekdes=መቅደስ, Genet=ገነት, Yeshi=የሺ
""")

CYRILLIC = M("""
Georgi=Георги, Ivan=Иван, Dimitar=Димитър, Nikolay=Николай, Petar=Петър, Hristo=Христо,
Stoyan=Стоян, Todor=Тодор, Angel=Ангел, Iliya=Илия, Krasimir=Красимир, Stefan=Стефан,
Vasil=Васил, Yordan=Йордан, Asen=Асен, Kiril=Кирил, Emil=Емил, Plamen=Пламен,
Maria=Мария, Ivana=Ивана, Elena=Елена, Desislava=Десислава, Gergana=Гергана, Petya=Петя,
Yana=Яна, Nadezhda=Надежда, Silviya=Силвия, Teodora=Теодора, Radostina=Радостина,
Tsvetelina=Цветелина, Ivanov=Иванов, Georgiev=Георгиев, Dimitrov=Димитров, Petrov=Петров,
Nikolov=Николов, Hristov=Христов, Stoyanov=Стоянов, Todorov=Тодоров, Iliev=Илиев,
Vasilev=Василев, Atanasov=Атанасов, Petkov=Петков, Angelov=Ангелов, Yordanov=Йорданов,
Kolev=Колев, Marinov=Маринов, Popov=Попов, Stefanov=Стефанов, Mihaylov=Михайлов,
Kostov=Костов, Ivanova=Иванова, Georgieva=Георгиева, Dimitrova=Димитрова, Petrova=Петрова,
Nikolova=Николова, Hristova=Христова, Stoyanova=Стоянова, Todorova=Тодорова, Ilieva=Илиева,
Vasileva=Василева, Atanasova=Атанасова, Petkova=Петкова, Angelova=Ангелова,
Yordanova=Йорданова, Koleva=Колева, Marinova=Маринова, Popova=Попова, Stefanova=Стефанова,
Mihaylova=Михайлова, Kostova=Костова,
Oleksandr=Олександр, Andriy=Андрій, Dmytro=Дмитро, Serhiy=Сергій, Volodymyr=Володимир,
Mykola=Микола, Vasyl=Василь, Yuriy=Юрій, Oleh=Олег, Taras=Тарас, Bohdan=Богдан,
Maksym=Максим, Artem=Артем, Olena=Олена, Nataliia=Наталія, Iryna=Ірина, Oksana=Оксана,
Tetiana=Тетяна, Yulia=Юлія, Anastasiia=Анастасія, Kateryna=Катерина, Mariia=Марія,
Viktoriia=Вікторія, Shevchenko=Шевченко, Kovalenko=Коваленко, Bondarenko=Бондаренко,
Tkachenko=Ткаченко, Kravchenko=Кравченко, Boyko=Бойко, Melnyk=Мельник, Koval=Коваль,
Oliynyk=Олійник, Lysenko=Лисенко, Marchenko=Марченко, Savchenko=Савченко,
Rudenko=Руденко, Moroz=Мороз, Polishchuk=Поліщук
""")

HAN = M("""
Wang=王, Li=李, Zhang=张, Liu=刘, Chen=陈, Yang=杨, Huang=黄, Zhao=赵, Wu=吴, Zhou=周,
Xu=徐, Sun=孙, Ma=马, Zhu=朱, Hu=胡, Guo=郭, He=何, Lin=林, Gao=高, Luo=罗, Zheng=郑,
Wei=伟, Qiang=强, Lei=磊, Jun=军, Yong=勇, Jie=杰, Tao=涛, Ming=明, Chao=超, Gang=刚,
Jian=建, Hua=华, Hai=海, Bo=波, Bin=斌, Long=龙, Hao=浩, Guo2=国, Zhi=志, Dong=东,
Feng=峰, Peng=鹏, Xiao=小, Jin=金, Cheng=成, Kai=凯, Yu=宇, Fang=芳, Na=娜, Min=敏,
Jing=静, Li2=丽, Yan=燕, Juan=娟, Xiu=秀, Xia=霞, Hong=红, Mei=梅, Ling=玲, Xin=欣,
Hui=慧, Ping=萍, Yun=云, Lan=兰, Qing=青
""")

# Somali official orthography (Latin, but systematically different).
SOMALI = M("""
Mohamed=Maxamed, Ahmed=Axmed, Hassan=Xasan, Hussein=Xuseen, Abdirahman=Cabdiraxmaan,
Abdullahi=Cabdullaahi, Omar=Cumar, Ali=Cali, Farah=Faarax, Ismail=Ismaaciil, Yusuf=Yuusuf,
Osman=Cismaan, Ibrahim=Ibraahim, Abdi=Cabdi, Fadumo=Faadumo, Hodan=Xoodan,
Halima=Xaliimo, Sahra=Sahro, Amina=Aamina, Asha=Caasha, Abdikarim=Cabdikariim,
Abdiaziz=Cabdicasiis, Mahad=Maxad, Liban=Liibaan, Mukhtar=Mukhtaar, Guled=Guuleed,
Said=Saciid, Hawa=Xawo, Ayan=Ayaan, Ubah=Ubax, Ifrah=Ifraax, Hamza=Xamza, Khalid=Khaalid,
Bashir=Bashiir, Abdullah=Cabdullaahi, Mahmoud=Maxamuud, Nimco=Nimco, Idil=Idil,
Deeqa=Deeqa, Sagal=Sagal, Ladan=Ladan, Fartun=Fartuun, Hibo=Hibo, Mariam=Maryan
""")

# ---------------------------------------------------------------------------
# Names per nationality.  Lists are roughly in order of commonness; sampling is
# Zipf-like over list order, which produces many same-name different-person cases.
# ---------------------------------------------------------------------------
ARAB_M = L("""Mohammed, Ahmed, Ali, Omar, Abdullah, Ibrahim, Yusuf, Hassan, Hussein, Khalid,
Mustafa, Mahmoud, Ismail, Abdulrahman, Osman, Hamza, Bilal, Karim, Tariq, Saeed, Yahya,
Suleiman, Jamal, Nasser, Walid, Anas, Zakaria, Abbas, Haider, Ammar, Mohanad, Mazin, Faisal,
Majid, Rami, Samir, Ayman, Salah, Hamid, Bashir, Musa, Idris, Abdelaziz""")
ARAB_F = L("""Fatima, Mariam, Aisha, Zainab, Sara, Noor, Amina, Huda, Khadija, Asma, Hana, Reem,
Iman, Layla, Rania, Salma, Duaa, Zahra, Lina, Nada, Samah, Rana, Heba, Yasmin""")

KURD_M = L("""Rebwar, Karwan, Hawre, Shvan, Dilshad, Soran, Rekan, Aram, Baran, Zana, Hemin,
Diyar, Sherwan, Kawa, Saman, Zanyar, Rebin, Bryar, Hiwa, Dana, Ari, Alan, Ako, Sirwan, Hardi,
Peshraw, Halo, Hawkar, Sarkawt, Hogr, Mohammed, Ahmed, Ali, Omar""")
KURD_F = L("""Shilan, Nishtiman, Avin, Bafreen, Rojin, Dilan, Shno, Hana, Sozan, Tara, Lana,
Zhino, Kani, Roza, Berivan, Fatima, Mariam""")
KURD_S = L("""Ahmed, Mohammed, Rasul, Mahmood, Aziz, Omer, Qadir, Salih, Hama, Karim, Abdulla,
Hussein, Ali, Osman, Rashid, Khidir, Majeed, Faraj, Sabir, Jalal, Hassan, Ibrahim""")

NATS = {}

NATS["GBR"] = dict(
    weight=25.0, p_female=0.22, minor=0.55, uncertain=0.0, scheme="western", zipf=0.6,
    male=L("""Jack, Harry, Oliver, Charlie, James, Thomas, Daniel, Joshua, Connor, Callum, Kyle,
    Liam, Ryan, Jordan, Lewis, Jake, Bradley, Reece, Aaron, Ben, Luke, Nathan, Adam, Kieran,
    Dylan, Tyler, Jamie, Samuel, Alfie, Mason, Leon, Matthew, Michael, David, Paul, Mark, Lee,
    Craig, Darren, Stephen, Christopher, Andrew, John, Robert, Peter, Gary, Dean, Wayne,
    Jayden, Tyrese, Kai, Marcus, Mohammed, Alexander, William, Anthony, Joseph, Jacob""".replace("\n", " ")),
    female=L("""Chloe, Emily, Jessica, Lauren, Sophie, Amy, Megan, Hannah, Charlotte, Ellie,
    Olivia, Bethany, Rebecca, Shannon, Jade, Courtney, Leah, Holly, Katie, Georgia, Paige,
    Abigail, Grace, Lucy, Emma, Sarah, Laura, Gemma, Kelly, Nicola, Stacey, Amber, Jasmine,
    Molly, Mia, Chelsea, Danielle, Rachel, Lisa, Michelle, Tracey, Donna, Kayleigh, Natalie,
    Victoria, Samantha, Elizabeth, Stephanie, Jennifer"""),
    surnames=L("""Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson,
    Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis,
    Harris, Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore,
    Lee, King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Parker, Price,
    Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell,
    Shaw, Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh,
    Begum, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain,
    Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell,
    Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Reid, Macdonald, Mackenzie,
    O'Brien, Okafor, Mensah, Ahmed"""),
    p_middle=0.35, p_alias=0.30, script=None)

NATS["ALB"] = dict(
    weight=13.0, p_female=0.12, minor=0.30, uncertain=0.01, scheme="western", zipf=0.8,
    male=L("""Ardit, Arben, Artan, Besnik, Blerim, Dritan, Elvis, Endrit, Erion, Ervin, Fatjon,
    Florian, Gentian, Ilir, Klajdi, Kristian, Luan, Erjon, Klodian, Redon, Rei, Romeo, Sokol,
    Taulant, Xhuljo, Jurgen, Ergys, Fabjan, Armando, Aldo, Elton, Endri, Arlind, Bledi, Denis,
    Enea, Gerald, Klevis, Kevin, Andi, Altin, Agron, Bujar, Shkëlqim, Ndriçim, Mërgim, Lulzim"""),
    female=L("""Anxhela, Arjola, Blerina, Brunilda, Elona, Enkeleda, Entela, Ermira, Esmeralda,
    Fjorela, Jonida, Klea, Kristina, Rea, Megi, Xhesika, Alketa, Mirela, Ornela, Rovena, Sara,
    Anisa, Elisa, Klajdia, Erisa, Sidorela, Dorina, Ledia, Suela"""),
    surnames=L("""Hoxha, Shehu, Gjoni, Leka, Marku, Prifti, Dervishi, Kola, Dushku, Çela, Basha,
    Mema, Hysa, Gjoka, Doda, Lika, Kelmendi, Krasniqi, Berisha, Gashi, Shala, Hasani, Bajrami,
    Ahmeti, Mehmeti, Rama, Meta, Mustafa, Cani, Daci, Zeneli, Xhafa, Duka, Qosja, Muça, Tafa,
    Hysi, Kapllani, Beqiri, Lleshi, Palaj, Pllumi, Gjeka, Bregu, Nika, Sula, Ymeri, Alia, Kurti,
    Halili, Lala, Zhupa, Përmeti, Çuni, Koçi"""),
    p_middle=0.03, p_alias=0.05, script=None, diacritics=True)

VN_SUR = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
          ("Phan", 4.5), ("Vũ", 4), ("Võ", 3.5), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 1.5),
          ("Hồ", 1.5), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5)]
NATS["VNM"] = dict(
    weight=6.5, p_female=0.25, minor=0.40, uncertain=0.10, scheme="viet", zipf=1.0,
    male=L("""Anh, Hùng, Dũng, Tuấn, Nam, Long, Minh, Hải, Sơn, Quân, Huy, Phúc, Đức, Thành,
    Trung, Hoàng, Khánh, Việt, Cường, Thắng, Tâm, Tùng, Hiếu, Quang, Thịnh, Lâm, Toàn, Bình,
    Phong, Vũ"""),
    female=L("""Linh, Lan, Hương, Hoa, Mai, Ngọc, Trang, Thảo, Hằng, Nhung, Phương, Hạnh, Huyền,
    Thu, Dung, Yến, Nga, Anh, Vy, Trâm, Hà, Loan, Oanh, Quỳnh, Thủy"""),
    mid_m=[("Văn", 65), ("Đức", 8), ("Hữu", 6), ("Minh", 6), ("Quang", 5), ("Thanh", 4),
           ("Công", 3), ("Ngọc", 3)],
    mid_f=[("Thị", 80), ("Ngọc", 6), ("Thu", 4), ("Thanh", 4), ("Minh", 3), ("Hồng", 3)],
    script="viet", diacritics=True)

ER_M = L("""Yonas, Dawit, Samuel, Tesfaye, Haile, Berhane, Mehari, Tekle, Kidane, Yohannes,
Habtom, Filmon, Merhawi, Natnael, Robel, Abel, Aman, Senai, Mussie, Biniam, Efrem, Henok,
Isaias, Kibrom, Michael, Negasi, Tewelde, Amanuel, Daniel, Tsegay, Zerai, Abraham, Solomon,
Ghirmay, Measho, Tekie, Ermias, Eyob, Goitom, Hagos, Andom, Okbay, Asmerom, Russom, Fitsum""")
ER_FATHERS = ER_M + L("""Ghebremedhin, Tesfamariam, Weldemichael, Ghebreyesus, Teklehaimanot,
Habtemariam, Woldegiorgis, Kidanemariam""")
NATS["ERI"] = dict(
    weight=6.5, p_female=0.15, minor=0.35, uncertain=0.30, scheme="patronymic",
    male=ER_M, fathers=ER_FATHERS,
    female=L("""Helen, Senait, Selam, Saba, Yordanos, Winta, Mebrat, Luwam, Rahel, Feven, Semhar,
    Hiwet, Tsega, Elsa, Azieb, Freweini, Lidya, Segen, Ruta, Hanna, Eden, Nardos, Meron, Bisrat"""),
    family=None, p_family=0.0, script="geez")

NATS["ETH"] = dict(
    weight=2.0, p_female=0.30, minor=0.25, uncertain=0.15, scheme="patronymic",
    male=L("""Abebe, Alemu, Bekele, Girma, Getachew, Kebede, Tadesse, Mulugeta, Tesfaye, Worku,
    Desta, Assefa, Lemma, Tilahun, Dereje, Fikadu, Mekonnen, Yared, Abdi, Chala, Gemechu,
    Tolera, Biruk, Henok, Dawit, Yonas, Solomon, Haile, Ermias, Eyob, Nahom, Kaleb, Abel,
    Bereket, Mesfin, Tamirat, Habtamu, Endalkachew"""),
    female=L("""Tigist, Hiwot, Meseret, Almaz, Aster, Mahlet, Kidist, Tsion, Bethlehem,
    Selamawit, Helen, Mekdes, Rahel, Chaltu, Lensa, Obse, Genet, Eden, Hanna, Feven, Yeshi"""),
    family=None, p_family=0.0, script="geez")

SD_M = L("""Mohammed, Ahmed, Osman, Abdalla, Ibrahim, Adam, Ismail, Yousif, Hassan, Hussein,
Omer, Ali, Mustafa, Abdelrahman, Abdelaziz, Musa, Ishag, Yagoub, Haroun, Abakar, Idris,
Suliman, Salih, Elsadig, Babiker, Mohanad, Mujahid, Mutasim, Khalid, Bashir, Hamid, Yahya,
Abbas, Abdelkarim, Anas""")
NATS["SDN"] = dict(
    weight=5.5, p_female=0.05, minor=0.25, uncertain=0.35, scheme="patronymic",
    male=SD_M, fathers=SD_M + L("Elamin, Eltayeb, Elnour"),
    female=L("""Fatima, Amna, Hawa, Mariam, Khadija, Halima, Sara, Samah, Rania, Nafisa, Ikhlas,
    Aisha, Zainab, Huda, Salma, Iman, Asma, Hiba, Rawan, Duaa"""),
    family=L("Elsheikh, Elhassan, Eltayeb, Elamin, Elnour, Babiker, Abakar, Haroun, Ishag"),
    p_family=0.30, script="arabic")

SS_M = L("""Deng, Garang, Majok, Mabior, Akol, Ajak, Chol, Kuol, Malual, Bol, Lual, Mayen,
Manyang, Makuei, Gatluak, Ruot, Koang, Riek, Wal, Peter, John, James, Joseph, Gabriel,
Emmanuel, Simon, David, Santino""")
NATS["SSD"] = dict(
    weight=0.9, p_female=0.15, minor=0.25, uncertain=0.45, scheme="patronymic",
    male=SS_M, fathers=L("""Deng, Garang, Majok, Mabior, Akol, Ajak, Chol, Kuol, Malual, Bol,
    Lual, Mayen, Manyang, Makuei, Gatluak, Ruot, Koang, Riek, Wal"""),
    female=L("""Nyandeng, Achol, Abuk, Ayen, Nyakuma, Nyaboth, Akuol, Adut, Nyanut, Mary,
    Rebecca, Elizabeth, Grace, Sarah, Martha, Angelina"""),
    family=None, p_family=0.0, script=None)

SO_M = L("""Mohamed, Abdi, Ahmed, Ali, Hassan, Abdullahi, Abdirahman, Abdikarim, Omar, Yusuf,
Ibrahim, Ismail, Farah, Hussein, Osman, Mahad, Liban, Abdiaziz, Mukhtar, Guled, Hamza,
Bashir, Khalid, Said""")
NATS["SOM"] = dict(
    weight=0.9, p_female=0.30, minor=0.25, uncertain=0.35, scheme="patronymic",
    male=SO_M, fathers=SO_M,
    female=L("""Fadumo, Hodan, Amina, Sahra, Halima, Hawa, Ayan, Ubah, Nimco, Asha, Fartun, Hibo,
    Idil, Ifrah, Deeqa, Sagal, Ladan"""),
    family=None, p_family=0.0, script="somali")

NATS["AFG"] = dict(
    weight=4.5, p_female=0.05, minor=0.35, uncertain=0.45, scheme="afghan",
    male=L("""Ahmad, Mohammad, Ali, Hamid, Rahmatullah, Zabihullah, Naqibullah, Mirwais, Wahid,
    Farid, Jawad, Sami, Nasir, Najib, Shafiq, Ismail, Bilal, Rahim, Karim, Sohail, Zubair,
    Omid, Habib, Khalil, Samiullah, Hikmatullah, Ehsan, Jamshid, Noorullah, Asadullah,
    Hamidullah, Sayed, Mustafa, Hasibullah, Ajmal, Rashid, Fawad, Idrees, Yama, Gul"""),
    female=L("""Zahra, Fatima, Maryam, Parwana, Shabnam, Farzana, Nilofar, Mursal, Sahar, Roya,
    Zarghona, Malalai, Hasina, Nazanin, Laila, Sima, Sakina"""),
    surnames=L("""Ahmadzai, Popalzai, Barakzai, Noorzai, Stanikzai, Mohammadi, Rahimi, Karimi,
    Hakimi, Hashimi, Sadat, Hussaini, Jafari, Rezaei, Amiri, Noori, Safi, Wardak, Sultani,
    Nazari, Azizi, Haidari, Sharifi, Hotak, Khan, Shinwari, Mangal, Yousufzai"""),
    prefixes=L("Mohammad, Ahmad, Abdul, Gul, Sayed"), p_surname=0.55, script="persian")

NATS["IRN"] = dict(
    weight=3.2, p_female=0.10, minor=0.15, uncertain=0.08, scheme="western",
    groups=[
        (0.55, dict(
            male=L("""Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behzad, Omid,
            Arash, Babak, Dariush, Kian, Farhad, Hamed, Navid, Pouya, Sina, Milad, Ehsan, Morteza,
            Mostafa, Javad, Hadi, Peyman, Kaveh, Kamran, Shahram"""),
            female=L("""Fatemeh, Zahra, Maryam, Sara, Narges, Leila, Mahsa, Nasrin, Shirin, Parisa,
            Roya, Neda, Ziba, Azadeh, Elham, Samira, Mina"""),
            surnames=L("""Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi,
            Hashemi, Mousavi, Ghasemi, Rostami, Sadeghi, Kazemi, Heidari, Ebrahimi, Salehi,
            Azizi, Amini, Bagheri, Nazari, Sharifi, Akbari, Ranjbar"""),
            script="persian")),
        (0.45, dict(male=KURD_M, female=KURD_F,
                    surnames=L("""Ahmadi, Rasuli, Mahmoudi, Karimi, Zandi, Moradi, Rahimi,
                    Azizi, Amini, Salehi, Hosseini, Mohammadi, Rostami"""), script=None)),
    ],
    p_middle=0.02, p_alias=0.02)

NATS["IRQ"] = dict(
    weight=3.2, p_female=0.08, minor=0.20, uncertain=0.10, scheme="arabic",
    groups=[
        (0.45, dict(male=ARAB_M + L("Jassim, Kadhim, Jabbar, Salman, Mahdi"), female=ARAB_F,
                    surnames=L("""Al-Jubouri, Al-Obaidi, Al-Tamimi, Al-Dulaimi, Al-Saadi,
                    Al-Shammari, Al-Zubaidi, Al-Khafaji, Al-Maliki, Al-Rubaie, Hussein, Kareem,
                    Abdullah, Jassim, Hamad, Kadhim, Abbas, Jabbar, Salman, Mahdi"""),
                    script="arabic")),
        (0.55, dict(male=KURD_M, female=KURD_F, surnames=KURD_S, script=None)),
    ])

NATS["SYR"] = dict(
    weight=1.2, p_female=0.10, minor=0.20, uncertain=0.10, scheme="arabic",
    groups=[
        (0.7, dict(male=ARAB_M + L("Yaser, Hussam, Ghaith, Obada, Alaa, Firas, Ziad, Khalil"),
                   female=ARAB_F,
                   surnames=L("""Al-Ahmad, Al-Hasan, Al-Khalil, Hamdan, Darwish, Haddad, Khoury,
                   Al-Ali, Al-Hussein, Kassem, Mansour, Suleiman, Shami, Othman, Hamoud,
                   Al-Mohammad, Al-Abdullah, Al-Hamoud, Sabbagh, Halabi, Masri, Najjar"""),
                   script="arabic")),
        (0.3, dict(male=KURD_M, female=KURD_F, surnames=KURD_S, script=None)),
    ])

NATS["EGY"] = dict(
    weight=1.6, p_female=0.05, minor=0.25, uncertain=0.05, scheme="arabic",
    male=L("""Mohamed, Ahmed, Mahmoud, Mostafa, Ali, Omar, Youssef, Karim, Hassan, Ibrahim, Amr,
    Tarek, Khaled, Islam, Abdelrahman, Hossam, Sherif, Waleed, Ayman, Mina, Beshoy"""),
    female=L("""Fatma, Mariam, Nour, Sara, Aya, Yasmin, Heba, Mona, Dina, Rania, Salma, Shaimaa,
    Esraa, Marwa"""),
    surnames=L("""Mohamed, Ahmed, Hassan, Ali, Ibrahim, Mahmoud, Mostafa, Abdelfattah, Elsayed,
    Soliman, Fathy, Gamal, Hamdy, Ramadan, Saad, Farouk, Abdelaziz, Salem, Kamal, Tawfik, Nabil,
    Shehata"""),
    script="arabic")

NATS["KWT"] = dict(
    weight=1.0, p_female=0.10, minor=0.15, uncertain=0.15, scheme="arabic", bidoon=0.6,
    male=L("""Mohammed, Abdullah, Fahad, Khalid, Saad, Nasser, Faisal, Sultan, Hamad, Mubarak,
    Ali, Ahmad, Yousef, Bader, Talal, Mishari, Turki, Nawaf"""),
    female=L("Fatima, Noura, Maha, Hessa, Reem, Sara, Dana, Shaikha, Latifa, Aisha, Mariam"),
    surnames=L("""Al-Enezi, Al-Shammari, Al-Mutairi, Al-Dhafiri, Al-Rashidi, Al-Ajmi, Al-Harbi,
    Al-Azmi, Al-Otaibi, Al-Fadhli"""),
    script="arabic")

NATS["ROU"] = dict(
    weight=2.6, p_female=0.45, minor=0.12, uncertain=0.01, scheme="western",
    male=L("""Ion, Andrei, Alexandru, Mihai, Gheorghe, Florin, Marius, Adrian, Constantin, Ionuț,
    Cristian, Daniel, Vasile, Nicolae, Ștefan, Bogdan, Răzvan, Cătălin, Gabriel, Costel,
    Dumitru, Petru, Sorin, Valentin, Lucian, Ciprian, Vlad, Dragoș, Ovidiu, Iulian"""),
    female=L("""Maria, Elena, Ioana, Andreea, Mihaela, Ana, Alexandra, Cristina, Gabriela,
    Florentina, Daniela, Nicoleta, Roxana, Georgiana, Alina, Ramona, Mădălina, Larisa, Denisa,
    Bianca, Claudia, Adriana, Raluca"""),
    surnames=L("""Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei,
    Ciobanu, Rusu, Munteanu, Constantin, Șerban, Moldovan, Lazăr, Florea, Dinu, Tudor, Mihai,
    Marin, Ene, Toma, Dobre, Barbu, Nistor, Ilie, Lungu, Preda, Ursu, Stanciu, Zamfir, Vasile,
    Sandu, Cristea, Badea, Manea, Rotaru, Crăciun, Moraru, Lupu, Neagu, Cojocaru, Stănescu,
    Nedelcu, Tănase, Grigore"""),
    p_middle=0.10, p_alias=0.10, script=None, diacritics=True)

NATS["POL"] = dict(
    weight=1.2, p_female=0.30, minor=0.05, uncertain=0.0, scheme="western",
    male=L("""Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Marcin, Michał, Jakub, Grzegorz, Łukasz,
    Mariusz, Adam, Dariusz, Marek, Wojciech, Kamil, Rafał, Sebastian, Robert, Zbigniew, Jan,
    Stanisław, Tadeusz, Jerzy, Mateusz, Damian, Artur, Sławomir, Przemysław, Dawid"""),
    female=L("""Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Magdalena, Joanna,
    Aleksandra, Monika, Justyna, Beata, Dorota, Karolina, Paulina, Marta, Weronika, Sylwia"""),
    surnames=L("""Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski,
    Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski,
    Krawczyk, Piotrowski, Grabowski, Nowakowski, Pawłowski, Michalski, Nowicki, Adamczyk,
    Dudek, Zając, Wieczorek, Jabłoński, Król, Majewski, Olszewski, Jaworski, Wróbel,
    Malinowski, Pawlak, Witkowski, Walczak, Stępień, Górski, Rutkowski, Michalak, Sikora,
    Ostrowski, Baran, Duda, Szewczyk"""),
    p_middle=0.05, p_alias=0.15, script=None, diacritics=True, fem_surname="pl")

NATS["BGR"] = dict(
    weight=0.6, p_female=0.35, minor=0.10, uncertain=0.01, scheme="western",
    male=L("""Georgi, Ivan, Dimitar, Nikolay, Petar, Hristo, Stoyan, Todor, Angel, Iliya,
    Krasimir, Stefan, Vasil, Yordan, Asen, Kiril, Emil, Plamen"""),
    female=L("""Maria, Ivana, Elena, Desislava, Gergana, Petya, Yana, Nadezhda, Silviya, Teodora,
    Radostina, Tsvetelina"""),
    surnames=L("""Ivanov, Georgiev, Dimitrov, Petrov, Nikolov, Hristov, Stoyanov, Todorov, Iliev,
    Vasilev, Atanasov, Petkov, Angelov, Yordanov, Kolev, Marinov, Popov, Stefanov, Mihaylov,
    Kostov"""),
    p_middle=0.0, p_alias=0.03, script="cyrillic", fem_surname="bg")

NATS["UKR"] = dict(
    weight=0.5, p_female=0.55, minor=0.10, uncertain=0.0, scheme="western",
    male=L("""Oleksandr, Andriy, Dmytro, Serhiy, Volodymyr, Mykola, Vasyl, Yuriy, Oleh, Taras,
    Bohdan, Maksym, Artem"""),
    female=L("""Olena, Nataliia, Iryna, Oksana, Tetiana, Yulia, Anastasiia, Kateryna, Mariia,
    Viktoriia"""),
    surnames=L("""Shevchenko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Boyko, Melnyk, Koval,
    Oliynyk, Lysenko, Marchenko, Savchenko, Rudenko, Moroz, Polishchuk"""),
    p_middle=0.0, p_alias=0.10, script="cyrillic")

NATS["NGA"] = dict(
    weight=2.6, p_female=0.70, minor=0.10, uncertain=0.08, scheme="western",
    male=L("""Chinedu, Emeka, Oluwaseun, Tunde, Babatunde, Ifeanyi, Chukwuemeka, Adebayo,
    Olumide, Segun, Uche, Obinna, Kelechi, Samuel, Daniel, David, Emmanuel, Joseph, Godwin,
    Friday, Sunday, Ibrahim, Musa, Abubakar, Usman, Yusuf, Osagie, Osaze, Efosa, Osaro, Ehis"""),
    female=L("""Blessing, Joy, Precious, Grace, Mercy, Favour, Esther, Gift, Patience, Faith,
    Chioma, Ngozi, Adaeze, Funmilayo, Folake, Aisha, Osas, Efe, Ivie, Osarumen, Princess,
    Comfort, Success, Peace"""),
    surnames=L("""Okafor, Okonkwo, Eze, Obi, Nwosu, Okeke, Adeyemi, Adebayo, Ogunleye, Olawale,
    Balogun, Bello, Ibrahim, Abubakar, Mohammed, Osagie, Omoregie, Igbinedion, Osayande, Aigbe,
    Eghosa, Ehigiator, Uwaifo, Edokpolo, Obaseki, Okoro, Nwachukwu, Chukwu, Akpan, Udoh, Etim,
    Effiong, Ogbonna, Ojo, Akinola, Adewale"""),
    aliases=L("""Chukwuemeka, Oluwaseun, Adaeze, Osarumen, Osaretin, Eghosa, Ifeoma, Nneka,
    Uchenna, Chiamaka, Oluwadamilola, Temitope, Adebola, Omosede, Itohan"""),
    p_middle=0.25, p_alias=0.30, script=None)

NATS["GHA"] = dict(
    weight=1.0, p_female=0.45, minor=0.10, uncertain=0.05, scheme="western",
    male=L("""Kwame, Kofi, Kwaku, Yaw, Kwabena, Kwasi, Kojo, Kwesi, Emmanuel, Samuel, Isaac,
    Prince, Richard, Ebenezer, Michael"""),
    female=L("""Akosua, Ama, Abena, Efua, Adwoa, Yaa, Afua, Akua, Esi, Grace, Comfort, Gifty,
    Mercy, Priscilla, Abigail, Vida, Linda"""),
    surnames=L("""Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Ofori, Amoah, Addo, Adjei,
    Antwi, Danquah, Kyei, Acheampong, Darko, Frimpong, Gyamfi, Ansah, Boakye, Opoku, Sarpong,
    Tetteh, Quaye, Annan, Badu"""),
    p_middle=0.25, p_alias=0.20, script=None)

NATS["IND"] = dict(
    weight=3.0, p_female=0.30, minor=0.03, uncertain=0.03, scheme="indian", p_sikh=0.35,
    male=L("""Rahul, Amit, Rajesh, Sunil, Sanjay, Vikram, Arjun, Ravi, Suresh, Manoj, Deepak,
    Ajay, Vijay, Anil, Ramesh, Mohan, Prakash, Jijo, Biju, Shibu"""),
    female=L("""Priya, Pooja, Anjali, Sunita, Kavita, Neha, Deepika, Lakshmi, Rekha, Geeta,
    Anita, Divya, Reshma, Bindu, Soumya"""),
    sikh_m=L("""Harpreet, Gurpreet, Mandeep, Jaswinder, Sukhwinder, Kuldeep, Baljit, Ranjit,
    Satnam, Harjit, Amarjit, Manjit"""),
    sikh_f=L("Manpreet, Harjit, Jaspreet, Simran, Harpreet, Gurpreet, Navdeep, Kiranjit"),
    surnames=L("""Kumar, Sharma, Patel, Gupta, Verma, Yadav, Reddy, Nair, Das, Shah, Mehta, Joshi,
    Chauhan, Rao, Pillai, Mishra, Pandey, Thakur, Thomas, Joseph, George, Varghese"""),
    sikh_family=L("""Gill, Sandhu, Sidhu, Dhillon, Grewal, Sohal, Bains, Johal, Randhawa,
    Sekhon"""),
    p_middle=0.10, p_alias=0.03, script=None)

NATS["CHN"] = dict(
    weight=1.6, p_female=0.55, minor=0.05, uncertain=0.03, scheme="chinese",
    sur=[("Lin", 10), ("Chen", 12), ("Zheng", 6), ("Huang", 6), ("Wang", 8), ("Li", 8),
         ("Zhang", 7), ("Liu", 5), ("Yang", 3), ("Zhao", 2), ("Wu", 3), ("Zhou", 2), ("Xu", 2),
         ("Sun", 1), ("Ma", 1), ("Zhu", 1), ("Hu", 1), ("Guo", 1.5), ("He", 1.5), ("Gao", 1),
         ("Luo", 1)],
    syl_m=L("""Wei, Qiang, Lei, Jun, Yong, Jie, Tao, Ming, Chao, Gang, Jian, Hua, Hai, Bo, Bin,
    Long, Hao, Guo2, Zhi, Dong, Feng, Peng, Xiao, Jin, Cheng, Kai, Yu"""),
    syl_f=L("""Fang, Na, Min, Jing, Li2, Yan, Juan, Xiu, Xia, Hong, Mei, Ling, Xin, Hui, Ping,
    Yun, Lan, Qing, Hua, Xiao"""),
    aliases_m=L("Kevin, Jack, Tony, David, Peter, Michael, Jason"),
    aliases_f=L("Lily, Amy, Linda, Cindy, Jenny, Coco, Vivian, Sunny, Alice"),
    p_alias=0.20, script="han")

NATS["PAK"] = dict(
    weight=1.6, p_female=0.15, minor=0.10, uncertain=0.05, scheme="southasian",
    male=L("""Ali, Ahmed, Hassan, Usman, Bilal, Imran, Asif, Kashif, Tariq, Zubair, Faisal,
    Adnan, Waqas, Shahid, Naveed, Irfan, Kamran, Rizwan, Umar, Hamza, Zeeshan, Sajid, Nadeem,
    Junaid, Fahad, Arslan"""),
    female=L("""Ayesha, Fatima, Sana, Maryam, Hina, Amna, Saima, Nadia, Rabia, Samina, Bushra,
    Iqra, Noreen, Shazia, Kiran, Zainab"""),
    surnames=L("""Khan, Ahmed, Ali, Hussain, Shah, Malik, Butt, Iqbal, Raza, Akhtar, Mahmood,
    Qureshi, Chaudhry, Javed, Aslam, Anwar, Rehman, Sheikh, Abbasi, Mirza, Baig, Rana, Riaz"""),
    fem_surnames=L("Bibi, Begum, Akhtar, Khan"),
    prefix_m="Muhammad", p_prefix=0.35, script=None)

NATS["BGD"] = dict(
    weight=1.6, p_female=0.20, minor=0.05, uncertain=0.05, scheme="southasian",
    male=L("""Rahim, Karim, Hasan, Hossain, Rafiq, Shafiq, Jahid, Sohel, Rasel, Shahin, Mamun,
    Kamal, Jamal, Babul, Faruk, Masud, Alamgir, Monir, Rubel, Sumon, Shipon, Ripon, Abdul"""),
    female=L("""Fatema, Nasrin, Shirin, Rokeya, Salma, Sumaiya, Taslima, Rahima, Jannat, Sharmin,
    Ayesha, Rina, Shapla"""),
    surnames=L("""Rahman, Hossain, Islam, Uddin, Ahmed, Khan, Miah, Ali, Chowdhury, Sarkar, Das,
    Alam, Haque, Sheikh, Molla, Bhuiyan, Talukder"""),
    fem_surnames=L("Begum, Akter, Khatun"),
    prefix_m="Md", prefix_f="Mst", p_prefix=0.45, script=None)

NATS["PHL"] = dict(
    weight=0.8, p_female=0.75, minor=0.02, uncertain=0.01, scheme="western",
    male=L("Jose, Juan, Mark, John Paul, Christian, Jerome, Rommel, Jun, Ramon, Arnel"),
    female=L("""Maria, Jocelyn, Marilyn, Rowena, Grace, Maricel, Joy, Mary Grace, Jennifer,
    Analyn, Cristina, Rosalie, Lorna, Marites"""),
    surnames=L("""Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Dela Cruz, Del Rosario, Ramos,
    Aquino, Gonzales, Villanueva, Castillo, Fernandez, Flores"""),
    p_middle=0.30, p_alias=0.05, script=None)

# Nationality rendering info: names, demonyms, iso2
NATINFO = {
    "GBR": (["United Kingdom", "UK", "Great Britain", "England"], ["British", "English"], "GB"),
    "ALB": (["Albania"], ["Albanian"], "AL"),
    "VNM": (["Vietnam", "Viet Nam"], ["Vietnamese"], "VN"),
    "ERI": (["Eritrea"], ["Eritrean"], "ER"),
    "SDN": (["Sudan"], ["Sudanese"], "SD"),
    "AFG": (["Afghanistan"], ["Afghan", "Afghani"], "AF"),
    "IRN": (["Iran", "Iran, Islamic Republic of", "Iran (Islamic Republic of)"], ["Iranian"], "IR"),
    "IRQ": (["Iraq"], ["Iraqi"], "IQ"),
    "ROU": (["Romania"], ["Romanian"], "RO"),
    "NGA": (["Nigeria"], ["Nigerian"], "NG"),
    "IND": (["India"], ["Indian"], "IN"),
    "CHN": (["China", "China, People's Republic of", "PRC"], ["Chinese"], "CN"),
    "POL": (["Poland"], ["Polish"], "PL"),
    "ETH": (["Ethiopia"], ["Ethiopian"], "ET"),
    "SYR": (["Syria", "Syrian Arab Republic"], ["Syrian"], "SY"),
    "EGY": (["Egypt"], ["Egyptian"], "EG"),
    "PAK": (["Pakistan"], ["Pakistani"], "PK"),
    "BGD": (["Bangladesh"], ["Bangladeshi"], "BD"),
    "GHA": (["Ghana"], ["Ghanaian", "Ghanian"], "GH"),
    "KWT": (["Kuwait"], ["Kuwaiti"], "KW"),
    "SOM": (["Somalia"], ["Somali", "Somalian"], "SO"),
    "SSD": (["South Sudan"], ["South Sudanese"], "SS"),
    "BGR": (["Bulgaria"], ["Bulgarian"], "BG"),
    "UKR": (["Ukraine"], ["Ukrainian"], "UA"),
    "PHL": (["Philippines", "The Philippines"], ["Filipino", "Filipina"], "PH"),
    "TCD": (["Chad"], ["Chadian"], "TD"),
    "XKX": (["Kosovo"], ["Kosovan", "Kosovar"], "XK"),
    "MDA": (["Moldova", "Moldova, Republic of"], ["Moldovan"], "MD"),
    "RUS": (["Russia", "Russian Federation"], ["Russian"], "RU"),
    "KEN": (["Kenya"], ["Kenyan"], "KE"),
    "IRL": (["Ireland"], ["Irish"], "IE"),
    "XXA": (["Stateless"], ["Stateless", "Bidoon"], "XX"),
    "LTU": (["Lithuania"], ["Lithuanian"], "LT"),
}

CONFUSE = {
    "ERI": ["ETH"], "ETH": ["ERI", "SOM"], "SDN": ["SSD", "TCD"], "SSD": ["SDN"],
    "AFG": ["IRN", "PAK"], "IRN": ["AFG", "IRQ"], "IRQ": ["IRN", "SYR", "KWT"],
    "SYR": ["IRQ"], "KWT": ["IRQ", "XXA"], "VNM": ["CHN"], "CHN": ["VNM"], "ALB": ["XKX"],
    "ROU": ["MDA", "BGR"], "BGR": ["ROU"], "UKR": ["RUS"], "POL": ["LTU"],
    "PAK": ["IND", "AFG"], "IND": ["PAK", "BGD"], "BGD": ["IND"], "NGA": ["GHA"],
    "GHA": ["NGA"], "SOM": ["ETH", "KEN"], "EGY": ["SDN"], "GBR": ["IRL"], "PHL": ["CHN"],
}


# ---------------------------------------------------------------------------
# Source organisations: each has its own formatting habits and noise rates.
# ---------------------------------------------------------------------------
def _src(name, w, **kw):
    d = dict(name=name, w=w, kind="ngo", date="dmy_slash", time=0.0, nat="name", sex="MF",
             case={"title": 1.0}, typo=0.04, variant=0.30, script=0.0, diac=0.05, swap=0.05,
             single=0.03, dob_missing=0.10, dob_est=0.08, dob_tr=0.03, dob_digit=0.02,
             dob_year=0.02, sex_missing=0.04, sex_wrong=0.005, nat_missing=0.05,
             nat_confuse=0.02, addr=0.15, fill={"": 1.0}, sex_na=[""], nat_na=[""],
             anon=0.03, abbrev=0.3)
    d.update(kw)
    return d


SOURCES = [
    _src("MET_POLICE", 10, kind="police", date="dmy_slash", nat="name", sex="MF",
         case={"title": .75, "upper_sur": .20, "lower": .05}, typo=.04, variant=.30,
         swap=.05, single=.02, dob_missing=.10, dob_est=.07, dob_tr=.03, dob_digit=.02,
         dob_year=.02, sex_missing=.04, nat_missing=.05, addr=.10, nat_na=["", "Unknown"],
         anon=.04),
    _src("REGIONAL_POLICE", 10, kind="police", date="dmy_dash", time=.20, nat="demonym",
         sex="MaleFemale", case={"title": .60, "upper": .35, "lower": .05}, typo=.05,
         variant=.30, swap=.06, single=.03, dob_missing=.12, dob_est=.06, dob_tr=.04,
         dob_digit=.03, dob_year=.01, sex_missing=.05, nat_missing=.08, addr=.12,
         fill={"": .7, "UNKNOWN": .3}, nat_na=["", "Not known"], anon=.04),
    _src("POLICE_SCOTLAND", 3, kind="police", date="dmyy", nat="NAME", sex="MF",
         case={"upper": .9, "title": .1}, typo=.03, variant=.30, dob_missing=.08,
         dob_est=.06, dob_tr=.02, dob_digit=.02, dob_year=.01, sex_missing=.02,
         nat_missing=.04, addr=.15, anon=.04),
    _src("HO_UKVI", 18, kind="ho", date="iso", nat="iso3", sex="MALEFEMALE",
         case={"upper": .85, "upper_sur": .15}, typo=.02, variant=.40, script=.02, diac=0.0,
         swap=.08, single=.05, dob_missing=.03, dob_est=.20, dob_tr=.02, dob_digit=.01,
         dob_year=.01, sex_missing=.01, nat_missing=.02, nat_confuse=.03, addr=.15,
         fill={"": .3, "UNKNOWN": .3, "REPEAT": .4}, sex_na=["", "UNKNOWN"],
         nat_na=["", "XXX"], anon=.015, abbrev=.6),
    _src("HO_BORDER_FORCE", 7, kind="ho", date="dMONy", nat="iso3", sex="MF",
         case={"upper": 1.0}, typo=.05, variant=.45, swap=.12, single=.06, dob_missing=.08,
         dob_est=.25, dob_tr=.03, dob_digit=.02, dob_year=.03, sex_missing=.02,
         nat_missing=.06, nat_confuse=.05, addr=.02, fill={"UNKNOWN": .5, "": .2, "REPEAT": .3},
         nat_na=["", "XXX", "UNK"], anon=.04),
    _src("LOCAL_AUTHORITY", 16, kind="la", date="dmony", nat="demonym", sex="MaleFemale",
         case={"title": .85, "upper_sur": .10, "lower": .05}, typo=.03, variant=.25,
         script=.03, diac=.15, swap=.04, single=.03, dob_missing=.06, dob_est=.08,
         dob_tr=.02, dob_digit=.02, dob_year=.01, sex_missing=.12, nat_missing=.08,
         addr=.30, sex_na=["", "Not known"], nat_na=["", "Not known", "Not recorded"],
         anon=.02),
    _src("SALVATION_ARMY", 12, kind="ngo", date="dmy_nolead", nat="name", sex="MaleFemale",
         case={"title": .90, "lower": .10}, typo=.05, variant=.35, script=.18, diac=.40,
         swap=.06, single=.04, dob_missing=.12, dob_est=.12, dob_tr=.03, dob_digit=.03,
         dob_year=.03, sex_missing=.03, nat_missing=.05, nat_confuse=.03, addr=.40,
         nat_na=["", "Unknown"], anon=.03),
    _src("BARNARDOS", 5, kind="ngo", date="dmy_dot", nat="demonym", sex="mf",
         case={"title": .60, "lower": .30, "upper": .10}, typo=.06, variant=.30, script=.06,
         diac=.20, swap=.05, single=.04, dob_missing=.07, dob_est=.10, dob_tr=.03,
         dob_digit=.03, dob_year=.02, sex_missing=.06, nat_missing=.06, addr=.30, anon=.02),
    _src("MIGRANT_HELP", 6, kind="ngo", date="ymd_compact", nat="NAME", sex="MF",
         case={"upper_sur": .70, "title": .30}, typo=.04, variant=.35, script=.12, diac=.30,
         swap=.07, single=.04, dob_missing=.10, dob_est=.15, dob_tr=.02, dob_digit=.02,
         dob_year=.04, sex_missing=.04, nat_missing=.05, addr=.25, anon=.03),
    _src("HESTIA_NGO", 5, kind="ngo", date="mixed", nat="mixed", sex="mixed",
         case={"title": .70, "upper": .15, "lower": .15}, typo=.07, variant=.35, script=.08,
         diac=.30, swap=.08, single=.05, dob_missing=.15, dob_est=.10, dob_tr=.05,
         dob_digit=.04, dob_year=.03, sex_missing=.10, nat_missing=.10, addr=.35,
         sex_na=["", "Unknown", "Prefer not to say"], nat_na=["", "Unknown"], anon=.04),
]

# how strongly each nationality's people get their name written in own script
SCRIPT_AFFINITY = {"SDN": 1.0, "IRQ": 0.7, "SYR": 0.7, "EGY": 0.5, "KWT": 0.5, "ERI": 1.0,
                   "ETH": 0.7, "BGR": 1.0, "UKR": 1.0, "CHN": 1.0, "VNM": 3.0, "SOM": 2.0,
                   "AFG": 0.7, "IRN": 0.7}
# how often a nationality's names get a different spelling (relative)
VARIANT_MULT = {"CHN": 0.3, "GBR": 0.4, "POL": 0.5, "ROU": 0.6, "BGR": 1.0, "UKR": 1.0}

MONTHS = L("Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec")

# ---------------------------------------------------------------------------
# Addresses (invented supported accommodation in real UK towns; fake street
# numbers / postcode sectors).
# ---------------------------------------------------------------------------
TOWNS = [("Birmingham", "B", range(1, 46)), ("Manchester", "M", range(1, 41)),
         ("Liverpool", "L", range(1, 39)), ("Leeds", "LS", range(1, 30)),
         ("Bradford", "BD", range(1, 23)), ("Glasgow", "G", range(1, 54)),
         ("Cardiff", "CF", [3, 5, 10, 11, 14, 23, 24]), ("Newcastle upon Tyne", "NE", range(1, 16)),
         ("Sheffield", "S", range(1, 15)), ("Nottingham", "NG", range(1, 12)),
         ("Leicester", "LE", range(1, 6)), ("London", "E", range(1, 19)),
         ("London", "N", range(1, 23)), ("London", "SE", range(1, 29)),
         ("London", "SW", range(1, 21)), ("London", "NW", range(1, 12)),
         ("Coventry", "CV", range(1, 7)), ("Bristol", "BS", range(1, 17)),
         ("Hull", "HU", range(1, 10)), ("Stoke-on-Trent", "ST", range(1, 7)),
         ("Middlesbrough", "TS", range(1, 6)), ("Derby", "DE", [1, 21, 22, 23, 24]),
         ("Wolverhampton", "WV", range(1, 15)), ("Southampton", "SO", range(14, 20)),
         ("Plymouth", "PL", range(1, 8)), ("Swansea", "SA", range(1, 7)),
         ("Belfast", "BT", range(1, 18)), ("Edinburgh", "EH", range(1, 18)),
         ("Croydon", "CR", range(0, 9)), ("Luton", "LU", range(1, 5)),
         ("Peterborough", "PE", range(1, 5)), ("Sunderland", "SR", range(1, 7)),
         ("Bolton", "BL", range(1, 5)), ("Oldham", "OL", range(1, 10)),
         ("Huddersfield", "HD", range(1, 6)), ("Doncaster", "DN", range(1, 6)),
         ("Northampton", "NN", range(1, 6)), ("Reading", "RG", range(1, 7)),
         ("Portsmouth", "PO", range(1, 7)), ("Norwich", "NR", range(1, 8))]
STREETS = L("""Victoria, Station, Church, Park, Albert, Queens, Kings, Alexandra, Grange, Manor,
Mill, Chapel, Oak, Elm, Beech, Willow, Cedar, Springfield, Highfield, Windsor, York, Clarence,
Stanley, Milton, Granville, Hawthorn, Ash, Sycamore, Orchard, Meadow, Brook, Mount, Hill,
Cromwell, Nelson, Wellington, Belmont, Richmond, Lansdowne, Beaconsfield, Claremont, Trinity""")
STYPES = [("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Lane", "Ln"), ("Close", "Cl"),
          ("Grove", "Gr"), ("Terrace", "Terr"), ("Drive", "Dr"), ("Crescent", "Cres")]
BUILDINGS = L("""Kingsley House, Hope House, Riverside Court, Grange Hotel, Park View Hotel,
Station Hotel, Beacon House, Haven Lodge, Oak Lodge, Victoria Court, Albion House, Phoenix
House, Carlton Hotel, Abbey Court, Mill House, St Anne's House, Harbour Lodge""")
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_address_pool(rng, n):
    pool = []
    for _ in range(n):
        town, area, districts = TOWNS[min(int(rng.paretovariate(0.9)) - 1, len(TOWNS) - 1)
                                      if rng.random() < 0.6 else rng.randrange(len(TOWNS))]
        district = rng.choice(list(districts))
        pc = "%s%d %d%s%s" % (area, district, rng.randrange(1, 10), rng.choice(PC_LETTERS),
                              rng.choice(PC_LETTERS))
        kind = rng.random()
        a = dict(town=town, postcode=pc, number=rng.randrange(1, 240),
                 street=rng.choice(STREETS), stype=rng.choice(STYPES), flat=None, building=None)
        if kind < 0.25:
            a["building"] = rng.choice(BUILDINGS)
        elif kind < 0.55:
            a["flat"] = rng.randrange(1, 30)
        pool.append(a)
    return pool


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
_CW = {}


def zipf(rng, items, s=0.9):
    key = (id(items), s)
    cw = _CW.get(key)
    if cw is None:
        tot, cw = 0.0, []
        for i in range(len(items)):
            tot += 1.0 / (i + 1) ** s
            cw.append(tot)
        _CW[key] = cw
    return items[bisect.bisect_left(cw, rng.random() * cw[-1])]


def wpick(rng, pairs):
    """pairs: list of (item, weight) or dict item->weight."""
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def strip_diacritics(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def is_latin(s):
    for c in s:
        if c.isalpha() and ord(c) > 0x24F and not (0x1E00 <= ord(c) <= 0x1EFF):
            return False
    return True


KEYROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGH = {}
for _r, _row in enumerate(KEYROWS):
    for _i, _c in enumerate(_row):
        nb = []
        if _i > 0:
            nb.append(_row[_i - 1])
        if _i < len(_row) - 1:
            nb.append(_row[_i + 1])
        for _rr in (_r - 1, _r + 1):
            if 0 <= _rr < 3:
                for _j in (_i - 1, _i, _i + 1):
                    if 0 <= _j < len(KEYROWS[_rr]):
                        nb.append(KEYROWS[_rr][_j])
        NEIGH[_c] = nb
PHONETIC_SUB = {"i": "ey", "e": "ai", "a": "e", "o": "u", "u": "o", "y": "i", "k": "c",
                "c": "k", "s": "z", "z": "s", "f": "ph", "j": "g", "g": "j", "w": "v",
                "v": "w", "q": "k", "x": "ks"}


def typo(rng, s, latin=True):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s
    ops = ["drop", "double", "swap", "sub", "ins"] if latin else ["drop", "double", "swap"]
    op = rng.choice(ops)
    i = rng.choice(idx[1:]) if rng.random() < 0.85 else idx[0]
    c = s[i]
    if op == "drop":
        return s[:i] + s[i + 1:]
    if op == "double":
        return s[:i] + c + s[i:]
    if op == "swap":
        j = i + 1 if i + 1 < len(s) and s[i + 1].isalpha() else i - 1
        if j < 0 or not s[j].isalpha():
            return s[:i] + s[i + 1:]
        a, b = min(i, j), max(i, j)
        return s[:a] + s[b] + s[a] + s[b + 1:]
    low = c.lower()
    if op == "sub":
        if rng.random() < 0.5 and low in PHONETIC_SUB:
            r = PHONETIC_SUB[low]
        else:
            r = rng.choice(NEIGH.get(low, ["e"]))
        if c.isupper():
            r = r[0].upper() + r[1:]
        return s[:i] + r + s[i + 1:]
    # insert a neighbouring key
    r = rng.choice(NEIGH.get(low, ["e"]))
    return s[:i] + r + s[i:]


COMPOUND_PREFIXES = L("""Ghebre, Gebre, Habte, Tesfa, Welde, Wolde, Tekle, Kidane, Haile, Abdel,
Abdul, Abdi, Abdu, Noor, Nur, Gul, Mohammad, Mohammed""")
PREFIX_STYLES = [("Al-", .45), ("Al ", .20), ("Al", .15), ("El-", .07), ("El ", .03), ("", .10)]


def variants(tok, nat):
    g = GROUP_NAT.get(nat, {}).get(tok)
    if g is None:
        g = GROUP.get(tok)
    return g or [tok]


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
def fem_surname(sur, kind):
    if kind == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if sur.endswith(a):
                return sur[:-len(a)] + b
    if kind == "bg" and sur.endswith("v"):
        return sur + "a"
    return sur


def pick_group(rng, nd):
    if "groups" in nd:
        g = wpick(rng, [(g, w) for w, g in nd["groups"]])
        merged = dict(nd)
        merged.update(g)
        return merged
    return nd


def new_given(rng, nd, sex, scheme, avoid=()):
    for _ in range(30):
        if scheme == "chinese":
            syl = nd["syl_f"] if sex == "F" else nd["syl_m"]
            g = (zipf(rng, syl, 0.6),) if rng.random() < 0.3 else \
                (zipf(rng, syl, 0.6), zipf(rng, syl, 0.6))
            g = [g]
        elif scheme == "indian" and nd.get("_sikh"):
            g = [zipf(rng, nd["sikh_f"] if sex == "F" else nd["sikh_m"])]
        else:
            g = [zipf(rng, nd["female"] if sex == "F" else nd["male"], nd.get("zipf", 0.9))]
            if scheme == "afghan" and sex == "M" and rng.random() < 0.25:
                pre = rng.choice(nd["prefixes"])
                if pre != g[0]:
                    g = [pre] + g
        if g not in avoid:
            return g
    return g


def make_person(rng, nat, sex=None, family=None, avoid_given=()):
    """family: dict of name parts shared with a sibling (and the sub-group choice)."""
    base = NATS[nat]
    if sex is None:
        sex = "F" if rng.random() < base["p_female"] else "M"
    nd = family["_nd"] if family else pick_group(rng, base)
    if family is None and base["scheme"] == "indian":
        nd = dict(nd)
        nd["_sikh"] = rng.random() < base["p_sikh"]
    scheme = base["scheme"]
    P = dict(nat=nat, sex=sex, scheme=scheme, nd=nd, spell={}, accom=[], alias=None,
             given=new_given(rng, nd, sex, scheme, avoid_given), middle=[], surname=[],
             father=[], grandfather=[], family=[], prefix=[], singh=[],
             script=nd.get("script"), uncertain=False)
    fam = dict(family) if family else {"_nd": nd}
    if scheme in ("western",):
        if "sur" not in fam:
            fam["sur"] = zipf(rng, nd["surnames"], nd.get("zipf", 0.9))
        P["surname"] = [fem_surname(fam["sur"], nd.get("fem_surname")) if sex == "F"
                        else fam["sur"]]
        if rng.random() < nd.get("p_middle", 0):
            P["middle"] = new_given(rng, nd, sex, scheme, [P["given"]])
        if rng.random() < nd.get("p_alias", 0):
            g = P["given"][0]
            if g in NICK:
                P["alias"] = [rng.choice(NICK[g])]
            elif nd.get("aliases"):
                P["alias"] = [rng.choice(nd["aliases"])]
            elif P["middle"]:
                P["alias"] = P["middle"]
    elif scheme == "viet":
        if "sur" not in fam:
            fam["sur"] = wpick(rng, VN_SUR)
        P["surname"] = [fam["sur"]]
        P["middle"] = [wpick(rng, nd["mid_f"] if sex == "F" else nd["mid_m"])]
    elif scheme == "chinese":
        if "sur" not in fam:
            fam["sur"] = wpick(rng, nd["sur"])
        P["surname"] = [fam["sur"]]
        if rng.random() < nd["p_alias"]:
            P["alias"] = [rng.choice(nd["aliases_f"] if sex == "F" else nd["aliases_m"])]
    elif scheme in ("patronymic", "arabic", "afghan"):
        fl = nd.get("fathers") or nd["male"]
        if "father" not in fam:
            fam["father"] = zipf(rng, fl)
            fam["grandfather"] = zipf(rng, fl)
            if scheme == "arabic":
                fam["family"] = zipf(rng, nd["surnames"]) if rng.random() < 0.85 else None
            elif scheme == "afghan":
                fam["family"] = zipf(rng, nd["surnames"]) if rng.random() < nd["p_surname"] else None
            else:
                fam["family"] = zipf(rng, nd["family"]) if nd.get("family") and \
                    rng.random() < nd.get("p_family", 0) else None
        P["father"] = [fam["father"]]
        P["grandfather"] = [fam["grandfather"]]
        P["family"] = [fam["family"]] if fam["family"] else []
        if nat == "SSD" and rng.random() < 0.3:
            P["alias"] = [zipf(rng, nd["fathers"] if sex == "M" else nd["female"])]
    elif scheme == "indian":
        if nd.get("_sikh"):
            P["singh"] = ["Kaur" if sex == "F" else "Singh"]
            if "sur" not in fam:
                fam["sur"] = zipf(rng, nd["sikh_family"]) if rng.random() < 0.7 else None
            P["family"] = [fam["sur"]] if fam["sur"] else []
        else:
            if "sur" not in fam:
                fam["sur"] = zipf(rng, nd["surnames"])
            P["surname"] = [fam["sur"]]
            if rng.random() < nd.get("p_middle", 0):
                P["middle"] = new_given(rng, nd, sex, scheme, [P["given"]])
    elif scheme == "southasian":
        if "sur" not in fam:
            fam["sur"] = zipf(rng, nd["surnames"])
        if sex == "F" and rng.random() < 0.5:
            P["surname"] = [rng.choice(nd["fem_surnames"])]
        else:
            P["surname"] = [fam["sur"]]
        pre = nd.get("prefix_f") if sex == "F" else nd.get("prefix_m")
        if pre and rng.random() < nd["p_prefix"]:
            P["prefix"] = [pre]
    P["fam"] = fam
    if nat == "KWT":
        P["bidoon"] = rng.random() < base.get("bidoon", 0)
    return P


REF_YEARS = [(2015, 1.0), (2016, 1.3), (2017, 1.8), (2018, 2.3), (2019, 2.6), (2020, 2.4),
             (2021, 2.9), (2022, 3.5), (2023, 4.2), (2024, 4.5)]
END = dt.date(2025, 6, 30)


def sample_ref_date(rng):
    y = wpick(rng, REF_YEARS)
    return dt.date(y, 1, 1) + dt.timedelta(days=rng.randrange(365))


def sample_age(rng, nat):
    if rng.random() < NATS[nat]["minor"]:
        return wpick(rng, [(12, 1), (13, 2), (14, 3), (15, 5), (16, 7), (17, 8)])
    return min(18 + int(abs(rng.gauss(0, 11))), 68)


def set_dob(rng, P, dob):
    P["dob"] = dob
    if rng.random() < NATS[P["nat"]]["uncertain"]:
        P["uncertain"] = True
        y = dob.year + wpick(rng, [(0, 6), (1, 2), (-1, 2)])
        if P["nat"] in ("AFG", "IRN") and rng.random() < 0.15:
            P["base_dob"] = (y, 3, 21)      # Solar Hijri new year converted
        else:
            P["base_dob"] = (y, 1, 1)


def nat_weights():
    return [(n, d["weight"]) for n, d in NATS.items()]


def generate_people(rng, n):
    people = []
    nw = nat_weights()
    while len(people) < n:
        r = rng.random()
        rem = n - len(people)
        if r < 0.035 and rem >= 2:                       # siblings
            nat = wpick(rng, nw)
            head = make_person(rng, nat)
            ref = sample_ref_date(rng)
            set_dob(rng, head, ref - dt.timedelta(days=int(sample_age(rng, nat) * 365.25)
                                                  + rng.randrange(365)))
            head["kin"] = "sibling"
            grp = [head]
            size = 2 if rng.random() < 0.75 or rem < 3 else 3
            used_years = [0]
            for _ in range(size - 1):
                sib = make_person(rng, nat, family=head["fam"],
                                  avoid_given=[q["given"] for q in grp])
                for _t in range(20):
                    gap = rng.choice([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6])
                    if gap not in used_years:
                        break
                used_years.append(gap)
                d = head["dob"] + dt.timedelta(days=int(gap * 365.25) + rng.randrange(-150, 150))
                set_dob(rng, sib, d)
                sib["kin"] = "sibling"
                grp.append(sib)
            shared_accom = []
            for q in grp:
                q["accom"] = shared_accom if rng.random() < 0.7 else []
                q["first_ref"] = ref if rng.random() < 0.6 else None
            people.extend(grp)
        elif r < 0.038 and rem >= 2:                      # twins
            nat = wpick(rng, nw)
            a = make_person(rng, nat)
            b = make_person(rng, nat, family=a["fam"], avoid_given=[a["given"]])
            ref = sample_ref_date(rng)
            dob = ref - dt.timedelta(days=int(sample_age(rng, nat) * 365.25) + rng.randrange(365))
            set_dob(rng, a, dob)
            b["dob"] = dob
            b["uncertain"] = a["uncertain"]
            if a["uncertain"]:
                b["base_dob"] = a["base_dob"]
            shared = []
            for q in (a, b):
                q["kin"] = "twin"
                q["accom"] = shared
                q["first_ref"] = ref if rng.random() < 0.7 else None
            people.extend([a, b])
        elif r < 0.07 and people:                         # same name, different person
            q = people[rng.randrange(len(people))]
            P = make_person(rng, q["nat"], sex=q["sex"])
            for k in ("given", "middle", "surname", "father", "grandfather", "family",
                      "prefix", "singh", "nd", "script"):
                P[k] = q[k]
            if P["grandfather"] and rng.random() < 0.5:   # same name+father, other grandfather
                P["grandfather"] = [zipf(rng, P["nd"].get("fathers") or P["nd"]["male"])]
            y = q["dob"].year + rng.choice([0, 0, 1, -1, 2, -2, 3, -3])
            set_dob(rng, P, dt.date(max(1950, y), rng.randint(1, 12), rng.randint(1, 28)))
            P["kin"] = "namesake"
            people.append(P)
        else:
            nat = wpick(rng, nw)
            P = make_person(rng, nat)
            ref = sample_ref_date(rng)
            set_dob(rng, P, ref - dt.timedelta(days=int(sample_age(rng, nat) * 365.25)
                                               + rng.randrange(365)))
            P["first_ref"] = ref
            people.append(P)
    people = people[:n]
    for i, P in enumerate(people):
        P["true_id"] = "P%06d" % (i + 1)
        if not P.get("first_ref"):
            # referral when aged 12..40-ish, not before 2015
            lo = max(dt.date(2015, 1, 1), P["dob"] + dt.timedelta(days=12 * 366))
            if lo > dt.date(2024, 12, 31):
                lo = dt.date(2024, 1, 1)
            span = max(1, (dt.date(2024, 12, 31) - lo).days)
            P["first_ref"] = lo + dt.timedelta(days=rng.randrange(span))
    return people


N_RECORDS = [(1, 0.80), (2, 0.125), (3, 0.045), (4, 0.02), (5, 0.01)]


def referral_dates(rng, P, k):
    d = [P["first_ref"]]
    for _ in range(k - 1):
        last = d[-1]
        if rng.random() < 0.35:
            nd = last + dt.timedelta(days=rng.randrange(0, 90))
        else:
            nd = last + dt.timedelta(days=rng.randrange(180, 7 * 365))
        if nd > END:
            nd = last + dt.timedelta(days=rng.randrange(0, max(1, (END - last).days + 1)))
        d.append(nd)
    return d


# ---------------------------------------------------------------------------
# Rendering one record
# ---------------------------------------------------------------------------
def name_structure(rng, P):
    """Which name parts go to given_name / surname in this record (canonical tokens)."""
    sch, nat = P["scheme"], P["nat"]
    g = list(P["given"])
    join_given = False
    if sch == "western" or (sch == "indian" and not P["singh"]):
        if P["alias"] and rng.random() < 0.35:
            g = list(P["alias"])
        elif P["middle"] and rng.random() < 0.25:
            g = g + P["middle"]
        return g, list(P["surname"]), join_given
    if sch == "viet":
        S, Mi, G = P["surname"], P["middle"], P["given"]
        o = wpick(rng, [(0, .50), (1, .15), (2, .10), (3, .10), (4, .10), (5, .05)])
        if o == 0:
            return Mi + G, S, False
        if o == 1:
            return G, S, False
        if o == 2:
            return G, S + Mi, False
        if o == 3:
            return S + Mi + G, [], False
        if o == 4:
            return S, Mi + G, False
        return Mi + G, S, True
    if sch == "chinese":
        if P["alias"] and rng.random() < 0.35:
            return list(P["alias"]), list(P["surname"]), False
        if rng.random() < 0.08:
            return P["surname"] + g, [], False
        return g, list(P["surname"]), False
    F, GF, FAM = P["father"], P["grandfather"], P["family"]
    if sch == "patronymic":
        if P["alias"] and rng.random() < 0.3:
            g = list(P["alias"])
        o = wpick(rng, [(0, .55), (1, .12), (2, .10), (3, .03), (4, .07), (5, .04), (6, .06),
                        (7, .03)])
        if o in (6, 7) and not FAM:
            o = 0 if o == 6 else 2
        return [(g, F), (g, F + GF), (g + F, GF), (g, GF), (g, []), (g + F + GF, []),
                (g, FAM), (g + F, FAM)][o] + (False,)
    if sch == "arabic":
        o = wpick(rng, [(0, .55), (1, .12), (2, .12), (3, .08), (4, .03), (5, .03), (6, .07)])
        if not FAM and o in (0, 2, 3, 4):
            o = {0: 1, 2: 6, 3: 1, 4: 6}[o]
        return [(g, FAM), (g, F), (g + F, FAM), (g, F + FAM), (g + F + GF, FAM), (g, []),
                (g + F, GF)][o] + (False,)
    if sch == "afghan":
        if len(g) > 1 and rng.random() < 0.2:
            g = g[1:]
        if FAM:
            o = wpick(rng, [(0, .50), (1, .25), (2, .05), (3, .10), (4, .05), (5, .05)])
            return [(g, FAM), (g, F), (g + F, []), (g, []), (g, F + FAM), (g + F, FAM)][o] + (False,)
        o = wpick(rng, [(0, .65), (1, .20), (2, .05), (3, .10)])
        return [(g, F), (g, []), (g, F + GF), (g + F, [])][o] + (False,)
    if sch == "indian":          # Sikh
        SG = P["singh"]
        if FAM:
            o = wpick(rng, [(0, .35), (1, .30), (2, .20), (3, .15)])
            return [(g, SG), (g, FAM), (g, SG + FAM), (g + SG, FAM)][o] + (False,)
        return (g, SG, False) if rng.random() < 0.85 else (g, [], False)
    if sch == "southasian":
        pre = P["prefix"]
        if pre:
            r = rng.random()
            keep = 0.55 if pre[0] != "Mst" else 0.4
            if r < keep:
                g = pre + g
            elif r > 0.9 and pre[0] == "Muhammad":
                g = ["M."] + g
        return g, list(P["surname"]), False
    return g, list(P["surname"]), False


def cap_first(s):
    return s[:1].upper() + s[1:]


def spell(rng, P, tok, src, stats):
    nat = P["nat"]
    if isinstance(tok, tuple):                       # Chinese given name syllables
        parts = [x.rstrip("2") for x in tok]
        if len(parts) == 1:
            return parts[0]
        if "__cnsep" not in P["spell"]:
            P["spell"]["__cnsep"] = "" if rng.random() < 0.75 else rng.choice([" ", "-"])
        sep = P["spell"]["__cnsep"]
        if rng.random() < src["variant"]:
            sep = rng.choice(["", " ", "-", ""])
        if sep == "":
            return parts[0] + "".join(p.lower() for p in parts[1:])
        return sep.join(parts)
    if tok.startswith("Al-"):
        root = spell(rng, P, tok[3:], src, stats)
        key = "__al" + tok
        if key not in P["spell"]:
            P["spell"][key] = "Al-" if rng.random() < 0.6 else wpick(rng, PREFIX_STYLES)
        style = P["spell"][key]
        if rng.random() < src["variant"]:
            style = wpick(rng, PREFIX_STYLES)
            stats["al_prefix_variant"] += 1
        if style == "Al":
            return "Al" + root.lower()
        return style + root
    grp = variants(tok, nat)
    if tok not in P["spell"]:
        # a person's usual spelling: the listed form, or one of the commoner variants
        P["spell"][tok] = tok if (len(grp) == 1 or rng.random() < 0.6) else rng.choice(grp[:4])
    s = P["spell"][tok]
    if len(grp) > 1 and rng.random() < src["variant"] * VARIANT_MULT.get(nat, 1.0):
        s2 = rng.choice(grp)
        if s2 != s:
            stats["spelling_variant_token"] += 1
        s = s2
    if s.endswith("ullah") and rng.random() < 0.12:
        s = s[:-5] + rng.choice(["ulla", "ollah", "ulah", " Ullah", "-Ullah"])
        stats["ullah_variant"] += 1
    if rng.random() < 0.06:
        for pre in COMPOUND_PREFIXES:
            n = len(pre)
            if s.startswith(pre) and len(s) - n >= 4 and s[n].islower():
                s = pre + rng.choice([" ", "-"]) + s[n].upper() + s[n + 1:]
                stats["compound_split"] += 1
                break
    return s


SCRIPT_MAPS = {"arabic": [ARABIC], "persian": [PERSIAN, ARABIC], "geez": [GEEZ],
               "cyrillic": [CYRILLIC]}


def script_name(P, gt, st):
    """Own-script rendering of the tokens, or None if some token has no form."""
    sc = P["script"]
    if sc == "han":
        if len(st) != 1 or len(gt) != 1 or not isinstance(gt[0], tuple):
            return None
        g = "".join(HAN[x] for x in gt[0])
        return (g, HAN[st[0]])
    maps = SCRIPT_MAPS.get(sc)
    if not maps:
        return None
    out = []
    for toks in (gt, st):
        words = []
        for t in toks:
            f = None
            for m in maps:
                f = m.get(t)
                if f:
                    break
            if f is None:
                return None
            words.append(f)
        out.append(" ".join(words))
    return tuple(out)


def render_name(rng, P, src, stats):
    nat = P["nat"]
    gt, st, join_given = name_structure(rng, P)
    single_rate = src["single"] * (0.3 if P["scheme"] in ("western", "chinese") else 1.0)
    if st and rng.random() < single_rate:
        st = []
        stats["only_one_name"] += 1
    if not st:
        stats["surname_empty_structure"] += 1
    aff = SCRIPT_AFFINITY.get(nat, 0.0)
    use_script = bool(P["script"]) and rng.random() < src["script"] * aff
    native = None
    if use_script and P["script"] in ("arabic", "persian", "geez", "cyrillic", "han"):
        native = script_name(P, gt, st)
        if native and P["script"] == "han" and rng.random() < 0.3:
            native = (native[1] + native[0], "")
    if native:
        stats["own_script"] += 1
        g, s = native
        latin = False
    else:
        latin = True
        diac_nat = NATS[nat].get("diacritics")
        keep_diac = diac_nat and (rng.random() < src["diac"] * (1.5 if nat != "VNM" else 1.0)
                                  or (use_script and nat == "VNM"))
        if keep_diac:
            stats["diacritics_kept"] += 1
        somali = use_script and P["script"] == "somali"
        if somali:
            stats["somali_orthography"] += 1

        def one(tok):
            if somali and isinstance(tok, str) and tok in SOMALI:
                return SOMALI[tok]
            return spell(rng, P, tok, src, stats)

        gw = [one(t) for t in gt]
        sw = [one(t) for t in st]
        if not keep_diac:
            gw = [strip_diacritics(x) for x in gw]
            sw = [strip_diacritics(x) for x in sw]
        gsep = "" if join_given else " "
        if len(gw) > 1 and rng.random() < 0.04:
            gsep = "-"
            stats["hyphen_join"] += 1
        ssep = "-" if len(sw) > 1 and rng.random() < 0.06 else " "
        if join_given:
            camel = rng.random() < 0.5
            g = gw[0] + "".join(w if camel else w.lower() for w in gw[1:])
        else:
            g = gsep.join(gw)
        s = ssep.join(sw)
    if not s:
        fill = wpick(rng, src["fill"])
        if fill == "UNKNOWN":
            s = "Unknown"
            stats["surname_filled_unknown"] += 1
        elif fill == "REPEAT":
            s = g.split(" ")[-1] if g else ""
            stats["surname_repeats_given"] += 1
    sw_rate = src["swap"] * (2.0 if P["scheme"] in ("viet", "chinese") else 1.0)
    if g and s and s != "Unknown" and rng.random() < sw_rate:
        g, s = s, g
        stats["given_surname_swapped"] += 1
    # typos
    fields = [g, s]
    for i in range(2):
        f = fields[i]
        if not f or f == "Unknown":
            continue
        rate = src["typo"] if latin else src["typo"] * 0.3
        if rng.random() < rate:
            f = typo(rng, f, latin)
            stats["typo_field"] += 1
            if rng.random() < 0.15:
                f = typo(rng, f, latin)
        fields[i] = f
    g, s = fields
    # case habits
    style = wpick(rng, src["case"])
    if style == "upper":
        g, s = g.upper(), s.upper()
    elif style == "upper_sur":
        s = s.upper()
    elif style == "lower":
        g, s = g.lower(), s.lower()
    fields = [g, s]
    for i in range(2):
        f = fields[i]
        if f and rng.random() < 0.015:
            f = f.upper() if rng.random() < 0.5 else f.lower()
            stats["random_case"] += 1
        if f and rng.random() < 0.02:
            o = rng.randrange(3)
            if o == 0:
                f = " " + f
            elif o == 1:
                f = f + " "
            elif " " in f:
                f = f.replace(" ", "  ", 1)
            else:
                f = f + "  "
            stats["extra_space"] += 1
        fields[i] = f
    return fields[0], fields[1]


def digit_typo(rng, y, m, d):
    for _ in range(20):
        s = list("%02d%02d%04d" % (d, m, y))
        pos = rng.choice([0, 1, 1, 2, 3, 3, 6, 7, 7])
        s[pos] = str((int(s[pos]) + rng.choice([1, -1, 2, 3, 5])) % 10)
        s = "".join(s)
        dd, mm, yy = int(s[:2]), int(s[2:4]), int(s[4:])
        try:
            dt.date(yy, mm, dd)
        except ValueError:
            continue
        if 1940 <= yy <= 2024 and (yy, mm, dd) != (y, m, d):
            return (yy, mm, dd)
    return (y, m, d)


EST_DELTA = [(0, .30), (1, .20), (-1, .20), (2, .10), (-2, .12), (3, .03), (-3, .05)]


def record_dob(rng, P, src, stats):
    if rng.random() < src["dob_missing"]:
        stats["dob_missing"] += 1
        return None
    if P["uncertain"]:
        by, bm, bd = P["base_dob"]
        u = rng.random()
        if u < 0.55:
            t = (by, bm, bd)
            stats["dob_uncertain_base"] += 1
        elif u < 0.80:
            t = (by + rng.choice([1, -1, 1, -1, 2, -2]), 1, 1)
            stats["dob_uncertain_shifted"] += 1
        elif u < 0.92:
            t = (by, rng.randint(1, 12), rng.randint(1, 28))
            stats["dob_uncertain_assigned"] += 1
        else:
            stats["dob_year_only"] += 1
            return ("Y", by)
    else:
        t = (P["dob"].year, P["dob"].month, P["dob"].day)
        u = rng.random()
        c = src["dob_est"]
        if u < c:
            stats["dob_estimated_1jan"] += 1
            return (t[0] + wpick(rng, EST_DELTA), 1, 1)
        c += src["dob_year"]
        if u < c:
            stats["dob_year_only"] += 1
            return ("Y", t[0])
    y, m, d = t
    u = rng.random()
    if u < src["dob_tr"]:
        if d <= 12 and d != m:
            stats["dob_day_month_transposed"] += 1
            return (y, d, m)
    elif u < src["dob_tr"] + src["dob_digit"]:
        stats["dob_digit_typo"] += 1
        return digit_typo(rng, y, m, d)
    stats["dob_as_recorded"] += 1
    return (y, m, d)


DATE_STYLES = ["dmy_slash", "dmy_dash", "iso", "dmony", "dMONy", "dmy_nolead", "dmy_dot",
               "dmyy", "ymd_compact"]


def format_date(rng, t, src):
    if t is None:
        return ""
    if t[0] == "Y":
        return str(t[1])
    y, m, d = t
    st = src["date"]
    if st == "mixed":
        st = rng.choice(["dmy_slash", "dmony", "iso", "dmy_slash"])
    if st == "dmy_slash":
        s = "%02d/%02d/%04d" % (d, m, y)
    elif st == "dmy_dash":
        s = "%02d-%02d-%04d" % (d, m, y)
    elif st == "iso":
        s = "%04d-%02d-%02d" % (y, m, d)
    elif st == "dmony":
        s = "%d %s %04d" % (d, MONTHS[m - 1], y)
    elif st == "dMONy":
        s = "%02d-%s-%04d" % (d, MONTHS[m - 1].upper(), y)
    elif st == "dmy_nolead":
        s = "%d/%d/%04d" % (d, m, y)
    elif st == "dmy_dot":
        s = "%02d.%02d.%04d" % (d, m, y)
    elif st == "dmyy":
        s = "%02d/%02d/%02d" % (d, m, y % 100)
    else:
        s = "%04d%02d%02d" % (y, m, d)
    if src["time"] and rng.random() < src["time"]:
        s += " 00:00"
    return s


def render_sex(rng, P, src, stats):
    if rng.random() < src["sex_missing"]:
        stats["sex_missing"] += 1
        return rng.choice(src["sex_na"])
    sx = P["sex"]
    if rng.random() < src["sex_wrong"]:
        sx = "M" if sx == "F" else "F"
        stats["sex_wrong"] += 1
    f = src["sex"]
    if f == "mixed":
        f = rng.choice(["MF", "MaleFemale", "mf", "malefemale"])
    if f == "MF":
        return sx
    if f == "mf":
        return sx.lower()
    word = "Male" if sx == "M" else "Female"
    if f == "MALEFEMALE":
        return word.upper()
    if f == "malefemale":
        return word.lower()
    return word


def render_nat(rng, P, src, stats):
    if rng.random() < src["nat_missing"]:
        stats["nationality_missing"] += 1
        return rng.choice(src["nat_na"])
    code = P["nat"]
    if P.get("bidoon") and rng.random() < 0.5:
        code = "XXA"
        stats["kuwait_bidoon_stateless"] += 1
    elif rng.random() < src["nat_confuse"] and code in CONFUSE:
        code = rng.choice(CONFUSE[code])
        stats["nationality_confused"] += 1
    names, dems, iso2 = NATINFO[code]
    f = src["nat"]
    if f == "mixed":
        f = rng.choice(["name", "demonym", "iso3", "lower"])
    if f == "iso3":
        return code
    if f == "demonym":
        return dems[0] if rng.random() < 0.85 else rng.choice(dems)
    nm = names[0] if rng.random() < 0.85 else rng.choice(names)
    if f == "NAME":
        return nm.upper()
    if f == "lower":
        return nm.lower()
    return nm


def render_address(rng, P, src, pool, upper, stats):
    if rng.random() >= src["addr"]:
        return "", ""
    if P["accom"] and rng.random() < 0.5:
        a = rng.choice(P["accom"])
        stats["address_reused_by_person"] += 1
    else:
        a = zipf(rng, pool, 1.05)
        P["accom"].append(a)
    stats["address_present"] += 1
    parts = []
    if a["flat"] and rng.random() < 0.85:
        parts.append(("Flat %d" if rng.random() < 0.8 else "Apt %d") % a["flat"])
    if a["building"] and rng.random() < 0.9:
        parts.append(a["building"])
    stype = a["stype"][1] if rng.random() < src["abbrev"] else a["stype"][0]
    parts.append("%d %s %s" % (a["number"], a["street"], stype))
    if rng.random() < 0.8:
        parts.append(a["town"])
    addr = (", " if rng.random() < 0.9 else " ").join(parts)
    pc = a["postcode"]
    if rng.random() < 0.08:
        addr += ", " + pc
    if upper:
        addr = addr.upper()
    if rng.random() < 0.03:
        addr = typo(rng, addr)
    r = rng.random()
    if r < 0.08:
        pc = pc.replace(" ", "")
    elif r < 0.13:
        pc = pc.lower()
    elif r < 0.16:
        pc = pc.split(" ")[0]
    elif r < 0.18:
        pc = pc[:-1] + rng.choice(PC_LETTERS)
    elif r < 0.28:
        pc = ""
    if rng.random() < 0.15:
        addr = ""
        stats["postcode_only"] += 1
    return pc, addr


PLACEHOLDERS = ["Unknown", "Not known", "N/K", "Anonymous", "Anon"]


def anonymous_record(rng, P, src, stats):
    stats["near_anonymous"] += 1
    r = rng.random()
    if r < 0.45:
        g, s = "", ""
    elif r < 0.75:
        ph = rng.choice(PLACEHOLDERS)
        g, s = ph, (ph if rng.random() < 0.5 else "")
    else:                                        # initial only
        tok = P["given"][0]
        first = (tok[0] if isinstance(tok, tuple) else tok)
        g, s = strip_diacritics(first)[0].upper(), ""
    if "upper" in src["case"] and src["case"]["upper"] > 0.5:
        g, s = g.upper(), s.upper()
    sex = render_sex(rng, P, src, stats) if rng.random() < 0.6 else ""
    nat = render_nat(rng, P, src, stats) if rng.random() < 0.5 else ""
    return [g, s, "", sex, nat, "", ""]


def choose_source(rng, P, ref, prev):
    if prev is not None and rng.random() < 0.3:
        return prev
    age = (ref - P["dob"]).days / 365.25
    ws = []
    for s in SOURCES:
        w = s["w"]
        if P["nat"] == "GBR":
            if s["kind"] == "ho":
                w *= 0.04
            if s["name"] == "MIGRANT_HELP":
                w *= 0.15
            if s["kind"] == "police":
                w *= 1.8
        if age < 18:
            if s["kind"] == "la":
                w *= 2.5
            if s["name"] == "BARNARDOS":
                w *= 3.0
            if s["name"] == "HO_UKVI":
                w *= 0.7
        elif P["nat"] != "GBR" and s["kind"] == "ho":
            w *= 1.3
        ws.append((s, w))
    return wpick(rng, ws)


def generate(n_people, seed):
    rng = Random(seed)
    stats = Counter()
    pool = make_address_pool(rng, max(40, n_people // 12))
    people = generate_people(rng, n_people)
    rows = []
    for P in people:
        k = wpick(rng, N_RECORDS)
        prev = None
        for ref in referral_dates(rng, P, k):
            src = choose_source(rng, P, ref, prev)
            prev = src
            stats["src:" + src["name"]] += 1
            if rng.random() < src["anon"]:
                row = anonymous_record(rng, P, src, stats)
            else:
                g, s = render_name(rng, P, src, stats)
                dob = format_date(rng, record_dob(rng, P, src, stats), src)
                sex = render_sex(rng, P, src, stats)
                nat = render_nat(rng, P, src, stats)
                upper = src["case"].get("upper", 0) > 0.5
                pc, addr = render_address(rng, P, src, pool, upper, stats)
                row = [g, s, dob, sex, nat, pc, addr]
            rows.append(row + [P["true_id"]])
            stats["records"] += 1
            stats["nat:" + P["nat"]] += 1
    for P in people:
        stats["kin:" + P.get("kin", "none")] += 1
        if P["uncertain"]:
            stats["people_dob_uncertain"] += 1
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        out.append(["R%06d" % (i + 1)] + r)
    return out, people, stats


HEADER = ["id", "given_name", "surname", "dob", "sex", "nationality", "postcode", "address",
          "true_id"]


def summarize(rows):
    per = Counter(r[-1] for r in rows)
    pairs = sum(c * (c - 1) // 2 for c in per.values())
    return len(rows), len(per), pairs, Counter(per.values())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true", help="print noise-event counts")
    a = ap.parse_args(argv)
    rows, people, stats = generate(a.people, a.seed)
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)
    nrec, npeople, pairs, dist = summarize(rows)
    print("%s: records=%d people=%d true_pairs=%d records_per_person=%s"
          % (a.out, nrec, npeople, pairs, dict(sorted(dist.items()))))
    if a.stats:
        for k in sorted(stats):
            per_people = k.startswith("kin:") or k.startswith("people_")
            den = npeople if per_people else nrec
            print("  %-34s %7d  %6.2f%% of %s" % (k, stats[k], 100.0 * stats[k] / max(1, den),
                                               "people" if per_people else "records"))


if __name__ == "__main__":
    main()
