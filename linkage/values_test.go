package linkage

import (
	"strconv"
	"strings"
	"testing"
)

func TestDatesWrittenManyWays(t *testing.T) {
	for _, c := range []struct {
		in    string
		order dateOrder
		want  string
	}{
		{"1971-06-24", dayFirst, "1971-06-24"},
		{"19710624", dayFirst, "1971-06-24"},
		{"1971-06-24T00:00:00Z", dayFirst, "1971-06-24"},
		{"1971/6/4", dayFirst, "1971-06-04"},
		{"24/06/1971", dayFirst, "1971-06-24"},
		{"4.6.1971", dayFirst, "1971-06-04"},
		{"04/06/1971", monthFirst, "1971-04-06"},
		{"06/24/1971", dayFirst, "1971-06-24"}, // 24 cannot be a month
		{"24 Jun 1971", dayFirst, "1971-06-24"},
		{"24 June 1971", monthFirst, "1971-06-24"},
		{"June 24, 1971", dayFirst, "1971-06-24"},
		{"24th June 1971", dayFirst, "1971-06-24"},
		{"the 1st of Jan 2001", monthFirst, "2001-01-01"},
		{"June 3rd, 1971", dayFirst, "1971-06-03"},
		{"Jun 1971", dayFirst, "1971-06"},
		{"06/1971", dayFirst, "1971-06"},
		{"1971", dayFirst, "1971"},
		{"24/06/71", dayFirst, "1971-06-24"},
		{"01/01/05", dayFirst, "2005-01-01"},
		{"24/06/1971 00:00", dayFirst, "1971-06-24"},
		{"06/24/1971 12:00:00 AM", monthFirst, "1971-06-24"},
		{"13/05/1980", monthFirst, "1980-05-13"}, // 13 cannot be a month, whatever the column
		// Eight digits that are no year first are the day first, or as the file
		// writes dates; seven, eight that a spreadsheet took for a number.
		{"22082004", dayFirst, "2004-08-22"},
		{"08222004", monthFirst, "2004-08-22"},
		{"6061989", dayFirst, "1989-06-06"},
		// Six are a passport's machine-readable zone's YYMMDD where that is a date
		// (the latest past such year), else the day first as typed.
		{"920708", dayFirst, "1992-07-08"},
		{"000423", dayFirst, "2000-04-23"},
		{"240671", dayFirst, "1971-06-24"},
		{"062471", monthFirst, "1971-06-24"},
	} {
		got, err := isoDate(c.in, c.order)
		if err != nil || got != c.want {
			t.Errorf("isoDate(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	// What is wrong is said without the date: it may be a date of birth.
	for bad, why := range map[string]string{"1955-11-92": "its month has no such day", "31/02/1990": "its month has no such day",
		"13/13/1990": "its month does not exist", "soon": "not in a form of date read here", "1990-06-24-1": "not in a form of date read here",
		"24/06/0971": "its year is outside 1000–2999", "c 19777": "not in a form of date read here"} {
		if got, problem := readDate(dayFirst, &dateReading{})(bad); got != "" || !strings.HasPrefix(problem, why) {
			t.Errorf("readDate(%q) = %q, %q; want it unreadable, as %q", bad, got, problem, why)
		}
	}
}

// What records write for a date of birth not known is missing, not unreadable; an
// approximate date is the date it gives; a spreadsheet's day number is its day
// (Excel numbers 1 January 2000 as 36526, so 36595 is 69 days on: 31 in January, 29
// in February, and 10 March); and 1 January 1900, a system's placeholder, is
// missing. The last two are noted.
func TestDatesRecordsWriteOtherwise(t *testing.T) {
	var met dateReading
	read := readDate(dayFirst, &met)
	for in, want := range map[string]string{"NK": "", "N/K": "", "Not known": "", "unknown": "", "c 2006": "2006", "c.1977": "1977",
		"~2009": "2009", "1981 (est)": "1981", "circa 1990": "1990", "approx. 05/1990": "1990-05", "Est 2001": "2001",
		// A note after the date.
		"01/01/2001 (age assessed)": "2001-01-01", "27/06/2004 (claimed)": "2004-06-27", "01/01/1995 per Merton assessment": "1995-01-01",
		"01.01.1993 - LA assessed": "1993-01-01", "March 1990": "1990-03",
		// A question mark, and a sentence that says the date is not known.
		"2008?": "2008", "does not know": "", "Unknown - see age": "", "see age": ""} {
		if got, problem := read(in); got != want || problem != "" {
			t.Errorf("readDate(%q) = %q, %q; want %q", in, got, problem, want)
		}
	}
	if met.daySerials || met.placeholders {
		t.Errorf("noted %+v before any was met", met)
	}
	if got, problem := read("36595"); got != "2000-03-10" || problem != "" || !met.daySerials {
		t.Errorf("readDate(36595) = %q, %q, noted %v; want 2000-03-10, noted", got, problem, met.daySerials)
	}
	if got, problem := read("01/01/1900"); got != "" || problem != "" || !met.placeholders {
		t.Errorf("readDate(01/01/1900) = %q, %q, noted %v; want missing, noted", got, problem, met.placeholders)
	}
}

func TestAColumnsDateOrder(t *testing.T) {
	if o, _ := columnDateOrder([]string{"03/04/1990", "12/25/1990", ""}); o != monthFirst {
		t.Error("a 25 in second place and nothing above 12 in first: want month first")
	}
	if o, _ := columnDateOrder([]string{"03/04/1990", "25/12/1990"}); o != dayFirst {
		t.Error("a 25 in first place: want day first")
	}
	if o, _ := columnDateOrder([]string{"06/24/1971", "06/25/1980", "13/05/1980"}); o != monthFirst {
		t.Error("two values with a second number above 12 and one with a first: want month first, by the most")
	}
	if o, note := columnDateOrder([]string{"03/04/1990", "1990-04-03"}); o != dayFirst || note != "" {
		t.Errorf("nothing to tell by: want day first, as in the UK, and no note; got %v %q", o, note)
	}
}

func TestSexesAndNationalitiesWrittenManyWays(t *testing.T) {
	for in, want := range map[string]string{"M": "M", "male": "M", " Female ": "F", "f": "F", "Unknown": "", "N/K": "", "X": "X",
		"Trans man": "M", "Trans female": "F", "Non-binary": "X",
		// In Welsh and English, as public bodies in Wales write them.
		"Gwryw / Male": "M", "Benyw / Female": "F", "Anhysbys / Unknown": "", "Male / Unknown": "M",
		"<": "", // a passport's machine-readable zone: not specified
		// In the languages of the people and places records come from.
		"Nam": "M", "Nữ": "F", "Mashkull": "M", "Femër": "F", "Masculin": "M", "Feminin": "F", "Kobieta": "F", "Mężczyzna": "M"} {
		if got, ok := sexCode(in); got != want || !ok {
			t.Errorf("sexCode(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for in, want := range map[string]string{"Femal": "FEMAL", "intersex": "INTERSEX", "Male / Female": "MALE / FEMALE"} {
		if got, problem := readSex(in); got != want || !strings.Contains(problem, `is not male, female or a sex code`) || strings.Contains(problem, strconv.Quote(in)) {
			t.Errorf("readSex(%q) = %q, %q; want it kept as written and reported, without the value (a gender identity)", in, got, problem)
		}
	}
	for in, want := range map[string]string{"ERI": "ERI", "Eritrea": "ERI", "eritrean": "ERI", "ER": "ERI",
		"Viet Nam": "VNM", "Vietnamese": "VNM", "Sudan; South Sudan": "SDN;SSD", "United Kingdom": "GBR",
		"British": "GBR", "Albania/Kosovo": "ALB;XKX", "Côte d’Ivoire": "CIV", "unknown": "",
		"IRAN, ISLAMIC REPUBLIC OF": "IRN", "Iran (Islamic Republic of)": "IRN", "The Philippines": "PHL", "PRC": "CHN",
		"Syrian Arab Republic": "SYR", "Stateless": "XXA", "Bidoon": "XXA", "XXX": "", "Not recorded": "", "England": "GBR",
		// Retired codes (FX, DY, ZR) do not take the names of today's countries.
		"France": "FRA", "Benin": "BEN", "Burkina Faso": "BFA", "Panama": "PAN", "XK": "XKX", "Cote d'Ivoire": "CIV",
		// A bundle's codes beyond ISO (refugee), and withdrawn codes with one successor.
		"XXB": "XXB", "xxc": "XXC", "ROM": "ROU", "ZAR": "COD", "BUR": "MMR",
		// Official names, a word after, the country in brackets, two joined, misspellings.
		"State of Eritrea": "ERI", "Republic of the Sudan": "SDN", "Kurdistan Region of Iraq": "IRQ", "British Citizen": "GBR",
		"Kurdish (Iraq)": "IRQ", "British and Somali": "GBR;SOM", "Eritrea & Ethiopia": "ERI;ETH", "Trinidad and Tobago": "TTO", "Bosnia and Herzegovina": "BIH",
		"Brittish": "GBR", "Albanain": "ALB", "Unted Kingdom": "GBR", "Эритрея": "ERI", "Disputed": "", "Undocumented": "",
		"Rumania": "ROU", "North Sudan": "SDN", "Kurd": "", "Persian": "IRN",
		// Demonyms nearer another country's name, or too short to meet by spelling.
		"Mauritian": "MUS", "Nigerien": "NER", "Malian": "MLI", "Omani": "OMN", "Republic of China": "TWN",
		"Greek": "GRC", "Beninese": "BEN", "Swiss": "CHE",
		// Countries whose codes begin with Z, not taken for the unknown region ZZ.
		"ZWE": "ZWE", "Zimbabwe": "ZWE", "Zambia": "ZMB", "ZAF": "ZAF", "South Africa": "ZAF",
		// As a hospital's free text gives it: where from, a region after a dash, one country among words.
		"from Eritrea": "ERI", "India - Punjab": "IND", "Kurdish Iraqi": "IRQ", "Fujian, China": "CHN", "Darfur": "SDN",
		"Albanian lives in UK": "ALB"} { // in and UK are codes, but words too short to be read so
		if got, ok := countryCodes(in); got != want || !ok {
			t.Errorf("countryCodes(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for in, want := range map[string]string{"Atlantis": "ATLANTIS", "Атлантида": "АТЛАНТИДА", "Nigirian": "NIGIRIAN", // Nigerian and Nigerien are as near
		"Eritrean Ethiopian": "ERITREAN ETHIOPIAN", "Albanian lives in Italy": "ALBANIAN LIVES IN ITALY"} { // two countries among the words: not one nationality
		if got, ok := countryCodes(in); ok || got != want {
			t.Errorf("countryCodes(%q) = %q, %v; want it kept as written and reported", in, got, ok)
		}
	}
	if got, ok := sexCode("ܕܟܪܐ"); got != "ܕܟܪܐ" || ok { // Syriac, not read
		t.Errorf("sexCode(ܕܟܪܐ) = %q, %v: a value in a script not read is kept as written and reported, not taken for not known", got, ok)
	}
}

// Records from partners abroad write sexes and nationalities in their own scripts and
// languages: Arabic, Sorani, Persian, Chinese, Ukrainian, Bulgarian, Tigrinya.
func TestSexesAndNationalitiesInOtherScripts(t *testing.T) {
	for in, want := range map[string]string{"ذكر": "M", "أنثى": "F", "نێر": "M", "مێ": "F", "مذکر": "M", "مونث": "F",
		"男": "M", "女": "F", "ч": "M", "ж": "F", "жін.": "F", "чоловіча": "M", "мъж": "M", "жена": "F", "ተባዕታይ": "M", "ኣንስተይቲ": "F",
		"Ž": "F", "Muž": "M", "nő": "F", "férfi": "M", "vyras": "M", "moteris": "F"} {
		if got, ok := sexCode(in); got != want || !ok {
			t.Errorf("sexCode(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for in, want := range map[string]string{"Shqipëri": "ALB", "shqiptare": "ALB", "Việt Nam": "VNM", "România": "ROU",
		"Україна": "UKR", "громадянство України": "UKR", "българско": "BGR", "العراق": "IRQ", "عراقي": "IRQ", "عێراقی": "IRQ",
		"سوداني": "SDN", "افغان": "AFG", "越南": "VNM", "ኤርትራ": "ERI", "Eritreea": "ERI", "Wietnam": "VNM",
		// Other languages' names are read as whole values, not among words or by nearest
		// spelling: island is Iceland in Danish.
		"Cayman Island": "CYM", "Solomon Island": "SLB",
		// Words for a country's people in French, Spanish, Italian, Dutch, Portuguese,
		// whatever their ending; Nigérien is Niger's.
		"érythréenne": "ERI", "eritreo": "ERI", "Soedanees": "SDN", "nigeriana": "NGA", "Nigérien": "NER", "marroquí": "MAR",
		"brasileira": "BRA", "Albanees": "ALB"} {
		if got, ok := countryCodes(in); got != want || !ok {
			t.Errorf("countryCodes(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// Dates of birth as the places records come from write them. The Solar Hijri dates
// are Nowruz (1 Farvardin: 21 March 2021, 20 March 2024) and days known from it (8 Azar
// 1381 is 29 November 2002: Farvardin to Mehr are six months of 31 days, Aban 30);
// the Ethiopian, 1 Meskerem 2016 (12 September 2023) and 12 Tikimt 1988 (23 October
// 1995: 1988 began on 12 September 1995, before a Gregorian leap year).
func TestDatesInOtherCalendarsAndScripts(t *testing.T) {
	var met dateReading
	read := readDate(dayFirst, &met)
	for in, want := range map[string]string{"١٩٩٥/٠٨/١٥": "1995-08-15", "1400/01/01": "2021-03-21", "۱۴۰۳/۰۱/۰۱": "2024-03-20",
		"1381/09/08": "2002-11-29", "1368": "1989", "01/01/2016 ዓ.ም.": "2023-09-12", "12/02/1988 ዓ.ም.": "1995-10-23",
		"1966 ዓ.ም.": "1974", "1994年4月13日": "1994-04-13", "2001年9月8日": "2001-09-08", "14.10.1996 г.": "1996-10-14",
		"19.08.1986 r.": "1986-08-19", "1959.01.28.": "1959-01-28", "4. 5. 1978": "1978-05-04",
		// Months in other languages; a year said to be about; a day and month of zeros.
		"12 mars 1990": "1990-03-12", "1er janvier 1999": "1999-01-01", "12 de marzo de 1990": "1990-03-12",
		"3 giugno 1985": "1985-06-03", "3 juin 1985": "1985-06-03", "3 juillet 1985": "1985-07-03", "7 de março de 2001": "2001-03-07",
		"12 maart 1990": "1990-03-12", "vers 1999": "1999", "00-00-1999": "1999", "5 février 1990": "1990-02-05"} {
		if got, problem := read(in); got != want || problem != "" {
			t.Errorf("readDate(%q) = %q, %q; want %q", in, got, problem, want)
		}
	}
	if met.calendars[solarHijri] != 4 || met.calendars[ethiopian] != 3 {
		t.Errorf("dates in other calendars counted %v; want 4 Solar Hijri and 3 Ethiopian, to be noted", met.calendars)
	}
}

func TestLinkingReadsValuesWrittenDifferentlyAlike(t *testing.T) {
	csv := "id,first_name,surname,dob,gender,nationality\n" +
		"a,Semhar,Ghebremedhin,14/03/1996,Female,Eritrea\n" +
		"b,Semhar,Ghebremedhin,1996-03-14,F,ERI\n" +
		"c,Semhar,Ghebremedhin,spring 96,F,Eritrean\n"
	s, _ := settingsOf(t, csv)
	l := loaded(t, s, csv)
	g := l.compare(0, 1)
	for c, cs := range s.Comparisons {
		if g[c] != 1 {
			t.Errorf("%s: level %d (%s), want exact", cs.Name, g[c], l.comparisons[c].Levels()[g[c]])
		}
	}
	notes := strings.Join(l.Notes(), "\n")
	// Record c is on the file's line 4.
	if !strings.Contains(notes, `dob: 1 value not read as dates, and compared as missing (the first on line 4: not in a form of date read here`) || strings.Contains(notes, "spring") {
		t.Errorf("notes %q: want the unreadable date reported by its line and what is wrong, and not its value (a date of birth)", notes)
	}
}

// loaded is a linker under settings s with the records of csv loaded.
func loaded(t *testing.T, s Settings, csv string) *Linker {
	t.Helper()
	d, err := ReadCSV(strings.NewReader(csv), s.IDColumn)
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(s, DefaultVariants(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Load(d); err != nil {
		t.Fatal(err)
	}
	return l
}

// Languages read as ISO 639-3 codes, as a journey bundle holds them, from codes
// (two-letter, three-letter, ISO 639-2/B) or English names, including names records
// use that CLDR does not (Farsi, Sorani, Bengali); not known is empty, nonsense a problem.
func TestLanguagesReadAsISO6393(t *testing.T) {
	for in, want := range map[string]string{"Tigrinya": "tir", "ti": "tir", "TIR": "tir", "alb": "sqi", "Albanian": "sqi",
		"Farsi": "fas", "Dari": "prs", "Sorani": "ckb", "Chinese": "zho", "Pashto": "pus", "Not known": "",
		// A gloss beside the name, in brackets or not, and names records give.
		"Albanian (Shqip)": "sqi", "Arabic (Sudanese)": "ara", "Farsi/Persian": "fas", "Shqip": "sqi", "Bengali": "ben", "Eng": "eng",
		// ISO 639-3's codes for languages of survivors that CLDR names otherwise, or not.
		"Edo": "bin", "Tigrinia": "tir", "Kurdish (Sorani)": "ckb", "Kurdish Sorani": "ckb", "Fur": "fvr", "Zaghawa": "zag",
		"Fujianese": "cdo", "Afaan Oromo": "orm", "Oromifa": "orm", "Pidgin English": "pcm"} {
		if got, problem := readLanguage(in); got != want || problem != "" {
			t.Errorf("%q: %q (%s), want %q", in, got, problem, want)
		}
	}
	if got, problem := readLanguage("Qwertyish"); got != "" || !strings.Contains(problem, "neither a language's name in English nor its code") {
		t.Errorf("Qwertyish: %q, %q", got, problem)
	}
}

// A record with no date of birth but an age on the record's date is given the year
// of birth they say, worked by hand: 17 on 15 March 2020 is born from 16 March 2002
// to 15 March 2003, and half a year before 15 March 2003 is in 2002; 16 on 30
// November 2021, from 1 December 2004 to 30 November 2005, mid-point in 2005. An age
// band, an age with no date, or a record with its own date of birth are left alone.
func TestAYearOfBirthFromAnAge(t *testing.T) {
	csv := "id,first_name,surname,dob,age,date_recorded\n" +
		"a,Selam,Tesfay,,17,15/03/2020\n" +
		"b,Dawit,Haile,,16 yrs,30/11/2021\n" +
		"c,Meron,Abebe,,25-34,01/06/2020\n" +
		"d,Aster,Kidane,,30,\n" +
		"e,Yonas,Berhe,1990-05-17,20,01/06/2020\n"
	_, _, d, notes := readAsANewUser(t, csv)
	for i, want := range []string{"2002", "2005", "", "", "1990-05-17"} {
		if got := d.get(i)("dob"); got != want {
			t.Errorf("record %s: date of birth %q, want %q", d.ID(i), got, want)
		}
	}
	if !strings.Contains(strings.Join(notes, "\n"), "2 missing given the year of birth their age (age) on the record's date (date_recorded) says") {
		t.Errorf("notes %q", notes)
	}
	// An estimate as a form's free text gives it: a range of a few years, a decade
	// (the middle of the 20s is 25, of the teens, 13 to 19, 16), a claim with a note.
	for in, want := range map[string]int{"17": 17, "17 yrs": 17, "17 years old": 17, "0": 0, "9y": 9, "24 (est)": 24,
		"16-17": 16, "25-27": 26, "mid 20s": 25, "early 30s": 32, "mid teens": 16, "late teens": 18, "12?": 12, "18+": 18,
		"claims 16, looks older": 16, "claims 32 - age disputed": 32, "says 30 but looks older": 30, "approx 34": 34} {
		if got, ok := ageInYears(in); !ok || got != want {
			t.Errorf("ageInYears(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"25-34", "adult", "", "-3", "150", "<18", "under 18"} {
		if got, ok := ageInYears(in); ok {
			t.Errorf("ageInYears(%q) = %d, want no age", in, got)
		}
	}
}

// settingsOf are the settings csv's header gives, as retrace link reads it.
func settingsOf(t *testing.T, csv string) (Settings, ColumnsRead) {
	t.Helper()
	s, read, err := SettingsForColumns(strings.Split(strings.SplitN(csv, "\n", 2)[0], ","))
	if err != nil {
		t.Fatal(err)
	}
	return s, read
}

// readAsANewUser reads csv with the settings its header gives, its values rewritten
// as linking rewrites them, with the notes on them.
func readAsANewUser(t *testing.T, csv string) (Settings, ColumnsRead, *Dataset, []string) {
	t.Helper()
	s, read := settingsOf(t, csv)
	d, err := ReadCSV(strings.NewReader(csv), s.IDColumn)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CheckColumns(d); err != nil {
		t.Fatal(err)
	}
	notes, err := RewriteValues(s, d)
	if err != nil {
		t.Fatal(err)
	}
	return s, read, d, notes
}

// A file with an age and the record's date but no column of dates of birth gets one,
// the year the age gives (17 on 15 March 2020: 2002, as above).
func TestAYearOfBirthFromAnAgeWithoutADateOfBirthColumn(t *testing.T) {
	s, _, d, _ := readAsANewUser(t, "id,first_name,surname,age,referral_date\na,Selam,Tesfay,17,15/03/2020\nb,Dawit,Haile,,01/06/2021\n")
	dob := s.Comparisons[1].Columns[0]
	if s.Comparisons[1].Kind != "date_of_birth" || d.get(0)(dob) != "2002" || d.get(1)(dob) != "" {
		t.Errorf("date of birth %q, %q from %q; want 2002 and none", d.get(0)(dob), d.get(1)(dob), dob)
	}
}

// Spaces a spreadsheet's cells carry unseen: a no-break space is a space (UK National),
// a zero-width space nothing.
func TestInvisibleSpacesInCells(t *testing.T) {
	tb, err := ReadTable(strings.NewReader("id,first_name,surname,nationality\n1,Se\u200blam,Tesfai\u00a0,UK\u00a0National\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := tb.rows[0]; got[1] != "Selam" || got[3] != "UK National" {
		t.Errorf("cells %q; want Selam and UK National", got)
	}
	if code, ok := countryCodes(tb.rows[0][3]); code != "GBR" || !ok {
		t.Errorf("UK National read as %q, %v; want GBR", code, ok)
	}
}
