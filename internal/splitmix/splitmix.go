// Package splitmix is SplitMix64's finaliser: a cheap, well-mixed hash of a 64-bit
// value, for synthetic ids and MinHash.
package splitmix

// Mix hashes x.
func Mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
