// Package synthtest generates synthetic journey bundles for other packages' tests and
// benchmarks.
package synthtest

import (
	"context"
	"os"
	"strconv"
	"testing"

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
