package linkage

import "github.com/retrace-uk/retrace/internal/parallel"

// eachPart calls fn(k) for k in [0, parts) on every core (see parallel.Each).
func eachPart(parts int, fn func(k int)) { parallel.Each(parts, fn) }

// partSize is how many records a part of per-record work holds.
const partSize = 4096

// parts is how many parts n records make.
func parts(n int) int { return parallel.Parts(n, partSize) }
