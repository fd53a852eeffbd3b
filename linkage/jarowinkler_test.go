package linkage

import (
	"math/rand/v2"
	"testing"

	"github.com/antzucaro/matchr"
)

// The fast Jaro–Winkler must give exactly what matchr gives, to the last bit: on
// textbook pairs, on names with typos, and on random strings of a small alphabet
// (many shared letters, many transpositions).
func TestJaroWinklerAgreesWithMatchr(t *testing.T) {
	pairs := [][2]string{{"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"}, {"", "abc"},
		{"a", "a"}, {"ab", "ba"}, {"mohammed ali", "muhammad ali"}, {"1234", "1243"}, {"nguyen van anh", "van anh nguyen"},
		{"ghebremedhin", "gebremedhin"}, {"zoë", "zoe"}, {"ሕይወት", "hiwot"}}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		pairs = append(pairs, [2]string{randomWord(r), randomWord(r)})
	}
	for _, p := range pairs {
		if got, want := jaroWinkler(p[0], p[1]), matchr.JaroWinkler(p[0], p[1], false); got != want {
			t.Errorf("%q ~ %q: %v, matchr %v", p[0], p[1], got, want)
		}
	}
	if got := jaroWinkler("martha", "marhta"); got < 0.9611 || got > 0.9612 {
		t.Errorf("martha ~ marhta: %v, the textbook value is 0.961", got)
	}
}

func randomWord(r *rand.Rand) string {
	b := make([]byte, r.IntN(14))
	for i := range b {
		b[i] = "abcde1 "[r.IntN(7)]
	}
	return string(b)
}

// oneEditApart must agree with matchr's Damerau–Levenshtein distance being 1.
func TestOneEditApartAgreesWithDamerauLevenshtein(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	cases := [][2]string{{"A123", "A132"}, {"A123", "A1234"}, {"A123", "B123"}, {"A123", "A321"}, {"AB", "BA"}, {"A", ""}}
	for range 50000 {
		a := []byte(randomWord(r))
		b := append([]byte(nil), a...)
		if len(b) > 1 && r.IntN(2) == 0 {
			i := r.IntN(len(b) - 1)
			b[i], b[i+1] = b[i+1], b[i]
		} else if len(b) > 0 {
			b[r.IntN(len(b))] = "ab1"[r.IntN(3)]
		}
		cases = append(cases, [2]string{string(a), string(b)}, [2]string{randomWord(r), randomWord(r)})
	}
	for _, c := range cases {
		if c[0] == c[1] {
			continue
		}
		if got, want := oneEditApart(c[0], c[1]), matchr.DamerauLevenshtein(c[0], c[1]) == 1; got != want {
			t.Errorf("%q ~ %q: %v, Damerau–Levenshtein says %v", c[0], c[1], got, want)
		}
	}
}

// The letter bound must never rule out a pair whose Jaro–Winkler reaches the band.
func TestLetterBagNeverRulesOutACloseName(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	ruledOut := 0
	for range 100000 {
		a, b := randomWord(r), randomWord(r)
		if r.IntN(3) == 0 {
			b = a[:len(a)/2] + "ab1"[:r.IntN(4)] // half a word and a little more: often close
		}
		x, y := bagOf(a), bagOf(b)
		if x == nil || y == nil || x.length == 0 || y.length == 0 {
			continue
		}
		for _, band := range []float64{0.85, 0.92} {
			if !x.mayReach(y, band) {
				ruledOut++
				if jw := jaroWinkler(a, b); jw >= band {
					t.Fatalf("%q ~ %q: ruled out of %.2f but Jaro–Winkler is %.4f", a, b, band, jw)
				}
			}
		}
	}
	if ruledOut == 0 {
		t.Fatal("the bound ruled nothing out: the test tests nothing")
	}
}
