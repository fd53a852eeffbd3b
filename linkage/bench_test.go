package linkage

import (
	"fmt"
	"testing"
	"time"

	"github.com/retrace-uk/retrace/internal/heapwatch"
	"github.com/retrace-uk/retrace/synth/synthtest"
)

// BenchmarkLinkSynthetic links synthetic survivors' records (retrace synth) from the
// people.csv already read, training the model each time, and reports records and
// pairs per second, F1 against the truth and the peak live heap. Target: a million
// records in ≤ 60 s and ≤ 4 GB on a 2-core machine.
// RETRACE_BENCH_RECORDS picks the size (default 100,000; 1,000,000 for the target).
func BenchmarkLinkSynthetic(b *testing.B) {
	n := synthtest.Size(b, "RETRACE_BENCH_RECORDS", 100_000)
	b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
		d, truth := synthetic(b, n*10/16, 11) // about 1.6 records a person
		b.ResetTimer()
		var elapsed time.Duration
		var peak uint64
		var res *Result
		for i := 0; i < b.N; i++ {
			stop := heapwatch.Start()
			start := time.Now()
			res = linkAll(b, d, DefaultSettings(), Options{})
			elapsed += time.Since(start)
			peak = max(peak, stop())
		}
		pred := make([]string, d.Len())
		for i, c := range res.Cluster {
			pred[i] = d.ID(int(c))
		}
		s := Evaluate(pred, truth)
		b.ReportMetric(float64(d.Len()*b.N)/elapsed.Seconds(), "records/s")
		b.ReportMetric(float64(res.Blocking.Pairs*b.N)/elapsed.Seconds(), "pairs/s")
		b.ReportMetric(s.F1, "F1")
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	})
}
