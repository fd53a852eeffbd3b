package linkage

import "github.com/antzucaro/matchr"

// jaroWinkler is matchr.JaroWinkler(a, b, false) without its allocations, for the
// hundreds of millions of name comparisons a large linkage makes: normalised names are
// ASCII, so it works on bytes with flags on the stack, and hands anything else to
// matchr.
func jaroWinkler(a, b string) float64 {
	const most = 64
	la, lb := len(a), len(b)
	if la > most || lb > most || !ascii(a) || !ascii(b) {
		return matchr.JaroWinkler(a, b, false)
	}
	if la == 0 || lb == 0 {
		return 0
	}
	longer := max(la, lb)
	reach := max(longer/2-1, 0)
	var fa, fb [most]bool
	common := 0
	for i := 0; i < la; i++ {
		for j := max(i-reach, 0); j <= min(i+reach, lb-1); j++ {
			if !fb[j] && b[j] == a[i] {
				fa[i], fb[j] = true, true
				common++
				break
			}
		}
	}
	if common == 0 {
		return 0
	}
	transposed, k := 0, 0
	for i := 0; i < la; i++ {
		if !fa[i] {
			continue
		}
		for k < lb && !fb[k] {
			k++
		}
		if a[i] != b[k] {
			transposed++
		}
		k++
	}
	c := float64(common)
	d := (c/float64(la) + c/float64(lb) + float64(common-transposed/2)/c) / 3.0
	if d > 0.7 {
		p := 0
		for p < min(4, longer) && p < la && p < lb && a[p] == b[p] && (a[p] < '0' || a[p] > '9') {
			p++
		}
		if p > 0 {
			d += float64(p) * 0.1 * (1.0 - d)
		}
	}
	return d
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
