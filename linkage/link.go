package linkage

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/retrace-uk/retrace/bloom"
)

// Linker links the records of one dataset under one set of settings.
type Linker struct {
	settings    Settings
	boundAsSet  float64 // max_matches_per_record as set, where the data raised it
	variants    *Variants
	comparisons []Comparison
	keyers      []keyer
	data        *Dataset
	features    [][]Feature        // [record][comparison]
	tf          map[string]float64 // share of records with each name token
	nameTF      map[string]float64 // share of records with each whole name (its sorted tokens)
	model       *Model
	// weights are the model's levelWeights, taken once: scoring tens of millions of
	// pairs took a logarithm per comparison each.
	weights, weightsFollowed [][]float64
	// follows is, for each comparison, the comparison it follows (−1: none).
	follows []int
	// allOther is each comparison's level "all other".
	allOther []int
	// frequencyComparison is the name comparison weighed by how common names are
	// (−1: none).
	frequencyComparison int
	notes               []string // what reading the data's values found
}

// Notes say how the data's dates, sexes and nationalities were read, and which
// values could not be.
func (l *Linker) Notes() []string { return l.notes }

// RewriteValues writes the dates, sexes and nationalities the comparisons of s read
// in one form each (ISO dates, M and F, ISO country codes; see values.go), and says,
// column by column, what could not be read. Encodings none of which the settings can
// read are an error: they were made under another schema.
func RewriteValues(s Settings, d *Dataset) ([]string, error) {
	var notes []string
	for k, t := range d.text {
		switch n := t.note(); {
		case n != "" && len(d.files) > 1:
			notes = append(notes, d.files[k]+": "+n)
		case n != "":
			notes = append(notes, n)
		}
	}
	d.text = nil // said once
	for _, c := range s.Derived {
		d.derive(c)
	}
	d.details = nil // each details cell read once for all its parts; not kept
	done := map[string]bool{}
	for _, cs := range s.Comparisons {
		col := cs.Columns[0]
		if done[columnKey(col)] || !d.HasColumn(col) {
			continue
		}
		var r columnReading
		switch cs.Kind {
		case "date_of_birth":
			order, note := columnDateOrder(d.column(col))
			var met dateReading
			r = d.rewriteColumn(col, "dates", readDate(order, &met))
			if cs.FromAge != nil {
				met.fromAge, met.ageOn = d.fillFromAge(col, *cs.FromAge), *cs.FromAge
			}
			r.note = strings.Join(slices.DeleteFunc([]string{note, met.note()}, func(s string) bool { return s == "" }), "; ")
		case "sex":
			r = d.rewriteColumn(col, "sexes", readSex)
			r.kept = true
		case "country":
			var met countryReading
			r = d.rewriteColumn(col, "countries", readCountries(&met))
			r.kept, r.note = true, met.note()
		case "dice", "dice_names", "dice_date":
			r = d.checkColumn(col, "encodings", encodingProblem(s.bitsUsed(col)))
			if r.unreadable > 0 && r.unreadable == r.values {
				return notes, fmt.Errorf("%s: none of the %d encodings can be read with these settings (the first on %s: %s); encodings made under an earlier schema link with examples/linkage/encoded-v1.json to encoded-v5.json", col, r.values, r.firstAt, r.problem)
			}
		default:
			continue // not marked done: a comparison of another kind may still read it
		}
		done[columnKey(col)] = true
		if s := r.String(); s != "" {
			notes = append(notes, s)
		}
	}
	return notes, nil
}

// encodingProblem says what is wrong with an encoding, if anything, for settings
// whose parts of it reach bit need: one from another schema may be too short.
func encodingProblem(need int) func(string) string {
	return func(s string) string {
		f, err := bloom.Parse(s)
		switch {
		case err != nil:
			return "not an encoding (a Bloom filter in base64, from retrace encode)"
		case 64*len(f) < need:
			return fmt.Sprintf("an encoding of %d bits, where the settings read bits up to %d (encoded under another schema?)", 64*len(f), need)
		}
		return ""
	}
}

// New prepares a linker; model may be nil, in which case Link trains one.
func New(s Settings, v *Variants, model *Model) (*Linker, error) {
	if err := s.validate("settings"); err != nil {
		return nil, err
	}
	l := &Linker{settings: s, variants: v, frequencyComparison: -1}
	for k, cs := range s.Comparisons {
		c, err := cs.build(v)
		if err != nil {
			return nil, err
		}
		if l.frequencyComparison < 0 && weighsFrequency(cs) {
			l.frequencyComparison = k
		}
		l.comparisons = append(l.comparisons, c)
		l.allOther = append(l.allOther, len(c.Levels())-1)
	}
	l.follows = s.followed()
	l.useModel(model)
	for _, b := range s.Blocking {
		k, err := b.keyer(s, v)
		if err != nil {
			return nil, err
		}
		l.keyers = append(l.keyers, k)
	}
	return l, nil
}

// Load prepares every record's features and the name-token frequencies; the data must
// have every column the settings name.
func (l *Linker) Load(d *Dataset) error {
	if err := l.settings.CheckColumns(d); err != nil {
		return err
	}
	l.data = d
	if !d.readAlready {
		notes, err := RewriteValues(l.settings, d)
		if err != nil {
			return err
		}
		l.notes = notes
	}
	l.features = make([][]Feature, d.Len())
	eachPart(parts(d.Len()), func(p int) {
		for i := p * partSize; i < min(d.Len(), (p+1)*partSize); i++ {
			get := d.get(i)
			l.features[i] = make([]Feature, len(l.comparisons))
			for c, cmp := range l.comparisons {
				l.features[i][c] = cmp.Prepare(get)
			}
		}
	})
	tokens, names, encoded := map[string]int{}, map[string]int{}, map[string]int{}
	for _, f := range l.features {
		for c := range l.comparisons {
			if ef, ok := f[c].(*encodedFeature); ok && c == l.frequencyComparison {
				encoded[ef.filter.String()]++
			}
			if nf, ok := f[c].(*nameFeature); ok && l.settings.Comparisons[c].TermFrequency {
				for k, t := range nf.canon {
					if k == 0 || nf.canon[k-1] != t {
						tokens[t]++
					}
				}
				names[nf.joined]++
			}
		}
	}
	// The chance that another record shares a value with this one: (count−1)/(N−1),
	// so that a name held by just the two records of a pair counts as rare.
	others := float64(max(1, d.Len()-1))
	l.tf = make(map[string]float64, len(tokens))
	for t, n := range tokens {
		l.tf[t] = float64(max(1, n-1)) / others
	}
	l.nameTF = make(map[string]float64, len(names))
	for t, n := range names {
		l.nameTF[t] = float64(max(0, n-2)) / others
	}
	l.noteTokenFrequencies()
	l.noteEncodingFrequencies(encoded, others)
	l.noteEncodedNameFrequencies(others)
	return nil
}

// noteEncodingFrequencies keeps with each encoded name the share of other records
// whose encoding of it is the same to the bit, as the hub counts them (the hub
// learns no more than it sees): once a record, not once a pair.
func (l *Linker) noteEncodingFrequencies(encoded map[string]int, others float64) {
	if len(encoded) == 0 {
		return
	}
	for _, f := range l.features {
		if ef, ok := f[l.frequencyComparison].(*encodedFeature); ok {
			ef.tf = float32(float64(max(1, encoded[ef.filter.String()]-1)) / others)
		}
	}
}

// noteTokenFrequencies keeps each name token's frequency with the name, where
// comparing pairs finds it without a look-up.
func (l *Linker) noteTokenFrequencies() {
	c := l.frequencyComparison
	if c < 0 {
		return
	}
	eachPart(parts(len(l.features)), func(p int) {
		for i := p * partSize; i < min(len(l.features), (p+1)*partSize); i++ {
			nf, ok := l.features[i][c].(*nameFeature)
			if !ok {
				continue
			}
			for _, f := range append([]*nameFeature{nf}, nf.aliases...) {
				f.tf = make([]float32, len(f.canon))
				for k, t := range f.canon {
					f.tf[k] = float32(l.tf[t])
				}
				f.joinedTF = float32(l.nameTF[f.joined])
			}
		}
	})
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
	A, B  int32
	Rule  uint8 // the blocking rule that made the pair
	Gamma gamma
	// NamesU is the chance that a random record has the names the pair agrees on, or
	// spells closely (0: names not weighed by frequency). Found with the comparison,
	// while the records are at hand, for scoring later.
	NamesU float32
	Weight float32
}

// pair compares records i and j.
func (l *Linker) pair(i, j int32) Pair { return l.pairOf(i, j, l.compare(int(i), int(j))) }

// pairOf is the pair of records i and j, compared as g.
func (l *Linker) pairOf(i, j int32, g gamma) Pair {
	p := Pair{A: i, B: j, Gamma: g}
	if c := l.frequencyComparison; c >= 0 {
		p.NamesU = float32(l.namesU(int(i), int(j), c, int(p.Gamma[c])))
	}
	return p
}

// Probability is the chance, by the model, that the pair is one person.
func (p Pair) Probability() float64 { return probability(float64(p.Weight)) }

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
	Only func(i, j int) bool
	// Keep, if set, keeps in the result every compared pair it accepts, besides
	// those worth a second look: to measure blocking recall, keep the true pairs.
	Keep     func(i, j int) bool
	Progress func(stage string, done, total int)
}

// Link blocks, compares, trains a model if there is none, scores and clusters.
func (l *Linker) Link(ctx context.Context, opt Options) (*Result, error) {
	res := &Result{}
	if l.model == nil && l.settings.TrainingRefineColumn != "" {
		if err := l.trainApart(ctx, opt); err != nil {
			return nil, err
		}
	}
	training := l.model == nil // on the pairs linking compares
	keys, wide := l.data.buildKeys(l.settings, l.variants, l.keyers)
	compared, err := l.comparePairs(ctx, keys, opt.Only, training, opt.Progress)
	if err != nil {
		return nil, err
	}
	for r, b := range l.settings.Blocking {
		res.Blocking.Rules = append(res.Blocking.Rules, RuleReport{Name: b.Name, Pairs: compared.perRule[r], WideKeys: wide[r]})
		res.Blocking.Pairs += compared.perRule[r]
	}
	if training {
		l.useModel(l.train(compared.patterns))
	}
	res.Model = l.model
	pairs := l.score(compared.chunks, opt.Keep, training)
	res.Cluster, res.HeldApart = l.cluster(pairs, opt.Decisions)
	for _, p := range pairs {
		if pr := p.Probability(); pr >= l.settings.ReviewThreshold && pr < l.settings.MatchThreshold {
			res.Review = append(res.Review, p)
		}
	}
	sort.Slice(res.Review, func(i, j int) bool { return pairLess(res.Review[i], res.Review[j]) })
	res.Pairs = pairs
	return res, nil
}

// pairLess orders pairs strongest first, then by record.
func pairLess(a, b Pair) bool {
	if a.Weight != b.Weight {
		return a.Weight > b.Weight
	}
	return a.A < b.A || (a.A == b.A && a.B < b.B)
}

// compared holds the compared pairs in the chunks the workers made them in (a million
// records make tens of millions of pairs: one growing slice would copy them over and
// over), with what training needs counted as they were made.
type compared struct {
	chunks   [][]Pair
	perRule  []int
	patterns patterns
}

// comparePairs makes the rules' pairs block by block and compares them, every core
// taking its own blocks; with count, it also counts their comparison vectors for
// training.
func (l *Linker) comparePairs(ctx context.Context, keys blockKeys, only func(i, j int) bool, count bool, progress func(string, int, int)) (*compared, error) {
	const blocksPerPart, chunk = 512, 4096
	out := &compared{perRule: make([]int, len(keys.keys))}
	workers := runtime.GOMAXPROCS(0)
	counted := make([]patterns, workers)
	if count {
		for w := range counted {
			counted[w] = l.newPatterns()
		}
	}
	done := 0
	for r := range keys.keys {
		blocks := keys.blocks(r)
		parts := (len(blocks) + blocksPerPart - 1) / blocksPerPart
		results := make([][][]Pair, workers) // each worker's full chunks
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// Fixed-size chunks: a growing slice would copy its pairs over and over.
				pairs := make([]Pair, 0, chunk)
				for k := int(next.Add(1) - 1); k < parts && ctx.Err() == nil; k = int(next.Add(1) - 1) {
					for _, bl := range blocks[k*blocksPerPart : min(len(blocks), (k+1)*blocksPerPart)] {
						keys.pairsOf(r, bl, only, func(i, j int32) {
							if len(pairs) == chunk {
								results[w] = append(results[w], pairs)
								pairs = make([]Pair, 0, chunk)
							}
							p := l.pair(i, j)
							p.Rule = uint8(r)
							pairs = append(pairs, p)
						})
					}
				}
				results[w] = append(results[w], slices.Clip(pairs))
				if count {
					for _, c := range results[w] {
						counted[w].add(keys, c)
					}
				}
			}()
		}
		wg.Wait()
		for _, part := range results {
			for _, pairs := range part {
				if len(pairs) > 0 {
					out.chunks = append(out.chunks, pairs)
					out.perRule[r] += len(pairs)
				}
			}
		}
		if done += out.perRule[r]; progress != nil {
			progress("comparing pairs", done, -1)
		}
	}
	if progress != nil {
		progress("comparing pairs", done, done)
	}
	if count {
		out.patterns = l.newPatterns()
		for _, c := range counted {
			out.patterns.merge(c)
		}
	}
	return out, ctx.Err()
}

// score weighs the compared pairs on every core and keeps those with a probability of
// at least the review threshold, and those keep accepts, sorted by record and each
// once (a wide block's neighbours may also meet under another rule). Chunks are
// released as they are scored. In training, the prior is then estimated again from
// the pairs' full weights (see refitLambda) before pairs are kept.
func (l *Linker) score(chunks [][]Pair, keep func(i, j int) bool, training bool) []Pair {
	prior := l.prior()
	cut := logit(l.settings.ReviewThreshold) - prior // least evidence a kept pair has
	if training {
		cut -= maxRefit // the prior may yet rise this much
	}
	kept := make([][]Pair, len(chunks))
	var all evidenceHistogram
	var mu sync.Mutex
	eachPart(len(chunks), func(k int) {
		var out []Pair
		var h evidenceHistogram
		for _, p := range chunks[k] {
			p.Weight = float32(l.evidence(&p)) // the prior is added once it is known
			h.add(float64(p.Weight))
			if float64(p.Weight) >= cut || (keep != nil && keep(int(p.A), int(p.B))) {
				out = append(out, p)
			}
		}
		kept[k], chunks[k] = out, nil
		mu.Lock()
		all.merge(&h)
		mu.Unlock()
	})
	if training {
		l.model.Lambda = l.refitLambda(&all, prior+maxRefit)
		prior = l.prior()
	}
	var pairs []Pair
	for _, k := range kept {
		for _, p := range k {
			p.Weight += float32(prior)
			if p.Probability() >= l.settings.ReviewThreshold || (keep != nil && keep(int(p.A), int(p.B))) {
				pairs = append(pairs, p)
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		return pairs[i].A < pairs[j].A || (pairs[i].A == pairs[j].A && pairs[i].B < pairs[j].B)
	})
	unique := pairs[:0]
	for k, p := range pairs {
		if k == 0 || p.A != pairs[k-1].A || p.B != pairs[k-1].B {
			unique = append(unique, p)
		}
	}
	return unique
}

// trainApart trains the model on a blocking pass of its own, with every rule's
// too-common keys split by TrainingRefineColumn, and refits the prior on that pass's
// pairs, the pairs the model learned from (linking's neighbours in common keys are
// mostly strangers, many of them near misses). Its pairs are then let go.
func (l *Linker) trainApart(ctx context.Context, opt Options) error {
	keys, _ := l.data.buildKeys(l.settings.forTraining(), l.variants, l.keyers)
	pass, err := l.comparePairs(ctx, keys, opt.Only, true, renamed(opt.Progress, "comparing pairs to train on"))
	if err != nil {
		return err
	}
	l.useModel(l.train(pass.patterns))
	l.model.Lambda = l.refitLambda(histogramOf(l, pass.chunks), l.prior()+maxRefit)
	return nil
}

// renamed reports progress under another stage's name.
func renamed(progress func(string, int, int), stage string) func(string, int, int) {
	if progress == nil {
		return nil
	}
	return func(_ string, done, total int) { progress(stage, done, total) }
}

// histogramOf counts pairs by their evidence, on every core.
func histogramOf(l *Linker, chunks [][]Pair) *evidenceHistogram {
	var all evidenceHistogram
	var mu sync.Mutex
	eachPart(len(chunks), func(k int) {
		var h evidenceHistogram
		for _, p := range chunks[k] {
			h.add(float64(float32(l.evidence(&p)))) // as score rounds a pair's weight
		}
		mu.Lock()
		all.merge(&h)
		mu.Unlock()
	})
	return &all
}

// train estimates u from random pairs, m by EM in the training sessions, and the
// chance that two random records match.
func (l *Linker) train(counted patterns) *Model {
	// u of the name levels that hold the same names is replaced by how common the
	// names are, so half a million random pairs are enough for the rest.
	samples := max(200_000, min(500_000, 10*l.data.Len()))
	u, uFollowed := l.estimateU(l.data, samples, nil)
	m := l.estimateM(counted.sessions, u, uFollowed)
	all := sortedByRarity(counted.all)
	l.raisePriorBound(all)
	m, lambda := l.refineM(all, m, u, uFollowed, l.estimateLambda(all, m, u))
	// u again, each random pair counted by the chance it is of two people. uFollowed
	// is left as measured: it weighs agreement that follows another comparison's (a
	// postcode where the address agrees) against pairs alike in that, which the model
	// was trained with, and refining it would need the model trained again.
	l.useModel(l.modelOf(m, u, uFollowed, lambda))
	apart, _ := l.estimateU(l.data, samples, func(i, j int, g gamma) float64 {
		p := l.pairOf(int32(i), int32(j), g) // compared once, for u and for this
		return 1 - probability(l.weight(&p))
	})
	for c := range u {
		if c != l.frequencyComparison { // names are weighed by how common they are, against the level's u as measured
			u[c] = apart[c]
		}
	}
	return l.modelOf(m, u, uFollowed, lambda)
}

// modelOf is the model of trained m, u and prior.
func (l *Linker) modelOf(m, u, uFollowed [][]float64, lambda float64) *Model {
	model := &Model{Settings: l.settings, Lambda: lambda, Records: l.data.Len(), BoundAsSet: l.boundAsSet}
	for c, cmp := range l.comparisons {
		tc := TrainedComparison{Name: cmp.Name()}
		for k, label := range cmp.Levels() {
			lv := TrainedLevel{Label: label}
			if k > 0 {
				lv.M, lv.U = m[c][k], u[c][k]
				lv.Weight = math.Log2(lv.M / lv.U)
				if l.follows[c] >= 0 {
					lv.UFollowed = uFollowed[c][k]
				}
			}
			tc.Levels = append(tc.Levels, lv)
		}
		model.Comparisons = append(model.Comparisons, tc)
	}
	return model
}

// useModel scores with model, which may be nil until one is trained.
func (l *Linker) useModel(model *Model) {
	l.model = model
	if model == nil {
		return
	}
	m, u, uFollowed := make([][]float64, len(model.Comparisons)), make([][]float64, len(model.Comparisons)), make([][]float64, len(model.Comparisons))
	for c, tc := range model.Comparisons {
		for _, lv := range tc.Levels {
			m[c], u[c], uFollowed[c] = append(m[c], lv.M), append(u[c], lv.U), append(uFollowed[c], lv.UFollowed)
		}
	}
	l.weights, l.weightsFollowed = levelWeights(m, u, uFollowed)
}

// weight is a pair's match weight: the prior's log-odds plus its evidence.
func (l *Linker) weight(p *Pair) float64 {
	return l.prior() + l.evidence(p)
}

// prior is the log-odds that two records picked at random are one person.
func (l *Linker) prior() float64 {
	return logit(l.model.Lambda)
}

func logit(p float64) float64 { return math.Log2(p / (1 - p)) }

// evidence is the sum of each comparison's log2(m/u), with term-frequency adjustment
// for agreeing names.
func (l *Linker) evidence(p *Pair) float64 {
	w := 0.0
	for c := range l.comparisons {
		w += l.contribution(c, p.Gamma, float64(p.NamesU))
	}
	return w
}

// contribution is one comparison's part of a pair's weight: its level's weight; but
// where the comparison it follows agrees, agreement is weighed against random pairs
// that agree on that too (a model trained before that was measured counts nothing
// where the names are the same, as it did then). namesU is the pair's NamesU.
func (l *Linker) contribution(c int, g gamma, namesU float64) float64 {
	lw := l.levelWeight(c, int(g[c]), namesU)
	if lw <= 0 || !l.followedAgrees(c, g) {
		return lw
	}
	switch {
	case l.model.Comparisons[c].Levels[g[c]].UFollowed > 0:
		return l.weightsFollowed[c][g[c]]
	case sameNames(int(g[l.follows[c]])):
		return 0 // a model from before u was measured so: agreement that follows the same names counts for nothing
	}
	return lw
}

// followedAgrees: the comparison that c follows agrees, at any level but null and
// "all other" (names: share something).
func (l *Linker) followedAgrees(c int, g gamma) bool {
	f := l.follows[c]
	return f >= 0 && g[f] > 0 && int(g[f]) < l.allOther[f]
}

// levelWeight is one comparison's contribution to a pair's weight.
func (l *Linker) levelWeight(c, level int, namesU float64) float64 {
	if level == 0 {
		return 0
	}
	return l.weights[c][level] + l.tfAdjustment(c, level, namesU)
}

// tfAdjustment: agreeing on a common name is worth less than the level's average,
// agreeing on a rare one more: log2(u_level / u_names), where u_names (namesU) is the
// chance that a random record has the agreeing names. Names spelled closely are
// weighed against exact agreement's u: a close spelling of a name is about as common,
// among records, as the name.
func (l *Linker) tfAdjustment(c, level int, namesU float64) float64 {
	if c != l.frequencyComparison || namesU <= 0 {
		return 0
	}
	return frequencyAdjustment(l.model.Comparisons[c].Levels[l.frequencyReference(c, level)].U, namesU)
}

// frequencyReference is the level whose u a pair's names are weighed against: its
// own, but for plaintext names spelled closely, exact agreement's (see uClose).
func (l *Linker) frequencyReference(c, level int) int {
	if _, plain := l.comparisons[c].(*nameComparison); plain && closeSpelling(level) {
		return 1
	}
	return level
}

// frequencyAdjustment is log2(uLevel / namesU), within ±8 bits.
func frequencyAdjustment(uLevel, namesU float64) float64 {
	return math.Max(-8, math.Min(8, math.Log2(uLevel/namesU)))
}

// namesU is the chance that a random record has the names records i and j agree on at
// this level of name comparison c, or 0 where names are not weighed by frequency.
func (l *Linker) namesU(i, j, c, level int) float64 {
	if c != l.frequencyComparison || l.features[i][c] == nil || l.features[j][c] == nil {
		return 0
	}
	if x, ok := l.features[i][c].(*encodedFeature); ok {
		return l.encodedU(x, l.features[j][c].(*encodedFeature), level, l.allOther[c])
	}
	if x, ok := l.features[i][c].(*encodedNames); ok {
		return l.encodedNamesU(l.comparisons[c].(*diceNamesComparison), x, l.features[j][c].(*encodedNames), level)
	}
	switch {
	case sameNames(level):
		return l.uValue(i, j, c)
	case closeSpelling(level):
		return l.uClose(i, j, c)
	case oneNameInCommon(level, l.allOther[c]):
		return l.uOneName(i, j, c)
	}
	return 0
}

// oneNameInCommon: the level is one of "one name in common" (there are three where
// names may be chains), not "all other".
func oneNameInCommon(level, allOther int) bool { return level >= oneInCommon && level < allOther }

// uOneName is the chance that a random record has the name two records share at a
// level "one name in common": sharing Rebwar says more than sharing Mohammed. Where
// they share no name to the letter (only its consonants), 0: the level's own u.
func (l *Linker) uOneName(i, j, c int) float64 {
	x, y := comparedNames(l.features[i][c].(*nameFeature), l.features[j][c].(*nameFeature))
	u := float32(0)
	for k, t := range x.canon {
		if (u == 0 || x.tf[k] < u) && contains(y.canon, t) {
			u = x.tf[k] // the rarest shared name
		}
	}
	return float64(u)
}

// encodedU, for encodings of names: where two parts are the same to the bit (one
// name, encoded alike), the chance that a random record's is too (see
// noteEncodingFrequencies); where they are alike at the next level, the commoner's.
func (l *Linker) encodedU(x, y *encodedFeature, level, allOther int) float64 {
	switch {
	case level == 1 && x.count == y.count && slices.Equal(x.filter, y.filter):
		return float64(x.tf)
	case level == 2 && level < allOther: // alike, not the same: weighed by the commoner name, against the level's own u
		return float64(max(x.tf, y.tf))
	}
	return 0
}

// uValue is the chance that a random record has the names records i and j agree on:
// the product of the names' frequencies, or, where names go together (Nguyen Van,
// Mohammed Ahmed), the frequency of the whole name, whichever is larger; at least one
// in the number of records.
func (l *Linker) uValue(i, j, c int) float64 {
	x, y := comparedNames(l.features[i][c].(*nameFeature), l.features[j][c].(*nameFeature))
	u, wholeU := 1.0, float64(x.joinedTF) // the names agreed on are often all of one record's
	var agreeing []string
	for k, t := range x.canon {
		if contains(y.canon, t) {
			u *= float64(x.tf[k])
			agreeing = append(agreeing, t)
		}
	}
	if len(agreeing) != len(x.canon) {
		wholeU = l.nameTF[strings.Join(agreeing, " ")]
	}
	n := float64(max(1, l.data.Len()))
	return math.Max(math.Max(u, wholeU), 1/(n*n))
}

func closeSpelling(level int) bool { return level == 5 || level == 6 }

// uClose is the chance that a random record has names like those of records i and j,
// which are spelled closely but not alike: a name they share counts by its
// frequency, one spelled differently by the commonest of the differing names.
func (l *Linker) uClose(i, j, c int) float64 {
	x, y := comparedNames(l.features[i][c].(*nameFeature), l.features[j][c].(*nameFeature))
	short, long := x, y
	if len(short.canon) > len(long.canon) {
		short, long = long, short
	}
	differing := float32(0) // the frequency of the commonest name not shared
	for _, f := range []*nameFeature{short, long} {
		other := long
		if f == long {
			other = short
		}
		for k, t := range f.canon {
			if !contains(other.canon, t) {
				differing = max(differing, f.tf[k])
			}
		}
	}
	u := 1.0
	for k, t := range short.canon {
		if contains(long.canon, t) {
			u *= float64(short.tf[k])
		} else {
			u *= float64(differing)
		}
	}
	u = math.Max(u, float64(max(short.joinedTF, long.joinedTF)))
	n := float64(max(1, l.data.Len()))
	return math.Max(u, 1/(n*n))
}
