// Package definitions holds the candidate definitions of re-trafficking as data — named,
// versioned parameter sets read from TOML files — and counts a person's journey under
// each: which exploitation episodes they had, and whether and when a definition's
// event happened, with the evidence for it.
package definitions

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/retrace-uk/retrace/bundle"
)

// What a definition counts.
const (
	CountsReferrals           = "referrals"             // 2+ NRM referrals
	CountsDistinctReferrals   = "distinct_referrals"    // 2+ NRM referrals about different incidents
	CountsEpisodeAfterExit    = "episode_after_exit"    // a later episode after an exit
	CountsEpisodeAfterSupport = "episode_after_support" // a later episode after support ended
)

// Definition is one candidate definition of re-trafficking.
type Definition struct {
	Name        string `toml:"name"`
	Version     int    `toml:"version"`
	Description string `toml:"description"`
	Counts      string `toml:"counts"`
	// MinGapDays is the least time between the exit (or the end of support) and the
	// start of the later episode.
	MinGapDays int `toml:"min_gap_days"`
	// Evidence is what a later episode may be known from: referral, follow_up.
	Evidence []string `toml:"evidence"`
	// Location is where the later episode happened: any, uk, or after_return (after
	// a return home or while living abroad).
	Location string `toml:"location"`
	// Exploiter is whether the later exploiter must be the same kind as the earlier
	// one (same), another (different), or either (any).
	Exploiter string `toml:"exploiter"`
	// RequiredDecision is the positive decision the earlier episode needs: none,
	// rg (reasonable grounds) or cg (conclusive grounds).
	RequiredDecision string `toml:"required_decision"`
	// SameIncidentDays: referrals of one person whose exploitation periods are not
	// known describe one incident when their referral dates are this close and they
	// share an exploitation type.
	SameIncidentDays int `toml:"same_incident_days"`

	// File is where the definition was read from ("built in" for the shipped ones).
	File string `toml:"-"`
	text []byte // the file, for the lines of later problems
}

// line is the line of the file where key is set (0 when not known).
func (d Definition) line(key string) int { return lineOf(d.text, key) }

// Defaults for the parameters a file leaves out.
func defaults() Definition {
	return Definition{Evidence: []string{"referral"}, Location: "any", Exploiter: "any", RequiredDecision: "none", SameIncidentDays: 90}
}

var allowed = map[string][]string{
	"counts":            {CountsReferrals, CountsDistinctReferrals, CountsEpisodeAfterExit, CountsEpisodeAfterSupport},
	"evidence":          {"referral", "follow_up"},
	"location":          {"any", "uk", "after_return"},
	"exploiter":         {"any", "different", "same"},
	"required_decision": {"none", "rg", "cg"},
}

var validName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// A problem with a definition file is a bundle.Problem: file, line, the key as its
// field, and the reason, written as every file problem is.
type Problem = bundle.Problem

// keys are the keys a definition file may set, with what each takes.
var keys = []struct{ name, takes string }{
	{"name", "text: lower-case letters, digits and hyphens"},
	{"version", "a whole number from 1"},
	{"description", "text"},
	{"counts", "one of " + strings.Join(allowed["counts"], ", ")},
	{"min_gap_days", "a whole number of days, 0 or more (default 0)"},
	{"evidence", `a list of referral, follow_up (default ["referral"])`},
	{"location", "one of any, uk, after_return (default any)"},
	{"exploiter", "one of any, different, same (default any)"},
	{"required_decision", "one of none, rg, cg (default none)"},
	{"same_incident_days", "a whole number of days, 0 or more (default 90)"},
}

// applies lists, for what a definition counts, the parameters that change it.
var applies = map[string][]string{
	CountsReferrals:           {},
	CountsDistinctReferrals:   {"same_incident_days"},
	CountsEpisodeAfterExit:    {"min_gap_days", "evidence", "location", "exploiter", "required_decision", "same_incident_days"},
	CountsEpisodeAfterSupport: {"min_gap_days", "evidence", "location", "exploiter", "required_decision", "same_incident_days"},
}

// Parse reads one definition from TOML text; file names it in errors. All that is
// wrong is reported, each problem naming the file, line and key.
func Parse(text []byte, file string) (Definition, error) {
	d := defaults()
	d.File, d.text = file, text
	var table map[string]any
	if _, err := toml.NewDecoder(bytes.NewReader(text)).Decode(&table); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return d, Problem{File: file, Line: pe.Position.Line, Reason: "not valid TOML: " + pe.Message}
		}
		return d, Problem{File: file, Reason: err.Error()}
	}
	var problems []error
	add := func(p Problem) {
		p.File = file
		if p.Line == 0 {
			p.Line = lineOf(text, p.Field)
		}
		problems = append(problems, p)
	}
	skip := map[string]bool{} // mistyped, or not read by what the definition counts
	for _, p := range d.read(table) {
		skip[p.Field] = true
		add(p)
	}
	if reads, known := applies[d.Counts]; known {
		for _, key := range applies[CountsEpisodeAfterExit] {
			if slices.Contains(reads, key) {
				continue
			}
			skip[key] = true
			if _, set := table[key]; set {
				add(Problem{Field: key, Reason: fmt.Sprintf("does not apply to counts = %q, which reads only %s", d.Counts, orNothing(reads))})
			}
		}
	}
	for _, p := range d.check() {
		if !skip[p.Field] {
			add(p)
		}
	}
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].(Problem).Line < problems[j].(Problem).Line })
	return d, errors.Join(problems...)
}

func orNothing(keys []string) string {
	if len(keys) == 0 {
		return "no parameter"
	}
	return strings.Join(keys, ", ")
}

// read takes each key's value from the table, with a problem for each key of the
// wrong type or unknown.
func (d *Definition) read(table map[string]any) []Problem {
	var out []Problem
	takes := func(key string) string {
		for _, k := range keys {
			if k.name == key {
				return k.takes
			}
		}
		return ""
	}
	text := func(key string, into *string) {
		if v, ok := table[key]; ok {
			if s, ok := v.(string); ok {
				*into = s
			} else {
				out = append(out, Problem{Field: key, Reason: fmt.Sprintf("%v is not %s", v, takes(key))})
			}
		}
	}
	number := func(key string, into *int) {
		if v, ok := table[key]; ok {
			if n, ok := v.(int64); ok {
				*into = int(n)
			} else {
				out = append(out, Problem{Field: key, Reason: fmt.Sprintf("%#v is not %s", v, takes(key))})
			}
		}
	}
	text("name", &d.Name)
	number("version", &d.Version)
	text("description", &d.Description)
	text("counts", &d.Counts)
	number("min_gap_days", &d.MinGapDays)
	text("location", &d.Location)
	text("exploiter", &d.Exploiter)
	text("required_decision", &d.RequiredDecision)
	number("same_incident_days", &d.SameIncidentDays)
	if v, ok := table["evidence"]; ok {
		list, ok := v.([]any)
		d.Evidence = nil
		for _, e := range list {
			s, isText := e.(string)
			ok = ok && isText
			d.Evidence = append(d.Evidence, s)
		}
		if !ok {
			out = append(out, Problem{Field: "evidence", Reason: fmt.Sprintf("%#v is not %s", v, takes("evidence"))})
		}
	}
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = k.name
	}
	for key := range table {
		if takes(key) == "" {
			out = append(out, Problem{Field: key, Reason: "unknown key (allowed: " + strings.Join(names, ", ") + ")"})
		}
	}
	return out
}

// check lists the problems of the values, without file or line.
func (d Definition) check() []Problem {
	var out []Problem
	bad := func(key, text string, args ...any) {
		out = append(out, Problem{Field: key, Reason: fmt.Sprintf(text, args...)})
	}
	oneOf := func(key, value string) {
		switch {
		case value == "":
			bad(key, "required (allowed: %s)", strings.Join(allowed[key], ", "))
		case !slices.Contains(allowed[key], value):
			bad(key, "%q is not allowed (allowed: %s)", value, strings.Join(allowed[key], ", "))
		}
	}
	switch {
	case d.Name == "":
		bad("name", "required: lower-case letters, digits and hyphens, e.g. re-trafficking-12-months")
	case !validName.MatchString(d.Name):
		bad("name", "%q: use lower-case letters, digits and hyphens", d.Name)
	case d.Name == "all":
		bad("name", `"all" stands for every definition in retrace events: choose another name`)
	}
	if d.Version < 1 {
		bad("version", "required: a whole number from 1, raised whenever a parameter changes (not %d)", d.Version)
	}
	oneOf("counts", d.Counts)
	if len(d.Evidence) == 0 {
		bad("evidence", "give at least one of: %s", strings.Join(allowed["evidence"], ", "))
	}
	for _, e := range d.Evidence {
		oneOf("evidence", e)
	}
	oneOf("location", d.Location)
	oneOf("exploiter", d.Exploiter)
	oneOf("required_decision", d.RequiredDecision)
	if d.MinGapDays < 0 {
		bad("min_gap_days", "%d: must be 0 or more", d.MinGapDays)
	}
	if d.SameIncidentDays < 0 {
		bad("same_incident_days", "%d: must be 0 or more", d.SameIncidentDays)
	}
	return out
}

// lineOf finds the line where key is set, for error messages.
func lineOf(text []byte, key string) int {
	re := regexp.MustCompile(`^\s*` + regexp.QuoteMeta(key) + `\s*=`)
	for i, line := range strings.Split(string(text), "\n") {
		if re.MatchString(line) {
			return i + 1
		}
	}
	return 0
}

//go:embed builtin/*.toml
var builtin embed.FS

// BuiltIn are the definitions shipped with retrace, in figures.md's order.
func BuiltIn() []Definition {
	order := []string{"repeat-referral", "re-referral-distinct", "re-trafficking", "re-trafficking-after-support", "re-exploitation"}
	var out []Definition
	for _, name := range order {
		text, err := fs.ReadFile(builtin, "builtin/"+name+".toml")
		if err != nil {
			panic(err) // embedded at build time
		}
		d, err := Parse(text, name+".toml")
		if err != nil {
			panic(err) // tested
		}
		d.File = "built in"
		out = append(out, d)
	}
	return out
}

// Load gives the built-in definitions and those in dir (every file named *.toml, in
// any case; dir may be empty for none). A user's definition may not reuse a name.
func Load(dir string) ([]Definition, error) {
	defs := BuiltIn()
	if dir == "" {
		return defs, nil
	}
	files, err := Files(dir)
	if err != nil {
		return nil, err
	}
	var problems []error
	for _, f := range files {
		d, err := ReadFile(f)
		if err == nil {
			err = NameIsFree(defs, d)
		}
		if err != nil {
			problems = append(problems, err)
			continue
		}
		defs = append(defs, d)
	}
	return defs, errors.Join(problems...)
}

func sameFile(a, b string) bool {
	x, errA := os.Stat(a)
	y, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(x, y)
}

// Files lists the definition files of a folder, in name order.
func Files(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("definitions folder: %w", err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".toml") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	return files, nil
}

// NameIsFree: no definition in defs, other than d's own file, has d's name.
func NameIsFree(defs []Definition, d Definition) error {
	if prev := Find(defs, d.Name); prev != nil && !sameFile(prev.File, d.File) {
		return Problem{File: d.File, Line: d.line("name"), Field: "name",
			Reason: fmt.Sprintf("%q is already defined (%s): give this definition a name of its own", d.Name, prev.File)}
	}
	return nil
}

// ReadFile reads and checks one definition file.
func ReadFile(path string) (Definition, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return Definition{}, err
	}
	return Parse(text, path)
}

// Find is the definition named name, or nil.
func Find(defs []Definition, name string) *Definition {
	for i := range defs {
		if defs[i].Name == name {
			return &defs[i]
		}
	}
	return nil
}

// Fingerprint is a short hash of the parameters as show prints them: two definitions
// with one name and version but different parameters (an edit without a new version)
// have different fingerprints.
func (d Definition) Fingerprint() string {
	sum := sha256.Sum256([]byte(d.TOML()))
	return hex.EncodeToString(sum[:4])
}

// TOML writes the definition as a file would hold it.
func (d Definition) TOML() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "name = %q\nversion = %d\ndescription = %q\ncounts = %q\n", d.Name, d.Version, d.Description, d.Counts)
	quoted := make([]string, len(d.Evidence))
	for i, e := range d.Evidence {
		quoted[i] = fmt.Sprintf("%q", e)
	}
	values := map[string]string{
		"evidence": "[" + strings.Join(quoted, ", ") + "]", "min_gap_days": fmt.Sprint(d.MinGapDays),
		"location": fmt.Sprintf("%q", d.Location), "exploiter": fmt.Sprintf("%q", d.Exploiter),
		"required_decision": fmt.Sprintf("%q", d.RequiredDecision), "same_incident_days": fmt.Sprint(d.SameIncidentDays),
	}
	for _, key := range applies[d.Counts] { // only what this definition reads
		fmt.Fprintf(&b, "%s = %s\n", key, values[key])
	}
	return b.String()
}

// Named is the definition of that name, or an error naming those there are.
func Named(defs []Definition, name string) (Definition, error) {
	if d := Find(defs, name); d != nil {
		return *d, nil
	}
	names := make([]string, len(defs))
	for i, d := range defs {
		names[i] = d.Name
	}
	return Definition{}, fmt.Errorf("no definition is named %q (there are: %s)", name, strings.Join(names, ", "))
}
