package storetest

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// FixtureDir is the hand-written bundle that uses every file, column and code.
func FixtureDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "bundles", "full")
}

// copyFixture copies the full bundle into a temporary folder to be edited.
func copyFixture(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(FixtureDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".csv" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(FixtureDir(), e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, e.Name()), b)
	}
	return dir
}

func writeFile(t testing.TB, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// replaceOnLine replaces old by new on one physical line (from 1) of a bundle file.
func replaceOnLine(t testing.TB, dir, file string, line int, old, new string) {
	t.Helper()
	path := filepath.Join(dir, file)
	lines := strings.Split(readFile(t, path), "\n")
	if !strings.Contains(lines[line-1], old) {
		t.Fatalf("%s:%d has no %q: %s", file, line, old, lines[line-1])
	}
	lines[line-1] = strings.Replace(lines[line-1], old, new, 1)
	writeFile(t, path, []byte(strings.Join(lines, "\n")))
}

// appendRow adds a line at the end of a bundle file and returns its line number.
func appendRow(t testing.TB, dir, file, row string) int {
	t.Helper()
	path := filepath.Join(dir, file)
	text := readFile(t, path)
	line := strings.Count(text, "\n") + 1
	writeFile(t, path, []byte(text+row+"\n"))
	return line
}

// eachCSV calls fn with the text of each .csv file in want and of its namesake in got.
func eachCSV(t testing.TB, got, want string, fn func(name, got, want string)) {
	t.Helper()
	entries, _ := os.ReadDir(want)
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".csv" {
			fn(e.Name(), readFile(t, filepath.Join(got, e.Name())), readFile(t, filepath.Join(want, e.Name())))
		}
	}
}

// sameFiles fails unless every .csv in want is byte-identical in got.
func sameFiles(t testing.TB, got, want string) {
	t.Helper()
	eachCSV(t, got, want, func(name, g, w string) {
		if g != w {
			t.Errorf("%s differs from %s:\n--- got\n%s\n--- want\n%s", name, want, g, w)
		}
	})
}

// sameRows fails unless every .csv in want has the same header and rows in got, in any
// order of rows.
func sameRows(t testing.TB, got, want string) {
	t.Helper()
	eachCSV(t, got, want, func(name, gotText, wantText string) {
		g, w := strings.Split(gotText, "\n"), strings.Split(wantText, "\n")
		if g[0] != w[0] {
			t.Errorf("%s header %q, want %q", name, g[0], w[0])
		}
		sort.Strings(g)
		sort.Strings(w)
		if strings.Join(g, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s rows differ from %s", name, want)
		}
	})
}
