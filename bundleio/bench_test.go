package bundleio_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/internal/heapwatch"
	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/synth/synthtest"
)

// writePeople writes the people.csv of about n synthetic records (retrace synth:
// names in many scripts, partial dates, lists) as a bundle of its own.
func writePeople(tb testing.TB, dir string, n int) int {
	tb.Helper()
	full, sum := synthtest.Generate(tb, n*10/16, 0) // about 1.6 records a person
	if err := os.Rename(filepath.Join(full, "people.csv"), filepath.Join(dir, "people.csv")); err != nil {
		tb.Fatal(err)
	}
	return sum.Rows["people.csv"]
}

// BenchmarkImportPeopleSQLite imports a synthetic people.csv into a new SQLite file
// and reports rows per second and the peak live heap, which must not grow with the
// input. Target: ≥ 50,000 rows/s on a 2-core machine, at a million rows too.
func BenchmarkImportPeopleSQLite(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			src := b.TempDir()
			n := writePeople(b, src, n)
			var elapsed time.Duration
			var peak uint64
			for i := 0; i < b.N; i++ {
				s, err := storage.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
				if err != nil {
					b.Fatal(err)
				}
				stop := heapwatch.Start()
				start := time.Now()
				rep, err := bundleio.Import(context.Background(), s, src, bundleio.Options{Actor: "bench"})
				elapsed += time.Since(start)
				peak = max(peak, stop())
				if err != nil || rep.Files[0].Added != n {
					b.Fatalf("import: %v", err)
				}
				s.Close()
			}
			b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "rows/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		})
	}
}

var benchSizes = []int{100_000, 1_000_000}
