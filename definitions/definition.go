// Package definitions holds the candidate definitions of re-trafficking as data — named,
// versioned parameter sets read from TOML files — and counts a person's journey under
// each: which exploitation episodes they had, and whether and when a definition's
// event happened, with the evidence for it.
package definitions

import (
	"bytes"
	"embed"
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
}

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

// Problem is what is wrong with one key of a definition file.
type Problem struct {
	File string
	Line int // 0 when not known
	Key  string
	Text string
}

func (p Problem) Error() string {
	where := p.File
	if p.Line > 0 {
		where = fmt.Sprintf("%s:%d", where, p.Line)
	}
	if p.Key != "" {
		return fmt.Sprintf("%s: %s: %s", where, p.Key, p.Text)
	}
	return fmt.Sprintf("%s: %s", where, p.Text)
}

// Parse reads one definition from TOML text; file names it in errors. All that is
// wrong is reported, each problem naming the file, line and key.
func Parse(text []byte, file string) (Definition, error) {
	d := defaults()
	md, err := toml.NewDecoder(bytes.NewReader(text)).Decode(&d)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return d, Problem{File: file, Line: pe.Position.Line, Text: pe.Message}
		}
		return d, Problem{File: file, Text: err.Error()}
	}
	d.File = file
	var problems []error
	for _, k := range md.Undecoded() {
		problems = append(problems, Problem{File: file, Line: lineOf(text, k.String()), Key: k.String(),
			Text: "unknown key (allowed: name, version, description, counts, min_gap_days, evidence, location, exploiter, required_decision, same_incident_days)"})
	}
	for _, p := range d.check() {
		p.File, p.Line = file, lineOf(text, p.Key)
		problems = append(problems, p)
	}
	return d, errors.Join(problems...)
}

// check lists the problems of the values, without file or line.
func (d Definition) check() []Problem {
	var out []Problem
	bad := func(key, text string, args ...any) {
		out = append(out, Problem{Key: key, Text: fmt.Sprintf(text, args...)})
	}
	oneOf := func(key, value string) {
		if !slices.Contains(allowed[key], value) {
			bad(key, "%q is not allowed (allowed: %s)", value, strings.Join(allowed[key], ", "))
		}
	}
	if d.Name == "" {
		bad("name", "required: lower-case letters, digits and hyphens, e.g. re-trafficking-12-months")
	} else if !validName.MatchString(d.Name) {
		bad("name", "%q: use lower-case letters, digits and hyphens", d.Name)
	}
	if d.Version < 1 {
		bad("version", "required: a whole number from 1, raised whenever a parameter changes")
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

// Load gives the built-in definitions and those in dir (every *.toml file; dir may be
// empty for none). A user's definition may not reuse a built-in name, and names are
// unique.
func Load(dir string) ([]Definition, error) {
	defs := BuiltIn()
	if dir == "" {
		return defs, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("definitions folder: %w", err)
	}
	sort.Strings(files)
	var problems []error
	for _, f := range files {
		d, err := ReadFile(f)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		if prev := Find(defs, d.Name); prev != nil {
			problems = append(problems, Problem{File: f, Line: 0, Key: "name", Text: fmt.Sprintf("%q is already defined (%s): give this definition a name of its own", d.Name, prev.File)})
			continue
		}
		defs = append(defs, d)
	}
	return defs, errors.Join(problems...)
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

// TOML writes the definition as a file would hold it.
func (d Definition) TOML() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "name = %q\nversion = %d\ndescription = %q\ncounts = %q\n", d.Name, d.Version, d.Description, d.Counts)
	if d.Counts != CountsReferrals {
		quoted := make([]string, len(d.Evidence))
		for i, e := range d.Evidence {
			quoted[i] = fmt.Sprintf("%q", e)
		}
		fmt.Fprintf(&b, "evidence = [%s]\nmin_gap_days = %d\nlocation = %q\nexploiter = %q\nrequired_decision = %q\nsame_incident_days = %d\n",
			strings.Join(quoted, ", "), d.MinGapDays, d.Location, d.Exploiter, d.RequiredDecision, d.SameIncidentDays)
	}
	return b.String()
}
