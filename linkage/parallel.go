package linkage

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// eachPart calls fn(k) for k in [0, parts) on every core. Callers write to their own
// slot k, so results do not depend on how many cores there are or which ran first.
func eachPart(parts int, fn func(k int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(parts, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < parts; k = int(next.Add(1) - 1) {
				fn(k)
			}
		}()
	}
	wg.Wait()
}

// partSize is how many records a part of per-record work holds.
const partSize = 4096

// parts is how many parts n records make.
func parts(n int) int { return (n + partSize - 1) / partSize }
