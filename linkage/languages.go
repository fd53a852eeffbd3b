package linkage

import (
	"cmp"
	"fmt"
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
	"badini": "kmr", "mandarin": "cmn", "cantonese": "yue", "pushto": "pus", "pashto": "pus", "tigrigna": "tir"}

// readLanguage reads a language as its ISO 639-3 code, from a code or its English
// name (Tigrinya, tir and ti are tir); a value it cannot read is dropped.
func readLanguage(s string) (string, string) {
	if code := languageTable()[placeWord(s)]; code != "" {
		return code, ""
	}
	if notKnown[placeWord(s)] {
		return "", ""
	}
	return "", fmt.Sprintf("%q is neither a language's name in English nor its code", s)
}

// RewriteLanguages writes a column of languages as ISO 639-3 codes, as a journey
// bundle holds them, and says what could not be read (those are left empty).
func RewriteLanguages(d *Dataset, column string) string {
	return d.rewriteColumn(column, "languages", readLanguage).String()
}
