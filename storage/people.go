package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
)

// Scope is the part of the journeys a user may read. Every query for people takes
// one, so that an organisation's records stay its own whatever a caller asks for.
type Scope struct {
	// Organisation, when set, limits reading to the records this organisation sent
	// and those of people it supported (a support episode it provided).
	Organisation string
}

// ErrNoScope is returned for a user whose role reads no person records.
var ErrNoScope = errors.New("this role reads no person records")

// ScopeOf is what a user may read: support workers and organisation admins their
// organisation's records, analysts every organisation's (shown pseudonymised by the
// caller). System admins manage users and read the audit log, not journeys.
func ScopeOf(u User) (Scope, error) {
	switch u.Role {
	case RoleSupportWorker, RoleOrganisationAdmin:
		if u.Organisation == "" {
			return Scope{}, fmt.Errorf("%w: %s has no organisation", ErrNoScope, u.Name)
		}
		return Scope{Organisation: u.Organisation}, nil
	case RoleAnalyst:
		return Scope{}, nil
	}
	return Scope{}, ErrNoScope
}

// whole is where's condition for reading all of a scope: the scope's records gathered
// once by two indexes, where where's EXISTS would probe for every stored record.
func (sc Scope) whole() (string, []any) {
	if sc.Organisation == "" {
		return "1 = 1", nil
	}
	return "p.record_id IN (SELECT record_id FROM person_records WHERE source = ? UNION SELECT record_id FROM support_episodes WHERE provider = ?)",
		[]any{sc.Organisation, sc.Organisation}
}

// where is the SQL condition, on the person_records alias p, that keeps to the scope.
func (sc Scope) where() (string, []any) {
	if sc.Organisation == "" {
		return "1 = 1", nil
	}
	return "(p.source = ? OR EXISTS (SELECT 1 FROM support_episodes s WHERE s.record_id = p.record_id AND s.provider = ?))", []any{sc.Organisation, sc.Organisation}
}

// People reads people: the records of a person, their journey rows, and search.
type People interface {
	// PersonRecords gives the records of a person that the scope reaches, by record
	// id. A person is a linkage person id, or the record id of a record no link run
	// has placed yet.
	PersonRecords(ctx context.Context, sc Scope, personID string) ([]retrace.PersonRecord, error)
	// Records gives the records with these ids that the scope reaches.
	Records(ctx context.Context, sc Scope, recordIDs []string) ([]retrace.PersonRecord, error)
	// EachOfRecords calls fn with each row of a kind that belongs to the records, in
	// stored order. The caller gives records it has read under a scope.
	EachOfRecords(ctx context.Context, k *bundle.Kind, recordIDs []string, fn func(cells []string, extra retrace.Extra) error) error
	// JourneyRows is EachOfRecords for several kinds in one query (a person's page
	// reads six): kind by kind in the order given, each in stored order. People's
	// own rows are not journey rows and are refused.
	JourneyRows(ctx context.Context, kinds []*bundle.Kind, recordIDs []string, fn func(k *bundle.Kind, cells []string, extra retrace.Extra) error) error
	// PersonOf is the person a record is (its own id until linked).
	PersonOf(ctx context.Context, recordID string) (string, error)
	// PeopleOf is PersonOf for many records at once.
	PeopleOf(ctx context.Context, recordIDs []string) (map[string]string, error)
	// IndexNames brings the search keys up to date with the records, making keys
	// only for records added or changed since; it gives the number indexed.
	IndexNames(ctx context.Context, keys func(retrace.PersonRecord) []string) (int, error)
	// SearchNames finds the records in an organisation's scope holding any of the
	// keys: for each, the keys it holds, sorted. At most limit records come back, the
	// best first: a key beginning retrace.SpellingKeyPrefix counts three, another one.
	SearchNames(ctx context.Context, sc Scope, keys []string, limit int) ([]NameMatch, error)
	// EachInScope calls fn with each row of a kind whose record the scope reaches,
	// and the person the record is.
	EachInScope(ctx context.Context, sc Scope, k *bundle.Kind, fn func(personID string, cells []string, extra retrace.Extra) error) error
	// ReferralsElsewhere gives, for each record of an organisation, the referrals of
	// the same person made on other organisations' records: only when and by whom, which
	// is all one organisation is told of another's record.
	// With personID set, only that person's.
	ReferralsElsewhere(ctx context.Context, organisation, personID string) ([]ReferralElsewhere, error)
	// Providers lists the organisations that provided support, most episodes first.
	Providers(ctx context.Context) ([]string, error)
	// RecordsOfRows gives the record that each row of a kind, named by a column's
	// value, belongs to.
	RecordsOfRows(ctx context.Context, k *bundle.Kind, column string, values []string) (map[string]string, error)
}

// ReferralElsewhere is a referral of the person an organisation's record is, made on
// another record of theirs.
type ReferralElsewhere struct {
	RecordID, PersonID string // the organisation's own record, and the person
	Date               string // the referral date, as stored
	By                 string // the first responder, or the organisation that sent the record
}

// NameMatch is a record that holds some of the keys searched for.
type NameMatch struct {
	RecordID string
	Keys     []string
}

// personColumns are the person_records columns, qualified by the alias p.
func personColumns() string {
	cols := bundle.People.ColumnNames()
	for i, c := range cols {
		cols[i] = "p." + c
	}
	return strings.Join(cols, ", ") + ", p.extra"
}

func (s *sqlStore) PersonRecords(ctx context.Context, sc Scope, personID string) ([]retrace.PersonRecord, error) {
	cond, args := sc.where()
	// The person's linked records, or the record of that id if no run has linked it:
	// two lookups by index, where an OR across a join would read every record.
	q := `SELECT ` + personColumns() + ` FROM person_records p WHERE p.record_id IN (
			SELECT record_id FROM person_links WHERE person_id = ?
			UNION SELECT CAST(? AS TEXT) WHERE NOT EXISTS (SELECT 1 FROM person_links WHERE record_id = ?))
		AND ` + cond + ` ORDER BY p.record_id`
	rows, err := s.db.QueryContext(ctx, s.rebind(q), append([]any{personID, personID, personID}, args...)...)
	var out []retrace.PersonRecord
	err = s.scanCells(bundle.People, rows, err, func(cells []string, extra retrace.Extra) error {
		v, _ := bundle.People.Value(cells, extra) // stored rows were checked on import
		out = append(out, v.(retrace.PersonRecord))
		return nil
	})
	return out, err
}

func (s *sqlStore) Records(ctx context.Context, sc Scope, recordIDs []string) ([]retrace.PersonRecord, error) {
	cond, args := sc.where()
	var out []retrace.PersonRecord
	per := s.maxParams - len(args)
	for start := 0; start < len(recordIDs); start += per {
		ids := recordIDs[start:min(len(recordIDs), start+per)]
		q := `SELECT ` + personColumns() + ` FROM person_records p WHERE p.record_id IN (` + placeholderList(len(ids)) + `) AND ` + cond + ` ORDER BY p.record_id`
		rows, err := s.db.QueryContext(ctx, s.rebind(q), append(anys(ids), args...)...)
		err = s.scanCells(bundle.People, rows, err, func(cells []string, extra retrace.Extra) error {
			v, _ := bundle.People.Value(cells, extra)
			out = append(out, v.(retrace.PersonRecord))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *sqlStore) EachOfRecords(ctx context.Context, k *bundle.Kind, recordIDs []string, fn func([]string, retrace.Extra) error) error {
	for start := 0; start < len(recordIDs); start += s.maxParams {
		ids := recordIDs[start:min(len(recordIDs), start+s.maxParams)]
		q := fmt.Sprintf("SELECT %s, extra FROM %s WHERE record_id IN (%s) ORDER BY seq",
			strings.Join(k.ColumnNames(), ", "), k.Table, placeholderList(len(ids)))
		rows, err := s.db.QueryContext(ctx, s.rebind(q), anys(ids)...)
		if err := s.scanCells(k, rows, err, fn); err != nil {
			return err
		}
	}
	return nil
}

func (s *sqlStore) JourneyRows(ctx context.Context, kinds []*bundle.Kind, recordIDs []string, fn func(*bundle.Kind, []string, retrace.Extra) error) error {
	if len(kinds) == 0 {
		return nil
	}
	if slices.Contains(kinds, bundle.People) { // its identity fields are read, decrypted, by PersonRecords
		return fmt.Errorf("journey rows are not people: read people.csv's rows by PersonRecords or Records")
	}
	width := 0
	for _, k := range kinds {
		width = max(width, len(k.ColumnNames()))
	}
	if per := s.maxParams / len(kinds); len(recordIDs) > per {
		// More records than one statement takes: kind by kind, so the order holds.
		for _, k := range kinds {
			if err := s.EachOfRecords(ctx, k, recordIDs, func(cells []string, extra retrace.Extra) error {
				return fn(k, cells, extra)
			}); err != nil {
				return err
			}
		}
		return nil
	}
	var parts []string
	var args []any
	for n, k := range kinds {
		cols := append(slices.Clone(k.ColumnNames()), slices.Repeat([]string{"NULL"}, width-len(k.ColumnNames()))...)
		parts = append(parts, fmt.Sprintf("SELECT %d AS kind, seq, %s, extra FROM %s WHERE record_id IN (%s)",
			n, strings.Join(cols, ", "), k.Table, placeholderList(len(recordIDs))))
		args = append(args, anys(recordIDs)...)
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(strings.Join(parts, " UNION ALL ")+" ORDER BY kind, seq"), args...)
	return scanJourneyRows(kinds, width, rows, err, fn)
}

// scanJourneyRows reads JourneyRows' rows: the kind's number, its seq, width cells
// (the kind's own first) and extra.
func scanJourneyRows(kinds []*bundle.Kind, width int, rows *sql.Rows, err error, fn func(*bundle.Kind, []string, retrace.Extra) error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	var kind, seq int64
	vals := make([]sql.NullString, width+1)
	ptrs := []any{&kind, &seq}
	for i := range vals {
		ptrs = append(ptrs, &vals[i])
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		k := kinds[kind]
		cells := make([]string, len(k.ColumnNames()))
		for i := range cells {
			cells[i] = vals[i].String
		}
		extra, err := decodeExtra(vals[width].String)
		if err != nil {
			return fmt.Errorf("%s: %w", k.Table, err)
		}
		if err := fn(k, cells, extra); err != nil {
			return err
		}
	}
	return rows.Err()
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func (s *sqlStore) PeopleOf(ctx context.Context, recordIDs []string) (map[string]string, error) {
	linked, err := s.pairsIn(ctx, "person_links", "record_id", "person_id", recordIDs)
	if err != nil {
		return nil, err
	}
	for _, id := range recordIDs {
		if _, ok := linked[id]; !ok {
			linked[id] = id // not linked yet: its own person
		}
	}
	return linked, nil
}

// pairsIn maps each of the values found in column key of table to its row's column
// value, asking in as few statements as the placeholder limit allows.
func (s *sqlStore) pairsIn(ctx context.Context, table, key, value string, values []string) (map[string]string, error) {
	out := make(map[string]string, len(values))
	for start := 0; start < len(values); start += s.maxParams {
		part := values[start:min(len(values), start+s.maxParams)]
		q := fmt.Sprintf("SELECT %s, %s FROM %s WHERE %s IN (%s)", key, value, table, key, placeholderList(len(part)))
		err := s.each(ctx, q, anys(part), func(rs *sql.Rows) error {
			var k, v string
			err := rs.Scan(&k, &v)
			out[k] = v
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *sqlStore) PersonOf(ctx context.Context, recordID string) (string, error) {
	var p sql.NullString
	err := s.db.QueryRowContext(ctx, s.rebind("SELECT person_id FROM person_links WHERE record_id = ?"), recordID).Scan(&p)
	if errors.Is(err, sql.ErrNoRows) || !p.Valid {
		return recordID, nil
	}
	return p.String, err
}

func (s *sqlStore) SearchNames(ctx context.Context, sc Scope, keys []string, limit int) ([]NameMatch, error) {
	if sc.Organisation == "" {
		return nil, fmt.Errorf("%w: names are searched within an organisation", ErrNoScope)
	}
	if len(keys) == 0 {
		return nil, nil
	}
	scoped := make([]any, len(keys))
	asked := make(map[string]string, len(keys)) // a key as stored → as asked for
	for i, k := range keys {
		stored := s.cipher.searchKey(k)
		scoped[i], asked[stored] = scopedKey(sc.Organisation, stored), k
	}
	// The best matches first, as the search ranks them (a name's spelling group counts
	// three, its sound or consonants one): with a common name, they must not be cut
	// off by the limit in favour of records that merely come first.
	agg := "group_concat(key, '|')"
	if s.backend == "postgres" {
		agg = "string_agg(key, '|')"
	}
	q := `SELECT record_id, ` + agg + ` FROM name_keys WHERE key IN (` + placeholderList(len(keys)) + `)
		GROUP BY record_id ORDER BY SUM(CASE WHEN key LIKE '% ` + retrace.SpellingKeyPrefix + `%' THEN 3 ELSE 1 END) DESC, record_id LIMIT ` + strconv.Itoa(limit)
	var out []NameMatch
	err := s.each(ctx, q, scoped, func(rs *sql.Rows) error {
		var record, held string
		if err := rs.Scan(&record, &held); err != nil {
			return err
		}
		m := NameMatch{RecordID: record}
		for _, k := range strings.Split(held, "|") {
			_, key, _ := strings.Cut(k, " ")
			m.Keys = append(m.Keys, asked[key])
		}
		slices.Sort(m.Keys)
		out = append(out, m)
		return nil
	})
	return out, err
}

// scopedKey is a search key as one organisation's users look it up: a record is
// indexed under each organisation whose scope it is in (the one that sent it, and
// those that supported the person), so a search reads only its own organisation's
// keys however common the name.
func scopedKey(org, key string) string { return org + " " + key }

func (s *sqlStore) EachInScope(ctx context.Context, sc Scope, k *bundle.Kind, fn func(string, []string, retrace.Extra) error) error {
	cond, args := sc.whole()
	cols := k.ColumnNames()
	for i, c := range cols {
		cols[i] = "t." + c
	}
	join := "JOIN person_records p ON p.record_id = t.record_id"
	if k == bundle.People {
		join = "JOIN person_records p ON p.seq = t.seq"
	}
	q := fmt.Sprintf(`SELECT %s, t.extra, COALESCE(l.person_id, t.record_id) FROM %s t %s
		LEFT JOIN person_links l ON l.record_id = t.record_id WHERE %s ORDER BY t.seq`, strings.Join(cols, ", "), k.Table, join, cond)
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	return s.scanCellsAnd(k, rows, err, 1, func(cells []string, extra retrace.Extra, more []string) error {
		return fn(more[0], cells, extra)
	})
}

func (s *sqlStore) ReferralsElsewhere(ctx context.Context, organisation, personID string) ([]ReferralElsewhere, error) {
	cond, args := Scope{Organisation: organisation}.where()
	if personID == "" {
		cond, args = Scope{Organisation: organisation}.whole()
	}
	args = append(args, organisation)
	person := ""
	if personID != "" {
		person, args = "AND l.person_id = ?", append(args, personID)
	}
	q := `SELECT p.record_id, l.person_id, r.referral_date, COALESCE(r.first_responder, rp.source)
		FROM person_records p
		JOIN person_links l ON l.record_id = p.record_id
		JOIN person_links l2 ON l2.person_id = l.person_id AND l2.record_id <> p.record_id
		JOIN referrals r ON r.record_id = l2.record_id
		JOIN person_records rp ON rp.record_id = l2.record_id
		WHERE ` + cond + ` AND rp.source <> ? AND r.referral_date IS NOT NULL ` + person + `
		ORDER BY p.record_id, r.referral_date`
	var out []ReferralElsewhere
	err := s.each(ctx, q, args, func(rs *sql.Rows) error {
		var r ReferralElsewhere
		err := rs.Scan(&r.RecordID, &r.PersonID, &r.Date, &r.By)
		out = append(out, r)
		return err
	})
	return out, err
}

// IndexNames reads the records of the committed imports it has not indexed yet (an
// import stamps the records it adds or changes with its id), in batches of their
// stored order, and then notes those imports done. Imports may commit out of order on
// PostgreSQL, so it keeps the imports done, not a high-water mark. An interrupted
// first index starts again; two at once only repeat work.
func (s *sqlStore) IndexNames(ctx context.Context, keys func(retrace.PersonRecord) []string) (int, error) {
	imports, err := s.importsToIndex(ctx)
	if err != nil || len(imports) == 0 {
		return 0, err
	}
	const batch = 5000
	indexed := 0
	for _, imp := range imports {
		var lo, hi sql.NullInt64
		if err := s.db.QueryRowContext(ctx, s.rebind("SELECT MIN(seq), MAX(seq) FROM person_records WHERE import_id = ?"), imp).Scan(&lo, &hi); err != nil {
			return indexed, err
		}
		// Ranges of stored order, not LIMIT: a range is read by the primary key
		// whatever the planner believes of how many rows an import has.
		for from := lo.Int64; lo.Valid && from <= hi.Int64; from += batch {
			records, err := s.recordsOfImport(ctx, imp, from, from+batch)
			if err != nil {
				return indexed, err
			}
			if err := s.indexBatch(ctx, records, keys); err != nil {
				return indexed, err
			}
			indexed += len(records)
		}
		n, err := s.indexSupported(ctx, imp, keys)
		indexed += n
		if err != nil {
			return indexed, err
		}
		if _, err := s.db.ExecContext(ctx, s.rebind("INSERT INTO name_indexed_imports (import_id) VALUES (?) ON CONFLICT DO NOTHING"), imp); err != nil {
			return indexed, err
		}
	}
	return indexed, nil
}

// importsToIndex are the committed imports not indexed yet, oldest first.
func (s *sqlStore) importsToIndex(ctx context.Context) ([]int64, error) {
	var out []int64
	err := s.each(ctx, `SELECT id FROM imports WHERE status = 'committed'
		AND id NOT IN (SELECT import_id FROM name_indexed_imports) ORDER BY id`, nil, func(rs *sql.Rows) error {
		var id int64
		err := rs.Scan(&id)
		out = append(out, id)
		return err
	})
	return out, err
}

// recordsOfImport gives the records an import last changed stored in [from, to).
func (s *sqlStore) recordsOfImport(ctx context.Context, imp, from, to int64) ([]retrace.PersonRecord, error) {
	q := `SELECT ` + personColumns() + ` FROM person_records p WHERE p.seq >= ? AND p.seq < ? AND p.import_id = ? ORDER BY p.seq`
	rows, err := s.db.QueryContext(ctx, s.rebind(q), from, to, imp)
	var records []retrace.PersonRecord
	err = s.scanCells(bundle.People, rows, err, func(cells []string, extra retrace.Extra) error {
		v, _ := bundle.People.Value(cells, extra)
		records = append(records, v.(retrace.PersonRecord))
		return nil
	})
	return records, err
}

// indexSupported indexes again the records of other imports whose support episodes
// this import added or changed: who provided support decides who may find them.
func (s *sqlStore) indexSupported(ctx context.Context, imp int64, keys func(retrace.PersonRecord) []string) (int, error) {
	var ids []string
	err := s.each(ctx, `SELECT DISTINCT t.record_id FROM support_episodes t JOIN person_records p ON p.record_id = t.record_id
		WHERE t.import_id = ? AND p.import_id <> ?`, []any{imp, imp}, func(rs *sql.Rows) error {
		var id string
		err := rs.Scan(&id)
		ids = append(ids, id)
		return err
	})
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	records, err := s.Records(ctx, Scope{}, ids)
	if err != nil {
		return 0, err
	}
	for start := 0; start < len(records); start += 5000 {
		if err := s.indexBatch(ctx, records[start:min(len(records), start+5000)], keys); err != nil {
			return start, err
		}
	}
	return len(records), nil
}

// scopesOf gives each record's organisations: the one that sent it and those that
// provided the person support.
func (s *sqlStore) scopesOf(ctx context.Context, tx *sql.Tx, records []retrace.PersonRecord) (map[string][]string, error) {
	out := map[string][]string{}
	ids := make([]any, len(records))
	for i, r := range records {
		ids[i], out[r.RecordID] = r.RecordID, []string{r.Source}
	}
	for start := 0; start < len(ids); start += s.maxParams {
		part := ids[start:min(len(ids), start+s.maxParams)]
		rows, err := tx.QueryContext(ctx, s.rebind("SELECT DISTINCT record_id, provider FROM support_episodes WHERE provider IS NOT NULL AND record_id IN ("+placeholderList(len(part))+")"), part...)
		err = scanAll(rows, err, func(rs *sql.Rows) error {
			var record, provider string
			if err := rs.Scan(&record, &provider); err != nil {
				return err
			}
			if !slices.Contains(out[record], provider) {
				out[record] = append(out[record], provider)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *sqlStore) indexBatch(ctx context.Context, records []retrace.PersonRecord, keys func(retrace.PersonRecord) []string) error {
	if len(records) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	scopes, err := s.scopesOf(ctx, tx, records)
	if err != nil {
		return err
	}
	ids := make([]any, len(records))
	var pairs []any
	for i, r := range records {
		ids[i] = r.RecordID
		for _, k := range distinct(keys(r)) {
			hashed := s.cipher.searchKey(k)
			for _, org := range scopes[r.RecordID] {
				pairs = append(pairs, scopedKey(org, hashed), r.RecordID)
			}
		}
	}
	if err := s.execChunks(ctx, tx, ids, 1, func(n int) string {
		return "DELETE FROM name_keys WHERE record_id IN (" + placeholderList(n) + ")"
	}); err != nil {
		return err
	}
	if err := s.execChunks(ctx, tx, pairs, 2, func(n int) string {
		return "INSERT INTO name_keys (key, record_id) VALUES " + placeholders(n, 2) + " ON CONFLICT DO NOTHING"
	}); err != nil {
		return err
	}
	return tx.Commit()
}

// execChunks runs a statement over args in groups of width, as many groups a call as
// the backend's placeholder limit allows.
func (s *sqlStore) execChunks(ctx context.Context, tx *sql.Tx, args []any, width int, query func(groups int) string) error {
	per := min(s.maxParams/width, 999) * width // long statements cost more to prepare than they save
	for start := 0; start < len(args); start += per {
		part := args[start:min(len(args), start+per)]
		if _, err := tx.ExecContext(ctx, s.rebind(query(len(part)/width)), part...); err != nil {
			return err
		}
	}
	return nil
}

func distinct(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Providers lists the organisations that provided support, most episodes first.
func (s *sqlStore) Providers(ctx context.Context) ([]string, error) {
	var out []string
	err := s.each(ctx, "SELECT provider FROM support_episodes WHERE provider IS NOT NULL GROUP BY provider ORDER BY COUNT(*) DESC, provider", nil, func(rs *sql.Rows) error {
		var p string
		err := rs.Scan(&p)
		out = append(out, p)
		return err
	})
	return out, err
}

// RecordsOfRows gives, for the rows of a kind whose column holds one of the values,
// the record each belongs to: value → record id. It tells an import of one
// organisation whose rows its ids already name.
func (s *sqlStore) RecordsOfRows(ctx context.Context, k *bundle.Kind, column string, values []string) (map[string]string, error) {
	if k.Index(column) < 0 || k.Index("record_id") < 0 {
		return nil, fmt.Errorf("%s has no column %s", k.File, column)
	}
	return s.pairsIn(ctx, k.Table, column, "record_id", values)
}
