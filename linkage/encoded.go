package linkage

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math/bits"
	"slices"
	"strconv"

	"github.com/retrace-uk/retrace/bloom"
	"github.com/retrace-uk/retrace/internal/splitmix"
)

// diceComparison compares part of two records' Bloom-filter encodings of their
// identities (retrace encode: names, date of birth, sex, nationality each in bits of
// their own) by the Dice coefficient, in bands. A part with no bit set is null: the
// record did not have that field.
type diceComparison struct {
	name, column string
	from, to     int       // the part of the filter compared: bits [from, to)
	bands        []float64 // the levels' lower bounds, after null
}

// diceBands are the default lower bounds of the levels after null.
var diceBands = []float64{0.95, 0.85, 0.75, 0.6, 0.45}

type encodedFeature struct {
	filter bloom.Filter
	count  int
	tf     float32 // for names weighed by frequency: the share of others encoded alike
}

func (c *diceComparison) Name() string { return c.name }

func (c *diceComparison) Levels() []string {
	levels := []string{"null"}
	for _, b := range c.bands {
		levels = append(levels, "Dice ≥ "+strconv.FormatFloat(b, 'f', 2, 64))
	}
	return append(levels, "all other")
}

func (c *diceComparison) Prepare(get func(string) string) Feature {
	f := encodedPart(get(c.column), c.from, c.to)
	if n := f.Count(); n > 0 {
		return &encodedFeature{filter: f, count: n}
	}
	return nil
}

// encodedPart is bits [from, to) of an encoding, as a filter of their own (to ≤ 0:
// the whole); nil for text that is not an encoding, or one too short.
func encodedPart(encoded string, from, to int) bloom.Filter {
	f, err := bloom.Parse(encoded)
	if err != nil {
		return nil
	}
	return partOf(f, from, to)
}

// partOf is bits [from, to) of f (to ≤ 0: the whole).
func partOf(f bloom.Filter, from, to int) bloom.Filter {
	if to <= 0 {
		return f
	}
	return f.Part(from, to)
}

func (c *diceComparison) Compare(a, b Feature) int {
	x, y := a.(*encodedFeature), b.(*encodedFeature)
	d := bloom.DiceCounted(x.filter, y.filter, x.count, y.count)
	for i, band := range c.bands {
		if d >= band {
			return i + 1
		}
	}
	return len(c.bands) + 1
}

// minHash makes MinHash keys of an encoding's set bits (keys): bands of rows, each row
// the least of the set bits under a hash of its own. Two encodings share a band's key
// with the chance J^rows (J their Jaccard similarity), so records alike meet in some
// band and records unalike seldom do. It holds each bit's hash under each row's seed,
// worked out once for a rule rather than once for each record: hashing was a quarter
// of linking's time.
type minHash struct {
	bands, rows int
	hashes      []uint64 // bit p's hash for row k at p·bands·rows + k
}

// newMinHash works out the hashes of bits [0, bits), up to a million of them; keys
// hashes any bit beyond as it meets it (a rule over the whole encoding does not know
// its length).
func newMinHash(bits, bands, rows int) *minHash {
	if bits > (1<<20)/(bands*rows) {
		bits = 0
	}
	m := &minHash{bands: bands, rows: rows, hashes: make([]uint64, max(0, bits)*bands*rows)}
	n := bands * rows
	for p := range max(0, bits) {
		for k := range n {
			m.hashes[p*n+k] = bitHash(p, k)
		}
	}
	return m
}

// bitHash is bit p's hash for MinHash row k.
func bitHash(p, k int) uint64 {
	return splitmix.Mix(uint64(p) ^ uint64(k+1)*0x9e3779b97f4a7c15)
}

func (m *minHash) keys(f bloom.Filter) []string {
	if f.Count() == 0 {
		return nil
	}
	n := m.bands * m.rows
	least := make([]uint64, n)
	for k := range least {
		least[k] = ^uint64(0)
	}
	for w, word := range f {
		for word != 0 {
			p := 64*w + bits.TrailingZeros64(word)
			word &= word - 1
			if (p+1)*n > len(m.hashes) {
				for k := range least {
					least[k] = min(least[k], bitHash(p, k))
				}
				continue
			}
			for k, h := range m.hashes[p*n : (p+1)*n] {
				least[k] = min(least[k], h)
			}
		}
	}
	keys := make([]string, 0, m.bands)
	buf := make([]byte, 0, 8*m.rows+4)
	for b := range m.bands {
		buf = binary.BigEndian.AppendUint32(buf[:0], uint32(b))
		for r := range m.rows {
			buf = binary.BigEndian.AppendUint64(buf, least[b*m.rows+r])
		}
		h := fnv.New64a()
		h.Write(buf)
		keys = append(keys, "lsh|"+strconv.FormatUint(h.Sum64(), 36))
	}
	return keys
}

func newDiceComparison(cs ComparisonSettings) (*diceComparison, error) {
	from, to, err := bitRange(fmt.Sprintf("comparison %q", cs.Name), "bits", cs.Bits)
	bands := diceBands
	if len(cs.Bands) > 0 {
		bands = cs.Bands
		if !falling(bands) {
			err = errors.Join(err, fmt.Errorf("comparison %q: bands must fall from at most 1 to above 0", cs.Name))
		}
	}
	return &diceComparison{name: cs.Name, column: cs.Columns[0], from: from, to: to, bands: bands}, err
}

// falling: bands fall from at most 1 to above 0, as a comparison's levels' lower bounds.
func falling(bands []float64) bool {
	return slices.IsSortedFunc(bands, func(a, b float64) int { return cmp.Compare(b, a) }) && bands[0] <= 1 && bands[len(bands)-1] > 0
}

// bitRange reads a [from, to) part of an encoding; none means the whole (0, 0).
// owner names what the part is of (comparison "name"), field its setting (bits).
func bitRange(owner, field string, bits []int) (int, int, error) {
	switch {
	case len(bits) == 0:
		return 0, 0, nil
	case len(bits) != 2 || bits[0] < 0 || bits[0] >= bits[1]:
		return 0, 0, fmt.Errorf("%s: %s must be two numbers, [from, to), from 0 up and below to; got %v", owner, field, bits)
	}
	return bits[0], bits[1], nil
}

// diceDateComparison compares encoded dates of birth as one: the birth year's part
// (encoded with its neighbouring years, so that Dice falls with the distance) and
// the day and month's part, in levels like the plaintext date's. Compared apart,
// the two parts broke the model's assumption that comparisons are independent
// within matches: a match whose age was assessed a year out differs in the day too,
// so EM took every year apart for a stranger's.
type diceDateComparison struct {
	name, column string
	year, day    [2]int    // the parts [from, to)
	estimated    [2]int    // the part flagging an estimate; [0, 0) for none
	assigned     [2]int    // the part flagging 1 January; [0, 0) for none
	dayMonth     [2]int    // the day and month in either order; [0, 0) for none
	near         []float64 // year bands: same, a year apart, two years apart (and three)
}

type encodedDate struct {
	year, day *encodedFeature // day nil where the date has only a year
	dayMonth  *encodedFeature // nil where not encoded
	// estimated: flagged as an estimate (retrace encode flags a date known only to
	// the month too), or known only by its year (an assigned 1 January is encoded as
	// its year alone), as the plaintext comparison takes it.
	estimated bool
	assigned  bool // 1 January, encoded as its year alone
}

// The levels of a dice_date comparison with estimates.
const (
	sameDate = 1 + iota
	sameDateEstimated
	dayMonthTransposed
	sameYearNoDay
	sameYearDayAlike
	sameYearOtherDayEstimated
	yearApartEstimated
	yearsApartEstimated
	sameDayOtherYear
	upToTwoYearsApart
	datesAllOther
)

// diceYearBands are the default lower bounds of Dice for the same year, a year apart,
// two and three years apart, for a year encoded with two years either side (retrace
// encode's default schema: Dice is about 0.81 a year apart, 0.63 two apart, 0.46
// three apart and 0.25 four apart; the bounds lie between). An estimate two or three
// years out is one level, as plaintext's "within three years of an estimate".
var diceYearBands = []float64{0.95, 0.72, 0.54, 0.35}

func newDiceDateComparison(cs ComparisonSettings) (*diceDateComparison, error) {
	c := &diceDateComparison{name: cs.Name, column: cs.Columns[0], near: diceYearBands}
	yf, yt, err := bitRange(fmt.Sprintf("comparison %q", cs.Name), "bits", cs.Bits)
	df, dt, derr := bitRange(fmt.Sprintf("comparison %q", cs.Name), "day_bits", cs.DayBits)
	ef, et, eerr := bitRange(fmt.Sprintf("comparison %q", cs.Name), "estimated_bits", cs.EstimatedBits)
	af, at, aerr := bitRange(fmt.Sprintf("comparison %q", cs.Name), "assigned_bits", cs.AssignedBits)
	mf, mt, merr := bitRange(fmt.Sprintf("comparison %q", cs.Name), "day_month_bits", cs.DayMonthBits)
	if eerr == nil && et == 0 && (at > 0 || mt > 0) {
		eerr = fmt.Errorf("comparison %q: assigned_bits and day_month_bits are read with estimated_bits, which are not given", cs.Name)
	}
	if err == nil && (len(cs.Bits) == 0 || len(cs.DayBits) == 0) {
		err = fmt.Errorf("comparison %q: a dice_date comparison needs bits (the birth year's part) and day_bits (the day and month's)", cs.Name)
	}
	if len(cs.Bands) > 0 {
		if len(cs.Bands) < 3 || len(cs.Bands) > 4 || !falling(cs.Bands) {
			err = errors.Join(err, fmt.Errorf("comparison %q: bands must be three or four, falling from at most 1 to above 0: the year's Dice for the same year, a year apart, two years apart and, if given, three", cs.Name))
		}
		c.near = cs.Bands
	}
	c.year, c.day, c.estimated = [2]int{yf, yt}, [2]int{df, dt}, [2]int{ef, et}
	c.assigned, c.dayMonth = [2]int{af, at}, [2]int{mf, mt}
	return c, errors.Join(err, derr, eerr, aerr, merr)
}

// withEstimates: the settings say where the estimate flag is.
func (c *diceDateComparison) withEstimates() bool { return c.estimated[1] > 0 }

func (c *diceDateComparison) Name() string { return c.name }

func (c *diceDateComparison) Levels() []string {
	if c.withEstimates() {
		return []string{"null", "same date", "same date, an estimate", "day and month transposed",
			"same year, no day and month on one", "same year, day or month alike", "same year, another day, an estimate",
			"a year apart, an estimate", "two or three years apart, an estimate", "same day and month, another year",
			"up to two years apart, no estimate", "all other"}
	}
	return []string{"null", "same date", "same year, no day and month on one", "same year, day or month alike",
		"same year, another day", "a year apart", "two years apart", "all other"}
}

func (c *diceDateComparison) Prepare(get func(string) string) Feature {
	clk, err := bloom.Parse(get(c.column))
	if err != nil {
		return nil
	}
	year := clk.Part(c.year[0], c.year[1])
	n := year.Count()
	if n == 0 {
		return nil
	}
	d := &encodedDate{year: &encodedFeature{filter: year, count: n}}
	if day := clk.Part(c.day[0], c.day[1]); day.Count() > 0 {
		d.day = &encodedFeature{filter: day, count: day.Count()}
	}
	d.estimated = d.day == nil || (c.withEstimates() && clk.Part(c.estimated[0], c.estimated[1]).Count() > 0)
	d.assigned = c.assigned[1] > 0 && clk.Part(c.assigned[0], c.assigned[1]).Count() > 0
	if c.dayMonth[1] > 0 {
		if part := clk.Part(c.dayMonth[0], c.dayMonth[1]); part.Count() > 0 {
			d.dayMonth = &encodedFeature{filter: part, count: part.Count()}
		}
	}
	return d
}

func (c *diceDateComparison) Compare(a, b Feature) int {
	x, y := a.(*encodedDate), b.(*encodedDate)
	if c.withEstimates() {
		return c.compareWithEstimates(x, y)
	}
	year := bloom.DiceCounted(x.year.filter, y.year.filter, x.year.count, y.year.count)
	switch {
	case year < c.near[0]:
		if year >= c.near[1] {
			return 5
		}
		if year >= c.near[2] {
			return 6
		}
		return 7
	case x.day == nil || y.day == nil:
		return 2
	}
	switch day := dayDice(x, y); {
	case day >= 0.95:
		return 1
	case day >= 0.45:
		return 3
	}
	return 4
}

// compareWithEstimates is Compare's levels where the settings say which dates were
// estimated: a date a year to three out is near only when one was an estimate. Two
// dates of 1 January in the same year are the same date, an estimate, as plaintext
// finds them, where one 1 January is only a year.
func (c *diceDateComparison) compareWithEstimates(x, y *encodedDate) int {
	estimate := x.estimated || y.estimated
	year := bloom.DiceCounted(x.year.filter, y.year.filter, x.year.count, y.year.count)
	day := -1.0 // no day and month on one
	if x.day != nil && y.day != nil {
		day = dayDice(x, y)
	}
	far := c.near[len(c.near)-1] // the farthest estimate's
	switch {
	case day >= 0.95 && (year < c.near[2] || year < c.near[0] && !estimate):
		return sameDayOtherYear // a year keyed out of step, as plaintext's one digit off
	case year < c.near[2] && (year < far || !estimate):
		return datesAllOther
	case year < c.near[0] && !estimate:
		return upToTwoYearsApart
	case year < c.near[1]:
		return yearsApartEstimated
	case year < c.near[0]:
		return yearApartEstimated
	case x.day == nil && y.day == nil && c.assigned[1] > 0 && x.assigned == y.assigned:
		return sameDateEstimated // both a year, or both 1 January
	case day < 0:
		return sameYearNoDay
	}
	switch {
	case day >= 0.95 && estimate:
		return sameDateEstimated
	case day >= 0.95:
		return sameDate
	case dayMonthSwapped(x, y):
		return dayMonthTransposed
	case estimate:
		return sameYearOtherDayEstimated
	case day >= 0.45:
		return sameYearDayAlike
	}
	return upToTwoYearsApart
}

// dayMonthSwapped: two dates' days and months differ but are the same pair of numbers.
func dayMonthSwapped(x, y *encodedDate) bool {
	return x.dayMonth != nil && y.dayMonth != nil &&
		bloom.DiceCounted(x.dayMonth.filter, y.dayMonth.filter, x.dayMonth.count, y.dayMonth.count) >= 0.95
}

func dayDice(x, y *encodedDate) float64 {
	return bloom.DiceCounted(x.day.filter, y.day.filter, x.day.count, y.day.count)
}
