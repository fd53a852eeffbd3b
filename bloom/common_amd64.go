package bloom

import "golang.org/x/sys/cpu"

// usePOPCNT: the processor has the popcount instruction, so common1024POPCNT may run.
// Go checks for it before each bits.OnesCount64 unless built with GOAMD64=v3; the
// check, sixteen times a comparison, cost a third of the speed.
var usePOPCNT = cpu.X86.HasPOPCNT

// common1024POPCNT counts the bits two 1024-bit filters share with the popcount
// instruction (common_amd64.s).
//
//go:noescape
func common1024POPCNT(a, b *[16]uint64) int

// useVPOPCNT: the processor counts bits in 512-bit vectors (AVX-512 VPOPCNTDQ, as
// on AMD Zen 4 and Intel Ice Lake), so common1024VPOPCNT may run: a 1024-bit filter
// is two vectors, not sixteen words.
var useVPOPCNT = cpu.X86.HasAVX512F && cpu.X86.HasAVX512VPOPCNTDQ

// common1024VPOPCNT counts the bits two 1024-bit filters share with AVX-512
// (common_amd64.s).
//
//go:noescape
func common1024VPOPCNT(a, b *[16]uint64) int
