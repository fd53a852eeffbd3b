package storetest

import (
	"os"
	"path/filepath"
	"runtime"
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

// sameFiles fails unless every .csv in want is byte-identical in got.
func sameFiles(t testing.TB, got, want string) {
	t.Helper()
	entries, _ := os.ReadDir(want)
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".csv" {
			continue
		}
		g, w := readFile(t, filepath.Join(got, e.Name())), readFile(t, filepath.Join(want, e.Name()))
		if g != w {
			t.Errorf("%s differs from %s:\n--- got\n%s\n--- want\n%s", e.Name(), want, g, w)
		}
	}
}
