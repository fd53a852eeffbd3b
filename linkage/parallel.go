package linkage

import "github.com/retrace-uk/retrace/internal/parallel"

// eachPart calls fn(k) for k in [0, parts) on every core (see parallel.Each).
func eachPart(parts int, fn func(k int)) { parallel.Each(parts, fn) }

// partSize is how many records a part of per-record work holds.
const partSize = 4096

// parts is how many parts n records make.
func parts(n int) int { return parallel.Parts(n, partSize) }

// mergeParts runs fill over n records part by part on every core, each core into an
// accumulator of its own (from fresh), and merges the accumulators: for maps that
// every record adds to, which no two cores may write at once. The merge must not
// depend on order (sums, unions) for the result not to depend on the cores.
func mergeParts[T any](n int, fresh func() T, fill func(from, to int, acc T), merge func(into, part T)) T {
	accs := make([]T, parallel.Workers(parts(n)))
	for w := range accs {
		accs[w] = fresh()
	}
	parallel.OnWorkers(parts(n), func(w, k int) {
		fill(k*partSize, min(n, (k+1)*partSize), accs[w])
	})
	for _, acc := range accs[1:] {
		merge(accs[0], acc)
	}
	return accs[0]
}
