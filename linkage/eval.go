package linkage

import (
	"cmp"
	"slices"
	"strconv"
)

// Scores are pairwise precision, recall and F1 of predicted clusters against truth.
type Scores struct {
	TruePairs, PredictedPairs, CorrectPairs int64
	Precision, Recall, F1                   float64
}

// Evaluate compares predicted and true cluster labels of the same records: a pair of
// records counts when both put them in one cluster.
func Evaluate(predicted, truth []string) Scores {
	cell := map[[2]string]int64{}
	pred := map[string]int64{}
	tru := map[string]int64{}
	for i := range predicted {
		cell[[2]string{predicted[i], truth[i]}]++
		pred[predicted[i]]++
		tru[truth[i]]++
	}
	var s Scores
	for _, n := range cell {
		s.CorrectPairs += n * (n - 1) / 2
	}
	for _, n := range pred {
		s.PredictedPairs += n * (n - 1) / 2
	}
	for _, n := range tru {
		s.TruePairs += n * (n - 1) / 2
	}
	if s.PredictedPairs > 0 {
		s.Precision = float64(s.CorrectPairs) / float64(s.PredictedPairs)
	}
	if s.TruePairs > 0 {
		s.Recall = float64(s.CorrectPairs) / float64(s.TruePairs)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// BlockingRecall is the share of true pairs that blocking made, with the number of
// true pairs; truth[i] is record i's true person ("" when not known, or to leave the
// record out).
func BlockingRecall(res *Result, truth []string) (float64, int64) {
	var found int64
	for _, p := range res.Pairs {
		if truth[p.A] != "" && truth[p.A] == truth[p.B] {
			found++
		}
	}
	count := map[string]int64{}
	for _, t := range truth {
		if t != "" {
			count[t]++
		}
	}
	var total int64
	for _, n := range count {
		total += n * (n - 1) / 2
	}
	if total == 0 {
		return 1, 0
	}
	return float64(found) / float64(total), total
}

// Identifiable reports whether record i has anything that can identify a person: a
// name, a date of birth, a reference or free text (in an encoding: a part that
// follows no other comparison). Anonymous records (a Duty to Notify
// report gives only sex and nationality) cannot be linked by any method.
func (l *Linker) Identifiable(i int) bool {
	for c, cs := range l.settings.Comparisons {
		switch cs.Kind {
		case "name", "date_of_birth", "reference", "phone", "string", "dice_date", "dice_names":
			if l.features[i][c] != nil {
				return true
			}
		case "dice": // a part of an encoding that follows no other is a name or a date, not sex or nationality
			if l.features[i][c] != nil && cs.Follows == "" && !cs.FollowsName {
				return true
			}
		}
	}
	return false
}

// MissedLinkable counts the true pairs blocking did not compare, and of those the
// ones the model would have linked had they been compared (a probability of at
// least the match threshold): what blocking cost, as against pairs that no
// comparison of these fields would have found. truth is as for BlockingRecall. The
// run must have kept every compared true pair (Options.Keep), as res.Pairs holds
// only the pairs worth a second look otherwise.
func (l *Linker) MissedLinkable(res *Result, truth []string) (missed, linkable int64) {
	compared := map[[2]int32]bool{}
	for _, p := range res.Pairs {
		if truth[p.A] != "" && truth[p.A] == truth[p.B] {
			compared[[2]int32{p.A, p.B}] = true
		}
	}
	eachPairWithin(truth, func(i, j int32) {
		if compared[[2]int32{i, j}] {
			return
		}
		missed++
		p := l.pair(i, j)
		if probability(l.weight(&p)) >= l.settings.MatchThreshold {
			linkable++
		}
	})
	return missed, linkable
}

// ErrorPattern is one way pairs were got wrong: the level each comparison took (""
// where a record had no value), how many pairs took it, and their mean match weight.
type ErrorPattern struct {
	Levels     []string
	Pairs      int64
	MeanWeight float64
}

// Errors sorts the pairs linking got wrong by their comparison levels, commonest
// first: missed are true pairs left in different clusters, joined are pairs of
// different people put in one. truth is as for BlockingRecall; records not in it are
// left out. Only levels are given, never values, so the breakdown can be shared.
func (l *Linker) Errors(res *Result, truth []string) (missed, joined []ErrorPattern) {
	missedBy, joinedBy := map[gamma]*ErrorPattern{}, map[gamma]*ErrorPattern{}
	tally := func(into map[gamma]*ErrorPattern, i, j int32) {
		p := l.pair(i, j)
		e := into[p.Gamma]
		if e == nil {
			e = &ErrorPattern{}
			into[p.Gamma] = e
		}
		e.Pairs++
		e.MeanWeight += l.weight(&p)
	}
	eachPairWithin(truth, func(i, j int32) {
		if res.Cluster[i] != res.Cluster[j] {
			tally(missedBy, i, j)
		}
	})
	clusters := make([]string, len(res.Cluster))
	for i, c := range res.Cluster {
		clusters[i] = strconv.Itoa(int(c))
		if truth[i] == "" {
			clusters[i] = ""
		}
	}
	eachPairWithin(clusters, func(i, j int32) {
		if truth[i] != truth[j] {
			tally(joinedBy, i, j)
		}
	})
	return l.errorPatterns(missedBy), l.errorPatterns(joinedBy)
}

// eachPairWithin calls f for every pair of records with the same non-empty group.
func eachPairWithin(group []string, f func(i, j int32)) {
	members := map[string][]int32{}
	for i, g := range group {
		if g != "" {
			members[g] = append(members[g], int32(i))
		}
	}
	for _, records := range members {
		for x, i := range records {
			for _, j := range records[x+1:] {
				f(i, j)
			}
		}
	}
}

func (l *Linker) errorPatterns(by map[gamma]*ErrorPattern) []ErrorPattern {
	out := make([]ErrorPattern, 0, len(by))
	for g, e := range by {
		e.MeanWeight /= float64(e.Pairs)
		for c, comparison := range l.comparisons {
			level := ""
			if g[c] > 0 {
				level = comparison.Levels()[g[c]]
			}
			e.Levels = append(e.Levels, level)
		}
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b ErrorPattern) int {
		return cmp.Or(cmp.Compare(b.Pairs, a.Pairs), slices.Compare(a.Levels, b.Levels))
	})
	return out
}

// ComparisonNames are the comparisons' names, in the order of ErrorPattern.Levels.
func (l *Linker) ComparisonNames() []string {
	names := make([]string, len(l.comparisons))
	for c, comparison := range l.comparisons {
		names[c] = comparison.Name()
	}
	return names
}

// MAgainstTruth gives, for each comparison, the share of true pairs at each of its
// levels (level 0, no value, left at 0 and out of the shares): the m that EM
// estimated without labels, measured where the truth is known. truth is as for
// BlockingRecall; every true pair counts, whether or not blocking compared it.
func (l *Linker) MAgainstTruth(truth []string) [][]float64 {
	m := l.zeroCounts()
	eachPairWithin(truth, func(i, j int32) {
		g := l.compare(int(i), int(j))
		for c := range l.comparisons {
			if g[c] > 0 {
				m[c][g[c]]++
			}
		}
	})
	return normalise(m, 0)
}
