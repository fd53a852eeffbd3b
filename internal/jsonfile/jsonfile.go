// Package jsonfile says where a hand-written JSON file (linkage settings, an
// encoding schema) is wrong, by line and column, as its writer reads it.
package jsonfile

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Problem describes err, from decoding text, by line and column; for a field the
// type does not have, allowed lists those it has.
func Problem(text []byte, err error, allowed string) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		line, col := position(text, syntax.Offset-1)
		return fmt.Sprintf("line %d, column %d: %v", line, col, syntax)
	case errors.As(err, &typ):
		line, col := position(text, typ.Offset-1)
		return fmt.Sprintf("line %d, column %d: %s must be %s, not %s", line, col, typ.Field, typ.Type.Kind(), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return strings.TrimPrefix(err.Error(), "json: ") + " (allowed: " + allowed + ")"
	}
	return err.Error()
}

// position is the line and column of the byte at index i: the decoder's offsets are
// of the byte after the fault (a syntax error's character, a wrong value's last).
func position(text []byte, i int64) (line, col int) {
	line, col = 1, 1
	for _, c := range text[:max(0, min(int(i), len(text)))] {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}
