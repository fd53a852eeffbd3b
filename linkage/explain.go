package linkage

import (
	"fmt"
	"io"
)

// Explanation is how a pair of records was scored: the prior, each comparison's
// level and weight, and the total.
type Explanation struct {
	A, B        string
	Prior       float64
	Steps       []ExplanationStep
	Total       float64 // match weight, in bits
	Probability float64
}

// ExplanationStep is one comparison's part of a pair's score.
type ExplanationStep struct {
	Comparison, Level string
	Weight, Running   float64
}

// Explain writes a text waterfall of how records a and b were scored: the prior, each
// comparison's level and weight (with any term-frequency adjustment), and the total.
func (l *Linker) Explain(w io.Writer, a, b string) error {
	e, err := l.Explanation(a, b)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%-16s %-44s %8s %9s\n", "comparison", "level", "weight", "running")
	fmt.Fprintf(w, "%-16s %-44s %+8.2f %+9.2f\n", "prior", "two records picked at random", e.Prior, e.Prior)
	for _, s := range e.Steps {
		fmt.Fprintf(w, "%-16s %-44s %+8.2f %+9.2f\n", s.Comparison, s.Level, s.Weight, s.Running)
	}
	fmt.Fprintf(w, "total match weight %+.2f: probability %.4f that %s and %s are one person\n", e.Total, e.Probability, a, b)
	return nil
}

// Explanation scores records a and b step by step.
func (l *Linker) Explanation(a, b string) (Explanation, error) {
	i, ok := l.data.Index(a)
	if !ok {
		return Explanation{}, fmt.Errorf("no record %q", a)
	}
	j, ok := l.data.Index(b)
	if !ok {
		return Explanation{}, fmt.Errorf("no record %q", b)
	}
	if l.model == nil {
		return Explanation{}, fmt.Errorf("no model: link first, or give a model file")
	}
	p := l.pair(int32(i), int32(j))
	e := Explanation{A: a, B: b, Prior: l.prior()}
	e.Total = e.Prior
	for c, cmp := range l.comparisons {
		level := int(p.Gamma[c])
		label := cmp.Levels()[level]
		wt := l.contribution(c, p.Gamma, float64(p.NamesU))
		if adj := l.tfAdjustment(c, level, float64(p.NamesU)); adj != 0 && level > 0 {
			label += fmt.Sprintf(" (%+.2f for how common the names are)", adj)
		}
		if wt != l.levelWeight(c, level, float64(p.NamesU)) {
			label += fmt.Sprintf(" (as among pairs alike in %s)", l.comparisons[l.follows[c]].Name())
		}
		e.Total += wt
		e.Steps = append(e.Steps, ExplanationStep{Comparison: cmp.Name(), Level: label, Weight: wt, Running: e.Total})
	}
	e.Probability = probability(e.Total)
	return e, nil
}
