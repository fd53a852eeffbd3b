// Package parallel runs independent parts of one job on every core.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls fn(k) for k in [0, parts) on every core. Callers write to their own
// slot k, so results do not depend on how many cores there are or which ran first.
func Each(parts int, fn func(k int)) {
	OnWorkers(parts, func(_, k int) { fn(k) })
}

// Workers is how many goroutines OnWorkers runs parts on.
func Workers(parts int) int { return max(1, min(parts, runtime.GOMAXPROCS(0))) }

// OnWorkers is Each, telling fn which of the Workers(parts) goroutines runs part k:
// for work that adds to a worker's own accumulator, merged afterwards.
func OnWorkers(parts int, fn func(worker, k int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range Workers(parts) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < parts; k = int(next.Add(1) - 1) {
				fn(w, k)
			}
		}()
	}
	wg.Wait()
}

// Parts is how many parts of size n items make.
func Parts(n, size int) int { return (n + size - 1) / size }
