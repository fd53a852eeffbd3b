package linkage

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/antzucaro/matchr"

	"github.com/retrace-uk/retrace"
)

// A Comparison compares one aspect of two records and says how alike they are as a
// comparison level: 0 is the null level (a value is missing, no evidence either way),
// 1 the most alike, the last level "all other". Each level has an m and a u
// probability in the model.
type Comparison interface {
	Name() string
	Levels() []string
	// Prepare reads the record's columns into what Compare compares.
	Prepare(get func(column string) string) Feature
	Compare(a, b Feature) int
}

// Feature is a comparison's prepared view of one record.
type Feature any

// ComparisonSettings name a comparison, its kind and the columns it reads.
type ComparisonSettings struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"` // name, date_of_birth, exact, sex, country, reference, phone, string, dice, dice_names, dice_date
	Columns []string `json:"columns"`
	// Bits, for a dice comparison, is the part [from, to) of the encoding compared
	// (the bits retrace encode's schema gave one field); default the whole.
	Bits []int `json:"bits,omitempty"`
	// DayBits, for a dice_date comparison, is the day and month's part; Bits is then
	// the birth year's.
	DayBits []int `json:"day_bits,omitempty"`
	// EstimatedBits, for a dice_date comparison, is the part holding whether the date
	// was estimated (any bit set); given, dates apart are told apart by whether one
	// was an estimate, as the plaintext date_of_birth comparison tells them.
	EstimatedBits []int `json:"estimated_bits,omitempty"`
	// AssignedBits and DayMonthBits, for a dice_date comparison with EstimatedBits,
	// are the parts holding whether the date is 1 January and its day and month in
	// either order (retrace encode's assigned and day_month fields).
	AssignedBits []int `json:"assigned_bits,omitempty"`
	DayMonthBits []int `json:"day_month_bits,omitempty"`
	// Slots, for a dice_names comparison, is how many equal parts Bits holds, one a
	// name token (retrace encode's name_tokens field).
	Slots int `json:"slots,omitempty"`
	// AliasBits and AliasSlots, for a dice_names comparison, are the part holding
	// other names the person used (retrace encode's aliases field) and how many slots
	// of the same width as the name's each takes; each is compared as the name is,
	// and the closer is the level, as plaintext compares other names.
	AliasBits  []int `json:"alias_bits,omitempty"`
	AliasSlots int   `json:"alias_slots,omitempty"`
	// WholeBits, for a dice_names comparison, is the part holding the whole name's
	// q-grams (retrace encode's name field): names not alike token by token are
	// alike if their whole names are (a third band, default 0.8), as plaintext's
	// Jaro–Winkler on the whole name finds Mohammady Alee and Mohamadi Aly close.
	WholeBits []int `json:"whole_bits,omitempty"`
	// Bands, for a dice comparison, are its levels' lower bounds of the Dice
	// coefficient, falling (default 0.95, 0.85, 0.75, 0.6, 0.45); for dice_names,
	// the Dice of two name tokens the same and alike, and, if given, of two whole
	// names alike and of names alike whose whole names are closely alike (default
	// 0.95, 0.65, 0.8, 0.85); for dice_date, the birth year's for the
	// same year, a year and two years apart, and, if given, three years apart, which
	// with an estimate is near as two are (default 0.95, 0.72, 0.54, 0.35).
	Bands []float64 `json:"bands,omitempty"`
	// TermFrequency adjusts the weight of agreement by how common the agreeing value
	// is: agreeing on "Nguyen" is worth less than agreeing on "Ghebremedhin".
	TermFrequency bool `json:"term_frequency,omitempty"`
	// Follows names another comparison whose agreement this one's values go with:
	// nationality goes with names (two Ahmeds are likelier to share one than two
	// random people), language and place of birth with nationality. Where the
	// followed comparison agrees, this one's agreement is weighed against random
	// pairs that agree on it too, so the same evidence is not counted twice.
	// FollowsName is Follows the first name comparison weighted by term frequency.
	Follows     string `json:"follows,omitempty"`
	FollowsName bool   `json:"follows_name,omitempty"`
	// Origin marks a comparison of where a person comes from (place of birth,
	// language): among the pairs blocking chose for their names, namesakes and
	// siblings of one nationality agree on it as matches do, so it says one origin,
	// not one person. It is left out of EM's judgement of which pairs match when m is
	// refined over all compared pairs (its own m is still estimated, from what the
	// other comparisons judge): on the fourth independent generator's records, with a
	// country of birth and a language, EM took siblings for matches, m of "all
	// other" dates of birth came out 0.07 against a true 0, and F1 was 0.802 where
	// the true m give 0.850; with both marked, 0.825.
	Origin bool `json:"origin,omitempty"`
	// NameChains, for a name comparison, names the records whose family name is not
	// fixed: see NameChains.
	NameChains *NameChains `json:"name_chains,omitempty"`
	// FromAge, for a date_of_birth comparison, gives a record with no date of birth
	// the year of birth its age on a date says (see AgeOn).
	FromAge *AgeOn `json:"from_age,omitempty"`
}

// AgeOn names the columns of a person's age in years and the date they were that
// age (when the record was made): NRM referrals and Duty to Notify reports often have
// an age where they have no date of birth.
type AgeOn struct {
	Age string `json:"age"`
	On  string `json:"on"`
}

// NameChains say where names are chains rather than inherited surnames: a given name
// followed by the father's and grandfather's (Eritrea, Ethiopia, Somalia, much of the
// Arab world) or a single name (Afghanistan). There one person's records often share
// only one name, as the chain is cut in different places; where surnames are
// inherited, two records sharing only one name are seldom one person. So the level
// "one name in common" is split: for pairs where either record's Column holds one of
// Values or is empty, by whether the name in common is both records' first given
// name (the person's own; a brother shares the father's), and for pairs where both
// are known and neither does.
type NameChains struct {
	Column string   `json:"column"`
	Values []string `json:"values"`
}

// build makes the comparison the settings describe.
func (cs ComparisonSettings) build(v *Variants) (Comparison, error) {
	need := func(n int) error {
		if len(cs.Columns) != n {
			return fmt.Errorf("comparison %q (%s) takes %d column(s), not %d", cs.Name, cs.Kind, n, len(cs.Columns))
		}
		return nil
	}
	switch {
	case cs.NameChains != nil && cs.Kind != "name":
		return nil, fmt.Errorf("comparison %q: name_chains belongs to a comparison of kind name, not %s", cs.Name, cs.Kind)
	case (cs.Slots != 0 || len(cs.AliasBits) > 0 || cs.AliasSlots != 0 || len(cs.WholeBits) > 0) && cs.Kind != "dice_names":
		return nil, fmt.Errorf("comparison %q: slots, alias_bits, alias_slots and whole_bits belong to a comparison of kind dice_names, not %s", cs.Name, cs.Kind)
	case (len(cs.DayBits) > 0 || len(cs.EstimatedBits) > 0 || len(cs.AssignedBits) > 0 || len(cs.DayMonthBits) > 0) && cs.Kind != "dice_date":
		return nil, fmt.Errorf("comparison %q: day_bits, estimated_bits, assigned_bits and day_month_bits belong to a comparison of kind dice_date, not %s", cs.Name, cs.Kind)
	case cs.FromAge != nil && (cs.Kind != "date_of_birth" || cs.FromAge.Age == "" || cs.FromAge.On == ""):
		return nil, fmt.Errorf("comparison %q: from_age belongs to a comparison of kind date_of_birth, and names two columns, age and on", cs.Name)
	}
	var err error
	var c Comparison
	switch cs.Kind {
	case "name": // given names, family name, and optionally other names used (;-separated)
		if len(cs.Columns) == 3 {
			c, err = newNameComparison(cs, v)
		} else if err = need(2); err == nil {
			c, err = newNameComparison(cs, v)
		}
	case "date_of_birth": // the date, and optionally whether it was estimated
		if len(cs.Columns) == 1 {
			c = &dobComparison{name: cs.Name, date: cs.Columns[0]}
		} else if err = need(2); err == nil {
			c = &dobComparison{name: cs.Name, date: cs.Columns[0], estimated: cs.Columns[1]}
		}
	case "exact", "sex": // sex: values read as M or F first (Male, female, 1, 2…)
		if err = need(1); err == nil {
			c = &exactComparison{name: cs.Name, column: cs.Columns[0]}
		}
	case "country":
		if err = need(1); err == nil {
			c = &countryComparison{name: cs.Name, column: cs.Columns[0]}
		}
	case "dice": // Bloom-filter encodings of identities, from retrace encode
		if err = need(1); err == nil {
			c, err = newDiceComparison(cs)
		}
	case "dice_names": // encoded names, token by token
		if err = need(1); err == nil {
			c, err = newDiceNamesComparison(cs)
		}
	case "dice_date": // an encoded date of birth: the year's part and the day and month's
		if err = need(1); err == nil {
			c, err = newDiceDateComparison(cs)
		}
	case "reference", "phone":
		if err = need(1); err == nil {
			c = &referenceComparison{name: cs.Name, column: cs.Columns[0], key: keyOfKind(cs.Kind), phones: cs.Kind == "phone"}
		}
	case "string":
		if err = need(1); err == nil {
			c = &stringComparison{name: cs.Name, column: cs.Columns[0]}
		}
	default:
		err = fmt.Errorf("comparison %q: unknown kind %q (name, date_of_birth, exact, sex, country, reference, phone, string, dice, dice_names, dice_date)", cs.Name, cs.Kind)
	}
	return c, err
}

// nameComparison compares whole names, given and family together, since records swap
// them, drop middle names and split patronymic chains differently.
type nameComparison struct {
	name, given, family, aliases string
	variants                     *Variants
	// chainColumn and chains, if set, split "one name in common" by whether the
	// records' family names are inherited (NameChains).
	chainColumn string
	chains      map[string]bool
}

func newNameComparison(cs ComparisonSettings, v *Variants) (*nameComparison, error) {
	c := &nameComparison{name: cs.Name, given: cs.Columns[0], family: cs.Columns[1], variants: v}
	if len(cs.Columns) == 3 {
		c.aliases = cs.Columns[2]
	}
	if nc := cs.NameChains; nc != nil {
		if nc.Column == "" || len(nc.Values) == 0 {
			return nil, fmt.Errorf("comparison %q: name_chains needs a column and the values in it where names are chains", cs.Name)
		}
		c.chainColumn, c.chains = nc.Column, map[string]bool{}
		for _, v := range nc.Values {
			c.chains[strings.ToUpper(strings.TrimSpace(v))] = true
		}
	}
	return c, nil
}

type nameFeature struct {
	given, family string    // normalised
	canon         []string  // variant-group forms of every token, sorted
	tf            []float32 // each canon token's share of records, once they are counted
	joined        string    // canon joined by spaces: the whole name, for its frequency
	joinedTF      float32   // the whole name's share of records, once counted
	sounds        []string  // Double Metaphone codes of canon, in its order
	keys          []string  // key tokens (consonant skeletons) of canon, in its order
	skeletons     []string  // consonant skeletons of the canonical tokens, sorted
	full          string    // given and family, normalised
	swapped       string    // family and given
	letters       *letterBag
	aliases       []*nameFeature // other names the person used, each as a whole
	inherited     bool           // the family name is an inherited surname (NameChains)
	own           string         // the first given name, canonical
	alias         bool           // an other name the person used, not the record's name
}

func (c *nameComparison) Name() string { return c.name }

func (c *nameComparison) Levels() []string {
	levels := []string{"null", "exact", "exact with given and family swapped", "same names in any order or spelling",
		"all names of one in the other", "close spelling (Jaro-Winkler ≥ 0.92)", "similar spelling (Jaro-Winkler ≥ 0.85)",
		"one name in common"}
	if c.chains != nil {
		levels[oneInCommon] = "one name in common, the given name, names that may be chains"
		levels = append(levels, "one name in common, not the given name, names that may be chains", "one name in common, both with inherited surnames")
	}
	return append(levels, "all other")
}

// CellValues are the values of a cell that holds several, separated by ';' or '|',
// or on lines of their own, each trimmed.
func CellValues(s string) []string {
	var out []string
	for _, v := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == '\n' || r == '\r' }) {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// OtherNames are the names in a column of other names a person used, separated by
// ';' or '|', or on lines of their own, or by commas where each has two words or more
// (Thomas Belk, Thomas Bell; but BEGUM, Kayleigh is one name, family name first).
func OtherNames(s string) []string {
	var out []string
	for _, name := range CellValues(s) {
		parts := strings.Split(name, ",")
		if len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return len(strings.Fields(p)) < 2 }) {
			for _, p := range parts {
				out = appendOtherName(out, p)
			}
		} else {
			out = appendOtherName(out, name)
		}
	}
	return out
}

// appendOtherName adds a name as a note gives it, without the words before it
// ("Goes by Rizzo", "Street name 'K-Dog'") or its quotes; a parent's name ("s/o
// Ali", "Father's name Mohammed") is not a name the person goes by.
func appendOtherName(names []string, note string) []string {
	note = strings.TrimSpace(note)
	lower := strings.ToLower(note)
	for _, p := range parentsName {
		if strings.HasPrefix(lower, p) {
			return names
		}
	}
	for _, p := range namesIntroduction {
		if strings.HasPrefix(lower, p) {
			note = strings.TrimSpace(note[len(p):])
			break
		}
	}
	if note = strings.Trim(note, `"'“”‘’ `); note != "" {
		names = append(names, note)
	}
	return names
}

// namesIntroduction and parentsName are how notes of other names begin.
var (
	namesIntroduction = []string{"also known as ", "also spelt ", "also spelled ", "also written ", "also called ", "goes by ",
		"known as ", "street name ", "nickname ", "calls himself ", "calls herself ", "calls themself ", "called ", "aka ", "a.k.a. ",
		"a.k.a ", "alias ", "previously ", "formerly ", "real name ", "prev. "}
	parentsName = []string{"s/o ", "d/o ", "son of ", "daughter of ", "father's name", "fathers name", "father’s name",
		"mother's name", "mothers name", "mother’s name", "father:", "mother:"}
)

// oneInCommon is the level "one name in common".
const oneInCommon = 7

func (c *nameComparison) Prepare(get func(string) string) Feature {
	main := c.prepare(get(c.given), get(c.family))
	var aliases []*nameFeature
	if c.aliases != "" {
		for _, a := range OtherNames(get(c.aliases)) {
			if f := c.prepare(a, ""); f != nil {
				f.alias = true
				aliases = append(aliases, f)
			}
		}
	}
	if main == nil {
		if len(aliases) == 0 {
			return nil
		}
		main, aliases = aliases[0], aliases[1:]
	}
	main.aliases = aliases
	main.inherited = c.inheritedSurname(get)
	return main
}

// inheritedSurname: the record's chain column is known and none of its values (';'-
// separated) is one where names are chains.
func (c *nameComparison) inheritedSurname(get func(string) string) bool {
	if c.chains == nil {
		return false
	}
	known := false
	for _, v := range strings.Split(get(c.chainColumn), ";") {
		if v = strings.ToUpper(strings.TrimSpace(v)); v != "" {
			known = true
			if c.chains[v] {
				return false
			}
		}
	}
	return known
}

func (c *nameComparison) prepare(given, family string) *nameFeature {
	g, f := Normalise(given), Normalise(family)
	tokens := append(Tokens(g), Tokens(f)...)
	if len(tokens) == 0 {
		return nil
	}
	canon := c.variants.canonicalTokens(tokens)
	own := ""
	if gt := Tokens(g); len(gt) > 0 {
		own = canon[0]
	}
	sort.Strings(canon)
	keys, sounds := make([]string, len(canon)), make([]string, len(canon))
	for i, t := range canon {
		keys[i] = keyToken(t)
		sounds[i], _ = matchr.DoubleMetaphone(t)
	}
	skel := append([]string(nil), keys...)
	sort.Strings(skel)
	full := strings.TrimSpace(g + " " + f)
	return &nameFeature{own: own, given: g, family: f, canon: canon, joined: strings.Join(canon, " "), sounds: sounds, keys: keys, skeletons: skel,
		full: full, swapped: strings.TrimSpace(f + " " + g), letters: bagOf(full)}
}

// sameNames: at this name level the two records hold the same names, exactly or in
// another order or spelling, or one's names are all among the other's (levels 1–4);
// the names they agree on are what makes the pair likely or not, by how common they
// are.
func sameNames(level int) bool { return level >= 1 && level <= 4 }

// allOther is the level "all other".
func (c *nameComparison) allOther() int {
	if c.chains != nil {
		return oneInCommon + 3
	}
	return oneInCommon + 1
}

// Compare gives the closest level of the names, or of either's name with the
// other's aliases.
func (c *nameComparison) Compare(a, b Feature) int {
	x, y := a.(*nameFeature), b.(*nameFeature)
	nx, ny, level := closestNames(x, y) // the names compared: the records', or an alias
	switch {
	case c.chains == nil || level < oneInCommon:
		return level
	case level == oneInCommon && x.inherited && y.inherited: // a property of the records
		return oneInCommon + 2
	case level == oneInCommon && nx.own != "" && nx.own == ny.own:
		return oneInCommon
	case level == oneInCommon:
		return oneInCommon + 1
	}
	return c.allOther()
}

// closestNames finds the closest of the two names, and of each name with the other's
// aliases.
func closestNames(x, y *nameFeature) (*nameFeature, *nameFeature, int) {
	return closest(x, y, func(n *nameFeature) []*nameFeature { return n.aliases }, compareNames, 3)
}

// closest finds the closest of two names by compare, and of each name with the
// other's aliases, stopping at the level good or better (the same names).
func closest[N any](x, y N, aliases func(N) []N, compare func(N, N) int, good int) (N, N, int) {
	bx, by, best := x, y, compare(x, y)
	if best <= good {
		return bx, by, best
	}
	try := func(p, q N) {
		if level := compare(p, q); level < best {
			bx, by, best = p, q, level
		}
	}
	for _, a := range aliases(y) {
		try(x, a)
	}
	for _, a := range aliases(x) {
		try(a, y)
	}
	return bx, by, best
}

func compareNames(x, y *nameFeature) int {
	switch {
	case x.given == y.given && x.family == y.family:
		return 1
	case x.given == y.family && x.family == y.given:
		return 2
	case equalStrings(x.canon, y.canon):
		return 3
	}
	short, long := x, y
	if len(short.canon) > len(long.canon) {
		short, long = long, short
	}
	if (len(short.canon) >= 2 || !short.alias) && subset(short.canon, long.canon) {
		return 4 // a record known by one name has it among the other's (not a nickname)
	}
	switch score := spellingScore(x, y); {
	case score >= 0.92:
		return 5
	case score >= 0.85:
		return 6
	case common(x.canon, y.canon) || common(x.skeletons, y.skeletons):
		return oneInCommon
	}
	return oneInCommon + 1
}

// comparedNames are the two names Compare compared: the records' own, or one's alias
// where that came closer. Only records with aliases need comparing again.
func comparedNames(x, y *nameFeature) (*nameFeature, *nameFeature) {
	if len(x.aliases) == 0 && len(y.aliases) == 0 {
		return x, y
	}
	x, y, _ = closestNames(x, y)
	return x, y
}

// spellingScore says how close two names are in spelling, for a typo or a
// transliteration the variant groups do not know: Jaro–Winkler on the whole name (in
// either order) where it is at least 0.92, or, token by token, the weakest match when
// each of the shorter name's tokens is paired with a different token of the other,
// in the best such pairing — where the same consonant skeleton or Double Metaphone
// code counts as a full match. Only the bands matter (0.92, 0.85),
// so work stops once the answer is below them.
func spellingScore(x, y *nameFeature) float64 {
	short, long := x, y
	if len(short.canon) > len(long.canon) {
		short, long = long, short
	}
	// A name for a name (as many tokens each) must be spelled alike token by token;
	// otherwise the whole name may be, where at least 0.92 (below, a shared first
	// name lifts Jaro–Winkler too far).
	score := 0.0
	if len(short.canon) != len(long.canon) || len(short.canon) < 2 {
		score = wholeNameScore(x, y)
	}
	if len(short.canon) < 2 || score >= 0.92 {
		return score
	}
	// Each token's best match alone bounds any pairing from above: most pairs fall
	// below the bands on it, and are done without pairing; names too long to pair are
	// scored by that bound.
	paired := len(long.canon) <= maxPaired
	var sim [maxPaired][maxPaired]float32
	weakest := float32(1)
	for i := range short.canon {
		best := float32(0)
		for j := range long.canon {
			s := short.tokenSimilarity(i, long, j)
			if paired {
				sim[i][j] = s
			}
			best = max(best, s)
		}
		if best < 0.85 {
			return float64(best)
		}
		weakest = min(weakest, best)
	}
	if !paired {
		return float64(weakest)
	}
	return float64(bestPairing(&sim, len(short.canon), len(long.canon), 0, 0))
}

// wholeNameScore is Jaro–Winkler of the whole names, in either order, where at
// least 0.92, and 0 where not.
func wholeNameScore(x, y *nameFeature) float64 {
	if !x.letters.mayReach(y.letters, 0.92) {
		return 0
	}
	if jw := max(jaroWinkler(x.full, y.full), jaroWinkler(x.full, y.swapped)); jw >= 0.92 {
		return jw
	}
	return 0
}

// tokenSimilarity is Jaro–Winkler of token i of this name and token j of o, or 1
// where they are one name (same).
func (x *nameFeature) tokenSimilarity(i int, o *nameFeature, j int) float32 {
	if x.same(i, o, j) {
		return 1
	}
	return float32(jaroWinkler(x.canon[i], o.canon[j]))
}

// same: token i of this name and token j of o are one name: alike, or with the same
// consonant skeleton or Double Metaphone code.
func (x *nameFeature) same(i int, o *nameFeature, j int) bool {
	return x.canon[i] == o.canon[j] || x.keys[i] == o.keys[j] || (x.sounds[i] != "" && x.sounds[i] == o.sounds[j])
}

// maxPaired bounds the tokens of names compared token by token.
const maxPaired = 8

// bestPairing is the best, over ways of pairing each of the shorter name's tokens
// (rows, from row on) with a different token of the longer (columns not in used), of
// the weakest pair's similarity: one name of the longer cannot stand for two of the
// shorter (Thomas Thompson is not Thomas Evans for having two names like Thomas).
func bestPairing(sim *[maxPaired][maxPaired]float32, rows, cols, row int, used uint) float32 {
	if row == rows {
		return 1
	}
	best := float32(0)
	for j := range cols {
		if v := sim[row][j]; used&(1<<j) == 0 && v > best {
			best = max(best, min(v, bestPairing(sim, rows, cols, row+1, used|1<<j)))
		}
	}
	return best
}

// letterBag counts a name's letters, to bound Jaro–Winkler from above without
// computing it: two names cannot have more characters in common than their bags
// share. Nil for names it cannot bound (not ASCII, or very long).
type letterBag struct {
	count  [37]uint8 // a–z, 0–9, anything else
	length int
}

func bagOf(s string) *letterBag {
	if len(s) > 255 || !ascii(s) {
		return nil
	}
	b := &letterBag{length: len(s)}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			b.count[c-'a']++
		case c >= '0' && c <= '9':
			b.count[26+c-'0']++
		default:
			b.count[36]++
		}
	}
	return b
}

// mayReach: Jaro–Winkler of the two names, in either order, could be at least t. The
// Jaro similarity is at most (m/|a| + m/|b| + 1)/3 for m shared characters, and the
// Winkler prefix adds at most 0.4 of what is left.
func (b *letterBag) mayReach(o *letterBag, t float64) bool {
	if b == nil || o == nil {
		return true
	}
	m := 0
	for k := range b.count {
		m += int(min(b.count[k], o.count[k]))
	}
	jaro := (float64(m)/float64(b.length) + float64(m)/float64(o.length) + 1) / 3
	return jaro+0.4*(1-jaro) >= t
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// subset: every token of short (sorted) is in long (sorted), counting repeats.
func subset(short, long []string) bool {
	j := 0
	for _, s := range short {
		for j < len(long) && long[j] < s {
			j++
		}
		if j == len(long) || long[j] != s {
			return false
		}
		j++
	}
	return true
}

func common(a, b []string) bool {
	for _, s := range a {
		if contains(b, s) {
			return true
		}
	}
	return false
}

func contains(sorted []string, s string) bool {
	i := sort.SearchStrings(sorted, s)
	return i < len(sorted) && sorted[i] == s
}

// dobComparison compares dates of birth that may be partial, estimated or assigned.
type dobComparison struct {
	name, date, estimated string
}

type dobFeature struct {
	d         retrace.PartialDate
	estimated bool // flagged, or 1 January, or not known to the day
	// first and last day the date can mean, in days since 1970; an assigned 1 January
	// means only its year.
	first, last int32
	precise     bool   // a day that was not assigned
	text        string // the date as written (YYYY-MM-DD), for a one-digit typo
}

func (c *dobComparison) Name() string { return c.name }

func (c *dobComparison) Levels() []string {
	return []string{"null", "exact", "exact but estimated or assigned", "day and month transposed", "one digit off",
		"compatible partial or assigned dates", "within a year of an estimate", "within three years of an estimate",
		"within five years", "all other"}
}

func (c *dobComparison) Prepare(get func(string) string) Feature {
	d, err := ParseBirthDate(get(c.date))
	if err != nil || d.IsZero() {
		return nil
	}
	f := &dobFeature{d: d, precise: d.Precision() == retrace.Day}
	f.estimated = !f.precise || (c.estimated != "" && SaysYes(get(c.estimated)))
	first, last := d.Earliest(), d.Latest()
	if d.DayAssigned() { // compared as its year
		f.estimated, f.precise = true, false
		last = first.AddDate(1, 0, -1)
	}
	f.first, f.last = int32(first.Unix()/86400), int32(last.Unix()/86400)
	if f.precise {
		f.text = d.String() // once a record, not once a pair
	}
	return f
}

func (c *dobComparison) Compare(a, b Feature) int {
	x, y := a.(*dobFeature), b.(*dobFeature)
	bothDays := x.precise && y.precise
	switch {
	case x.d == y.d && !x.estimated && !y.estimated:
		return 1
	case x.d == y.d:
		return 2
	case bothDays && transposed(x.d, y.d):
		return 3
	case bothDays && oneDigitOff(x.text, y.text):
		return 4
	case !bothDays && x.first <= y.last && y.first <= x.last:
		return 5
	}
	gap := max(x.first-y.last, y.first-x.last)
	estimate := x.estimated || y.estimated
	switch {
	case estimate && gap <= 366:
		return 6
	case estimate && gap <= 3*366:
		return 7
	case gap <= 5*366:
		return 8
	}
	return 9
}

// ParseBirthDate reads a date of birth as ISO 8601 (1990-05-17, 1990-05, 1990) or in
// its basic form, 19900517, which many systems export. Its error repeats the date:
// say a *retrace.DateError's Withheld instead.
func ParseBirthDate(s string) (retrace.PartialDate, error) {
	s = strings.TrimSpace(s)
	if len(s) == 8 && strings.Trim(s, "0123456789") == "" {
		s = s[:4] + "-" + s[4:6] + "-" + s[6:]
	}
	return retrace.ParseHistoricalDate(s)
}

// SaysYes reads a yes/no column: true, yes, y, 1 (any case) are yes, and so are
// TRUE and yes as spreadsheets in other languages write them (WAHR, VRAI, ja), and
// what a date of birth's status says of one not known for sure, alone (Age assessed)
// or as a form's choice (Estimated / age assessed, but not "Not estimated").
func SaysYes(s string) bool {
	if strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
		s = Normalise(s) // Sí as si
	}
	if w := columnWord(s); yesWords[w] || estimateWords[w] {
		return true
	}
	words := nameWords(s)
	return len(words) > 1 && !slices.ContainsFunc(words, func(w string) bool { return w == "not" || w == "no" }) &&
		slices.ContainsFunc(words, func(w string) bool { return estimateWords[w] })
}

var (
	yesWords = map[string]bool{"true": true, "yes": true, "y": true, "1": true, "t": true, "x": true, "wahr": true, "ja": true,
		"vrai": true, "oui": true, "waar": true, "verdadero": true, "si": true, "vero": true, "sim": true, "tak": true, "prawda": true}
	estimateWords = map[string]bool{"estimated": true, "estimate": true, "est": true, "approximate": true, "approx": true,
		"assessed": true, "ageassessed": true, "disputed": true}
)

func transposed(x, y retrace.PartialDate) bool {
	a, b := x.Earliest(), y.Earliest()
	return a.Year() == b.Year() && int(a.Month()) == b.Day() && a.Day() == int(b.Month())
}

func oneDigitOff(a, b string) bool {
	diff := 0
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			diff++
		}
	}
	return len(a) == len(b) && diff == 1
}

// exactComparison: the values agree or they do not (sex, postcode).
type exactComparison struct{ name, column string }

func (c *exactComparison) Name() string     { return c.name }
func (c *exactComparison) Levels() []string { return []string{"null", "exact", "all other"} }

func (c *exactComparison) Prepare(get func(string) string) Feature {
	v := Normalise(get(c.column))
	if v == "" {
		return nil
	}
	return v
}

func (c *exactComparison) Compare(a, b Feature) int {
	if a.(string) == b.(string) {
		return 1
	}
	return 2
}

// countryComparison compares nationalities (';'-separated ISO codes), knowing which
// are often recorded one for the other.
type countryComparison struct{ name, column string }

// confusedCountries are nationalities commonly recorded for one another.
var confusedCountries = map[[2]string]bool{}

func init() {
	for _, p := range [][2]string{{"ERI", "ETH"}, {"SDN", "SSD"}, {"AFG", "IRN"}, {"AFG", "PAK"}, {"IRQ", "SYR"}, {"IRQ", "IRN"},
		{"ALB", "XKX"}, {"ROU", "MDA"}, {"CZE", "SVK"}, {"IND", "PAK"}, {"IND", "BGD"}, {"NGA", "GHA"}, {"UKR", "RUS"}, {"SOM", "ETH"},
		{"KWT", "IRQ"}, {"KWT", "XXA"}, {"LTU", "LVA"}, {"VNM", "CHN"}, {"ROU", "BGR"}, {"SRB", "XKX"}} {
		confusedCountries[p] = true
		confusedCountries[[2]string{p[1], p[0]}] = true
	}
}

func (c *countryComparison) Name() string { return c.name }
func (c *countryComparison) Levels() []string {
	return []string{"null", "a nationality in common", "commonly confused nationalities", "all other"}
}

func (c *countryComparison) Prepare(get func(string) string) Feature {
	var codes []string
	for _, s := range strings.Split(get(c.column), ";") {
		if s = strings.ToUpper(strings.TrimSpace(s)); s != "" {
			codes = append(codes, s)
		}
	}
	if len(codes) == 0 {
		return nil
	}
	return codes
}

func (c *countryComparison) Compare(a, b Feature) int {
	x, y := a.([]string), b.([]string)
	level := 3
	for _, p := range x {
		for _, q := range y {
			if p == q {
				return 1
			}
			if confusedCountries[[2]string{p, q}] {
				level = 2
			}
		}
	}
	return level
}

// referenceComparison compares identifiers that are sometimes mistyped, as key
// writes them.
type referenceComparison struct {
	name, column string
	key          func(string) string
	phones       bool // phone numbers, of which a cell may hold several
}

func (c *referenceComparison) Name() string { return c.name }
func (c *referenceComparison) Levels() []string {
	return []string{"null", "exact", "one character different", "all other"}
}

func (c *referenceComparison) Prepare(get func(string) string) Feature {
	var v string
	if c.phones {
		v = strings.Join(PhoneKeys(get(c.column)), "|") // a cell may hold several (07700 900123 / 07700 900456)
	} else {
		v = c.key(get(c.column))
	}
	if v == "" {
		return nil
	}
	return v
}

// ReferenceKey is a reference as compared: its letters and digits, upper case (a
// reference written B126-6359 or b1266359 is one), without a label written before it
// (HO 88100545, CID: 88100545, Port ref LHR/26013/20); retrace encode encodes it so.
// Words with no digit (NTR, Nil trace, Pending, N/A) say there is no reference.
func ReferenceKey(s string) string {
	key := alphanumeric(unlabelled(s))
	if strings.Trim(key, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return ""
	}
	return key
}

// alphanumeric is s's letters and digits, upper case: a value as an exact blocking
// key reads it (an email address, a postcode).
func alphanumeric(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// referenceLabels are the words a reference is introduced by in records: which
// system's it is (Home Office, CID, port) and "reference", "number".
var referenceLabels = map[string]bool{"ho": true, "home": true, "office": true, "cid": true, "pr": true,
	"port": true, "ref": true, "reference": true, "no": true, "nr": true, "number": true, "id": true}

// unlabelled is s without the label words before it, each set apart by a space or
// punctuation: HO88100545 keeps its letters, which may be the reference's own.
func unlabelled(s string) string {
	for {
		rest := strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if end <= 0 || !referenceLabels[strings.ToLower(rest[:end])] {
			return s
		}
		if after := rest[end:]; !unicode.IsDigit(rune(after[0])) && strings.ContainsAny(after, "0123456789") {
			s = after // a label with no reference after it would be all there is
			continue
		}
		return s
	}
}

// keyOfKind is how a reference ("reference") or phone number ("phone") is compared.
func keyOfKind(kind string) func(string) string {
	if kind == "phone" {
		return PhoneKey
	}
	return ReferenceKey
}

// PhoneKey is a phone number as compared: its last ten digits (07700 900123 and +44
// 7700 900123 are one number); "" for fewer than seven; retrace encode encodes it so.
func PhoneKey(s string) string {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
	if len(digits) < 7 {
		return ""
	}
	return digits[max(0, len(digits)-10):]
}

func (c *referenceComparison) Compare(a, b Feature) int {
	x, y := a.(string), b.(string)
	switch {
	case x == y:
		return 1
	case strings.Contains(x, "|") || strings.Contains(y, "|"): // several phones: the nearest two
		level := 3
		for _, p := range strings.Split(x, "|") {
			for _, q := range strings.Split(y, "|") {
				level = min(level, c.Compare(p, q))
			}
		}
		return level
	case oneEditApart(x, y):
		return 2
	}
	return 3
}

// PhoneKeys are the numbers a cell of phones holds (07700 900123 / 07700 900456;
// a; b; one a line), each as PhoneKey writes it, once each.
func PhoneKeys(s string) []string {
	var keys []string
	for _, v := range CellValues(strings.ReplaceAll(strings.ToLower(s), " or ", ";")) {
		for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == ',' || r == '&' }) { // as phones are listed, besides
			if k := PhoneKey(part); k != "" && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// oneEditApart: one substitution, insertion, deletion or swap of neighbours turns x
// into y (Damerau–Levenshtein distance 1), for distinct ASCII strings.
func oneEditApart(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) < len(y) {
		return x[i:] == y[i+1:]
	}
	if i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && x[i+2:] == y[i+2:] {
		return true
	}
	return i < len(x) && x[i+1:] == y[i+1:]
}

// stringComparison compares free text such as an address by Jaro–Winkler bands.
type stringComparison struct{ name, column string }

func (c *stringComparison) Name() string { return c.name }
func (c *stringComparison) Levels() []string {
	return []string{"null", "exact", "Jaro-Winkler ≥ 0.95", "Jaro-Winkler ≥ 0.88", "all other"}
}

func (c *stringComparison) Prepare(get func(string) string) Feature {
	v := Normalise(get(c.column))
	if v == "" {
		return nil
	}
	return v
}

func (c *stringComparison) Compare(a, b Feature) int {
	x, y := a.(string), b.(string)
	if x == y {
		return 1
	}
	switch jw := jaroWinkler(x, y); {
	case jw >= 0.95:
		return 2
	case jw >= 0.88:
		return 3
	}
	return 4
}
