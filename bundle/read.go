package bundle

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

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
	Cells    []string // canonical cells, in Kind.Columns order; nil if unreadable
	Extra    retrace.Extra
	Value    any       // the domain value, e.g. retrace.Referral
	Problems []Problem // errors and warnings; a row with an error must not be stored
	Raw      []string  // the record as it came, for a file of rejected rows; nil if unreadable

	file *fileShape // what the file's header had, shared by its rows
}

// NeedsCheck reports that the row's file lacked some columns, so the rules tying a
// row's cells together wait until stored values have filled them in.
func (r *Row) NeedsCheck() bool { return r.file != nil && !r.file.complete }

// fileShape is what a file's header said, which its rows share.
type fileShape struct {
	positions []int           // file column of each canonical column; 0 when absent
	extras    map[string]bool // unknown column names the file has
	complete  bool            // the file has every column of its kind
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

// Key is the row's identity across imports; "" if it could not be read.
func (r *Row) Key() string {
	if r.Cells == nil {
		return ""
	}
	return r.Kind.KeyOf(r.Cells)
}

// Column is the file column (from 1) where the named column came, 0 if absent.
func (r *Row) Column(name string) int {
	if r.file == nil {
		return 0
	}
	if i := r.Kind.Index(name); i >= 0 {
		return r.file.positions[i]
	}
	return 0
}

// Has reports whether the row's file has the canonical column i. A column missing
// from a file says nothing about the field, so a stored value is kept.
func (r *Row) Has(i int) bool { return r.file == nil || r.file.positions[i] > 0 }

// HasExtra reports whether the row's file has the unknown column name.
func (r *Row) HasExtra(name string) bool { return r.file == nil || r.file.extras[name] }

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
	shape    *fileShape
	extraCol []int // file columns that the format does not define
	blankCol []int // file columns with no name
	width    int
	empty    bool
	utf8Seen bool // the file's start has UTF-8 beyond ASCII: a bad byte is damage, not another encoding
}

// Read opens one file of the bundle. A file-level problem that makes the rows
// unreadable (a missing required column, say) is returned as a Problem error.
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

// decode strips a UTF-8 byte order mark and reads UTF-16 with one; other encodings
// are read only when named, and UTF-16 without a byte order mark is explained.
func (fr *FileReader) decode(r io.Reader, named string) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(64 << 10)
	file := fr.Kind.File
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		fr.warn("read as UTF-16 (it has a UTF-16 byte order mark)")
		return transform.NewReader(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()), nil
	}
	enc, err := namedEncoding(named)
	if err != nil {
		return nil, err
	}
	fr.utf8Seen = hasMultibyteUTF8(head)
	switch {
	case enc != nil && fr.utf8Seen && !looksUTF16(head):
		// Text in another encoding is almost never valid UTF-8 by accident.
		fr.warn(fmt.Sprintf("is written in UTF-8 (accented letters are UTF-8 sequences), so it was read as UTF-8, not %s", named))
	case enc != nil:
		return transform.NewReader(br, enc.NewDecoder()), nil
	case looksUTF16(head):
		return nil, Problem{File: file, Line: 1, Reason: "has NUL bytes: it looks like UTF-16 without a byte order mark; save it as \"CSV UTF-8\", or import with --encoding utf-16le (or utf-16be)"}
	}
	return br, nil
}

// namedEncoding finds an encoding by name; nil means UTF-8.
func namedEncoding(named string) (encoding.Encoding, error) {
	switch strings.ToLower(named) {
	case "", "utf-8", "utf8":
		return nil, nil
	case "utf-16", "utf-16le", "utf16", "utf16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), nil
	case "utf-16be", "utf16be":
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), nil
	}
	enc, err := htmlindex.Get(named)
	if err != nil {
		return nil, fmt.Errorf("unknown encoding %q (try windows-1252, iso-8859-2 or utf-16le)", named)
	}
	if enc == encoding.Nop || enc == unicode.UTF8 {
		return nil, nil
	}
	return enc, nil
}

// hasMultibyteUTF8 reports valid UTF-8 sequences of two or more bytes: text in a
// single-byte encoding such as Windows-1252 almost never forms them by chance.
func hasMultibyteUTF8(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r != utf8.RuneError && n > 1 {
			return true
		}
		b = b[n:]
	}
	return false
}

// looksUTF16: text in UTF-16 has a NUL byte beside every Latin letter.
func looksUTF16(head []byte) bool {
	return len(head) > 1 && bytes.Count(head, []byte{0}) > len(head)/8
}

func (fr *FileReader) warn(reason string) {
	fr.Problems = append(fr.Problems, Problem{File: fr.Kind.File, Reason: reason, Warning: true})
}

func (fr *FileReader) readHeader(r io.Reader) error {
	file := fr.Kind.File
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(64 << 10)
	first := head
	if i := bytes.IndexAny(first, "\r\n"); i >= 0 {
		first = first[:i]
	}
	c := csv.NewReader(br)
	c.FieldsPerRecord = -1
	c.ReuseRecord = true
	switch {
	case len(bytes.TrimSpace(head)) == 0:
		fr.warn("is empty: no header and no rows")
		fr.empty = true
		return nil
	case bytes.IndexByte(head, '\r') >= 0 && bytes.IndexByte(head, '\n') < 0 && bytes.Count(head, []byte{'\r'}) > 1:
		return Problem{File: file, Line: 1, Reason: "ends its lines with carriage returns only (old Mac format); save it as \"CSV UTF-8\""}
	case bytes.IndexByte(first, ',') < 0 && bytes.IndexByte(first, '\t') >= 0:
		c.Comma = '\t'
		fr.warn("read as tab-separated (its header has tabs and no commas)")
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
// surrounding spaces. Unknown columns are named in lower case, as known ones are.
func (fr *FileReader) mapHeader(header []string) error {
	k := fr.Kind
	fr.Header = append([]string(nil), header...)
	fr.width = len(header)
	fr.shape = &fileShape{positions: make([]int, len(k.Columns)), extras: map[string]bool{}}
	fr.parser = cellParser{kind: k, file: k.File, raw: make([]string, len(k.Columns)), position: fr.shape.positions}
	seen := map[string]int{}
	var unknown []string
	for i, h := range header {
		if !utf8.ValidString(h) {
			return Problem{File: k.File, Line: 1, Column: i + 1, Reason: "the column name is not valid UTF-8: save the file as \"CSV UTF-8\" or import with --encoding windows-1252"}
		}
		name := headerName(h)
		if name == "" {
			fr.blankCol = append(fr.blankCol, i)
			continue
		}
		if j, dup := seen[name]; dup {
			return Problem{File: k.File, Line: 1, Column: i + 1, Field: name, Reason: fmt.Sprintf("column appears twice (also column %d)", j)}
		}
		seen[name] = i + 1
		if c := k.Index(name); c >= 0 {
			fr.shape.positions[c] = i + 1
		} else {
			fr.extraCol = append(fr.extraCol, i)
			fr.shape.extras[name] = true
			unknown = append(unknown, name)
		}
	}
	fr.shape.complete = true
	known := 0
	for c := range k.Columns {
		if fr.shape.positions[c] > 0 {
			known++
		} else {
			fr.shape.complete = false
		}
	}
	if known == 0 {
		return Problem{File: k.File, Line: 1, Reason: fmt.Sprintf("none of the header's columns (%s) is a %s column: is this the right file, comma-separated, in UTF-8 (or in the --encoding given)?",
			strings.Join(fr.Header[:min(4, len(fr.Header))], ", "), k.File)}
	}
	for c, col := range k.Columns {
		if col.Required && fr.shape.positions[c] == 0 {
			return Problem{File: k.File, Line: 1, Field: col.Name, Reason: "required column is missing from the header"}
		}
	}
	if len(unknown) > 0 {
		fr.Problems = append(fr.Problems, Problem{File: k.File, Line: 1, Warning: true,
			Reason: fmt.Sprintf("unknown columns %s are kept with each row and written back on export", strings.Join(unknown, ", "))})
	}
	if len(fr.blankCol) > 0 {
		fr.Problems = append(fr.Problems, Problem{File: k.File, Line: 1, Column: fr.blankCol[0] + 1, Warning: true,
			Reason: "a column has no name; it must stay empty in every row"})
	}
	return nil
}

func headerName(h string) string {
	return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
}

// Next reads the next row; io.EOF ends the file. A row that breaks a rule comes back
// with its Problems, not as an error: the caller decides whether to stop.
func (fr *FileReader) Next() (*Row, error) {
	if fr.empty {
		return nil, io.EOF
	}
	rec, err := fr.csv.Read()
	var perr *csv.ParseError
	if errors.As(err, &perr) {
		return &Row{Kind: fr.Kind, Line: perr.StartLine, file: fr.shape, Problems: []Problem{{File: fr.Kind.File, Line: perr.StartLine,
			Reason: fmt.Sprintf("cannot be read as CSV: %v (character %d of line %d)", perr.Err, perr.Column, perr.Line)}}}, nil
	}
	if err != nil {
		return nil, err
	}
	line, _ := fr.csv.FieldPos(0)
	return fr.parse(line, rec), nil
}

func (fr *FileReader) parse(line int, rec []string) *Row {
	k := fr.Kind
	p := &fr.parser
	p.reset(line)
	row := &Row{Kind: k, Line: line, Raw: append([]string(nil), rec...), file: fr.shape}
	if len(rec) != fr.width {
		row.Problems = []Problem{{File: k.File, Line: line, Reason: fmt.Sprintf("has %d cells but the header has %d columns", len(rec), fr.width)}}
		return row
	}
	for c := range k.Columns {
		if pos := p.position[c]; pos > 0 {
			p.raw[c] = rec[pos-1]
		} else {
			p.raw[c] = ""
		}
	}
	row.Extra = fr.extra(rec)
	if fr.checkText(row, rec) {
		row.Value = k.parse(p, row.Extra)
		if k.cross != nil && fr.shape.complete {
			k.cross(p, row.Value)
		}
		row.Cells = k.format(row.Value)
	}
	row.Problems = append(row.Problems, p.problems...)
	return row
}

// extra collects the unknown columns' cells: named in lower case, sorted by name,
// empty cells left out, so that column order and blank cells do not make a change.
func (fr *FileReader) extra(rec []string) retrace.Extra {
	var e retrace.Extra
	for _, i := range fr.extraCol {
		if rec[i] != "" {
			e = append(e, retrace.Field{Name: headerName(fr.Header[i]), Value: rec[i]})
		}
	}
	sort.Slice(e, func(a, b int) bool { return e[a].Name < e[b].Name })
	return e
}

// checkText rejects cells that are not UTF-8 or hold NUL characters, and values in
// columns with no name.
func (fr *FileReader) checkText(row *Row, rec []string) bool {
	p := &fr.parser
	for i, v := range rec {
		switch {
		case !utf8.ValidString(v) && fr.utf8Seen:
			p.problems = append(p.problems, Problem{File: fr.Kind.File, Line: row.Line, Column: i + 1, Field: headerName(fr.Header[i]),
				Reason: "has a byte that is not UTF-8, though the file is UTF-8 elsewhere: the text is damaged here; correct this cell"})
			return false
		case !utf8.ValidString(v):
			p.problems = append(p.problems, Problem{File: fr.Kind.File, Line: row.Line, Column: i + 1, Field: headerName(fr.Header[i]),
				Reason: "is not valid UTF-8: the file looks like a Windows-1252 (ANSI) spreadsheet export; save it as \"CSV UTF-8\" or import with --encoding windows-1252"})
			return false
		case strings.IndexByte(v, 0) >= 0:
			p.problems = append(p.problems, Problem{File: fr.Kind.File, Line: row.Line, Column: i + 1, Field: headerName(fr.Header[i]),
				Reason: "contains a NUL character"})
			return false
		}
	}
	for _, i := range fr.blankCol {
		if strings.TrimSpace(rec[i]) != "" {
			p.problems = append(p.problems, Problem{File: fr.Kind.File, Line: row.Line, Column: i + 1,
				Reason: "has a value in a column with no name; give the column a name or clear it"})
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
