//go:build !amd64

package bloom

const usePOPCNT = false

func common1024POPCNT(a, b *[16]uint64) int { panic("bloom: no popcount instruction here") }
