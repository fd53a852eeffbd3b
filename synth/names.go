package synth

import (
	"bufio"
	_ "embed"
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"sync"
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
	// tail is the share of draws that are rare names: real populations have a long
	// tail of names no list holds, without which common names collide far too often.
	tail float64
}

func (p *pool) draw(r *rand.Rand) *name {
	if p == nil || len(p.names) == 0 {
		return nil
	}
	if p.tail > 0 && len(p.names) > 3 && r.Float64() < p.tail {
		return p.blend(r)
	}
	x := r.IntN(p.cum[len(p.cum)-1])
	i := sort.SearchInts(p.cum, x+1)
	return &p.names[i]
}

// blend makes a rare name of the same language by joining the start of one listed
// name to the end of another (Kowal + czyk), cut next to a vowel so it reads as a name.
func (p *pool) blend(r *rand.Rand) *name {
	a, b := &p.names[r.IntN(len(p.names))], &p.names[r.IntN(len(p.names))]
	join := func(x, y string) string {
		xs, ys := []rune(x), []rune(y)
		head := cutNear(xs, len(xs)/2, r)
		tail := cutNear(ys, (len(ys)+1)/2, r)
		name := string(xs[:head]) + strings.ToLower(string(ys[tail:]))
		if len([]rune(name)) < 3 || strings.ContainsAny(name, " -'") {
			return x
		}
		return name
	}
	n := &name{spellings: []string{join(a.spellings[0], b.spellings[0])}}
	if a.female != "" && b.female != "" {
		n.female = join(a.female, b.female)
	}
	return n
}

// cutNear finds a cut in a name near i, just after a vowel.
func cutNear(rs []rune, i int, r *rand.Rand) int {
	i = max(1, min(len(rs)-1, i+r.IntN(3)-1))
	for j := i; j < len(rs); j++ {
		if strings.ContainsRune("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýăâîëąęėįų", rs[j-1]) {
			return j
		}
	}
	return i
}

// namebook holds the pools by nationality and kind (given_m, given_f, family, ...).
type namebook map[string]map[string]*pool

// names are parsed when first needed, not when any retrace command starts.
var names = sync.OnceValue(func() namebook { return mustParseNames(namesTSV) })

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
		p.tail = tailShare(f[0], f[1])
	}
	return nb, sc.Err()
}

// tailShare: Vietnamese and Chinese family names really are few (Nguyen is about 38%
// of Vietnamese); British ones are many (the hundred commonest cover about a fifth of
// people); elsewhere a third of family names and a fifth of given names are rarer
// than any list.
func tailShare(nat, kind string) float64 {
	switch {
	case strings.HasPrefix(kind, "middle"):
		return 0
	case kind == "family" && (nat == "VNM" || nat == "CHN"):
		return 0
	case kind == "family" && nat == "GBR":
		return 0.7
	case kind == "family":
		return 0.35
	}
	return 0.2
}

// pools returns the name pools of a nationality, falling back to British names.
func (nb namebook) pools(nat string) map[string]*pool {
	if p, ok := nb[nat]; ok {
		return p
	}
	return nb["GBR"]
}
