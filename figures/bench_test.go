package figures

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/disclosure"
	"github.com/retrace-uk/retrace/synth/synthtest"
)

// BenchmarkReport builds the whole report (figures 1–8, breakdowns, every built-in
// definition, disclosure control) over synthetic people's journeys, read beforehand
// with their true links. Target: 1,000,000 people in ≤ 10 s on a 2-core machine.
// RETRACE_BENCH_PEOPLE picks the size (default 100,000).
func BenchmarkReport(b *testing.B) {
	n := synthtest.Size(b, "RETRACE_BENCH_PEOPLE", 100_000)
	b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
		journeys := syntheticJourneys(b, n)
		opt := Options{Period: Period{time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)},
			ObservationEnd: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), Definitions: definitions.BuiltIn(), Rule: disclosure.TenFive, SameIncidentDays: 90}
		b.ResetTimer()
		start := time.Now()
		for i := 0; i < b.N; i++ {
			Build(journeys, opt)
		}
		b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "people/s")
	})
}

// syntheticJourneys generates people (retrace synth) and groups their rows by true
// person.
func syntheticJourneys(tb testing.TB, people int) []definitions.Journey {
	tb.Helper()
	dir := synthtest.Bundle(tb, people, 0)
	f, err := os.Open(filepath.Join(dir, "truth", "records.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Read()
	person := map[string]int{}
	var journeys []definitions.Journey
	index := map[string]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		k, ok := index[rec[1]]
		if !ok {
			k = len(journeys)
			index[rec[1]] = k
			journeys = append(journeys, definitions.Journey{PersonID: rec[1]})
		}
		person[rec[0]] = k
		journeys[k].Records = append(journeys[k].Records, rec[0])
	}
	bu, err := bundle.Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for _, kind := range []*bundle.Kind{bundle.People, bundle.Referrals, bundle.Support, bundle.Missing, bundle.RiskAssessments, bundle.Milestones, bundle.FollowUps} {
		fr, err := bu.Read(kind, bundle.ReadOptions{})
		if err != nil {
			tb.Fatal(err)
		}
		for {
			row, err := fr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				tb.Fatal(err)
			}
			j := &journeys[person[row.Cells[kind.Index("record_id")]]]
			if v, ok := row.Value.(retrace.PersonRecord); ok {
				if j.Sex == "" {
					j.Sex = string(v.Sex)
				}
				if j.Nationality == "" && len(v.Nationalities) > 0 {
					j.Nationality = v.Nationalities[0]
				}
			}
			j.Add(row.Value)
		}
		fr.Close()
	}
	return journeys
}
