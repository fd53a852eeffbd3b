package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace/storage/storetest"
)

// run executes the command line in-process and returns stdout, stderr and the exit code.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRoot(&out, &errOut)
	root.SetArgs(args)
	err := root.ExecuteContext(context.Background())
	code := 0
	var ee exitError
	switch {
	case errors.As(err, &ee):
		code = ee.code
	case err != nil:
		errOut.WriteString(err.Error())
		code = 1
	}
	return out.String(), errOut.String(), code
}

func TestImportExportRoundTripThroughTheCLI(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	out, _, code := run(t, "--db", db, "import", storetest.FixtureDir())
	if code != 0 || !strings.Contains(out, "people.csv") || !strings.Contains(out, "13 added") {
		t.Fatalf("import: code %d\n%s", code, out)
	}
	out, _, code = run(t, "--db", db, "import", storetest.FixtureDir())
	if code != 0 || !strings.Contains(out, "Nothing changed") {
		t.Errorf("re-import: code %d\n%s", code, out)
	}
	dir := filepath.Join(t.TempDir(), "out")
	if _, _, code := run(t, "--db", db, "export", dir); code != 0 {
		t.Fatalf("export failed")
	}
	for _, f := range []string{"people.csv", "referrals.csv", "follow_ups.csv"} {
		got, _ := os.ReadFile(filepath.Join(dir, f))
		want, _ := os.ReadFile(filepath.Join(storetest.FixtureDir(), f))
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs after the round trip", f)
		}
	}
}

func TestBadBundleExitsNonZeroAndNamesTheRow(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "people.csv"), []byte("record_id,source,dob\nA-1,ORG1,1990-02-30\n"), 0o600)
	db := filepath.Join(t.TempDir(), "r.db")
	_, errOut, code := run(t, "--db", db, "import", dir)
	// A date of birth is never repeated on the terminal: the row's place and the reason are.
	if code != 1 || !strings.Contains(errOut, `people.csv:2:3: dob: is not a date: its month has no such day`) || strings.Contains(errOut, "1990") || !strings.Contains(errOut, "Nothing was imported") {
		t.Errorf("code %d, stderr:\n%s", code, errOut)
	}
}

func TestDatabaseFromEnvironment(t *testing.T) {
	db := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("RETRACE_DB", db)
	if _, _, code := run(t, "import", storetest.FixtureDir()); code != 0 {
		t.Fatal("import failed")
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("RETRACE_DB was not used: %v", err)
	}
}

// The README documents every command retrace --help lists, each with an example, and
// no command that does not exist.
func TestReadmeAgreesWithHelp(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	root := newRoot(&bytes.Buffer{}, &bytes.Buffer{})
	listed := map[string]bool{}
	for _, c := range root.Commands() {
		if c.Hidden || c.Name() == "help" {
			continue
		}
		listed[c.Name()] = true
		if !strings.Contains(string(readme), "retrace "+c.Name()) {
			t.Errorf("README has no example of `retrace %s`", c.Name())
		}
	}
	for _, line := range strings.Split(string(readme), "\n") {
		if name, ok := strings.CutPrefix(line, "### `retrace "); ok {
			name = strings.Fields(strings.TrimSuffix(name, "`"))[0]
			if !listed[name] {
				t.Errorf("README documents `retrace %s`, which retrace --help does not list", name)
			}
		}
	}
	for _, flag := range []string{"--db", "RETRACE_DB", "--skip-bad-rows", "--rejected", "--dry-run", "--encoding"} {
		if !strings.Contains(string(readme), flag) {
			t.Errorf("README does not mention %s", flag)
		}
	}
}

// synth never writes over a folder of other files (a real bundle, say), but may
// regenerate its own.
func TestSynthKeepsToItsOwnFolders(t *testing.T) {
	real := t.TempDir()
	os.WriteFile(filepath.Join(real, "people.csv"), []byte("record_id,source\nR1,ORG\n"), 0o600)
	if _, errOut, code := run(t, "synth", "--people", "10", "--out", real); code == 0 || !strings.Contains(errOut, "did not make") {
		t.Errorf("over a real bundle: exit %d, %s", code, errOut)
	}
	if b, _ := os.ReadFile(filepath.Join(real, "people.csv")); string(b) != "record_id,source\nR1,ORG\n" {
		t.Error("the real people.csv was changed")
	}
	own := filepath.Join(t.TempDir(), "synthetic")
	mustRun(t, "synth", "--people", "10", "--out", own)
	mustRun(t, "synth", "--people", "10", "--seed", "2", "--out", own)
}
