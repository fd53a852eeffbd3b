package bloom

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// Dice worked out by hand on small filters.
func TestDice(t *testing.T) {
	for _, c := range []struct {
		a, b Filter
		want float64
	}{
		{Filter{0b1111}, Filter{0b1111}, 1},
		{Filter{0b1111}, Filter{0b0011}, 2 * 2.0 / 6},       // 2 in common of 4 + 2
		{Filter{0b1010, 1}, Filter{0b0101, 1}, 2 * 1.0 / 6}, // only the second word's bit
		{Filter{0, 0}, Filter{0, 0}, 0},
		{Filter{0b1111}, Filter{0b1111, 0}, 0}, // two schemas' filters: nothing to compare
	} {
		if got := Dice(c.a, c.b); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("Dice(%b, %b) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// On 1024-bit filters (the unrolled path) and others, Dice agrees with counting the
// bits one by one.
func TestDiceAgreesWithCountingBitByBit(t *testing.T) {
	if !useVPOPCNT {
		t.Log("this processor has no AVX-512 VPOPCNTDQ: its kernel is not tested here")
	}
	if !usePOPCNT {
		t.Log("this processor has no POPCNT: its kernel is not tested here")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for n, words := range []int{16, 16, 16, 3, 17, 16} {
		a, b := make(Filter, words), make(Filter, words)
		for i := range a {
			a[i], b[i] = r.Uint64()&r.Uint64(), r.Uint64()&r.Uint64()
			if n == 5 { // every bit set: 1024 in common, past what a byte or a word's count holds
				a[i], b[i] = ^uint64(0), ^uint64(0)
			}
		}
		common, total := 0, 0
		for bit := range 64 * words {
			x, y := a[bit/64]>>(bit%64)&1, b[bit/64]>>(bit%64)&1
			common += int(x & y)
			total += int(x + y)
		}
		if got, want := Dice(a, b), 2*float64(common)/float64(total); math.Abs(got-want) > 1e-12 {
			t.Errorf("%d words: Dice %v, bit by bit %v", words, got, want)
		}
		if words != 16 {
			continue
		}
		// Every way of counting 1024 bits this processor can take.
		if got := common1024((*[16]uint64)(a), (*[16]uint64)(b)); got != common {
			t.Errorf("common1024: %d bits in common, bit by bit %d", got, common)
		}
		if usePOPCNT {
			if got := common1024POPCNT((*[16]uint64)(a), (*[16]uint64)(b)); got != common {
				t.Errorf("common1024POPCNT: %d bits in common, bit by bit %d", got, common)
			}
		}
		if useVPOPCNT {
			if got := common1024VPOPCNT((*[16]uint64)(a), (*[16]uint64)(b)); got != common {
				t.Errorf("common1024VPOPCNT: %d bits in common, bit by bit %d", got, common)
			}
		}
	}
}

// BenchmarkDice compares 1024-bit filters, each with all the others, on one core
// (target: at least 100 million comparisons a second).
func BenchmarkDice(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	filters := make([]Filter, 1024)
	for i := range filters {
		filters[i] = make(Filter, 16)
		for w := range filters[i] {
			filters[i][w] = r.Uint64() & r.Uint64()
		}
	}
	counts := make([]int, len(filters))
	for i, f := range filters {
		counts[i] = f.Count()
	}
	b.ResetTimer()
	sum := 0.0
	for range b.N { // one filter against all the others, as blocking does
		for i, f := range filters {
			for j, g := range filters {
				sum += DiceCounted(f, g, counts[i], counts[j])
			}
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(filters)*len(filters))/b.Elapsed().Seconds()/1e6, "M-comparisons/s")
	if sum < 0 {
		b.Fatal(sum)
	}
}

// A part holds exactly the bits of its range, moved to start at 0, across words.
func TestPartTakesItsRangeOnly(t *testing.T) {
	f := make(Filter, 4)
	for _, b := range []int{3, 60, 63, 64, 70, 127, 128, 200, 255} {
		f.Set(b)
	}
	for _, c := range []struct {
		from, to int
		want     []int // bits set in the part, worked out by hand: each b in [from, to) as b − from
	}{
		{0, 256, []int{3, 60, 63, 64, 70, 127, 128, 200, 255}},
		{60, 130, []int{0, 3, 4, 10, 67, 68}},
		{64, 128, []int{0, 6, 63}},
		{61, 64, []int{2}},
		{129, 200, nil},
		{70, 71, []int{0}},
	} {
		part := f.Part(c.from, c.to)
		var got []int
		for b := 0; b < 64*len(part); b++ {
			if part[b/64]>>(b%64)&1 == 1 {
				got = append(got, b)
			}
		}
		if !slices.Equal(got, c.want) || len(part) != (c.to-c.from+63)/64 {
			t.Errorf("Part(%d, %d): bits %v in %d words, want %v", c.from, c.to, got, len(part), c.want)
		}
	}
	if f.Part(0, 257) != nil {
		t.Error("a part beyond the filter")
	}
}
