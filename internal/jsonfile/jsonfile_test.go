package jsonfile

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestProblemsAreNamedByLineAndColumn(t *testing.T) {
	var v struct {
		K int `json:"k"`
	}
	for text, want := range map[string]string{
		"{\n  \"k\": \"ten\"\n}": `line 2, column 13: k must be int, not string`,
		"{\n  \"k\": 1,\n}":      `line 3, column 2: invalid character '}' looking for beginning of object key string`,
		"{\"q\": 1}":             `unknown field "q" (allowed: k)`,
	} {
		dec := json.NewDecoder(bytes.NewReader([]byte(text)))
		dec.DisallowUnknownFields()
		if got := Problem([]byte(text), dec.Decode(&v), "k"); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
