package linkage

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// workbookAsCSV reads an .xlsx workbook's first sheet that has rows as CSV, a line a
// row (a line break in a cell becomes a space, so that line numbers are row
// numbers), and says which sheet it was. Cells are read as they are shown, but for
// Excel's short date, which shows as the computer's locale has it (3/4/92 is March
// or April): it is read as 1992-03-04.
func workbookAsCSV(r io.Reader) ([]byte, string, error) {
	x, err := excelize.OpenReader(r, workbookOptions)
	if err != nil {
		return nil, "", fmt.Errorf("the file looks like an Excel workbook (.xlsx) but cannot be read as one: %w", err)
	}
	defer x.Close()
	sheets := x.GetSheetList()
	for _, sheet := range sheets {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		rows, err := x.Rows(sheet)
		if err != nil {
			return nil, "", fmt.Errorf("sheet %q: %w", sheet, err)
		}
		n, width := 0, 0
		for rows.Next() {
			cells, err := rows.Columns(workbookOptions)
			if err != nil {
				rows.Close()
				return nil, "", fmt.Errorf("sheet %q, row %d: %w", sheet, n+1, err)
			}
			if n == 0 {
				width = len(cells)
			}
			row := make([]string, max(width, len(cells)))
			for k, c := range cells {
				row[k] = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(c)
			}
			w.Write(row[:max(width, 1)])
			n++
		}
		rows.Close()
		w.Flush()
		if n > 0 {
			said := fmt.Sprintf("the sheet %q", sheet)
			if len(sheets) > 1 {
				said += fmt.Sprintf(", the first with rows of its %d sheets", len(sheets))
			}
			return b.Bytes(), said, nil
		}
	}
	return nil, "", fmt.Errorf("the workbook has no sheet with rows")
}

var workbookOptions = excelize.Options{ShortDatePattern: "yyyy-mm-dd"}
