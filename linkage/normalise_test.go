package linkage

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestNormalise(t *testing.T) {
	cases := map[string]string{
		"Nguyễn Văn Đức":  "nguyen van duc",
		"ÇELAJ":           "celaj",
		"Łódź":            "lodz",
		"El-Sayed":        "elsayed",
		"O'Brien, Mary":   "obrien mary",
		"  Ana   Maria  ": "ana maria",
		"Олеся Ковальчук": "olesia kovalchuk", // the soft sign becomes an apostrophe, dropped
		"Ｍｏｈａｍｍｅｄ":        "mohammed",         // full-width forms (NFKC)
	}
	for in, want := range cases {
		if got := Normalise(in); got != want {
			t.Errorf("Normalise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSkeletonMeetsAcrossSpellingsAndScripts(t *testing.T) {
	groups := [][]string{
		{"Mohammed", "Muhammad", "Mohamed", "Mohamad", "محمد"},
		{"Selam", "ሰላም"},
		{"Tesfay", "Tesfaye", "ተስፋይ"},
	}
	for _, g := range groups {
		want := Skeleton(Normalise(g[0]))
		for _, name := range g[1:] {
			if got := Skeleton(Normalise(name)); got != want {
				t.Errorf("skeleton of %s is %q, of %s %q", name, got, g[0], want)
			}
		}
	}
}

// Tigrinya and Amharic names in Ge'ez script are spelt as people romanise them: the
// first form's vowel as e (a after h), the sixth form without a vowel, except where it
// begins a word. The romanised forms are the usual English spellings of these names.
func TestEthiopicNamesRomanisedAsPeopleWriteThem(t *testing.T) {
	exact := map[string]string{
		"ሰላም": "selam", "አበበ": "abebe", "ሓጎስ": "hagos", "ምሕረት": "mihret", "ዳዊት": "dawit",
		"ሳሙኤል": "samuel", "ኪዳነ ማርያም": "kidane maryam", "ይመር": "yimer", "ተስፋይ": "tesfay",
		"ገብረ፡ሂወት": "gebre hiwet", "ኣማኑኤል": "amanuel",
	}
	for in, want := range exact {
		if got := Normalise(in); got != want {
			t.Errorf("Normalise(%s) = %q, want %q", in, got, want)
		}
	}
	skeletons := map[string]string{"ዮሃንስ": "Yohannes", "ኃይሌ": "Haile", "ወልዴ": "Wolde", "ገብረመድህን": "Gebremedhin", "ተኽለ": "Tekle"}
	for in, spelt := range skeletons {
		if got, want := Skeleton(Normalise(in)), Skeleton(Normalise(spelt)); got != want {
			t.Errorf("%s is %q, skeleton %q; %s's skeleton is %q", in, Normalise(in), got, spelt, want)
		}
	}
}

// The ASCII fast path must give what the full Unicode path gives, for every printable
// and control character.
func TestNormaliseASCIIAgreesWithUnicodePath(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	inputs := []string{"  O'Brien-Smith ", "MOHAMMED  ali", "a.b,c", "K9 unit~x", "\t\x01Z"}
	for range 20000 {
		b := make([]byte, r.IntN(20))
		for i := range b {
			b[i] = byte(r.IntN(128))
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		if got, want := normaliseASCII(s), normaliseUnicode(s); got != want {
			t.Errorf("%q: fast path %q, Unicode path %q", s, got, want)
		}
	}
}

func TestPlaceholdersAreNotNames(t *testing.T) {
	for in, want := range map[string]string{"UNKNOWN": "", "Mohammed FNU": "mohammed", "Not Known": "",
		"LNU Zabihullah": "zabihullah", "Hoa Nguyen": "hoa nguyen", "Unknown Tesfay": "tesfay"} {
		if got := strings.Join(Tokens(Normalise(in)), " "); got != want {
			t.Errorf("Tokens(%q) = %q, want %q", in, got, want)
		}
	}
}

// A title before a name, or after it as systems add it (AHMED, Ali (Mr)), is not
// one of its names; a name that is only a title is left as it is.
func TestTitlesAreNotNames(t *testing.T) {
	for in, want := range map[string][]string{
		"Mr MERHAWI Mussie": {"merhawi", "mussie"},
		"MSTR Dawit":        {"dawit"},
		"Miss":              {"miss"},
		"Selam Mrs":         {"selam"},
		"AHMED, Ali (Mr)":   {"ahmed", "ali"},
	} {
		if got := Tokens(Normalise(in)); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// Other names are separated by semicolons, bars or lines, and by commas between
// names of two words or more; a note's words before a name and its quotes are not
// part of it, and a parent's name is not one the person goes by.
func TestOtherNamesSeparated(t *testing.T) {
	got := OtherNames("OBASEKI Prince | \"Blade\";Ehis\r\nPrince O;Thomas Belk, Thomas Bell;BEGUM, Kayleigh;" +
		"Goes by Rizzo;Street name 'K-Dog';Also spelt Muhammed;s/o Ali;Father's name Mohammed;Known as Josh")
	want := []string{"OBASEKI Prince", "Blade", "Ehis", "Prince O", "Thomas Belk", "Thomas Bell", "BEGUM, Kayleigh",
		"Rizzo", "K-Dog", "Muhammed", "Josh"}
	if !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}

// Yes is read as spreadsheets write it in several languages; anything else is no.
func TestSaysYesInSpreadsheetsLanguages(t *testing.T) {
	for in, want := range map[string]bool{"WAHR": true, "FALSCH": false, "Vrai": true, "FAUX": false, "yes": true, "Y": true,
		"1": true, "0": false, "": false, "no": false, "unknown": false, "Sí": true, "Não": false,
		"Age assessed": true, "Disputed": true, "Documented": false, "Self-declared": false,
		// A form's choices about a date of birth.
		"Estimated / age assessed": true, "Confirmed by a document (e.g. passport)": false, "Claimed by the person": false,
		"Not estimated": false, "Not known": false} {
		if SaysYes(in) != want {
			t.Errorf("%q: %v, want %v", in, !want, want)
		}
	}
}
