package synth

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/retrace-uk/retrace"
)

// record is one organisation's record of the person.
type record struct {
	id        string
	org       int
	opened    day
	anonymous bool // only Duty to Notify reports: no name was given
}

// episode is one true exploitation episode.
type episode struct {
	n            int
	start, end   day // end is the day the person left or was identified
	types        []string
	countyLines  bool
	location     string
	exploiter    int
	relationship string
	kind         string // initial, re_trafficking, continued
	afterReturn  bool   // began after the person returned home
	exitBefore   day    // the exit it followed, for re-trafficking
	exitKind     string // support_end, or exploitation_end where there was no support
	observedBy   []string
}

// exit is a point where the person left support (or, without support, was identified).
type exit struct {
	at       day
	reason   string
	rec      *record // the record that holds follow-ups
	abroad   bool    // returned home
	followUp bool    // the provider keeps in touch after support ends
}

// journey builds one person's records and events.
type journey struct {
	cfg      *Config
	r        *rand.Rand
	p        *person
	out      *block
	records  []*record
	episodes []*episode
	exits    []exit
	nIDs     uint64 // counter for this person's ids
	child    bool
	// followUpDays are the (record, day) pairs used: one follow-up a day per record.
	followUpDays []followUpKey
	// milestoneKeys: one milestone a day per record and domain, even when two support
	// episodes of one record overlap.
	milestoneKeys map[milestoneKey]bool
}

type milestoneKey struct {
	rec    *record
	at     day
	domain string
}

type followUpKey struct {
	rec *record
	at  day
}

// decisions are a referral's reasonable and conclusive grounds outcomes and dates.
type decisions struct {
	rg, cg     string
	rgAt, cgAt day
}

func (j *journey) id(prefix string) string {
	j.nIDs++
	return prefix + code36(permute(j.cfg.Seed^uint64(prefix[0])<<32, uint64(j.p.index)<<8|j.nIDs))
}

// maxRecords is the most source records one person has.
const maxRecords = 7

// recordAt returns the person's record at an organisation, opening one if needed.
// Now and then an organisation opens a second case for the same person.
func (j *journey) recordAt(o int, at day, anonymous bool) *record {
	for _, rec := range j.records {
		if rec.org == o && j.r.Float64() > 0.08 {
			if !anonymous {
				rec.anonymous = false
			}
			return rec
		}
	}
	if len(j.records) == maxRecords {
		// Seven records is plenty: the case joins the latest one, as when an
		// organisation works on another's record.
		rec := j.records[len(j.records)-1]
		rec.anonymous = rec.anonymous && anonymous
		return rec
	}
	rec := &record{id: orgs[o].code + "-" + j.id("r")[1:], org: o, opened: at, anonymous: anonymous}
	j.records = append(j.records, rec)
	return rec
}

func (j *journey) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + j.r.IntN(hi-lo+1)
}

func (j *journey) chance(p float64) bool { return j.r.Float64() < p }

// logNormalDays draws a wait with the given median and spread.
func (j *journey) logNormalDays(median, sigma float64) int {
	return int(median * math.Exp(sigma*j.r.NormFloat64()))
}

// run generates the whole journey: the first episode and its referral, support and
// aftermath, then any later episodes.
func (j *journey) run(firstReferral day) {
	p := j.p
	ageAtReferral := int(firstReferral-p.dob) / 365
	ep := &episode{n: 1, kind: "initial"}
	ep.end = firstReferral - day(j.between(0, 30))
	ep.start = ep.end - day(max(7, j.logNormalDays(270, 0.9)))
	j.child = int(ep.start-p.dob)/365 < 18 || ageAtReferral < 18
	p.factors = drawRisk(j.r, p, j.child)
	j.exploitation(ep, nil)
	j.episodes = append(j.episodes, ep)
	j.referAndSupport(ep, firstReferral)
	j.laterEpisodes()
	j.followUps()
}

// exploitation sets an episode's types, place and exploiter; later episodes may
// repeat the exploiter.
func (j *journey) exploitation(ep *episode, prev *episode) {
	profile := typeWeights[j.p.nat.profile]
	t := pick(j.r, byAge(profile[j.p.sex], int(ep.start-j.p.dob)/365 < 18))
	if t == "cl" {
		t, ep.countyLines = "criminal", true
	}
	ep.types = []string{t}
	if j.chance(0.12) {
		if t2 := pick(j.r, profile[j.p.sex]); t2 != "cl" && t2 != t && t2 != "unknown" && t != "unknown" && t != "criminal" {
			ep.types = append(ep.types, t2)
		}
	}
	switch {
	case ep.afterReturn:
		ep.location = "overseas"
	case j.p.nat.code == "GBR":
		ep.location = pick(j.r, []weighted{{"uk", 97}, {"uk_and_overseas", 3}})
	case j.p.nat.profile == "route":
		ep.location = pick(j.r, []weighted{{"uk", 45}, {"overseas", 40}, {"uk_and_overseas", 15}})
	default:
		ep.location = pick(j.r, []weighted{{"uk", 60}, {"uk_and_overseas", 30}, {"overseas", 10}})
	}
	if prev != nil && (ep.kind == "continued" || j.chance(0.35)) {
		ep.exploiter, ep.relationship = prev.exploiter, prev.relationship
		return
	}
	ep.exploiter = j.p.index*8 + ep.n
	rel := []weighted{{"stranger", 25}, {"acquaintance", 20}, {"friend", 12}, {"partner", 6}, {"family", 7}, {"employer", 15}, {"unknown", 15}}
	if t == "sexual" {
		rel[3].weight = 25
	}
	ep.relationship = pick(j.r, rel)
}

// laterEpisodes draws re-trafficking after each exit, up to three more episodes.
func (j *journey) laterEpisodes() {
	for k := 0; k < len(j.exits) && len(j.episodes) < 4; k++ {
		ex := j.exits[k]
		if ex.reason == "deceased" {
			return
		}
		m := j.p.factors.hazardMultiplier()
		if ex.reason == "missing" || ex.reason == "absconded" {
			m *= 2
		}
		if ex.abroad {
			m *= 1.3
		}
		t := drawTimeToRetrafficking(j.r, j.cfg.RetraffickingRate, m)
		if t < 0 || ex.at+day(t) > j.cfg.ObservationEnd {
			continue
		}
		prev := j.episodes[len(j.episodes)-1]
		ep := &episode{n: len(j.episodes) + 1, kind: "re_trafficking", afterReturn: ex.abroad, exitBefore: ex.at, exitKind: "exploitation_end"}
		if ex.rec != nil {
			ep.exitKind = "support_end"
		}
		ep.start = ex.at + day(t)
		if (ex.reason == "missing" || ex.reason == "absconded") && j.chance(0.4) {
			ep.kind, ep.start = "continued", ex.at-day(j.between(0, 60)) // they never really left
		}
		j.p.factors.add(fPriorExploitation)
		j.exploitation(ep, prev)
		j.episodes = append(j.episodes, ep)
		j.observe(ep, ex)
		if len(j.exits) > k+1 && j.exits[k+1].at < ep.start {
			return
		}
	}
}

// observe decides how, if at all, a later episode comes to be known.
func (j *journey) observe(ep *episode, ex exit) {
	referral, followUp := 0.65, 0.2
	if ep.afterReturn {
		referral, followUp = 0.3, 0.4
	}
	identified := ep.start + day(max(14, j.logNormalDays(120, 0.8)))
	ep.end = identified - day(j.between(0, 14))
	switch x := j.r.Float64(); {
	case x < referral && identified <= j.cfg.ObservationEnd:
		j.referAndSupport(ep, identified)
	case x < referral+followUp && ex.followUp && ex.rec != nil:
		fu := ep.start + day(j.between(30, 180))
		if fu <= j.cfg.ObservationEnd {
			j.followUp(ex, fu, "made", "re_exploited")
			ep.observedBy = append(ep.observedBy, "follow_up")
		}
	}
	if len(ep.observedBy) == 0 {
		ep.observedBy = []string{"unobserved"}
		ep.end = 0
	}
}

func (j *journey) firstResponder() int {
	uk := j.p.nat.code == "GBR"
	var kind string
	switch {
	case j.child:
		kind = pick(j.r, []weighted{{"local_authority", 45}, {"police", 40}, {"home_office", 10}, {"ngo", 3}, {"health", 2}})
	case uk:
		kind = pick(j.r, []weighted{{"police", 45}, {"local_authority", 25}, {"ngo", 20}, {"health", 5}, {"other", 5}})
	default:
		kind = pick(j.r, []weighted{{"home_office", 50}, {"police", 20}, {"ngo", 20}, {"local_authority", 5}, {"health", 3}, {"other", 2}})
	}
	switch kind {
	case "police":
		return policeOrgs[j.r.IntN(len(policeOrgs))]
	case "local_authority":
		return laOrgs[j.r.IntN(len(laOrgs))]
	case "home_office":
		return hoOrgs[j.r.IntN(len(hoOrgs))]
	case "ngo":
		if j.chance(0.5) {
			return msvccOrgs[j.r.IntN(len(msvccOrgs))]
		}
		return ngoOrgs[j.r.IntN(len(ngoOrgs))]
	case "health":
		return healthOrgs[j.r.IntN(len(healthOrgs))]
	}
	return otherOrgs[j.r.IntN(len(otherOrgs))]
}

// referAndSupport writes the referral(s) about an episode, the decisions, and the
// support that follows.
func (j *journey) referAndSupport(ep *episode, at day) {
	fr := j.firstResponder()
	public := orgs[fr].kind == "police" || orgs[fr].kind == "local_authority" || orgs[fr].kind == "home_office"
	adult := int(at-j.p.dob)/365 >= 18
	if adult && public && j.chance(0.45) {
		// An adult who does not consent: an anonymous Duty to Notify report; some
		// consent later and the same organisation refers them to the NRM.
		rec := j.recordAt(fr, at, true)
		j.referral(ep, rec, fr, at, "dtn", decisions{})
		if !j.chance(0.3) {
			j.exits = append(j.exits, exit{at: ep.end})
			return
		}
		at += day(j.between(10, 120))
		if at > j.cfg.ObservationEnd {
			j.exits = append(j.exits, exit{at: ep.end})
			return
		}
	}
	rec := j.recordAt(fr, at, false)
	d := j.decide(at)
	j.referral(ep, rec, fr, at, "nrm", d)
	if j.chance(0.05) { // a second first responder refers the same incident
		second := j.firstResponder()
		if second != fr {
			at2 := at + day(j.between(1, 60))
			if at2 <= j.cfg.ObservationEnd {
				j.referral(ep, j.recordAt(second, at2, false), second, at2, "nrm", j.decide(at2))
			}
		}
	}
	j.support(ep, at, d, rec)
}

// decide draws the reasonable and conclusive grounds decisions and their dates; a
// decision not made by the observation end is pending.
func (j *journey) decide(at day) decisions {
	var d decisions
	d.rgAt = at + day(max(1, j.logNormalDays(12, 0.8)))
	if d.rgAt > j.cfg.ObservationEnd {
		return decisions{}
	}
	d.rg = pick(j.r, []weighted{{"positive", 88}, {"negative", 10}, {"withdrawn", 2}})
	if d.rg != "positive" {
		return d
	}
	d.cgAt = d.rgAt + day(max(30, j.logNormalDays(450, 0.6)))
	if d.cgAt > j.cfg.ObservationEnd {
		d.cgAt = 0
		return d
	}
	d.cg = pick(j.r, []weighted{{"positive", 85}, {"negative", 12}, {"withdrawn", 3}})
	return d
}

// datePrecision: referrals often know the exploitation only to a month or a year.
func (j *journey) datePrecision() int {
	return int(pickIndex(j.r, []float64{20, 40, 40})) + precYear
}

func pickIndex(r randSource, ws []float64) int {
	total := 0.0
	for _, w := range ws {
		total += w
	}
	x := r.Float64() * total
	for i, w := range ws {
		if x < w {
			return i
		}
		x -= w
	}
	return len(ws) - 1
}

func (j *journey) referral(ep *episode, rec *record, fr int, at day, route string, d decisions) {
	id := j.id("R")
	ep.observedBy = append(ep.observedBy, id)
	age := "adult"
	if int(ep.start-j.p.dob)/365 < 18 {
		age = "child"
	}
	if j.chance(0.03) {
		age = ""
	}
	start, end := "", ""
	if j.chance(0.9) {
		start = dateText(ep.start, j.datePrecision())
	}
	if ep.end != 0 && j.chance(0.75) {
		end = dateText(ep.end, j.datePrecision())
	}
	county := "false"
	if ep.countyLines {
		county = "true"
	} else if !strings.Contains(strings.Join(ep.types, ";"), "criminal") && j.chance(0.5) {
		county = ""
	}
	rel := ep.relationship
	if j.chance(0.15) {
		rel = ""
	}
	rgDate, cgDate := "", ""
	if d.rg != "" {
		rgDate = dateText(d.rgAt, precDay)
	}
	if d.cg != "" {
		cgDate = dateText(d.cgAt, precDay)
	}
	j.out.row(fReferrals, id, rec.id, dateText(at, precDay), route, orgs[fr].code, orgs[fr].kind, age,
		strings.Join(ep.types, ";"), county, ep.location, start, end, rel, d.rg, rgDate, d.cg, cgDate)
	if j.chance(0.08) {
		j.assessment(rec, "", at, "referral")
	}
}

// support writes the support episode that follows a referral, if any, and its exit.
func (j *journey) support(ep *episode, referred day, d decisions, referral *record) {
	if int(referred-j.p.dob)/365 < 18 {
		provider := laOrgs[j.r.IntN(len(laOrgs))]
		planned := j.p.dob + 18*365 + day(j.between(0, 365))
		reason := pick(j.r, []weighted{{"move_on", 55}, {"transferred", 35}, {"other", 10}})
		j.supportEpisode(ep, provider, "childrens_services", referred-day(j.between(0, 60)), planned, reason, referral)
		return
	}
	if d.rg != "positive" || j.chance(0.15) {
		if !j.chance(0.25) {
			j.exits = append(j.exits, exit{at: ep.end})
			return // no support: not eligible, or declined it
		}
		// Support outside the NRM, from a council or a charity's own funds.
		provider, service := laOrgs[j.r.IntN(len(laOrgs))], "local_authority"
		if j.chance(0.5) {
			provider, service = ngoOrgs[j.r.IntN(len(ngoOrgs))], "ngo_other"
		}
		j.supportEpisode(ep, provider, service, referred+day(j.between(0, 30)), referred+day(j.between(60, 400)), "move_on", referral)
		return
	}
	planned, reason := j.cfg.ObservationEnd+1, "" // decision pending: support goes on
	switch d.cg {
	case "positive":
		planned, reason = d.cgAt+day(45+j.between(0, 180)), "move_on"
	case "negative":
		planned, reason = d.cgAt+day(j.between(9, 30)), "ineligible"
	case "withdrawn":
		planned, reason = d.cgAt+day(j.between(1, 30)), "declined"
	}
	j.supportEpisode(ep, msvccOrgs[j.r.IntN(len(msvccOrgs))], "msvcc", d.rgAt+day(j.between(0, 14)), planned, reason, referral)
}

// supportEpisode writes one support episode with what happened during it. Some
// providers' cases reach the hub only through the referral's record.
func (j *journey) supportEpisode(ep *episode, provider int, service string, start, planned day, reason string, referral *record) {
	obsEnd := j.cfg.ObservationEnd
	end := planned
	if j.chance(0.25) { // leaving early
		end = start + day(j.between(7, max(8, int(planned-start))))
		reason = pick(j.r, []weighted{{"missing", 24}, {"absconded", 10}, {"declined", 14}, {"returned_home", 20}, {"detained", 7}, {"transferred", 13}, {"other", 10}, {"deceased", 2}})
	}
	if start > obsEnd {
		j.exits = append(j.exits, exit{at: ep.end})
		return
	}
	rec := referral
	if rec == nil || j.chance(0.6) {
		rec = j.recordAt(provider, start, false)
	}
	id := j.id("S")
	endText, reasonText := "", ""
	if end <= obsEnd {
		endText, reasonText = dateText(end, precDay), reason
	}
	j.out.row(fSupport, id, rec.id, orgs[provider].code, service, dateText(start, precDay), endText, reasonText)
	j.missing(rec, id, start, end, reasonText)
	j.assessments(rec, id, start, end, reasonText)
	j.milestones(rec, start, end, reasonText)
	if end <= obsEnd {
		j.exits = append(j.exits, exit{at: end, reason: reason, rec: rec, abroad: reason == "returned_home",
			followUp: reason == "move_on" || reason == "returned_home" || reason == "transferred"})
		j.reachIn(rec, end, reason)
	}
}

// reachIn: some people who moved on come back for Reach-In support.
func (j *journey) reachIn(rec *record, end day, reason string) {
	if reason != "move_on" || !j.chance(0.06) {
		return
	}
	start := end + day(j.between(60, 720))
	if start > j.cfg.ObservationEnd {
		return
	}
	stop := start + day(j.between(30, 120))
	endText, reasonText := "", ""
	if stop <= j.cfg.ObservationEnd {
		endText, reasonText = dateText(stop, precDay), pick(j.r, []weighted{{"move_on", 80}, {"other", 20}})
	}
	j.out.row(fSupport, j.id("S"), rec.id, orgs[rec.org].code, "reach_in", dateText(start, precDay), endText, reasonText)
}

// missing writes episodes of going missing while supported.
func (j *journey) missing(rec *record, supportID string, start, end day, reason string) {
	last := min(end, j.cfg.ObservationEnd)
	if j.child && j.p.factors.has(fMissingHistory) {
		for k, at := 0, start; k < 3; k++ {
			at += day(j.between(10, 200))
			if at >= last {
				break
			}
			found := at + day(j.between(1, 30))
			if found > last {
				break
			}
			j.out.row(fMissing, rec.id, supportID, dateText(at, precDay), dateText(found, precDay))
			at = found
		}
	}
	if reason == "missing" || reason == "absconded" {
		found := ""
		if f := end + day(j.between(1, 200)); j.chance(0.35) && f <= j.cfg.ObservationEnd {
			found = dateText(f, precDay)
		}
		j.out.row(fMissing, rec.id, supportID, dateText(end, precDay), found)
	}
}

// assessments writes risk assessments at entry, review and exit, as reliably as the
// provider's practice.
func (j *journey) assessments(rec *record, supportID string, start, end day, reason string) {
	practice := orgs[rec.org].riskPractice
	if j.chance(practice) {
		late := 0
		if j.chance(0.15) {
			late = 30
		}
		j.assessment(rec, supportID, start+day(j.between(late, late+30)), "entry")
	}
	for at := start + 180; at < min(end, j.cfg.ObservationEnd)-30; at += 180 {
		if j.chance(practice * 0.6) {
			j.assessment(rec, supportID, at+day(j.between(0, 20)), "review")
		}
	}
	planned := reason == "move_on" || reason == "returned_home" || reason == "transferred" || reason == "ineligible"
	if planned && end <= j.cfg.ObservationEnd && j.chance(practice*0.7) {
		j.assessment(rec, supportID, end-day(j.between(0, 30)), "exit")
	}
}

var actionFor = map[int]string{
	fInsecureImmigration: "immigration_advice", fNoRecourse: "legal_aid_referral", fHomelessness: "housing_referral",
	fUnemployment: "employment_support", fDebt: "debt_advice", fSubstanceMisuse: "drug_alcohol_service",
	fMentalHealth: "counselling_referral", fIsolation: "befriending", fExploiterContact: "police_liaison",
	fThreatsToFamily: "family_safety_check", fLanguageBarrier: "interpreter", fCareLeaver: "leaving_care_support",
	fMissingHistory: "missing_protocol", fJobOfferUnverified: "job_offer_check", fPriorExploitation: "safety_plan",
}

func (j *journey) assessment(rec *record, supportID string, at day, stage string) {
	if at > j.cfg.ObservationEnd {
		return
	}
	var factors, actions []string
	recorded := 0
	for f, code := range retrace.RiskFactorCodes.Codes {
		if j.p.factors.has(f) && j.chance(0.85) {
			factors = append(factors, code)
			recorded++
			if j.chance(0.6) {
				actions = append(actions, actionFor[f])
			}
		}
	}
	level := "low"
	switch {
	case recorded >= 5:
		level = "high"
	case recorded >= 3 || j.p.factors.has(fExploiterContact):
		level = "medium"
	}
	if j.chance(0.05) {
		level = ""
	}
	j.out.row(fRisk, j.id("A"), rec.id, supportID, dateText(at, precDay), stage, level, strings.Join(factors, ";"), strings.Join(actions, ";"))
}

// milestones writes the reintegration pathway of one support episode.
func (j *journey) milestones(rec *record, start, end day, reason string) {
	last := min(end, j.cfg.ObservationEnd)
	domains := []weighted{{"safety", 1}, {"housing", 0.7}, {"health", 0.5}, {"income", 0.4}, {"social_connection", 0.3}, {"legal", 0.3}}
	if j.p.factors.has(fInsecureImmigration) {
		domains = append(domains, weighted{"immigration_status", 0.9})
	}
	if j.child {
		domains = append(domains, weighted{"education", 0.6})
	} else {
		domains = append(domains, weighted{"employment", 0.4})
	}
	if reason == "returned_home" {
		domains = append(domains, weighted{"return_reintegration", 1})
	}
	for _, d := range domains {
		if !j.chance(d.weight) {
			continue
		}
		at := start + day(j.between(0, 30))
		if at > last {
			continue
		}
		if !j.milestone(rec, at, d.value, "needed") {
			continue
		}
		if !j.chance(0.7) {
			continue
		}
		if at += day(j.between(30, 200)); at > last {
			continue
		}
		if !j.milestone(rec, at, d.value, "in_progress") {
			continue
		}
		if at += day(j.between(30, 400)); at > last {
			continue
		}
		j.milestone(rec, at, d.value, pick(j.r, []weighted{{"achieved", 80}, {"lost", 20}}))
	}
}

// milestone writes a milestone unless the record has one that day in that domain.
func (j *journey) milestone(rec *record, at day, domain, status string) bool {
	key := milestoneKey{rec, at, domain}
	if j.milestoneKeys[key] {
		return false
	}
	if j.milestoneKeys == nil {
		j.milestoneKeys = map[milestoneKey]bool{}
	}
	j.milestoneKeys[key] = true
	j.out.row(fMilestones, rec.id, dateText(at, precDay), domain, status)
	return true
}

// followUps keeps in touch after support ends: at three, six and twelve months.
func (j *journey) followUps() {
	for _, ex := range j.exits {
		if !ex.followUp || ex.rec == nil {
			continue
		}
		for _, m := range []struct {
			days int
			p    float64
		}{{91, 0.5}, {182, 0.4}, {365, 0.3}} {
			at := ex.at + day(m.days+j.between(-10, 10))
			if at > j.cfg.ObservationEnd || !j.chance(m.p) {
				continue
			}
			contact := pick(j.r, []weighted{{"made", 60}, {"no_contact", 30}, {"declined", 10}})
			status := ""
			switch {
			case contact != "made":
				if j.chance(0.5) {
					status = "unknown"
				}
			case j.exploitedBetween(ex.at, at) && j.chance(0.8):
				status = "re_exploited" // or, a fifth of the time, not disclosed
			default:
				status = pick(j.r, []weighted{{"safe", 75}, {"at_risk", 25}})
			}
			j.followUp(ex, at, contact, status)
		}
	}
}

func (j *journey) exploitedBetween(from, to day) bool {
	for _, ep := range j.episodes {
		if ep.kind != "initial" && ep.start > from && ep.start <= to {
			return true
		}
	}
	return false
}

func (j *journey) followUp(ex exit, at day, contact, status string) {
	key := followUpKey{ex.rec, at}
	for _, k := range j.followUpDays {
		if k == key {
			return
		}
	}
	j.followUpDays = append(j.followUpDays, key)
	country := "GBR"
	if ex.abroad {
		country = j.p.nat.code
	}
	if contact != "made" && j.chance(0.6) {
		country = ""
	}
	j.out.row(fFollowUps, ex.rec.id, dateText(at, precDay), contact, status, country)
}
