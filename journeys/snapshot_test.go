package journeys

import (
	"reflect"
	"strings"
	"testing"
)

// A snapshot's format changes with any field of any type within a journey, however
// deep, so that a retrace with new fields never reads an old snapshot into them.
func TestSnapshotFormatSeesEveryField(t *testing.T) {
	type date struct{ Year, Month int }
	type dateV2 struct {
		Year, Month int
		Day         int
	}
	type referral struct{ Dates []date }
	type referralV2 struct{ Dates []dateV2 }
	shape := func(v any) string {
		var b strings.Builder
		describe(&b, reflect.TypeOf(v), map[reflect.Type]bool{})
		return strings.NewReplacer("V2", "").Replace(b.String()) // the same names, so only the shape differs
	}
	if shape(referral{}) == shape(referralV2{}) {
		t.Errorf("a field added three levels down left the format %s", shape(referral{}))
	}
}
