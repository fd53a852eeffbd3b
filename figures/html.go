package figures

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
)

//go:embed report.html.tmpl
var htmlTemplate string

// page is parsed when a report is first written, not at every command's start.
var page = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Funcs(template.FuncMap{"pct": pct, "interval": interval, "label": label, "words": words}).Parse(htmlTemplate))
})

// words writes a code as words: domestic_servitude → domestic servitude.
func words(code string) string { return strings.ReplaceAll(code, "_", " ") }

// label names a figure for a table heading.
func label(figure string) string {
	names := map[string]string{"referrals": "Referrals", "people_referred": "People referred",
		"people_referred_more_than_once.repeat-referral":      "Referred more than once",
		"people_referred_more_than_once.re-referral-distinct": "… about different incidents",
		"returned_to_support":                                 "Returned to support", "missing_from_support": "Missing from support",
		"risk_recorded.episodes": "Support episodes active", "risk_recorded.any": "Assessed at all",
		"risk_recorded.at_entry": "Assessed at entry", "risk_recorded.at_exit": "Assessed at exit",
		"reintegration.leavers": "Left support"}
	if n, ok := names[figure]; ok {
		return n
	}
	if d, ok := strings.CutPrefix(figure, "re_trafficking."); ok {
		return "Event under " + d
	}
	if d, ok := strings.CutPrefix(figure, "reintegration.achieved."); ok {
		return "Had achieved " + words(d)
	}
	return figure
}

// breakdownGroups are the tables of figures by group: people and referrals (figures
// 1 to 5 and 7), support episodes (6) and people leaving support (8).
var breakdownGroups = []struct{ Title, Prefix string }{
	{"Referrals and people", ""}, {"Support episodes and risk assessments", "risk_recorded."}, {"People leaving support", "reintegration."}}

// groupOf is the breakdown group a figure's table belongs to.
func groupOf(figure string) int {
	for g := len(breakdownGroups) - 1; g > 0; g-- {
		if strings.HasPrefix(figure, breakdownGroups[g].Prefix) {
			return g
		}
	}
	return 0
}

// figureOrder places a figure in a breakdown table: in figure order, each
// definition and domain in the order the report gives them.
func figureOrder(figure string, defs []definitions.Definition) int {
	fixed := []string{"referrals", "people_referred", "people_referred_more_than_once.repeat-referral",
		"people_referred_more_than_once.re-referral-distinct", "returned_to_support", "missing_from_support"}
	if k := slices.Index(fixed, figure); k >= 0 {
		return k
	}
	if d, ok := strings.CutPrefix(figure, "re_trafficking."); ok {
		return 10 + slices.IndexFunc(defs, func(x definitions.Definition) bool { return x.Name == d })
	}
	if d, ok := strings.CutPrefix(figure, "reintegration.achieved."); ok {
		return 200 + slices.Index(retrace.DomainCodes.Codes, d)
	}
	return 100 + slices.Index([]string{"risk_recorded.episodes", "risk_recorded.any", "risk_recorded.at_entry",
		"risk_recorded.at_exit", "reintegration.leavers"}, figure)
}

// interval shows an estimate with its 95% interval, or [c] alone.
func interval(v, lower, upper any) string {
	if _, ok := v.(float64); !ok {
		return pct(v)
	}
	return fmt.Sprintf("%s (%s–%s)", pct(v), pct(lower), pct(upper))
}

// pct shows a published share or incidence as a percentage; [c] and nothing pass
// through.
func pct(v any) string {
	switch x := v.(type) {
	case float64:
		return fmt.Sprintf("%.1f%%", 100*x)
	case nil:
		return "–"
	}
	return fmt.Sprint(v)
}

// WriteHTML writes the report as one self-contained page that reads like a
// statistical release: headline figures, the definitions side by side, charts of
// cumulative incidence with their intervals (SVG with text alternatives), tables
// with captions and header cells, and notes on definitions, methods and disclosure
// control. No script; no external files.
func (r Report) WriteHTML(w io.Writer, defs []definitions.Definition) error {
	type defView struct {
		Name, Description, Summary string
		Shown                      ReTraffickingShown
		Chart                      chart
	}
	type domainView struct {
		Domain string
		Share  ShareShown
	}
	view := struct {
		R             Report
		F             Figures
		Months        []int
		Definitions   []defView
		Breakdowns    []groupView
		Reintegration []domainView
	}{R: r, F: r.Figures, Months: IncidenceMonths}
	for _, d := range defs {
		shown := r.Figures.ReTrafficking[d.Name]
		view.Definitions = append(view.Definitions, defView{d.Name, d.Description, summary(shown), shown, chartOf(shown.Monthly)})
	}
	for g, group := range breakdownGroups {
		gv := groupView{Title: group.Title}
		for _, dim := range Dimensions {
			gv.Tables = append(gv.Tables, breakdownTable(r, dim, g, defs))
		}
		view.Breakdowns = append(view.Breakdowns, gv)
	}
	for _, domain := range slices.Sorted(maps.Keys(r.Figures.Reintegration.Achieved)) {
		view.Reintegration = append(view.Reintegration, domainView{domain, r.Figures.Reintegration.Achieved[domain]})
	}
	return page().Execute(w, view)
}

// breakdownView is one table of figures by a dimension: a row a value.
type breakdownView struct {
	Dimension string
	Figures   []string
	Rows      []rowView
}

type rowView struct {
	Value string
	Cells []string
}

// groupView is a group of breakdown tables, one a dimension.
type groupView struct {
	Title  string
	Tables []breakdownView
}

// breakdownTable is one dimension's figures of one group, in figure order.
func breakdownTable(r Report, dim string, group int, defs []definitions.Definition) breakdownView {
	b := breakdownView{Dimension: words(dim)}
	values := slices.Sorted(maps.Keys(r.Breakdowns[dim]))
	if len(values) > 0 {
		for figure := range r.Breakdowns[dim][values[0]] {
			if groupOf(figure) == group {
				b.Figures = append(b.Figures, figure)
			}
		}
	}
	slices.SortFunc(b.Figures, func(x, y string) int { return figureOrder(x, defs) - figureOrder(y, defs) })
	for _, v := range values {
		row := rowView{Value: v}
		for _, figure := range b.Figures {
			row.Cells = append(row.Cells, cell(r.Breakdowns[dim][v][figure]))
		}
		b.Rows = append(b.Rows, row)
	}
	return b
}

// summary says in a sentence what a chart shows, for its text alternative.
func summary(s ReTraffickingShown) string {
	var parts []string
	for _, in := range s.Incidence {
		parts = append(parts, fmt.Sprintf("%s at %d months", pct(in.Value), in.Months))
	}
	return "Cumulative incidence: " + strings.Join(parts, ", ") + "."
}

// chart is one cumulative-incidence chart: SVG paths for the line and its band, in a
// 640×300 box with the plot in x 60–620, y 20–260.
type chart struct {
	Line, Band     string
	XTicks, YTicks []struct {
		X, Y  float64
		Label string
	}
}

func chartOf(monthly []IncidenceShown) chart {
	top := 0.05
	for _, in := range monthly {
		if u, ok := in.Upper.(float64); ok {
			top = math.Max(top, u)
		}
	}
	top = math.Ceil(top*20) / 20 // up to the next 5%
	x := func(m int) float64 { return 60 + 560*float64(m)/ChartMonths }
	y := func(v float64) float64 { return 260 - 240*v/top }
	var c chart
	var lines, bands []string
	var line, upper, lower []string
	flush := func() { // a run of months shown: its own line and band
		if len(line) > 0 {
			lines = append(lines, strings.Join(line, " "))
			bands = append(bands, "M"+strings.Join(upper, " L")+" L"+strings.Join(lower, " L")+" Z")
		}
		line, upper, lower = nil, nil, nil
	}
	for k, in := range monthly {
		v, ok := in.Value.(float64)
		lo, _ := in.Lower.(float64)
		hi, _ := in.Upper.(float64)
		if !ok {
			flush() // suppressed months are left out, and the line breaks there
			continue
		}
		end := in.Months
		if k+1 < len(monthly) {
			end = monthly[k+1].Months
		}
		cmd := "L"
		if len(line) == 0 {
			cmd = "M"
		}
		line = append(line, fmt.Sprintf("%s%.1f %.1f H%.1f", cmd, x(in.Months), y(v), x(end)))
		upper = append(upper, fmt.Sprintf("%.1f %.1f %.1f %.1f", x(in.Months), y(hi), x(end), y(hi)))
		lower = append([]string{fmt.Sprintf("%.1f %.1f %.1f %.1f", x(end), y(lo), x(in.Months), y(lo))}, lower...)
	}
	flush()
	c.Line, c.Band = strings.Join(lines, " "), strings.Join(bands, " ")
	for m := 0; m <= ChartMonths; m += 6 {
		c.XTicks = append(c.XTicks, struct {
			X, Y  float64
			Label string
		}{x(m), 0, fmt.Sprint(m)})
	}
	for k := 0; k <= 4; k++ {
		v := top * float64(k) / 4
		c.YTicks = append(c.YTicks, struct {
			X, Y  float64
			Label string
		}{0, y(v) + 4, strings.TrimSuffix(fmt.Sprintf("%.1f", 100*v), ".0") + "%"})
	}
	return c
}
