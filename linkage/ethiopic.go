package linkage

import "strings"

// Ethiopic (Ge'ez) script, in which Tigrinya and Amharic names are written, is a
// syllabary: each consonant has a row of forms, one per vowel. A generic
// transliteration spells every form with its vowel (ዮሃንስ → yohaanese), which no
// romanised record of the same name resembles; romanisations as people write them
// leave the sixth form's vowel out and spell the first form's ä as e (Yohannes,
// Gebremedhin, Tesfay).

// ethiopicFirst and ethiopicLast bound the basic Ethiopic syllables.
const ethiopicFirst, ethiopicLast = 0x1200, 0x135a

// ethiopicConsonants are the consonants of the rows of eight forms from U+1200, in
// order; rows of labialised forms (qw, hw, kw, xw, gw) are marked with a trailing w.
var ethiopicConsonants = strings.Fields(`h l h m s r s sh q qw qh qhw b v t ch h hw n ny
	' k kw kh khw w ' z zh y d d j g gw g t ch p ts ts f p`)

// ethiopicVowels are the vowels of a row's eight forms; the sixth has none.
var ethiopicVowels = [8]string{"e", "u", "i", "a", "e", "", "o", "wa"}

// romaniseEthiopic spells Ethiopic syllables as people romanise names, leaving other
// text as it is; the Ethiopic word space is a space. A vowelless form that begins a
// word before another syllable is spoken, and written, with i (ምሕረት Mihret, ይመር
// Yimer).
func romaniseEthiopic(s string) string {
	if strings.IndexFunc(s, isEthiopic) < 0 {
		return s // Arabic, Chinese …: as they are, without the work
	}
	var b strings.Builder
	runes := []rune(s)
	for i, c := range runes {
		switch {
		case c == 0x1361 || c == 0x1362: // ፡ word space, ። full stop
			b.WriteByte(' ')
		case isEthiopic(c):
			b.WriteString(ethiopicSyllable(c))
			starts := i == 0 || !isEthiopic(runes[i-1])
			if starts && i+1 < len(runes) && isEthiopic(runes[i+1]) && (c-ethiopicFirst)%8 == 5 && !strings.HasSuffix(ethiopicSyllable(c), "i") {
				b.WriteByte('i')
			}
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func isEthiopic(c rune) bool { return c >= ethiopicFirst && c <= ethiopicLast }

func ethiopicSyllable(c rune) string {
	row, form := int(c-ethiopicFirst)/8, int(c-ethiopicFirst)%8
	if row >= len(ethiopicConsonants) {
		return ""
	}
	consonant, vowel := ethiopicConsonants[row], ethiopicVowels[form]
	if w, ok := strings.CutSuffix(consonant, "w"); ok && len(consonant) > 1 {
		// labialised rows: kwe, -, kwi, kwa, kwe, kw
		consonant, vowel = w, "w"+[8]string{"e", "", "i", "a", "e", "", "", ""}[form]
	}
	switch {
	case consonant == "'": // a vowel on its own: አበበ Abebe, እስራኤል Israel, ዑመር Umer
		return [8]string{"a", "u", "i", "a", "e", "i", "o", "wa"}[form]
	case consonant == "h" && form == 0: // ሀ, ሐ, ኀ: ha, as in Habte, Hagos
		return "ha"
	}
	return consonant + vowel
}
