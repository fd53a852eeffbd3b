package synth

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// person is the truth about one synthetic human being.
type person struct {
	index   int
	id      string
	family  int // index of the first person of the family (siblings share it)
	sex     byte
	dob     day
	nat     *nationality
	lang    string
	town    string
	given   []*name // own name(s), in the order spoken
	father  *name   // patronymic traditions: father's and grandfather's names
	grand   *name
	surname *name // family name; nil when the person has a single name
	// familyFirst: the family name is said first (Vietnamese, Chinese).
	familyFirst bool
	hoRef       string
	factors     riskSet
	referred    day // first referral
}

// spell gives a name in the person's sex where the language inflects it.
func (p *person) spell(n *name) string {
	if p.sex == 'F' && n.female != "" {
		return n.female
	}
	return n.spellings[0]
}

// trueNames are the names as the person writes them, given then family.
func (p *person) trueNames() (string, string) {
	given := make([]string, len(p.given))
	for i, n := range p.given {
		given[i] = p.spell(n)
	}
	family := ""
	switch {
	case p.surname != nil:
		family = p.spell(p.surname)
	case p.father != nil:
		family = p.father.spellings[0]
	}
	return strings.Join(given, " "), family
}

// makeNames draws names by the nationality's conventions.
func makeNames(r *rand.Rand, p *person) {
	pools := names().pools(p.nat.code)
	givenKind := "given_m"
	if p.sex == 'F' {
		givenKind = "given_f"
	}
	own := pools[givenKind].draw(r)
	p.given = []*name{own}
	switch p.nat.code {
	case "VNM":
		middle := pools["middle_m"]
		if p.sex == 'F' {
			middle = pools["middle_f"]
		}
		if m := middle.draw(r); m != nil {
			p.given = []*name{m, own}
		}
		p.surname, p.familyFirst = pools["family"].draw(r), true
	case "CHN":
		p.surname, p.familyFirst = pools["family"].draw(r), true
	case "ERI", "ETH":
		p.father, p.grand = pools["family"].draw(r), pools["family"].draw(r)
	case "SDN", "SSD", "SOM", "EGY", "KWT", "IRQ", "SYR":
		p.father = pools["given_m"].draw(r)
		p.surname = pools["family"].draw(r)
	case "AFG":
		if r.Float64() < 0.6 {
			p.surname = pools["family"].draw(r)
		}
	default:
		if r.Float64() < 0.12 {
			if second := pools[givenKind].draw(r); second != own {
				p.given = append(p.given, second)
			}
		}
		p.surname = pools["family"].draw(r)
	}
}

// recordedName is how one organisation wrote the person's name down: the noise that
// real records carry (transliteration variants, dropped diacritics, typos, swapped or
// dropped names, capitals, native script).
func recordedName(r *rand.Rand, p *person, orgKind string) (given, family string) {
	g, f := nameTokens(r, p)
	if r.Float64() < 0.04 && hasScript(p, g, f) {
		return scriptForm(p, g), scriptForm(p, f)
	}
	stripP := 0.3
	if orgKind == "home_office" || orgKind == "police" {
		stripP = 0.6
	}
	strip := r.Float64() < stripP
	given, family = spellAll(r, p, g, strip), spellAll(r, p, f, strip)
	if r.Float64() < 0.07 {
		if r.IntN(2) == 0 && given != "" {
			given = typo(r, given)
		} else if family != "" {
			family = typo(r, family)
		}
	}
	swapP := 0.05
	if p.familyFirst {
		swapP = 0.25
	}
	if r.Float64() < swapP {
		given, family = family, given
	}
	upperP := 0.07
	if orgKind == "home_office" {
		upperP = 0.3
	}
	if r.Float64() < upperP {
		given, family = strings.ToUpper(given), strings.ToUpper(family)
	}
	return given, family
}

// nameTokens picks which of the person's names a record holds, and where.
func nameTokens(r *rand.Rand, p *person) (given, family []*name) {
	given = p.given
	if len(given) > 1 && !p.familyFirst && r.Float64() < 0.3 {
		given = given[:1] // middle names dropped
	}
	switch {
	case p.grand != nil: // Eritrean, Ethiopian: own + father (+ grandfather)
		switch x := r.Float64(); {
		case x < 0.5:
			family = []*name{p.father}
		case x < 0.75:
			family = []*name{p.father, p.grand}
		case x < 0.9:
			given, family = append(append([]*name{}, given...), p.father), []*name{p.grand}
		default:
			family = []*name{p.grand}
		}
	case p.father != nil: // Arabic naming chains
		switch x := r.Float64(); {
		case x < 0.6:
			family = []*name{p.surname}
		case x < 0.8:
			given, family = append(append([]*name{}, given...), p.father), []*name{p.surname}
		default:
			family = []*name{p.father}
		}
	case p.surname != nil:
		family = []*name{p.surname}
	}
	return given, family
}

func spellAll(r *rand.Rand, p *person, ns []*name, strip bool) string {
	parts := make([]string, 0, len(ns))
	for _, n := range ns {
		s := p.spell(n)
		if len(n.spellings) > 1 && r.Float64() < 0.35 {
			s = n.spellings[1+r.IntN(len(n.spellings)-1)]
		}
		if strip {
			s = stripDiacritics(s)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func hasScript(p *person, given, family []*name) bool {
	for _, n := range append(append([]*name{}, given...), family...) {
		if n.script == "" {
			return false
		}
	}
	return len(given)+len(family) > 0
}

func scriptForm(p *person, ns []*name) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = n.script
	}
	sep := " "
	if p.nat.code == "CHN" {
		sep = ""
	}
	return strings.Join(parts, sep)
}

// stripDiacritics writes a name as a system without accents would: Çelaj → Celaj,
// Nguyễn → Nguyen, Łódź → Lodz.
func stripDiacritics(s string) string {
	var b strings.Builder
	for _, c := range norm.NFD.String(s) {
		switch c {
		case 'đ':
			c = 'd'
		case 'Đ':
			c = 'D'
		case 'ł':
			c = 'l'
		case 'Ł':
			c = 'L'
		case 'ø':
			c = 'o'
		case 'ß':
			b.WriteString("ss")
			continue
		}
		if !unicode.Is(unicode.Mn, c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

const keyboard = "qwertyuiopasdfghjklzxcvbnm"

// typo makes one keying error: a substituted, dropped, doubled or swapped letter.
func typo(r *rand.Rand, s string) string {
	rs := []rune(s)
	if len(rs) < 3 {
		return s
	}
	i := 1 + r.IntN(len(rs)-2) // keep the first letter: people rarely mistype it
	switch r.IntN(4) {
	case 0:
		c := rune(keyboard[r.IntN(len(keyboard))])
		if unicode.IsUpper(rs[i]) {
			c = unicode.ToUpper(c)
		}
		rs[i] = c
	case 1:
		rs = append(rs[:i], rs[i+1:]...)
	case 2:
		rs = append(rs[:i+1], rs[i:]...)
	default:
		rs[i], rs[i+1] = rs[i+1], rs[i]
	}
	return string(rs)
}

// mistype changes one character of a reference, as a misread form does.
func mistype(r *rand.Rand, s string) string {
	if utf8.RuneCountInString(s) < 2 {
		return s
	}
	b := []byte(s)
	i := 1 + r.IntN(len(b)-1)
	switch {
	case b[i] == '0':
		b[i] = 'O'
	case b[i] >= '0' && b[i] <= '9':
		b[i] = '0' + byte((int(b[i]-'0')+1+r.IntN(8))%10)
	default:
		b[i] = 'X'
	}
	return string(b)
}
