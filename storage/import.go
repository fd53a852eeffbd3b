package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
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
	// emptyAtStart: tables that held no row when this import first wrote to them,
	// where no row of the bundle can already be stored (repeats within the bundle are
	// caught by the key table).
	emptyAtStart map[string]bool
	// rejectedIn: files of this bundle with a rejected row; rows of other files need
	// not be looked up among the rejected.
	rejectedIn map[string]bool
}

func (s *sqlStore) BeginImport(ctx context.Context, bundleName, actor string) (*ImportTx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	// The key may have been rotated since this command began: checked in the
	// transaction, so that no rotation comes between the check and the writes.
	if err := s.checkKey(ctx, tx, false); err != nil {
		tx.Rollback()
		return nil, err
	}
	t := &ImportTx{s: s, tx: tx, started: time.Now().UTC(), stmts: map[string]*sql.Stmt{}, emptyAtStart: map[string]bool{}, rejectedIn: map[string]bool{}}
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
	// The audit log has the import too, in the same transaction: it happened if and
	// only if it is there.
	e := AuditEvent{Action: "import", Detail: fmt.Sprintf("import %d", t.importID)}
	if err := t.tx.QueryRowContext(ctx, t.s.rebind("SELECT actor, 'bundle ' || bundle FROM imports WHERE id = ?"), t.importID).Scan(&e.Actor, &e.Subject); err != nil {
		t.tx.Rollback()
		return err
	}
	if err := t.s.insertAudit(ctx, t.tx, e); err != nil {
		t.tx.Rollback()
		return err
	}
	if _, err := t.tx.ExecContext(ctx, "DROP TABLE IF EXISTS import_seen"); err != nil {
		t.tx.Rollback()
		return err
	}
	if err := t.tx.Commit(); err != nil {
		return err
	}
	// The import and its audit event are stored; if sealing fails now, the next event
	// written (or a server's next tick) seals it, so the import is not reported failed.
	t.s.SealAudit(ctx)
	return nil
}

// Rollback abandons the import; the database is exactly as before it began.
func (t *ImportTx) Rollback() error { return t.tx.Rollback() }

// Apply takes a batch of rows of one kind, in file order. Rows that broke a rule of
// their own are not stored, but their keys are noted so that a later row repeating
// one, or pointing at one, is caught. For the rest it checks what needs other rows —
// a key seen twice in the bundle, a record_id or support_id that points nowhere, a
// row moving to another record — and stores them. It returns an outcome for each row
// and, for each row it rejects itself, the problem.
func (t *ImportTx) Apply(ctx context.Context, rows []*bundle.Row) ([]Outcome, []*bundle.Problem, error) {
	if len(rows) == 0 {
		return nil, nil, nil
	}
	b := &batch{rows: rows, probs: make([]*bundle.Problem, len(rows)), first: make([]bool, len(rows))}
	steps := []func(context.Context, *batch) error{
		t.checkDuplicates, t.checkRecordRefs, t.checkSupportRefs, t.addOrganisations, t.write, t.noteRejected,
	}
	for _, step := range steps {
		if err := step(ctx, b); err != nil {
			return nil, nil, err
		}
	}
	return b.out(), b.probs, nil
}

// batch is the state of one Apply.
type batch struct {
	rows     []*bundle.Row
	probs    []*bundle.Problem // rejections found here
	first    []bool            // the row is the first in the bundle with its key
	outcomes []Outcome
}

func (b *batch) kind() *bundle.Kind { return b.rows[0].Kind }

// live reports whether row i is still to be stored.
func (b *batch) live(i int) bool { return b.rows[i].OK() && b.probs[i] == nil }

func (b *batch) reject(i int, col, format string, args ...any) {
	if !b.live(i) {
		return
	}
	r := b.rows[i]
	b.probs[i] = &bundle.Problem{File: r.Kind.File, Line: r.Line, Column: r.Column(col), Field: col, Reason: fmt.Sprintf(format, args...)}
}

func (b *batch) out() []Outcome {
	out := make([]Outcome, len(b.rows))
	for i := range b.rows {
		if b.live(i) && b.outcomes != nil {
			out[i] = b.outcomes[i]
		}
	}
	return out
}

// checkDuplicates notes each key in the bundle's key table and rejects a row whose
// key an earlier row already had, even a rejected one.
func (t *ImportTx) checkDuplicates(ctx context.Context, b *batch) error {
	k := b.kind()
	firstAt := map[string]int{}
	var args []any
	for i, r := range b.rows {
		key := r.Key()
		if key == "" {
			continue
		}
		if j, dup := firstAt[key]; dup {
			b.reject(i, k.Key[0], "%s repeats line %d", keyText(k, key), b.rows[j].Line)
			continue
		}
		firstAt[key] = i
		args = append(args, k.File, key, r.Line)
	}
	// Keys are new in all but a bundle with duplicates: insert them all and look back
	// only when fewer went in than were offered.
	inserted, err := t.exec(ctx, args, 3, func(n int) string {
		return "INSERT INTO import_seen (file, key, line) VALUES " + placeholders(n, 3) + " ON CONFLICT DO NOTHING"
	})
	if err != nil || inserted == int64(len(firstAt)) {
		for _, i := range firstAt {
			b.first[i] = true
		}
		return err
	}
	keys := make([]any, 0, len(firstAt))
	for key := range firstAt {
		keys = append(keys, key)
	}
	return t.chunked(ctx, keys, 1, func(n int) string {
		return "SELECT key, line FROM import_seen WHERE file = '" + k.File + "' AND key IN (" + placeholderList(n) + ")"
	}, func(rs *sql.Rows) error {
		var key string
		var line int
		if err := rs.Scan(&key, &line); err != nil {
			return err
		}
		i := firstAt[key]
		if line == b.rows[i].Line {
			b.first[i] = true
		} else {
			b.reject(i, k.Key[0], "%s repeats line %d", keyText(k, key), line)
		}
		return nil
	})
}

// noteRejected marks the keys of rejected rows, so rows pointing at them are set
// aside too.
func (t *ImportTx) noteRejected(ctx context.Context, b *batch) error {
	var args []any
	for i, r := range b.rows {
		if b.first[i] && !b.live(i) {
			args = append(args, r.Key())
		}
	}
	file := b.kind().File
	if len(args) > 0 {
		t.rejectedIn[file] = true
	}
	return t.chunked(ctx, args, 1, func(n int) string {
		return "UPDATE import_seen SET rejected = 1 WHERE file = '" + file + "' AND key IN (" + placeholderList(n) + ")"
	}, nil)
}

func keyText(k *bundle.Kind, key string) string {
	if len(k.Key) == 1 {
		return fmt.Sprintf("%q", key)
	}
	return fmt.Sprintf("the same %s (%s)", strings.Join(k.Key, ", "), strings.ReplaceAll(key, "|", ", "))
}

// checkRecordRefs rejects a row whose record_id is in neither this bundle's people.csv
// (already stored in this transaction) nor the database, or whose people.csv row was
// rejected.
func (t *ImportTx) checkRecordRefs(ctx context.Context, b *batch) error {
	k := b.kind()
	if k.RecordRef == "" {
		return nil
	}
	col := k.Index(k.RecordRef)
	rejected, err := t.rejectedKeys(ctx, bundle.People.File, b, col)
	if err != nil {
		return err
	}
	found, err := t.existing(ctx, "SELECT record_id, source FROM person_records WHERE record_id IN ", b, col)
	if err != nil {
		return err
	}
	for i, r := range b.rows {
		if !b.live(i) {
			continue
		}
		switch id := r.Cells[col]; {
		case rejected[id] > 0:
			b.reject(i, k.RecordRef, "%q: its row in people.csv (line %d) was rejected", id, rejected[id])
		case !found[id].ok:
			b.reject(i, k.RecordRef, "%q is not in people.csv nor already in the database", id)
		}
	}
	return nil
}

// checkSupportRefs rejects a row whose support_id points nowhere or at another
// record's support episode.
func (t *ImportTx) checkSupportRefs(ctx context.Context, b *batch) error {
	k := b.kind()
	if k.SupportRef == "" {
		return nil
	}
	col, recCol := k.Index(k.SupportRef), k.Index(k.RecordRef)
	rejected, err := t.rejectedKeys(ctx, bundle.Support.File, b, col)
	if err != nil {
		return err
	}
	found, err := t.existing(ctx, "SELECT support_id, record_id FROM support_episodes WHERE support_id IN ", b, col)
	if err != nil {
		return err
	}
	for i, r := range b.rows {
		if !b.live(i) || r.Cells[col] == "" {
			continue
		}
		id := r.Cells[col]
		ep := found[id]
		switch {
		case rejected[id] > 0:
			b.reject(i, k.SupportRef, "%q: its row in support.csv (line %d) was rejected", id, rejected[id])
		case !ep.ok:
			b.reject(i, k.SupportRef, "%q is not in support.csv nor already in the database", id)
		case ep.value != r.Cells[recCol]:
			b.reject(i, k.SupportRef, "support episode %q belongs to record %q, not %q", id, ep.value, r.Cells[recCol])
		}
	}
	return nil
}

// rejectedKeys finds which of the values in column col of the live rows were keys of
// rejected rows of another file of this bundle, with their lines.
func (t *ImportTx) rejectedKeys(ctx context.Context, file string, b *batch, col int) (map[string]int, error) {
	out := map[string]int{}
	if !t.rejectedIn[file] {
		return out, nil
	}
	args := b.distinct(col)
	err := t.chunked(ctx, args, 1, func(n int) string {
		return "SELECT key, line FROM import_seen WHERE rejected = 1 AND file = '" + file + "' AND key IN (" + placeholderList(n) + ")"
	}, func(rs *sql.Rows) error {
		var key string
		var line int
		err := rs.Scan(&key, &line)
		out[key] = line
		return err
	})
	return out, err
}

// distinct lists the non-empty values of a column among the live rows.
func (b *batch) distinct(col int) []any {
	seen := map[string]bool{}
	var args []any
	for i, r := range b.rows {
		if !b.live(i) {
			continue
		}
		if v := r.Cells[col]; v != "" && !seen[v] {
			seen[v] = true
			args = append(args, v)
		}
	}
	return args
}

type found struct {
	value string
	ok    bool
}

// existing looks up the distinct values of one column of the live rows with a query
// "SELECT key, value FROM ... WHERE key IN " and returns what it found by key.
func (t *ImportTx) existing(ctx context.Context, query string, b *batch, col int) (map[string]found, error) {
	out := map[string]found{}
	err := t.chunked(ctx, b.distinct(col), 1, func(n int) string {
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
func (t *ImportTx) addOrganisations(ctx context.Context, b *batch) error {
	k := b.kind()
	seen := map[string]bool{}
	var args []any
	for _, name := range []string{"source", "first_responder", "provider"} {
		col := k.Index(name)
		if col < 0 {
			continue
		}
		for i, r := range b.rows {
			if !b.live(i) {
				continue
			}
			if v := r.Cells[col]; v != "" && !seen[v] {
				seen[v] = true
				args = append(args, v, t.importID)
			}
		}
	}
	return t.chunked(ctx, args, 2, func(n int) string {
		return "INSERT INTO organisations (code, first_import) VALUES " + placeholders(n, 2) + " ON CONFLICT DO NOTHING"
	}, nil)
}

// storedRow is a row as the database holds it.
type storedRow struct {
	cells []string
	extra retrace.Extra
	hash  string
}

// write inserts new rows, updates changed ones in place and leaves the rest alone. A
// column missing from the file keeps its stored value; a row may not move to another
// record (or, in people.csv, another source).
func (t *ImportTx) write(ctx context.Context, b *batch) error {
	k := b.kind()
	stored, err := t.stored(ctx, b)
	if err != nil {
		return err
	}
	b.outcomes = make([]Outcome, len(b.rows))
	cols := storedColumns(k)
	var inserts []any
	for i, r := range b.rows {
		if !b.live(i) {
			continue
		}
		old, ok := stored[r.Key()]
		if ok {
			merge(r, old)
			if owner, col := ownerColumn(k); r.Cells[col] != old.cells[col] {
				b.reject(i, owner, "%s %q already belongs to %s %q: a row cannot move; correct %s or give the row a new id",
					k.Key[0], r.Key(), owner, old.cells[col], owner)
				continue
			}
		}
		if r.NeedsCheck() && !b.checkMerged(i) {
			continue
		}
		vals, hash := t.values(r)
		switch {
		case !ok:
			b.outcomes[i] = Added
			inserts = append(inserts, vals...)
		case old.hash == hash:
			b.outcomes[i] = Unchanged
		default:
			b.outcomes[i] = Changed
			if err := t.update(ctx, k, cols, vals); err != nil {
				return fmt.Errorf("%s:%d: %w", k.File, r.Line, err)
			}
		}
	}
	return t.chunked(ctx, inserts, len(cols), func(n int) string {
		return fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", k.Table, strings.Join(cols, ", "), placeholders(n, len(cols)))
	}, nil)
}

// checkMerged checks a row whose file lacked columns once stored values have filled
// them in: the result must keep every rule of a row.
func (b *batch) checkMerged(i int) bool {
	r := b.rows[i]
	for _, p := range r.Kind.Check(r.Cells) {
		if p.Warning {
			continue
		}
		where := "with the values already stored for the columns this file does not have"
		if r.Column(p.Field) == 0 {
			where = "the stored " + p.Field + ": this file does not have that column, so the row with it stored breaks the rule"
		}
		b.reject(i, p.Field, "%s (%s)", p.Reason, where)
		return false
	}
	return true
}

// ownerColumn is the column a stored row may not change: its record, or for a person
// record its source.
func ownerColumn(k *bundle.Kind) (string, int) {
	name := k.RecordRef
	if name == "" {
		name = "source"
	}
	return name, k.Index(name)
}

// merge fills the columns the row's file did not have from the stored row.
func merge(r *bundle.Row, old storedRow) {
	for i := range r.Cells {
		if !r.Has(i) {
			r.Cells[i] = old.cells[i]
		}
	}
	for _, f := range old.extra {
		if !r.HasExtra(f.Name) {
			r.Extra = append(r.Extra, f)
		}
	}
	sort.Slice(r.Extra, func(a, b int) bool { return r.Extra[a].Name < r.Extra[b].Name })
}

// stored reads the stored rows with the batch's keys.
func (t *ImportTx) stored(ctx context.Context, b *batch) (map[string]storedRow, error) {
	k := b.kind()
	empty, known := t.emptyAtStart[k.Table]
	if !known {
		var any bool
		if err := t.tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM "+k.Table+")").Scan(&any); err != nil {
			return nil, err
		}
		empty = !any
		t.emptyAtStart[k.Table] = empty
	}
	if empty {
		return nil, nil
	}
	keyCol := keyColumn(k)
	var keys []any
	for i, r := range b.rows {
		if b.live(i) {
			keys = append(keys, r.Key())
		}
	}
	cols := k.ColumnNames()
	out := map[string]storedRow{}
	vals := make([]sql.NullString, len(cols)+3)
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	err := t.chunked(ctx, keys, 1, func(n int) string {
		return fmt.Sprintf("SELECT %s, extra, row_hash, %s FROM %s WHERE %s IN (%s)", strings.Join(cols, ", "), keyCol, k.Table, keyCol, placeholderList(n))
	}, func(rs *sql.Rows) error {
		if err := rs.Scan(ptrs...); err != nil {
			return err
		}
		row := storedRow{cells: make([]string, len(cols)), hash: vals[len(cols)+1].String}
		for i := range cols {
			row.cells[i] = vals[i].String
		}
		key := vals[len(cols)+2].String
		if err := t.s.cipher.decryptCells(k, row.cells); err != nil {
			return fmt.Errorf("%s: the stored row %s: %w", k.File, key, err) // a file and a record id, no value: fit for the importer and a log
		}
		plainExtra, err := t.s.cipher.decryptExtra(k, key, vals[len(cols)].String)
		if err != nil {
			return fmt.Errorf("%s: the stored row %s: %w", k.File, key, err)
		}
		extra, err := decodeExtra(plainExtra)
		row.extra = extra
		out[key] = row
		return err
	})
	return out, err
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
	cells := r.Cells
	if t.s.cipher != nil && r.Kind == bundle.People {
		cells = slices.Clone(cells)
		t.s.cipher.encryptCells(r.Kind, cells) // the row's hash stays over the plain text
	}
	for _, c := range cells {
		vals = append(vals, nullIfEmpty(c))
	}
	if keyColumn(r.Kind) == "row_key" {
		vals = append(vals, r.Key())
	}
	extra := encodeExtra(r.Extra)
	hash := t.s.cipher.rowHash(r.Kind, rowHash(r.Cells, extra))
	extra = t.s.cipher.encryptExtra(r.Kind, r.Key(), extra)
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
	per := t.perCall(width)
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

// exec runs a statement over args like chunked and returns the rows it affected.
func (t *ImportTx) exec(ctx context.Context, args []any, width int, query func(groups int) string) (int64, error) {
	var total int64
	per := t.perCall(width)
	for len(args) > 0 {
		n := min(per, len(args))
		stmt, err := t.prepared(ctx, query(n/width))
		if err != nil {
			return total, err
		}
		res, err := stmt.ExecContext(ctx, args[:n]...)
		if err != nil {
			return total, err
		}
		affected, err := res.RowsAffected()
		if err != nil {
			return total, err
		}
		total += affected
		args = args[n:]
	}
	return total, nil
}

// perCall is how many args fit in one statement, in whole groups of width.
func (t *ImportTx) perCall(width int) int {
	per := (t.s.maxParams / width) * width
	return min(per, 999*width) // long statements cost more to prepare than they save
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
	return scanAll(rs, err, scan)
}

// scanAll calls scan for every row of a query's result, and closes it.
func scanAll(rs *sql.Rows, err error, scan func(*sql.Rows) error) error {
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
