package bundle

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/retrace-uk/retrace"
)

// Row is one record of a bundle file, parsed and checked on its own. Rules that need
// other rows or the database (unique keys, references) are checked by the importer.
type Row struct {
	Kind     *Kind
	Line     int
	Cells    []string // canonical cells, in Kind.Columns order
	Extra    retrace.Extra
	Value    any       // the domain value, e.g. retrace.Referral
	Problems []Problem // errors and warnings; a row with an error must not be stored
	Raw      []string  // the record as it came, for a file of rejected rows

	positions []int // file column of each canonical column, shared by a file's rows
}

// OK reports whether the row has no errors (warnings allowed).
func (r *Row) OK() bool {
	for _, p := range r.Problems {
		if !p.Warning {
			return false
		}
	}
	return true
}

// Key is the row's identity across imports.
func (r *Row) Key() string { return r.Kind.KeyOf(r.Cells) }

// ReadOptions control how files are decoded.
type ReadOptions struct {
	// Encoding names the text encoding of files without a byte order mark, e.g.
	// "windows-1252"; empty means UTF-8.
	Encoding string
	// Progress, if set, is told how many bytes of the file have been read.
	Progress func(bytes int64)
}

// FileReader streams the rows of one bundle file.
type FileReader struct {
	Kind     *Kind
	Header   []string  // as it came
	Problems []Problem // about the file as a whole: encoding, header, unknown columns
	closer   io.Closer
	csv      *csv.Reader
	parser   cellParser
	extraCol []int // file columns that the format does not define
	width    int
}

// Read opens one file of the bundle. A file-level problem that makes the rows
// unreadable (no header, a missing required column) is returned as an error.
func (b *Bundle) Read(k *Kind, opt ReadOptions) (*FileReader, error) {
	src, ok := b.files[k.File]
	if !ok {
		return nil, fmt.Errorf("bundle has no %s", k.File)
	}
	rc, err := src.open()
	if err != nil {
		return nil, err
	}
	fr := &FileReader{Kind: k, closer: rc}
	var r io.Reader = rc
	if opt.Progress != nil {
		r = &countingReader{r: r, progress: opt.Progress}
	}
	decoded, err := fr.decode(r, opt.Encoding)
	if err == nil {
		err = fr.readHeader(decoded)
	}
	if err != nil {
		rc.Close()
		return nil, err
	}
	return fr, nil
}

// decode strips a UTF-8 byte order mark, reads UTF-16 with one, and explains UTF-16
// without one; other encodings are read only when named.
func (fr *FileReader) decode(r io.Reader, named string) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	file := fr.Kind.File
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		fr.Problems = append(fr.Problems, Problem{File: file, Reason: "read as UTF-16 (it has a UTF-16 byte order mark)", Warning: true})
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		return transform.NewReader(br, dec), nil
	case bytes.IndexByte(head, 0) >= 0:
		return nil, Problem{File: file, Line: 1, Reason: "has NUL bytes: it looks like UTF-16 without a byte order mark; save it as \"CSV UTF-8\""}
	}
	if named == "" || strings.EqualFold(named, "utf-8") || strings.EqualFold(named, "utf8") {
		return br, nil
	}
	enc, err := htmlindex.Get(named)
	if err != nil {
		return nil, fmt.Errorf("unknown encoding %q (try windows-1252, iso-8859-2 or utf-16)", named)
	}
	if enc == encoding.Nop || enc == unicode.UTF8 {
		return br, nil
	}
	return transform.NewReader(br, enc.NewDecoder()), nil
}

func (fr *FileReader) readHeader(r io.Reader) error {
	file := fr.Kind.File
	br := bufio.NewReader(r)
	first, _ := br.Peek(64 << 10)
	if i := bytes.IndexAny(first, "\r\n"); i >= 0 {
		first = first[:i]
	}
	c := csv.NewReader(br)
	c.FieldsPerRecord = -1
	c.ReuseRecord = true
	switch {
	case len(bytes.TrimSpace(first)) == 0:
		return Problem{File: file, Line: 1, Reason: "has no header row"}
	case bytes.IndexByte(first, ',') < 0 && bytes.IndexByte(first, '\t') >= 0:
		c.Comma = '\t'
		fr.Problems = append(fr.Problems, Problem{File: file, Line: 1, Reason: "read as tab-separated (its header has tabs and no commas)", Warning: true})
	case bytes.IndexByte(first, ',') < 0 && bytes.IndexByte(first, ';') >= 0:
		return Problem{File: file, Line: 1, Reason: "is separated by semicolons; retrace reads comma-separated files (';' separates items inside a cell): save it as \"CSV UTF-8 (comma delimited)\""}
	}
	header, err := c.Read()
	if err != nil {
		return Problem{File: file, Line: 1, Reason: fmt.Sprintf("header cannot be read: %v", err)}
	}
	fr.csv = c
	return fr.mapHeader(header)
}

// mapHeader matches header names to the format's columns; names are forgiven case and
// surrounding spaces.
func (fr *FileReader) mapHeader(header []string) error {
	k := fr.Kind
	fr.Header = append([]string(nil), header...)
	fr.width = len(header)
	fr.parser = cellParser{kind: k, file: k.File, raw: make([]string, len(k.Columns)), position: make([]int, len(k.Columns))}
	seen := map[string]int{}
	var unknown []string
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		if i == 0 {
			name = strings.TrimPrefix(name, "\ufeff")
		}
		if j, dup := seen[name]; dup {
			return Problem{File: k.File, Line: 1, Column: i + 1, Field: h, Reason: fmt.Sprintf("column appears twice (also column %d)", j)}
		}
		seen[name] = i + 1
		if c := k.Index(name); c >= 0 {
			fr.parser.position[c] = i + 1
		} else {
			fr.extraCol = append(fr.extraCol, i)
			unknown = append(unknown, strings.TrimSpace(h))
		}
	}
	for c, col := range k.Columns {
		if col.Required && fr.parser.position[c] == 0 {
			return Problem{File: k.File, Line: 1, Field: col.Name, Reason: "required column is missing from the header"}
		}
	}
	if len(unknown) > 0 {
		fr.Problems = append(fr.Problems, Problem{File: k.File, Line: 1, Warning: true,
			Reason: fmt.Sprintf("unknown columns %s are kept with each row and written back on export", strings.Join(unknown, ", "))})
	}
	return nil
}

// Next reads the next row; io.EOF ends the file. A row that breaks a rule comes back
// with its Problems, not as an error: the caller decides whether to stop.
func (fr *FileReader) Next() (*Row, error) {
	rec, err := fr.csv.Read()
	line, _ := fr.csv.FieldPos(0)
	var perr *csv.ParseError
	if errors.As(err, &perr) {
		return &Row{Kind: fr.Kind, Line: perr.StartLine, Problems: []Problem{{File: fr.Kind.File, Line: perr.StartLine, Column: perr.Column,
			Reason: fmt.Sprintf("cannot be read as CSV: %v", perr.Err)}}}, nil
	}
	if err != nil {
		return nil, err
	}
	return fr.parse(line, rec), nil
}

func (fr *FileReader) parse(line int, rec []string) *Row {
	k := fr.Kind
	p := &fr.parser
	p.reset(line)
	row := &Row{Kind: k, Line: line, Raw: append([]string(nil), rec...), positions: p.position}
	if len(rec) != fr.width {
		p.problems = append(p.problems, Problem{File: k.File, Line: line,
			Reason: fmt.Sprintf("has %d cells but the header has %d columns", len(rec), fr.width)})
		row.Problems = append(row.Problems, p.problems...)
		return row
	}
	for c := range k.Columns {
		if pos := p.position[c]; pos > 0 {
			p.raw[c] = rec[pos-1]
		} else {
			p.raw[c] = ""
		}
	}
	for _, i := range fr.extraCol {
		row.Extra = append(row.Extra, retrace.Field{Name: strings.TrimSpace(fr.Header[i]), Value: rec[i]})
	}
	if p.validUTF8() && fr.extraUTF8(row) {
		row.Value = k.parse(p, row.Extra)
		row.Cells = k.format(row.Value)
	}
	row.Problems = append(row.Problems, p.problems...)
	return row
}

func (fr *FileReader) extraUTF8(row *Row) bool {
	for _, f := range row.Extra {
		if !isUTF8(f.Value) {
			fr.parser.problems = append(fr.parser.problems, Problem{File: fr.Kind.File, Line: row.Line, Field: f.Name,
				Reason: "is not valid UTF-8: save the file as \"CSV UTF-8\" or import with --encoding windows-1252"})
			return false
		}
	}
	return true
}

// Close closes the file.
func (fr *FileReader) Close() error { return fr.closer.Close() }

type countingReader struct {
	r        io.Reader
	n        int64
	progress func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.progress(c.n)
	return n, err
}

// Column is the file column (from 1) where the named column came, 0 if absent.
func (r *Row) Column(name string) int {
	if r.positions == nil {
		return 0
	}
	if i := r.Kind.Index(name); i >= 0 {
		return r.positions[i]
	}
	return 0
}
