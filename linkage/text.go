package linkage

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// textReader reads a file as UTF-8, taking each byte that is not part of valid UTF-8
// as Windows-1252: what Excel on Windows saves as "CSV" (Hoxhë as the single byte
// EB). Linking only compares the records, so a file in either encoding, or mixed
// from several sources, is read rather than refused; the bytes so read are counted,
// and said. A file with a UTF-16 byte order mark (Excel's "Unicode Text") is read
// as UTF-16, and an Excel workbook (.xlsx) as its first sheet with rows (ReadTableFiles
// reads each of several as a table of its own).
type textReader struct {
	src     io.Reader
	carry   []byte // the start of a UTF-8 sequence cut off at the end of the last read
	out     []byte // decoded, not yet given out
	eof     bool
	lines   int // lines decoded so far, to say where the first byte taken as Windows-1252 was
	decoded int // bytes taken as Windows-1252
	first   int // the line of the first of them
	utf16   bool
	crLines bool   // lines end in a carriage return alone
	sheet   string // for a workbook, what was read of it
	// titleRows are the rows before the header (a title, a date of export), skipped.
	titleRows  int
	totalsRows []int  // the lines of rows of totals (Total, 205), skipped
	noteRows   []int  // the lines of rows with no record id and one cell, a note, skipped
	footerRows []int  // the lines of short rows of one cell (Report run on …, Records returned: 7060), skipped
	nulls      int    // the cells a database wrote as NULL, read as empty
	peopleARow string // for a row of several people's groups of columns, how it was read
	// A printed report read back from a PDF: its header again on each page, rows one
	// cell wider (a merged cell's), rows of cells wrapped from the record before.
	headerRows, shiftedRows, continued []int
}

func newTextReader(r io.Reader) (*textReader, error) {
	br := bytesPeeker{r: r}
	head := br.peek(8)
	t := &textReader{src: br.reader()}
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")): // a zip: an .xlsx workbook
		csv, sheet, err := workbookAsCSV(t.src)
		if err != nil {
			return nil, err
		}
		t.src, t.sheet = bytes.NewReader(csv), sheet
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return nil, fmt.Errorf("this is an Excel 97–2003 workbook (.xls), which is not read here: save it as an Excel workbook (.xlsx) or as CSV UTF-8")
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		t.src, t.utf16 = transform.NewReader(t.src, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()), true
	}
	return t, nil
}

func (t *textReader) Read(p []byte) (int, error) {
	for len(t.out) == 0 {
		if t.eof {
			return 0, io.EOF
		}
		if err := t.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, t.out)
	t.out = t.out[n:]
	return n, nil
}

// fill decodes the next block of the source into out.
func (t *textReader) fill() error {
	buf := make([]byte, len(t.carry)+64<<10)
	copy(buf, t.carry)
	n, err := io.ReadFull(t.src, buf[len(t.carry):])
	buf = buf[:len(t.carry)+n]
	switch err {
	case io.EOF, io.ErrUnexpectedEOF:
		t.eof = true
	case nil:
	default:
		return err
	}
	t.carry = nil
	if !t.eof {
		cut := cutIncomplete(buf)
		buf, t.carry = buf[:cut], append([]byte(nil), buf[cut:]...)
	}
	if t.lines == 0 && !t.crLines && bytes.IndexByte(buf, '\r') >= 0 && bytes.IndexByte(buf, '\n') < 0 {
		t.crLines = true // old Mac line ends, as Excel for Mac saved "CSV (Macintosh)"
	}
	if t.crLines {
		buf = bytes.ReplaceAll(buf, []byte{'\r'}, []byte{'\n'})
	}
	if utf8.Valid(buf) {
		t.out = buf
	} else {
		t.out = t.windows1252(buf)
	}
	t.lines += bytes.Count(buf, []byte{'\n'})
	return nil
}

// cutIncomplete is where a UTF-8 sequence begun in b's last three bytes would go on
// past its end: b is decoded up to there, and the rest with what follows.
func cutIncomplete(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
		if !utf8.RuneStart(b[i]) {
			continue
		}
		if !utf8.FullRune(b[i:]) {
			return i
		}
		break
	}
	return len(b)
}

// windows1252 decodes b, UTF-8 where it is valid and each other byte as Windows-1252.
func (t *textReader) windows1252(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	line := t.lines + 1
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			if t.decoded == 0 {
				t.first = line
			}
			t.decoded++
			r = charmap.Windows1252.DecodeByte(b[0])
		}
		if b[0] == '\n' {
			line++
		}
		out = utf8.AppendRune(out, r)
		b = b[n:]
	}
	return out
}

// note says how the file was read, where not as UTF-8 alone with the header first.
func (t *textReader) note() string {
	var notes []string
	if n := t.encodingNote(); n != "" {
		notes = append(notes, n)
	}
	if t.peopleARow != "" {
		notes = append(notes, t.peopleARow)
	}
	if t.titleRows > 0 {
		notes = append(notes, fmt.Sprintf("the first %d rows, above the header, were skipped (a title? headings over groups of columns?): the header is row %d.", t.titleRows, t.titleRows+1))
	}
	if n := len(t.totalsRows); n > 0 {
		notes = append(notes, fmt.Sprintf("%d rows of totals were not read as records (on lines %s).", n, strings.Trim(fmt.Sprint(t.totalsRows), "[]")))
	}
	if t.nulls > 0 {
		notes = append(notes, fmt.Sprintf("%d cells written NULL, as a database writes an empty one, were read as empty.", t.nulls))
	}
	if n := len(t.footerRows); n > 0 {
		notes = append(notes, fmt.Sprintf("%d rows shorter than the header with one cell filled, a report's lines, were not read as records (the first on line %d).", n, t.footerRows[0]))
	}
	if n := len(t.headerRows); n > 0 {
		notes = append(notes, fmt.Sprintf("%d rows repeat the header (a printed report's pages), and were skipped: lines %s.", n, lineList(t.headerRows)))
	}
	if n := len(t.shiftedRows); n > 0 {
		notes = append(notes, fmt.Sprintf("%d rows one cell wider than the header had their first empty cell dropped, as a merged cell read back from a PDF shifts a row: check lines %s.", n, lineList(t.shiftedRows)))
	}
	if n := len(t.continued); n > 0 {
		notes = append(notes, fmt.Sprintf("%d rows with no record id and fewer than half their cells filled were read as the rest of the record before them, wrapped: check lines %s.", n, lineList(t.continued)))
	}
	if n := len(t.noteRows); n > 0 {
		notes = append(notes, fmt.Sprintf("%d rows with one cell filled, notes or a page's lines, were not read as records (the first on line %d).", n, t.noteRows[0]))
	}
	return strings.Join(notes, " ")
}

func (t *textReader) encodingNote() string {
	switch {
	case t.decoded > 0:
		return fmt.Sprintf("%d bytes were not UTF-8 and were read as Windows-1252, as Excel saves CSV (the first on line %d); if the file is in another encoding, save it as \"CSV UTF-8\".", t.decoded, t.first)
	case t.utf16:
		return "read as UTF-16 (the file has a UTF-16 byte order mark)."
	case t.sheet != "":
		return "read as an Excel workbook: " + t.sheet + "."
	case t.crLines:
		return "its lines end in a carriage return alone, as Excel for Mac saved CSV: read so."
	}
	return ""
}

// bytesPeeker lets the first bytes of a reader be seen before it is read.
type bytesPeeker struct {
	r    io.Reader
	head []byte
}

func (b *bytesPeeker) peek(n int) []byte {
	b.head = make([]byte, n)
	k, _ := io.ReadFull(b.r, b.head)
	b.head = b.head[:k]
	return b.head
}

func (b *bytesPeeker) reader() io.Reader { return io.MultiReader(bytes.NewReader(b.head), b.r) }

// lineList is lines as a note lists them: the first ten.
func lineList(lines []int) string {
	s := strings.Trim(fmt.Sprint(lines[:min(10, len(lines))]), "[]")
	if len(lines) > 10 {
		s += " …"
	}
	return strings.ReplaceAll(s, " ", ", ")
}
