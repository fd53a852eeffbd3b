package bundle

import "fmt"

// Problem is something wrong with a bundle, placed as precisely as it can be: a file,
// a line (1 is the header), a column counted from 1 as a spreadsheet counts them, and
// the column's name. Warnings are reported but do not stop an import.
type Problem struct {
	File    string
	Line    int
	Column  int
	Field   string
	Reason  string
	Warning bool
}

func (p Problem) Error() string {
	at := p.File
	if p.Line > 0 {
		at = fmt.Sprintf("%s:%d", at, p.Line)
		if p.Column > 0 {
			at = fmt.Sprintf("%s:%d", at, p.Column)
		}
	}
	prefix := ""
	if p.Warning {
		prefix = "warning: "
	}
	if p.Field != "" {
		return fmt.Sprintf("%s: %s%s: %s", at, prefix, p.Field, p.Reason)
	}
	return fmt.Sprintf("%s: %s%s", at, prefix, p.Reason)
}
