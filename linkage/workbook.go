package linkage

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// workbookAsCSV reads an .xlsx workbook's first sheet that has rows as CSV (see
// workbookSheets), and says which sheet it was.
func workbookAsCSV(r io.Reader) ([]byte, string, error) {
	sheets, err := workbookSheets(r, 1)
	if err != nil {
		return nil, "", err
	}
	said := fmt.Sprintf("the sheet %q", sheets[0].name)
	if sheets[0].of > 1 {
		said += fmt.Sprintf(", the first with rows of its %d sheets", sheets[0].of)
	}
	return sheets[0].csv, said, nil
}

// sheetCSV is one sheet of a workbook as CSV.
type sheetCSV struct {
	name string
	csv  []byte
	of   int // the workbook's sheets
}

// workbookSheets reads each sheet of an .xlsx workbook that has rows as CSV, up to
// most of them (0: all), a line a row (a line break in a cell becomes a space, so
// that line numbers are row numbers). Cells are read as they are shown, but for
// Excel's short date, which shows as the computer's locale has it (3/4/92 is March or
// April): it is read as 1992-03-04.
func workbookSheets(r io.Reader, most int) ([]sheetCSV, error) {
	x, err := excelize.OpenReader(r, workbookOptions)
	if err != nil {
		return nil, fmt.Errorf("the file looks like an Excel workbook (.xlsx) but cannot be read as one: %w", err)
	}
	defer x.Close()
	names := x.GetSheetList()
	var out []sheetCSV
	for _, sheet := range names {
		if most > 0 && len(out) == most {
			break
		}
		rows, err := sheetRows(x, sheet)
		if err != nil {
			return nil, err
		}
		if len(rows) == 0 {
			continue
		}
		width := 0
		for _, row := range rows {
			width = max(width, len(row))
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		for _, row := range rows { // each as wide as the widest: Excel leaves off empty cells at a row's end
			w.Write(append(row, make([]string, width-len(row))...))
		}
		w.Flush()
		out = append(out, sheetCSV{name: sheet, csv: b.Bytes(), of: len(names)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the workbook has no sheet with rows")
	}
	return out, nil
}

var workbookOptions = excelize.Options{ShortDatePattern: "yyyy-mm-dd"}

// lineBreaks makes a cell's line breaks spaces.
var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// sheetRows are a sheet's rows, each cell's line breaks made spaces.
func sheetRows(x *excelize.File, sheet string) ([][]string, error) {
	it, err := x.Rows(sheet)
	if err != nil {
		return nil, fmt.Errorf("sheet %q: %w", sheet, err)
	}
	defer it.Close()
	var rows [][]string
	for it.Next() {
		cells, err := it.Columns(workbookOptions)
		if err != nil {
			return nil, fmt.Errorf("sheet %q, row %d: %w", sheet, len(rows)+1, err)
		}
		for k, c := range cells {
			cells[k] = lineBreaks.Replace(c)
		}
		rows = append(rows, cells)
	}
	return rows, it.Error()
}
