package synth

import (
	"strconv"
	"time"

	"github.com/retrace-uk/retrace/internal/splitmix"
)

// permute is a keyed bijection on 40-bit numbers (a four-round Feistel network), so
// ids made from a person's index are unique yet say nothing about who is who: two
// records of one person get unrelated ids.
func permute(key uint64, x uint64) uint64 {
	l, r := (x>>20)&0xFFFFF, x&0xFFFFF
	for round := uint64(0); round < 4; round++ {
		f := splitmix.Mix(key^(round*0x9E3779B97F4A7C15)^r) & 0xFFFFF
		l, r = r, l^f
	}
	return l<<20 | r
}

const base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// code36 writes n in 8 base-36 digits (36^8 > 2^40).
func code36(n uint64) string {
	var b [8]byte
	for i := 7; i >= 0; i-- {
		b[i] = base36[n%36]
		n /= 36
	}
	return string(b[:])
}

// A day is a civil date counted in days since 1970-01-01.
type day int

func dayOf(y int, m time.Month, d int) day {
	return day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func (d day) time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// precision of a written date
const (
	precYear = iota + 1
	precMonth
	precDay
)

// appendDate writes d at a precision: YYYY, YYYY-MM or YYYY-MM-DD.
func appendDate(b []byte, d day, prec int) []byte {
	y, m, dd := d.time().Date()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	if prec >= precMonth {
		b = append(b, '-', byte('0'+int(m)/10), byte('0'+int(m)%10))
	}
	if prec >= precDay {
		b = append(b, '-', byte('0'+dd/10), byte('0'+dd%10))
	}
	return b
}

func dateText(d day, prec int) string { return string(appendDate(nil, d, prec)) }

func itoa(n int) string { return strconv.Itoa(n) }

func timeMonth(m int) time.Month { return time.Month(m) }
