package linkage

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace/bloom"
)

func filterOf(bitsSet ...int) bloom.Filter {
	f := make(bloom.Filter, 2)
	for _, b := range bitsSet {
		f.Set(b)
	}
	return f
}

// A part of an encoding is its bits [from, to) moved to the start; text that is not
// an encoding, or too short for the part, gives nothing.
func TestEncodedPart(t *testing.T) {
	whole := filterOf(3, 64, 70, 127)
	part := encodedPart(whole.String(), 64, 80)
	if want := filterOf(0, 6); len(part) != 1 || part[0] != want[0] {
		t.Errorf("bits 64–79 of {3, 64, 70, 127}: %b, want %b", part, want[0])
	}
	if all := encodedPart(whole.String(), 0, 0); bloom.Dice(all, whole) != 1 {
		t.Error("the whole encoding is not itself")
	}
	if encodedPart("not base64!", 0, 10) != nil || encodedPart(whole.String(), 0, 200) != nil {
		t.Error("a part of nothing, or beyond the encoding, was made")
	}
}

// Levels by the Dice coefficient of the part compared, worked out by hand; a part
// with no bit set is null.
func TestDiceLevels(t *testing.T) {
	c, err := newDiceComparison(ComparisonSettings{Name: "name", Kind: "dice", Columns: []string{"clk"}, Bits: []int{0, 64}, Bands: []float64{0.9, 0.5}})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.Levels(), ", "); got != "null, Dice ≥ 0.90, Dice ≥ 0.50, all other" {
		t.Errorf("levels %s", got)
	}
	get := func(f bloom.Filter) Feature { return c.Prepare(func(string) string { return f.String() }) }
	a := get(filterOf(1, 2, 3, 4, 100))
	for _, x := range []struct {
		f    bloom.Filter
		want int
	}{
		{filterOf(1, 2, 3, 4), 1},       // 2·4/8 = 1
		{filterOf(1, 2, 3, 4, 5), 2},    // 2·4/9 = 0.89: below 0.9
		{filterOf(1, 2, 9, 10), 2},      // 2·2/8 = 0.5
		{filterOf(1, 9, 10, 11, 12), 3}, // 2·1/9 = 0.22
	} {
		if got := c.Compare(a, get(x.f)); got != x.want {
			t.Errorf("{1,2,3,4} against %b: level %d, want %d", x.f[0], got, x.want)
		}
	}
	if get(filterOf(100, 101)) != nil {
		t.Error("a part with no bit set is not null")
	}
	if _, err := newDiceComparison(ComparisonSettings{Name: "x", Columns: []string{"clk"}, Bands: []float64{0.5, 0.9}}); err == nil {
		t.Error("rising bands accepted")
	}
}

// Encodings alike share an lsh key; unalike ones, none.
func TestLSHKeysMeetAlikeEncodings(t *testing.T) {
	a := make(bloom.Filter, 16)
	for b := 0; b < 1024; b += 7 {
		a.Set(b)
	}
	alike := append(bloom.Filter(nil), a...)
	alike.Set(3) // one bit more of about 150
	unalike := make(bloom.Filter, 16)
	for b := 1; b < 1024; b += 7 {
		unalike.Set(b)
	}
	m := newMinHash(1024, lshBands, lshRows)
	ka, kb, ku := m.keys(a), m.keys(alike), m.keys(unalike)
	shared := func(x, y []string) int {
		n := 0
		for _, k := range x {
			for _, l := range y {
				if k == l {
					n++
				}
			}
		}
		return n
	}
	if len(ka) != lshBands || shared(ka, kb) == 0 || shared(ka, ku) != 0 {
		t.Errorf("%d keys; shared with the alike %d, with the unalike %d", len(ka), shared(ka, kb), shared(ka, ku))
	}
	if m.keys(make(bloom.Filter, 16)) != nil {
		t.Error("an empty encoding has keys")
	}
}

// Two encodings whose name parts are the same to the bit are weighed by how many
// records have that part, as the hub counts them: by hand, a part held by ten of 21
// records has u = 9/20, one held by two (the pair) 1/20. Parts alike at the second
// level are weighed by the commoner part (9/20 for a common and a rare one); parts
// that differ at the first level, or are alike only at the third, get none.
func TestEncodedNamesWeighedByFrequency(t *testing.T) {
	common, rare := filterOf(1, 2, 3), filterOf(4, 5, 6)
	d, _ := NewDataset([]string{"id", "clk"}, "id")
	for i := range 10 {
		d.Add([]string{"c" + strconv.Itoa(i), common.String()})
	}
	d.Add([]string{"r1", rare.String()})
	d.Add([]string{"r2", rare.String()})
	for i := range 9 {
		d.Add([]string{"x" + strconv.Itoa(i), filterOf(10+i, 40+i).String()})
	}
	s := Settings{IDColumn: "id", Comparisons: []ComparisonSettings{{Name: "name", Kind: "dice", Columns: []string{"clk"}, TermFrequency: true}},
		Blocking: []BlockingRule{{Name: "lsh", Kind: "lsh", Columns: []string{"clk"}}},
		Training: []TrainingSession{{Rule: "lsh", Estimate: []string{"name"}}}, MaxBlockSize: 15, MatchThreshold: 0.5, ReviewThreshold: 0.25, DisagreeThreshold: 0.4}
	l, err := New(s, DefaultVariants(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Load(d); err != nil {
		t.Fatal(err)
	}
	index := func(id string) int { i, _ := d.Index(id); return i }
	for _, c := range []struct {
		a, b  string
		level int
		want  float64
	}{{"c0", "c1", 1, 9.0 / 20}, {"r1", "r2", 1, 1.0 / 20}, {"c0", "r1", 1, 0}, {"r1", "r2", 2, 1.0 / 20}, {"c0", "r1", 2, 9.0 / 20}, {"r1", "r2", 3, 0}} {
		// Kept in float32, as a pair's NamesU is: good to 1e-7.
		if got := l.namesU(index(c.a), index(c.b), 0, c.level); math.Abs(got-c.want) > 1e-7 {
			t.Errorf("%s ~ %s at level %d: u %v, want %v", c.a, c.b, c.level, got, c.want)
		}
	}
	// With one band, level 2 is "all other": names that disagree are not weighed.
	s.Comparisons[0].Bands = []float64{0.9}
	if l, err = New(s, DefaultVariants(), nil); err != nil {
		t.Fatal(err)
	}
	if err := l.Load(d); err != nil {
		t.Fatal(err)
	}
	if got := l.namesU(index("c0"), index("r1"), 0, 2); got != 0 {
		t.Errorf("with one band, names at all other weighed by u %v", got)
	}
}

// An encoding that cannot be read is compared as missing, and said so with its row.
func TestUnreadableEncodingsAreReported(t *testing.T) {
	s := Settings{IDColumn: "id", Comparisons: []ComparisonSettings{{Name: "names", Kind: "dice", Columns: []string{"clk"}}},
		Blocking: []BlockingRule{{Name: "alike", Kind: "lsh", Columns: []string{"clk"}}},
		Training: []TrainingSession{{Rule: "alike", Estimate: []string{"names"}}}, MaxBlockSize: 15,
		MatchThreshold: 0.5, ReviewThreshold: 0.25, DisagreeThreshold: 0.4}
	good := make(bloom.Filter, 16).String()
	l := loaded(t, s, "id,clk\na,"+good+"\nb,not an encoding\nc,\n")
	want := "clk: 1 value not read as encodings, and compared as missing (the first on line 3: not an encoding (a Bloom filter in base64, from retrace encode))."
	if notes := strings.Join(l.Notes(), "\n"); notes != want {
		t.Errorf("notes %q, want %q", notes, want)
	}
	// Settings that read up to bit 1024 of encodings of 512 bits (another schema's).
	s.Blocking[0].SameBits = []int{960, 1024}
	short := make(bloom.Filter, 8).String()
	l = loaded(t, s, "id,clk\na,"+good+"\nb,"+short+"\n")
	want = "clk: 1 value not read as encodings, and compared as missing (the first on line 3: an encoding of 512 bits, where the settings read bits up to 1024 (encoded under another schema?))."
	if notes := strings.Join(l.Notes(), "\n"); notes != want {
		t.Errorf("notes %q, want %q", notes, want)
	} // Every encoding another schema's: an error, naming the settings for older ones.
	d, _ := ReadCSV(strings.NewReader("id,clk\na,"+short+"\nb,"+short+"\nc,\n"), "id")
	l, _ = New(s, DefaultVariants(), nil)
	err := l.Load(d)
	if err == nil || !strings.Contains(err.Error(), "clk: none of the 2 encodings can be read with these settings (the first on line 2: an encoding of 512 bits") || !strings.Contains(err.Error(), "encoded-v5.json") {
		t.Errorf("all encodings too short: %v", err)
	}
}

// An lsh rule with same_bits keys a name's bands with another part to the bit: the
// same names and birth year share keys, the same names a year apart share none, and
// a record with nothing in that part has no key.
func TestLSHKeysWithSameBitsNeedThatPartTheSame(t *testing.T) {
	rule := BlockingRule{Name: "a name alike and the birth year", Kind: "lsh", Columns: []string{"clk"}, Bits: []int{0, 512}, SameBits: []int{512, 704}, Rows: 2}
	kf, err := rule.keyer(Settings{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	encoding := func(year int) string {
		f := make(bloom.Filter, 16)
		for b := 0; b < 512; b += 5 {
			f.Set(b)
		}
		if year > 0 {
			f.Set(512 + year%192)
		}
		return f.String()
	}
	keys := func(year int) []string { return kf(func(string) string { return encoding(year) }) }
	same, other := keys(1998), keys(1999)
	if len(same) != lshBands || !slices.Equal(same, keys(1998)) {
		t.Errorf("the same encoding: %d keys, not the same ones", len(same))
	}
	for _, k := range same {
		if slices.Contains(other, k) {
			t.Errorf("a year apart, key %s shared", k)
		}
	}
	if k := keys(0); k != nil {
		t.Errorf("no birth year: keys %v", k)
	}
	if _, err := (BlockingRule{Name: "x", Kind: "lsh", Columns: []string{"clk"}, Rows: 20}).keyer(Settings{}, nil); err == nil {
		t.Error("20 rows accepted")
	}
}

// A dice_date comparison needs both parts, three falling year bands if any, and an
// estimate flag's part, if any, the right way round.
func TestDiceDateSettingsAreChecked(t *testing.T) {
	for _, c := range []ComparisonSettings{
		{Name: "dob", Kind: "dice_date", Columns: []string{"clk"}, Bits: []int{512, 704}},
		{Name: "dob", Kind: "dice_date", Columns: []string{"clk"}, Bits: []int{512, 704}, DayBits: []int{704, 832}, Bands: []float64{0.9, 0.7}},
		{Name: "dob", Kind: "dice_date", Columns: []string{"clk"}, Bits: []int{512, 704}, DayBits: []int{704, 832}, Bands: []float64{0.5, 0.7, 0.9}},
		{Name: "dob", Kind: "dice_date", Columns: []string{"clk"}, Bits: []int{512, 704}, DayBits: []int{704, 832}, EstimatedBits: []int{1280, 1216}},
	} {
		if _, err := c.build(nil); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
	ok := ComparisonSettings{Name: "dob", Kind: "dice_date", Columns: []string{"clk"}, Bits: []int{512, 704}, DayBits: []int{704, 832}}
	if _, err := ok.build(nil); err != nil {
		t.Error(err)
	}
}

// An lsh rule's too-common keys are split by refine_bits, a part of the encoding to
// the bit (nationality's), as a plaintext rule's by its refine column: twelve
// encodings of one name, four of each of three nationalities, meet only their own
// nationality's; one with no nationality meets them all; one with two (the union of
// their bits) meets those of either, not the third's.
func TestLSHKeysSplitByRefineBits(t *testing.T) {
	name := make(bloom.Filter, 2) // bits 0–127: one name for all
	for _, b := range []int{3, 17, 40, 64, 90, 101, 127} {
		name.Set(b)
	}
	encode := func(nats ...int) string { // bits 128–191: each nationality one bit of three
		f := append(bloom.Filter(nil), name...)
		f = append(f, 0)
		for _, nat := range nats {
			f.Set(128 + 10*nat)
		}
		return f.String()
	}
	csv := "id,clk\n"
	for i := range 12 {
		csv += fmt.Sprintf("a%d,%s\n", i, encode(i%3))
	}
	csv += "none," + encode() + "\n"
	csv += "two," + encode(0, 1) + "\n"
	d, err := ReadCSV(strings.NewReader(csv), "id")
	if err != nil {
		t.Fatal(err)
	}
	s := Settings{IDColumn: "id", MaxBlockSize: 6, MatchThreshold: 0.5, ReviewThreshold: 0.25, DisagreeThreshold: 0.4,
		Comparisons: []ComparisonSettings{{Name: "names", Kind: "dice", Columns: []string{"clk"}, Bits: []int{0, 128}}},
		Blocking:    []BlockingRule{{Name: "alike", Kind: "lsh", Columns: []string{"clk"}, Bits: []int{0, 128}, RefineBits: []int{128, 192}}},
		Training:    []TrainingSession{{Rule: "alike", Estimate: []string{"names"}}}}
	l, err := New(s, DefaultVariants(), nil)
	if err != nil {
		t.Fatal(err)
	}
	keys, wide := d.buildKeys(s, l.variants, l.keyers)
	met := metPairs(d, keys)
	if wide[0] != 0 {
		t.Errorf("%d keys left wide, want none: each nationality's part holds 5", wide[0])
	}
	for i := range 12 {
		for j := range 12 {
			a, b := "a"+strconv.Itoa(i), "a"+strconv.Itoa(j)
			if i != j && met[[2]string{a, b}] != (i%3 == j%3) {
				t.Errorf("%s and %s met: %v; want only those of one nationality", a, b, met[[2]string{a, b}])
			}
		}
		if !met[[2]string{"none", "a" + strconv.Itoa(i)}] {
			t.Errorf("the encoding with no nationality never met a%d", i)
		}
		if a := "a" + strconv.Itoa(i); met[[2]string{"two", a}] != (i%3 != 2) {
			t.Errorf("the encoding with nationalities 0 and 1 met %s (nationality %d): %v", a, i%3, met[[2]string{"two", a}])
		}
	}
	s.Blocking[0].Kind, s.Blocking[0].Columns = "exact", []string{"id"}
	if _, err := New(s, DefaultVariants(), nil); err == nil || !strings.Contains(err.Error(), "refine_bits is for lsh and encoded_tokens rules") {
		t.Errorf("refine_bits on an exact rule: %v", err)
	}
}

// tokenRecord is an encoding of four 128-bit name slots, each slot's bits as given
// (nil: an empty slot).
func tokenRecord(slots ...[]int) string {
	f := make(bloom.Filter, 8)
	for s, bits := range slots {
		for _, b := range bits {
			f.Set(128*s + b)
		}
	}
	return f.String()
}

func bitRun(from, to int) []int {
	var out []int
	for b := from; b < to; b++ {
		out = append(out, b)
	}
	return out
}

// Encoded name tokens the same by Dice but not to the bit (a collision, or a letter
// in a long name) are weighed by the commoner's frequency, as tokens the same to the
// bit are: for a against b, T1 against T1' (39 of 40 bits shared: Dice 0.975) and T2
// against T2. Of 25 records T1 is held by 4, T1' by 1 and T2 by 22, so the chance
// that another record has these names is max(3/24, 1/24) · 21/24 = 0.109375.
func TestEncodedNameTokensSameByDiceAreWeighedByFrequency(t *testing.T) {
	t1, t2 := bitRun(0, 40), bitRun(50, 90)
	t1b := append(bitRun(0, 39), 100)
	r := rand.New(rand.NewPCG(5, 5))
	unique := func() []int {
		var bits []int
		for range 20 {
			bits = append(bits, r.IntN(128))
		}
		return bits
	}
	csv := "id,clk\na," + tokenRecord(t1, t2) + "\nb," + tokenRecord(t1b, t2) + "\n"
	for k := range 3 {
		csv += fmt.Sprintf("c%d,%s\n", k, tokenRecord(t1, unique()))
	}
	for k := range 20 {
		csv += fmt.Sprintf("d%d,%s\n", k, tokenRecord(unique(), t2))
	}
	s := Settings{IDColumn: "id", MaxBlockSize: 15, MatchThreshold: 0.5, ReviewThreshold: 0.25, DisagreeThreshold: 0.4,
		Comparisons: []ComparisonSettings{{Name: "names", Kind: "dice_names", Columns: []string{"clk"}, Bits: []int{0, 512}, Slots: 4, TermFrequency: true}},
		Blocking:    []BlockingRule{{Name: "tokens", Kind: "encoded_tokens", Columns: []string{"clk"}, Bits: []int{0, 512}, Slots: 4}},
		Training:    []TrainingSession{{Rule: "tokens", Estimate: []string{"names"}}}}
	l := loaded(t, s, csv)
	if level := l.compare(0, 1)[0]; level != 1 {
		t.Fatalf("a against b: level %d, want 1 (the same names)", level)
	}
	if u, want := l.namesU(0, 1, 0, 1), 3.0/24*21/24; math.Abs(u-want) > 1e-6 {
		t.Errorf("the chance another record has a's and b's names: %.6f, want %.6f", u, want)
	}
}

// An encoded_tokens rule keys each name token by its slot's bits, wherever the slot:
// a token first in one record and second in another is one key. Slots need not
// fill whole 64-bit words.
func TestTokenKeysMeetATokenInAnySlot(t *testing.T) {
	first, _ := bloom.Parse(tokenRecord(bitRun(0, 30), bitRun(40, 70)))
	second, _ := bloom.Parse(tokenRecord(bitRun(40, 70), bitRun(0, 30), bitRun(0, 30)))
	a, b := tokenKeys(first, 512, 4), tokenKeys(second, 512, 4)
	if len(a) != 2 || len(b) != 2 || !slices.Contains(b, a[0]) || !slices.Contains(b, a[1]) {
		t.Errorf("keys %v and %v: want the same two", a, b)
	}
	narrow := make(bloom.Filter, 8) // four slots of 120 bits in 480
	narrow.Set(5)
	narrow.Set(240 + 5) // the third slot: at 128-bit slots it would be another token
	if k := tokenKeys(narrow, 480, 4); len(k) != 1 {
		t.Errorf("one token in two 120-bit slots: %d keys, want 1", len(k))
	}
}

// Bad rows and misplaced settings of encoded blocking rules are errors, not panics.
func TestEncodedBlockingSettingsAreChecked(t *testing.T) {
	for _, b := range []BlockingRule{
		{Name: "r", Kind: "lsh", Columns: []string{"clk"}, Bits: []int{0, 512}, Rows: -1},
		{Name: "r", Kind: "lsh", Columns: []string{"clk"}, Bits: []int{0, 512}, Rows: 17},
		{Name: "r", Kind: "encoded_tokens", Columns: []string{"clk"}, Bits: []int{0, 512}, Slots: 4, Rows: 2},
		{Name: "r", Kind: "encoded_tokens", Columns: []string{"clk"}, Bits: []int{0, 510}, Slots: 4}, // 510 bits do not part into 4
		{Name: "r", Kind: "lsh", Columns: []string{"clk"}, Bits: []int{0, 512}, Slots: 4},
		{Name: "r", Kind: "lsh", Columns: []string{"clk"}, RefineBits: []int{864, 928}, Refine: "nationality"},
	} {
		if _, err := b.keyer(Settings{}, DefaultVariants()); err == nil {
			t.Errorf("%+v accepted", b)
		}
	}
}

// A dice_names comparison's bands are two (as before whole names were read) or
// three; one, or a third above 1, is an error that names them, as is alias_slots
// with no alias_bits; none of these stops with a panic.
func TestDiceNamesSettingsAreChecked(t *testing.T) {
	base := ComparisonSettings{Name: "names", Kind: "dice_names", Columns: []string{"clk"}, Bits: []int{0, 512}, Slots: 4}
	for _, c := range []struct {
		change func(*ComparisonSettings)
		want   string // "" for none
	}{
		{func(cs *ComparisonSettings) { cs.Bands = []float64{0.95, 0.65} }, ""},
		{func(cs *ComparisonSettings) { cs.Bands = []float64{0.95, 0.65, 0.8} }, ""},
		{func(cs *ComparisonSettings) { cs.Bands = []float64{0.95, 0.65, 0.8, 0.85} }, ""},
		{func(cs *ComparisonSettings) { cs.Bands = []float64{0.95} }, "bands must be two to four"},
		{func(cs *ComparisonSettings) { cs.Bands = []float64{0.95, 0.65, 1.2} }, "bands must be two to four"},
		{func(cs *ComparisonSettings) { cs.Bands = []float64{0.95, 0.65, 0.8, 0.7} }, "closely alike (at least the third)"},
		{func(cs *ComparisonSettings) { cs.AliasSlots = 3 }, "alias_slots needs alias_bits"},
		{func(cs *ComparisonSettings) { cs.AliasBits, cs.AliasSlots = []int{512, 896}, 2 }, "alias_bits and alias_slots go together"}, // 384 bits are not 2-slot names of 128
	} {
		cs := base
		c.change(&cs)
		_, err := cs.build(DefaultVariants())
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("bands %v, alias %v/%d: err %v, want %q", cs.Bands, cs.AliasBits, cs.AliasSlots, err, c.want)
		}
	}
}
