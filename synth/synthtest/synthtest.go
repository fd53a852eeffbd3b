// Package synthtest generates synthetic journey bundles for other packages' tests and
// benchmarks.
package synthtest

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/retrace-uk/retrace/bundleio"
	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/synth"
)

// Bundle generates a bundle of synthetic people (with its truth files) into a
// temporary folder of the test, and returns the folder; seed 0 keeps the default.
func Bundle(tb testing.TB, people int, seed uint64) string {
	tb.Helper()
	dir, _ := Generate(tb, people, seed)
	return dir
}

// Generate is Bundle, with what was written: rows by file, and the truth.
func Generate(tb testing.TB, people int, seed uint64) (string, *synth.Summary) {
	tb.Helper()
	cfg := synth.DefaultConfig()
	cfg.People = people
	if seed != 0 {
		cfg.Seed = seed
	}
	dir := tb.TempDir()
	sum, err := synth.Generate(context.Background(), cfg, dir, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return dir, sum
}

// Size is a benchmark's size from the environment variable name, or def where it is
// not set; a value that is not a positive whole number stops the benchmark.
func Size(tb testing.TB, name string, def int) int {
	tb.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		tb.Fatalf("%s=%q: give a positive whole number", name, v)
	}
	return n
}

// TrueLinks reads a bundle's truth/records.csv: which person each record truly is.
func TrueLinks(tb testing.TB, dir string) map[string]string {
	tb.Helper()
	rows := ReadCSV(tb, filepath.Join(dir, "truth", "records.csv"))
	links := make(map[string]string, len(rows))
	for _, r := range rows[1:] {
		links[r[0]] = r[1]
	}
	return links
}

// Imported imports a bundle of synthetic people into a new SQLite file, and gives
// the store and the bundle's folder.
func Imported(tb testing.TB, people int, seed uint64) (storage.Store, string) {
	tb.Helper()
	dir := Bundle(tb, people, seed)
	store, err := storage.Open(context.Background(), filepath.Join(tb.TempDir(), "r.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	if _, err := bundleio.Import(context.Background(), store, dir, bundleio.Options{Actor: "test"}); err != nil {
		tb.Fatal(err)
	}
	return store, dir
}

// ReadCSV reads a whole CSV file, header included.
func ReadCSV(tb testing.TB, path string) [][]string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	return rows
}
