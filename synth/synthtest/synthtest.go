// Package synthtest generates synthetic journey bundles for other packages' tests.
package synthtest

import (
	"context"
	"testing"

	"github.com/retrace-uk/retrace/synth"
)

// Bundle generates a bundle of synthetic people (with its truth files) into a
// temporary folder of the test, and returns the folder; seed 0 keeps the default.
func Bundle(tb testing.TB, people int, seed uint64) string {
	tb.Helper()
	cfg := synth.DefaultConfig()
	cfg.People = people
	if seed != 0 {
		cfg.Seed = seed
	}
	dir := tb.TempDir()
	if _, err := synth.Generate(context.Background(), cfg, dir, nil); err != nil {
		tb.Fatal(err)
	}
	return dir
}
