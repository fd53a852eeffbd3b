package linkage

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Settings say which columns identify a record, how records are compared, which
// pairs are compared at all (blocking rules) and where the thresholds lie. They are a
// readable JSON file, so that another data set is linked by writing settings, not code.
type Settings struct {
	IDColumn string `json:"id_column"`
	// VariantsFiles add name-variant groups to those shipped (linkage/data/
	// variants.tsv), one group a line, spellings separated by tabs; a relative path is
	// read from the settings file's folder.
	VariantsFiles []string             `json:"variants_files,omitempty"`
	Comparisons   []ComparisonSettings `json:"comparisons"`
	Blocking      []BlockingRule       `json:"blocking_rules"`
	Training      []TrainingSession    `json:"training"`
	// MaxBlockSize bounds the records sharing one blocking key. A larger block is split
	// by RefineColumn's year, and dropped if still too large, so that very common
	// values (a 1 January birth date, the family name Nguyen) cannot explode the pairs.
	MaxBlockSize int    `json:"max_block_size"`
	RefineColumn string `json:"refine_column,omitempty"`
	// Pairs at or above MatchThreshold are the same person; those from
	// ReviewThreshold up to it go to a person to decide.
	MatchThreshold  float64 `json:"match_threshold"`
	ReviewThreshold float64 `json:"review_threshold"`
	// A cluster holding a compared pair below DisagreeThreshold has chained through
	// unlike records; it is split at its weakest links.
	DisagreeThreshold float64 `json:"disagree_threshold"`
}

// BlockingRule generates the keys records are grouped by; records sharing a key are
// compared. Kinds: exact (the columns' values), name_pairs (two name tokens' consonant
// skeletons, in any order), name_token_year (one name token's skeleton, the year of a
// date column give or take one, and any further columns), name_initial (a name token
// with the initial of a name in the other column: survives a typo in one name, at
// about 40% more pairs), date (a full date that is not 1 January, with the other
// columns).
type BlockingRule struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Columns []string `json:"columns"`
	// Refine names the column that splits this rule's too-common keys (a date
	// column's year, or another column's value); default: the settings' RefineColumn.
	Refine string `json:"refine,omitempty"`
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
			{Name: "name", Kind: "name", Columns: []string{"given_names", "family_name"}, TermFrequency: true},
			{Name: "date_of_birth", Kind: "date_of_birth", Columns: []string{"dob", "dob_estimated"}},
			{Name: "sex", Kind: "exact", Columns: []string{"sex"}},
			{Name: "nationality", Kind: "country", Columns: []string{"nationality"}},
			{Name: "ho_reference", Kind: "reference", Columns: []string{"ho_reference"}},
		},
		Blocking: []BlockingRule{
			{Name: "same Home Office reference", Kind: "exact", Columns: []string{"ho_reference"}},
			{Name: "two names in common", Kind: "name_pairs", Columns: []string{"given_names", "family_name"}},
			{Name: "a name, the birth year and sex", Kind: "name_token_year", Columns: []string{"given_names", "family_name", "dob", "sex"}, Refine: "nationality"},
			{Name: "date of birth and sex", Kind: "date", Columns: []string{"dob", "sex"}, Refine: "nationality"},
		},
		Training: []TrainingSession{
			{Rule: "two names in common", Estimate: []string{"date_of_birth", "ho_reference"}},
			{Rule: "date of birth and sex", Estimate: []string{"name", "nationality"}},
			{Rule: "same Home Office reference", Estimate: []string{"sex"}},
		},
		MaxBlockSize:      30,
		RefineColumn:      "dob",
		MatchThreshold:    0.8,
		ReviewThreshold:   0.3,
		DisagreeThreshold: 0.001,
	}
}

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

func decodeSettings(r io.Reader, name string) (Settings, error) {
	d := DefaultSettings()
	s := Settings{MaxBlockSize: d.MaxBlockSize, MatchThreshold: d.MatchThreshold, ReviewThreshold: d.ReviewThreshold, DisagreeThreshold: d.DisagreeThreshold}
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, fmt.Errorf("%s: %w", name, err)
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
	}
	for _, b := range s.Blocking {
		if _, err := b.keyer(s, nil); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	names := map[string]bool{}
	for _, c := range s.Comparisons {
		if _, err := c.build(nil); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		names[c.Name] = true
	}
	rules := map[string]bool{}
	for _, b := range s.Blocking {
		rules[b.Name] = true
	}
	for _, t := range s.Training {
		if !rules[t.Rule] {
			return fmt.Errorf("%s: training: no blocking rule named %q", name, t.Rule)
		}
		for _, e := range t.Estimate {
			if !names[e] {
				return fmt.Errorf("%s: training: no comparison named %q", name, e)
			}
		}
	}
	return nil
}

// maxComparisons bounds a comparison vector, which is kept in a fixed array.
const maxComparisons = 8
