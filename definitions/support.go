package definitions

import "github.com/retrace-uk/retrace"

// TransferDays is how soon after a transfer between providers the receiving support
// episode starts.
const TransferDays = 30

// SupportEnded reports whether the episode ended the person's support. A transfer
// did not, unless the next support began more than TransferDays later; with no later
// episode the person is taken to have stayed in support elsewhere, with a provider
// whose records are not here.
func SupportEnded(j Journey, s *retrace.SupportEpisode) bool {
	if s.End.IsZero() {
		return false
	}
	if s.ExitReason != retrace.Transferred {
		return true
	}
	later := false
	for nextI := range j.Support {
		next := &j.Support[nextI]
		if next.SupportID == s.SupportID || next.Start.Latest().Before(s.End.Earliest()) {
			continue
		}
		if !next.Start.Earliest().After(s.End.Latest().AddDate(0, 0, TransferDays)) {
			return false // taken up by the receiving provider
		}
		later = true
	}
	return later
}

// Received reports whether the episode is the receiving end of another's transfer:
// it began within TransferDays of one that ended transferred.
func Received(j Journey, s *retrace.SupportEpisode) bool {
	for tI := range j.Support {
		t := &j.Support[tI]
		if t.SupportID != s.SupportID && t.ExitReason == retrace.Transferred && !t.End.IsZero() &&
			!s.Start.Latest().Before(t.End.Earliest()) && !s.Start.Earliest().After(t.End.Latest().AddDate(0, 0, TransferDays)) {
			return true
		}
	}
	return false
}
