package linkage

import (
	"fmt"
	"io"
	"math"
)

// Explain writes a text waterfall of how records a and b were scored: the prior, each
// comparison's level and weight (with any term-frequency adjustment), and the total.
func (l *Linker) Explain(w io.Writer, a, b string) error {
	i, ok := l.data.Index(a)
	if !ok {
		return fmt.Errorf("no record %q", a)
	}
	j, ok := l.data.Index(b)
	if !ok {
		return fmt.Errorf("no record %q", b)
	}
	if l.model == nil {
		return fmt.Errorf("no model: link first, or give a model file")
	}
	g := l.compare(i, j)
	prior := math.Log2(l.model.Lambda / (1 - l.model.Lambda))
	total := prior
	fmt.Fprintf(w, "%-16s %-44s %8s %9s\n", "comparison", "level", "weight", "running")
	fmt.Fprintf(w, "%-16s %-44s %+8.2f %+9.2f\n", "prior", "two records picked at random", prior, total)
	for c, cmp := range l.comparisons {
		level := int(g[c])
		label := cmp.Levels()[level]
		wt := l.contribution(i, j, c, g)
		if adj := l.tfAdjustment(i, j, c, level); adj != 0 && level > 0 {
			label += fmt.Sprintf(" (%+.2f for how common the names are)", adj)
		}
		if wt != l.levelWeight(i, j, c, level) {
			label += fmt.Sprintf(" (as among pairs alike in %s)", l.comparisons[l.follows[c]].Name())
		}
		total += wt
		fmt.Fprintf(w, "%-16s %-44s %+8.2f %+9.2f\n", cmp.Name(), label, wt, total)
	}
	fmt.Fprintf(w, "total match weight %+.2f: probability %.4f that %s and %s are one person\n", total, probability(total), a, b)
	return nil
}
