package linkage

import (
	"math"
	"sort"
)

// cluster joins records into people: reviewers' "same" decisions first, then pairs at
// or above the match threshold, strongest first. A join is refused when it would put
// together two records a reviewer said are not the same, or two compared records that
// strongly disagree — the guard against chaining A~B~C into one person when A and C
// are plainly different. Refused joins are returned to be reviewed.
func (l *Linker) cluster(pairs []Pair, decisions []Decision) ([]int32, []Pair) {
	n := l.data.Len()
	uf := newUnionFind(n)
	apart := make([]map[int32]bool, n) // per root: records its members must not join
	keepApart := func(i, j int32) {
		for _, x := range [][2]int32{{i, j}, {j, i}} {
			if apart[x[0]] == nil {
				apart[x[0]] = map[int32]bool{}
			}
			apart[x[0]][x[1]] = true
		}
	}
	index := map[string]int32{}
	for i := 0; i < n; i++ {
		index[l.data.ID(i)] = int32(i)
	}
	for _, d := range decisions {
		a, okA := index[d.A]
		b, okB := index[d.B]
		if okA && okB && !d.Same {
			keepApart(a, b)
		}
	}
	var held []Pair
	join := func(a, b int32, forced bool) bool {
		ra, rb := uf.find(a), uf.find(b)
		if ra == rb {
			return true
		}
		if uf.size[ra] < uf.size[rb] {
			ra, rb = rb, ra
		}
		for _, m := range uf.members[rb] {
			if apart[ra][m] {
				return false
			}
		}
		if !forced && l.disagree(uf.members[ra], uf.members[rb]) {
			return false
		}
		uf.union(ra, rb)
		for k := range apart[rb] {
			if apart[ra] == nil {
				apart[ra] = map[int32]bool{}
			}
			apart[ra][k] = true
		}
		apart[rb] = nil
		return true
	}
	for _, d := range decisions {
		a, okA := index[d.A]
		b, okB := index[d.B]
		if okA && okB && d.Same {
			join(a, b, true)
		}
	}
	strong := make([]Pair, 0)
	for _, p := range pairs {
		if p.Probability() >= l.settings.MatchThreshold {
			strong = append(strong, p)
		}
	}
	sort.Slice(strong, func(i, j int) bool { return pairLess(strong[i], strong[j]) })
	for _, p := range strong {
		if !join(p.A, p.B, false) {
			held = append(held, p)
		}
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = uf.members[uf.find(int32(i))][0]
	}
	return out, held
}

// disagree reports whether joining two clusters would chain unlike records: their
// cross pairs, scored directly, have an average probability below the disagreement
// threshold, or one is below it and contradicts. A pair that merely lacks evidence
// (a missing date, a typo) does not stop a join on its own, since records of one
// person often share little; a contradiction does. Cross pairs are scored directly,
// not only those blocking made, so the guard sees what blocking did not; a large
// cluster is represented by a spread of its records, so that a thousand "Mohammed
// Ahmed" do not cost a million comparisons at every join.
func (l *Linker) disagree(a, b []int32) bool {
	if len(a) == 1 && len(b) == 1 {
		return false // the joining pair itself, already scored above the threshold
	}
	a, b = spread(a, guardSample), spread(b, guardSample)
	sum := 0.0
	for _, i := range a {
		for _, j := range b {
			p := l.pair(i, j)
			pr := probability(l.weight(&p))
			if pr < l.settings.DisagreeThreshold && l.contradicts(p.Gamma) {
				return true
			}
			sum += pr
		}
	}
	return sum/float64(len(a)*len(b)) < l.settings.DisagreeThreshold
}

// guardSample is how many records of a cluster the chaining guard compares.
const guardSample = 12

// spread picks at most n of the sorted members, evenly through the list.
func spread(members []int32, n int) []int32 {
	if len(members) <= n {
		return members
	}
	out := make([]int32, n)
	for k := range out {
		out[k] = members[k*len(members)/n]
	}
	return out
}

// contradiction is the level weight, in bits, at or below which a comparison says
// two records are different people (a date of birth years apart, another sex),
// rather than merely not saying they are the same (a missing or mistyped value).
const contradiction = -5

// contradicts: some comparison of the pair is a contradiction.
func (l *Linker) contradicts(g gamma) bool {
	for c := range l.comparisons {
		if k := int(g[c]); k > 0 {
			lv := l.model.Comparisons[c].Levels[k]
			if math.Log2(lv.M/lv.U) <= contradiction {
				return true
			}
		}
	}
	return false
}

type unionFind struct {
	parent  []int32
	size    []int32
	members [][]int32 // at each root, its records in index order
}

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int32, n), size: make([]int32, n), members: make([][]int32, n)}
	for i := range u.parent {
		u.parent[i], u.size[i], u.members[i] = int32(i), 1, []int32{int32(i)}
	}
	return u
}

func (u *unionFind) find(x int32) int32 {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// union joins root b into root a.
func (u *unionFind) union(a, b int32) {
	u.parent[b] = a
	u.size[a] += u.size[b]
	merged := append(u.members[a], u.members[b]...)
	sort.Slice(merged, func(i, j int) bool { return merged[i] < merged[j] })
	u.members[a], u.members[b] = merged, nil
}
