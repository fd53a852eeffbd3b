package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace/synth/synthtest"
)

// On the events bundle — Aster (ERI, F) referred in 2020 and 2022, Dawit (ETH, M) in
// 2021 — with k = 2 and no row to spare: by hand, every row must share its
// quasi-identifiers with another, so sex goes, Eritrea and Ethiopia become their region
// (Eastern Africa) and the periods go; age group, unknown for all, stays. Each
// nationality is held by one person, fewer than k, so the level "country, or its
// region where fewer than k people share it" (1 of 4 steps up) does it. Loss
// (1 + 0 + 1/4 + 1)/4 = 0.5625. Aster's two episodes share a key.
func TestExtract(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	linkedEventsDB(t, db)
	asAnalyst(t, db, "ana")
	secret := filepath.Join(t.TempDir(), "secret")
	os.WriteFile(secret, []byte("the extract's secret, long enough"), 0o600)
	for _, bad := range []struct {
		flags []string
		want  string
	}{
		{[]string{"--dp-epsilon", "1"}, "--dp-from-year"},
		{[]string{"--dp-epsilon", "1", "--dp-from-year", "2020", "--dp-to-year", "2022", "--dp-max-cells", "0"}, "--dp-max-cells 0"},
		{[]string{"--dp-epsilon", "1", "--dp-from-year", "2022", "--dp-to-year", "2020"}, "the years 2022 to 2020"},
		{[]string{"--dp-epsilon", "-1", "--dp-from-year", "2020", "--dp-to-year", "2022"}, "--dp-epsilon -1: give a budget above 0"},
	} {
		half := filepath.Join(t.TempDir(), "half")
		args := append([]string{"--db", db, "extract", "--k", "2", "--secret", secret, "--out", half}, bad.flags...)
		if _, errOut, code := run(t, args...); code == 0 || !strings.Contains(errOut, bad.want) {
			t.Errorf("%v: exit %d, %s; want an error saying %q", bad.flags, code, errOut, bad.want)
		}
		if _, err := os.Stat(filepath.Join(half, "extract.csv")); !os.IsNotExist(err) {
			t.Errorf("%v: an extract was written although its table could not be: %v", bad.flags, err)
		}
	}
	out := filepath.Join(t.TempDir(), "release")
	stdout := mustRun(t, "--db", db, "extract", "--k", "2", "--max-suppressed", "0", "--secret", secret, "--out", out)
	if !strings.Contains(stdout, "Suppressed 0 rows") {
		t.Errorf("summary: %s", stdout)
	}
	for _, name := range []string{"extract.csv", "report.json"} {
		st, err := os.Stat(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, want readable by its owner only (-rw-------)", name, st.Mode())
		}
	}
	rows := synthtest.ReadCSV(t, filepath.Join(out, "extract.csv"))
	if len(rows) != 4 {
		t.Fatalf("%d rows, want a header and 3", len(rows))
	}
	keys := map[string]int{}
	for _, r := range rows[1:] {
		keys[r[0]]++
		if qi := strings.Join(r[2:6], ","); qi != "*,unknown,M49 014,*" {
			t.Errorf("quasi-identifiers %s, want *,unknown,M49 014,*", qi)
		}
	}
	if len(keys) != 2 {
		t.Errorf("person keys %v: want Aster's two episodes under one key and Dawit's", keys)
	}
	var rep struct {
		Loss       float64
		Suppressed int
	}
	b, _ := os.ReadFile(filepath.Join(out, "report.json"))
	if err := json.Unmarshal(b, &rep); err != nil || rep.Loss != 0.5625 || rep.Suppressed != 0 {
		t.Errorf("report %s %v", b, err)
	}
}
