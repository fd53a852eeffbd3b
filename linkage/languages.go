package linkage

import (
	"cmp"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/retrace-uk/retrace"
)

var (
	languageOnce  sync.Once
	languageByKey map[string]string
)

// languageTable keys each language's ISO 639-3 code by its two- and three-letter
// codes and its English name, as placeWord keys them.
func languageTable() map[string]string {
	languageOnce.Do(func() {
		languageByKey = map[string]string{}
		names := display.English.Languages()
		add := func(code string) {
			b, err := language.ParseBase(code)
			if err != nil {
				return
			}
			iso3 := cmp.Or(retrace.BibliographicLanguageCodes[b.ISO3()], b.ISO3())
			if len(iso3) != 3 {
				return
			}
			languageByKey[code] = iso3
			if n := names.Name(b); n != "" {
				if _, taken := languageByKey[placeWord(n)]; !taken {
					languageByKey[placeWord(n)] = iso3
				}
			}
		}
		for a := 'a'; a <= 'z'; a++ { // two-letter codes first: their names are the common ones
			for b := 'a'; b <= 'z'; b++ {
				add(string([]rune{a, b}))
			}
		}
		for a := 'a'; a <= 'z'; a++ {
			for b := 'a'; b <= 'z'; b++ {
				for c := 'a'; c <= 'z'; c++ {
					add(string([]rune{a, b, c}))
				}
			}
		}
		for name, code := range languageNames {
			languageByKey[placeWord(name)] = code
		}
	})
	return languageByKey
}

// languageNames are names records give languages that CLDR's English names do not.
var languageNames = map[string]string{"dari": "prs", "farsi": "fas", "sorani": "ckb", "kurmanji": "kmr",
	"badini": "kmr", "mandarin": "cmn", "cantonese": "yue", "pushto": "pus", "pashto": "pus", "pashtu": "pus",
	"tigrigna": "tir", "tigrinyan": "tir", "panjabi": "pan", "shqip": "sqi", "polski": "pol", "viet": "vie",
	"bengali": "ben", "tagalog": "tgl", "romani": "rom",
	"tigrinia": "tir", "edo": "bin", "zaghawa": "zag", "fur": "fvr", // Fur of Darfur, not Friulian's code
	"kurdishsorani": "ckb", "kurdishkurmanji": "kmr", "kurdishbadini": "kmr", // as Sorani and Kurmanji alone are
	"fujianese": "cdo", "fuzhounese": "cdo", "fuzhou": "cdo", "hokkien": "nan", "teochew": "nan", "hakka": "hak",
	"oromifa": "orm", "oromiffa": "orm", "afaanoromo": "orm", "pidgin": "pcm", "pidginenglish": "pcm", "naija": "pcm"}

// readLanguage reads a language as its ISO 639-3 code, from a code or its English
// name (Tigrinya, tir and ti are tir); a value it cannot read is dropped.
func readLanguage(s string) (string, string) {
	if notKnown[placeWord(s)] {
		return "", ""
	}
	if code := languageCode(s); code != "" {
		return code, ""
	}
	return "", fmt.Sprintf("%q is neither a language's name in English nor its code", s)
}

// languageCode is a language's ISO 639-3 code, from its code or English name, with
// the name's gloss in brackets or beside it ("Albanian (Shqip)", "Kurdish Sorani",
// "Farsi/Persian": the whole, then what is before the bracket, then in it, then word
// by word); "" where none is known.
func languageCode(s string) string {
	table := languageTable()
	tries := []string{s}
	if before, inside, ok := bracketed(s); ok {
		tries = append(tries, before, inside)
	}
	tries = append(tries, strings.Fields(strings.NewReplacer("(", " ", ")", " ", "/", " ").Replace(s))...)
	for n, t := range tries {
		// A part is read by its name, not as a code: "Not known" is not Nomatsiguenga (not).
		if code := table[placeWord(t)]; code != "" && (n == 0 || len(placeWord(t)) > 3) {
			return code
		}
	}
	return ""
}

// RewriteLanguages writes a column of languages as ISO 639-3 codes, as a journey
// bundle holds them, and says what could not be read (those are left empty).
func RewriteLanguages(d *Dataset, column string) string {
	return d.rewriteColumn(column, "languages", readLanguage).String()
}
