package web

import (
	"strconv"
	"time"

	"github.com/retrace-uk/retrace"
)

// journeyStrip is the person's journey drawn along a line of years: support episodes
// as bars, referrals and going missing as marks. It repeats the timeline below it,
// which is its text alternative.
type journeyStrip struct {
	Show  bool
	Ticks []stripTick
	Bars  []stripBar
	Marks []stripMark
}

type stripTick struct {
	X     float64
	Label string
}

type stripBar struct{ X, W float64 }

type stripMark struct {
	X       float64
	Concern bool
}

// The drawing's coordinates: a viewBox of stripWidth by 60, with a margin each side.
const (
	stripWidth  = 1000.0
	stripMargin = 20.0
)

func stripOf(events []timelineEvent, support []retrace.SupportEpisode) journeyStrip {
	var from, to time.Time
	widen := func(t time.Time) {
		if from.IsZero() || t.Before(from) {
			from = t
		}
		if t.After(to) {
			to = t
		}
	}
	for _, e := range events {
		if !e.Date.IsZero() {
			widen(e.Date.Earliest())
		}
	}
	if from.IsZero() {
		return journeyStrip{}
	}
	from = time.Date(from.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	to = time.Date(to.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	x := func(t time.Time) float64 {
		return stripMargin + (stripWidth-2*stripMargin)*t.Sub(from).Hours()/to.Sub(from).Hours()
	}
	out := journeyStrip{Show: true}
	for y := from.Year(); y <= to.Year(); y++ {
		out.Ticks = append(out.Ticks, stripTick{x(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)), strconv.Itoa(y)})
	}
	for _, s := range support {
		if s.Start.IsZero() {
			continue
		}
		end := to
		if !s.End.IsZero() {
			end = s.End.Latest()
		}
		out.Bars = append(out.Bars, stripBar{x(s.Start.Earliest()), max(2, x(end)-x(s.Start.Earliest()))})
	}
	for _, e := range events {
		if !e.Date.IsZero() && (e.Kind == "referral" || e.Kind == "missing") {
			out.Marks = append(out.Marks, stripMark{x(e.Date.Earliest()), e.Kind == "missing"})
		}
	}
	return out
}
