// Package heapwatch measures the peak live heap of a stretch of work, for benchmarks
// that must show bounded memory.
package heapwatch

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// Start samples the live heap until the returned function is called, which returns
// the largest sample in bytes.
func Start() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	runtime.GC()
	return func() uint64 {
		close(done)
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}
