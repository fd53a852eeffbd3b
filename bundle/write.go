package bundle

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"

	"github.com/retrace-uk/retrace"
)

// FileWriter writes one bundle file: the format's columns in the spec's order, then
// the unknown columns that rows brought with them.
type FileWriter struct {
	kind  *Kind
	extra []string
	f     *os.File
	buf   *bufio.Writer
	csv   *csv.Writer
	cells []string
	Rows  int
}

// Create starts a bundle file in dir. extra names the unknown columns to write back.
func Create(dir string, k *Kind, extra []string) (*FileWriter, error) {
	f, err := os.Create(filepath.Join(dir, k.File))
	if err != nil {
		return nil, err
	}
	buf := bufio.NewWriterSize(f, 256<<10)
	w := &FileWriter{kind: k, extra: extra, f: f, buf: buf, csv: csv.NewWriter(buf)}
	header := append(k.ColumnNames(), extra...)
	if err := w.csv.Write(header); err != nil {
		f.Close()
		return nil, err
	}
	return w, nil
}

// Write writes one row from its canonical cells and unknown columns.
func (w *FileWriter) Write(cells []string, extra retrace.Extra) error {
	if len(cells) != len(w.kind.Columns) {
		return fmt.Errorf("%s: %d cells for %d columns", w.kind.File, len(cells), len(w.kind.Columns))
	}
	w.cells = append(w.cells[:0], cells...)
	for _, name := range w.extra {
		w.cells = append(w.cells, extraValue(extra, name))
	}
	w.Rows++
	return w.csv.Write(w.cells)
}

func extraValue(extra retrace.Extra, name string) string {
	for _, f := range extra {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}

// Close flushes and closes the file.
func (w *FileWriter) Close() error {
	w.csv.Flush()
	if err := w.csv.Error(); err != nil {
		w.f.Close()
		return err
	}
	if err := w.buf.Flush(); err != nil {
		w.f.Close()
		return err
	}
	return w.f.Close()
}
