package main

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Published reports carry no count from 1 to 9 anywhere; a raw one carries the
// counts as they are, marked not for publication, with the full curve.
func TestReportDisclosure(t *testing.T) {
	db := linkedEventsDB(t, filepath.Join(t.TempDir(), "r.db"))
	out := mustRun(t, "--db", db, "report", "--from", "2022-01-01", "--to", "2022-12-31", "--observation-end", "2023-12-31", "--out", "-")
	var published map[string]any
	if err := json.Unmarshal([]byte(out), &published); err != nil {
		t.Fatal(err)
	}
	var small []string
	walk(published, "", func(path string, n float64) {
		if n >= 1 && n <= 9 && n == float64(int(n)) && !strings.HasSuffix(path, ".months") && !strings.HasSuffix(path, ".version") {
			small = append(small, path)
		}
	})
	if len(small) > 0 {
		t.Errorf("published counts from 1 to 9 at %v:\n%s", small, out)
	}
	if !strings.Contains(out, `"referrals": "[c]"`) || !strings.Contains(out, `"disclosure": "10-5"`) || strings.Contains(out, "curve") {
		t.Errorf("published:\n%s", out)
	}
	rawArgs := []string{"--db", db, "report", "--from", "2022-01-01", "--to", "2022-12-31", "--observation-end", "2023-12-31", "--disclosure", "none", "--definition", "re-trafficking", "--out", "-"}
	t.Setenv("RETRACE_USER", "ada")
	if _, errOut, code := run(t, rawArgs...); code == 0 || !strings.Contains(errOut, "is for users with the analyst role, which ada does not have here") {
		t.Errorf("a raw report for someone who is not an analyst: exit %d, %s", code, errOut)
	}
	asAnalyst(t, db, "bea")
	raw := mustRun(t, rawArgs...)
	for _, want := range []string{`"referrals": 1,`, `"NOT FOR PUBLICATION`, `"people_with_event_in_period": 1,`, `"curve": [`} {
		if !strings.Contains(raw, want) {
			t.Errorf("raw lacks %s:\n%s", want, raw)
		}
	}
	if _, errOut, code := run(t, "--db", db, "report", "--from", "2022-12-31", "--to", "2022-01-01", "--out", "-"); code == 0 || !strings.Contains(errOut, "is before --from") {
		t.Errorf("a period backwards: exit %d, %s", code, errOut)
	}
}

func walk(v any, path string, fn func(string, float64)) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			walk(e, path+"."+k, fn)
		}
	case []any:
		for _, e := range x {
			walk(e, path, fn)
		}
	case float64:
		fn(path, x)
	}
}

// The CSV tables carry no count from 1 to 9 either, and a folder in use is refused.
func TestReportAsCSV(t *testing.T) {
	db := linkedEventsDB(t, filepath.Join(t.TempDir(), "r.db"))
	out := filepath.Join(t.TempDir(), "tables")
	mustRun(t, "--db", db, "report", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "csv", "--out", out)
	files, _ := filepath.Glob(filepath.Join(out, "*.csv"))
	if len(files) != 8 {
		t.Fatalf("%d files: %v", len(files), files)
	}
	for _, f := range files {
		noSmallCounts(t, filepath.Base(f), readRows(t, f))
	}
	if _, errOut, code := run(t, "--db", db, "report", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "csv", "--out", out); code == 0 || !strings.Contains(errOut, "is not empty") {
		t.Errorf("a folder in use: exit %d, %s", code, errOut)
	}
}

// The workbook has a cover, contents, notes and one table a sheet; no cell of a table
// holds a count from 1 to 9.
func TestReportAsWorkbook(t *testing.T) {
	db := linkedEventsDB(t, filepath.Join(t.TempDir(), "r.db"))
	path := filepath.Join(t.TempDir(), "figures.xlsx")
	mustRun(t, "--db", db, "report", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "xlsx", "--out", path)
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	sheets := x.GetSheetList()
	if len(sheets) != 11 || sheets[0] != "Cover" || sheets[1] != "Contents" || sheets[2] != "Notes" {
		t.Fatalf("sheets %v", sheets)
	}
	for _, s := range sheets[3:] {
		rows, _ := x.GetRows(s)
		noSmallCounts(t, "sheet "+s, rows[1:]) // below the title
	}
	if v, _ := x.GetCellValue("figures", "B3"); v != "[c]" {
		t.Errorf("referrals on the figures sheet: %q, want [c]", v)
	}
}

// noSmallCounts: no cell of a table (header first) holds a count from 1 to 9, but for
// its months and version columns.
func noSmallCounts(t *testing.T, name string, rows [][]string) {
	t.Helper()
	header := rows[0]
	for _, row := range rows[1:] {
		for i, v := range row {
			if header[i] == "months" || header[i] == "version" {
				continue
			}
			if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= 9 {
				t.Errorf("%s: %s = %d", name, header[i], n)
			}
		}
	}
}

// The page stands alone (no script, no external file), every table has a caption and
// header cells, every chart a text alternative; small counts show as [c].
func TestReportAsPage(t *testing.T) {
	db := linkedEventsDB(t, filepath.Join(t.TempDir(), "r.db"))
	page := mustRun(t, "--db", db, "report", "--from", "2022-01-01", "--to", "2022-12-31", "--format", "html", "--out", "-")
	for _, bad := range []string{"<script", "src=", "href=\"http", "<link"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page has %s", bad)
		}
	}
	if n, c := strings.Count(page, "<table"), strings.Count(page, "<caption>"); n == 0 || n != c || !strings.Contains(page, `<th scope="col"`) {
		t.Errorf("%d tables, %d captions", n, c)
	}
	if n, c := strings.Count(page, "<svg"), strings.Count(page, `role="img"`); n != 5 || n != c || strings.Count(page, "<title id=") != 5 || strings.Count(page, "<desc id=") != 5 {
		t.Errorf("%d charts, %d with role img", n, c)
	}
	if !strings.Contains(page, "<dt>NRM referrals received</dt><dd>[c]</dd>") || !strings.Contains(page, `lang="en"`) {
		t.Errorf("headline figures:\n%s", page[:min(2000, len(page))])
	}
}
