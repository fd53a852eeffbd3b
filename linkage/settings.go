package linkage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/retrace-uk/retrace/internal/jsonfile"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Settings say which columns identify a record, how records are compared, which
// pairs are compared at all (blocking rules) and where the thresholds lie. They are a
// readable JSON file, so that another data set is linked by writing settings, not code.
type Settings struct {
	IDColumn string `json:"id_column"`
	// VariantsFiles add name-variant groups to those shipped (linkage/data/
	// variants.tsv), one group a line, spellings separated by tabs; a relative path is
	// read from the settings file's folder.
	VariantsFiles []string `json:"variants_files,omitempty"`
	// Derived are columns made from others before linking, for files that split what
	// the comparisons read (see DerivedColumn).
	Derived     []DerivedColumn      `json:"derived_columns,omitempty"`
	Comparisons []ComparisonSettings `json:"comparisons"`
	Blocking    []BlockingRule       `json:"blocking_rules"`
	Training    []TrainingSession    `json:"training"`
	// OptionalColumns may be missing from the data: they are read as empty. The
	// defaults need only names and a date of birth.
	OptionalColumns []string `json:"optional_columns,omitempty"`
	// MaxBlockSize bounds the records sharing one blocking key. A larger block is split
	// by RefineColumn's year, and dropped if still too large, so that very common
	// values (a 1 January birth date, the family name Nguyen) cannot explode the pairs.
	MaxBlockSize int    `json:"max_block_size"`
	RefineColumn string `json:"refine_column,omitempty"`
	// TrainingRefineColumn, if set, splits every rule's too-common keys by this
	// column (in place of the rule's refine) while the model is trained, in a
	// blocking pass of its own, and is ignored with a trained model; linking then
	// blocks as the rules say. EM learns from blocks of like records, while linking
	// still compares each record of a common key with its neighbours across the
	// column's values: on encodings, splitting a common date of birth by source lost
	// pairs across organisations, and leaving it whole let pairs born the same day
	// pass for matches in training.
	TrainingRefineColumn string `json:"training_refine_column,omitempty"`
	// MaxMatchesPerRecord, if above 0, bounds the prior EM may reach: at most this
	// many pairs of one person's records per record. Where most people appear once
	// (NRM referrals: about 0.4 such pairs per record), it keeps EM from taking the
	// many people who share a common name for one person each, as it did on
	// encodings, where only names encoded to the bit are weighed by how common they
	// are; where people repeat often (FEBRL 3: 1.3), it must be higher or unset.
	MaxMatchesPerRecord float64 `json:"max_matches_per_record,omitempty"`
	// Pairs at or above MatchThreshold are the same person; those from
	// ReviewThreshold up to it go to a person to decide.
	MatchThreshold  float64 `json:"match_threshold"`
	ReviewThreshold float64 `json:"review_threshold"`
	// Two clusters are not joined when their records' cross pairs have an average
	// match probability below DisagreeThreshold, or one of them is below it and
	// contradicts (a date of birth years apart, another sex): that would chain unlike
	// records through one that resembles both.
	DisagreeThreshold float64 `json:"disagree_threshold"`
}

// BlockingRule generates the keys records are grouped by; records sharing a key are
// compared. Kinds: exact (the columns' values), name_pairs (two name tokens' consonant
// skeletons, in any order), name_token_year (one name token's skeleton, the year of a
// date column give or take one, and any further columns), name_initial (a name token
// with the initial of a name in the other column: survives a typo in one name, at
// about 40% more pairs), single_name (a record known by one name only, as many
// Afghans are, with the other columns), date (a full date that is not 1 January, with
// the other columns); for encodings from retrace encode, lsh (MinHash bands of a
// part's set bits) and encoded_tokens (each name token of a name_tokens part).
type BlockingRule struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Columns []string `json:"columns"`
	// Refine names the column that splits this rule's too-common keys (a date
	// column's year, or another column's value); default: the settings' RefineColumn.
	Refine string `json:"refine,omitempty"`
	// Bits, for an lsh or encoded_tokens rule, is the part [from, to) of the
	// encoding its keys are made from; for lsh, default the whole.
	Bits []int `json:"bits,omitempty"`
	// SameBits, for an lsh or encoded_tokens rule, is another part of the encoding
	// that records must have the same to the bit to share a key (the birth year's: the
	// encoded form of "a name and the birth year"), and Rows, for lsh, how many
	// MinHash rows make a key (default 4; fewer where SameBits narrows the blocks, for
	// names spelled less alike).
	SameBits []int `json:"same_bits,omitempty"`
	Rows     int   `json:"rows,omitempty"`
	// RefineBits, for an lsh or encoded_tokens rule, is the part of the encoding that
	// splits its too-common keys, as Refine names a column for plaintext rules
	// (nationality's).
	RefineBits []int `json:"refine_bits,omitempty"`
	// Slots, for an encoded_tokens rule, is how many equal parts Bits holds, one a
	// name token (retrace encode's name_tokens field): records sharing a token to the
	// bit share a key.
	Slots int `json:"slots,omitempty"`
}

// TrainingSession estimates m for some comparisons on the pairs one blocking rule
// made; the rule's keys must not bias them (see Linker.estimateM).
type TrainingSession struct {
	Rule     string   `json:"blocking_rule"`
	Estimate []string `json:"estimate"`
}

// DefaultSettings fit a journey bundle's people.csv.
func DefaultSettings() Settings {
	return Settings{
		IDColumn: "record_id",
		Comparisons: []ComparisonSettings{
			{Name: "name", Kind: "name", Columns: []string{"given_names", "family_name", "aliases"}, TermFrequency: true,
				NameChains: &NameChains{Column: "nationality", Values: chainNationalities}},
			{Name: "date_of_birth", Kind: "date_of_birth", Columns: []string{"dob", "dob_estimated"}, Follows: "nationality"},
			{Name: "sex", Kind: "sex", Columns: []string{"sex"}, FollowsName: true},
			{Name: "nationality", Kind: "country", Columns: []string{"nationality"}, FollowsName: true},
			{Name: "ho_reference", Kind: "reference", Columns: []string{"ho_reference"}},
			{Name: "birth_place", Kind: "string", Columns: []string{"birth_place"}, Follows: "nationality", Origin: true},
			{Name: "language", Kind: "exact", Columns: []string{"language"}, Follows: "nationality", Origin: true},
		},
		Blocking: []BlockingRule{
			{Name: "Home Office reference, give or take a character", Kind: "reference", Columns: []string{"ho_reference"}},
			{Name: "two names in common", Kind: "name_pairs", Columns: []string{"given_names", "family_name", "aliases"}},
			{Name: "a name, the birth year and sex", Kind: "name_token_year", Columns: []string{"given_names", "family_name", "dob", "sex"}, Refine: "nationality"},
			{Name: "date of birth and sex", Kind: "date", Columns: []string{"dob", "sex"}, Refine: "nationality"},
			{Name: "a name and another's initial", Kind: "name_initial", Columns: []string{"given_names", "family_name"}, Refine: "nationality"},
			{Name: "one name only, and sex", Kind: "single_name", Columns: []string{"given_names", "family_name", "sex"}, Refine: "nationality"},
		},
		Training: []TrainingSession{
			{Rule: "two names in common", Estimate: []string{"date_of_birth", "ho_reference"}},
			{Rule: "date of birth and sex", Estimate: []string{"name", "birth_place"}},
			{Rule: "Home Office reference, give or take a character", Estimate: []string{"sex", "nationality", "name", "language"}},
		},
		OptionalColumns:   []string{"aliases", "dob_estimated", "sex", "nationality", "birth_place", "language", "ho_reference"},
		MaxBlockSize:      15,
		RefineColumn:      "dob",
		MatchThreshold:    0.5,
		ReviewThreshold:   0.25,
		DisagreeThreshold: 0.4,
	}
}

// chainNationalities are those where names are commonly recorded as a chain of own,
// father's and grandfather's names, or as one name: Horn of Africa, Sudan and South
// Sudan, the Arab world, Afghanistan, Iceland, Myanmar and Indonesia.
var chainNationalities = []string{"ERI", "ETH", "SOM", "DJI", "SDN", "SSD", "EGY", "LBY", "IRQ", "SYR", "KWT", "SAU",
	"YEM", "JOR", "OMN", "ARE", "QAT", "BHR", "AFG", "ISL", "MMR", "IDN"}

// ReadSettings reads settings JSON; what it leaves out takes the default thresholds.
func ReadSettings(path string) (Settings, error) {
	f, err := os.Open(path)
	if err != nil {
		return Settings{}, err
	}
	defer f.Close()
	s, err := decodeSettings(f, path)
	for i, v := range s.VariantsFiles {
		if !filepath.IsAbs(v) {
			s.VariantsFiles[i] = filepath.Join(filepath.Dir(path), v)
		}
	}
	return s, err
}

// DecodeSettings reads settings JSON from r; name says where it came from, in errors.
func DecodeSettings(r io.Reader, name string) (Settings, error) { return decodeSettings(r, name) }

// Variants are the shipped name-variant groups plus the settings' own files.
func (s Settings) Variants() (*Variants, error) {
	v := DefaultVariants()
	for _, path := range s.VariantsFiles {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("variants file: %w", err)
		}
		err = v.Add(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return v, nil
}

// settingsFields are the fields settings may have, to name when one is not.
const settingsFields = "id_column, variants_files, comparisons [name, kind, columns, term_frequency, follows, follows_name, origin, name_chains [column, values], from_age [age, on], bits, day_bits, estimated_bits, assigned_bits, day_month_bits, slots, alias_bits, alias_slots, whole_bits, bands], blocking_rules [name, kind, columns, refine, bits, same_bits, rows, refine_bits, slots], training [blocking_rule, estimate], derived_columns [name, kind, columns], optional_columns, max_block_size, refine_column, training_refine_column, max_matches_per_record, match_threshold, review_threshold, disagree_threshold"

func decodeSettings(r io.Reader, name string) (Settings, error) {
	d := DefaultSettings()
	s := Settings{MaxBlockSize: d.MaxBlockSize, MatchThreshold: d.MatchThreshold, ReviewThreshold: d.ReviewThreshold, DisagreeThreshold: d.DisagreeThreshold}
	text, err := io.ReadAll(r)
	if err != nil {
		return s, err
	}
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, fmt.Errorf("%s: %s", name, jsonfile.Problem(text, err, settingsFields))
	}
	return s, s.validate(name)
}

func (s Settings) validate(name string) error {
	switch {
	case s.IDColumn == "":
		return fmt.Errorf("%s: id_column is required", name)
	case len(s.Comparisons) == 0 || len(s.Comparisons) > maxComparisons:
		return fmt.Errorf("%s: comparisons: give 1 to %d", name, maxComparisons)
	case len(s.Blocking) == 0:
		return fmt.Errorf("%s: blocking_rules: give at least one", name)
	case !(0 < s.ReviewThreshold && s.ReviewThreshold <= s.MatchThreshold && s.MatchThreshold < 1):
		return fmt.Errorf("%s: thresholds must satisfy 0 < review_threshold ≤ match_threshold < 1", name)
	case s.MaxBlockSize < 2:
		return fmt.Errorf("%s: max_block_size must be at least 2", name)
	case s.MaxMatchesPerRecord < 0:
		return fmt.Errorf("%s: max_matches_per_record must be 0 (no bound) or more", name)
	case !(s.DisagreeThreshold >= 0 && s.DisagreeThreshold < s.MatchThreshold):
		return fmt.Errorf("%s: disagree_threshold must be at least 0 and below match_threshold", name)
	case len(s.Training) == 0:
		return fmt.Errorf("%s: training: give at least one session (a blocking rule and the comparisons to estimate on its pairs)", name)
	}
	for _, b := range s.Blocking {
		if _, err := b.keyer(s, nil); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	for _, c := range s.Derived {
		if err := c.check(); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	names := map[string]bool{}
	weighed := ""
	for _, c := range s.Comparisons {
		if _, err := c.build(nil); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if names[c.Name] {
			return fmt.Errorf("%s: comparisons: two are named %q", name, c.Name)
		}
		names[c.Name] = true
		if weighsFrequency(c) {
			if weighed != "" {
				return fmt.Errorf("%s: comparisons %q and %q: only one name comparison may be weighed by how common names are (term_frequency)", name, weighed, c.Name)
			}
			weighed = c.Name
		}
	}
	if err := s.checkFollows(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	rules := map[string]bool{}
	for _, b := range s.Blocking {
		if rules[b.Name] {
			return fmt.Errorf("%s: blocking_rules: two are named %q", name, b.Name)
		}
		rules[b.Name] = true
	}
	estimated := map[string]bool{}
	for _, t := range s.Training {
		if !rules[t.Rule] {
			return fmt.Errorf("%s: training: no blocking rule named %q", name, t.Rule)
		}
		for _, e := range t.Estimate {
			if !names[e] {
				return fmt.Errorf("%s: training: no comparison named %q", name, e)
			}
			estimated[e] = true
		}
	}
	for _, c := range s.Comparisons {
		if !estimated[c.Name] {
			return fmt.Errorf("%s: training: no session estimates comparison %q; add it to a session whose blocking rule does not use its columns", name, c.Name)
		}
	}
	return nil
}

// checkFollows: each comparison follows at most one other, which exists.
func (s Settings) checkFollows() error {
	for _, c := range s.Comparisons {
		switch {
		case c.Follows != "" && c.FollowsName:
			return fmt.Errorf("comparison %q: give follows or follows_name, not both", c.Name)
		case c.Follows == c.Name:
			return fmt.Errorf("comparison %q follows itself", c.Name)
		case c.TermFrequency && (c.Follows != "" || c.FollowsName):
			return fmt.Errorf("comparison %q is weighed by how common its values are (term_frequency), so it cannot follow another: others follow it", c.Name)
		case c.Follows != "" && !slices.ContainsFunc(s.Comparisons, func(o ComparisonSettings) bool { return o.Name == c.Follows }):
			return fmt.Errorf("comparison %q follows %q, which is not a comparison", c.Name, c.Follows)
		case c.FollowsName && !slices.ContainsFunc(s.Comparisons, tfName):
			return fmt.Errorf("comparison %q follows the name, but no comparison of kind name has term_frequency", c.Name)
		}
	}
	return nil
}

func tfName(c ComparisonSettings) bool { return c.Kind == "name" && c.TermFrequency }

// weighsFrequency: c is a comparison of names, plaintext or encoded, weighed by how
// common the names are.
func weighsFrequency(c ComparisonSettings) bool {
	return c.TermFrequency && slices.Contains([]string{"name", "dice", "dice_names"}, c.Kind)
}

// followed gives, for each comparison, the index of the one it follows, or −1.
func (s Settings) followed() []int {
	out := make([]int, len(s.Comparisons))
	for c, cs := range s.Comparisons {
		out[c] = -1
		switch {
		case cs.FollowsName:
			out[c] = slices.IndexFunc(s.Comparisons, tfName)
		case cs.Follows != "":
			out[c] = slices.IndexFunc(s.Comparisons, func(o ComparisonSettings) bool { return o.Name == cs.Follows })
		}
	}
	return out
}

// maxComparisons bounds a comparison vector, which is kept in a fixed array in every
// Pair: twelve, as the encodings of schema version 6 have twelve parts to compare.
const maxComparisons = 12

// CheckColumns reports the first column the settings name that the data lack, with
// the columns the data have.
func (s Settings) CheckColumns(d *Dataset) error {
	optional := map[string]bool{}
	for _, c := range s.OptionalColumns {
		optional[columnKey(c)] = true
	}
	for _, c := range s.Derived {
		optional[columnKey(c.Name)] = true // made from others before linking
	}
	has := func(col string) bool { return d.HasColumn(col) || optional[columnKey(col)] }
	missing := func(where, col string) error {
		cols := make([]string, 0, len(d.columns))
		for c := range d.columns {
			cols = append(cols, c)
		}
		sort.Strings(cols)
		return fmt.Errorf("%s names the column %q, which the data do not have (they have: %s)", where, col, strings.Join(cols, ", "))
	}
	for _, c := range s.Derived {
		for _, col := range c.Columns {
			if col != "" && !has(col) {
				return missing(fmt.Sprintf("derived column %q", c.Name), col)
			}
		}
	}
	for _, c := range s.Comparisons {
		for i, col := range c.Columns {
			if c.Kind == "date_of_birth" && i == 1 {
				continue // whether the date was estimated: optional
			}
			if !has(col) {
				return missing(fmt.Sprintf("comparison %q", c.Name), col)
			}
		}
		if c.NameChains != nil && !has(c.NameChains.Column) {
			return missing(fmt.Sprintf("comparison %q's name_chains", c.Name), c.NameChains.Column)
		}
	}
	for _, b := range s.Blocking {
		for _, col := range append(append([]string{}, b.Columns...), b.Refine) {
			if col != "" && !has(col) {
				return missing(fmt.Sprintf("blocking rule %q", b.Name), col)
			}
		}
	}
	if s.RefineColumn != "" && !has(s.RefineColumn) {
		return missing("refine_column", s.RefineColumn)
	}
	if s.TrainingRefineColumn != "" && !has(s.TrainingRefineColumn) {
		return missing("training_refine_column", s.TrainingRefineColumn)
	}
	return nil
}

// bitsUsed is how far into the encodings in column the comparisons and blocking
// rules read: the bits an encoding there must have.
func (s Settings) bitsUsed(column string) int {
	need := 0
	reach := func(cols []string, parts ...[]int) {
		if len(cols) == 0 || columnKey(cols[0]) != columnKey(column) {
			return
		}
		for _, p := range parts {
			if len(p) == 2 {
				need = max(need, p[1])
			}
		}
	}
	for _, c := range s.Comparisons {
		reach(c.Columns, c.Bits, c.DayBits, c.EstimatedBits, c.AssignedBits, c.DayMonthBits, c.AliasBits, c.WholeBits)
	}
	for _, b := range s.Blocking {
		reach(b.Columns, b.Bits, b.SameBits, b.RefineBits)
	}
	return need
}

// forTraining is the settings whose blocking trains the model: every rule's
// too-common keys split by TrainingRefineColumn.
func (s Settings) forTraining() Settings {
	t := s
	t.RefineColumn = s.TrainingRefineColumn
	t.Blocking = slices.Clone(s.Blocking)
	for r := range t.Blocking {
		t.Blocking[r].Refine, t.Blocking[r].RefineBits = "", nil
	}
	return t
}

// DerivedColumn is a column made from others: kind "join", their values joined by
// spaces (first and middle names as given names); kind "join_names", by "; " (other
// names from several columns: aliases, a preferred name, the name in its own
// script); kind "date_parts", a date from a day, a month and a year column, as much
// of it as is known (a year alone, a month and year); kind "first_of", the first
// column's value, or where it is empty the next's (a date of birth, or else an
// estimated year of birth); kind "former_name", the first column's value (given
// names) with the second's (a family name had before), where the second has one;
// kind "from_age", a date of birth for a file with none, of an age column and a
// record date column, which a date_of_birth comparison's from_age fills with the
// year they give; kind "initials", a column of initials (A.H., AH) letter by letter,
// each a name of its own, for a study that keeps no names; kinds details_name,
// details_dob, details_age, details_nationality, details_alias and details_reference,
// what a cell of free text about the person says (and a notes cell, the second column).
type DerivedColumn struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Columns []string `json:"columns"`
}

func (c DerivedColumn) check() error {
	switch {
	case c.Name == "":
		return fmt.Errorf("derived column: give it a name")
	case (c.Kind == "join" || c.Kind == "join_names" || c.Kind == "first_of") && len(c.Columns) >= 2, c.Kind == "date_parts" && len(c.Columns) == 3,
		(c.Kind == "former_name" || c.Kind == "from_age") && len(c.Columns) == 2, c.Kind == "initials" && len(c.Columns) == 1,
		slices.Contains(detailsKinds, c.Kind) && (len(c.Columns) == 1 || len(c.Columns) == 2),
		identifierLabels[c.Kind] != nil && len(c.Columns) == 1:
		return nil
	}
	return fmt.Errorf("derived column %q: kinds join, join_names and first_of take two columns or more, former_name two (given names, the family name before), from_age two (age, record date), date_parts three (day, month, year), initials one, details_name, details_dob, details_age, details_nationality, details_alias and details_reference one or two (the details, their notes), labelled_reference, labelled_document and labelled_person_reference one (the labelled identifiers)", c.Name)
}
