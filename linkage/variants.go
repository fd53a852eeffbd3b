package linkage

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
)

//go:embed data/variants.tsv
var defaultVariants string

// Variants maps spellings of a name to the group they belong to: Mohammed, Muhammad,
// Mohamed and محمد are one name. Groups come from a data file that can be extended.
type Variants struct {
	group map[string]string // normalised spelling, spaces removed → group label
}

// DefaultVariants are the groups shipped with retrace (linkage/data/variants.tsv).
func DefaultVariants() *Variants {
	v, err := ReadVariants(strings.NewReader(defaultVariants))
	if err != nil {
		panic(err)
	}
	return v
}

// ReadVariants reads groups: one a line, spellings separated by tabs, '#' comments.
func ReadVariants(r io.Reader) (*Variants, error) {
	v := &Variants{group: map[string]string{}}
	return v, v.Add(r)
}

// Add reads more groups. A spelling already in a group keeps its first group.
func (v *Variants) Add(r io.Reader) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cells := strings.Split(text, "\t")
		if len(cells) < 2 {
			return fmt.Errorf("line %d: a group needs two or more spellings separated by tabs", line)
		}
		label := joined(Normalise(cells[0]))
		for _, c := range cells {
			key := joined(Normalise(c))
			if _, taken := v.group[key]; !taken && key != "" {
				v.group[key] = label
			}
		}
	}
	return sc.Err()
}

func joined(normalised string) string { return strings.ReplaceAll(normalised, " ", "") }

// Canonical is the group label of a normalised token, or the token itself.
func (v *Variants) Canonical(token string) string {
	if g, ok := v.group[token]; ok {
		return g
	}
	return token
}

// canonicalTokens maps a name's tokens to their groups, joining two adjacent tokens
// where together they are one name (Abdul Rahman → abdulrahman).
func (v *Variants) canonicalTokens(tokens []string) []string {
	out := make([]string, 0, len(tokens))
	for i := 0; i < len(tokens); i++ {
		if i+1 < len(tokens) {
			if g, ok := v.group[tokens[i]+tokens[i+1]]; ok {
				out = append(out, g)
				i++
				continue
			}
		}
		out = append(out, v.Canonical(tokens[i]))
	}
	return out
}

// NameTokens are a name's tokens as linkage compares them: normalised, and each in
// its variant group's form (Muhammad and محمد → mohammed).
func (v *Variants) NameTokens(name string) []string {
	return v.canonicalTokens(Tokens(Normalise(name)))
}
