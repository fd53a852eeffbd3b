package linkage

import (
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Linker links the records of one dataset under one set of settings.
type Linker struct {
	settings    Settings
	variants    *Variants
	comparisons []Comparison
	keyers      []keyer
	data        *Dataset
	features    [][]Feature        // [record][comparison]
	tf          map[string]float64 // share of records with each name token
	nameTF      map[string]float64 // share of records with each whole name (its sorted tokens)
	model       *Model
}

// New prepares a linker; model may be nil, in which case Link trains one.
func New(s Settings, v *Variants, model *Model) (*Linker, error) {
	if err := s.validate("settings"); err != nil {
		return nil, err
	}
	l := &Linker{settings: s, variants: v, model: model}
	for _, cs := range s.Comparisons {
		c, err := cs.build(v)
		if err != nil {
			return nil, err
		}
		l.comparisons = append(l.comparisons, c)
	}
	for _, b := range s.Blocking {
		k, err := b.keyer(s, v)
		if err != nil {
			return nil, err
		}
		l.keyers = append(l.keyers, k)
	}
	return l, nil
}

// Load prepares every record's features and the name-token frequencies.
func (l *Linker) Load(d *Dataset) {
	l.data = d
	l.features = make([][]Feature, d.Len())
	tokens, names := map[string]int{}, map[string]int{}
	for i := range l.features {
		get := d.get(i)
		f := make([]Feature, len(l.comparisons))
		for c, cmp := range l.comparisons {
			f[c] = cmp.Prepare(get)
			if nf, ok := f[c].(*nameFeature); ok && l.settings.Comparisons[c].TermFrequency {
				for k, t := range nf.canon {
					if k == 0 || nf.canon[k-1] != t {
						tokens[t]++
					}
				}
				names[strings.Join(nf.canon, " ")]++
			}
		}
		l.features[i] = f
	}
	l.tf = make(map[string]float64, len(tokens))
	for t, n := range tokens {
		l.tf[t] = float64(n) / float64(max(1, d.Len()))
	}
	l.nameTF = make(map[string]float64, len(names))
	for t, n := range names {
		l.nameTF[t] = float64(n) / float64(max(1, d.Len()))
	}
}

// compare is the comparison vector of records i and j.
func (l *Linker) compare(i, j int) gamma {
	var g gamma
	for c, cmp := range l.comparisons {
		a, b := l.features[i][c], l.features[j][c]
		if a == nil || b == nil {
			continue
		}
		g[c] = uint8(cmp.Compare(a, b))
	}
	return g
}

// Pair is a compared pair of records with its score.
type Pair struct {
	A, B        int32
	Rule        uint8 // the blocking rule that made the pair
	Gamma       gamma
	Weight      float64
	Probability float64
}

// Result is what linking found.
type Result struct {
	Cluster   []int32 // each record's cluster: the index of its cluster's first record
	Review    []Pair  // pairs for a person to decide
	HeldApart []Pair  // strong pairs not joined because their clusters disagree
	Blocking  Blocking
	Model     *Model
	Pairs     []Pair
}

// Decision is a reviewer's verdict on a pair, which wins over the model.
type Decision struct {
	A, B string
	Same bool
}

// Options control one run.
type Options struct {
	Decisions []Decision
	// Only, if set, limits comparison to the pairs it accepts: incremental linking
	// compares only pairs with a new record.
	Only     func(i, j int) bool
	Progress func(stage string, done, total int)
}

// Link blocks, compares, trains a model if there is none, scores and clusters.
func (l *Linker) Link(ctx context.Context, opt Options) (*Result, error) {
	res := &Result{}
	keys, dropped := l.data.buildKeys(l.settings, l.keyers)
	raw, perRule := keys.pairs(opt.Only)
	for r, b := range l.settings.Blocking {
		res.Blocking.Rules = append(res.Blocking.Rules, RuleReport{Name: b.Name, Pairs: perRule[r], DroppedKeys: dropped[r]})
	}
	res.Blocking.Pairs = len(raw)
	pairs, err := l.comparePairs(ctx, raw, opt.Progress)
	if err != nil {
		return nil, err
	}
	if l.model == nil {
		l.model = l.train(keys, pairs)
	}
	res.Model = l.model
	for i := range pairs {
		pairs[i].Weight = l.weight(&pairs[i])
		pairs[i].Probability = probability(pairs[i].Weight)
	}
	res.Pairs = pairs
	res.Cluster, res.HeldApart = l.cluster(pairs, opt.Decisions)
	for _, p := range pairs {
		if p.Probability >= l.settings.ReviewThreshold && p.Probability < l.settings.MatchThreshold {
			res.Review = append(res.Review, p)
		}
	}
	sort.Slice(res.Review, func(i, j int) bool { return res.Review[i].Probability > res.Review[j].Probability })
	return res, nil
}

// comparePairs computes the pairs' vectors on every core.
func (l *Linker) comparePairs(ctx context.Context, raw [][3]int32, progress func(string, int, int)) ([]Pair, error) {
	pairs := make([]Pair, len(raw))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	chunk := 20000
	next := make(chan int)
	go func() {
		defer close(next)
		for start := 0; start < len(raw); start += chunk {
			select {
			case next <- start:
			case <-ctx.Done():
				return
			}
			if progress != nil {
				progress("comparing", start, len(raw))
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for start := range next {
				for k := start; k < min(start+chunk, len(raw)); k++ {
					i, j := raw[k][0], raw[k][1]
					pairs[k] = Pair{A: i, B: j, Rule: uint8(raw[k][2]), Gamma: l.compare(int(i), int(j))}
				}
			}
		}()
	}
	wg.Wait()
	if progress != nil {
		progress("comparing", len(raw), len(raw))
	}
	return pairs, ctx.Err()
}

// train estimates u from random pairs, m by EM in the training sessions, and the
// chance that two random records match.
func (l *Linker) train(keys blockKeys, pairs []Pair) *Model {
	r := rand.New(rand.NewPCG(1, 2))
	u := l.estimateU(l.data, max(200_000, min(2_000_000, 20*l.data.Len())), r)
	m := l.estimateM(keys, u)
	model := &Model{Settings: l.settings, Lambda: l.estimateLambda(pairs, m, u), Records: l.data.Len()}
	for c, cmp := range l.comparisons {
		tc := TrainedComparison{Name: cmp.Name()}
		for k, label := range cmp.Levels() {
			lv := TrainedLevel{Label: label}
			if k > 0 {
				lv.M, lv.U = m[c][k], u[c][k]
				lv.Weight = math.Log2(lv.M / lv.U)
			}
			tc.Levels = append(tc.Levels, lv)
		}
		model.Comparisons = append(model.Comparisons, tc)
	}
	return model
}

// weight is a pair's match weight: the prior's log-odds plus each comparison's
// log2(m/u), with term-frequency adjustment for agreeing names.
func (l *Linker) weight(p *Pair) float64 {
	w := math.Log2(l.model.Lambda / (1 - l.model.Lambda))
	for c := range l.comparisons {
		w += l.levelWeight(int(p.A), int(p.B), c, int(p.Gamma[c]))
	}
	return w
}

// levelWeight is one comparison's contribution to a pair's weight.
func (l *Linker) levelWeight(i, j, c, level int) float64 {
	if level == 0 {
		return 0
	}
	lv := l.model.Comparisons[c].Levels[level]
	return math.Log2(lv.M/lv.U) + l.tfAdjustment(i, j, c, level)
}

// tfAdjustment: agreeing on a common name is worth less than the level's average,
// agreeing on a rare one more: log2(u_level / u_value), where u_value is the chance
// that a random record shares the agreeing names.
func (l *Linker) tfAdjustment(i, j, c, level int) float64 {
	nc, ok := l.comparisons[c].(*nameComparison)
	if !ok || !l.settings.Comparisons[c].TermFrequency || level > 4 {
		return 0
	}
	adj := math.Log2(l.model.Comparisons[c].Levels[level].U / l.uValue(nc, i, j, c))
	return math.Max(-8, math.Min(8, adj))
}

// uValue is the chance that a random record has the names records i and j agree on:
// the product of the names' frequencies, or, where names go together (Nguyen Van,
// Mohammed Ahmed), the frequency of the whole name, whichever is larger; at least one
// in the number of records.
func (l *Linker) uValue(nc *nameComparison, i, j, c int) float64 {
	agreeing := nc.agreeing(l.features[i][c], l.features[j][c])
	u := 1.0
	for _, t := range agreeing {
		u *= l.tf[t]
	}
	u = math.Max(u, l.nameTF[strings.Join(agreeing, " ")])
	return math.Max(u, 1/float64(max(1, l.data.Len())))
}
