package linkage

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/retrace-uk/retrace/bloom"
)

// diceNamesComparison compares encoded names token by token (retrace encode's
// name_tokens field: each token's q-grams in a slot of its own), in levels like the
// plaintext name comparison's: the same names in any order, all names of one in the
// other, names alike, two or one in common. One Dice over the whole name could not
// tell "Selam Tesfay" against "Tesfay Selam Haile" (all of one in the other) from a
// near stranger of similar letters.
type diceNamesComparison struct {
	name, column string
	from, slot   int // the slots' start and width, in bits
	slots        int
	aliases      [2]int  // the other names' part [from, to); [0, 0) for none
	aliasSlots   int     // each other name's slots
	whole        [2]int  // the whole name's part; [0, 0) for none
	same, alike  float64 // the least Dice of two tokens the same, and alike
	wholeAlike   float64 // the least Dice of two whole names alike
	wholeClose   float64 // the least Dice of two names alike whose whole names are closely alike
}

// encodedNames are a record's name tokens, each a filter of one slot.
type encodedNames struct {
	tokens  []bloom.Filter
	counts  []int
	keys    []string        // each token's filter as text, to count how common it is
	tf      []float32       // each token's share of records, once counted
	joined  string          // the tokens' keys sorted, for the whole name's frequency
	holders int             // how many records have these tokens, to the bit
	whole   *encodedFeature // the whole name's q-grams; nil where not encoded
	aliases []*encodedNames // other names the person used, each compared as the name is
}

// maxSlots bounds a dice_names comparison's slots, which are matched as bits of a word.
const maxSlots = 64

// diceNameBands are the default lower bounds of Dice for two tokens the same and
// alike, two whole names alike, and two names alike closely: measured on synthetic
// and independently generated records, alike at 0.65 did as well as or better than
// 0.6, 0.7, 0.75, 0.8 or 0.85 on each (two tokens one letter apart, Tesfai and
// Tesfay, are about 0.7); splitting names alike at 0.85 gained up to 0.026 of F1 on
// the most gained from it of thirteen data sets and cost none more than 0.001
// (0.8, 0.82, 0.87, 0.9 and 0.95 did less well).
var diceNameBands = []float64{0.95, 0.65, 0.8, 0.85}

func newDiceNamesComparison(cs ComparisonSettings) (*diceNamesComparison, error) {
	from, to, err := bitRange(fmt.Sprintf("comparison %q", cs.Name), "bits", cs.Bits)
	if err == nil && (cs.Slots < 1 || cs.Slots > maxSlots || to <= from || (to-from)%cs.Slots != 0) {
		err = fmt.Errorf("comparison %q: a dice_names comparison needs bits and slots (1 to %d) that divide them into equal parts (retrace encode's name_tokens field)", cs.Name, maxSlots)
	}
	bands := diceNameBands
	if len(cs.Bands) > 0 {
		bands = cs.Bands
		if len(bands) < 2 || len(bands) > 4 || !falling(bands[:2]) || len(bands) > 2 && !falling(bands[2:3]) ||
			len(bands) == 4 && (!falling(bands[3:]) || bands[3] < bands[2]) {
			err = errors.Join(err, fmt.Errorf("comparison %q: bands must be two to four, each from at most 1 to above 0, the first two falling: the Dice of two name tokens the same, and alike, of two whole names alike, and of two whole names closely alike (at least the third)", cs.Name))
		}
	}
	if err != nil {
		return nil, err
	}
	c := &diceNamesComparison{name: cs.Name, column: cs.Columns[0], from: from, slots: cs.Slots, same: bands[0], alike: bands[1],
		wholeAlike: diceNameBands[2], wholeClose: diceNameBands[3]}
	if len(bands) > 2 {
		c.wholeAlike = bands[2]
	}
	if len(bands) > 3 {
		c.wholeClose = bands[3]
	}
	c.slot = (to - from) / cs.Slots
	if err = c.setAliases(cs); err == nil {
		wf, wt, werr := bitRange(fmt.Sprintf("comparison %q", cs.Name), "whole_bits", cs.WholeBits)
		c.whole, err = [2]int{wf, wt}, werr
	}
	return c, err
}

// setAliases reads where other names are: each in AliasSlots slots as wide as the
// name's.
func (c *diceNamesComparison) setAliases(cs ComparisonSettings) error {
	from, to, err := bitRange(fmt.Sprintf("comparison %q", cs.Name), "alias_bits", cs.AliasBits)
	switch {
	case err != nil:
		return err
	case to == 0 && cs.AliasSlots == 0:
		return nil
	case to == 0:
		return fmt.Errorf("comparison %q: alias_slots needs alias_bits, the part the other names are in", cs.Name)
	case cs.AliasSlots < 1 || cs.AliasSlots > maxSlots || (to-from)%(cs.AliasSlots*c.slot) != 0:
		return fmt.Errorf("comparison %q: alias_bits and alias_slots go together: other names each in alias_slots slots (1 to %d) as wide as the name's (%d bits), filling alias_bits", cs.Name, maxSlots, c.slot)
	}
	c.aliases, c.aliasSlots = [2]int{from, to}, cs.AliasSlots
	return nil
}

func (c *diceNamesComparison) Name() string { return c.name }

func (c *diceNamesComparison) Levels() []string {
	return []string{"null", "the same names", "all names of one in the other", "names closely alike", "names alike",
		"two names in common, the first of each among them", "two names in common, not the first of both",
		"one name in common, the first of each", "one name in common, not the first of both", "one name alike", "all other"}
}

func (c *diceNamesComparison) Prepare(get func(string) string) Feature {
	clk, err := bloom.Parse(get(c.column))
	if err != nil {
		return nil
	}
	var aliases []*encodedNames
	for from := c.aliases[0]; from < c.aliases[1]; from += c.aliasSlots * c.slot {
		if a := encodedNamesOf(tokenSlots(clk, from, c.slot, c.aliasSlots)); a != nil {
			aliases = append(aliases, a)
		}
	}
	n := encodedNamesOf(tokenSlots(clk, c.from, c.slot, c.slots))
	switch {
	case n == nil && len(aliases) == 0:
		return nil
	case n == nil: // known only by other names
		n, aliases = aliases[0], aliases[1:]
	case c.whole[1] > 0:
		if part := clk.Part(c.whole[0], c.whole[1]); part.Count() > 0 {
			n.whole = &encodedFeature{filter: part, count: part.Count()}
		}
	}
	n.aliases = aliases
	return n
}

// encodedNamesOf are a name's tokens; nil for none.
func encodedNamesOf(tokens []bloom.Filter) *encodedNames {
	if len(tokens) == 0 {
		return nil
	}
	n := encodedNames{tokens: tokens}
	for _, f := range n.tokens {
		n.counts, n.keys = append(n.counts, f.Count()), append(n.keys, f.String())
	}
	sorted := slices.Clone(n.keys)
	slices.Sort(sorted)
	n.joined = strings.Join(sorted, " ")
	return &n
}

func (c *diceNamesComparison) Compare(a, b Feature) int {
	_, _, level := c.closest(a.(*encodedNames), b.(*encodedNames))
	return level
}

// closest finds the closest of the two names, and of each name with the other's
// other names, as plaintext's closestNames does.
func (c *diceNamesComparison) closest(x, y *encodedNames) (*encodedNames, *encodedNames, int) {
	return closest(x, y, func(n *encodedNames) []*encodedNames { return n.aliases }, c.compareNames, 1)
}

// The levels of a dice_names comparison.
const (
	sameEncodedNames = 1 + iota
	allNamesOfOne
	namesCloselyAlike
	namesAlike
	twoNamesInCommon
	twoOtherNamesInCommon
	firstNameInCommon
	otherNameInCommon
	oneNameAlike
	namesAllOther
)

// compareNames gives the level of two names, token by token. Names in common are
// split by whether each record's first is among them (slots keep the order names
// were written in): a given name shared by records whose other names differ, and a
// family name, or a father's and grandfather's, shared by siblings, say different
// things, as plaintext's levels for names that may be chains say.
func (c *diceNamesComparison) compareNames(x, y *encodedNames) int {
	var same, alike int
	var sameX, sameY uint64 // the tokens of each paired as the same
	c.matchTokens(x, y, c.alike, func(i, j int, d float64) {
		alike++
		if d >= c.same {
			same, sameX, sameY = same+1, sameX|1<<i, sameY|1<<j
		}
	})
	firsts := sameX&1 != 0 && sameY&1 != 0
	fewer := min(len(x.tokens), len(y.tokens))
	switch {
	case same == fewer && len(x.tokens) == len(y.tokens):
		return sameEncodedNames
	case same == fewer:
		return allNamesOfOne
	case alike == fewer || c.wholeNamesAlike(x, y):
		if c.wholeDice(x, y) >= c.wholeClose {
			return namesCloselyAlike
		}
		return namesAlike
	case same >= 2 && firsts:
		return twoNamesInCommon
	case same >= 2:
		return twoOtherNamesInCommon
	case same == 1 && firsts:
		return firstNameInCommon
	case same == 1:
		return otherNameInCommon
	case alike >= 1:
		return oneNameAlike
	}
	return namesAllOther
}

// wholeDice is the Dice of the whole names' q-grams; -1 where either was not encoded.
func (c *diceNamesComparison) wholeDice(x, y *encodedNames) float64 {
	if x.whole == nil || y.whole == nil {
		return -1
	}
	return bloom.DiceCounted(x.whole.filter, y.whole.filter, x.whole.count, y.whole.count)
}

// wholeNamesAlike: the whole names' q-grams are alike, where both were encoded, and
// each of the fewer tokens is at least loosely like one of the other's (Alee, Aly):
// not siblings who share all but a family name.
func (c *diceNamesComparison) wholeNamesAlike(x, y *encodedNames) bool {
	if c.wholeDice(x, y) < c.wholeAlike {
		return false
	}
	loosely := 0
	c.matchTokens(x, y, looselyAlike, func(_, _ int, _ float64) { loosely++ })
	return loosely == min(len(x.tokens), len(y.tokens))
}

// looselyAlike is the least Dice of two tokens that a whole name alike can hold:
// Alee and Aly share two of their five and four letter pairs (0.44). On five data
// sets 0.3 cost at most 0.003 of F1 against no such bound, and keeps siblings apart.
const looselyAlike = 0.3

// matchTokens pairs the tokens of x and y, each at most once, best Dice first, and
// calls pair with each pair of Dice at least least (the index of each token, and
// their Dice).
func (c *diceNamesComparison) matchTokens(x, y *encodedNames, least float64, pair func(i, j int, d float64)) {
	var usedX, usedY uint64 // slots are at most maxSlots
	for {
		best, bi, bj := 0.0, -1, -1
		for i := range x.tokens {
			for j := range y.tokens {
				if usedX&(1<<i) != 0 || usedY&(1<<j) != 0 {
					continue
				}
				if d := bloom.DiceCounted(x.tokens[i], y.tokens[j], x.counts[i], y.counts[j]); d > best {
					best, bi, bj = d, i, j
				}
			}
		}
		if bi < 0 || best < least {
			return
		}
		usedX, usedY = usedX|1<<bi, usedY|1<<bj
		pair(bi, bj, best)
	}
}

// noteEncodedNameFrequencies keeps with each record's encoded name tokens the share of
// other records with each token the same to the bit, and with the same tokens in all.
func (l *Linker) noteEncodedNameFrequencies(others float64) {
	c := l.frequencyComparison
	if c < 0 {
		return
	}
	tokens, names := map[string]int{}, map[string]int{}
	for _, f := range l.features {
		if n, ok := f[c].(*encodedNames); ok {
			for k, key := range n.keys {
				if !slices.Contains(n.keys[:k], key) {
					tokens[key]++
				}
			}
			names[n.joined]++
		}
	}
	for _, f := range l.features {
		if n, ok := f[c].(*encodedNames); ok {
			for _, a := range append([]*encodedNames{n}, n.aliases...) {
				a.tf = make([]float32, len(a.keys))
				for k, key := range a.keys {
					a.tf[k] = float32(float64(max(1, tokens[key]-1)) / others)
				}
				a.holders = names[a.joined]
				if a != n {
					a.holders++ // other names are not counted, but othersHolding takes the record's own off
				}
			}
		}
	}
}

// encodedNamesU is the chance that a random record has the names two records agree
// on at this level: the product, over the tokens paired as the same, of the commoner
// spelling's frequency; for all the names of one, at least the frequency of those
// names as a whole (the commoner's, where both are all). 0 at levels with no token
// the same: the level's own u.
func (l *Linker) encodedNamesU(c *diceNamesComparison, x, y *encodedNames, level int) float64 {
	if level == 0 || level == namesAlike || level == namesCloselyAlike || level >= oneNameAlike || x.tf == nil || y.tf == nil {
		return 0
	}
	x, y, _ = c.closest(x, y)
	u, any := 1.0, false
	c.matchTokens(x, y, c.alike, func(i, j int, d float64) {
		if d >= c.same {
			u, any = u*float64(max(x.tf[i], y.tf[j])), true
		}
	})
	if !any {
		return 0
	}
	switch {
	case level == sameEncodedNames:
		u = math.Max(u, max(l.othersHolding(x, y), l.othersHolding(y, x)))
	case level == allNamesOfOne && len(x.tokens) < len(y.tokens):
		u = math.Max(u, l.othersHolding(x, y))
	case level == allNamesOfOne:
		u = math.Max(u, l.othersHolding(y, x))
	}
	n := float64(max(1, l.data.Len()))
	return math.Max(u, 1/(n*n))
}

// othersHolding is the share of records other than x and y whose names are x's as a
// whole, to the bit.
func (l *Linker) othersHolding(x, y *encodedNames) float64 {
	others := x.holders - 1
	if y.joined == x.joined {
		others--
	}
	return float64(max(0, others)) / float64(max(1, l.data.Len()-1))
}

// tokenKeys are the name tokens of an encoding's name_tokens part (slots equal
// slots), each as its bits, wherever in the part it is: records sharing a token to
// the bit share a key.
func tokenKeys(part bloom.Filter, bits, slots int) []string {
	var keys []string
	for _, f := range tokenSlots(part, 0, bits/slots, slots) {
		if key := "tok|" + f.String(); !slices.Contains(keys, key) {
			keys = append(keys, key)
		}
	}
	return keys
}

// tokenSlots are the name tokens of an encoding: its slots of width bits from bit
// from on, each a filter of its own, leaving out the empty ones.
func tokenSlots(f bloom.Filter, from, width, slots int) []bloom.Filter {
	var out []bloom.Filter
	for s := range slots {
		if slot := partOf(f, from+s*width, from+(s+1)*width); slot.Count() > 0 {
			out = append(out, slot)
		}
	}
	return out
}
