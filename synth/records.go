package synth

import (
	"math/rand/v2"
	"strings"
)

// peopleRow writes one organisation's record of the person, with the noise of real
// records in every identity field.
func (j *journey) peopleRow(r *rand.Rand, rec *record) {
	p := j.p
	o := orgs[rec.org]
	given, family, aliases := "", "", ""
	dob, estimated, lang, birthPlace, hoRef := "", "", "", "", ""
	if !rec.anonymous {
		given, family = recordedName(r, p, o.kind)
		if r.Float64() < 0.08 {
			aliases = alias(r, p, o.kind)
		}
		dob, estimated = recordedDOB(r, p, j.child)
		if r.Float64() < 0.75 {
			lang = p.lang
		}
		if r.Float64() < 0.4 {
			birthPlace = p.town
		}
		hoRef = recordedReference(r, p, o.kind)
	}
	sex := string(p.sex)
	switch x := r.Float64(); {
	case x < 0.03:
		sex = ""
	case x < 0.035:
		sex = map[string]string{"M": "F", "F": "M"}[sex]
	}
	j.out.row(fPeople, rec.id, o.code, given, family, aliases, dob, estimated, sex, recordedNationality(r, p), birthPlace, lang, hoRef)
	j.out.row(fTruthRecords, rec.id, p.id)
}

func alias(r *rand.Rand, p *person, orgKind string) string {
	if r.Float64() < 0.5 {
		g, f := recordedName(r, p, orgKind)
		return strings.TrimSpace(g + " " + f)
	}
	other := names().pools(p.nat.code)["given_m"]
	if p.sex == 'F' {
		other = names().pools(p.nat.code)["given_f"]
	}
	if n := other.draw(r); n != nil {
		return n.spellings[0]
	}
	return ""
}

// recordedDOB: dates of birth are often estimated or assigned (1 January, a year,
// an age assessment's guess), sometimes transposed or missing. British and EU
// nationals mostly carry documents, so their dates are rarely estimated.
func recordedDOB(r *rand.Rand, p *person, child bool) (string, string) {
	assessed := 0.0
	if child && p.nat.code != "GBR" {
		assessed = 0.15 // disputed age: an age assessment assigns a date
	}
	// Cumulative chances: missing, a year, 1 January, an estimate years out,
	// day and month transposed, a month.
	cut := [6]float64{0.06, 0.13, 0.23 + assessed/2, 0.29 + assessed, 0.33 + assessed, 0.38 + assessed}
	if p.nat.profile == "uk" || p.nat.profile == "eu" {
		cut = [6]float64{0.04, 0.05, 0.06, 0.07, 0.09, 0.11}
	}
	y, m, d := p.dob.time().Date()
	flag := func(estimated bool) string {
		switch {
		case estimated && r.Float64() < 0.85:
			return "true"
		case !estimated && r.Float64() < 0.5:
			return "false"
		}
		return ""
	}
	switch x := r.Float64(); {
	case x < cut[0]:
		return "", ""
	case x < cut[1]:
		return itoa(y), flag(true)
	case x < cut[2]:
		return itoa(y) + "-01-01", flag(true)
	case x < cut[3]:
		shifted := p.dob + day((r.IntN(5)-2)*365) + day(r.IntN(120))
		return dateText(shifted, precDay), flag(true)
	case x < cut[4] && d <= 12 && int(m) != d:
		return dateText(dayOf(y, timeMonth(d), int(m)), precDay), flag(false)
	case x < cut[5]:
		return dateText(p.dob, precMonth), flag(false)
	}
	return dateText(p.dob, precDay), flag(false)
}

func recordedNationality(r *rand.Rand, p *person) string {
	switch x := r.Float64(); {
	case x < 0.05:
		return ""
	case x < 0.08 && p.nat.confused != "":
		return p.nat.confused
	case x < 0.10 && p.nat.code != "GBR":
		return p.nat.code + ";GBR"
	}
	return p.nat.code
}

// recordedReference: the Home Office reference is held by its own units, often
// unknown elsewhere, and sometimes misread.
func recordedReference(r *rand.Rand, p *person, orgKind string) string {
	if p.hoRef == "" {
		return ""
	}
	hold := 0.35
	if orgKind == "home_office" {
		hold = 0.95
	}
	if r.Float64() >= hold {
		return ""
	}
	if r.Float64() < 0.05 {
		return mistype(r, p.hoRef)
	}
	return p.hoRef
}
