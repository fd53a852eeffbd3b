package linkage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// linkFile links a CSV file under a settings file and scores it against the true
// person that truthOf reads from each record.
func linkFile(t *testing.T, data, settings string, truthOf func(d *Dataset, i int) string) (Scores, *Result) {
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
		pred[i], truth[i] = d.ID(int(c)), truthOf(d, i)
	}
	return Evaluate(pred, truth), res
}

var febrl = filepath.Join("..", "..", "shared", "data", "febrl")

// FEBRL as published (rec_id, names, address parts, date of birth, social security
// id), linked by writing settings only. Targets from the issue: F1 ≥ 0.98 on dataset
// 3 and ≥ 0.99 on 4a and 4b stacked as one file; on the same files Splink 4 scored
// 0.961–0.966 and 0.988. The truth is the number in rec-N-org / rec-N-dup-K.
func TestFEBRL(t *testing.T) {
	person := func(d *Dataset, i int) string { return strings.Split(d.ID(i), "-")[1] }
	want := map[string]float64{"dataset1.csv": 0.98, "dataset2.csv": 0.98, "dataset3.csv": 0.98, "dataset4ab.csv": 0.99}
	for _, name := range []string{"dataset1.csv", "dataset2.csv", "dataset3.csv", "dataset4ab.csv"} {
		path := filepath.Join(febrl, name)
		if name == "dataset4ab.csv" {
			path = stack(t, filepath.Join(febrl, "dataset4a.csv"), filepath.Join(febrl, "dataset4b.csv"))
		}
		s, res := linkFile(t, path, filepath.Join("..", "examples", "linkage", "febrl.json"), person)
		t.Logf("%s: pairs %d, precision %.4f recall %.4f F1 %.4f", name, res.Blocking.Pairs, s.Precision, s.Recall, s.F1)
		if s.F1 < want[name] {
			t.Errorf("%s: F1 %.4f, want at least %.2f", name, s.F1, want[name])
		}
	}
}

// The harness copies keep only names, date of birth, postcode and address — no
// social security id — so less can be found: published Fellegi–Sunter results on
// such fields reach F1 0.95.
func TestFEBRLWithoutIdentifiers(t *testing.T) {
	person := func(d *Dataset, i int) string { return d.get(i)("true_id") }
	for _, name := range []string{"febrl1.csv", "febrl2.csv", "febrl3.csv", "febrl4ab.csv"} {
		path := filepath.Join("..", "..", "shared", "data", "harness", name)
		s, res := linkFile(t, path, filepath.Join("..", "examples", "linkage", "febrl-harness.json"), person)
		t.Logf("%s: pairs %d, precision %.4f recall %.4f F1 %.4f", name, res.Blocking.Pairs, s.Precision, s.Recall, s.F1)
		if s.F1 < 0.95 {
			t.Errorf("%s: F1 %.4f, want at least 0.95", name, s.F1)
		}
	}
}

// stack writes the records of two CSV files with the same header as one file, as
// `cat a.csv; tail -n +2 b.csv` would.
func stack(t *testing.T, a, b string) string {
	t.Helper()
	first, err := os.ReadFile(a)
	if err != nil {
		t.Skipf("benchmark data not here: %v", err)
	}
	second, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(second), "\n")
	path := filepath.Join(t.TempDir(), "stacked.csv")
	if err := os.WriteFile(path, []byte(strings.TrimRight(string(first), "\n")+"\n"+rest), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Splink's own labelled data sets, linked by writing settings only
// (examples/linkage/splink-*.json). Floors are the F1 last measured (0.916 and 0.857),
// so that a change that makes them worse is noticed.
func TestSplinkDatasets(t *testing.T) {
	cluster := func(d *Dataset, i int) string { return d.get(i)("cluster") }
	for _, c := range []struct {
		file, settings string
		floor          float64
	}{
		{"fake_1000.csv", "splink-fake-1000.json", 0.90},
		{"historical_figures_with_errors_50k.csv", "splink-historical-50k.json", 0.84},
	} {
		path := filepath.Join("..", "..", "shared", "data", "splink", c.file)
		s, res := linkFile(t, path, filepath.Join("..", "examples", "linkage", c.settings), cluster)
		t.Logf("%s: pairs %d, precision %.4f recall %.4f F1 %.4f", c.file, res.Blocking.Pairs, s.Precision, s.Recall, s.F1)
		if s.F1 < c.floor {
			t.Errorf("%s: F1 %.4f, want at least %.2f", c.file, s.F1, c.floor)
		}
	}
}
