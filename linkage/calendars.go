package linkage

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// calendar is the calendar a date of birth was written in, where not the Gregorian.
type calendar int

const (
	gregorian  calendar = iota
	solarHijri          // Afghanistan's and Iran's: 1381/09/08 is 29 November 2002
	ethiopian           // Ethiopia's and Eritrea's, marked ዓ.ም. or E.C.: 2016 began on 12 September 2023
)

// otherCalendar reads a date written as the places records come from write them:
// digits of other scripts (١٩٩٥, ۱۳۸۱), a word for year after it (1996 г.),
// 1994年4月13日, and dates in the Solar Hijri and Ethiopian calendars, given as their
// Gregorian date (a year alone as the Gregorian year holding most of it). The
// calendar is gregorian where the value is left as it was.
func otherCalendar(s string) (string, calendar) {
	t := strings.TrimSpace(asciiDigits(s))
	marked := false
	for _, mark := range []string{"ዓ.ም.", "ዓ.ም", "ዓ/ም", "e.c.", "E.C.", "EC"} {
		rest, ok := strings.CutSuffix(t, mark)
		if last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(rest)); ok && unicode.IsDigit(last) {
			t, marked = strings.TrimSpace(rest), true
			break
		}
	}
	for _, year := range []string{"г.", "г", "р.", "r.", "yil", "viti"} { // Russian and Bulgarian, Ukrainian, Polish, Turkish, Albanian
		if rest, ok := strings.CutSuffix(t, year); ok && rest != "" && strings.TrimSpace(rest) != rest {
			t = strings.TrimSpace(rest)
			break
		}
	}
	t = strings.NewReplacer("年", "-", "月", "-", "日", "", "년", "-", "월", "-", "일", "").Replace(t)
	t = strings.Trim(strings.TrimSpace(t), "-")
	y, m, d, ok := yearFirst(t)
	switch {
	case marked && !ok:
		if d, m, y, ok = dayFirstNumbers(t); !ok {
			return s, gregorian // said to be Ethiopian, but not read: left unreadable, not taken for Gregorian
		}
		return ethiopianDate(y, m, d), ethiopian
	case marked:
		return ethiopianDate(y, m, d), ethiopian
	case ok && y >= 1300 && y < 1406: // 1406 begins in March 2027: a later year is no birth's
		return solarHijriDate(y, m, d), solarHijri
	}
	return t, gregorian
}

// asciiDigits writes digits of any script as 0–9.
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsDigit(r) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII && unicode.IsDigit(r) {
			return '0' + rune(digitValue(r))
		}
		return r
	}, s)
}

// digitValue is a decimal digit's value: Unicode's decimal digits run in tens from
// their zero.
func digitValue(r rune) int {
	for z := r; z >= r-9; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	return 0
}

// yearFirst reads 1381/09/08, 1381-09, 1381 (month and day 0 where not given).
func yearFirst(s string) (y, m, d int, ok bool) {
	f, n, ok := numberFields(s)
	if !ok || len(f[0]) != 4 {
		return 0, 0, 0, false
	}
	return n[0], n[1], n[2], true
}

// dayFirstNumbers reads 12/02/1988.
func dayFirstNumbers(s string) (d, m, y int, ok bool) {
	f, n, ok := numberFields(s)
	if !ok || len(f) != 3 || len(f[2]) != 4 {
		return 0, 0, 0, false
	}
	return n[0], n[1], n[2], true
}

// numberFields splits a date of one to three numbers into them, with three numbers
// always (0 where not given).
func numberFields(s string) ([]string, []int, bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == ' ' })
	if len(f) == 0 || len(f) > 3 {
		return nil, nil, false
	}
	n := make([]int, 3)
	for i, x := range f {
		v, err := strconv.Atoi(x)
		if err != nil {
			return nil, nil, false
		}
		n[i] = v
	}
	return f, n, true
}

// solarHijriDate is the Gregorian date of a Solar Hijri one: years of 365 days and a
// leap year in the 33-year cycle's pattern, months of 31 days for six and then 30.
// A year alone is the Gregorian year holding its first nine months.
func solarHijriDate(y, m, d int) string {
	if m == 0 || m > 12 || d > 31 {
		return strconv.Itoa(y + 621)
	}
	day := d
	if day == 0 {
		day = 15 // a month alone as the Gregorian month holding most of it
	}
	days := -355668 + 365*(y+1595) + ((y+1595)/33)*8 + (((y+1595)%33)+3)/4 + day
	if m < 7 {
		days += (m - 1) * 31
	} else {
		days += (m-7)*30 + 186
	}
	// days counts from 1 January of year 0 (proleptic Gregorian, 1 BC), that day 0.
	g := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	if d == 0 {
		return g.Format("2006-01")
	}
	return g.Format("2006-01-02")
}

// ethiopianDate is the Gregorian date of an Ethiopian one: twelve months of 30 days
// and a thirteenth of 5 or 6, the year beginning on 11 or 12 September. A year alone is
// the Gregorian year holding its last eight months.
func ethiopianDate(y, m, d int) string {
	if m == 0 || m > 13 || d > 30 {
		return strconv.Itoa(y + 8)
	}
	jdn := 1724220 + 365*(y-1) + y/4 + 30*(m-1) + max(d, 1) // the Ethiopian era began on day 1724221
	g := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, jdn-2451545)
	if d == 0 {
		return g.Format("2006-01")
	}
	return g.Format("2006-01-02")
}

var calendarExample = [...]string{"", "1381/09/08 as 2002-11-29", "12/02/1988 ዓ.ም. as 1995-10-23"}

func (c calendar) String() string {
	return [...]string{"Gregorian", "Solar Hijri", "Ethiopian"}[c]
}
