// Package pprl encodes the identity fields of person records as cryptographic
// long-term keys (CLKs): Bloom filters into which each field's q-grams are hashed
// with a keyed HMAC, so that organisations can link records without handing over
// names. Two encodings of one person's records share most of their bits; the Dice
// coefficient of two filters measures how alike the records were. Without the
// secret, a dictionary of names cannot be encoded to compare. Bloom-filter encodings
// are not encryption: someone holding many filters can still mine them for frequent
// bit patterns (a common name, a sex, a 1 January birth date), so they are shared
// under the same agreements as the data, and not published.
package pprl

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"slices"
	"strconv"
	"strings"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bloom"
	"github.com/retrace-uk/retrace/linkage"
)

// Schema says how a record's fields become a CLK. Every party encodes with the same
// schema and secret; the schema is shared openly, the secret is not.
type Schema struct {
	Version int     `json:"version"`
	Bits    int     `json:"bits"` // the filter's length: a multiple of 64
	Fields  []Field `json:"fields"`
}

// Field is one identity field's part of the filter.
type Field struct {
	Name    string   `json:"name"`    // also keys the hashing: one field's q-grams never collide with another's
	Columns []string `json:"columns"` // read and joined with a space (but see Kind "estimated")
	// Kind: "name" (the linkage normaliser's tokens, each in its variant group's
	// form, as q-grams), "year", "month" or "day" (of a date, whole), "value"
	// (normalised; several values separated by ';' each go in), "text" (letters and
	// digits, as linkage keys a reference, as q-grams: a reference one keying error
	// apart shares most), "name_tokens" (a name's tokens each in a slot of its own:
	// see Slots), "estimated" (bits set where the first column says yes, true, y or 1,
	// or the second holds a date not known to the day; none otherwise), "assigned"
	// (bits set where the date is 1 January, the day an estimate is commonly given),
	// "day_month" (a date's day and month as one token, the smaller first, so that a
	// date with them transposed shares it; none for 1 January), "contact" (each
	// email address, in lower case, and phone number, its last ten digits, as a token:
	// the columns may hold several, separated by ';').
	Kind string `json:"kind"`
	Q    int    `json:"q,omitempty"` // q-gram length for names
	// K is how many bits each token sets: a field's weight in the Dice coefficient.
	K int `json:"k"`
	// Bits, if set, is the part of the filter [from, to) the field's bits go in. Fields
	// in parts of their own can be compared apart at the hub (names, date of birth,
	// sex and nationality each weighed by what it says), at the cost of showing each
	// field's pattern apart to someone mining many filters; fields sharing the whole
	// filter show only their mixture.
	Bits []int `json:"bits,omitempty"`
	// Slots, for kind "name_tokens", divides the field's bits into that many equal
	// parts, one a name token (the first Slots−1 tokens in order, the rest together in
	// the last): the hub can then compare names token by token (the same names in
	// another order, one name in common) and weigh each token by how common it is.
	Slots int `json:"slots,omitempty"`
	// Names, for kind "name_tokens", is how many names the field holds, from columns
	// of several separated by ';', '|' or lines (other names the person used), each in Slots slots
	// of its own, in order; names past the last are left out. 0 or 1: the columns
	// joined as one name.
	Names int `json:"names,omitempty"`
	// HashedAs names an earlier field of the same kind whose hashing this one shares,
	// so that a token sets the same bits within a slot in either and the hub can
	// compare other names with the name. Otherwise a field's name keys its hashing.
	HashedAs string `json:"hashed_as,omitempty"`
	// Near, for a year, also puts in the years up to Near either side of it (the
	// numeric encoding of Vatsalan and Christen): two years d apart share all but d
	// of their 2·Near+1 tokens, so the Dice coefficient falls by steps with the
	// distance, and a birth year assessed a year or two out is near, not unlike.
	Near int `json:"near,omitempty"`
}

// span is the part of the filter a field's bits go in.
func (f Field) span(total int) (from, size int) {
	if len(f.Bits) == 2 {
		return f.Bits[0], f.Bits[1] - f.Bits[0]
	}
	return 0, total
}

// DefaultSchema encodes a journey bundle's people.csv in 3136 bits: names as bigrams
// in bits 0–511 (the whole name, which the hub blocks on), the birth year (with two
// years either side) in 512–703, the day and month of birth in 704–831 (empty for a
// date known only by its year), sex in 832–863, nationality in 864–927, the Home
// Office reference as bigrams in 928–1023, the place of birth as bigrams in
// 1024–1151, the language in 1152–1215, whether the date of birth was estimated in
// 1216–1279, and the name again, token by token in four slots of 128 bits, in
// 1280–1791 (which the hub compares), so that the hub weighs each as linkage weighs
// it; then up to two other names the person used, each token by token in three slots
// of 128 bits, in 1792–2559; whether the date of birth is 1 January in 2560–2623;
// its day and month as one token, in either order, in 2624–2687; email addresses and
// phone numbers, each a token, in 2688–2815; and the postcode and the town, as
// bigrams, in 2816–2879 and 2880–2943 (where a file has them); a travel or identity
// document's number and a second person reference (a Home Office CID person id), as
// bigrams as the reference is, in 2944–3039 and 3040–3135. Most parts are
// sparse (about a quarter of their bits set), so that records unalike share few bits
// by chance; a long name token sets up to a third of its slot's, and two long tokens
// a letter apart (Tesfamichael, Tesfamichaeli) can be the same to 0.95. Tokens set 4
// bits a bigram: 6 did no better, measured. Version 1 had no reference and the year
// alone; version 2 no place of birth or language; version 3 no estimate flag or
// tokens; version 4 no other names, 1 January, transposed day and month, contact
// details or places; version 5 no document number or second person reference.
func DefaultSchema() Schema {
	return Schema{Version: 6, Bits: 3136, Fields: []Field{
		{Name: "name", Columns: []string{"given_names", "family_name"}, Kind: "name", Q: 2, K: 15, Bits: []int{0, 512}},
		{Name: "dob_year", Columns: []string{"dob"}, Kind: "year", K: 6, Near: 2, Bits: []int{512, 704}},
		{Name: "dob_month", Columns: []string{"dob"}, Kind: "month", K: 15, Bits: []int{704, 832}},
		{Name: "dob_day", Columns: []string{"dob"}, Kind: "day", K: 15, Bits: []int{704, 832}},
		{Name: "sex", Columns: []string{"sex"}, Kind: "value", K: 10, Bits: []int{832, 864}},
		{Name: "nationality", Columns: []string{"nationality"}, Kind: "value", K: 15, Bits: []int{864, 928}},
		{Name: "ho_reference", Columns: []string{"ho_reference"}, Kind: "text", Q: 2, K: 3, Bits: []int{928, 1024}},
		{Name: "birth_place", Columns: []string{"birth_place"}, Kind: "name", Q: 2, K: 4, Bits: []int{1024, 1152}},
		{Name: "language", Columns: []string{"language"}, Kind: "value", K: 15, Bits: []int{1152, 1216}},
		{Name: "dob_estimated", Columns: []string{"dob_estimated", "dob"}, Kind: "estimated", K: 8, Bits: []int{1216, 1280}},
		{Name: "name_tokens", Columns: []string{"given_names", "family_name"}, Kind: "name_tokens", Q: 2, K: 4, Slots: 4, Bits: []int{1280, 1792}},
		{Name: "aliases", Columns: []string{"aliases"}, Kind: "name_tokens", Q: 2, K: 4, Slots: 3, Names: 2, HashedAs: "name_tokens", Bits: []int{1792, 2560}},
		{Name: "dob_assigned", Columns: []string{"dob"}, Kind: "assigned", K: 8, Bits: []int{2560, 2624}},
		{Name: "dob_day_month", Columns: []string{"dob"}, Kind: "day_month", K: 15, Bits: []int{2624, 2688}},
		{Name: "contact", Columns: []string{"email", "phone"}, Kind: "contact", K: 15, Bits: []int{2688, 2816}},
		{Name: "postcode", Columns: []string{"postcode"}, Kind: "text", Q: 2, K: 4, Bits: []int{2816, 2880}},
		{Name: "city", Columns: []string{"city"}, Kind: "name", Q: 2, K: 4, Bits: []int{2880, 2944}},
		{Name: "document", Columns: []string{"document"}, Kind: "text", Q: 2, K: 3, Bits: []int{2944, 3040}},
		{Name: "person_reference", Columns: []string{"person_reference"}, Kind: "text", Q: 2, K: 3, Bits: []int{3040, 3136}},
	}}
}

// Check reports the first thing wrong with the schema.
func (s Schema) Check() error {
	if s.Bits <= 0 || s.Bits%64 != 0 || s.Bits > 65536 {
		return fmt.Errorf("bits: %d is not a positive multiple of 64 up to 65536", s.Bits)
	}
	seen := map[string]Field{}
	for i, f := range s.Fields {
		like, hashed := seen[f.HashedAs]
		switch {
		case f.Name == "":
			return fmt.Errorf("field %d: a name is needed", i+1)
		case seen[f.Name].Name != "":
			return fmt.Errorf("field %d: the name %q is taken by an earlier field; each needs its own", i+1, f.Name)
		case len(f.Columns) == 0:
			return fmt.Errorf("field %q: no columns", f.Name)
		case f.K < 1:
			return fmt.Errorf("field %q: k must be at least 1", f.Name)
		case (f.Kind == "name" || f.Kind == "name_tokens" || f.Kind == "text") && f.Q < 1:
			return fmt.Errorf("field %q: q must be at least 1", f.Name)
		case !slices.Contains(fieldKinds, f.Kind):
			return fmt.Errorf("field %q: unknown kind %q (%s)", f.Name, f.Kind, strings.Join(fieldKinds, ", "))
		case f.Kind == "name_tokens" && (f.Slots < 1 || f.Names < 0 || f.slots() > 64 || len(f.Bits) != 2 || (f.Bits[1]-f.Bits[0])%f.slots() != 0):
			return fmt.Errorf("field %q: name_tokens needs slots (1 to 64 in all, over its names) and bits that divide into that many equal parts", f.Name)
		case f.Kind != "name_tokens" && (f.Slots != 0 || f.Names != 0):
			return fmt.Errorf("field %q: slots and names are for a name_tokens field", f.Name)
		case f.Near < 0 || f.Near > 10 || (f.Near > 0 && f.Kind != "year"):
			return fmt.Errorf("field %q: near is for a year, from 0 to 10", f.Name)
		case len(f.Bits) != 0 && (len(f.Bits) != 2 || f.Bits[0] < 0 || f.Bits[1] > s.Bits || f.Bits[0] >= f.Bits[1]):
			return fmt.Errorf("field %q: bits must be [from, to) within the filter's %d", f.Name, s.Bits)
		case f.HashedAs != "" && !hashed:
			return fmt.Errorf("field %q: hashed_as %q is not an earlier field", f.Name, f.HashedAs)
		case f.HashedAs != "" && like.HashedAs != "":
			return fmt.Errorf("field %q: hashed_as %q, which is itself hashed as %q: name that field", f.Name, f.HashedAs, like.HashedAs)
		case f.HashedAs != "" && (like.Kind != f.Kind || like.Q != f.Q || like.K != f.K || like.slotWidth() != f.slotWidth()):
			return fmt.Errorf("field %q: hashed_as %q, whose kind, q, k and bits a slot are %s, %d, %d and %d, where this field's are %s, %d, %d and %d: they must be the same",
				f.Name, f.HashedAs, like.Kind, like.Q, like.K, like.slotWidth(), f.Kind, f.Q, f.K, f.slotWidth())
		}
		seen[f.Name] = f
	}
	return nil
}

var fieldKinds = []string{"name", "name_tokens", "text", "year", "month", "day", "value", "estimated", "assigned", "day_month", "contact"}

// slots are a name_tokens field's slots, over all its names.
func (f Field) slots() int { return f.Slots * max(1, f.Names) }

// slotWidth is a name_tokens field's bits a slot (0 for other kinds).
func (f Field) slotWidth() int {
	if f.Kind != "name_tokens" || len(f.Bits) != 2 || f.slots() == 0 {
		return 0
	}
	return (f.Bits[1] - f.Bits[0]) / f.slots()
}

// Encoder makes CLKs under one schema and secret.
type Encoder struct {
	schema   Schema
	fields   []encodedField
	secret   []byte
	variants *linkage.Variants
}

// encodedField is a schema field with the name that keys its hashing, as bytes.
type encodedField struct {
	Field
	key []byte
}

// NewEncoder checks the schema; the secret must be at least 16 bytes.
func NewEncoder(s Schema, secret []byte, v *linkage.Variants) (*Encoder, error) {
	if err := s.Check(); err != nil {
		return nil, err
	}
	if len(secret) < 16 {
		return nil, fmt.Errorf("the secret is %d bytes: at least 16 are needed", len(secret))
	}
	e := &Encoder{schema: s, secret: secret, variants: v}
	for _, f := range s.Fields {
		e.fields = append(e.fields, encodedField{Field: f, key: []byte(cmp.Or(f.HashedAs, f.Name))})
	}
	return e, nil
}

// CLK is a Bloom filter.
type CLK = bloom.Filter

// Encode makes a record's CLK from its columns (get gives a column's value).
func (e *Encoder) Encode(get func(column string) string) CLK {
	clk := make(CLK, e.schema.Bits/64)
	mac := hmac.New(sha256.New, e.secret)
	var dob birthDate // read once, for every field that reads it
	for _, f := range e.fields {
		var parts []string
		for _, c := range f.Columns {
			parts = append(parts, get(c))
		}
		var tokens []string
		switch f.Kind {
		case "name_tokens":
			e.setNames(clk, mac, f, parts)
			continue
		case "estimated":
			if estimated(parts, &dob) {
				tokens = []string{"yes"}
			}
		case "contact":
			tokens = contactTokens(parts)
		case "year", "month", "day", "assigned", "day_month":
			tokens = datePart(dob.read(strings.Join(parts, " ")), f.Kind, f.Near)
		default:
			tokens = e.tokens(f.Field, strings.Join(parts, " "))
		}
		for _, t := range tokens {
			e.setBits(clk, mac, f, 0, t)
		}
	}
	return clk
}

// birthDate is a record's date of birth as read, kept for the fields that read it.
type birthDate struct {
	text string
	date retrace.PartialDate // zero for none, or one that cannot be read
	done bool
}

func (b *birthDate) read(s string) retrace.PartialDate {
	if s = strings.TrimSpace(s); !b.done || s != b.text {
		b.text, b.done = s, true
		b.date, _ = linkage.ParseBirthDate(s) // an error leaves the zero date: nothing to encode
	}
	return b.date
}

// setBits sets a token's k bits, each at a position drawn from its own 16 bits of
// HMAC output (HMAC(field, token, block) for as many blocks as k needs). Positions
// independent of each other, not double hashing's fixed steps, leave no pattern
// to find a q-gram's bits by without the secret.
func (e *Encoder) setBits(clk CLK, mac hash.Hash, f encodedField, slot int, token string) {
	var sum []byte
	from, size := f.span(e.schema.Bits)
	if f.Slots > 0 {
		size /= f.slots()
		from += slot * size
	}
	for i := range f.K {
		if i%16 == 0 {
			mac.Reset()
			mac.Write(f.key)
			mac.Write([]byte{0})
			mac.Write([]byte(token))
			mac.Write([]byte{0, byte(i / 16)})
			sum = mac.Sum(sum[:0])
		}
		p := binary.BigEndian.Uint16(sum[2*(i%16):])
		clk.Set(from + int(p)%size)
	}
}

// setNames puts a name_tokens field's name, or each of its names (Names), in its
// slots.
func (e *Encoder) setNames(clk CLK, mac hash.Hash, f encodedField, parts []string) {
	if f.Names <= 1 {
		e.setTokenSlots(clk, mac, f, 0, e.variants.NameTokens(strings.Join(parts, " ")))
		return
	}
	n := 0
	for _, part := range parts {
		for _, name := range linkage.OtherNames(part) {
			if tokens := e.variants.NameTokens(name); n < f.Names && len(tokens) > 0 {
				e.setTokenSlots(clk, mac, f, n*f.Slots, tokens)
				n++
			}
		}
	}
}

// setTokenSlots puts each name token's q-grams in a slot of its own, in order from
// slot first, the tokens past the name's last slot in it with the last; a token's
// bits fall at the same places within whichever slot it is in, so the hub can
// compare slots across.
func (e *Encoder) setTokenSlots(clk CLK, mac hash.Hash, f encodedField, first int, tokens []string) {
	for k, t := range tokens {
		for _, g := range qgrams("_"+t+"_", f.Q) {
			e.setBits(clk, mac, f, first+min(k, f.Slots-1), g)
		}
	}
}

// contactTokens are the email addresses and phone numbers in values, each a cell of
// one or more (linkage.CellValues): an address in lower case, numbers as linking
// compares them (linkage.PhoneKeys).
func contactTokens(values []string) []string {
	var out []string
	for _, v := range values {
		for _, c := range linkage.CellValues(v) {
			if strings.Contains(c, "@") {
				out = append(out, "e:"+strings.ToLower(c))
				continue
			}
			for _, k := range linkage.PhoneKeys(c) { // several listed as linking reads them (07700 900123 / 07700 900456)
				out = append(out, "p:"+k)
			}
		}
	}
	return out
}

// estimated: the first value says yes, or the second is a date not known to the day
// (as linkage takes a date known only by its month or year: an estimate).
func estimated(values []string, dob *birthDate) bool {
	if len(values) > 0 && linkage.SaysYes(values[0]) {
		return true
	}
	if len(values) < 2 {
		return false
	}
	d := dob.read(values[1])
	return !d.IsZero() && d.Precision() != retrace.Day
}

// tokens are what a field's value puts in the filter.
func (e *Encoder) tokens(f Field, value string) []string {
	switch f.Kind {
	case "name":
		var out []string
		for _, t := range e.variants.NameTokens(value) {
			out = append(out, qgrams("_"+t+"_", f.Q)...)
		}
		return out
	case "text":
		if t := linkage.ReferenceKey(value); t != "" {
			return qgrams("_"+t+"_", f.Q)
		}
		return nil
	}
	var out []string
	for _, v := range linkage.CellValues(value) {
		if n := linkage.Normalise(v); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func qgrams(s string, q int) []string {
	r := []rune(s)
	var out []string
	for i := 0; i+q <= len(r); i++ {
		out = append(out, string(r[i:i+q]))
	}
	return out
}

// datePart is a date's year, month or day, when the date has it, with the years up
// to near either side of a year; "yes" for one assigned (1 January); its day and
// month in either order. A date of 1 January is otherwise taken for the year alone,
// as linkage takes it (retrace.PartialDate.DayAssigned).
func datePart(d retrace.PartialDate, part string, near int) []string {
	switch {
	case d.IsZero(): // no date: nothing to encode (not year 0)
		return nil
	case part == "assigned" && d.DayAssigned():
		return []string{"yes"}
	case d.DayAssigned() && part != "year":
		return nil
	}
	switch day, month := d.Earliest().Day(), int(d.Earliest().Month()); {
	case part == "day_month" && d.Precision() == retrace.Day:
		return []string{strconv.Itoa(min(day, month)) + "-" + strconv.Itoa(max(day, month))}
	case part == "year":
		var years []string
		for y := d.Year() - near; y <= d.Year()+near; y++ {
			years = append(years, strconv.Itoa(y))
		}
		return years
	case part == "month" && d.Precision() >= retrace.Month:
		return []string{strconv.Itoa(month)}
	case part == "day" && d.Precision() == retrace.Day:
		return []string{strconv.Itoa(day)}
	}
	return nil
}
