//go:build !amd64

package bloom

const usePOPCNT, useVPOPCNT = false, false

func common1024POPCNT(a, b *[16]uint64) int { panic("bloom: no popcount instruction here") }

func common1024VPOPCNT(a, b *[16]uint64) int { panic("bloom: no vector popcount here") }
