package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
)

// Outcome says what storing a row did.
type Outcome uint8

const (
	Rejected  Outcome = iota // broke a rule that needs other rows: see the problem
	Added                    // a row not stored before
	Changed                  // a stored row whose content differs: updated in place
	Unchanged                // already stored exactly so
)

// ImportTx is one import: everything it stores commits together or not at all.
type ImportTx struct {
	s        *sqlStore
	tx       *sql.Tx
	importID int64
	started  time.Time
	stmts    map[string]*sql.Stmt // batch statements, prepared once per import
}

func (s *sqlStore) BeginImport(ctx context.Context, bundleName, actor string) (*ImportTx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	t := &ImportTx{s: s, tx: tx, started: time.Now().UTC(), stmts: map[string]*sql.Stmt{}}
	err = tx.QueryRowContext(ctx, s.rebind("INSERT INTO imports (bundle, actor, started_at, status) VALUES (?, ?, ?, 'running') RETURNING id"),
		bundleName, actor, t.started).Scan(&t.importID)
	if err == nil {
		_, err = tx.ExecContext(ctx, s.tempSeen)
	}
	if err == nil {
		_, err = tx.ExecContext(ctx, "DELETE FROM import_seen")
	}
	if err != nil {
		tx.Rollback()
		return nil, err
	}
	return t, nil
}

// Commit records the import's summary and makes it permanent.
func (t *ImportTx) Commit(ctx context.Context, summary any) error {
	js, err := json.Marshal(summary)
	if err != nil {
		t.tx.Rollback()
		return err
	}
	if _, err := t.tx.ExecContext(ctx, t.s.rebind("UPDATE imports SET status = 'committed', finished_at = ?, summary = ? WHERE id = ?"),
		time.Now().UTC(), string(js), t.importID); err != nil {
		t.tx.Rollback()
		return err
	}
	if _, err := t.tx.ExecContext(ctx, "DROP TABLE IF EXISTS import_seen"); err != nil {
		t.tx.Rollback()
		return err
	}
	return t.tx.Commit()
}

// Rollback abandons the import; the database is exactly as before it began.
func (t *ImportTx) Rollback() error { return t.tx.Rollback() }

// Apply stores a batch of rows of one kind that passed their own checks, and checks
// what needs other rows: a key seen twice in the bundle, a record_id or support_id
// that points nowhere. It returns an outcome for each row and, for each rejected row,
// the problem.
func (t *ImportTx) Apply(ctx context.Context, rows []*bundle.Row) ([]Outcome, []*bundle.Problem, error) {
	if len(rows) == 0 {
		return nil, nil, nil
	}
	out := make([]Outcome, len(rows))
	probs := make([]*bundle.Problem, len(rows))
	steps := []func(context.Context, []*bundle.Row, []*bundle.Problem) error{
		t.checkDuplicates, t.checkRecordRefs, t.checkSupportRefs, t.addOrganisations,
	}
	for _, step := range steps {
		if err := step(ctx, rows, probs); err != nil {
			return nil, nil, err
		}
	}
	if err := t.write(ctx, rows, probs, out); err != nil {
		return nil, nil, err
	}
	return out, probs, nil
}

func reject(probs []*bundle.Problem, i int, r *bundle.Row, col, format string, args ...any) {
	if probs[i] != nil {
		return
	}
	probs[i] = &bundle.Problem{File: r.Kind.File, Line: r.Line, Column: r.Column(col), Field: col, Reason: fmt.Sprintf(format, args...)}
}

// checkDuplicates rejects a row whose key an earlier row of this bundle already had.
func (t *ImportTx) checkDuplicates(ctx context.Context, rows []*bundle.Row, probs []*bundle.Problem) error {
	k := rows[0].Kind
	first := map[string]int{}
	var keys []string
	for i, r := range rows {
		key := r.Key()
		if j, dup := first[key]; dup {
			reject(probs, i, r, k.Key[0], "%s repeats line %d", keyText(k, key), rows[j].Line)
			continue
		}
		first[key] = i
		keys = append(keys, key)
	}
	args := make([]any, 0, 3*len(keys))
	for _, key := range keys {
		args = append(args, k.File, key, rows[first[key]].Line)
	}
	inserted := map[string]bool{}
	err := t.chunked(ctx, args, 3, func(n int) string {
		return "INSERT INTO import_seen (file, key, line) VALUES " + placeholders(n, 3) + " ON CONFLICT DO NOTHING RETURNING key"
	}, func(rs *sql.Rows) error {
		var key string
		err := rs.Scan(&key)
		inserted[key] = true
		return err
	})
	if err != nil {
		return err
	}
	for _, key := range keys {
		if inserted[key] {
			continue
		}
		var line int
		if err := t.tx.QueryRowContext(ctx, t.s.rebind("SELECT line FROM import_seen WHERE file = ? AND key = ?"), k.File, key).Scan(&line); err != nil {
			return err
		}
		i := first[key]
		reject(probs, i, rows[i], k.Key[0], "%s repeats line %d", keyText(k, key), line)
	}
	return nil
}

func keyText(k *bundle.Kind, key string) string {
	if len(k.Key) == 1 {
		return fmt.Sprintf("%q", key)
	}
	return fmt.Sprintf("the same %s (%s)", strings.Join(k.Key, ", "), strings.ReplaceAll(key, "|", ", "))
}

// checkRecordRefs rejects a row whose record_id is in neither this bundle's people.csv
// (already stored in this transaction) nor the database.
func (t *ImportTx) checkRecordRefs(ctx context.Context, rows []*bundle.Row, probs []*bundle.Problem) error {
	k := rows[0].Kind
	if k.RecordRef == "" {
		return nil
	}
	col := k.Index(k.RecordRef)
	found, err := t.existing(ctx, "SELECT record_id, source FROM person_records WHERE record_id IN ", rows, col)
	if err != nil {
		return err
	}
	for i, r := range rows {
		if id := r.Cells[col]; !found[id].ok {
			reject(probs, i, r, k.RecordRef, "%q is not in people.csv (or its row there was rejected) nor already in the database", id)
		}
	}
	return nil
}

// checkSupportRefs rejects a row whose support_id points nowhere or at another
// record's support episode.
func (t *ImportTx) checkSupportRefs(ctx context.Context, rows []*bundle.Row, probs []*bundle.Problem) error {
	k := rows[0].Kind
	if k.SupportRef == "" {
		return nil
	}
	col, recCol := k.Index(k.SupportRef), k.Index(k.RecordRef)
	found, err := t.existing(ctx, "SELECT support_id, record_id FROM support_episodes WHERE support_id IN ", rows, col)
	if err != nil {
		return err
	}
	for i, r := range rows {
		id := r.Cells[col]
		if id == "" {
			continue
		}
		ep := found[id]
		switch {
		case !ep.ok:
			reject(probs, i, r, k.SupportRef, "%q is not in support.csv (or its row there was rejected) nor already in the database", id)
		case ep.value != r.Cells[recCol]:
			reject(probs, i, r, k.SupportRef, "support episode %q belongs to record %q, not %q", id, ep.value, r.Cells[recCol])
		}
	}
	return nil
}

type found struct {
	value string
	ok    bool
}

// existing looks up the distinct values of one column of the rows with a query
// "SELECT key, value FROM ... WHERE key IN " and returns what it found by key.
func (t *ImportTx) existing(ctx context.Context, query string, rows []*bundle.Row, col int) (map[string]found, error) {
	seen := map[string]bool{}
	var args []any
	for _, r := range rows {
		if v := r.Cells[col]; v != "" && !seen[v] {
			seen[v] = true
			args = append(args, v)
		}
	}
	out := map[string]found{}
	err := t.chunked(ctx, args, 1, func(n int) string {
		return query + "(" + placeholderList(n) + ")"
	}, func(rs *sql.Rows) error {
		var key string
		var value sql.NullString
		err := rs.Scan(&key, &value)
		out[key] = found{value: value.String, ok: true}
		return err
	})
	return out, err
}

// addOrganisations records the organisation codes the rows name.
func (t *ImportTx) addOrganisations(ctx context.Context, rows []*bundle.Row, probs []*bundle.Problem) error {
	k := rows[0].Kind
	seen := map[string]bool{}
	var args []any
	for _, name := range []string{"source", "first_responder", "provider"} {
		col := k.Index(name)
		if col < 0 {
			continue
		}
		for i, r := range rows {
			if v := r.Cells[col]; v != "" && probs[i] == nil && !seen[v] {
				seen[v] = true
				args = append(args, v, t.importID)
			}
		}
	}
	return t.chunked(ctx, args, 2, func(n int) string {
		return "INSERT INTO organisations (code, first_import) VALUES " + placeholders(n, 2) + " ON CONFLICT DO NOTHING"
	}, nil)
}

// write inserts new rows, updates changed ones in place and leaves the rest alone.
func (t *ImportTx) write(ctx context.Context, rows []*bundle.Row, probs []*bundle.Problem, out []Outcome) error {
	k := rows[0].Kind
	keyCol := keyColumn(k)
	var keys []any
	for i, r := range rows {
		if probs[i] == nil {
			keys = append(keys, r.Key())
		}
	}
	stored := map[string]string{}
	err := t.chunked(ctx, keys, 1, func(n int) string {
		return fmt.Sprintf("SELECT %s, row_hash FROM %s WHERE %s IN (%s)", keyCol, k.Table, keyCol, placeholderList(n))
	}, func(rs *sql.Rows) error {
		var key, hash string
		err := rs.Scan(&key, &hash)
		stored[key] = hash
		return err
	})
	if err != nil {
		return err
	}
	cols := storedColumns(k)
	var inserts []any
	for i, r := range rows {
		if probs[i] != nil {
			continue
		}
		vals, hash := t.values(r)
		old, ok := stored[r.Key()]
		switch {
		case !ok:
			out[i] = Added
			inserts = append(inserts, vals...)
		case old == hash:
			out[i] = Unchanged
		default:
			out[i] = Changed
			if err := t.update(ctx, k, cols, vals); err != nil {
				return fmt.Errorf("%s:%d: %w", k.File, r.Line, err)
			}
		}
	}
	return t.chunked(ctx, inserts, len(cols), func(n int) string {
		return fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", k.Table, strings.Join(cols, ", "), placeholders(n, len(cols)))
	}, nil)
}

// storedColumns are the columns write fills, in the order values gives them.
func storedColumns(k *bundle.Kind) []string {
	cols := k.ColumnNames()
	if keyColumn(k) == "row_key" {
		cols = append(cols, "row_key")
	}
	return append(cols, "extra", "row_hash", "import_id")
}

func (t *ImportTx) values(r *bundle.Row) ([]any, string) {
	vals := make([]any, 0, len(r.Cells)+4)
	for _, c := range r.Cells {
		vals = append(vals, nullIfEmpty(c))
	}
	if keyColumn(r.Kind) == "row_key" {
		vals = append(vals, r.Key())
	}
	extra := encodeExtra(r.Extra)
	hash := rowHash(r.Cells, extra)
	return append(vals, nullIfEmpty(extra), hash, t.importID), hash
}

func (t *ImportTx) update(ctx context.Context, k *bundle.Kind, cols []string, vals []any) error {
	set := make([]string, len(cols))
	for i, c := range cols {
		set[i] = c + " = ?"
	}
	keyCol := keyColumn(k)
	var key any
	for i, c := range cols {
		if c == keyCol {
			key = vals[i]
		}
	}
	q := fmt.Sprintf("UPDATE %s SET %s WHERE %s = ?", k.Table, strings.Join(set, ", "), keyCol)
	_, err := t.tx.ExecContext(ctx, t.s.rebind(q), append(vals, key)...)
	return err
}

// chunked runs a statement over args in as few calls as the placeholder limit allows;
// each call takes whole groups of width args. scan, if set, reads returned rows.
func (t *ImportTx) chunked(ctx context.Context, args []any, width int, query func(groups int) string, scan func(*sql.Rows) error) error {
	per := (t.s.maxParams / width) * width
	if per > 999*width {
		per = 999 * width // long statements cost more to prepare than they save
	}
	for len(args) > 0 {
		n := min(per, len(args))
		stmt, err := t.prepared(ctx, query(n/width))
		if err != nil {
			return err
		}
		if scan == nil {
			if _, err := stmt.ExecContext(ctx, args[:n]...); err != nil {
				return err
			}
		} else if err := queryEach(ctx, stmt, args[:n], scan); err != nil {
			return err
		}
		args = args[n:]
	}
	return nil
}

// prepared returns the statement for q, preparing it the first time: batches repeat
// the same few statements, and parsing thousands of placeholders each time is costly.
func (t *ImportTx) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(ctx, t.s.rebind(q))
	if err != nil {
		return nil, err
	}
	t.stmts[q] = st
	return st, nil
}

func queryEach(ctx context.Context, stmt *sql.Stmt, args []any, scan func(*sql.Rows) error) error {
	rs, err := stmt.QueryContext(ctx, args...)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		if err := scan(rs); err != nil {
			return err
		}
	}
	return rs.Err()
}

// placeholderList is "?,?,?" for n=3. Statements are written with ? and rebound for
// PostgreSQL: SQLite looks numbered parameters up by name, which is quadratic in a
// statement with thousands of them.
func placeholderList(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// placeholders is "(?,?),(?,?)" for groups=2, width=2.
func placeholders(groups, width int) string {
	group := "(" + placeholderList(width) + ")"
	return strings.TrimSuffix(strings.Repeat(group+",", groups), ",")
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// rowHash fingerprints a row's content; it decides changed from unchanged.
func rowHash(cells []string, extra string) string {
	h := sha256.New()
	for _, c := range cells {
		h.Write([]byte(c))
		h.Write([]byte{0x1f})
	}
	h.Write([]byte(extra))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func encodeExtra(e retrace.Extra) string {
	if len(e) == 0 {
		return ""
	}
	pairs := make([][2]string, len(e))
	for i, f := range e {
		pairs[i] = [2]string{f.Name, f.Value}
	}
	js, _ := json.Marshal(pairs)
	return string(js)
}

func decodeExtra(s string) (retrace.Extra, error) {
	if s == "" {
		return nil, nil
	}
	var pairs [][2]string
	if err := json.Unmarshal([]byte(s), &pairs); err != nil {
		return nil, fmt.Errorf("extra columns: %w", err)
	}
	e := make(retrace.Extra, len(pairs))
	for i, p := range pairs {
		e[i] = retrace.Field{Name: p[0], Value: p[1]}
	}
	return e, nil
}
