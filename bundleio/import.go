// Package bundleio moves journey bundles in and out of a store. An import checks every
// rule of the format, places every problem at file:line:column, and lands the whole
// bundle in one transaction or not at all; an export writes the bundle back.
package bundleio

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/storage"
)

// Options control one import.
type Options struct {
	Actor       string // who imports: recorded with the import
	SkipBadRows bool   // store the good rows, set the bad ones aside
	DryRun      bool   // check everything, store nothing
	RejectedDir string // if set, write rejected rows and errors.csv here
	Encoding    string // text encoding of files without a byte order mark
	// Progress, if set, is told the bytes read so far and the bundle's total.
	Progress func(done, total int64)
}

// optimizeAfter is how many rows an import adds or changes before the database's
// statistics are refreshed: plans made for an empty table do not fit a million rows.
const optimizeAfter = 10000

// batchSize rows are checked against the database and written together.
const batchSize = 500

// maxKept bounds the problems kept in memory; all of them go to RejectedDir.
const maxKept = 1000

// FileReport tallies one file.
type FileReport struct {
	File                                      string
	Rows, Added, Changed, Unchanged, Rejected int
	ChangedLines                              []int // the first maxKept
	Unreadable                                bool  // the file as a whole broke a rule
}

// Report is what an import did, or would have done.
type Report struct {
	Bundle       string
	Files        []*FileReport
	Problems     []bundle.Problem // the first maxKept errors and warnings, in file order
	Errors       int
	Warnings     int
	UnknownFiles []string
	Committed    bool
	DryRun       bool
}

// RejectedRows counts the rows set aside, and files that could not be read at all.
func (r *Report) RejectedRows() (rows, files int) {
	for _, f := range r.Files {
		rows += f.Rejected
		if f.Unreadable {
			files++
		}
	}
	return rows, files
}

// rowsChanged counts the rows added or changed.
func (r *Report) rowsChanged() int {
	n := 0
	for _, f := range r.Files {
		n += f.Added + f.Changed
	}
	return n
}

// Changed reports whether the import added or changed anything.
func (r *Report) Changed() bool {
	for _, f := range r.Files {
		if f.Added+f.Changed > 0 {
			return true
		}
	}
	return false
}

// ErrRejected is returned when the bundle had errors and nothing was stored.
var ErrRejected = errors.New("the bundle has errors; nothing was imported")

// Import imports the bundle at path (a folder or .zip).
func Import(ctx context.Context, store storage.Store, path string, opt Options) (*Report, error) {
	b, err := bundle.Open(path)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	rep := &Report{Bundle: b.Name, UnknownFiles: b.Unknown, DryRun: opt.DryRun}
	for _, name := range b.Unknown {
		rep.add(bundle.Problem{File: name, Warning: true, Reason: "is not a journey bundle file and was not read"})
	}
	tx, err := store.BeginImport(ctx, b.Name, opt.Actor)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	rej, err := newRejects(opt.RejectedDir, path)
	if err != nil {
		return nil, err
	}
	run := &run{ctx: ctx, store: store, tx: tx, b: b, opt: opt, rep: rep, rej: rej, total: b.Size()}
	for _, k := range bundle.Kinds {
		if !b.Has(k) {
			continue
		}
		if err := run.file(k); err != nil {
			rej.close(b)
			return rep, err
		}
	}
	if err := rej.close(b); err != nil {
		return rep, err
	}
	return rep, run.finish()
}

type run struct {
	ctx   context.Context
	store storage.Store
	tx    *storage.ImportTx
	b     *bundle.Bundle
	opt   Options
	rep   *Report
	rej   *rejects
	done  int64 // bytes of files already read
	total int64
}

func (r *run) finish() error {
	switch {
	case r.rep.Errors > 0 && !r.opt.SkipBadRows:
		return ErrRejected
	case r.opt.DryRun || !r.rep.Changed():
		return nil // rolled back: nothing to keep
	}
	if err := r.tx.Commit(r.ctx, r.rep.summary()); err != nil {
		return err
	}
	r.rep.Committed = true
	if r.rep.rowsChanged() >= optimizeAfter {
		return r.store.Optimize(r.ctx)
	}
	return nil
}

func (r *run) file(k *bundle.Kind) error {
	fileRep := &FileReport{File: k.File}
	r.rep.Files = append(r.rep.Files, fileRep)
	opt := bundle.ReadOptions{Encoding: r.opt.Encoding}
	if r.opt.Progress != nil {
		base := r.done
		opt.Progress = func(n int64) { r.opt.Progress(base+n, r.total) }
	}
	defer func() { r.done += r.b.FileSize(k) }()
	fr, err := r.b.Read(k, opt)
	var p bundle.Problem
	if errors.As(err, &p) {
		r.rep.add(p) // the file cannot be read at all: set it aside whole
		fileRep.Unreadable = true
		return r.rej.wholeFile(r.b, k, p)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", k.File, err)
	}
	defer fr.Close()
	for _, p := range fr.Problems {
		r.rep.add(p)
	}
	return r.rows(fr, fileRep)
}

// rows reads and checks rows on one goroutine while this one stores them, so parsing
// and the database each get a core; chunks keep file order.
func (r *run) rows(fr *bundle.FileReader, fileRep *FileReport) error {
	chunks := make(chan []*bundle.Row, 2)
	readErr := make(chan error, 1)
	stop := make(chan struct{})
	defer func() {
		close(stop)
		for range chunks { // let the reader finish before the file is closed
		}
	}()
	go func() {
		defer close(chunks)
		readErr <- readChunks(fr, chunks, stop)
	}()
	for chunk := range chunks {
		if err := r.apply(fr, chunk, fileRep); err != nil {
			return err
		}
	}
	return <-readErr
}

func readChunks(fr *bundle.FileReader, out chan<- []*bundle.Row, stop <-chan struct{}) error {
	chunk := make([]*bundle.Row, 0, batchSize)
	send := func() bool {
		select {
		case out <- chunk:
			chunk = make([]*bundle.Row, 0, batchSize)
			return true
		case <-stop:
			return false
		}
	}
	for {
		row, err := fr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", fr.Kind.File, err)
		}
		if chunk = append(chunk, row); len(chunk) == batchSize && !send() {
			return nil
		}
	}
	if len(chunk) > 0 {
		send()
	}
	return nil
}

// apply stores a chunk and tallies what happened to each row.
func (r *run) apply(fr *bundle.FileReader, chunk []*bundle.Row, fileRep *FileReport) error {
	outcomes, probs, err := r.tx.Apply(r.ctx, chunk)
	if err != nil {
		return fmt.Errorf("%s: %w", fr.Kind.File, err)
	}
	for i, row := range chunk {
		fileRep.Rows++
		for _, p := range row.Problems {
			r.rep.add(p)
		}
		switch outcomes[i] {
		case storage.Added:
			fileRep.Added++
		case storage.Changed:
			fileRep.Changed++
			if len(fileRep.ChangedLines) < maxKept {
				fileRep.ChangedLines = append(fileRep.ChangedLines, row.Line)
			}
		case storage.Unchanged:
			fileRep.Unchanged++
		case storage.Rejected:
			fileRep.Rejected++
			problems := row.Problems
			if probs[i] != nil {
				r.rep.add(*probs[i])
				problems = []bundle.Problem{*probs[i]}
			}
			if err := r.rej.row(fr, row, problems); err != nil {
				return err
			}
		}
	}
	return nil
}

func (rep *Report) add(p bundle.Problem) {
	if p.Warning {
		rep.Warnings++
	} else {
		rep.Errors++
	}
	if len(rep.Problems) < maxKept {
		rep.Problems = append(rep.Problems, p)
	}
}

// summary is what the import log keeps: counts only, never row content.
func (rep *Report) summary() map[string]any {
	files := map[string]map[string]int{}
	for _, f := range rep.Files {
		files[f.File] = map[string]int{"rows": f.Rows, "added": f.Added, "changed": f.Changed, "unchanged": f.Unchanged, "rejected": f.Rejected}
	}
	return map[string]any{"files": files, "errors": rep.Errors, "warnings": rep.Warnings}
}
