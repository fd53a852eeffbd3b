package linkage

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bloom"
)

// keyer gives a record's blocking keys under one rule.
type keyer func(get func(string) string) []string

func (b BlockingRule) keyer(s Settings, v *Variants) (keyer, error) {
	need := func(n int) error {
		if len(b.Columns) < n {
			return fmt.Errorf("blocking rule %q (%s) needs %d columns", b.Name, b.Kind, n)
		}
		return nil
	}
	encoded := b.Kind == "lsh" || b.Kind == "encoded_tokens"
	switch {
	case len(b.RefineBits) > 0 && !encoded:
		return nil, fmt.Errorf("blocking rule %q: refine_bits is for lsh and encoded_tokens rules, which read encodings; give refine (a column) instead", b.Name)
	case len(b.RefineBits) > 0 && b.Refine != "":
		return nil, fmt.Errorf("blocking rule %q: give refine (a column) or refine_bits (a part of an encoding), not both", b.Name)
	case b.Slots != 0 && b.Kind != "encoded_tokens":
		return nil, fmt.Errorf("blocking rule %q: slots is for an encoded_tokens rule", b.Name)
	}
	switch b.Kind {
	case "exact":
		return func(get func(string) string) []string {
			parts := make([]string, len(b.Columns))
			for i, c := range b.Columns {
				if parts[i] = alphanumeric(Normalise(get(c))); parts[i] == "" {
					return nil
				}
			}
			return []string{strings.Join(parts, "|")}
		}, need(1)
	case "reference", "phone":
		// The reference and every way of dropping one of its characters: two
		// references one keying error apart (a letter for a digit, one left out or
		// added, two swapped) share a key.
		key := keyOfKind(b.Kind)
		return func(get func(string) string) []string {
			refs := []string{key(get(b.Columns[0]))}
			if b.Kind == "phone" {
				refs = PhoneKeys(get(b.Columns[0]))
			}
			var keys []string
			for _, ref := range refs {
				if ref == "" {
					continue
				}
				keys = append(keys, ref)
				for i := range len(ref) {
					keys = append(keys, ref[:i]+ref[i+1:])
				}
			}
			return keys
		}, need(1)
	case "name_pairs": // a third column, other names used (;-separated), keys too
		return func(get func(string) string) []string {
			keys := pairKeys(nameSkeletons(v, get, b.Columns[:2]))
			if len(b.Columns) > 2 {
				for _, alias := range OtherNames(get(b.Columns[2])) {
					only := func(string) string { return alias }
					keys = append(keys, pairKeys(nameSkeletons(v, only, b.Columns[2:3]))...)
				}
			}
			return keys
		}, need(2)
	case "name_initial":
		return func(get func(string) string) []string {
			return initialKeys(v, get, b.Columns[:2])
		}, need(2)
	case "single_name": // records known by one name only (Afghanistan, Indonesia), with further columns
		return func(get func(string) string) []string {
			skeletons := nameSkeletons(v, get, b.Columns[:2])
			if len(skeletons) != 1 {
				return nil
			}
			var keys []string
			for _, extra := range narrowing(get, b.Columns[2:]) {
				keys = append(keys, "single|"+skeletons[0]+extra)
			}
			return keys
		}, need(2)
	case "lsh", "encoded_tokens": // encodings (retrace encode): MinHash bands of the set bits of Bits, or each name token's slot
		owner := fmt.Sprintf("blocking rule %q", b.Name)
		from, to, err := bitRange(owner, "bits", b.Bits)
		sameFrom, sameTo, sameErr := bitRange(owner, "same_bits", b.SameBits)
		_, _, refineErr := bitRange(owner, "refine_bits", b.RefineBits)
		rows := cmp.Or(b.Rows, lshRows)
		if rows < 1 || rows > 16 {
			err = errors.Join(err, fmt.Errorf("blocking rule %q: rows must be from 1 to 16", b.Name))
		}
		if b.Kind == "encoded_tokens" && (b.Slots < 1 || b.Slots > maxSlots || to <= from || (to-from)%b.Slots != 0) {
			err = errors.Join(err, fmt.Errorf("blocking rule %q: an encoded_tokens rule needs bits and slots (1 to %d) that divide them into equal parts, as the dice_names comparison's", b.Name, maxSlots))
		}
		if b.Kind == "encoded_tokens" && b.Rows != 0 {
			err = errors.Join(err, fmt.Errorf("blocking rule %q: rows is for an lsh rule, not encoded_tokens", b.Name))
		}
		var hashes *minHash
		if b.Kind == "lsh" && err == nil {
			hashes = newMinHash(to-from, lshBands, rows) // none for the whole encoding: hashed as met
		}
		return func(get func(string) string) []string {
			clk, err := bloom.Parse(get(b.Columns[0]))
			if err != nil {
				return nil
			}
			var keys []string
			if b.Kind == "encoded_tokens" {
				keys = tokenKeys(partOf(clk, from, to), to-from, b.Slots)
			} else {
				keys = hashes.keys(partOf(clk, from, to))
			}
			if len(b.SameBits) == 0 || len(keys) == 0 {
				return keys
			}
			same := partOf(clk, sameFrom, sameTo)
			if same.Count() == 0 {
				return nil
			}
			for k := range keys {
				keys[k] += "|" + same.String()
			}
			return keys
		}, errors.Join(need(1), err, sameErr, refineErr)
	case "name_token_year":
		return func(get func(string) string) []string {
			y := yearNumber(get(b.Columns[2]))
			if y == 0 {
				return nil
			}
			// Two overlapping two-year buckets: birth years a year apart (an
			// estimate, an age assessment) always share one. Further columns (sex)
			// narrow the key; a record missing one takes every value seen for it.
			var keys []string
			for _, s := range nameSkeletons(v, get, b.Columns[:2]) {
				for _, extra := range narrowing(get, b.Columns[3:]) {
					keys = append(keys, s+"|"+strconv.Itoa(y/2)+extra, s+"|b"+strconv.Itoa((y+1)/2)+extra)
				}
			}
			return keys
		}, need(3)
	case "date":
		return func(get func(string) string) []string {
			d, err := ParseBirthDate(get(b.Columns[0]))
			if err != nil || d.Precision() != retrace.Day || d.DayAssigned() {
				return nil
			}
			key := d.String()
			for _, c := range b.Columns[1:] {
				key += "|" + Normalise(get(c))
			}
			return []string{key}
		}, need(1)
	}
	return nil, fmt.Errorf("blocking rule %q: unknown kind %q (exact, reference, phone, name_pairs, name_token_year, name_initial, single_name, date, lsh, encoded_tokens)", b.Name, b.Kind)
}

// lshBands and lshRows shape the lsh rule's keys: two encodings with Jaccard
// similarity 0.8 (Dice 0.89) share a key with chance 1 − (1 − 0.8⁴)¹² ≈ 0.9996, two
// with 0.3 with chance 0.09.
const lshBands, lshRows = 12, 4

// initialKeys pair each family-name token with the initial of each given name, and
// the other way round: a typo in one name still leaves a key (Divya ~ Diwya Sharma).
func initialKeys(v *Variants, get func(string) string, cols []string) []string {
	given, family := Tokens(Normalise(get(cols[0]))), Tokens(Normalise(get(cols[1])))
	if v != nil { // a name as written and as its variant group's: Georgi is Heorhiy's, Gueorgui no group's
		given, family = withCanonical(v, given), withCanonical(v, family)
	}
	var keys []string
	for _, f := range family {
		for _, g := range given {
			keys = append(keys, keyToken(f)+"|"+g[:1], keyToken(g)+"|"+f[:1])
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// withCanonical is the tokens and those of their variant groups' forms that differ.
func withCanonical(v *Variants, tokens []string) []string {
	for _, c := range v.canonicalTokens(tokens) {
		if !slices.Contains(tokens, c) {
			tokens = append(tokens, c)
		}
	}
	return tokens
}

// narrowing gives the key suffixes for a record's narrowing columns; an empty value
// stands for "any", so the record is keyed under both sexes (or every value).
func narrowing(get func(string) string, cols []string) []string {
	suffixes := []string{""}
	for _, c := range cols {
		v := Normalise(get(c))
		values := []string{v}
		if v == "" {
			values = []string{"f", "m", "x"}
		}
		var next []string
		for _, s := range suffixes {
			for _, x := range values {
				next = append(next, s+"|"+x)
			}
		}
		suffixes = next
	}
	return suffixes
}

// nameSkeletons are the distinct key tokens of a name's canonical tokens, sorted,
// with each column's tokens also joined (Amir Hossein meets Amirhossein).
func nameSkeletons(v *Variants, get func(string) string, cols []string) []string {
	var tokens []string
	for _, c := range cols {
		ts := Tokens(Normalise(get(c)))
		if len(ts) > 1 {
			tokens = append(tokens, joinedName(ts))
		}
		tokens = append(tokens, ts...)
	}
	if v != nil {
		tokens = v.canonicalTokens(tokens)
	}
	for _, t := range tokens {
		if rest, ok := withoutArticle(t); ok {
			tokens = append(tokens, rest)
		}
	}
	var out []string
	for _, t := range tokens {
		if s := keyToken(t); len(s) >= 2 && !containsUnsorted(out, s) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	if len(out) > 6 {
		out = out[:6]
	}
	return out
}

// joinedName is a name's tokens as one (Amir Hossein meets Amirhossein); initials
// alone (A H, a study's, which keeps no names) in alphabetical order, so that A H
// meets H A.
func joinedName(tokens []string) string {
	if slices.IndexFunc(tokens, func(t string) bool { return len(t) != 1 }) < 0 {
		tokens = slices.Sorted(slices.Values(tokens))
	}
	return strings.Join(tokens, "")
}

// withoutArticle is a name without the Arabic article written onto it (Al-Juburi,
// Aljubouri, El-Sayed): records write it joined, apart or not at all.
func withoutArticle(t string) (string, bool) {
	if len(t) >= 6 && (strings.HasPrefix(t, "al") || strings.HasPrefix(t, "el")) {
		return t[2:], true
	}
	return "", false
}

func containsUnsorted(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func pairKeys(sorted []string) []string {
	var keys []string
	for i := range sorted {
		for j := i + 1; j < len(sorted); j++ {
			keys = append(keys, sorted[i]+"|"+sorted[j])
		}
	}
	return keys
}

func yearOf(s string) string {
	if y := yearNumber(s); y != 0 {
		return strconv.Itoa(y)
	}
	return ""
}

func yearNumber(s string) int {
	d, err := ParseBirthDate(s)
	if err != nil {
		return 0
	}
	return d.Year()
}

// Blocking reports what the rules did.
type Blocking struct {
	Rules []RuleReport
	Pairs int
}

// RuleReport counts one rule's pairs, new to it (not already made by an earlier rule),
// and the keys too common for a whole block, whose records meet only neighbours.
type RuleReport struct {
	Name     string
	Pairs    int
	WideKeys int
}

// blockKeys holds each record's keys under each rule, as 64-bit hashes (a key's text
// is not needed once records are grouped, and a million records' keys as text would
// cost gigabytes), refined where a key is too common, with keys still too common
// removed.
type blockKeys struct {
	keys [][][]uint64 // [rule][record] sorted key hashes
	// wide are, per rule, keys shared by more records than a block may hold even
	// after refining: their records are compared only with their neighbours in
	// order, so that a thousand "Mohammed Ahmed" are not a million pairs, yet
	// identical records still meet.
	wide []map[uint64]bool
	// refined are, per rule, keys split by another column (a birth year, a
	// nationality): their blocks agree on that column by construction, so training,
	// which must not be biased on it, leaves them out.
	refined []map[uint64]bool
	// signatures are, per rule, each record's narrow (not wide) keys folded into 64
	// bits: two records whose signatures share no bit share no narrow key, which
	// rules out most pairs without merging their key lists.
	signatures [][]uint64
	// order places a record among its wide block's records, so that its
	// neighbours are the records most like it; set only for records in a wide block.
	order []string
}

// window is how many neighbours each record of a wide block is compared with.
const window = 4

func keyHash(k string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(k))
	return h.Sum64()
}

// buildKeys computes the keys, refining the oversized ones and marking those still
// oversized as wide.
func (d *Dataset) buildKeys(s Settings, v *Variants, rules []keyer) (blockKeys, []int) {
	b := blockKeys{keys: make([][][]uint64, len(rules)), wide: make([]map[uint64]bool, len(rules)),
		refined: make([]map[uint64]bool, len(rules)), signatures: make([][]uint64, len(rules))}
	wideCount := make([]int, len(rules))
	byParts := map[string]func(int) []string{} // rules refined by one part of the encodings share its reading
	for r, kf := range rules {
		b.keys[r] = make([][]uint64, d.Len())
		eachPart(parts(d.Len()), func(p int) {
			for i := p * partSize; i < min(d.Len(), (p+1)*partSize); i++ {
				for _, k := range kf(d.get(i)) {
					b.keys[r][i] = append(b.keys[r][i], keyHash(k))
				}
			}
		})
		count := map[uint64]int{}
		for _, ks := range b.keys[r] {
			for _, h := range ks {
				count[h]++
			}
		}
		b.wide[r], b.refined[r] = refine(s.MaxBlockSize, refinementsOf(d, s, s.Blocking[r], byParts), b.keys[r], count)
		wideCount[r] = len(b.wide[r])
		b.signatures[r] = make([]uint64, d.Len())
		eachPart(parts(d.Len()), func(p int) {
			for i := p * partSize; i < min(d.Len(), (p+1)*partSize); i++ {
				for _, k := range b.keys[r][i] {
					if !b.wide[r][k] {
						b.signatures[r][i] |= 1 << (k % 64)
					}
				}
			}
		})
	}
	b.order = make([]string, d.Len())
	orderKey := d.orderKey(s, v)
	eachPart(parts(d.Len()), func(p int) {
		for i := p * partSize; i < min(d.Len(), (p+1)*partSize); i++ {
			if b.inWideBlock(i) {
				b.order[i] = orderKey(int32(i))
			}
		}
	})
	return b, wideCount
}

func (b blockKeys) inWideBlock(i int) bool {
	for r := range b.keys {
		for _, k := range b.keys[r][i] {
			if b.wide[r][k] {
				return true
			}
		}
	}
	return false
}

// orderKey sorts records by what the comparisons read: names (their words in
// order, so that a swapped name sorts with the name, and in their variant groups'
// form, so that Ahmad sorts with Ahmed), then dates of birth, then the rest,
// normalised. In a block of a thousand "Mohammed Ahmed" a record's neighbours are
// those of the same name born about the same time.
func (d *Dataset) orderKey(s Settings, v *Variants) func(i int32) string {
	var names, cols []string
	for _, c := range s.Comparisons {
		if c.Kind == "name" {
			names = append(names, c.Columns[:2]...)
		}
	}
	for _, kind := range []string{"date_of_birth", ""} {
		for _, c := range s.Comparisons {
			if c.Kind == kind || (kind == "" && c.Kind != "date_of_birth" && c.Kind != "name") {
				cols = append(cols, c.Columns...)
			}
		}
	}
	return func(i int32) string {
		get := d.get(int(i))
		var words []string
		for _, c := range names {
			words = append(words, Tokens(Normalise(get(c)))...)
		}
		if v != nil {
			words = v.canonicalTokens(words)
		}
		sort.Strings(words)
		parts := []string{strings.Join(words, " ")}
		for _, c := range cols {
			parts = append(parts, Normalise(get(c)))
		}
		return strings.Join(parts, "\x1f")
	}
}

// refinementsOf gives the values that split record i's too-common keys under rule b:
// its refine column's values, or, with RefineBits, the parts of encodings that part
// of its own holds (see encodedRefinements), read once for every rule refined by the
// same part (byParts keeps them).
func refinementsOf(d *Dataset, s Settings, b BlockingRule, byParts map[string]func(int) []string) func(i int) []string {
	if len(b.RefineBits) == 2 {
		part := fmt.Sprint(b.Columns[0], b.RefineBits)
		if byParts[part] == nil {
			byParts[part] = encodedRefinements(d, b.Columns[0], b.RefineBits[0], b.RefineBits[1])
		}
		return byParts[part]
	}
	column := cmp.Or(b.Refine, s.RefineColumn)
	return func(i int) []string { return refinements(d.get(i), column) }
}

// encodedRefinements splits keys by bits [from, to) of the encodings in column: a
// record is under each such part, among all the records', whose bits its own part
// holds. One nationality's part is under itself alone; two nationalities encode as
// the union of both, which is under each (as plaintext refine puts ERI;GBR under ERI
// and under GBR), so a dual national still meets those recorded with either. What
// each distinct part is under is worked out once.
func encodedRefinements(d *Dataset, column string, from, to int) func(i int) []string {
	parts := make([]string, d.Len())
	distinct := map[string]bloom.Filter{}
	for i := range parts {
		if f := encodedPart(d.get(i)(column), from, to); f.Count() > 0 {
			parts[i] = f.String()
			distinct[parts[i]] = f
		}
	}
	under := make(map[string][]string, len(distinct))
	for key, f := range distinct {
		for other, g := range distinct {
			if covers(f, g) {
				under[key] = append(under[key], other)
			}
		}
		slices.Sort(under[key])
	}
	return func(i int) []string { return under[parts[i]] }
}

// covers: every bit of g is set in f.
func covers(f, g bloom.Filter) bool {
	for w := range g {
		if g[w]&^f[w] != 0 {
			return false
		}
	}
	return true
}

// refinements are the values that split a record's too-common keys: the year of a
// date, or the normalised values of another column (a record may have two
// nationalities, ';'-separated, and is placed under each).
func refinements(get func(string) string, column string) []string {
	v := get(column)
	if y := yearOf(v); y != "" {
		return []string{y}
	}
	var out []string
	for _, part := range strings.Split(v, ";") {
		if n := Normalise(part); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// refine splits each key shared by more than maxBlock records by the refine column;
// it returns the keys still too common, which are wide, and the keys it made by
// splitting. A record with no value there joins every part of its key, so that a
// record without a nationality still meets those with one; where its key has too
// many values for that (dates of birth a lifetime apart), it stays with the key's
// other such records, in a wide block.
func refine(maxBlock int, valuesOf func(i int) []string, keys [][]uint64, count map[uint64]int) (wide, split map[uint64]bool) {
	values := make([][]string, len(keys))
	seen := mergeParts(len(keys), func() map[uint64][]string { return map[uint64][]string{} }, func(from, to int, seen map[uint64][]string) {
		for i := from; i < to; i++ {
			for _, k := range keys[i] {
				if count[k] <= maxBlock {
					continue
				}
				if values[i] == nil {
					values[i] = valuesOf(i)
				}
				for _, v := range values[i] {
					addValue(seen, k, v)
				}
			}
		}
	}, func(into, part map[uint64][]string) {
		for k, vs := range part {
			for _, v := range vs {
				addValue(into, k, v)
			}
		}
	})
	type tally struct {
		refined map[uint64]int
		wide    map[uint64]bool
	}
	t := mergeParts(len(keys), func() *tally { return &tally{map[uint64]int{}, map[uint64]bool{}} }, func(from, to int, t *tally) {
		for i := from; i < to; i++ {
			keys[i] = refineKeys(keys[i], values[i], maxBlock, count, seen, t.refined, t.wide)
		}
	}, func(into, part *tally) {
		for k, n := range part.refined {
			into.refined[k] += n
		}
		maps.Copy(into.wide, part.wide)
	})
	split = map[uint64]bool{}
	for k, n := range t.refined {
		split[k] = true
		if n > maxBlock {
			t.wide[k] = true
		}
	}
	return t.wide, split
}

// addValue adds v to key k's values, up to maxJoined+1 of them: beyond maxJoined, a
// record with no value does not join them all.
func addValue(seen map[uint64][]string, k uint64, v string) {
	if len(seen[k]) <= maxJoined && !slices.Contains(seen[k], v) {
		seen[k] = append(seen[k], v)
	}
}

// refineKeys gives a record's keys once the oversized ones are split by its values
// (parts), counting the records of each split key in refined and marking in wide the
// keys it cannot split.
func refineKeys(ks []uint64, parts []string, maxBlock int, count map[uint64]int, seen map[uint64][]string, refined map[uint64]int, wide map[uint64]bool) []uint64 {
	var out []uint64
	for _, k := range ks {
		values := parts
		switch {
		case count[k] <= maxBlock:
			out = append(out, k)
			continue
		case len(values) == 0 && len(seen[k]) > 0 && len(seen[k]) <= maxJoined:
			values = seen[k]
		case len(values) == 0:
			wide[k] = true // nothing to split by: the record stays in the wide block
			out = append(out, k)
			continue
		}
		for _, v := range values {
			rk := refinedKey(k, v)
			refined[rk]++
			out = append(out, rk)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// maxJoined is how many parts of a split key a record with no value to split by
// joins, at most.
const maxJoined = 8

func refinedKey(k uint64, value string) uint64 {
	return keyHash(strconv.FormatUint(k, 16) + "|" + value)
}

// blocks groups rule r's records by key: the blocks of two or more records, in key
// order, each a run of members in record order. Sorting (key, record) entries costs
// far less than a map of slices for millions of keys; the entries are dealt into
// shards by their keys' top bits (hashes, so the shards are even), which are sorted
// on every core and, taken in turn, keep key order.
func (b blockKeys) blocks(r int) []block {
	const shardBits = 6
	var count [1 << shardBits]int
	for _, ks := range b.keys[r] {
		for _, k := range ks {
			count[k>>(64-shardBits)]++
		}
	}
	var start [1<<shardBits + 1]int
	for s, n := range count {
		start[s+1] = start[s] + n
	}
	entries := make([]blockEntry, start[len(start)-1])
	next := start
	for i, ks := range b.keys[r] {
		for _, k := range ks {
			s := k >> (64 - shardBits)
			entries[next[s]] = blockEntry{k, int32(i)}
			next[s]++
		}
	}
	shards := make([][]block, len(count))
	eachPart(len(count), func(s int) {
		shards[s] = blocksOf(entries[start[s]:start[s+1]])
	})
	return slices.Concat(shards...)
}

// blocksOf sorts entries by key, then record, and gives the runs of two or more.
func blocksOf(entries []blockEntry) []block {
	slices.SortFunc(entries, func(x, y blockEntry) int {
		if x.key != y.key {
			return cmp.Compare(x.key, y.key)
		}
		return cmp.Compare(x.record, y.record)
	})
	var out []block
	for start := 0; start < len(entries); {
		end := start + 1
		for end < len(entries) && entries[end].key == entries[start].key {
			end++
		}
		if end-start > 1 {
			members := make([]int32, end-start)
			for x := range members {
				members[x] = entries[start+x].record
			}
			out = append(out, block{key: entries[start].key, members: members})
		}
		start = end
	}
	return out
}

type blockEntry struct {
	key    uint64
	record int32
}

type block struct {
	key     uint64
	members []int32
}

// pairsOf calls fn with the pairs rule r makes in one block, each pair once over all
// rules: a rule makes a pair only if no earlier rule made it and this is the pair's
// first shared key under the rule. In a wide block each record meets only its
// neighbours in order; such a pair may also come from another rule, and the caller
// removes repeats.
func (b blockKeys) pairsOf(r int, bl block, only func(i, j int) bool, fn func(i, j int32)) {
	members, span := bl.members, len(bl.members)
	if b.wide[r][bl.key] {
		members = slices.Clone(members)
		slices.SortFunc(members, func(x, y int32) int {
			if c := strings.Compare(b.order[x], b.order[y]); c != 0 {
				return c
			}
			return cmp.Compare(x, y)
		})
		span = window
	}
	for x := 0; x < len(members); x++ {
		for y := x + 1; y < len(members) && y <= x+span; y++ {
			i, j := members[x], members[y]
			if i > j {
				i, j = j, i
			}
			if only != nil && !only(int(i), int(j)) {
				continue
			}
			if !b.madeEarlier(r, int(i), int(j), bl.key) {
				fn(i, j)
			}
		}
	}
}

// madeEarlier: an earlier rule shares a key for i and j that is not wide, or this
// rule shares a narrow key that sorts before k.
func (b blockKeys) madeEarlier(r, i, j int, k uint64) bool {
	for q := 0; q < r; q++ {
		if b.shareKey(q, i, j, 0) {
			return true
		}
	}
	return b.shareKey(r, i, j, k)
}

// shareKey: records i and j share a key under rule r that is not wide (and below
// limit, if limit is not 0).
func (b blockKeys) shareKey(r, i, j int, limit uint64) bool {
	if b.signatures[r][i]&b.signatures[r][j] == 0 {
		return false
	}
	found := false
	eachShared(b.keys[r][i], b.keys[r][j], func(k uint64) bool {
		if limit != 0 && k >= limit {
			return false
		}
		found = !b.wide[r][k]
		return !found
	})
	return found
}

// shareNarrowKey: records i and j share a key under rule r that is neither wide nor
// refined — a pair training may learn from.
func (b blockKeys) shareNarrowKey(r, i, j int) bool {
	if b.signatures[r][i]&b.signatures[r][j] == 0 {
		return false
	}
	found := false
	eachShared(b.keys[r][i], b.keys[r][j], func(k uint64) bool {
		found = !b.wide[r][k] && !b.refined[r][k]
		return !found
	})
	return found
}

// eachShared calls fn with each key two sorted lists share, in order, while it
// returns true.
func eachShared(a, c []uint64, fn func(uint64) bool) {
	x, y := 0, 0
	for x < len(a) && y < len(c) {
		switch {
		case a[x] == c[y]:
			if !fn(a[x]) {
				return
			}
			x++
			y++
		case a[x] < c[y]:
			x++
		default:
			y++
		}
	}
}
