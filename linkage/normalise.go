// Package linkage finds the records that are one person: probabilistic record
// linkage in the Fellegi–Sunter framework, with the vocabulary Splink made standard —
// comparisons made of comparison levels, blocking rules, m and u probabilities and
// match weights.
package linkage

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/mozillazg/go-unidecode"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// folders: a Caser keeps state between calls, so each goroutine needs its own.
var folders = sync.Pool{New: func() any { c := cases.Fold(); return &c }}

// Normalise turns a name as recorded into the form names are compared in: Unicode
// NFKC, case folded, non-Latin scripts transliterated to Latin, diacritics removed,
// hyphens and apostrophes dropped (El-Sayed, El'Sayed → elsayed), other punctuation a
// space, white space collapsed.
func Normalise(s string) string {
	if ascii(s) {
		return normaliseASCII(s)
	}
	return normaliseUnicode(s)
}

func normaliseUnicode(s string) string {
	fold := folders.Get().(*cases.Caser)
	s = fold.String(norm.NFKC.String(s))
	folders.Put(fold)
	if !isLatin(s) {
		s = strings.ToLower(unidecode.Unidecode(romaniseEthiopic(s)))
	}
	var b strings.Builder
	space := false
	for _, c := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, c):
		case c == '-' || c == '\'' || c == '’' || c == '`' || c == '~':
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(latinise(c))
		default:
			space = true
		}
	}
	return b.String()
}

// normaliseASCII is Normalise for plain ASCII text, where Unicode has nothing to
// change but letter case: a fast path for the bulk of names.
func normaliseASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '-' || c == '\'' || c == '`' || c == '~':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'):
		default:
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// latinise spells the Latin letters that have no decomposition.
func latinise(c rune) rune {
	switch c {
	case 'ł':
		return 'l'
	case 'đ', 'ð':
		return 'd'
	case 'ø':
		return 'o'
	case 'ı':
		return 'i'
	case 'ß':
		return 's'
	case 'æ':
		return 'a'
	case 'þ':
		return 't'
	}
	return c
}

// isLatin reports whether every letter of s is in the Latin script.
func isLatin(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}

// Tokens splits a normalised name into its words.
//
// Words that stand where a name is not known (UNKNOWN, FNU and LNU for "first" and
// "last name unknown", as immigration records write them) are not names: two records
// with the surname UNKNOWN share nothing.
func Tokens(normalised string) []string {
	if noName[normalised] {
		return nil
	}
	tokens := strings.Fields(normalised)
	unnamed := slices.ContainsFunc(tokens, func(t string) bool { return noName[t] })
	kept := tokens[:0]
	for _, t := range tokens {
		// Mr MERHAWI Mussie, AHMED, Ali (Mr), as some systems write a name; Unknown
		// male, PV2, as reports write someone whose name is not known
		if !noName[t] && !(titles[t] && len(tokens) > 1) && !(unnamed && sexWords[t]) && !numbered(t) {
			kept = append(kept, t)
		}
	}
	return kept
}

// sexWords say who someone is where their name is not known (Unknown male).
var sexWords = map[string]bool{"male": true, "female": true, "man": true, "woman": true, "boy": true, "girl": true,
	"child": true, "adult": true, "person": true}

// numbered: a word that numbers the people of a report, not a name (PV1, victim2).
func numbered(t string) bool {
	for _, p := range []string{"pv", "victim", "person", "male", "female", "child", "subject"} {
		if rest, ok := strings.CutPrefix(t, p); ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
			return true
		}
	}
	return false
}

// titles are the forms of address a name can begin with.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mstr": true, "master": true, "mx": true, "dr": true}

// noName are the words and phrases records write for a name not known.
var noName = map[string]bool{"unknown": true, "unk": true, "fnu": true, "lnu": true, "nfn": true, "nln": true,
	"xxx": true, "nk": true, "none": true, "anon": true, "anonymous": true, "tbc": true, "not known": true,
	"no name": true, "not given": true, "name unknown": true, "not stated": true,
	"aka": true} // AKA Tsegay: what an other name begins with, not a name

// Skeleton is a name's consonants with doubled letters and vowels removed: a key that
// survives transliteration, where scripts that write no short vowels (Arabic) and
// romanisations that disagree on them (Mohammed, Muhammad, محمد → mhmd) meet.
func Skeleton(token string) string {
	var b []byte
	var last byte
	for i := 0; i < len(token); i++ {
		c := token[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h':
			if i > 0 || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' {
				continue
			}
		case 'q':
			c = 'k'
		case 'z':
			c = 's'
		case 'v':
			c = 'f'
		}
		if c < 'a' || c > 'z' || c == last {
			continue
		}
		b = append(b, c)
		last = c
	}
	return string(b)
}

// keyToken is a token's skeleton, or the token itself where the skeleton is too short
// to tell names apart (Anna, Le, Vy, Joy).
func keyToken(t string) string {
	if s := Skeleton(t); len(s) >= 3 {
		return s
	}
	return undoubled(t)
}

// undoubled is a word with each run of one letter written once: Woori and Wori,
// Aamna and Amna are one key.
func undoubled(t string) string {
	out := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		if i == 0 || t[i] != t[i-1] {
			out = append(out, t[i])
		}
	}
	return string(out)
}

// bracketed splits a text with a gloss in brackets ("Albanian (Shqip)", "Unique
// Reference Number (URN)") into what comes before the bracket and what is in it.
func bracketed(s string) (before, inside string, ok bool) {
	i, j := strings.Index(s, "("), strings.LastIndex(s, ")")
	if i < 0 || j < i {
		return s, "", false
	}
	return s[:i], s[i+1 : j], true
}
