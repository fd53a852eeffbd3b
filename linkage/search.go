package linkage

import (
	"github.com/antzucaro/matchr"

	"github.com/retrace-uk/retrace"
)

// SearchKeys are the keys each word of a name is found by in a search for people:
// its variant group (Mohammed finds Muhammad), its Double Metaphone code (Jon finds
// John) and its consonant skeleton (a transliteration that disagrees on vowels).
// A record is indexed under the keys of all its names; a search word matches a
// record holding any of that word's keys.
func (v *Variants) SearchKeys(name string) [][]string {
	var out [][]string
	for _, t := range v.canonicalTokens(Tokens(Normalise(name))) {
		keys := []string{retrace.SpellingKeyPrefix + t}
		if sound, _ := matchr.DoubleMetaphone(t); sound != "" {
			keys = append(keys, "m:"+sound)
		}
		if sk := Skeleton(t); len(sk) >= 2 {
			keys = append(keys, "s:"+sk)
		}
		out = append(out, keys)
	}
	return out
}
