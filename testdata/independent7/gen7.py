#!/usr/bin/env python3
"""gen7.py -- synthetic "Duty to Notify" / NRM-style referral export (Microsoft Forms
"Download responses" .xlsx) for testing record linkage.

Everyone in the output is invented.  Python 3 standard library only.

    python3 gen7.py --people N --seed S --out FILE.xlsx --truth TRUTH.csv [--stats]

Same N and seed -> byte-identical files (fixed zip timestamps, no hash-order use).
"""
import argparse
import csv
import datetime as dt
import random
import re
import sys
import unicodedata
import zipfile
from collections import Counter

ST = Counter()          # realised-noise counters, printed with --stats

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def nfc(s):
    return unicodedata.normalize("NFC", s)


def strip_acc(s):
    s = s.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return nfc(s)


def wpick(rng, items):
    """items: list of (value, weight)"""
    tot = 0.0
    for _, w in items:
        tot += w
    x = rng.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def wl(spec):
    """'A*5, B*2, C' -> [(A,5),(B,2),(C,1)] ; separator is ' ; ' if present else ','"""
    sep = ";" if ";" in spec else ","
    out = []
    for item in spec.split(sep):
        item = item.strip()
        if not item:
            continue
        w = 1.0
        m = re.match(r"^(.*)\*([0-9.]+)$", item)
        if m:
            item, w = m.group(1).strip(), float(m.group(2))
        out.append((item, w))
    return out


class Tok:
    """A name token: romanised variants (v[0] canonical), optional native script,
    frequency weight, and (Vietnamese) the diacritic form."""
    __slots__ = ("v", "s", "w", "d")

    def __init__(self, v, s=None, w=1.0, d=None):
        self.v, self.s, self.w, self.d = v, s, w, d


class TokList:
    def __init__(self, toks):
        self.toks = toks
        self.cum = []
        t = 0.0
        for k in toks:
            t += k.w
            self.cum.append(t)

    def pick(self, rng, exclude=()):
        for _ in range(50):
            k = rng.choices(self.toks, cum_weights=self.cum)[0]
            if k.v[0] not in exclude:
                return k
        return k


def toks(spec, zipf=0.85, viet=False):
    """'Mohammed|Mohamed|Muhammad=محمد*5, Ahmed|Ahmad=أحمد, ...'
    default weight = Zipf by position unless *w given."""
    out = []
    items = [x.strip() for x in spec.replace("\n", " ").split(",") if x.strip()]
    for i, item in enumerate(items):
        w = 1.0 / (i + 1) ** zipf
        m = re.match(r"^(.*)\*([0-9.]+)$", item)
        if m:
            item, w = m.group(1).strip(), float(m.group(2))
        scr = None
        if "=" in item:
            item, scr = item.split("=", 1)
            scr = nfc(scr.strip())
        vs = [nfc(x.strip()) for x in item.split("|")]
        if viet:
            out.append(Tok([strip_acc(vs[0])], None, w, vs[0]))
        else:
            out.append(Tok(vs, scr, w))
    return TokList(out)


# ---------------------------------------------------------------------------
# name data (all lists are generic given/family names; combinations are random)
# ---------------------------------------------------------------------------

GB_M = toks("""James|Jamie, Jack, Daniel, Thomas, Ryan, Liam, Connor|Conor, Kyle, Jordan, Callum|Calum,
 Lewis|Louis, Jake, Joshua, Harry, Charlie, Tyler, Reece|Rhys|Reese, Kai, Mason, Alfie, Bradley, Leon,
 Nathan, Jayden|Jaden, Kieran|Ciaran, Aaron, Owen, Ethan, Dylan, Luke, Michael, David, Joseph, Samuel,
 Matthew, Christopher, Tyrese|Tyreese, Jerome, Marcus, Andre|Andrè, Kane, Brandon, Adam, Ben, Sam, George,
 Oliver, William, Harvey, Louie, Riley, Archie, Freddie, Ashley, Dean, Shane, Wayne, Craig, Declan, Rio""", zipf=0.5)
GB_F = toks("""Chloe, Jessica, Emily, Sophie, Chelsea, Jade, Megan, Amy, Lauren, Shannon, Kayleigh|Kayley|Kaylee,
 Rebecca, Samantha, Charlotte, Olivia, Ellie, Holly, Courtney, Leah, Hannah, Stacey|Stacy, Danielle,
 Paige, Tia, Keeley|Keely, Aaliyah|Aliyah, Demi, Summer, Georgia, Jasmine, Abbie|Abby, Bethany, Amber,
 Kirsty, Natalie, Gemma, Zoe, Casey""", zipf=0.5)
GB_MID_M = toks("John, Paul, Lee, Anthony, James, David, Michael, Thomas, Lewis, Robert, Peter, William", zipf=0.5)
GB_MID_F = toks("Louise, Marie, Jane, Rose, Mae, Ann|Anne, Elizabeth, Grace, Leigh|Lee, Jade, Louise", zipf=0.5)
# British Asian subgroup
GBA_M = toks("Mohammed|Muhammad|Mohammad, Adam, Zain|Zayn, Ibrahim, Yusuf|Yousuf, Ayaan, Hamza, Bilal, Imran, Zakir")
GBA_F = toks("Aisha|Ayesha, Fatima, Maryam|Mariam, Zara, Amira, Hafsa, Sana, Nadia, Shabana")
GBA_FAM = toks("Khan, Hussain|Hussein, Ahmed, Ali, Rahman, Iqbal, Mahmood|Mahmud, Akhtar, Miah|Mia, Uddin")
GB_FAM = toks("""Smith, Jones, Williams, Taylor, Brown, Davies|Davis, Evans, Wilson, Thomas, Johnson, Roberts,
 Walker, Wright, Robinson, Thompson|Thomson, White, Hughes, Edwards, Green, Hall, Wood, Harris,
 Clarke|Clark, Jackson, Turner, Hill, Moore, Cooper, Ward, Morris, King, Watson, Baker, Harrison, Morgan,
 O'Brien|OBrien|O Brien, O'Connor|OConnor, McDonald|MacDonald|Mcdonald,
 Kelly, Scott, Mitchell, Campbell, Murphy, Bennett, Price, Lloyd, Griffiths, Powell, Francis, Lee, Young,
 Allen, Carter, Phillips, Parker, Collins, Stewart, Bell, Murray, Cox, Richardson, Marshall, Simpson, Ellis, Shaw,
 Chapman, Webb, Rogers, Gray|Grey, Mason, Holmes, Hunt, Russell, Mills, Reid|Reed, Fox, Knight, Lawrence, Butler,
 Barnes, Fisher, Henderson, Palmer, Pearson, Foster, Gibson, Dixon, Wells, Burton, Grant, Pearce, Atkinson, Riley,
 Douglas, Gordon, Brooks, Fletcher, Lynch, Doyle, Quinn""", zipf=0.4)
GB_NICK = {"Daniel": ["Danny", "Dan"], "Thomas": ["Tom", "Tommy"], "James": ["Jim", "Jimmy"],
           "Joshua": ["Josh"], "Samuel": ["Sam", "Sammy"], "Matthew": ["Matt"], "Christopher": ["Chris"],
           "Michael": ["Mike", "Mikey"], "Joseph": ["Joe", "Joey"], "Nathan": ["Nate"],
           "Bradley": ["Brad"], "Callum": ["Cal"], "Jessica": ["Jess"], "Rebecca": ["Becky", "Becca"],
           "Samantha": ["Sam", "Sammie"], "Charlotte": ["Charlie", "Lottie"], "Danielle": ["Dani"],
           "Jordan": ["Jords"], "Kieran": ["Kie"], "Tyrese": ["Ty"], "Mohammed": ["Mo"], "Marcus": ["Marky"]}
GB_STREET = ["Spider", "Tiny", "Lil T", "Snow", "Ghost", "Razor", "Junior", "Skinny", "Smokey", "Bugsy",
             "Kidz", "Shadow", "Blade", "Ace", "Dice"]

AL_M = toks("""Arben, Besnik, Driton, Ermal, Fatmir, Gentian|Gentjan, Ilir, Klodian|Klodjan, Luan, Marsel,
 Olsi, Redon, Sokol, Valon, Xhuljo|Xhulio|Julio, Erion, Endrit, Elton, Dritan, Artan, Bledar, Arlind,
 Enea, Ardit, Kristian|Kristjan, Mario, Fabio, Renaldo|Rinaldo, Aldo, Ergys|Ergis, Flamur,
 Gezim|Gëzim, Jurgen|Jurgena, Klevis|Klevi, Denis, Anxhelo|Angelo, Alban, Mikel, Erald, Orges|Orgest""",
            zipf=0.6)
AL_F = toks("""Anila, Blerta, Drita, Elira, Ermira, Fatjona, Jonida, Klea, Mirela, Rudina, Silvana, Valbona,
 Xhensila|Xhenisa|Jensila, Erisa, Arjola, Kejsi|Kejsy, Sara, Ana, Megi, Aurela, Besjana|Besiana, Elona,
 Flutura, Lindita, Ornela""", zipf=0.6)
AL_FAM = toks("""Hoxha|Hoxhaj|Hodja, Shehu|Shehaj, Krasniqi|Krasniqui, Gashi, Berisha, Dervishi|Dervishaj,
 Leka|Lekaj, Kola|Kolaj, Marku|Markaj, Gjoka|Gjokaj, Hysa|Hysaj, Prifti, Cela|Çela|Chela, Duka, Basha,
 Lika, Meta, Rama|Ramaj, Muca|Muça|Mucaj, Zeneli|Zenelaj, Kaci|Kaçi, Bajrami, Hasani|Hasanaj, Dema, Kurti,
 Lala|Llalla, Xhafa|Xhafaj, Brahimi|Brahimaj, Spahiu|Spahija, Halili|Halilaj, Vata, Gjini, Ndreu, Tafa|Tafaj,
 Kelmendi, Pepa, Isufi|Isufaj, Murati|Murataj, Dedaj|Deda, Kapllani|Kaplani, Qerimi|Qerimaj, Bregu""",
              zipf=0.55)
AL_NICK = {"Xhuljo": ["Julio"], "Kristian": ["Kris"], "Anxhelo": ["Angelo"], "Renaldo": ["Naldo"]}

VN_FAM = toks("""Nguyễn*38, Trần*11, Lê*9.5, Phạm*7, Hoàng*5, Huỳnh*4, Phan*4.5, Vũ*3.9, Võ*2, Đặng*2.1,
 Bùi*2, Đỗ*1.4, Hồ*1.3, Ngô*1.3, Dương*1, Lý*0.5, Đinh*0.6, Trương*0.7, Lưu*0.3, Mai*0.4""", viet=True)
VN_MID_M = toks("Văn*50, Đức*8, Minh*8, Quốc*5, Hữu*6, Thanh*5, Công*4, Xuân*3, Đình*5, Ngọc*3", viet=True)
VN_MID_F = toks("Thị*70, Ngọc*6, Thu*5, Thanh*5, Kim*4, Hồng*4, Minh*3, Mỹ*3", viet=True)
VN_M = toks("""Nam, Hùng, Tuấn, Dũng, Long, Minh, Hải, Sơn, Cường, Quang, Thành, Huy, Khánh, Phúc, Anh,
 Đức, Hiếu, Hoàng, Trung, Việt, Thắng, Tâm, Bình, Tiến, Khoa, Phong, Vinh, Lâm, Toàn, Hưng, Bảo, Cảnh,
 Chiến, Đạt, Định, Dương, Giang, Hào, Hậu, Hiệp, Hòa, Kiên, Lộc, Lợi, Mạnh, Nghĩa, Nhân, Quân, Tài, Thái, Thiện,
 Thịnh, Trí, Trọng, Tú, Tùng, Sang""", viet=True, zipf=0.6)
VN_F = toks("""Hoa, Lan, Linh, Mai, Hương, Trang, Thủy, Hằng, Ngọc, Thảo, Nhung, Phương, Hà, Anh, Dung,
 Yến, Vân, Hạnh, Nga, Huyền, Oanh, Quyên, Tuyết, Loan, Bích, Chi, Diệp, Giang, Hiền, Hồng, Kiều, Liên, Ly, My,
 Ngân, Nhi, Quỳnh, Tâm, Thơ, Thu, Thúy, Trinh, Uyên, Xuân""", viet=True, zipf=0.6)

CN_FAM = toks("""Chen|Chan|Tan=陈, Lin|Lam|Lim=林, Wang|Wong=王, Li|Lee=李, Zheng|Cheng|Cheang=郑,
 Zhang|Cheung|Chang=张, Liu|Lau=刘, Huang|Wong|Ng=黄, Yang|Yeung=杨, Wu|Ng|Woo=吴, Zhou|Chow=周,
 Xu|Hui|Tsui=徐, Zhao|Chiu=赵, Sun|Suen=孙, Ma|Mah=马, Zhu|Chu=朱, Hu|Woo=胡, Guo|Kwok=郭, He|Ho=何,
 Gao|Ko=高, Jiang|Kong=江, Weng|Yung=翁""", zipf=0.8)
CN_M = toks("""Wei=伟, Jun=军, Ming=明, Lei=磊, Yong=勇, Jie=杰, Tao=涛, Qiang=强, Hua=华, Xiao-Ming=晓明,
 Jian-Guo=建国, Zhi-Wei=志伟, Wei-Ming=伟明, Jian-Hua=建华, Xiao-Long=小龙, Guo-Hua=国华, Zi-Hao=子豪,
 Hao-Ran=浩然, Yi-Fan=一帆, Jian=建, Bin=斌, Hai-Tao=海涛, Jin-Long=金龙""", zipf=0.8)
CN_F = toks("""Mei=梅, Na=娜, Xia=霞, Yan=燕, Fang=芳, Ling=玲, Jing=静, Hui=慧, Li=丽, Hai-Yan=海燕,
 Xiao-Mei=晓梅, Li-Li=丽丽, Yu-Qing=雨晴, Jia-Hui=佳慧, Chun-Mei=春梅, Shu-Fen=淑芬, Mei-Ling=美玲,
 Xiu-Ying=秀英, Yan-Hong=艳红, Li-Juan=丽娟""", zipf=0.8)
CN_ENG_M = ["Jacky", "Kevin", "Tony", "David", "Jason", "Eric", "Leo", "Sam"]
CN_ENG_F = ["Amy", "Lily", "Coco", "Vivian", "Jenny", "Anna", "Cindy", "Mandy"]

ER_M = toks("""Yonas|Yonass|Jonas=ዮናስ, Dawit|David|Dawitt=ዳዊት, Filmon|Philemon|Filimon=ፊልሞን, Semere|Semre=ሰመረ,
 Tesfay|Tesfai|Tesfaye=ተስፋይ, Mebrahtu|Mebrahtom|Mibrahtu=መብራህቱ, Tekle|Teklay|Tekley=ተኽለ,
 Haile|Hayle|Hailay=ሃይለ, Amanuel|Emmanuel|Amaniel=ኣማኑኤል, Biniam|Biniyam|Binyam=ቢንያም,
 Yohannes|Yohanes|Johannes|Yohanis=ዮሃንስ, Mulugeta|Mulgeta=ሙሉጌታ, Kidane|Kidan=ኪዳነ,
 Habtom|Habtem|Habtum=ሃብቶም, Berhane|Birhane|Berhan|Berihane=ብርሃነ, Goitom|Goytom|Goitum=ጎይቶም,
 Merhawi|Mirhawi|Merhawy=መርሃዊ, Michael|Mikael|Mikiel=ሚካኤል, Robel|Robiel=ሮቤል, Samuel|Samiel=ሳሙኤል,
 Aron|Aaron=ኣሮን, Henok|Henock|Enoch=ሄኖክ, Efrem|Ephrem|Efrem=ኤፍሬም, Measho|Measo=መኣሾ, Kibrom|Kbrom=ክብሮም,
 Senay|Senai=ሰናይ, Natnael|Nathanael|Natinael=ናትናኤል, Mehari|Mihari|Meharie=መሓሪ, Fitsum|Fitsom=ፍጹም,
 Ghirmay|Girmay|Germay=ግርማይ, Tsegay|Tsegai|Tsegaye=ጸጋይ, Weldu|Woldu|Weldo=ወልዱ, Abraha|Abreha=ኣብርሃ,
 Kahsay|Kahsai=ካሕሳይ, Negash|Negasi=ነጋሽ, Berhe|Berihe=በርሀ, Hagos|Hagoss=ሓጎስ, Teklu|Tekloo=ተኽሉ,
 Tewelde|Tewolde|Teweldi=ተወልደ, Zerai|Zeray|Zeraie=ዘርኣይ, Okbay|Okubay|Ukbay=ዑቕባይ, Andom|Andome=ዓንዶም,
 Asmerom|Asmerum=ኣስመሮም, Ghebremedhin|Gebremedhin|Gebre Medhin|Ghebre-Medhin=ገብረመድህን,
 Gebremichael|Ghebremichael|Gebre Michael|Gebremikael=ገብረሚካኤል,
 Tesfamariam|Tesfamaryam|Tesfa Mariam=ተስፋማርያም, Woldemichael|Weldemichael|Welde Michael=ወልደሚካኤል,
 Kidanemariam|Kidane Mariam|Kidanemaryam=ኪዳነማርያም, Habtemariam|Habte Mariam|Habtemaryam=ሃብተማርያም,
 Gebrehiwet|Gebrehiwot|Ghebrehiwet=ገብረሕይወት, Tesfagiorgis|Tesfagergis|Tesfagiorgs=ተስፋጊዮርጊስ,
 Weldegiorgis|Woldegiorgis|Weldegergis=ወልደጊዮርጊስ""", zipf=0.5)
ER_F = toks("""Helen|Hellen=ሄለን, Senait|Senayt|Seneit=ሰናይት, Selam|Salam=ሰላም, Luwam|Luam|Lwam=ሉዋም,
 Saba=ሳባ, Yordanos|Yordanus|Jordanos=ዮርዳኖስ, Hiwet|Hewet|Hiwot=ሕይወት, Rahel|Rachel|Raheel=ራሄል,
 Winta|Wintana=ዊንታ, Mehret|Mihret|Meheret=ምሕረት, Ruta|Rutta=ሩታ, Feven|Fiven|Feben=ፌቨን, Eden|Edan=ኤደን,
 Aster|Astier=ኣስቴር, Tsega|Tsiga=ጸጋ, Meron|Miron=ሜሮን, Freweini|Frewoini|Frewini=ፍረወይኒ,
 Lidya|Lydia|Lidia=ሊድያ, Yohana|Yohanna=ዮሃና, Semhar|Semhare=ሰምሃር, Simret|Smret=ስምረት""", zipf=0.6)

ET_M = toks("""Abebe=አበበ, Bekele|Bekelle=በቀለ, Girma|Germa=ግርማ, Kebede|Kebedde=ከበደ, Tadesse|Tadese=ታደሰ,
 Alemu|Alemmu=አለሙ, Getachew|Getachu=ጌታቸው, Solomon|Selomon=ሰለሞን, Dereje|Dereji=ደረጀ,
 Tesfaye|Tesfaie=ተስፋዬ, Mekonnen|Mekonen=መኮንን, Hailu|Haylu=ኃይሉ, Yared|Yaried=ያሬድ, Abel|Abeel=አቤል,
 Eyob|Iyob|Eyoub=ኢዮብ, Biruk|Biruck|Bruk=ብሩክ, Kaleb|Caleb=ካሌብ, Chala|Chaala|Challa, Gemechu|Gemechis,
 Lemma|Lema=ለማ, Tolosa|Tolasa, Abdi|Abdii, Obsa|Obsaa, Kedir|Kadir|Kedire=ከድር, Jemal|Jamal=ጀማል,
 Nuru|Nurru=ኑሩ, Mulugeta|Mulgeta=ሙሉጌታ, Asefa|Assefa=አሰፋ, Worku|Werku=ወርቁ, Desta|Dessta=ደስታ""", zipf=0.5)
ET_F = toks("""Tigist|Tigest=ትዕግስት, Meseret|Meserete=መሰረት, Hirut|Hiruth=ሂሩት, Bethlehem|Betelhem|Betlehem=ቤተልሔም,
 Selamawit|Selamawite=ሰላማዊት, Mahlet|Mahelet=ማህሌት, Tsion|Tsiyon|Zion=ጽዮን, Almaz|Almas=አልማዝ,
 Chaltu|Caaltuu, Lensa|Lensaa, Ayantu|Ayaantu, Hana|Hanna=ሐና, Kidist|Kedist=ቅድስት, Meron|Miron=ሜሮን,
 Rahel|Rachel=ራሔል, Sara|Sarah=ሳራ, Genet|Gennet=ገነት""", zipf=0.6)

AR_M = toks("""Mohammed|Mohamed|Muhammad|Mohammad|Mohamad|Muhammed|Mohd=محمد*6,
 Ahmed|Ahmad|Ahmet=أحمد*3, Abdalla|Abdallah|Abdullah|Abdulla=عبدالله*2, Omer|Omar|Umar=عمر*1.8,
 Osman|Othman|Usman|Uthman=عثمان*1.5, Ibrahim|Ebrahim|Ibraheem=إبراهيم*1.5, Ismail|Ismaeil|Esmail|Ismael=إسماعيل,
 Yousif|Yusuf|Youssef|Yousef|Yosif=يوسف*1.2, Adam|Aadam=آدم*1.4, Hassan|Hasan=حسن*1.3,
 Hussein|Hussain|Husain|Hussien=حسين*1.2, Ali|Aly=علي*1.5, Khalid|Khaled|Khalied=خالد,
 Abdelrahman|Abdulrahman|Abdul Rahman|Abdel Rahman|Abdalrahman=عبدالرحمن, Abdelaziz|Abdulaziz|Abdul Aziz=عبدالعزيز*0.6,
 Mustafa|Mostafa|Moustafa=مصطفى, Salih|Saleh|Saleem=صالح, Elfatih|Al Fatih|Alfatih|El Fatih=الفاتح*0.4,
 Mutasim|Moatasim|Al-Mutasim|Mutassim=معتصم*0.4, Musa|Mousa|Moussa=موسى, Idris|Idriss|Edris=إدريس,
 Haroun|Harun|Haron=هارون*0.5, Suleiman|Sulaiman|Soliman|Sleiman=سليمان, Yahya|Yehia|Yahia=يحيى*0.5,
 Bakri|Bakry=بكري*0.3, Elsadig|Al Sadiq|Alsadig|Elsiddig=الصادق*0.3, Abubakar|Abu Bakr|Abubaker=أبوبكر*0.6,
 Mohanad|Muhannad|Mohannad=مهند*0.4, Mujahid|Mogahid=مجاهد*0.3, Babiker|Babikir|Babeker=بابكر*0.4,
 Hamid|Hamed=حامد*0.5, Issa|Eisa|Isa=عيسى*0.6, Jibril|Gibril|Jibreel=جبريل*0.4,
 Zakaria|Zakariya|Zakariyya=زكريا*0.5, Ishag|Ishaq|Ishak=إسحاق*0.5, Abakar|Abbakar|Abaker=أبكر*0.4,
 Yagoub|Yaqub|Yacoub|Yakub=يعقوب*0.5, Mahmoud|Mahmud|Mahmood=محمود*0.8, Karim|Kareem=كريم*0.4,
 Tarek|Tariq|Tarik=طارق*0.4, Walid|Waleed=وليد*0.4, Amr|Amro|Amru=عمرو*0.3, Ayman|Aiman=أيمن*0.3,
 Hossam|Hussam|Husam=حسام*0.3, Islam|Eslam=إسلام*0.3, Ziad|Ziyad|Zeyad=زياد*0.3, Adel|Adil=عادل*0.3,
 Ashraf|Ashraff=أشرف*0.2, Sherif|Sharif|Shareef=شريف*0.3, Hany|Hani=هاني*0.2, Ehab|Ihab=إيهاب*0.2""")
AR_F = toks("""Fatima|Fatma|Fatimah=فاطمة*3, Amna|Amina|Aminah=آمنة*2, Aisha|Aysha|Aicha|Aishah=عائشة*2,
 Mariam|Maryam|Mariem=مريم*1.5, Khadija|Khadeeja|Khadiga=خديجة*1.2, Hawa|Hawaa=حواء,
 Zainab|Zeinab|Zaynab=زينب, Sara|Sarah=سارة, Safa|Safaa=صفاء*0.6, Marwa|Marwah=مروة*0.6,
 Halima|Haleema|Halimah=حليمة*0.6, Nour|Noor|Nur=نور*0.6, Huda|Hoda=هدى*0.5, Rania|Raniya=رانيا*0.4""")
EG_FAM = toks("""El-Sayed|Elsayed|El Sayed|Al-Sayed|Alsayed=السيد, Abdel-Fattah|Abdelfattah|Abdel Fattah|Abd El Fattah=عبدالفتاح,
 Mansour|Mansur=منصور, Farouk|Farouq|Faruk=فاروق, Shehata|Shahata|Chehata=شحاتة, Hassan|Hasan=حسن,
 Ibrahim|Ebrahim=إبراهيم, Saleh|Salih=صالح, Soliman|Suleiman|Sulaiman=سليمان, Mahmoud|Mahmud=محمود,
 El-Masry|Elmasry|Al-Masri|El Masri=المصري, Gaber|Jaber|Gabr=جابر, Ragab|Rajab=رجب, Fathy|Fathi=فتحي,
 Badawi|Badawy|El-Badawy=بدوي, Nasser|Nasr|Naser=ناصر, Khalil|Khaleel=خليل, Zaki|Zaky=زكي,
 Helmy|Helmi=حلمي, Abdelaziz|Abdel Aziz|Abdulaziz=عبدالعزيز, Attia|Atiya|Attiya=عطية, Hegazy|Hijazi|Higazi=حجازي,
 Ashour|Ashur|Achour=عاشور, Shalaby|Shalabi=شلبي""", zipf=0.5)

KU_M = toks("""Karwan|Carwan|Karwaan=کاروان, Rebwar|Rebuar|Reibwar|Rebwer=ڕێبوار, Hemin|Himin|Hemn=هێمن,
 Dilshad|Delshad|Dlshad=دڵشاد, Soran|Sooran=سۆران, Shwan|Shuan|Shwann=شوان, Zana|Zanna=زانا, Aram|Araam=ئارام,
 Hawre|Hawri|Hawry=هاوڕێ, Sherzad|Shirzad|Sherzaad=شێرزاد, Rawand|Rewand|Rawend=ڕەوەند, Kawa|Kawe|Kaveh=کاوە,
 Bestun|Bestoon|Bistun=بێستون, Diyar|Dyar|Diar=دیار, Hiwa|Hewa|Heewa=هیوا, Azad|Azaad=ئازاد, Ako|Akko=ئاکۆ,
 Darbaz|Darbas=داربەز, Goran|Goraan=گۆران, Karzan|Karzhan=کارزان, Sardar|Serdar|Sardaar=سەردار,
 Rebin|Rebeen|Rebin=ڕێبین, Hawkar|Haukar=هاوکار, Bawar|Baawar=باوەڕ, Shakar|Shaker=شاکار""", zipf=0.5)
KU_F = toks("""Shilan|Shelan|Shilaan=شیلان, Roj|Rozh=ڕۆژ, Nasrin|Nesrin|Nasreen=نەسرین, Tara|Taara=تارا,
 Lana|Lanna=لانا, Hana|Hanna=هانا, Avan|Avin|Awan=ئاڤان, Shno|Shnow|Shnu=شنۆ, Dilan|Delan=دیلان,
 Nazdar|Nazdaar=نازدار, Chra|Chira=چرا, Bahar|Bahaar=بەهار, Sozan|Suzan=سۆزان""", zipf=0.5)
KU_FATHER = toks("""Abdullah|Abdulla|Abdalla=عبدوڵڵا, Rashid|Rasheed|Rashed=ڕەشید, Aziz|Azeez|Aziz=عەزیز,
 Qadir|Kadir|Qader|Kader=قادر, Karim|Kareem|Kerim=کەریم, Salih|Saleh|Salh=ساڵح, Hama|Hamah|Hamma=حەمە,
 Hamad|Hamid|Hamed=حەمەد, Othman|Osman|Usman=عوسمان, Majid|Majeed|Majed=مەجید, Rasul|Rasool|Rasoul=ڕەسووڵ,
 Faraj|Farag|Faradj=فەرەج, Mahmood|Mahmoud|Mahmud=مەحموود, Ahmed|Ahmad=ئەحمەد, Mohammed|Muhammad|Mohamad=محەمەد,
 Omar|Omer|Umar=عومەر, Ali|Aly=عەلی, Hussein|Hussain|Husen=حوسێن, Ismail|Ismael|Esmail=ئیسماعیل,
 Mustafa|Mostafa=مستەفا, Jalal|Jalaal=جەلال, Latif|Lateef|Latef=لەتیف, Tahir|Taher|Tahir=تاهیر""", zipf=0.6)

IR_M = toks("""Reza|Raza=رضا, Ali|Aly=علی, Hossein|Hussein|Hosein|Hussain=حسین, Mehdi|Mahdi|Mehdy=مهدی,
 Amir|Ameer=امیر, Mohammad|Mohammed|Mohamad|Muhammad=محمد, Saeed|Said|Saied=سعید, Hamid|Hameed=حمید,
 Behnam|Bahnam=بهنام, Arash|Aarash=آرش, Farhad|Farhaad=فرهاد, Kamran|Kamraan=کامران, Peyman|Payman|Paiman=پیمان,
 Milad|Meelad=میلاد, Mohammad Reza|Mohammadreza|Mohamadreza|Mohammed Reza=محمدرضا,
 Amir Hossein|Amirhossein|Amir Hussein=امیرحسین, Ebrahim|Ibrahim|Ebraheem=ابراهیم, Yaser|Yasser|Yasir=یاسر,
 Omid|Ommid|Omeed=امید, Kaveh|Kave|Kawa=کاوه, Soheil|Sohail|Suhail=سهیل, Babak|Baabak=بابک, Kamal|Kamaal=کمال""",
            zipf=0.7)
IR_F = toks("""Maryam|Mariam=مریم, Zahra|Zahraa=زهرا, Fatemeh|Fatima|Fatemah=فاطمه, Nazanin|Nazaneen=نازنین,
 Shirin|Shireen=شیرین, Parisa|Paresa=پریسا, Leila|Layla|Leyla=لیلا, Sara|Sarah=سارا, Mahsa|Mahssa=مهسا,
 Elham|Elhaam=الهام, Samira|Sameera=سمیرا, Narges|Nargis=نرگس""", zipf=0.6)
IR_FAM = toks("""Ahmadi|Ahmady=احمدی, Hosseini|Husseini|Hoseini=حسینی, Karimi|Kareemi=کریمی,
 Rezaei|Rezaie|Rezayi|Rezaee=رضایی, Mohammadi|Mohamadi|Muhammadi=محمدی, Moradi|Muradi=مرادی, Rahimi|Raheemi=رحیمی,
 Jafari|Jafary|Jaafari=جعفری, Hashemi|Hashimi=هاشمی, Sadeghi|Sadeqi|Sadighi=صادقی, Ghorbani|Qorbani|Gorbani=قربانی,
 Azizi|Azeezi=عزیزی, Rostami|Rustami=رستمی, Kazemi|Kazimi=کاظمی, Mirzaei|Mirzaie|Mirzaee=میرزایی,
 Heidari|Haidari|Heydari=حیدری, Amini|Ameeni=امینی, Bahrami|Bahramy=بهرامی, Rahmani|Rahmany=رحمانی,
 Salehi|Salihi=صالحی, Zarei|Zareie=زارعی, Naderi|Nadiri=نادری""", zipf=0.5)

AF_M = toks("""Ahmad|Ahmed=احمد*2, Mohammad|Mohammed|Muhammad|Mohamad=محمد*2, Abdul Rahim|Abdulrahim|Abdul Raheem=عبدالرحیم,
 Rahmatullah|Rahmatulla|Rahmat Ullah|Rahmatollah=رحمت‌الله, Hamidullah|Hamidulla|Hamid Ullah=حمیدالله,
 Zabihullah|Zabiullah|Zabihulla=ذبیح‌الله, Ehsanullah|Ihsanullah|Ehsan Ullah=احسان‌الله,
 Naqibullah|Naqeebullah|Naqibulla=نقیب‌الله, Samiullah|Sami Ullah|Samiulla=سمیع‌الله, Javed|Jawed|Javid=جاوید,
 Jawad|Javad=جواد, Sayed|Sayyed|Syed=سید, Gul|Gull=گل, Shir|Sher=شیر, Noor|Nur|Nour=نور, Wahid|Waheed=وحید,
 Bilal|Belal=بلال, Farid|Fareed=فرید, Hamid|Hameed=حمید, Idris|Edris=ادریس, Ismail|Esmail|Ismael=اسماعیل,
 Khalil|Khaleel=خلیل, Mirwais|Mir Wais|Mirways=میرویس, Nasir|Naseer|Nasser=ناصر, Omid|Omeed=امید,
 Qadir|Qader|Kadir=قادر, Rahim|Raheem=رحیم, Sabir|Sabeer=صابر, Tariq|Tareq=طارق, Yama|Yamma=یما,
 Zaki|Zakki=ذکی, Ali|Aly=علی, Hussain|Hussein|Husain=حسین, Asadullah|Asad Ullah|Asadulla=اسدالله,
 Ajmal|Ajmall=اجمل, Ahmad Shah|Ahmadshah|Ahmed Shah=احمدشاه, Gul Agha|Gulagha|Gul Aga=گل‌آغا,
 Abdul Wahab|Abdulwahab|Abdul Wahhab=عبدالوهاب, Shafiq|Shafeeq=شفیق""", zipf=0.6)
AF_F = toks("""Fatima|Fatema|Fatimah=فاطمه, Zahra|Zahraa=زهرا, Mariam|Maryam=مریم, Nadia|Nadiya=نادیه,
 Parwana|Parvana=پروانه, Shabana|Shabnam=شبانه, Freshta|Fereshta|Fereshteh=فرشته, Marzia|Marziyeh=مرضیه,
 Sima|Seema=سیما, Zarghuna|Zarghona=زرغونه, Mursal|Mursall=مرسل, Khadija|Khadija=خدیجه""", zipf=0.6)
AF_FAM = toks("""Ahmadzai|Ahmadzay|Ahmedzai=احمدزی, Sultani|Soltani=سلطانی, Hotak|Hotaki=هوتک, Safi|Saafi=صافی,
 Stanekzai|Stanikzai|Stanakzai=ستانکزی, Noori|Nuri|Noorzai=نوری, Rahimi|Raheemi=رحیمی, Amiri|Ameeri=امیری,
 Hakimi|Hakeemi=حکیمی, Haidari|Haideri|Heydari=حیدری, Karimi|Kareemi=کریمی, Sharifi|Shareefi=شریفی,
 Popal|Popalzai=پوپل, Niazi|Niyazi=نیازی, Wardak|Wardag=وردک, Mohammadi|Mohamadi=محمدی,
 Hussaini|Hosseini|Husaini=حسینی, Khan|Kahn=خان, Sadat|Saadat=سادات, Jalali|Jalaly=جلالی,
 Omari|Umari=عمری, Zadran|Zadraan=زدران, Mangal|Mangall=منگل""", zipf=0.5)

RO_M = toks("""Ion|Ioan, Andrei|Andrey, Alexandru|Alexandro, Mihai|Mihail, Florin, Marian, Ionut|Ionuț, Constantin,
 Gheorghe|George, Cristian, Adrian, Daniel, Stefan|Ștefan, Vasile, Nicolae|Nicu, Catalin|Cătălin, Costel,
 Ionel, Marius, Gabriel, Dumitru, Petru|Petre, Sorin, Viorel, Fanel|Fănel, Remus, Lucian, Robert, Bogdan""",
            zipf=0.6)
RO_F = toks("""Maria, Elena, Ana, Ioana, Andreea|Andrea, Alexandra, Mihaela, Florentina, Cristina, Gabriela,
 Roxana, Denisa, Nicoleta, Georgiana, Larisa, Alina, Daniela, Ramona, Bianca, Loredana""", zipf=0.6)
RO_FAM = toks("""Popa, Popescu, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Constantin, Rusu,
 Munteanu, Lazar|Lazăr, Florea, Ionescu, Mihai, Moldovan, Dinu, Serban|Șerban, Tudor, Barbu, Marin, Sandu,
 Lupu, Caldararu|Căldăraru|Caldarar, Stanescu|Stănescu, Dobre, Baluta|Băluță, Zamfir, Nastase|Năstase,
 Dumitrescu, Niculae, Oprea, Ene, Badea, Voicu, Covaci|Covaciu, Lacatus|Lăcătuș""", zipf=0.5)
RO_NICK = {"Ionut": ["Nutu"], "Nicolae": ["Nicu"], "Gheorghe": ["George", "Gica"], "Constantin": ["Costi", "Costel"],
           "Alexandru": ["Alex"], "Florentina": ["Flori"], "Alexandra": ["Alexa"]}

PL_M = toks("""Piotr, Krzysztof, Tomasz, Pawel|Paweł, Marcin, Michal|Michał, Lukasz|Łukasz, Grzegorz, Jakub, Adam,
 Mariusz, Dariusz, Janusz, Zbigniew, Andrzej, Kamil, Damian, Sebastian, Rafal|Rafał, Wojciech, Artur,
 Robert, Dawid, Mateusz, Marek""", zipf=0.5)
PL_F = toks("""Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Monika, Ewa, Marta, Justyna, Beata, Aleksandra,
 Karolina, Malgorzata|Małgorzata, Dorota, Izabela, Sylwia""", zipf=0.5)
PL_FAM = toks("""Nowak, Kowalski, Wisniewski|Wiśniewski, Wojcik|Wójcik, Kowalczyk, Kaminski|Kamiński, Lewandowski,
 Zielinski|Zieliński, Szymanski|Szymański, Wozniak|Woźniak, Dabrowski|Dąbrowski, Kozlowski|Kozłowski,
 Jankowski, Mazur, Krawczyk, Piotrowski, Grabowski, Pawlowski|Pawłowski, Michalski, Krol|Król, Wieczorek,
 Jablonski|Jabłoński, Wrobel|Wróbel, Nowakowski, Majewski, Olszewski, Stepien|Stępień, Malinowski, Dudek,
 Zajac|Zając""", zipf=0.5)
PL_NICK = {"Krzysztof": ["Krzys", "Chris"], "Lukasz": ["Lukas", "Luke"], "Michal": ["Michael"],
           "Pawel": ["Paul"], "Piotr": ["Peter"], "Jakub": ["Kuba"], "Wojciech": ["Wojtek"],
           "Malgorzata": ["Gosia"], "Katarzyna": ["Kasia", "Kate"], "Aleksandra": ["Ola"],
           "Magdalena": ["Magda"], "Grzegorz": ["Greg"], "Tomasz": ["Tomek", "Tom"]}

UA_M = toks("""Oleksandr|Olexandr|Aleksandr|Alexander=Олександр, Andrii|Andriy|Andrei|Andrey=Андрій,
 Dmytro|Dmitro|Dmitry|Dmitriy=Дмитро, Serhii|Serhiy|Sergey|Sergii=Сергій, Ivan=Іван, Maksym|Maxim|Maksim=Максим,
 Viktor|Victor=Віктор, Volodymyr|Vladimir|Volodimir=Володимир, Mykola|Nikolai|Mikola=Микола,
 Yurii|Yuriy|Yuri=Юрій, Oleh|Oleg=Олег, Bohdan|Bogdan=Богдан, Taras=Тарас, Vasyl|Vasily|Vasil=Василь,
 Roman=Роман""", zipf=0.5)
UA_F = toks("""Olena|Elena|Olyena=Олена, Nataliia|Natalia|Nataliya=Наталія, Yuliia|Yulia|Iuliia=Юлія,
 Iryna|Irina=Ірина, Anna|Hanna=Анна, Oksana=Оксана, Tetiana|Tatiana|Tetyana=Тетяна,
 Kateryna|Ekaterina|Katerina=Катерина, Svitlana|Svetlana=Світлана, Viktoriia|Viktoria|Victoria=Вікторія,
 Mariia|Maria|Mariya=Марія, Daria|Dariia|Darya=Дарія, Alina=Аліна""", zipf=0.5)
UA_FAM = toks("""Shevchenko|Shevchenco=Шевченко, Bondarenko=Бондаренко, Kovalenko=Коваленко, Tkachenko=Ткаченко,
 Kravchenko=Кравченко, Melnyk|Melnik=Мельник, Boiko|Boyko=Бойко, Oliinyk|Oleinik|Oliynyk=Олійник,
 Lysenko|Lisenko=Лисенко, Savchenko=Савченко, Polishchuk|Polischuk=Поліщук, Rudenko=Руденко, Moroz=Мороз,
 Pavlenko=Павленко, Marchenko=Марченко, Kovalchuk|Kovalchyk=Ковальчук, Kuzmenko=Кузьменко,
 Petrenko=Петренко""", zipf=0.4)

NG_M = toks("""Emmanuel, Godwin, Samuel, Chinedu, Chukwuemeka, Ifeanyi|Ifeanyichukwu, Babatunde, Oluwaseun,
 Olusegun, Osagie|Osaghie, Osaro, Friday, Sunday, Kingsley, Victor, David, Daniel, Prince, Godspower,
 Bright, Lucky, Ikenna, Obinna, Oluwafemi, Oluwatobi, Eghosa|Eghosah, Uyi|Uyiosa""", zipf=0.5)
NG_F = toks("""Blessing, Joy, Precious, Favour|Favor, Mercy, Gift, Peace, Success, Glory, Faith, Esther,
 Patience, Osasu|Osas, Ivie|Ivy, Efe, Omosede, Eghosa, Osayuki, Chiamaka, Ngozi, Adaeze, Funmilayo|Funmi,
 Omolara|Lara, Princess, Goodness""", zipf=0.6)
NG_MID = toks("""Osas, Efe, Ivie, Osaro, Eki, Nosa, Ada, Chioma, Ngozi, Ifeoma, Oluwakemi, Ayo, Bukola,
 Emeka, Tunde, Uche, Chidi, Osamudiamen, Esosa, Itohan""", zipf=0.4)
NG_FAM = toks("""Okafor, Okonkwo, Eze, Nwosu, Adeyemi, Ogunleye, Adebayo, Osagie|Osaghie, Igbinedion|Igbinedon,
 Omoregie|Omoregbe, Ehigiator, Osaghae, Aigbe, Edosomwan|Edosomwen, Obasuyi, Uwaifo, Okoro, Ibrahim, Bello,
 Musa, Ogbeide, Iyamu, Osayande, Idahosa, Eguavoen, Nwachukwu, Obi, Okeke, Adeleke, Oyelaran""", zipf=0.5)
NG_NICK = {"Chukwuemeka": ["Emeka"], "Oluwaseun": ["Seun"], "Babatunde": ["Tunde"], "Olusegun": ["Segun"],
           "Oluwafemi": ["Femi"], "Oluwatobi": ["Tobi"], "Osasu": ["Osas"], "Ifeanyi": ["Ify"],
           "Funmilayo": ["Funmi"], "Omolara": ["Lara"], "Precious": ["Presh"], "Uyi": ["Uyiosa"]}

IN_SIKH = toks("""Harpreet, Gurpreet, Manpreet, Amandeep, Jaspreet, Sandeep, Harjit|Harjeet, Kulwinder|Kulvinder,
 Jagdeep, Parminder|Parmindar, Baljit|Baljeet, Gurdeep, Sukhwinder|Sukhvinder, Ranjit|Ranjeet, Navdeep,
 Lovepreet, Arshdeep, Jaswinder|Jasvinder""", zipf=0.4)
IN_SIKH_FAM = toks("""Gill, Sandhu|Sindhu, Sidhu, Dhillon|Dhilon, Grewal, Brar, Bains, Sekhon, Mann, Virk,
 Randhawa, Kang, Johal, Atwal, Cheema""", zipf=0.4)
IN_M = toks("""Rajesh, Suresh, Ramesh, Vijay, Anil, Sunil, Ravi, Arjun, Rahul, Mohan, Krishna, Manoj, Sanjay,
 Amit, Deepak, Ashok, Pradeep|Pradip, Joseph, Mathew|Matthew, Jijo, Binu, Shibu, Jomon""", zipf=0.5)
IN_F = toks("""Priya, Pooja|Puja, Anjali, Sunita, Kavita|Kavitha, Lakshmi|Laxmi, Divya, Neha, Rekha, Meena,
 Geeta|Gita, Anju, Jincy, Sherin|Sheryn, Bincy, Reshma""", zipf=0.5)
IN_FAM = toks("""Kumar, Patel, Sharma, Shah, Reddy, Nair, Pillai, Das, Yadav, Gupta, Verma, Joshi, Thomas,
 Mathew|Mathews, Joseph, Varghese|Verghese, Kurian|Kuriakose, George, Chauhan, Solanki""", zipf=0.5)
IN_TAMIL_FATHER = toks("""Ramasamy|Ramaswamy, Murugan|Murugesan, Subramaniam|Subramanian, Krishnan, Rajendran,
 Selvaraj|Selvarajah, Palani|Palanisamy, Arumugam, Ganesan, Velu|Veluswamy""", zipf=0.4)

# ---------------------------------------------------------------------------
# groups
# ---------------------------------------------------------------------------

GROUPS = wl("GB*24, AL*17, VN*8, ER*6.5, SD*6, RO*3.5, NG*3.5, CN*3.5, IN*3.5, PL*2, AF*4.5, IR*3.5, "
            "IQ*4.5, ET*2.5, EG*3, UA*1.5")
ARRIVAL = ("ER", "SD", "AF", "IR", "IQ", "EG", "ET")
ARABIC_CHAIN = ("SD", "EG", "IQ")

# per-group: prob male, age (lo, hi, mode), transliteration re-spelling rate per token
GP = {
    "GB": dict(male=0.78, age=None, var=0.03),
    "AL": dict(male=0.86, age=(15, 38, 21), var=0.10),
    "VN": dict(male=0.66, age=(14, 42, 19), var=0.0),
    "ER": dict(male=0.80, age=(15, 34, 19), var=0.25),
    "SD": dict(male=0.95, age=(15, 36, 21), var=0.30),
    "RO": dict(male=0.55, age=(18, 56, 29), var=0.15),
    "NG": dict(male=0.25, age=(17, 42, 24), var=0.08),
    "CN": dict(male=0.45, age=(18, 56, 33), var=0.04),
    "IN": dict(male=0.65, age=(20, 52, 30), var=0.10),
    "PL": dict(male=0.70, age=(20, 62, 38), var=0.20),
    "AF": dict(male=0.95, age=(14, 32, 17), var=0.30),
    "IR": dict(male=0.85, age=(16, 42, 25), var=0.22),
    "IQ": dict(male=0.90, age=(15, 40, 23), var=0.30),
    "ET": dict(male=0.60, age=(16, 36, 22), var=0.22),
    "EG": dict(male=0.95, age=(14, 30, 17), var=0.25),
    "UA": dict(male=0.40, age=(18, 52, 30), var=0.30),
}
# how the DOB is known for the person: documented / claimed / assessed / unknown
DOBKIND = {
    "GB": (0.74, 0.20, 0.0, 0.06), "AL": (0.55, 0.27, 0.10, 0.08), "VN": (0.25, 0.40, 0.22, 0.13),
    "ER": (0.10, 0.45, 0.30, 0.15), "SD": (0.10, 0.45, 0.30, 0.15), "RO": (0.75, 0.18, 0.02, 0.05),
    "NG": (0.35, 0.40, 0.12, 0.13), "CN": (0.30, 0.40, 0.15, 0.15), "IN": (0.65, 0.25, 0.04, 0.06),
    "PL": (0.78, 0.16, 0.01, 0.05), "AF": (0.15, 0.40, 0.32, 0.13), "IR": (0.20, 0.45, 0.22, 0.13),
    "IQ": (0.18, 0.45, 0.24, 0.13), "ET": (0.15, 0.45, 0.27, 0.13), "EG": (0.25, 0.45, 0.20, 0.10),
    "UA": (0.80, 0.15, 0.01, 0.04),
}

NAT = {
    "GB": "British*50, UK*10, English*8, British citizen*4, United Kingdom*5, GB*2, Welsh*3, Scottish*3, british*5, UK national*2",
    "AL": "Albanian*50, Albania*25, ALBANIAN*8, albanian*6, Albanain*2, ALBANIA*3",
    "VN": "Vietnamese*45, Vietnam*22, Viet Nam*8, VIETNAMESE*6, vietnamese*5, Veitnamese*2, VIETNAM*3",
    "ER": "Eritrean*45, Eritrea*22, ERITREA*7, eritrian*4, Eritrian*4, ERITREAN*5, Eritrean (claimed)*2",
    "SD": "Sudanese*45, Sudan*25, SUDANESE*7, sudanese*5, Sudanese (Darfur)*3, SUDAN*3",
    "RO": "Romanian*50, Romania*25, ROMANIAN*7, romanian*5, Rumanian*1, Roumanian*1",
    "NG": "Nigerian*50, Nigeria*28, NIGERIAN*7, nigerian*5, Nigerain*1",
    "CN": "Chinese*55, China*25, CHINESE*6, PRC*3, Chinese (Fujian)*2, chinese*4",
    "IN": "Indian*55, India*25, INDIAN*7, indian*5",
    "PL": "Polish*60, Poland*25, POLISH*7, polish*5",
    "AF": "Afghan*45, Afghanistan*25, Afghani*8, AFGHAN*6, afghan*4, Afgan*2",
    "IR": "Iranian*50, Iran*25, IRANIAN*6, Persian*3, Iranian (Kurdish)*5, iranian*4",
    "IQ": "Iraqi*35, Iraq*18, Kurdish*12, Iraqi Kurd*8, Kurdish (Iraq)*5, IRAQI*5, iraqi*3, Iraqi Kurdish*5",
    "ET": "Ethiopian*50, Ethiopia*25, ETHIOPIAN*6, ethiopian*4, Ethiopean*3, Oromo*2",
    "EG": "Egyptian*50, Egypt*27, EGYPTIAN*7, egyptian*5, Egyption*3",
    "UA": "Ukrainian*50, Ukraine*28, UKRAINIAN*5, Ukranian*8, ukrainian*4",
}
NAT = {k: wl(v) for k, v in NAT.items()}
NAT_ALT = {  # a different nationality recorded on some referrals
    "GB": "Irish*2, Jamaican*1, British/Jamaican*1", "AL": "Kosovan*3, Kosovo*2, Greek*1",
    "VN": "Chinese*2, Vietnamese/Chinese*1", "ER": "Ethiopian*5, Eritrean/Ethiopian*2, Sudanese*1",
    "SD": "South Sudanese*2, S. Sudan*2, Chadian*2, Chad*1", "RO": "Moldovan*2, Bulgarian*1",
    "NG": "Ghanaian*2, Cameroonian*1", "CN": "Hong Kong*1, Malaysian*1", "IN": "Pakistani*2, Bangladeshi*1",
    "PL": "Lithuanian*1, Ukrainian*1", "AF": "Pakistani*3, Iranian*2", "IR": "Iraqi*2, Kurdish*3, Afghan*1",
    "IQ": "Iranian*3, Kurdish*3, Syrian*2", "ET": "Eritrean*5, Somali*1", "EG": "Sudanese*2, Libyan*2",
    "UA": "Russian*2, Moldovan*1",
}
NAT_ALT = {k: wl(v) for k, v in NAT_ALT.items()}
LANG = {
    "GB": "English*90, english*6, English (British)*1",
    "AL": "Albanian*70, albanian*10, Shqip*2, Albanian - some English*5, English*3",
    "VN": "Vietnamese*80, vietnamese*8, Vietnamese (limited English)*5, Vietnam*2",
    "ER": "Tigrinya*55, Tigrigna*15, Tigrinia*8, Tigrinya, some Arabic*5, Tigre*4, Tigrinyan*3",
    "SD": "Arabic*70, Arabic (Sudanese)*10, Sudanese Arabic*5, Fur*4, Zaghawa*4, Masalit*3, arabic*4",
    "RO": "Romanian*75, Romani*8, romanian*6, Romanian/Romani*4",
    "NG": "English*50, Edo*12, Bini*5, Pidgin English*8, Yoruba*10, Igbo*10",
    "CN": "Mandarin*55, Chinese*15, Fujianese*8, Cantonese*6, Mandarin Chinese*6, Fuzhounese*3",
    "IN": "Punjabi*35, Hindi*20, Malayalam*12, Gujarati*10, Tamil*8, English*8",
    "PL": "Polish*90, polish*6",
    "AF": "Pashto*40, Dari*30, Farsi*10, Pashtu*6, Pushto*4, Persian*3",
    "IR": "Farsi*55, Persian*15, Kurdish*15, Kurdish Sorani*5, farsi*5",
    "IQ": "Kurdish Sorani*35, Sorani*20, Kurdish*20, Arabic*12, Kurdish (Sorani)*8, Badini*3",
    "ET": "Amharic*45, Oromo*20, Afaan Oromo*8, Tigrinya*10, Oromifa*4",
    "EG": "Arabic*85, Arabic (Egyptian)*10",
    "UA": "Ukrainian*60, Russian*25, Ukrainian/Russian*10",
}
LANG = {k: wl(v) for k, v in LANG.items()}

EXPL_OPTS = ["Sexual exploitation", "Labour exploitation", "Domestic servitude", "Criminal exploitation",
             "County lines", "Cannabis cultivation", "Organ harvesting", "Not known"]
EXPL = {
    "GB": "County lines*60, Criminal exploitation*25, Sexual exploitation*12, Labour exploitation*3",
    "AL": "Criminal exploitation*35, Cannabis cultivation*25, Labour exploitation*25, Sexual exploitation*15",
    "VN": "Cannabis cultivation*45, Labour exploitation*40, Sexual exploitation*8, Criminal exploitation*7",
    "ER": "Labour exploitation*55, Sexual exploitation*15, Domestic servitude*10, Not known*20",
    "SD": "Labour exploitation*65, Criminal exploitation*10, Not known*25",
    "RO": "Labour exploitation*50, Sexual exploitation*30, Criminal exploitation*20",
    "NG": "Sexual exploitation*65, Domestic servitude*20, Labour exploitation*15",
    "CN": "Sexual exploitation*40, Labour exploitation*45, Cannabis cultivation*15",
    "IN": "Labour exploitation*75, Domestic servitude*20, Sexual exploitation*5",
    "PL": "Labour exploitation*85, Criminal exploitation*10, Sexual exploitation*5",
    "AF": "Labour exploitation*50, Sexual exploitation*15, Criminal exploitation*15, Not known*20",
    "IR": "Labour exploitation*60, Criminal exploitation*20, Not known*20",
    "IQ": "Labour exploitation*60, Criminal exploitation*25, Not known*15",
    "ET": "Domestic servitude*35, Labour exploitation*40, Sexual exploitation*15, Not known*10",
    "EG": "Labour exploitation*60, Criminal exploitation*25, Not known*15",
    "UA": "Labour exploitation*50, Sexual exploitation*40, Domestic servitude*10",
}
EXPL = {k: wl(v) for k, v in EXPL.items()}
EXPL_OTHER = ["Forced begging", "Financial exploitation (benefits)", "Forced marriage", "debt bondage",
              "Other - not sure"]

# organisations: (form option text, type, mail domain, towns, typed variants, anon share)
ORGS = [
    ("Metropolitan Police Service", "police", "met.police.example.uk",
     "London, Croydon, Hounslow, Stratford, Lewisham, Brent, Tower Hamlets, Ilford, Wembley, Peckham",
     "Met Police, MPS, Metropolitan Police, met police"),
    ("Kent Police", "police", "kent.police.example.uk",
     "Dover, Folkestone, Maidstone, Canterbury, Margate, Ashford, Gravesend, Chatham", "Kent Police - Dover"),
    ("West Midlands Police", "police", "westmidlands.police.example.uk",
     "Birmingham, Wolverhampton, Coventry, Walsall, West Bromwich, Dudley", "WMP, W Mids Police"),
    ("Greater Manchester Police", "police", "gmp.police.example.uk",
     "Manchester, Salford, Bolton, Oldham, Rochdale, Stockport, Wigan", "GMP"),
    ("West Yorkshire Police", "police", "westyorkshire.police.example.uk",
     "Leeds, Bradford, Huddersfield, Wakefield, Halifax", "WYP"),
    ("Merseyside Police", "police", "merseyside.police.example.uk", "Liverpool, Birkenhead, St Helens, Bootle", ""),
    ("Thames Valley Police", "police", "thamesvalley.police.example.uk",
     "Reading, Oxford, Slough, Milton Keynes, High Wycombe", "TVP"),
    ("Essex Police", "police", "essex.police.example.uk", "Southend, Chelmsford, Colchester, Basildon, Harlow, Thurrock", ""),
    ("Police Scotland", "police", "scotland.police.example.uk", "Glasgow, Edinburgh, Aberdeen, Dundee", ""),
    ("South Wales Police", "police", "south-wales.police.example.uk", "Cardiff, Swansea, Newport, Merthyr Tydfil", ""),
    ("British Transport Police", "police", "btp.police.example.uk", "London, Birmingham, Manchester, Crewe, Peterborough", "BTP"),
    ("Lancashire Constabulary", "police", "lancs.police.example.uk", "Preston, Blackpool, Blackburn, Burnley, Lancaster", "Lancs Police"),
    ("Northumbria Police", "police", "northumbria.police.example.uk", "Newcastle, Sunderland, Gateshead, South Shields", ""),
    ("Avon and Somerset Police", "police", "avonandsomerset.police.example.uk", "Bristol, Bath, Weston-super-Mare, Taunton", "A&S Police"),
    ("Nottinghamshire Police", "police", "notts.police.example.uk", "Nottingham, Mansfield, Newark", "Notts Police"),
    ("Kent County Council", "la", "kent.example.gov.uk", "Dover, Folkestone, Maidstone, Ashford, Canterbury",
     "KCC, Kent CC Children's Services, KCC UASC team"),
    ("Birmingham City Council", "la", "birmingham.example.gov.uk", "Birmingham", "Birmingham Children's Trust"),
    ("Manchester City Council", "la", "manchester.example.gov.uk", "Manchester", ""),
    ("Leeds City Council", "la", "leeds.example.gov.uk", "Leeds", ""),
    ("London Borough of Croydon", "la", "croydon.example.gov.uk", "Croydon", "Croydon Council, Croydon Children's Services"),
    ("London Borough of Hillingdon", "la", "hillingdon.example.gov.uk", "Hillingdon, Heathrow, Uxbridge, Hayes", "Hillingdon Council"),
    ("Glasgow City Council", "la", "glasgow.example.gov.uk", "Glasgow", ""),
    ("Cardiff Council", "la", "cardiff.example.gov.uk", "Cardiff", ""),
    ("Bristol City Council", "la", "bristol.example.gov.uk", "Bristol", ""),
    ("Portsmouth City Council", "la", "portsmouth.example.gov.uk", "Portsmouth", ""),
    ("Border Force", "ho", "borderforce.example.gov.uk",
     "Dover, Dover, Dover, Folkestone, Heathrow, Gatwick, Harwich, Stansted, Manston, Hull", "UK Border Force, BF Dover"),
    ("UK Visas and Immigration", "ho", "ukvi.example.gov.uk", "Croydon, Liverpool, Glasgow, Cardiff, Solihull, Leeds, Belfast", "UKVI"),
    ("Immigration Enforcement", "ho", "ie.example.gov.uk", "London, Birmingham, Manchester, Glasgow, Bristol, Leeds",
     "Home Office Immigration Enforcement, HOIE"),
    ("The Salvation Army", "charity", "salvationarmy.example.org", "", "Salvation Army"),
    ("Migrant Help", "charity", "migranthelp.example.org", "Dover, Folkestone, London, Birmingham, Glasgow", ""),
    ("Barnardo's", "charity", "barnardos.example.org", "", "Barnardos, Barnardo's ICTG"),
    ("British Red Cross", "charity", "redcross.example.org", "", "Red Cross"),
    ("Refugee Council", "charity", "refugeecouncil.example.org", "London, Leeds, Ipswich, Croydon", ""),
    ("Hope for Justice", "charity", "hopeforjustice.example.org", "Manchester, Birmingham, London", ""),
    ("Helen Bamber Foundation", "charity", "helenbamber.example.org", "London", "HBF"),
    ("Snowdrop Project", "charity", "snowdrop.example.org", "Sheffield", ""),
    ("Medaille Trust", "charity", "medaille.example.org", "Salford, Bristol, London", ""),
]
ANY_TOWNS = ("London, Birmingham, Manchester, Leeds, Liverpool, Bristol, Glasgow, Cardiff, Newcastle, Sheffield, "
             "Nottingham, Leicester, Coventry, Bradford, Southampton, Portsmouth, Hull, Stoke-on-Trent, Derby, "
             "Peterborough, Luton, Southend, Middlesbrough, Swansea, Edinburgh, Norwich, Plymouth, Reading").split(", ")
TOWN_VARIANTS = {"Birmingham": ["B'ham", "Bham"], "Manchester": ["Mcr", "Manc"], "Newcastle": ["Newcastle upon Tyne"],
                 "Stoke-on-Trent": ["Stoke"], "Heathrow": ["Heathrow T5", "LHR"], "Weston-super-Mare": ["Weston"],
                 "London": ["london", "LONDON", "London (South)", "East London"], "Dover": ["Dover port", "DOVER"],
                 "Southend": ["Southend-on-Sea"], "Gatwick": ["LGW"], "Folkestone": ["Folkstone"]}

STAFF_FIRST = ("Sarah Emma Laura Claire Rachel Helen Nicola Gemma Kate Lucy Hannah Joanne Lisa Priya Aisha Fatima "
               "Mark Paul David Andrew Richard Steven Chris Simon Gareth Neil Matthew Tom Ben James Sam Raj Imran "
               "Tariq Kwame Olu Marek Siobhan Bethan Rhian Fiona Iain Catriona Zoe Becky Dev Anita").split()
STAFF_LAST = ("Whitfield Ashworth Pemberton Hargreaves Carver Ellison Fairbairn Danvers Holloway Kendrick Lockwood "
              "Marsden Norcross Oakley Prentice Radcliffe Sheldon Thornton Upton Varley Wainwright Yardley Chaudhry "
              "Okoye Mensah Nowicki Osei Rahman Bramley Colquhoun Dunmore Eastwood Fenwick Gilchrist Hendry Ingham "
              "Jessop Kilbride Lomax Merriman Nuttall Ormerod Pickles Quayle Rowbotham Stansfield Tilley").split()

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

START = dt.datetime(2018, 1, 8)
END = dt.datetime(2025, 10, 31, 23, 0)
YEAR_W = [(2018, 7), (2019, 10), (2020, 10), (2021, 12.5), (2022, 16.5), (2023, 16.5), (2024, 18.5), (2025, 15)]

DOBQ = {"documented": "Confirmed by a document (e.g. passport or ID card)",
        "claimed": "Claimed by the person",
        "assessed": "Estimated / age assessed",
        "unknown": "Not known"}

HEADER = ["ID", "Start time", "Completion time", "Email", "Name",
          "What is the potential victim's full name (as they gave it)?",
          "Does the person use any other names or spellings? If so, list them.",
          "Date of birth (if known)",
          "If the date of birth is not known, what is their approximate age?",
          "Is the date of birth: ",
          "Sex",
          "Nationality",
          "First language",
          "Home Office reference (if any)",
          "Which organisation are you from?",
          "Type of exploitation (select all that apply)",
          "Where was the person encountered? (town or city)",
          "Any other information"]

# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------


class Person:
    pass


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def first_ref_date(rng):
    y = wpick(rng, YEAR_W)
    a = dt.datetime(y, 1, 1)
    b = dt.datetime(y, 12, 31) if y < 2025 else END
    if a < START:
        a = START
    day = a + dt.timedelta(days=rng.random() * (b - a).days)
    return day.date()


def pick_given(rng, g, male, exclude=()):
    L = {"GB": (GB_M, GB_F), "AL": (AL_M, AL_F), "VN": (VN_M, VN_F), "CN": (CN_M, CN_F), "ER": (ER_M, ER_F),
         "ET": (ET_M, ET_F), "SD": (AR_M, AR_F), "EG": (AR_M, AR_F), "RO": (RO_M, RO_F), "PL": (PL_M, PL_F),
         "UA": (UA_M, UA_F), "NG": (NG_M, NG_F), "IR": (IR_M, IR_F), "AF": (AF_M, AF_F)}
    if g == "IQ":
        lst = (KU_M if rng.random() < 0.75 else AR_M) if male else (KU_F if rng.random() < 0.8 else AR_F)
    elif g == "IN":
        lst = IN_M if male else IN_F
    else:
        lst = L[g][0] if male else L[g][1]
    return lst.pick(rng, exclude)


def polish_fem(tok):
    def f(s):
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    return Tok([f(x) for x in tok.v], tok.s, tok.w, tok.d)


def make_family(rng, g, sub):
    """tokens shared by siblings"""
    fam = {}
    if g == "GB":
        fam["family"] = (GBA_FAM if sub == "asian" else GB_FAM).pick(rng)
    elif g == "AL":
        fam["family"] = AL_FAM.pick(rng)
        fam["father"] = AL_M.pick(rng)
    elif g == "VN":
        fam["family"] = VN_FAM.pick(rng)
    elif g == "CN":
        fam["family"] = CN_FAM.pick(rng)
    elif g in ("ER", "ET"):
        L = ER_M if g == "ER" else ET_M
        if g == "ET" and rng.random() < 0.2:
            L = AR_M  # Muslim Ethiopian
        fam["father"] = L.pick(rng)
        fam["grandfather"] = L.pick(rng, exclude=(fam["father"].v[0],))
    elif g in ("SD", "EG"):
        fam["father"] = AR_M.pick(rng)
        fam["grandfather"] = AR_M.pick(rng)
        fam["ggf"] = AR_M.pick(rng)
        if g == "EG":
            fam["family"] = EG_FAM.pick(rng)
    elif g == "IQ":
        fam["father"] = KU_FATHER.pick(rng) if rng.random() < 0.6 else KU_M.pick(rng)
        fam["grandfather"] = KU_FATHER.pick(rng, exclude=(fam["father"].v[0],))
    elif g == "IR":
        fam["family"] = IR_FAM.pick(rng)
    elif g == "AF":
        fam["father"] = AF_M.pick(rng)
        if rng.random() < 0.55:
            fam["family"] = AF_FAM.pick(rng)
    elif g == "RO":
        fam["family"] = RO_FAM.pick(rng)
    elif g == "PL":
        fam["family"] = PL_FAM.pick(rng)
    elif g == "UA":
        fam["family"] = UA_FAM.pick(rng)
    elif g == "NG":
        fam["family"] = NG_FAM.pick(rng)
    elif g == "IN":
        if sub == "sikh":
            if rng.random() < 0.7:
                fam["family"] = IN_SIKH_FAM.pick(rng)
        elif sub == "tamil":
            fam["father"] = IN_TAMIL_FATHER.pick(rng)
        else:
            fam["family"] = IN_FAM.pick(rng)
    return fam


def make_person(rng, pid, g, fam=None, sub=None, sex=None, exclude_given=(), dob=None, dob_kind=None):
    p = Person()
    p.pid, p.g = pid, g
    gp = GP[g]
    if sub is None and g == "IN":
        sub = wpick(rng, [("sikh", 40), ("north", 30), ("kerala", 18), ("tamil", 12)])
    if sub is None and g == "GB" and fam is None:
        sub = "asian" if rng.random() < 0.08 else None
    p.sub = sub
    p.male = (rng.random() < gp["male"]) if sex is None else sex
    if fam is None:
        fam = make_family(rng, g, sub)
    p.t = dict(fam)
    if g == "PL" and not p.male:
        p.t["family"] = polish_fem(p.t["family"])
    if g == "IN" and sub == "sikh":
        p.t["given"] = IN_SIKH.pick(rng, exclude_given)
        p.t["sikh"] = Tok(["Singh"] if p.male else ["Kaur"])
    else:
        # children are rarely given their father's own name
        excl = tuple(exclude_given) + tuple(p.t[r].v[0] for r in ("father",) if r in p.t)
        if g == "GB" and sub == "asian":
            p.t["given"] = (GBA_M if p.male else GBA_F).pick(rng, excl)
        else:
            p.t["given"] = pick_given(rng, g, p.male, excl)
    if g == "GB" and rng.random() < 0.55:
        p.t["middle"] = (GB_MID_M if p.male else GB_MID_F).pick(rng, exclude=(p.t["given"].v[0],))
    if g == "VN":
        p.t["middle"] = (VN_MID_M if p.male else VN_MID_F).pick(rng, exclude=(p.t["given"].v[0],))
    if g in ("RO", "PL") and rng.random() < 0.3:
        p.t["middle"] = pick_given(rng, g, p.male, exclude=(p.t["given"].v[0],))
    if g == "NG" and rng.random() < 0.45:
        p.t["middle"] = NG_MID.pick(rng)
    # default spelling index per token
    p.sp = {}
    for role, tok in p.t.items():
        if len(tok.v) > 1 and rng.random() < gp["var"] * 1.2:
            p.sp[role] = rng.randrange(len(tok.v))
        else:
            p.sp[role] = 0
    # nickname / english name
    p.nick = None
    gv = p.t["given"].v[0]
    nickmap = {"GB": GB_NICK, "NG": NG_NICK, "PL": PL_NICK, "RO": RO_NICK, "AL": AL_NICK}.get(g, {})
    if gv in nickmap and rng.random() < 0.6:
        p.nick = rng.choice(nickmap[gv])
    if g == "CN" and rng.random() < 0.18:
        p.nick = rng.choice(CN_ENG_M if p.male else CN_ENG_F)
    p.street = rng.choice(GB_STREET) if g == "GB" and rng.random() < 0.15 else None
    p.vn_diacritic = g == "VN" and rng.random() < 0.25      # interpreter tends to write diacritics
    p.cn_given_style = wpick(rng, [("join", 70), ("space", 20), ("hyphen", 5), ("camel", 5)])
    # first referral date and DOB
    p.first = first_ref_date(rng)
    if dob is None:
        if g == "GB":
            age = rng.randint(12, 17) if rng.random() < 0.66 else int(rng.triangular(18, 50, 22))
        else:
            lo, hi, mode = gp["age"]
            age = int(rng.triangular(lo, hi + 1, mode))
        dob = p.first - dt.timedelta(days=int(age * 365.25 + rng.randint(0, 364)))
        if g == "AF" and rng.random() < 0.45:          # tazkira-style documents: 1 January
            dob = dt.date(dob.year, 1, 1)
    p.dob = dob
    if dob_kind is None:
        dob_kind = wpick(rng, list(zip(("documented", "claimed", "assessed", "unknown"), DOBKIND[g])))
    p.kind = dob_kind
    # claimed DOB may differ from the real one
    p.claim = dob
    if dob_kind == "claimed" and rng.random() < 0.35:
        p.claim = shift_claim(rng, dob)
    # assessed DOB: always 1 January
    p.assess_year = dob.year + wpick(rng, [(0, 55), (1, 17), (-1, 18), (2, 5), (-2, 5)])
    # Home Office reference
    p.ho = None
    has_ho = {"GB": 0.02, "RO": 0.3, "PL": 0.25, "UA": 0.95}.get(g, 0.9)
    if rng.random() < has_ho:
        if rng.random() < 0.8:
            p.ho = rng.choice("ABHMNSTW") + str(rng.randint(1000000, 9999999))
        else:
            p.ho = str(rng.randint(10000000, 99999999))      # numeric CID person id
    p.alias = None
    p.coref = None
    p.sibs = []
    p.twin = False
    return p


def shift_claim(rng, d):
    dy = rng.choice([-3, -2, -1, -1, 1, 1, 2, 2, 3])
    if rng.random() < 0.5:
        m, day = d.month, d.day
    else:
        m, day = rng.randint(1, 12), rng.randint(1, 28)
    try:
        return dt.date(d.year + dy, m, day)
    except ValueError:
        return dt.date(d.year + dy, m, 28)


def make_people(n, rng):
    people = []
    while len(people) < n:
        g = wpick(rng, GROUPS)
        if rng.random() < 0.075 and n - len(people) >= 3:
            size = 3 if rng.random() < 0.2 else 2
            twins = size == 2 and rng.random() < 0.2
            sub = None
            if g == "IN":
                sub = wpick(rng, [("sikh", 40), ("north", 30), ("kerala", 18), ("tamil", 12)])
            if g == "GB" and rng.random() < 0.08:
                sub = "asian"
            fam = make_family(rng, g, sub)
            first = make_person(rng, len(people) + 1, g, fam=fam, sub=sub)
            group = [first]
            used = [first.t["given"].v[0]]
            for k in range(size - 1):
                if twins:
                    q = make_person(rng, len(people) + 1 + len(group), g, fam=fam, sub=sub,
                                    exclude_given=used, dob=first.dob, dob_kind=first.kind)
                    q.assess_year = first.assess_year
                    q.claim = first.claim if first.claim == first.dob else q.claim
                    q.twin = first.twin = True
                else:
                    gap = rng.randint(300, 365 * 5)
                    dob = first.dob + dt.timedelta(days=gap * rng.choice([-1, 1]))
                    if age_on(dob, first.first) < 12:
                        dob = first.dob - dt.timedelta(days=gap)
                    if first.dob.month == 1 and first.dob.day == 1 and rng.random() < 0.6:
                        dob = dt.date(dob.year, 1, 1)
                    q = make_person(rng, len(people) + 1 + len(group), g, fam=fam, sub=sub,
                                    exclude_given=used, dob=dob,
                                    dob_kind=first.kind if rng.random() < 0.7 else None)
                # siblings' HO references are often issued together (consecutive numbers)
                if first.ho and q.ho and not first.ho.isdigit() and rng.random() < 0.5:
                    q.ho = first.ho[0] + "%07d" % ((int(first.ho[1:]) + rng.randint(1, 40)) % 10000000)
                    ST["sibling_consecutive_ho"] += 1
                if rng.random() < 0.6:
                    q.first = first.first          # referred together
                    q.coref = first
                used.append(q.t["given"].v[0])
                group.append(q)
            for a in group:
                a.sibs = [b for b in group if b is not a]
            ST["sibling_groups"] += 1
            ST["twin_pairs"] += int(twins)
            people.extend(group)
        else:
            people.append(make_person(rng, len(people) + 1, g))
    people = people[:n]
    for i, p in enumerate(people):
        p.pid = "P%06d" % (i + 1)
    return people


# ---------------------------------------------------------------------------
# name rendering
# ---------------------------------------------------------------------------

KEYB = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def near_key(c, rng):
    lc = c.lower()
    for r, row in enumerate(KEYB):
        i = row.find(lc)
        if i >= 0:
            opts = []
            if i > 0:
                opts.append(row[i - 1])
            if i < len(row) - 1:
                opts.append(row[i + 1])
            ch = rng.choice(opts)
            return ch.upper() if c.isupper() else ch
    return c


def typo(word, rng):
    pos = [i for i, c in enumerate(word) if c.isascii() and c.isalpha()]
    if len(pos) < 3:
        return word
    op = wpick(rng, [("sub", 25), ("del", 25), ("dup", 15), ("swap", 20), ("vowel", 15)])
    i = rng.choice(pos[1:])
    if op == "sub":
        return word[:i] + near_key(word[i], rng) + word[i + 1:]
    if op == "del":
        return word[:i] + word[i + 1:]
    if op == "dup":
        return word[:i] + word[i] + word[i:]
    if op == "swap":
        j = i - 1
        if j < 0 or not word[j].isalpha():
            return word
        return word[:j] + word[i] + word[j] + word[i + 1:]
    vows = [k for k in pos if word[k].lower() in "aeiou"]
    if not vows:
        return word
    k = rng.choice(vows)
    nv = rng.choice([v for v in "aeiou" if v != word[k].lower()])
    return word[:k] + (nv.upper() if word[k].isupper() else nv) + word[k + 1:]


def cn_given(s, style):
    parts = s.split("-")
    if len(parts) == 1:
        return s
    if style == "join":
        return parts[0] + parts[1].lower()
    if style == "space":
        return parts[0] + " " + parts[1]
    if style == "hyphen":
        return parts[0] + "-" + parts[1].lower()
    return parts[0] + parts[1]


def spell(p, role, rng, var):
    tok = p.t[role]
    if len(tok.v) > 1 and rng.random() < var:
        idx = rng.randrange(len(tok.v))
    else:
        idx = p.sp.get(role, 0)
    s = tok.v[idx]
    if p.g == "CN" and role == "given":
        style = p.cn_given_style if rng.random() < 0.75 else wpick(
            rng, [("join", 60), ("space", 30), ("hyphen", 5), ("camel", 5)])
        s = cn_given(s, style)
    return s


def select_roles(p, rng):
    """roles in given-first order; the last is what a UK form treats as the surname."""
    g, t = p.g, p.t
    r = rng.random
    if g == "GB":
        roles = ["given"] + (["middle"] if "middle" in t and r() < 0.4 else []) + ["family"]
    elif g == "AL":
        roles = ["given"] + (["father"] if r() < 0.12 else []) + ["family"]
    elif g in ("RO", "PL", "NG"):
        roles = ["given"] + (["middle"] if "middle" in t and r() < 0.55 else []) + ["family"]
    elif g in ("UA", "IR", "CN"):
        roles = ["given", "family"]
    elif g == "VN":
        roles = (["middle"] if r() < 0.85 else []) + ["given", "family"]
    elif g in ("ER", "ET"):
        x = r()
        roles = ["given", "father"] + (["grandfather"] if x < 0.35 else [])
    elif g == "SD":
        x = r()
        roles = ["given", "father"] + (["grandfather"] if x < 0.55 else []) + (["ggf"] if x < 0.08 else [])
    elif g == "EG":
        x = r()
        if x < 0.45:
            roles = ["given", "father", "family"]
        elif x < 0.65:
            roles = ["given", "family"]
        elif x < 0.85:
            roles = ["given", "father", "grandfather"]
        else:
            roles = ["given", "father", "grandfather", "family"]
    elif g == "IQ":
        roles = ["given", "father"] + (["grandfather"] if r() < 0.45 else [])
    elif g == "AF":
        if "family" in t and r() < 0.65:
            roles = ["given", "family"]
        elif r() < 0.8:
            roles = ["given", "father"]
        else:
            roles = ["given"]
    elif g == "IN":
        if p.sub == "sikh":
            roles = ["given", "sikh"] + (["family"] if "family" in t and r() < 0.7 else [])
        elif p.sub == "tamil":
            roles = ["given", "father"]
        else:
            roles = ["given", "family"]
    else:
        roles = ["given", "family"]
    return roles


SCRIPT_GROUPS = {"ER": 0.07, "ET": 0.06, "SD": 0.06, "EG": 0.05, "IQ": 0.07, "IR": 0.07, "AF": 0.06,
                 "CN": 0.10, "UA": 0.12}


def render_name(p, rng, orgtype, identity=None):
    """returns (typed string, same string without the keyboard typo)"""
    q = identity or p
    g = p.g
    gp = GP[g]
    roles = select_roles(q, rng)
    single = rng.random() < (0.03 if g != "AF" else 0.06)
    if single:
        roles = ["given"] if rng.random() < 0.7 else roles[-1:]
        ST["name_single"] += 1
    var = gp["var"]
    words = [spell(q, role, rng, var) for role in roles]
    # nickname instead of given name
    nick_used = False
    if q.nick and rng.random() < 0.08 and roles[0] == "given":
        if g == "CN":
            words = [q.nick] + words[1:]
        else:
            words[0] = q.nick
        nick_used = True
        ST["name_nickname"] += 1
    # Tamil initial style
    if g == "IN" and q.sub == "tamil" and "father" in roles and rng.random() < 0.5:
        fi = roles.index("father")
        ini = words[fi][0] + "."
        words = [ini] + [w for k, w in enumerate(words) if k != fi] if rng.random() < 0.6 else \
            [w for k, w in enumerate(words) if k != fi] + [words[fi][0]]
        roles = ["lit"] + [x for x in roles if x != "father"]
    # Arabic chain with bin/ibn
    if g in ARABIC_CHAIN and len(roles) >= 2 and roles[1] == "father" and rng.random() < 0.07:
        conn = rng.choice(["bin", "ibn", "Bin", "Ibn"]) if p.male else "bint"
        words = words[:1] + [conn] + words[1:]
        ST["name_bin_ibn"] += 1
    # Afghan s/o
    if g == "AF" and roles == ["given"] and rng.random() < 0.5:
        words = words + [rng.choice(["s/o", "S/O", "son of"]), spell(q, "father", rng, var)]
    # Vietnamese diacritics
    vn_dia = False
    if g == "VN" and rng.random() < (0.55 if q.vn_diacritic else 0.08):
        dia = {"family": q.t["family"].d, "middle": q.t.get("middle") and q.t["middle"].d,
               "given": q.t["given"].d}
        words = [dia[r_] if r_ in dia and dia[r_] else w for r_, w in zip(roles, words)]
        vn_dia = True
        ST["name_vn_diacritics"] += 1

    # ---------------- order ----------------
    natural_ff = g in ("VN", "CN")
    x = rng.random()
    if natural_ff:
        order = "FG" if x < (0.65 if g == "VN" else 0.5) else ("GF" if x < 0.92 else "FC")
    else:
        order = "GF" if x < 0.78 else ("FG" if x < 0.90 else "FC")
        if orgtype == "ho" and rng.random() < 0.25:
            order = "FG"          # Home Office style SURNAME Forenames
    if len(words) == 1:
        order = "GF"
    if g == "VN" and order == "GF" and rng.random() < 0.2 and len(words) == 3:
        words = [words[1], words[0], words[2]]   # "Nam Van Nguyen"
    sur = words[-1]
    rest = words[:-1]
    caps_sur = False
    if order == "FG":
        caps_sur = rng.random() < (0.25 if natural_ff else 0.6)
        s_sur = sur.upper() if caps_sur else sur
        name = " ".join([s_sur] + rest)
        ST["name_order_FG"] += 1
    elif order == "FC":
        caps_sur = rng.random() < 0.3
        name = (sur.upper() if caps_sur else sur) + ", " + " ".join(rest)
        ST["name_order_comma"] += 1
    else:
        name = " ".join(words)
    # whole-string case
    c = rng.random()
    if c < 0.10:
        name = name.upper()
        ST["name_allcaps"] += 1
    elif c < 0.13:
        name = name.lower()
        ST["name_lower"] += 1
    clean = name
    # keyboard typo
    if rng.random() < 0.045:
        parts = name.split(" ")
        cand = [i for i, w in enumerate(parts) if len(w) >= 4]
        if cand:
            i = rng.choice(cand)
            parts[i] = typo(parts[i], rng)
            name = " ".join(parts)
            ST["name_typo"] += 1
    # native script
    sp = SCRIPT_GROUPS.get(g, 0)
    if sp and not nick_used and rng.random() < sp:
        sroles = [r_ for r_ in roles if r_ in q.t]
        scr = [q.t[r_].s for r_ in sroles]
        blocks = set(unicodedata.name(s_[0]).split()[0] for s_ in scr if s_)
        if scr and all(scr) and len(blocks) == 1:
            if g == "CN":
                native = "".join(q.t[r_].s for r_ in ("family", "given") if r_ in sroles)
            elif g == "UA" and rng.random() < 0.5:
                native = " ".join([scr[-1]] + scr[:-1])
            else:
                native = " ".join(scr)
            m = wpick(rng, [("only", 35), ("nat_lat", 40), ("lat_nat", 25)])
            if m == "only":
                name = clean = native
            elif m == "nat_lat":
                name, clean = native + " (" + name + ")", native + " (" + clean + ")"
            else:
                name, clean = name + " (" + native + ")", clean + " (" + native + ")"
            ST["name_script_" + m] += 1
    # Chinese: English name in brackets
    if g == "CN" and q.nick and not nick_used and rng.random() < 0.1:
        name += " (" + q.nick + ")"
        clean += " (" + q.nick + ")"
    # stray whitespace
    w = rng.random()
    if w < 0.02:
        name, clean = name + " ", clean + " "
        ST["name_trailing_space"] += 1
    elif w < 0.035 and " " in name:
        name = name.replace(" ", "  ", 1)
        clean = clean.replace(" ", "  ", 1)
        ST["name_double_space"] += 1
    return nfc(name), nfc(clean)


def other_spelling(p, rng):
    """a variant spelling for the 'other names' question"""
    q = p
    roles = select_roles(q, rng)
    words = []
    for role in roles:
        tok = q.t[role]
        if len(tok.v) > 1:
            alts = [v for k, v in enumerate(tok.v) if k != q.sp.get(role, 0)]
            words.append(rng.choice(alts))
        else:
            words.append(tok.v[0])
    if p.g == "CN":
        words = [cn_given(w, "space") for w in words]
    return " ".join(words)


# ---------------------------------------------------------------------------
# dates, ages, refs
# ---------------------------------------------------------------------------

def fmt_date(d, rng, assessed=False):
    """free-text date as a person would type it. Returns string"""
    y, m, da = d.year, d.month, d.day
    f = wpick(rng, [("dd/mm/yyyy", 18), ("d/m/yyyy", 4), ("dd/mm/yy", 3), ("iso", 3), ("dd.mm.yyyy", 8),
                    ("d.m.yy", 5), ("dd-mm-yyyy", 7), ("words", 10), ("ordwords", 4), ("mon", 4),
                    ("us", 3), ("ddmmyyyy", 1.5), ("dd mm yyyy", 2), ("dd/mm/yyyy note", 3), ("monthfirst", 1.5)])
    ST["dob_fmt_" + f] += 1
    if f == "dd/mm/yyyy":
        return "%02d/%02d/%04d" % (da, m, y)
    if f == "d/m/yyyy":
        return "%d/%d/%04d" % (da, m, y)
    if f == "dd/mm/yy":
        return "%02d/%02d/%02d" % (da, m, y % 100)
    if f == "iso":
        return "%04d-%02d-%02d" % (y, m, da)
    if f == "dd.mm.yyyy":
        return "%02d.%02d.%04d" % (da, m, y)
    if f == "d.m.yy":
        return "%d.%d.%02d" % (da, m, y % 100)
    if f == "dd-mm-yyyy":
        return "%02d-%02d-%04d" % (da, m, y)
    if f == "words":
        return "%d %s %d" % (da, MONTHS[m - 1], y)
    if f == "ordwords":
        suf = "th" if 11 <= da <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(da % 10, "th")
        return "%d%s %s %d" % (da, suf, MONTHS[m - 1], y)
    if f == "mon":
        return "%02d-%s-%d" % (da, MONTHS[m - 1][:3], y) if rng.random() < 0.5 else "%d %s %d" % (
            da, MONTHS[m - 1][:3], y)
    if f == "us":
        return "%02d/%02d/%04d" % (m, da, y)
    if f == "ddmmyyyy":
        return "%02d%02d%04d" % (da, m, y)
    if f == "dd mm yyyy":
        return "%02d %02d %04d" % (da, m, y)
    if f == "monthfirst":
        return "%s %d, %d" % (MONTHS[m - 1], da, y)
    note = "assessed" if assessed else rng.choice(["claimed", "as per passport", "per ID", "approx", "stated"])
    return "%02d/%02d/%04d (%s)" % (da, m, y, note)


def digit_typo(s, rng):
    ds = [i for i, c in enumerate(s) if c.isdigit()]
    if not ds:
        return s
    i = rng.choice(ds)
    nd = str((int(s[i]) + rng.choice([1, -1, 2, 5])) % 10)
    return s[:i] + nd + s[i + 1:]


def dob_text(p, kind, when, rng):
    """returns (typed, clean, date-used or None)"""
    d = None
    if kind == "documented":
        d = p.dob
    elif kind == "claimed":
        d = p.claim
        if rng.random() < 0.2:
            d = shift_claim(rng, p.dob) if rng.random() < 0.6 else p.dob
            ST["dob_reclaimed"] += 1
    elif kind == "assessed":
        y = p.assess_year
        if rng.random() < 0.35:
            y = p.assess_year + rng.choice([-1, 1, 1, -2, 2])
            ST["dob_reassessed"] += 1
        d = dt.date(y, 1, 1)
    if d is None:
        # unknown DOB: sometimes a year
        x = rng.random()
        if x < 0.30:
            y = p.dob.year + rng.choice([-1, 0, 0, 0, 1])
            f = wpick(rng, [("about %d", 25), ("%d", 25), ("c.%d", 10), ("%d?", 10), ("%02d/%d", 15),
                            ("%s %d", 10), ("approx %d", 5)])
            if f == "%02d/%d":
                s = f % (rng.randint(1, 12) if rng.random() < 0.5 else p.dob.month, y)
            elif f == "%s %d":
                s = f % (MONTHS[p.dob.month - 1], y)
            else:
                s = f % y
            ST["dob_partial"] += 1
            return s, s, None
        s = wpick(rng, [("", 35), ("unknown", 14), ("Unknown", 10), ("N/K", 9), ("Not known", 8), ("?", 3),
                        ("not provided", 3), ("see age", 4), ("NK", 3), ("n/k", 3), ("Unknown - see age", 3),
                        ("does not know", 2), ("N/A", 1)])
        ST["dob_unknown_text" if s else "dob_blank"] += 1
        return s, s, None
    s = fmt_date(d, rng, assessed=(kind == "assessed"))
    if kind == "assessed" and rng.random() < 0.08:
        s = "%d (assessed)" % d.year if rng.random() < 0.5 else s + " (age assessed)"
    clean = s
    x = rng.random()
    if x < 0.015:
        s = digit_typo(s, rng)
        ST["dob_digit_typo"] += 1
    elif x < 0.03 and d.day <= 12 and d.day != d.month and re.match(r"^\d\d/\d\d/\d{4}$", s):
        s = "%02d/%02d/%04d" % (d.month, d.day, d.year)
        ST["dob_daymonth_swap"] += 1
    elif x < 0.034:
        s = "%02d/%02d/%04d" % (when.day, when.month, when.year)   # referral date typed into DOB
        ST["dob_is_referral_date"] += 1
    return s, clean, d


def age_text(p, kind, when, used, rng):
    true_age = age_on(p.dob, when)
    if used is not None:
        age = age_on(used, when)
    else:
        age = max(10, true_age + int(round(rng.gauss(0, 1.8))))
    claimed_minor = kind == "claimed" and used is not None and age < 18 <= true_age
    f = wpick(rng, [("n", 35), ("approx", 10), ("about", 6), ("q", 3), ("c", 2), ("yrs", 4), ("yo", 3),
                    ("range", 8), ("decade", 8), ("claims", 6 if claimed_minor else 1), ("adult", 3 if age >= 18 else 0),
                    ("teen", 4 if 16 <= age <= 19 else 0), ("minor", 3 if age < 18 else 0)])
    ST["age_fmt_" + f] += 1
    if f == "n":
        return str(age)
    if f == "approx":
        return "approx %d" % age
    if f == "about":
        return "about %d" % age
    if f == "q":
        return "%d?" % age
    if f == "c":
        return "c. %d" % age
    if f == "yrs":
        return "%d yrs" % age
    if f == "yo":
        return "%d years old" % age
    if f == "range":
        a = age - rng.randint(0, 1)
        return "%d-%d" % (a, a + rng.choice([1, 2, 2, 5]))
    if f == "decade":
        if age < 20:
            return "early teens" if age <= 13 else ("mid teens" if age <= 16 else "late teens")
        dec = age // 10 * 10
        u = age % 10
        w = "early" if u <= 3 else ("mid" if u <= 6 else "late")
        return "%s %ds" % (w, dec) if rng.random() < 0.85 else "%ds" % dec
    if f == "claims":
        return rng.choice(["claims %d, looks older", "says %d but looks older", "claims %d - age disputed",
                           "claims %d"]) % age
    if f == "adult":
        return rng.choice(["adult", "Adult", "over 18", "18+"])
    if f == "teen":
        return "late teens"
    return rng.choice(["under 18", "minor", "child", "<18", "UASC"])


def ho_text(p, orgtype, nth, rng, sib_ref=None):
    """returns (typed, clean). clean = with the reference present and correctly typed"""
    neg = wpick(rng, [("", 55), ("N/A", 12), ("n/a", 5), ("none", 5), ("Not known", 5), ("awaiting", 3),
                      ("TBC", 3), ("-", 4), ("No", 3), ("unknown", 3), ("none known", 2)])
    if p.ho is None:
        if orgtype == "ho" and rng.random() < 0.05:
            s = "DVR/%02d/%02d/%04d" % (rng.randint(1, 12), rng.randint(18, 25), rng.randint(1, 9999))
            ST["ho_port_ref"] += 1
            return s, s
        return neg, neg
    pres = {"ho": 0.9, "police": 0.35, "la": 0.5, "charity": 0.42}[orgtype] + (0.15 if nth > 0 else 0)
    ref = p.ho
    if sib_ref and rng.random() < 0.1:
        ref = sib_ref
        ST["ho_sibling_ref"] += 1
    clean = fmt_ho(ref, rng)
    if rng.random() >= pres:
        ST["ho_absent"] += 1
        return neg, clean
    ST["ho_present"] += 1
    x = rng.random()
    s = ref
    if x < 0.03:
        s = s[:-7] + digit_typo(s[-7:], rng)
        ST["ho_digit_typo"] += 1
    elif x < 0.045:
        i = rng.randint(len(s) - 7, len(s) - 2)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        ST["ho_transposed"] += 1
    elif x < 0.055:
        i = rng.randint(len(s) - 7, len(s) - 1)
        s = s[:i] + s[i + 1:]
        ST["ho_digit_dropped"] += 1
    return fmt_ho(s, rng), clean


def fmt_ho(s, rng):
    if s[0].isdigit():
        f = wpick(rng, [("as", 85), ("cid", 10), ("sp", 5)])
        if f == "cid":
            return "CID " + s
        if f == "sp":
            return s[:4] + " " + s[4:]
        return s
    f = wpick(rng, [("as", 72), ("lower", 5), ("space", 5), ("prefix", 4), ("suffix", 3), ("hyphen", 3),
                    ("noletter", 4), ("trail", 4)])
    if f == "lower":
        return s.lower()
    if f == "space":
        return s[:4] + " " + s[4:]
    if f == "prefix":
        return rng.choice(["HO ref ", "HO: ", "Ref "]) + s
    if f == "suffix":
        return s + "/00" + str(rng.randint(1, 3))
    if f == "hyphen":
        return s[0] + "-" + s[1:]
    if f == "noletter":
        return s[1:]
    if f == "trail":
        return s + " "
    return s


# ---------------------------------------------------------------------------
# referrals and records
# ---------------------------------------------------------------------------

class Org:
    pass


def build_orgs(rng):
    out = []
    for name, typ, dom, towns, variants in ORGS:
        o = Org()
        o.name, o.type, o.dom = name, typ, dom
        o.towns = [t.strip() for t in towns.split(",") if t.strip()] or ANY_TOWNS
        o.variants = [v.strip() for v in variants.split(",") if v.strip()]
        o.anon = 0.05 if typ == "ho" else rng.choice([0.1, 0.5, 0.85])
        o.staff = []
        for _ in range(rng.randint(4, 22)):
            f, l = rng.choice(STAFF_FIRST), rng.choice(STAFF_LAST)
            mail = (f + "." + l).lower() if rng.random() < 0.7 else (f[0] + l).lower()
            o.staff.append((f + " " + l, mail + "@" + dom))
        out.append(o)
    return out


def pick_org(orgs, p, nth, minor, rng):
    g = p.g
    if g == "GB":
        w = [("police", 55), ("la", 35), ("charity", 10), ("ho", 0.5)]
    elif g in ARRIVAL:
        w = [("ho", 45), ("la", 20), ("police", 15), ("charity", 20)] if nth == 0 else \
            [("ho", 22), ("la", 20), ("police", 20), ("charity", 38)]
    elif g in ("AL", "VN"):
        w = [("police", 45), ("ho", 20), ("la", 12), ("charity", 23)]
    else:
        w = [("police", 35), ("ho", 20), ("la", 10), ("charity", 35)]
    if minor:
        w = [(t, x * (2.5 if t == "la" else 1)) for t, x in w]
    typ = wpick(rng, w)
    cands = [o for o in orgs if o.type == typ]
    if typ == "ho":
        ws = [(o, 6 if (o.name == "Border Force" and nth == 0 and g in ARRIVAL + ("VN", "AL")) else 1.5)
              for o in cands]
        return wpick(rng, ws)
    return wpick(rng, [(o, 1.0 / (k + 1) ** 0.5) for k, o in enumerate(cands)])


def office_time(day, rng, orgtype):
    if orgtype == "police" and rng.random() < 0.15 or rng.random() < 0.03:
        h = rng.choice([0, 1, 2, 3, 5, 6, 19, 20, 21, 22, 23])
    else:
        h = wpick(rng, [(8, 4), (9, 10), (10, 12), (11, 12), (12, 8), (13, 9), (14, 11), (15, 11), (16, 9),
                        (17, 5), (18, 2)])
    return dt.datetime(day.year, day.month, day.day, h, rng.randint(0, 59), rng.randint(0, 59))


def schedule(people, orgs, rng):
    refs = []
    kdist = [(1, 66), (2, 20), (3, 8), (4, 3.5), (5, 1.5), (6, 1)]
    by_pid = {}
    for p in people:
        k = wpick(rng, kdist)
        dates = [p.first]
        d = p.first
        for _ in range(k - 1):
            x = rng.random()
            if x < 0.28:
                gap = rng.randint(1, 60)          # same episode, another agency
            elif x < 0.68:
                gap = rng.randint(61, 540)
            else:
                gap = rng.randint(541, 1800)
            d = d + dt.timedelta(days=gap)
            if d > END.date():
                break
            dates.append(d)
        lst = []
        for nth, day in enumerate(dates):
            minor = age_on(p.dob, day) < 18
            org = pick_org(orgs, p, nth, minor, rng)
            # a later referral by the same organisation is common
            if nth > 0 and lst and rng.random() < 0.25:
                org = lst[-1]["org"]
            when = office_time(day, rng, org.type)
            if when > END:
                continue
            staff = None if rng.random() < org.anon else rng.choice(org.staff)
            lst.append(dict(p=p, nth=nth, org=org, when=when, staff=staff))
        by_pid[p.pid] = lst
        refs.extend(lst)
    # siblings referred together: copy the elder's first referral context
    for p in people:
        lead = p.coref
        if lead is None or lead.pid not in by_pid:
            continue
        if by_pid[lead.pid] and by_pid[p.pid] and by_pid[p.pid][0]["when"].date() == by_pid[lead.pid][0]["when"].date():
            r0, mine = by_pid[lead.pid][0], by_pid[p.pid][0]
            mine["org"], mine["staff"] = r0["org"], r0["staff"]
            mine["when"] = r0["when"] + dt.timedelta(minutes=rng.randint(4, 40), seconds=rng.randint(0, 59))
            mine["with_sib"] = lead
            ST["sibling_coreferrals"] += 1
    # a few people are referred under a false/alias identity on some referrals
    for p in people:
        lst = by_pid[p.pid]
        if len(lst) >= 2 and rng.random() < 0.03:
            fake = make_person(rng, "alias", p.g, sub=p.sub, sex=p.male)
            fake.dob = p.dob
            fake.claim = shift_claim(rng, p.dob)
            fake.kind = "claimed"
            for r in lst[1:]:
                if rng.random() < 0.5:
                    r["alias"] = fake
                    ST["alias_identity_records"] += 1
    return refs


NEG_ALIAS = wl("*40; No*20; N/A*10; None known*8; no*5; Not known*5; None*4; -*3; Not that we know of*3; n/a*2")


def alias_text(p, r, name_clean, rng):
    if r.get("alias"):
        real, _ = render_name(p, rng, "charity")
        if rng.random() < 0.5:
            return rng.choice(["Previously known as ", "Real name may be ", "Also uses ", "AKA "]) + real
    x = rng.random()
    if p.street and x < 0.45:
        return rng.choice(["street name '%s'", "Known as %s", "%s (street name)", "goes by %s"]) % p.street
    if p.nick and x < 0.4:
        return rng.choice(["Known as %s", "%s", "Yes - %s", "Goes by %s", "%s (nickname)"]) % p.nick
    if x < 0.14:
        alt = other_spelling(p, rng)
        if alt.lower() != name_clean.lower():
            ST["alias_other_spelling"] += 1
            return rng.choice(["%s", "Yes - %s", "Also spelt %s", "%s (on previous documents)"]) % alt
    return wpick(rng, NEG_ALIAS)


NOTES = {
    "arrival": ["Arrived by small boat {my}.", "Arrived in the back of a lorry at {town}.",
                "Travelled via Libya and Italy, held and forced to work in Libya.",
                "Says {he} owes smugglers money for the journey.", "Encountered on arrival at {town}.",
                "Travelled through France; spent months in Calais.", "Crossed Channel by small boat."],
    "GB": ["Found in a trap house in {town}.", "Arrested in possession of class A drugs; believed county lines.",
           "Missing from care since {my}.", "Known to Children's Services.",
           "Went missing from home and was found in {town}.", "Phone seized - deal line messages.",
           "Says {he} owes 'debt' after being robbed of drugs & money."],
    "VN": ["Found at cannabis grow in residential property in {town}.", "Working in a nail bar, no pay.",
           "Came to UK in lorry.", "Ran away from cannabis farm; debt of £{k}k."],
    "AL": ["Found at cannabis farm.", "Owes debt of £{k}k to traffickers.",
           "Recruited via social media with promise of work.", "Worked at car wash for no pay."],
    "NG": ["Brought to UK via Italy; forced into sex work.", "Mentions juju oath.",
           "Domestic work for family in {town}, not allowed out."],
    "IN": ["Care worker visa; employer withheld wages and passport.", "Works 7 days for < £100 a week.",
           "Sponsor licence revoked; worker left destitute."],
    "PL": ["Recruited for factory work; wages taken by 'landlord'.", "Living in overcrowded house with 12 others.",
           "Bank card held by gangmaster."],
    "RO": ["Recruited for car wash work; wages taken.", "Forced begging in {town}.",
           "Sexual exploitation via online adverts."],
    "CN": ["Massage parlour in {town}.", "Restaurant kitchen work without pay.", "Passport held by 'boss'."],
    "UA": ["Came under Homes for Ukraine; exploited by sponsor.", "Recruited for 'cleaning work' online."],
    "generic": ["Consent to NRM not given - DtN only.", "Interpreter used ({lang}).",
                "Name spelling as per interpreter.", "Age disputed.", "Age assessment pending.",
                "Safeguarding referral made.", "Placed in emergency accommodation.",
                "Client has a phone but no credit.", "Told officers {he} is <18 & alone.",
                "Could not confirm DOB - no documents.", "Referred to \"First Responder\" team."],
}


def notes_text(p, r, lang, rng, prev):
    if rng.random() < 0.38:
        return wpick(rng, [("", 80), ("N/A", 8), ("None", 4), ("-", 4), ("no", 2), ("See above", 2)])
    bits = []
    when = r["when"]
    g = p.g
    pool = NOTES["arrival"] if g in ARRIVAL else NOTES.get(g, [])
    if pool and rng.random() < 0.6:
        bits.append(rng.choice(pool))
    if rng.random() < 0.4:
        b = rng.choice(NOTES["generic"])
        if not ("{lang}" in b and lang.startswith("English")):
            bits.append(b)
    if prev and rng.random() < 0.25:
        pr = rng.choice(prev)
        s = rng.choice(["Previously referred by {org} in {y}.", "Previous NRM referral ({y}).",
                        "Known to {org}.", "Re-referral - previous referral {y}."])
        bits.append(s.format(org=pr["org"].name, y=pr["when"].year))
        ST["notes_mentions_previous"] += 1
    if p.sibs and rng.random() < 0.35:
        s = rng.choice(p.sibs)
        rel = ("twin " if p.twin and s.dob == p.dob else "") + ("brother" if s.male else "sister")
        nm = s.t["given"].v[0]
        bits.append(rng.choice(["%s %s also referred.", "%s (%s) referred separately.", "With %s %s."])
                    % ((rel.capitalize(), nm) if rng.random() < 0.5 else (rel, nm)))
        ST["notes_mentions_sibling"] += 1
    if not bits:
        bits.append(rng.choice(NOTES["generic"]))
    town = rng.choice(r["org"].towns)
    txt = (" " if rng.random() < 0.75 else "\n").join(bits)
    return txt.format(my="%s %d" % (MONTHS[when.month - 1], when.year), town=town,
                      k=rng.choice([5, 10, 15, 20, 25, 30]), lang=lang, he="he" if p.male else "she")


def expl_text(p, rng):
    sel = {wpick(rng, EXPL[p.g])}
    while rng.random() < 0.22:
        sel.add(wpick(rng, EXPL[p.g] + [("Sexual exploitation", 3), ("Labour exploitation", 3),
                                        ("Criminal exploitation", 3), ("Domestic servitude", 2)]))
    out = [o for o in EXPL_OPTS if o in sel]
    if "Not known" in out and len(out) > 1:
        out.remove("Not known")
    if rng.random() < 0.03:
        out.append(rng.choice(EXPL_OTHER))
    if rng.random() < 0.02:
        return ""
    return ";".join(out) + ";"


def town_text(r, rng):
    o = r["org"]
    t = rng.choice(o.towns) if rng.random() < 0.9 else rng.choice(ANY_TOWNS)
    x = rng.random()
    if x < 0.1 and t in TOWN_VARIANTS:
        return rng.choice(TOWN_VARIANTS[t])
    if x < 0.15:
        return t.lower()
    if x < 0.18:
        return t.upper()
    if x < 0.22:
        return t + rng.choice([", UK", " area", " (town centre)", " - near station"])
    if x < 0.24:
        return rng.choice(["Not known", "unknown", "M25 services", "On the motorway", "Channel (at sea)"])
    return t


def make_record(r, rng, prev):
    p = r["p"]
    ident = r.get("alias")
    org = r["org"]
    rec = {}
    rec["pid"] = p.pid
    rec["start"] = r["when"]
    dur = rng.randint(180, 1500) if rng.random() < 0.95 else rng.randint(3600, 6 * 3600)
    rec["end"] = r["when"] + dt.timedelta(seconds=dur)
    if r["staff"]:
        rec["email"], rec["sname"] = r["staff"][1], r["staff"][0]
    else:
        rec["email"], rec["sname"] = "anonymous", ""
    name, name_clean = render_name(p, rng, org.type, identity=ident)
    rec["name"], rec["name_clean"] = name, name_clean
    rec["alias"] = alias_text(p, r, name_clean, rng)
    kind = p.kind
    if rng.random() < 0.12:
        kind = wpick(rng, [("documented", 2), ("claimed", 3), ("assessed", 3), ("unknown", 2)])
        if kind == "documented" and p.kind != "documented":
            kind = "claimed"
    if ident is not None:
        kind = "claimed"
        pp = ident
    else:
        pp = p
    dob, dob_clean, used = dob_text(pp, kind, r["when"], rng)
    rec["dob"], rec["dob_clean"] = dob, dob_clean
    has_full = used is not None
    if (not has_full and rng.random() < 0.9) or (has_full and rng.random() < 0.25):
        rec["age"] = age_text(p, kind, r["when"].date(), used, rng)
    else:
        rec["age"] = ""
    st = DOBQ[kind] if has_full or kind == "unknown" else DOBQ["unknown"]
    x = rng.random()
    if x < 0.08:
        st = ""
    elif x < 0.13:
        st = rng.choice(list(DOBQ.values()))
    rec["dobq"] = st
    sx = "Male" if p.male else "Female"
    x = rng.random()
    if x < 0.04:
        sx = ""
    elif x < 0.055:
        sx = "Prefer not to say"
    elif x < 0.06:
        sx = "Female" if p.male else "Male"
        ST["sex_flipped"] += 1
    rec["sex"] = sx
    if rng.random() < 0.035:
        nat = wpick(rng, NAT_ALT[p.g])
        ST["nat_alternative"] += 1
    else:
        nat = wpick(rng, NAT[p.g])
    if rng.random() < 0.02:
        nat = ""
    rec["nat"] = nat
    lang = wpick(rng, LANG[p.g])
    if p.g == "IN":
        lang = {"sikh": "Punjabi", "kerala": "Malayalam", "tamil": "Tamil"}.get(p.sub, lang)
        if rng.random() < 0.15:
            lang = "English"
    if p.g == "IQ" and p.t["given"] in AR_M.toks and rng.random() < 0.6:
        lang = "Arabic"
    rec["lang"] = lang if rng.random() > 0.03 else ""
    sib_ref = None
    for s in p.sibs:
        if s.ho and s.ho != p.ho:
            sib_ref = s.ho
            break
    # under an alias identity the form may carry the alias's own (different) HO file reference
    ho_owner = ident if (ident is not None and rng.random() < 0.5) else p
    rec["ho"], rec["ho_clean"] = ho_text(ho_owner, org.type, r["nth"], rng, sib_ref)
    if org.variants and rng.random() < 0.22:
        rec["org"] = rng.choice(org.variants)
        ST["org_typed_variant"] += 1
    else:
        rec["org"] = org.name
    rec["expl"] = expl_text(p, rng)
    rec["town"] = town_text(r, rng)
    rec["notes"] = notes_text(p, r, lang or LANG[p.g][0][0], rng, prev)
    return rec


def duplicate(rec, rng):
    d = dict(rec)
    gap = dt.timedelta(minutes=rng.randint(2, 45), seconds=rng.randint(0, 59))
    d["start"] = rec["end"] + gap
    d["end"] = d["start"] + dt.timedelta(seconds=rng.randint(90, 900))
    fix = wpick(rng, [("none", 40), ("name", 20), ("dob", 15), ("ho", 10), ("expl", 10), ("note", 5)])
    ST["dup_fix_" + fix] += 1
    if fix == "name":
        d["name"] = rec["name_clean"] if rec["name_clean"] != rec["name"] else rec["name"].title()
    elif fix == "dob":
        d["dob"] = rec["dob_clean"]
        if rng.random() < 0.3:
            d["notes"] = (rec["notes"] + " " if rec["notes"] else "") + "Resubmitted - corrected DOB."
    elif fix == "ho":
        d["ho"] = rec["ho_clean"]
    elif fix == "expl":
        opts = [o for o in EXPL_OPTS[:5] if o not in rec["expl"]]
        if opts:
            add = rng.choice(opts)
            cur = [x for x in rec["expl"].split(";") if x] + [add]
            d["expl"] = ";".join([o for o in EXPL_OPTS if o in cur] +
                                 [o for o in cur if o not in EXPL_OPTS]) + ";"
    elif fix == "note":
        d["notes"] = rng.choice(["Duplicate - please ignore previous.", "Resending, first form had errors.",
                                 "Sent again as not sure first one went through."])
    return d


# ---------------------------------------------------------------------------
# Excel-like typing of answers and xlsx writer
# ---------------------------------------------------------------------------

EPOCH = dt.datetime(1899, 12, 30)


def serial(x):
    if isinstance(x, dt.datetime):
        delta = x - EPOCH
        return delta.days + delta.seconds / 86400.0
    return (x - EPOCH.date()).days


RE_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")
RE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
RE_INT = re.compile(r"^[0-9]{1,15}$")


def excel_type(s):
    """What the export did to a typed answer: d/m/y with slashes and ISO dates become date cells
    (UK locale), plain integers become numbers, everything else stays text."""
    if not isinstance(s, str) or s == "":
        return s
    m = RE_DMY.match(s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) == 2:
            y += 2000 if y < 30 else 1900
        try:
            return dt.date(y, mo, d)
        except ValueError:
            return s
    m = RE_ISO.match(s)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return s
    if RE_INT.match(s):
        return int(s)
    return s


def xesc(s):
    s = "".join(c for c in s if c in "\t\n" or ord(c) >= 0x20)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def fmt_num(v):
    if isinstance(v, int):
        return str(v)
    r = repr(round(v, 10))
    return r[:-2] if r.endswith(".0") else r


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="m/d/yy h:mm:ss"/></numFmts><fonts count="2"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""

WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""

WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Microsoft Forms</dc:creator><cp:lastModifiedBy>Microsoft Forms</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-11-03T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-03T09:00:00Z</dcterms:modified></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Sheet1</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>"""


def write_xlsx(path, header, rows):
    sst, sst_idx, sst_refs = [], {}, 0

    def si(s):
        nonlocal sst_refs
        sst_refs += 1
        if s not in sst_idx:
            sst_idx[s] = len(sst)
            sst.append(s)
        return sst_idx[s]

    ncol = len(header)
    out = []
    widths = [6, 18, 18, 34, 22, 40, 34, 16, 18, 26, 10, 14, 16, 18, 30, 40, 22, 50]
    out.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
    out.append('<dimension ref="A1:%s%d"/>' % (col_letter(ncol - 1), len(rows) + 1))
    out.append('<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
               'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>')
    out.append('<sheetFormatPr defaultRowHeight="15"/><cols>')
    for i in range(ncol):
        out.append('<col min="%d" max="%d" width="%d" customWidth="1"/>' % (i + 1, i + 1, widths[i % len(widths)]))
    out.append('</cols><sheetData>')
    allrows = [header] + rows
    for ri, row in enumerate(allrows, start=1):
        cells = []
        for ci, v in enumerate(row):
            if v is None or v == "":
                continue
            ref = "%s%d" % (col_letter(ci), ri)
            if isinstance(v, bool):
                v = int(v)
            if isinstance(v, dt.datetime):
                cells.append('<c r="%s" s="2"><v>%s</v></c>' % (ref, fmt_num(serial(v))))
            elif isinstance(v, dt.date):
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, serial(v)))
            elif isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, fmt_num(v)))
            else:
                st = ' s="3"' if ri == 1 else ""
                cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, si(v)))
        out.append('<row r="%d" spans="1:%d">%s</row>' % (ri, ncol, "".join(cells)))
    out.append('</sheetData>')
    out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
    sheet = "".join(out)

    ss = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
          % (sst_refs, len(sst))]
    for s in sst:
        pres = ' xml:space="preserve"' if (s != s.strip() or "\n" in s or "  " in s) else ""
        ss.append("<si><t%s>%s</t></si>" % (pres, xesc(s)))
    ss.append("</sst>")
    sstxml = "".join(ss)

    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
             ("docProps/app.xml", APP), ("docProps/core.xml", CORE),
             ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WB_RELS),
             ("xl/styles.xml", STYLES), ("xl/sharedStrings.xml", sstxml),
             ("xl/worksheets/sheet1.xml", sheet)]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"), compresslevel=6)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def generate(n, seed):
    rng = random.Random(seed * 7919 + 17)
    people = make_people(n, rng)
    orgs = build_orgs(rng)
    refs = schedule(people, orgs, rng)
    refs.sort(key=lambda r: (r["when"], r["p"].pid))
    prev_by = {}
    recs = []
    for r in refs:
        prev = prev_by.setdefault(r["p"].pid, [])
        rec = make_record(r, rng, list(prev))
        prev.append(r)
        recs.append(rec)
        if rng.random() < 0.03:
            recs.append(duplicate(rec, rng))
            ST["duplicate_submissions"] += 1
    recs.sort(key=lambda x: x["end"])
    return people, recs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--people", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--stats", action="store_true", help="print realised noise counts to stderr")
    a = ap.parse_args()
    people, recs = generate(a.people, a.seed)
    rows = []
    for i, r in enumerate(recs, start=1):
        r["id"] = i
        rows.append([i, r["start"], r["end"], r["email"], r["sname"], r["name"], r["alias"],
                     excel_type(r["dob"]), excel_type(r["age"]), r["dobq"], r["sex"], r["nat"], r["lang"],
                     excel_type(r["ho"]), r["org"], r["expl"], r["town"], r["notes"]])
    write_xlsx(a.out, HEADER, rows)
    with open(a.truth, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "person_id"])
        for r in recs:
            w.writerow([r["id"], r["pid"]])
    # summary
    sizes = Counter(r["pid"] for r in recs)
    pairs = sum(k * (k - 1) // 2 for k in sizes.values())
    ndate = sum(1 for row in rows if isinstance(row[7], dt.date))
    nnum = sum(1 for row in rows if isinstance(row[7], int))
    nblank = sum(1 for row in rows if row[7] == "")
    print("people=%d (with >=1 record: %d, with >1 record: %d) records=%d true_pairs=%d "
          "dob_date_cells=%d (%.1f%%) dob_number_cells=%d dob_blank=%d"
          % (len(people), len(sizes), sum(1 for k in sizes.values() if k > 1), len(recs), pairs, ndate,
             100.0 * ndate / len(recs), nnum, nblank), file=sys.stderr)
    if a.stats:
        for k in sorted(ST):
            print("  %-32s %6d  (%.2f%% of records)" % (k, ST[k], 100.0 * ST[k] / len(recs)), file=sys.stderr)


if __name__ == "__main__":
    main()
