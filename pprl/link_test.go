package pprl

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/synth/synthtest"
)

// The hub links the encodings of synthetic survivors' records with the settings in
// examples/linkage/encoded.json, and the result is scored against the truth beside
// plaintext linkage of the same records. Encoded linkage is not yet within 0.03 of
// plaintext (the target); this holds it to the level last measured (F1 0.82 against
// 0.91 at 5,000 people), so that a change that makes it worse is noticed.
func TestEncodedLinkageAgainstPlaintext(t *testing.T) {
	if testing.Short() {
		t.Skip("links 5,000 synthetic people twice")
	}
	dir := synthtest.Bundle(t, 5000, 3)
	encoded := filepath.Join(t.TempDir(), "encoded")
	e := encoder(t, secret)
	if _, err := EncodeBundle(dir, encoded, e); err != nil {
		t.Fatal(err)
	}
	truth := readTruth(t, filepath.Join(dir, "truth", "records.csv"))
	plainSettings := linkage.DefaultSettings()
	encodedSettings, err := linkage.ReadSettings(filepath.Join("..", "examples", "linkage", "encoded.json"))
	if err != nil {
		t.Fatal(err)
	}
	plain := linkF1(t, filepath.Join(dir, "people.csv"), plainSettings, truth)
	enc := linkF1(t, filepath.Join(encoded, "people.csv"), encodedSettings, truth)
	t.Logf("F1 plaintext %.4f, encoded %.4f (gap %.4f; target at most 0.03)", plain, enc, plain-enc)
	if enc < 0.79 {
		t.Errorf("encoded F1 %.4f: worse than last measured (0.82)", enc)
	}
}

func linkF1(t *testing.T, people string, s linkage.Settings, truth map[string]string) float64 {
	t.Helper()
	f, err := os.Open(people)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := linkage.ReadCSV(f, s.IDColumn)
	if err != nil {
		t.Fatal(err)
	}
	l, err := linkage.New(s, linkage.DefaultVariants(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Load(d); err != nil {
		t.Fatal(err)
	}
	res, err := l.Link(context.Background(), linkage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pred, want := make([]string, d.Len()), make([]string, d.Len())
	for i, c := range res.Cluster {
		pred[i], want[i] = d.ID(int(c)), truth[d.ID(i)]
	}
	return linkage.Evaluate(pred, want).F1
}

func readTruth(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, r := range synthtest.ReadCSV(t, path)[1:] {
		out[r[0]] = r[1]
	}
	return out
}
