// Package synth generates synthetic survivor journeys with known truth: a journey
// bundle as organisations would export it — the same person in several records,
// spelled differently, with estimated dates of birth — and truth files saying which
// records are one person and which episodes were re-trafficking. No real person is in
// it: names are drawn independently from per-nationality name lists.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/retrace-uk/retrace/internal/splitmix"
)

// Config sets what to generate.
type Config struct {
	People int
	Seed   uint64
	// RetraffickingRate is the chance that a person of typical risk is exploited
	// again within two years of leaving support; risk factors raise or lower it.
	RetraffickingRate float64
	// First referrals fall in [From, To]; nothing is recorded after ObservationEnd.
	From, To, ObservationEnd day
}

// DefaultConfig is a few thousand people referred 2019–2025, observed to mid-2026.
func DefaultConfig() Config {
	return Config{
		People:            3000,
		Seed:              1,
		RetraffickingRate: 0.15,
		From:              dayOf(2019, time.January, 1),
		To:                dayOf(2025, time.December, 31),
		ObservationEnd:    dayOf(2026, time.June, 30),
	}
}

// SetDates sets the referral window and observation end from times.
func (c *Config) SetDates(from, to, observationEnd time.Time) {
	c.From, c.To, c.ObservationEnd = dayFromTime(from), dayFromTime(to), dayFromTime(observationEnd)
}

func dayFromTime(t time.Time) day { return dayOf(t.Year(), t.Month(), t.Day()) }

// Validate explains a configuration that cannot be generated.
func (c Config) Validate() error {
	switch {
	case c.People < 1:
		return fmt.Errorf("--people must be at least 1")
	case c.RetraffickingRate < 0 || c.RetraffickingRate >= 1:
		return fmt.Errorf("--retrafficking-rate must be in [0, 1)")
	case c.To < c.From:
		return fmt.Errorf("the referral window ends before it starts")
	case c.ObservationEnd < c.To:
		return fmt.Errorf("the observation end is before the end of the referral window")
	case c.From < dayOf(1975, time.January, 1):
		return fmt.Errorf("first referrals must be from 1975 on, so that every date of birth is after 1900")
	}
	return nil
}

// rngFor gives each person independent random streams, so a person is the same
// whatever else is generated, and people can be generated in parallel.
func (c Config) rngFor(stream uint64, index int) *rand.Rand {
	return rand.New(rand.NewPCG(c.Seed^stream*0x9E3779B97F4A7C15, splitmix.Mix(uint64(index)+1)))
}

const (
	streamCore = iota + 1
	streamJourney
	streamRecords
	streamShuffle
)

// core draws who a person is; a sibling shares the family of the person before them.
func (c Config) core(index int) *person {
	r := c.rngFor(streamCore, index)
	sibling := r.Float64() < 0.04
	p := &person{index: index, id: fmt.Sprintf("P%07d", index+1), family: index}
	nat := nationalityOf(pick(r, nationalityTable))
	p.nat = nat
	p.sex = 'F'
	if r.Float64() < nat.male {
		p.sex = 'M'
	}
	p.lang = nat.langs[r.IntN(len(nat.langs))]
	p.town = nat.towns[r.IntN(len(nat.towns))]
	makeNames(r, p)
	if nat.code != "GBR" || r.Float64() < 0.05 {
		p.hoRef = fmt.Sprintf("%c%07d", "ABCDGHKMRTUW"[r.IntN(12)], r.IntN(10_000_000))
	}
	p.referred = c.firstReferral(index, r)
	age := c.ageAtReferral(r, nat)
	p.dob = p.referred - day(age*365.25) - day(r.IntN(365))
	if sibling && index > 0 {
		if prev := c.core(index - 1); prev.family == index-1 && !c.isSibling(index-1) {
			c.makeSibling(r, p, prev)
		}
	}
	return p
}

func (c Config) isSibling(index int) bool {
	return c.rngFor(streamCore, index).Float64() < 0.04
}

// makeSibling gives p the family of prev: same family names, nationality, home
// town and language, a birth a few years apart. Hard negatives for linkage.
func (c Config) makeSibling(r *rand.Rand, p, prev *person) {
	p.family = prev.family
	p.nat, p.lang, p.town = prev.nat, prev.lang, prev.town
	p.surname, p.father, p.grand, p.familyFirst = prev.surname, prev.father, prev.grand, prev.familyFirst
	gap := day((1 + r.IntN(6)) * 365)
	if r.IntN(2) == 0 {
		gap = -gap
	}
	p.dob = prev.dob + gap + day(r.IntN(200)) - 100
	if r.Float64() < 0.6 { // trafficked together
		p.referred = prev.referred + day(r.IntN(31))
	}
	pools := names().pools(p.nat.code)
	kind := "given_m"
	if p.sex == 'F' {
		kind = "given_f"
	}
	for tries := 0; tries < 5; tries++ {
		own := pools[kind].draw(r)
		if own != prev.given[len(prev.given)-1] {
			p.given[len(p.given)-1] = own
			break
		}
	}
}

// firstReferral spreads first referrals over the window, rising over time as NRM
// referrals have (about 1.8 times as many at the end as at the start).
func (c Config) firstReferral(index int, r *rand.Rand) day {
	u := (float64(index) + r.Float64()) / float64(c.People)
	const a = 0.8
	x := (-1 + math.Sqrt(1+2*a*u*(1+a/2))) / a
	return c.From + day(x*float64(c.To-c.From))
}

func (c Config) ageAtReferral(r *rand.Rand, nat *nationality) float64 {
	if r.Float64() < nat.child {
		low := 12.0
		if nat.code == "GBR" {
			low = 14
		}
		return low + r.Float64()*(18-low)
	}
	return math.Min(70, 18+11*math.Exp(0.6*r.NormFloat64()))
}
