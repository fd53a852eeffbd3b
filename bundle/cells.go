package bundle

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/retrace-uk/retrace"
)

// cellParser turns one CSV record into a domain value, collecting a Problem for each
// cell that breaks a rule. Cells are addressed by their bundle column name.
type cellParser struct {
	kind     *Kind
	file     string
	line     int
	raw      []string // by canonical column; "" when the file lacks the column
	position []int    // file column (1-based) of each canonical column; 0 when absent
	problems []Problem
}

func (p *cellParser) reset(line int) {
	p.line = line
	p.problems = p.problems[:0]
}

func (p *cellParser) fail(col, format string, args ...any) {
	i := p.kind.index[col]
	p.problems = append(p.problems, Problem{
		File: p.file, Line: p.line, Column: p.position[i], Field: col,
		Reason: fmt.Sprintf(format, args...),
	})
}

// text is a free-text cell, kept exactly as recorded.
func (p *cellParser) text(col string) string { return p.raw[p.kind.index[col]] }

// token is an id or code cell: surrounding spaces are noise from spreadsheets.
func (p *cellParser) token(col string) string {
	return strings.TrimSpace(p.raw[p.kind.index[col]])
}

// id is a required identifier.
func (p *cellParser) id(col string) string {
	v := p.token(col)
	if v == "" {
		p.fail(col, "is required")
	} else if strings.ContainsAny(v, ";\n\r\t") {
		p.fail(col, "%q: an id cannot contain ';', tabs or line breaks", v)
	}
	return v
}

func (p *cellParser) date(col string) retrace.PartialDate {
	v := p.token(col)
	d, err := retrace.ParseDate(v)
	if err != nil {
		p.fail(col, "%v", err)
	}
	return d
}

// birthDate is a date of birth: a problem with it says what is wrong without
// repeating it, since problems reach terminals and logs.
func (p *cellParser) birthDate(col string) retrace.PartialDate {
	d, err := retrace.ParseDate(p.token(col))
	var de *retrace.DateError
	if errors.As(err, &de) {
		p.fail(col, "is not a date: %s", de.Withheld)
	}
	return d
}

func (p *cellParser) requiredDate(col string) retrace.PartialDate {
	if p.token(col) == "" {
		p.fail(col, "is required")
		return retrace.PartialDate{}
	}
	return p.date(col)
}

// code reads a cell from a closed code list; case is forgiven, since spreadsheets
// capitalise, and the code is kept in the list's own form.
func (p *cellParser) code(col string, list retrace.CodeList) string {
	v := p.token(col)
	if v == "" {
		return ""
	}
	return p.checkCode(col, list, v)
}

func (p *cellParser) requiredCode(col string, list retrace.CodeList) string {
	if p.token(col) == "" {
		p.fail(col, "is required; one of %s", list.Allowed())
		return ""
	}
	return p.code(col, list)
}

func (p *cellParser) checkCode(col string, list retrace.CodeList, v string) string {
	for _, c := range list.Codes {
		if strings.EqualFold(c, v) {
			return c
		}
	}
	p.fail(col, "%q is not one of %s", v, list.Allowed())
	return v
}

// codes reads a ';'-separated list of codes.
func (p *cellParser) codes(col string, list retrace.CodeList) []string {
	items := p.list(col)
	for i, v := range items {
		items[i] = p.checkCode(col, list, v)
	}
	return items
}

// list splits a ';'-separated cell; items are trimmed and must not be empty.
func (p *cellParser) list(col string) []string {
	v := p.token(col)
	if v == "" {
		return nil
	}
	items := strings.Split(v, ";")
	for i := range items {
		items[i] = strings.TrimSpace(items[i])
		if items[i] == "" {
			p.fail(col, "%q has an empty item between ';' separators", v)
			return nil
		}
	}
	return items
}

func (p *cellParser) tristate(col string) retrace.Tristate {
	switch v := p.token(col); strings.ToLower(v) {
	case "":
		return retrace.NotKnown
	case "true":
		return retrace.Yes
	case "false":
		return retrace.No
	default:
		p.fail(col, "%q is not true or false (leave it empty when not known)", v)
		return retrace.NotKnown
	}
}

// country reads an ISO 3166-1 alpha-3 code, or one of retrace.OtherCountryCodes.
func (p *cellParser) country(col, v string) string {
	up := strings.ToUpper(v)
	if slices.Contains(retrace.OtherCountryCodes, up) {
		return up
	}
	r, err := language.ParseRegion(up)
	switch {
	case retrace.WithdrawnCountries[up] != "":
		p.fail(col, "%q is a withdrawn country code; use %s", v, retrace.WithdrawnCountries[up])
	case len(up) != 3 || err != nil || !r.IsCountry() || r.ISO3() != up || r.Canonicalize() != r:
		p.fail(col, "%q is not an ISO 3166-1 alpha-3 country code (e.g. GBR, ALB, VNM, ERI)", v)
	}
	return up
}

func (p *cellParser) countries(col string) []string {
	items := p.list(col)
	for i, v := range items {
		items[i] = p.country(col, v)
	}
	return items
}

func (p *cellParser) optionalCountry(col string) string {
	if v := p.token(col); v != "" {
		return p.country(col, v)
	}
	return ""
}

// languageCode reads an ISO 639-3 code (three letters).
func (p *cellParser) languageCode(col string) string {
	v := strings.ToLower(p.token(col))
	if v == "" {
		return ""
	}
	if t, ok := retrace.BibliographicLanguageCodes[v]; ok {
		p.fail(col, "%q is an ISO 639-2/B code; ISO 639-3 writes %s", p.token(col), t)
	} else if _, err := language.ParseBase(v); len(v) != 3 || err != nil {
		p.fail(col, "%q is not an ISO 639-3 language code (e.g. eng, sqi, vie, tir, ara)", p.token(col))
	}
	return v
}

// ordered checks that a range does not end before it starts, comparing the bounds of
// partial dates so that 2021 → 2021-03 passes and 2021-05 → 2021-03 does not.
func (p *cellParser) ordered(startCol string, start retrace.PartialDate, endCol string, end retrace.PartialDate) {
	if end.DefinitelyBefore(start) {
		p.fail(endCol, "%s is before %s %s", end, startCol, start)
	}
}
