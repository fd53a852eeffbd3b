// Package bloom is the Bloom filter that record linkage on encoded identities
// compares: a fixed number of 64-bit words, the Dice coefficient of two filters, and
// their text form in a CSV cell.
package bloom

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"math/bits"
)

// Filter is a Bloom filter of 64·len bits.
type Filter []uint64

// Set sets a bit.
func (c Filter) Set(bit int) { c[bit/64] |= 1 << (bit % 64) }

// Count is the number of bits set.
func (c Filter) Count() int {
	n := 0
	for _, w := range c {
		n += bits.OnesCount64(w)
	}
	return n
}

// Dice is 2|a∧b| / (|a|+|b|): 1 for equal filters, 0 for filters with no bit in
// common (or both empty).
func Dice(a, b Filter) float64 {
	return DiceCounted(a, b, a.Count(), b.Count())
}

// DiceCounted is Dice for filters whose bit counts are known: linking compares each
// filter with many, so its count is worked out once. Filters of different lengths
// were made under different schemas and have nothing in common: 0.
func DiceCounted(a, b Filter, countA, countB int) float64 {
	if countA+countB == 0 || len(a) != len(b) {
		return 0
	}
	var common int
	if len(a) == 16 && useVPOPCNT {
		common = common1024VPOPCNT((*[16]uint64)(a), (*[16]uint64)(b))
	} else if len(a) == 16 && usePOPCNT {
		common = common1024POPCNT((*[16]uint64)(a), (*[16]uint64)(b))
	} else if len(a) == 16 {
		common = common1024((*[16]uint64)(a), (*[16]uint64)(b))
	} else {
		for i := range a {
			common += bits.OnesCount64(a[i] & b[i])
		}
	}
	return 2 * float64(common) / float64(countA+countB)
}

// Part is bits [from, to) of the filter as a filter of their own, bit from its bit 0;
// nil where the filter is shorter than to.
func (c Filter) Part(from, to int) Filter {
	if from < 0 || to > 64*len(c) || from >= to {
		return nil
	}
	part := make(Filter, (to-from+63)/64)
	shift := uint(from % 64)
	for k := range part {
		w := from/64 + k
		part[k] = c[w] >> shift
		if shift > 0 && w+1 < len(c) {
			part[k] |= c[w+1] << (64 - shift)
		}
	}
	if extra := uint(64*len(part) - (to - from)); extra > 0 {
		part[len(part)-1] &= ^uint64(0) >> extra // bits from to on are not the part's
	}
	return part
}

// String is the filter in base64, as a CSV cell holds it.
func (c Filter) String() string {
	b := make([]byte, 8*len(c))
	for i, w := range c {
		binary.BigEndian.PutUint64(b[8*i:], w)
	}
	return base64.StdEncoding.EncodeToString(b)
}

// Parse reads a filter written by String.
func Parse(s string) (Filter, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b)%8 != 0 {
		return nil, errors.New("not an encoding: base64 of a multiple of 8 bytes is needed")
	}
	c := make(Filter, len(b)/8)
	for i := range c {
		c[i] = binary.BigEndian.Uint64(b[8*i:])
	}
	return c, nil
}

// common1024 counts the bits two 1024-bit filters share, unrolled: the common size,
// compared millions of times a second.
func common1024(a, b *[16]uint64) int {
	return bits.OnesCount64(a[0]&b[0]) + bits.OnesCount64(a[1]&b[1]) + bits.OnesCount64(a[2]&b[2]) +
		bits.OnesCount64(a[3]&b[3]) + bits.OnesCount64(a[4]&b[4]) + bits.OnesCount64(a[5]&b[5]) +
		bits.OnesCount64(a[6]&b[6]) + bits.OnesCount64(a[7]&b[7]) + bits.OnesCount64(a[8]&b[8]) +
		bits.OnesCount64(a[9]&b[9]) + bits.OnesCount64(a[10]&b[10]) + bits.OnesCount64(a[11]&b[11]) +
		bits.OnesCount64(a[12]&b[12]) + bits.OnesCount64(a[13]&b[13]) + bits.OnesCount64(a[14]&b[14]) +
		bits.OnesCount64(a[15]&b[15])
}
