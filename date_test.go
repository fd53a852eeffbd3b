package retrace

import (
	"strings"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseDateKeepsPrecisionAndRange(t *testing.T) {
	cases := []struct {
		in               string
		precision        Precision
		earliest, latest time.Time
	}{
		{"2021", Year, day(2021, 1, 1), day(2021, 12, 31)},
		{"2021-05", Month, day(2021, 5, 1), day(2021, 5, 31)},
		{"2024-02", Month, day(2024, 2, 1), day(2024, 2, 29)}, // leap year
		{"2023-02", Month, day(2023, 2, 1), day(2023, 2, 28)},
		{"2021-05-17", Day, day(2021, 5, 17), day(2021, 5, 17)},
	}
	for _, c := range cases {
		d, err := ParseDate(c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		if d.Precision() != c.precision || !d.Earliest().Equal(c.earliest) || !d.Latest().Equal(c.latest) {
			t.Errorf("%s: got %v %s..%s", c.in, d.Precision(), d.Earliest(), d.Latest())
		}
		if d.String() != c.in {
			t.Errorf("%s: written back as %q", c.in, d.String())
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"2021-13-01", "2021-02-29", "2021-04-31", "17/03/2021", "2021-5-3", "21", "20210517", "1850", "abcd", "2021-00", " 2021"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}

func TestEmptyIsUnknown(t *testing.T) {
	d, err := ParseDate("")
	if err != nil || !d.IsZero() || d.String() != "" {
		t.Fatalf("empty date: %v %v", d, err)
	}
	if d.DefinitelyBefore(MustDate("2020")) || MustDate("2020").DefinitelyBefore(d) {
		t.Error("unknown date compared as known")
	}
}

func TestDefinitelyBeforeUsesBounds(t *testing.T) {
	if MustDate("2021").DefinitelyBefore(MustDate("2021-06-01")) {
		t.Error("2021 may be after 1 June 2021")
	}
	if !MustDate("2021-05").DefinitelyBefore(MustDate("2021-06-01")) {
		t.Error("May 2021 is before 1 June 2021")
	}
}

func TestDateScanValueRoundTrip(t *testing.T) {
	for _, s := range []string{"2021", "2021-05", "2021-05-17"} {
		v, _ := MustDate(s).Value()
		var back PartialDate
		if err := back.Scan(v); err != nil || back != MustDate(s) {
			t.Errorf("%s: %v %v", s, back, err)
		}
	}
	var d PartialDate
	if err := d.Scan(nil); err != nil || !d.IsZero() {
		t.Error("NULL should scan to unknown")
	}
}

// A date's bounds, worked out by arithmetic when it is made, are the days the time
// package gives, for every day, month and year a date may have.
func TestBoundsAgreeWithTheCalendar(t *testing.T) {
	for day := time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() < 3000; day = day.AddDate(0, 0, 1) {
		d, err := ParseHistoricalDate(day.Format(time.DateOnly))
		if err != nil {
			t.Fatal(err)
		}
		if !d.Earliest().Equal(day) || !d.Latest().Equal(day) || d.Earliest() != day {
			t.Fatalf("%s: bounds %s to %s", day.Format(time.DateOnly), d.Earliest(), d.Latest())
		}
		if day.Day() == 1 {
			m, _ := ParseHistoricalDate(day.Format("2006-01"))
			if last := day.AddDate(0, 1, -1); m.Earliest() != day || m.Latest() != last {
				t.Fatalf("%s: bounds %s to %s, want %s", day.Format("2006-01"), m.Earliest(), m.Latest(), last)
			}
		}
		if day.YearDay() == 1 {
			y, _ := ParseHistoricalDate(day.Format("2006"))
			if last := day.AddDate(1, 0, -1); y.Earliest() != day || y.Latest() != last {
				t.Fatalf("%s: bounds %s to %s, want %s", day.Format("2006"), y.Earliest(), y.Latest(), last)
			}
		}
	}
	if (PartialDate{}).Earliest() != (time.Time{}) || (PartialDate{}).Latest() != (time.Time{}) {
		t.Error("the unknown date has bounds")
	}
}

// A date written as bytes (for snapshots) reads back as the same date, bounds and all;
// bytes that are no date are refused.
func TestBinaryDatesRoundTrip(t *testing.T) {
	for _, s := range []string{"", "1901", "2021-02", "2024-02-29", "2100-12-31"} {
		d := MustParseDate(s)
		b, err := d.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back PartialDate
		if err := back.UnmarshalBinary(b); err != nil || back != d || back.String() != s {
			t.Errorf("%q: read back %q (%v)", s, back.String(), err)
		}
	}
	var d PartialDate
	if d.UnmarshalBinary([]byte{7, 228, 1}) == nil || d.UnmarshalBinary([]byte{7, 228, 1, 1, 9}) == nil {
		t.Error("bytes that are no date were read")
	}
}

// Why a text is not a date can be said without repeating it, for a date of birth.
func TestDateErrorsWithholdTheDate(t *testing.T) {
	for text, want := range map[string]string{
		"1990-02-30": "its month has no such day", "1990-13": "its month does not exist",
		"1890": "its year is outside 1900–2100", "30/02/1990": "write it as YYYY-MM-DD, YYYY-MM or YYYY, with hyphens (a spreadsheet may have written it its own way)",
	} {
		_, err := ParseDate(text)
		de, ok := err.(*DateError)
		if !ok || de.Withheld != want || strings.Contains(de.Withheld, text) {
			t.Errorf("%s: withheld %q, want %q", text, de.Withheld, want)
		}
	}
}

// 1 January is an assigned day; other days, and dates without a day, are not.
func TestDayAssigned(t *testing.T) {
	for s, want := range map[string]bool{"1990-01-01": true, "1990-01-02": false, "1990-02-01": false, "1990-01": false, "1990": false} {
		d, err := ParseDate(s)
		if err != nil || d.DayAssigned() != want {
			t.Errorf("%s: %v %v, want %v", s, d.DayAssigned(), err, want)
		}
	}
}
