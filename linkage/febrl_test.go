package linkage

import (
	"os"
	"path/filepath"
	"testing"
)

func linkFile(t *testing.T, data, settings string) (Scores, *Result) {
	t.Helper()
	s, err := ReadSettings(settings)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(data)
	if err != nil {
		t.Skipf("benchmark data not here: %v", err)
	}
	defer f.Close()
	d, err := ReadCSV(f, s.IDColumn)
	if err != nil {
		t.Fatal(err)
	}
	res := linkAll(t, d, s, Options{})
	pred, truth := make([]string, d.Len()), make([]string, d.Len())
	for i, c := range res.Cluster {
		pred[i], truth[i] = d.ID(int(c)), d.get(i)("true_id")
	}
	return Evaluate(pred, truth), res
}

func TestFEBRL(t *testing.T) {
	for _, name := range []string{"febrl1.csv", "febrl2.csv", "febrl3.csv", "febrl4ab.csv"} {
		s, res := linkFile(t, filepath.Join("..", "..", "shared", "data", "harness", name), filepath.Join("testdata", "febrl-settings.json"))
		t.Logf("%s: pairs %d, precision %.4f recall %.4f F1 %.4f", name, res.Blocking.Pairs, s.Precision, s.Recall, s.F1)
		// Published Fellegi–Sunter results on FEBRL reach F1 of 0.95–0.99.
		if s.F1 < 0.95 {
			t.Errorf("%s: F1 %.4f, want at least 0.95", name, s.F1)
		}
	}
}
