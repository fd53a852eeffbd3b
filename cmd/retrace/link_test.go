package main

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/synth/synthtest"
)

// splitBundle writes a synthetic people.csv as two bundles: the first records, and
// the rest, as a hub receives them over time.
func splitBundle(t *testing.T, people int) (first, second string) {
	t.Helper()
	dir := synthtest.Bundle(t, people, 0)
	b, _ := os.ReadFile(filepath.Join(dir, "people.csv"))
	lines := strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
	cut := len(lines) * 7 / 10
	first, second = t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(first, "people.csv"), []byte(strings.Join(lines[:cut], "")+"\n"), 0o600)
	os.WriteFile(filepath.Join(second, "people.csv"), []byte(lines[0]+strings.Join(lines[cut:], "")+"\n"), 0o600)
	return first, second
}

func links(t *testing.T, db string) map[string]string {
	t.Helper()
	s, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, err := s.PersonLinks(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, args...)
	if code != 0 {
		t.Fatalf("retrace %v: exit %d\n%s%s", args, code, out, errOut)
	}
	return out
}

func TestIncrementalLinkingKeepsPersonIDs(t *testing.T) {
	first, second := splitBundle(t, 600)
	db := filepath.Join(t.TempDir(), "r.db")
	mustRun(t, "--db", db, "import", first)
	mustRun(t, "--db", db, "link")
	before := links(t, db)
	mustRun(t, "--db", db, "link") // nothing changed: nothing moves
	for r, p := range links(t, db) {
		if before[r] != p {
			t.Fatalf("relinking unchanged data moved %s from %s to %s", r, before[r], p)
		}
	}
	mustRun(t, "--db", db, "import", second)
	out := mustRun(t, "--db", db, "link", "--incremental")
	after := links(t, db)
	kept := 0
	for r, p := range before {
		if after[r] == p {
			kept++
		}
	}
	if len(after) <= len(before) || float64(kept) < 0.97*float64(len(before)) {
		t.Errorf("%d of %d earlier records kept their person; %d records linked in all\n%s", kept, len(before), len(after), out)
	}
}

func TestReviewersDecisionsWinOverTheModel(t *testing.T) {
	first, _ := splitBundle(t, 300)
	db := filepath.Join(t.TempDir(), "r.db")
	mustRun(t, "--db", db, "import", first)
	mustRun(t, "--db", db, "link")
	l := links(t, db)
	byPerson := map[string][]string{}
	for r, p := range l {
		byPerson[p] = append(byPerson[p], r)
	}
	var together [2]string
	var apart [2]string
	for _, records := range byPerson {
		if len(records) == 2 && together[0] == "" {
			together = [2]string{records[0], records[1]}
		} else if len(records) == 1 && apart[0] == "" {
			apart[0] = records[0]
		} else if len(records) == 1 && apart[1] == "" {
			apart[1] = records[0]
		}
	}
	mustRun(t, "--db", db, "link", "decide", together[0], together[1], "--not-same")
	mustRun(t, "--db", db, "link", "decide", apart[0], apart[1], "--same")
	for _, args := range [][]string{{"link"}, {"link", "--incremental"}} {
		out := mustRun(t, append([]string{"--db", db}, args...)...)
		queue := mustRun(t, "--db", db, "link", "review")
		if n := reviewCount(out); n != reviewCount(queue) {
			t.Errorf("%v says %d pairs to review, link review lists %d", args, n, reviewCount(queue))
		}
		l = links(t, db)
		if l[together[0]] == l[together[1]] {
			t.Errorf("%v: %s and %s still one person after a reviewer said not", args, together[0], together[1])
		}
		if l[apart[0]] != l[apart[1]] {
			t.Errorf("%v: %s and %s still apart after a reviewer said same", args, apart[0], apart[1])
		}
	}
}

func TestLinkingOneRecord(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "people.csv"), []byte("record_id,source\nA-1,O1\n"), 0o600)
	db := filepath.Join(t.TempDir(), "r.db")
	mustRun(t, "--db", db, "import", dir)
	if out := mustRun(t, "--db", db, "link"); !strings.Contains(out, "Linked 1 records into 1 people") {
		t.Errorf("%s", out)
	}
}

func TestDemoNeverReplacesAFolderItDidNotMake(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "retrace.db"), []byte("someone's data"), 0o600)
	if _, errOut, code := run(t, "demo", "--dir", dir, "--people", "50"); code == 0 || !strings.Contains(errOut, "did not make") {
		t.Errorf("code %d: %s", code, errOut)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "retrace.db")); string(b) != "someone's data" {
		t.Error("the demo replaced a database it did not make")
	}
}

// FEBRL-style ids carry the truth: rec-1-org and rec-1-dup-0 are one person. Linking
// rec-2-org with them too makes 3 predicted pairs of which 1 is right.
func TestEvalReadsTheTruthFromRecordIDs(t *testing.T) {
	clusters := filepath.Join(t.TempDir(), "clusters.csv")
	os.WriteFile(clusters, []byte("record_id,person_id\nrec-1-org,A\nrec-1-dup-0,A\nrec-2-org,A\nrec-3-org,C\n"), 0o600)
	out := mustRun(t, "link", "eval", "--truth-pattern", `rec-(\d+)-`, "--clusters", clusters)
	for _, want := range []string{"true pairs 1\n", "predicted pairs 3\n", "precision 0.3333\n", "recall 1.0000\n", "F1 0.5000\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if _, errOut, code := run(t, "link", "eval", "--truth-pattern", `rec-\d+`, "--clusters", clusters); code == 0 || !strings.Contains(errOut, "parentheses") {
		t.Errorf("a pattern without a group: exit %d, %s", code, errOut)
	}
}

// reviewCount reads "N pairs to review" from a command's output.
func reviewCount(out string) int {
	i := strings.Index(out, " pairs to review")
	j := strings.LastIndexAny(out[:max(i, 0)], " \n") + 1
	n, _ := strconv.Atoi(out[j:max(i, j)])
	return n
}

// The records of a bundle's people.csv, written as another system would write them
// (its own column names, dates day first, sexes and nationalities in words), link
// into the same people.
func TestLinkingAFileWithItsOwnColumnNamesAndFormats(t *testing.T) {
	dir := synthtest.Bundle(t, 400, 0)
	rows := synthtest.ReadCSV(t, filepath.Join(dir, "people.csv"))
	header := rows[0]
	col := func(name string) int { return slices.Index(header, name) }
	other := [][]string{{"Case Reference", "First Name", "Surname", "Other Names", "Date of Birth", "DOB estimated", "Gender",
		"Nationality", "Place of Birth", "Language", "Home Office Reference", "Notes", "true_id"}}
	truth := synthtest.TrueLinks(t, dir)
	for _, r := range rows[1:] {
		other = append(other, []string{r[col("record_id")], r[col("given_names")], r[col("family_name")], r[col("aliases")],
			dayFirst(r[col("dob")]), map[string]string{"true": "Yes", "false": "No", "": ""}[r[col("dob_estimated")]],
			map[string]string{"M": "Male", "F": "female", "": ""}[r[col("sex")]], countryNames(r[col("nationality")]),
			r[col("birth_place")], r[col("language")], r[col("ho_reference")], "", truth[r[col("record_id")]]})
	}
	theirs := filepath.Join(t.TempDir(), "their-people.csv")
	writeCSVFile(t, theirs, other)

	ours := filepath.Join(t.TempDir(), "ours.csv")
	mustRun(t, "link", filepath.Join(dir, "people.csv"), "--out", ours)
	theirClusters := filepath.Join(t.TempDir(), "theirs.csv")
	out := mustRun(t, "link", theirs, "--out", theirClusters, "--truth", theirs)
	for _, want := range []string{"family name ← Surname", "date of birth ← Date of Birth", "reference ← Home Office Reference",
		"The column true_id looks like true person ids", "Not used: Notes.", "dates read day first"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	a, b := synthtest.ReadCSV(t, ours), synthtest.ReadCSV(t, theirClusters)
	if !slices.EqualFunc(a, b, slices.Equal) {
		t.Error("the same records written another way were linked differently")
	}
	if !strings.Contains(out, "Linked pairs against the truth") {
		t.Errorf("--truth given the data file itself: no scores in\n%s", out)
	}
}

func dayFirst(iso string) string {
	switch len(iso) {
	case 10:
		return iso[8:] + "/" + iso[5:7] + "/" + iso[:4]
	case 7:
		return iso[5:] + "/" + iso[:4]
	}
	return iso
}

func countryNames(codes string) string {
	var names []string
	for _, c := range strings.Split(codes, ";") {
		if r, err := language.ParseRegion(c); err == nil && c != "" {
			names = append(names, display.English.Regions().Name(r))
		}
	}
	return strings.Join(names, "; ")
}

func writeCSVFile(t *testing.T, path string, rows [][]string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	w.WriteAll(rows)
	if err := errors.Join(w.Error(), f.Close()); err != nil {
		t.Fatal(err)
	}
}

// A truth file is read by its header: the record ids and person ids wherever they
// are, and a two-column file by the column it names; separated by semicolons too, as
// a people file may be. A one-column file or a short row is named with what is wrong.
func TestTruthFilesAreReadByTheirHeader(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"harness.csv":    "id,given_name,true_id\na,X,1\nb,Y,1\n",
		"reversed.csv":   "person,id\n1,a\n1,b\n",
		"plain.csv":      "record_id,person_id\na,1\nb,1\n",
		"semicolons.csv": "person_id;record_id\n1;a\n1;b\n",
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(text), 0o600)
		got, err := readPairsCSV(path)
		if err != nil || got["a"] != "1" || got["b"] != "1" {
			t.Errorf("%s: %v, %v; want a and b both person 1", name, got, err)
		}
	}
	path := filepath.Join(dir, "unknown.csv")
	os.WriteFile(path, []byte("a,b,c\n1,2,3\n"), 0o600)
	if _, err := readPairsCSV(path); err == nil {
		t.Error("three columns, none named as ids: want an error")
	}
	for name, c := range map[string]struct{ text, want string }{
		"one.csv":   {"record_id\na\n", "line 1 (the header): 1 column; two are needed"},
		"short.csv": {"record_id,person_id\na,P1\nb\n", "line 3: 1 cells, fewer than the header's 2"},
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(c.text), 0o600)
		if _, err := readPairsCSV(path); err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: %v, want an error naming the file and saying %q", name, err, c.want)
		}
	}
}

// --errors lists how the pairs got wrong were compared; its totals are the true pairs
// the clusters split and the pairs of different people they join, counted here from
// the clusters file and the truth.
func TestLinkErrorsCountWhatTheClustersGotWrong(t *testing.T) {
	dir := synthtest.Bundle(t, 400, 0)
	clusters := filepath.Join(t.TempDir(), "clusters.csv")
	out := mustRun(t, "link", filepath.Join(dir, "people.csv"), "--out", clusters,
		"--truth", filepath.Join(dir, "truth", "records.csv"), "--errors", "3")
	truth := synthtest.TrueLinks(t, dir)
	rows := synthtest.ReadCSV(t, clusters)[1:]
	var missed, joined int
	for x, a := range rows {
		for _, b := range rows[x+1:] {
			if truth[a[0]] == "" || truth[b[0]] == "" {
				continue // not in the truth: --errors leaves it out
			}
			sameTruth, sameCluster := truth[a[0]] == truth[b[0]], a[1] == b[1]
			if sameTruth && !sameCluster {
				missed++
			}
			if sameCluster && !sameTruth {
				joined++
			}
		}
	}
	for _, want := range []string{fmt.Sprintf("True pairs not linked: %d,", missed), fmt.Sprintf("Pairs of different people linked: %d,", joined)} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	// A pattern's line: its pairs, their mean weight, then comparisons and levels.
	if line := regexp.MustCompile(`\n +\d+ +[+-]\d+\.\d  \w+ [^\n]+`); missed > 0 && !line.MatchString(out) {
		t.Errorf("no comparison levels listed in:\n%s", out)
	}
	// Each level's m beside the truth's: the sex levels' true shares add up to 1.
	sexLevel := regexp.MustCompile(`\n  sex +(?:exact|all other) +m [01]\.\d{4}  true ([01]\.\d{4})  u `)
	var sum float64
	for _, m := range sexLevel.FindAllStringSubmatch(out, -1) {
		share, _ := strconv.ParseFloat(m[1], 64)
		sum += share
	}
	if math.Abs(sum-1) > 0.0002 {
		t.Errorf("sex levels' true shares add up to %.4f, want 1, in:\n%s", sum, out)
	}
}

// A truth file that names none of the records (ids from another column, or another
// file) stops with an error, rather than scoring every pair as missed.
func TestTruthNamingNoneOfTheRecordsIsAnError(t *testing.T) {
	dir := t.TempDir()
	people, truth := filepath.Join(dir, "people.csv"), filepath.Join(dir, "truth.csv")
	os.WriteFile(people, []byte("record_id,given_names,family_name,dob\nA1,Selam,Tesfai,1998-03-14\nA2,Selam,Tesfay,1998-03-14\n"), 0o600)
	os.WriteFile(truth, []byte("record_id,person_id\nB1,P1\nB2,P1\n"), 0o600)
	_, errOut, code := run(t, "link", people, "--out", filepath.Join(dir, "c.csv"), "--truth", truth)
	if code == 0 || !strings.Contains(errOut, "truth.csv: none of the 2 records' ids is in the truth file") {
		t.Errorf("exit %d, stderr %q: want an error naming the truth file", code, errOut)
	}
}

// Files with columns of their own are each read by their own names, said, and linked
// as one: every record of both has a person (linkage's TestFilesOfTwoLayoutsAreReadAsOne
// checks what each record is read as).
func TestLinkingFilesOfTwoLayouts(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	os.WriteFile(a, []byte("Case Ref,Forename,Surname,DOB,Gender\nA1,Selam,Tesfay,14/03/1998,F\nA2,Dawit,Haile,25/12/2001,M\n"), 0o600)
	os.WriteFile(b, []byte("URN,Subject Name,D.O.B.,Sex\nB1,\"TESFAY, Selam\",03/14/1998,Female\n"), 0o600)
	out := mustRun(t, "link", a, b, "--out", filepath.Join(dir, "c.csv"))
	if !strings.Contains(out, "The 2 files have columns of their own") || !strings.Contains(out, "Linked 3 records into") {
		t.Errorf("output:\n%s", out)
	}
	clusters := synthtest.ReadCSV(t, filepath.Join(dir, "c.csv"))
	person := map[string]string{}
	for _, r := range clusters[1:] {
		person[r[0]] = r[1]
	}
	if len(person) != 3 || person["A1"] == "" || person["A2"] == "" || person["B1"] == "" {
		t.Errorf("clusters %v", clusters)
	}
}
