package bundle

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace"
)

// The round-trip fixture must use every code of every list, or the round trip proves
// less than it claims.
func TestFixtureUsesEveryCode(t *testing.T) {
	read := func(file string) string {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "bundles", "full", file))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	lists := map[string][]retrace.CodeList{
		"people.csv":           {retrace.SexCodes},
		"referrals.csv":        {retrace.RouteCodes, retrace.ResponderTypeCodes, retrace.AgeGroupCodes, retrace.ExploitationTypeCodes, retrace.LocationCodes, retrace.RelationshipCodes, retrace.DecisionCodes},
		"support.csv":          {retrace.ServiceCodes, retrace.ExitReasonCodes},
		"risk_assessments.csv": {retrace.StageCodes, retrace.RiskLevelCodes, retrace.RiskFactorCodes},
		"milestones.csv":       {retrace.DomainCodes, retrace.MilestoneStatusCodes},
		"follow_ups.csv":       {retrace.ContactCodes, retrace.FollowUpStatusCodes},
	}
	for file, ls := range lists {
		text := read(file)
		for _, l := range ls {
			for _, c := range l.Codes {
				if !strings.Contains(text, ","+c+",") && !strings.Contains(text, ","+c+"\n") && !strings.Contains(text, ";"+c) && !strings.Contains(text, c+";") {
					t.Errorf("%s never uses %s code %q", file, l.Name, c)
				}
			}
		}
	}
}
