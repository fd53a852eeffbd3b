package jsonfile

import (
	"bytes"
	"encoding/json"
	"testing"
)

// Columns counted by hand: in `  "k": "ten"` the value's quotes are at columns 8 and
// 12 (the decoder reports a wrong value at its end); the stray '}' is line 3's first
// character.
func TestProblemsAreNamedByLineAndColumn(t *testing.T) {
	var v struct {
		K int `json:"k"`
	}
	for text, want := range map[string]string{
		"{\n  \"k\": \"ten\"\n}": `line 2, column 12: k must be int, not string`,
		"{\n  \"k\": 1,\n}":      `line 3, column 1: invalid character '}' looking for beginning of object key string`,
		"{\"q\": 1}":             `unknown field "q" (allowed: k)`,
	} {
		dec := json.NewDecoder(bytes.NewReader([]byte(text)))
		dec.DisallowUnknownFields()
		if got := Problem([]byte(text), dec.Decode(&v), "k"); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
