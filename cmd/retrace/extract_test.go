package main

import (
	"encoding/json"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace/synth/synthtest"
)

// On the events bundle — Aster (ERI, F) referred in 2020 Q1 and 2022 Q2, Dawit (ETH,
// M) in 2021 Q3 — and two more, Selam (ERI, F) referred in 2020 Q3 and 2022 Q3 and
// Meron (ETH, M) in 2021 Q4, with k = 2 and no row to spare: by hand, each person's
// episodes together must be someone else's too. The quarters keep everyone apart; the
// year makes Aster and Selam (2020, 2022, labour then sexual exploitation both) and
// Dawit and Meron (2021, labour) pairs, sex, nationality, the kinds of exploitation,
// route (all NRM referrals) and decisions (none made) as recorded: period one step of
// two up, in one of seven quasi-identifiers, a loss of (1/2)/7 = 1/14.
// Hiding later periods instead would leave Aster (2020 Q1, *) and Selam (2020 Q3, *)
// apart, and nothing may be hidden. Aster's two episodes share a key.
func TestExtract(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	linkedEventsDB(t, db)
	mustRun(t, "--db", db, "import", writeBundle(t, map[string]string{
		"people.csv": "record_id,source,given_names,family_name,dob,sex,nationality\n" +
			"C1,ORG1,Selam,Tesfay,1994-02-03,F,ERI\nC2,ORG2,Selam,Tesfay,1994-02-03,F,ERI\nD1,ORG1,Meron,Abebe,1979-11-30,M,ETH\n",
		"referrals.csv": "referral_id,record_id,referral_date,route,exploitation_types,exploitation_start,exploitation_end\n" +
			"R4,C1,2020-08-10,nrm,labour,2019-06,2020-07-15\nR5,C2,2022-09-20,nrm,sexual,2022-06,\nR10,D1,2021-11-01,nrm,labour,2021-01,2021-10\n",
		"support.csv":          "support_id,record_id,provider,service,start_date,end_date,exit_reason\nS4,C1,ORG1,msvcc,2020-09-01,2021-03-01,missing\n",
		"missing.csv":          "record_id,support_id,missing_date,found_date\nC1,S4,2021-02-20,\n",
		"risk_assessments.csv": "assessment_id,record_id,support_id,date,stage,risk_level,factors,actions\nA4,C1,S4,2020-09-15,entry,high,,\n",
	}))
	mustRun(t, "--db", db, "link", "decide", "C1", "C2", "--same")
	mustRun(t, "--db", db, "link")
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
	if !strings.Contains(stdout, "shared by at least 2 people (2 groups, the smallest 2)") || !strings.Contains(stdout, "0 rows left out") {
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
	if len(rows) != 7 {
		t.Fatalf("%d rows, want a header and 6", len(rows))
	}
	episodes := map[string][]string{}
	for _, r := range rows[1:] {
		episodes[r[0]] = append(episodes[r[0]], strings.Join(r[2:6], ","))
	}
	got := map[string]int{}
	for _, e := range episodes {
		got[strings.Join(e, " then ")]++
	}
	want := map[string]int{"F,unknown,ERI,2020 then F,unknown,ERI,2022": 2, "M,unknown,ETH,2021": 2}
	if !maps.Equal(got, want) {
		t.Errorf("people's episodes %v, want %v", got, want)
	}
	// Selam's first episode: supported, gone missing from it, her risk assessed; how
	// her support ended (missing), hers alone, is recoded to other, and, other being
	// hers alone too, to "*".
	var followed []string
	for _, r := range rows[1:] {
		if outcome := strings.Join(r[10:], ","); outcome != "no,,no,no" {
			followed = append(followed, r[1]+": "+outcome)
		}
	}
	if !slices.Equal(followed, []string{"1: yes,*,yes,yes"}) {
		t.Errorf("what followed the episodes: %v, want Selam's first alone: supported, its end recoded, went missing, risk assessed", followed)
	}
	var rep struct {
		Loss       float64
		Suppressed int
	}
	b, _ := os.ReadFile(filepath.Join(out, "report.json"))
	if err := json.Unmarshal(b, &rep); err != nil || math.Abs(rep.Loss-1.0/14) > 1e-9 || rep.Suppressed != 0 {
		t.Errorf("report %s %v", b, err)
	}
	// Each release its own keys, unless a release is made again by name.
	keysOf := func(release ...string) map[string]bool {
		dir := filepath.Join(t.TempDir(), "r")
		mustRun(t, append([]string{"--db", db, "extract", "--k", "2", "--max-suppressed", "0", "--secret", secret, "--out", dir}, release...)...)
		keys := map[string]bool{}
		for _, r := range synthtest.ReadCSV(t, filepath.Join(dir, "extract.csv"))[1:] {
			keys[r[0]] = true
		}
		return keys
	}
	named, again, unnamed := keysOf("--release", "2026-Q4"), keysOf("--release", "2026-Q4"), keysOf()
	if len(named) != 4 || !maps.Equal(named, again) || maps.Equal(named, unnamed) || maps.Equal(unnamed, keys(episodes)) {
		t.Errorf("keys %v, again %v, unnamed %v: want a named release's keys made again, and new ones otherwise", named, again, unnamed)
	}
}

func keys[V any](m map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

// Two people, one referred twice: their number of episodes tells them apart however
// much is hidden, so with k = 2 no row can be kept, and the summary says so.
func TestExtractOfNoOne(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	linkedEventsDB(t, db)
	asAnalyst(t, db, "ana")
	secret := filepath.Join(t.TempDir(), "secret")
	os.WriteFile(secret, []byte("the extract's secret, long enough"), 0o600)
	out := filepath.Join(t.TempDir(), "release")
	stdout := mustRun(t, "--db", db, "extract", "--k", "2", "--secret", secret, "--out", out)
	if !strings.Contains(stdout, "Wrote no rows to") || !strings.Contains(stdout, "Give a smaller --k") {
		t.Errorf("summary: %s", stdout)
	}
	if rows := synthtest.ReadCSV(t, filepath.Join(out, "extract.csv")); len(rows) != 1 {
		t.Errorf("%d rows, want the header alone", len(rows))
	}
}
