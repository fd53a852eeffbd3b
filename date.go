package retrace

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a PartialDate is known.
type Precision uint8

const (
	Unknown Precision = iota // no date at all
	Year
	Month
	Day
)

// PartialDate is a calendar date known to a year, a month or a day. It is never
// rounded: 2021-05 stays a range from 1 to 31 May, and comparisons use its bounds.
// The bounds are worked out once, when the date is made: counting a million
// journeys compares dates hundreds of millions of times.
type PartialDate struct {
	first, last int32 // the first and last day it can mean, in days since 1970-01-01
	year        int16
	month, day  uint8
	precision   Precision
}

// newDate makes a date of the given precision, with its bounds.
func newDate(y int, m time.Month, d int, p Precision) PartialDate {
	pd := PartialDate{year: int16(y), month: uint8(m), day: uint8(d), precision: p}
	switch p {
	case Year:
		pd.first, pd.last = daysSinceEpoch(y, 1, 1), daysSinceEpoch(y, 12, 31)
	case Month:
		pd.first, pd.last = daysSinceEpoch(y, m, 1), daysSinceEpoch(y, m, daysIn(y, m))
	case Day:
		pd.first = daysSinceEpoch(y, m, d)
		pd.last = pd.first
	}
	return pd
}

// daysSinceEpoch counts days from 1970-01-01 to a valid date of the proleptic
// Gregorian calendar (Howard Hinnant's days_from_civil).
func daysSinceEpoch(y int, m time.Month, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (int(m) + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// dayTime is midnight UTC of a day counted from 1970-01-01.
func dayTime(day int32) time.Time { return time.Unix(int64(day)*86400, 0).UTC() }

// Years accepted in any date: before 1900 or after 2100 is a typing error in this domain.
const (
	MinYear = 1900
	MaxYear = 2100
)

// DateError explains why a text is not a date.
type DateError struct {
	Text   string
	Reason string
	// Withheld is the reason in words that do not repeat the date, for a cell whose
	// value must not reach a terminal or a log (a date of birth).
	Withheld string
}

func (e *DateError) Error() string {
	return fmt.Sprintf("%q is not a date: %s", e.Text, e.Reason)
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD. An empty text is the unknown date.
func ParseDate(s string) (PartialDate, error) { return parseDate(s, MinYear, MaxYear) }

// ParseHistoricalDate reads a date as ParseDate does, but of any year from 1000 to
// 2999: other data sets linked by retrace (historical records) are not survivors'.
func ParseHistoricalDate(s string) (PartialDate, error) { return parseDate(s, 1000, 2999) }

func parseDate(s string, minYear, maxYear int) (PartialDate, error) {
	bad := func(reason, withheld string) (PartialDate, error) {
		return PartialDate{}, &DateError{Text: s, Reason: reason, Withheld: withheld}
	}
	switch len(s) {
	case 0:
		return PartialDate{}, nil
	case 4, 7, 10:
	default:
		return bad(dateShapeHint(s), dateShapeHint(s))
	}
	if (len(s) >= 7 && s[4] != '-') || (len(s) == 10 && s[7] != '-') {
		return bad(dateShapeHint(s), dateShapeHint(s))
	}
	y, ok := digits(s[0:4])
	if !ok {
		return bad(dateShapeHint(s), dateShapeHint(s))
	}
	if y < minYear || y > maxYear {
		return bad(fmt.Sprintf("year %d is outside %d–%d", y, minYear, maxYear), fmt.Sprintf("its year is outside %d–%d", minYear, maxYear))
	}
	if len(s) == 4 {
		return newDate(y, 0, 0, Year), nil
	}
	m, ok := digits(s[5:7])
	if !ok {
		return bad(dateShapeHint(s), dateShapeHint(s))
	}
	if m < 1 || m > 12 {
		return bad(fmt.Sprintf("month %02d does not exist", m), "its month does not exist")
	}
	if len(s) == 7 {
		return newDate(y, time.Month(m), 0, Month), nil
	}
	day, ok := digits(s[8:10])
	if !ok {
		return bad(dateShapeHint(s), dateShapeHint(s))
	}
	if day < 1 || day > daysIn(y, time.Month(m)) {
		return bad(fmt.Sprintf("%s %d has no day %d", time.Month(m), y, day), "its month has no such day")
	}
	return newDate(y, time.Month(m), day, Day), nil
}

// MustDate is ParseDate for literals in tests and tables; it panics on a bad date.
func MustDate(s string) PartialDate {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf is the day-precision date of t.
func DateOf(t time.Time) PartialDate {
	y, m, d := t.Date()
	return newDate(y, m, d, Day)
}

func dateShapeHint(s string) string {
	if strings.ContainsAny(s, "/.") {
		return "write it as YYYY-MM-DD, YYYY-MM or YYYY, with hyphens (a spreadsheet may have written it its own way)"
	}
	return "write it as YYYY-MM-DD, YYYY-MM or YYYY"
}

func digits(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (d PartialDate) Precision() Precision { return d.precision }
func (d PartialDate) IsZero() bool         { return d.precision == Unknown }

// Earliest is the first day the date can mean (UTC midnight); zero time when unknown.
func (d PartialDate) Earliest() time.Time {
	if d.precision == Unknown {
		return time.Time{}
	}
	return dayTime(d.first)
}

// Latest is the last day the date can mean (UTC midnight); zero time when unknown.
func (d PartialDate) Latest() time.Time {
	if d.precision == Unknown {
		return time.Time{}
	}
	return dayTime(d.last)
}

// DefinitelyBefore reports whether every day d can mean is before every day e can mean.
// An unknown date is never definitely before or after anything.
func (d PartialDate) DefinitelyBefore(e PartialDate) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	return d.Latest().Before(e.Earliest())
}

// Year is the year, 0 when unknown.
func (d PartialDate) Year() int { return int(d.year) }

// DayAssigned: the date is 1 January, which is how a date of birth whose day and
// month are not known is written down (an assessed age): it says the year alone.
func (d PartialDate) DayAssigned() bool {
	first := d.Earliest()
	return d.precision == Day && first.Month() == time.January && first.Day() == 1
}

// String is the date at its own precision, as it is written in a bundle.
func (d PartialDate) String() string {
	switch d.precision {
	case Year:
		return fmt.Sprintf("%04d", d.year)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.year, d.month)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
	}
	return ""
}

// Value stores the date as its bundle text, so its precision survives the database.
func (d PartialDate) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan reads what Value stored.
func (d *PartialDate) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case nil:
		*d = PartialDate{}
		return nil
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("retrace: cannot scan %T into a PartialDate", src)
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MustParseDate is ParseDate for dates written into code (tests, examples): "" is
// the unknown date, and anything unreadable panics.
func MustParseDate(s string) PartialDate {
	if s == "" {
		return PartialDate{}
	}
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// MarshalBinary writes the date in five bytes: year, month, day, precision.
func (d PartialDate) MarshalBinary() ([]byte, error) {
	return []byte{byte(d.year >> 8), byte(d.year), d.month, d.day, byte(d.precision)}, nil
}

// UnmarshalBinary reads what MarshalBinary wrote.
func (d *PartialDate) UnmarshalBinary(b []byte) error {
	if len(b) != 5 || Precision(b[4]) > Day {
		return fmt.Errorf("retrace: %d bytes are not a binary date", len(b))
	}
	if Precision(b[4]) == Unknown {
		*d = PartialDate{}
		return nil
	}
	*d = newDate(int(int16(b[0])<<8|int16(b[1])), time.Month(b[2]), int(b[3]), Precision(b[4]))
	return nil
}
