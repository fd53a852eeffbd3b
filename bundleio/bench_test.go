package bundleio_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/storage"
)

// writePeople writes a people.csv of n synthetic records, every column filled the way
// source records fill them (some empty, partial dates, lists).
func writePeople(tb testing.TB, dir string, n int) {
	tb.Helper()
	f, err := os.Create(filepath.Join(dir, "people.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	given := []string{"Ermira", "Văn Đức", "Mohammed", "Muhammad", "Selam", "Ana-Maria", "Żaneta", "Tesfay", "Oluwaseun", "Jamal"}
	family := []string{"Çelaj", "Nguyễn", "Trần", "Ghebremedhin", "Hassan", "Popescu", "Kowalska", "Ahmadi", "Okafor", "Smith"}
	nat := []string{"ALB", "VNM", "ERI", "SDN", "IRN;AFG", "ROU", "POL", "GBR", "NGA", "IRQ"}
	lang := []string{"sqi", "vie", "tir", "ara", "fas", "ron", "pol", "eng", "yor", "kur"}
	sex := []string{"M", "M", "M", "F", "F", "X", ""}
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Fprintln(w, "record_id,source,given_names,family_name,aliases,dob,dob_estimated,sex,nationality,birth_place,language,ho_reference")
	for i := 0; i < n; i++ {
		dob := fmt.Sprintf("%04d-%02d-%02d", 1960+r.IntN(50), 1+r.IntN(12), 1+r.IntN(28))
		if i%5 == 0 {
			dob = dob[:4]
		}
		k := r.IntN(10)
		fmt.Fprintf(w, "ORG%02d-%07d,ORG%02d,%s,%s,%s,%s,%v,%s,%s,%s,%s,H%07d\n", i%60, i, i%60,
			given[k], family[r.IntN(10)], given[(k+1)%10], dob, i%5 == 0, sex[r.IntN(len(sex))], nat[k], "Town "+given[k], lang[k], r.IntN(9999999))
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	f.Close()
}

// BenchmarkImportPeopleSQLite imports people.csv into a new SQLite file and reports
// rows per second and the peak live heap, which must not grow with the input.
// Target: ≥ 50,000 rows/s on a 2-core machine.
func BenchmarkImportPeopleSQLite(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			src := b.TempDir()
			writePeople(b, src, n)
			var elapsed time.Duration
			var peak uint64
			for i := 0; i < b.N; i++ {
				s, err := storage.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
				if err != nil {
					b.Fatal(err)
				}
				stop := watchHeap()
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

// watchHeap samples the live heap until the returned function is called, which
// returns the largest sample.
func watchHeap() func() uint64 {
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

var benchSizes = []int{100_000, 400_000}
