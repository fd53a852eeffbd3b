package pprl

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/retrace-uk/retrace/bloom"
	"github.com/retrace-uk/retrace/linkage"
)

var secret = []byte("a secret shared by the parties only")

func encoder(t testing.TB, key []byte) *Encoder {
	t.Helper()
	e, err := NewEncoder(DefaultSchema(), key, linkage.DefaultVariants())
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func record(given, family, dob, sex, nat string) func(string) string {
	m := map[string]string{"given_names": given, "family_name": family, "dob": dob, "sex": sex, "nationality": nat}
	return func(c string) string { return m[c] }
}

// attack encodes each record with the attacker's key, and counts the records whose
// encoding by the owner (the part of it part takes) scores best against their own
// guess: the records a dictionary attack names right.
func attack(owner, attacker *Encoder, records []func(string) string, part func(CLK) CLK) int {
	guesses := make([]CLK, len(records))
	for i, r := range records {
		guesses[i] = part(attacker.Encode(r))
	}
	right := 0
	for i, r := range records {
		stolen := part(owner.Encode(r))
		best, bestScore := -1, -1.0
		for j, g := range guesses {
			if d := bloom.Dice(stolen, g); d > bestScore {
				best, bestScore = j, d
			}
		}
		if best == i {
			right++
		}
	}
	return right
}

// withEstimate is the record with dob_estimated set to flag.
func withEstimate(r func(string) string, flag string) func(string) string {
	return func(c string) string {
		if c == "dob_estimated" {
			return flag
		}
		return r(c)
	}
}

// One person's records encode alike, different people's apart; spellings in one
// variant group and other scripts encode as one; the filter reads back from text.
func TestEncodingKeepsLikeRecordsAlike(t *testing.T) {
	e := encoder(t, secret)
	selam := e.Encode(record("Selam", "Tesfai", "1998-03-14", "F", "ERI"))
	typo := e.Encode(record("Selam", "Tesfay", "1998-03-14", "F", "ERI"))
	yearOnly := e.Encode(record("Selam", "Tesfai", "1998", "F", "ERI"))
	other := e.Encode(record("Duc", "Trinh", "2001-07-02", "M", "VNM"))
	if d := bloom.Dice(selam, typo); d < 0.85 {
		t.Errorf("a one-letter typo: Dice %.3f, want at least 0.85", d)
	}
	if d := bloom.Dice(selam, yearOnly); d < 0.75 {
		t.Errorf("the same person with only a birth year: Dice %.3f, want at least 0.75", d)
	}
	if d := bloom.Dice(selam, other); d > 0.4 {
		t.Errorf("two different people: Dice %.3f, want at most 0.4", d)
	}
	m1 := e.Encode(record("Mohammed", "Ahmed", "1990", "M", "SDN"))
	m2 := e.Encode(record("محمد", "Ahmad", "1990", "M", "SDN"))
	if d := bloom.Dice(m1, m2); d != 1 {
		t.Errorf("one name in two scripts and spellings: Dice %.3f, want 1", d)
	}
	// No date of birth puts no bits in the date's part (an empty date once encoded
	// as year 0, so every record without one agreed with every other).
	noDate := e.Encode(record("", "", "", "F", "ERI"))
	if n := noDate.Part(512, 832).Count(); n != 0 {
		t.Fatalf("a record with no date of birth has %d bits of the date's part set", n)
	}
	// Whether the date was estimated is a flag: bits for yes, none otherwise.
	estimated := e.Encode(withEstimate(record("Selam", "Tesfai", "1998-03-14", "F", "ERI"), "Yes"))
	notEstimated := e.Encode(withEstimate(record("Selam", "Tesfai", "1998-03-14", "F", "ERI"), "false"))
	if n := estimated.Part(1216, 1280).Count(); n == 0 || n > 8 {
		t.Errorf("an estimated date sets %d bits of the flag's part, want 1 to 8 (k)", n)
	}
	if n := notEstimated.Part(1216, 1280).Count(); n != 0 || !slices.Equal(notEstimated, selam) {
		t.Errorf("a date not estimated sets %d bits of the flag's part and encodes unlike one with no flag", n)
	}
	// A date known only by its month or year is an estimate, flagged or not, as
	// linkage takes it.
	for _, dob := range []string{"1998-03", "1998"} {
		if got := e.Encode(record("Selam", "Tesfai", dob, "F", "ERI")).Part(1216, 1280); !slices.Equal(got, estimated.Part(1216, 1280)) {
			t.Errorf("%s: the flag's part is not as for an estimate", dob)
		}
	}
	back, err := bloom.Parse(selam.String())
	if err != nil || bloom.Dice(back, selam) != 1 || len(back) != 3136/64 {
		t.Errorf("read back: %v %v", back, err)
	}
	if _, err := bloom.Parse("not base64!"); err == nil {
		t.Error("a bad encoding was read")
	}
}

// An attacker with the schema and a dictionary of names, but not the secret, encodes
// every name to compare with stolen filters and takes the best-scoring name as the
// answer. Without the secret every bit lands elsewhere: only the number of bits set
// (how long a name is) carries over, and the attack is right about as often as a
// guess among names of that length. With the secret the same attack is right every
// time. It is made on whole filters, and on one name token's slot, which holds a
// single name. This tests what the secret protects against (a dictionary attack),
// not the mining of many filters for frequent patterns, which no key prevents.
func TestDictionaryAttackFailsWithoutTheSecret(t *testing.T) {
	names := []string{"Selam", "Tesfai", "Mohammed", "Ahmed", "Duc", "Trinh", "Ana", "Popescu", "Ermira", "Celaj",
		"Aster", "Kidane", "Yonas", "Haile", "Amina", "Yusuf", "Fatima", "Hassan", "Thi", "Nguyen", "Ali", "Karimi"}
	type name struct{ given, family string }
	var dictionary []name
	for _, g := range names[:11] { // given names from the first half, family names from the second
		for _, f := range names[11:] {
			dictionary = append(dictionary, name{g, f})
		}
	}
	owner := encoder(t, secret)
	var whole, tokens []func(string) string
	for _, n := range dictionary {
		whole = append(whole, record(n.given, n.family, "", "", ""))
	}
	for _, n := range names {
		tokens = append(tokens, record(n, "", "", "", ""))
	}
	firstToken := func(c CLK) CLK { return c.Part(1280, 1408) }
	hits := func(key []byte) int { return attack(owner, encoder(t, key), whole, func(c CLK) CLK { return c }) }
	// The same attack on one name token's slot alone (bits 1280–1407, the first
	// token), which holds less than a whole name: 22 names to choose from.
	tokenHits := func(key []byte) int { return attack(owner, encoder(t, key), tokens, firstToken) }
	if r := hits(secret); r != len(dictionary) {
		t.Fatalf("with the secret the attack names %d of %d right", r, len(dictionary))
	}
	if r := tokenHits(secret); r != len(names) {
		t.Fatalf("with the secret the attack on a token names %d of %d right", r, len(names))
	}
	for _, wrong := range [][]byte{[]byte("a guess at the secret, wrong...."), []byte("0000000000000000")} {
		r := hits(wrong)
		t.Logf("without the secret: %d of %d right", r, len(dictionary))
		if r > len(dictionary)/10 {
			t.Errorf("without the secret the attack names %d of %d right: the encoding leaks", r, len(dictionary))
		}
		r = tokenHits(wrong)
		t.Logf("without the secret, one token: %d of %d right", r, len(names))
		if r > len(names)/5 {
			t.Errorf("without the secret the attack on a token names %d of %d right: the encoding leaks", r, len(names))
		}
	}
}

func TestSchemaProblemsAreNamed(t *testing.T) {
	s := DefaultSchema()
	s.Bits = 1000
	if err := s.Check(); err == nil {
		t.Error("1000 bits accepted")
	}
	s = DefaultSchema()
	s.Fields[1].Kind = "colour"
	if err := s.Check(); err == nil {
		t.Error("an unknown kind accepted")
	}
	if _, err := NewEncoder(DefaultSchema(), []byte("short"), linkage.DefaultVariants()); err == nil {
		t.Error("a 5-byte secret accepted")
	}
	aliases := slices.IndexFunc(s.Fields, func(f Field) bool { return f.Name == "aliases" })
	for name, c := range map[string]struct {
		change func(*Field)
		want   string
	}{
		"hashed as a later field":      {func(f *Field) { f.HashedAs = "dob_assigned" }, `hashed_as "dob_assigned" is not an earlier field`},
		"hashed as a field not there":  {func(f *Field) { f.HashedAs = "surname" }, `hashed_as "surname" is not an earlier field`},
		"hashed as another kind":       {func(f *Field) { f.HashedAs = "name" }, "kind, q, k and bits a slot are name, 2, 15 and 0, where this field's are name_tokens, 2, 4 and 128"},
		"slots of another width":       {func(f *Field) { f.Slots = 2 }, "are name_tokens, 2, 4 and 128, where this field's are name_tokens, 2, 4 and 192"}, // 768 bits in 4 slots of 192
		"names that do not part bits":  {func(f *Field) { f.Names = 5 }, "name_tokens needs slots"},
		"names in a field of one name": {func(f *Field) { f.Kind, f.Slots, f.HashedAs = "name", 0, "" }, "slots and names are for a name_tokens field"},
	} {
		s := DefaultSchema()
		c.change(&s.Fields[aliases])
		if err := s.Check(); err == nil || !strings.Contains(err.Error(), `field "aliases"`) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want the aliases field named and %q", name, err, c.want)
		}
	}
	s = DefaultSchema() // hashed as a field itself hashed as another: its tokens would set other bits
	s.Fields = append(s.Fields, s.Fields[aliases])
	s.Fields[len(s.Fields)-1].Name, s.Fields[len(s.Fields)-1].HashedAs = "more_aliases", "aliases"
	if err := s.Check(); err == nil || !strings.Contains(err.Error(), `field "more_aliases": hashed_as "aliases", which is itself hashed as "name_tokens"`) {
		t.Errorf("hashed as a field hashed as another: err = %v", err)
	}
}

func TestSchemaFieldsNeedNamesOfTheirOwn(t *testing.T) {
	s := DefaultSchema()
	s.Fields[1].Name = s.Fields[0].Name
	if err := s.Check(); err == nil || !strings.Contains(err.Error(), `field 2: the name "name" is taken`) {
		t.Errorf("a repeated field name: err = %v, want it named", err)
	}
}

// A birth year goes in with the two years either side, 6 bits each in a part of 192:
// two years d apart share s = 5−d of their 5 tokens, 6s bits, and their other bits
// meet by chance, about (30−6s)²/192 of them; so Dice is about
// (6s + (30−6s)²/192)/30: 1, 0.81, 0.63, 0.46, 0.30, then 0.16 for five years or
// more. Chance meetings vary by a few bits from pair to pair, so the mean over
// fifty years is checked against that, and each pair only for what linkage reads:
// no year but the same reaches 0.95, none three or more apart reaches 0.72 (the
// hub's "a year apart").
func TestBirthYearsEncodeNearByDistance(t *testing.T) {
	e := encoder(t, secret)
	year := func(y int) CLK {
		return e.Encode(record("", "", strconv.Itoa(y), "", "")).Part(512, 704)
	}
	for d := range 8 {
		s := float64(max(0, 5-d))
		want := (6*s + (30-6*s)*(30-6*s)/192) / 30
		sum := 0.0
		for base := 1960; base < 2010; base++ {
			got := bloom.Dice(year(base), year(base+d))
			sum += got
			if d > 0 && got >= 0.95 || d >= 3 && got >= 0.72 {
				t.Errorf("%d and %d: Dice %.3f", base, base+d, got)
			}
		}
		if mean := sum / 50; math.Abs(mean-want) > 0.03 {
			t.Errorf("years %d apart: mean Dice %.3f, want %.3f", d, mean, want)
		}
	}
}

// The Home Office reference goes in as bigrams: one keying error leaves most of
// them (a 9-character reference has 10, with the ends marked; one wrong character
// changes 2), two references of the same shape share few.
func TestReferencesEncodeAsBigrams(t *testing.T) {
	e := encoder(t, secret)
	ref := func(r string) CLK {
		return e.Encode(func(c string) string { return map[string]string{"ho_reference": r}[c] }).Part(928, 1024)
	}
	if d := bloom.Dice(ref("B1266359"), ref("b126-6359")); d != 1 {
		t.Errorf("one reference written two ways: Dice %.3f, want 1", d)
	}
	if d := bloom.Dice(ref("B1266359"), ref("B1266358")); d < 0.7 || d > 0.95 {
		t.Errorf("one character wrong: Dice %.3f, want between 0.7 and 0.95 (7 of 9 bigrams shared: 0.78)", d)
	}
	if d := bloom.Dice(ref("B1266359"), ref("T7289094")); d > 0.3 {
		t.Errorf("two references: Dice %.3f, want at most 0.3", d)
	}
	if n := ref("").Count(); n != 0 {
		t.Errorf("no reference set %d bits", n)
	}
}

// Other names are hashed as the name is: a name token sets the same bits within its
// slot wherever it is. Only the first two other names are kept, each in its own three
// slots.
func TestOtherNamesAreEncodedAsTheName(t *testing.T) {
	e := encoder(t, secret)
	slot := func(c CLK, from int) CLK { return c.Part(from, from+128) }
	named := e.Encode(record("Selam", "", "", "", ""))
	known := e.Encode(withAliases(record("", "", "", "", ""), "Rahel; Selam; Saba; Hana"))
	if slot(named, 1280).Count() == 0 || !slices.Equal(slot(named, 1280), slot(known, 1792+3*128)) {
		t.Errorf("Selam as a name (slot 1) and as the second other name (its slot 1): not the same bits")
	}
	if got := known.Part(1792, 2560).Count(); got != slot(known, 1792).Count()+slot(known, 1792+3*128).Count() {
		t.Errorf("%d bits set in the other names' part, want those of Rahel and Selam alone", got)
	}
	if known.Part(0, 1792).Count() != 0 {
		t.Errorf("other names set bits outside their part")
	}
}

// The date's 1 January flag is set for 1 January alone, and the day and month are
// one token in either order.
func TestDateOfBirthPartsForAssignedAndTransposedDates(t *testing.T) {
	e := encoder(t, secret)
	enc := func(dob string) CLK { return e.Encode(record("", "", dob, "", "")) }
	assigned, dayMonth := func(c CLK) CLK { return c.Part(2560, 2624) }, func(c CLK) CLK { return c.Part(2624, 2688) }
	if assigned(enc("1998-01-01")).Count() == 0 || assigned(enc("1998-01-02")).Count() != 0 || assigned(enc("1998")).Count() != 0 {
		t.Errorf("the 1 January flag is not set for 1 January alone")
	}
	if a, b := dayMonth(enc("1998-03-04")), dayMonth(enc("2001-04-03")); a.Count() == 0 || !slices.Equal(a, b) {
		t.Errorf("4 March and 3 April: their day and month differ")
	}
	if dayMonth(enc("1998-01-01")).Count() != 0 || dayMonth(enc("1998-03")).Count() != 0 {
		t.Errorf("a day and month set for 1 January or a month alone")
	}
	if enc("2984-08-08").Part(512, 704).Count() == 0 { // a year keyed wrong is still a year, as linking reads it
		t.Errorf("the year 2984 was not encoded")
	}
}

// Email addresses and phone numbers go in as tokens of their own: one number written
// two ways, or one address in another case, is one token; other details are not.
func TestContactDetailsEncodeByValue(t *testing.T) {
	e := encoder(t, secret)
	contact := func(email, phone string) CLK {
		m := map[string]string{"email": email, "phone": phone}
		return e.Encode(func(c string) string { return m[c] }).Part(2688, 2816)
	}
	if a, b := contact("", "07700 900123"), contact("", "+44 7700 900123"); a.Count() == 0 || !slices.Equal(a, b) {
		t.Errorf("one phone number written two ways encodes apart")
	}
	if a, b := contact("Selam.T@example.org", ""), contact("selam.t@example.org ", ""); a.Count() == 0 || !slices.Equal(a, b) {
		t.Errorf("one address in two cases encodes apart")
	}
	both := contact("selam.t@example.org", "07700 900123")
	if d := bloom.Dice(both, contact("", "07700 900123")); d < 0.5 || d > 0.8 {
		t.Errorf("one of two details in common: Dice %.2f, want about two thirds", d)
	}
	if contact("", "123").Count() != 0 || bloom.Dice(contact("", "07700 900123"), contact("", "07700 900124")) > 0.3 {
		t.Errorf("too short a number, or another number, is not the same token")
	}
}
