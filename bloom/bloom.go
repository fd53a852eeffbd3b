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
// filter with many, so its count is worked out once.
func DiceCounted(a, b Filter, countA, countB int) float64 {
	if countA+countB == 0 {
		return 0
	}
	b = b[:len(a)]
	common := 0
	for i := 0; i+4 <= len(a); i += 4 { // four words a step: fewer loop checks
		common += bits.OnesCount64(a[i]&b[i]) + bits.OnesCount64(a[i+1]&b[i+1]) +
			bits.OnesCount64(a[i+2]&b[i+2]) + bits.OnesCount64(a[i+3]&b[i+3])
	}
	for i := len(a) &^ 3; i < len(a); i++ {
		common += bits.OnesCount64(a[i] & b[i])
	}
	return 2 * float64(common) / float64(countA+countB)
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
