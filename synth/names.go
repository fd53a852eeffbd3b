package synth

import (
	"bufio"
	_ "embed"
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
)

//go:embed data/names.tsv
var namesTSV string

// name is one name with the spellings it is found under in records.
type name struct {
	spellings []string // first is the usual Latin form, with diacritics
	script    string   // native-script form, if known
	female    string   // female form of a family name (Polish, Lithuanian)
}

// pool draws names with realistic, skewed frequencies.
type pool struct {
	names []name
	cum   []int // cumulative weights
}

func (p *pool) draw(r *rand.Rand) *name {
	if p == nil || len(p.names) == 0 {
		return nil
	}
	x := r.IntN(p.cum[len(p.cum)-1])
	i := sort.SearchInts(p.cum, x+1)
	return &p.names[i]
}

// namebook holds the pools by nationality and kind (given_m, given_f, family, ...).
type namebook map[string]map[string]*pool

var names = mustParseNames(namesTSV)

func mustParseNames(text string) namebook {
	nb, err := parseNames(text)
	if err != nil {
		panic(err)
	}
	return nb
}

func parseNames(text string) (namebook, error) {
	nb := namebook{}
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("names.tsv:%d: %d columns, want 5", line, len(f))
		}
		w, err := strconv.Atoi(f[2])
		if err != nil || w < 1 {
			return nil, fmt.Errorf("names.tsv:%d: weight %q", line, f[2])
		}
		n := name{spellings: strings.Split(f[3], "|")}
		if v, ok := strings.CutPrefix(f[4], "script="); ok {
			n.script = v
		} else if v, ok := strings.CutPrefix(f[4], "female="); ok {
			n.female = v
		}
		byKind := nb[f[0]]
		if byKind == nil {
			byKind = map[string]*pool{}
			nb[f[0]] = byKind
		}
		p := byKind[f[1]]
		if p == nil {
			p = &pool{}
			byKind[f[1]] = p
		}
		total := w
		if len(p.cum) > 0 {
			total += p.cum[len(p.cum)-1]
		}
		p.names = append(p.names, n)
		p.cum = append(p.cum, total)
	}
	return nb, sc.Err()
}

// pools returns the name pools of a nationality, falling back to British names.
func (nb namebook) pools(nat string) map[string]*pool {
	if p, ok := nb[nat]; ok {
		return p
	}
	return nb["GBR"]
}
