package bundleio

import (
	"context"
	"fmt"
	"os"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/bundle"
	"github.com/retrace-uk/retrace/storage"
)

// ExportReport counts the rows written to each file.
type ExportReport struct {
	Dir   string
	Files []FileCount
}

// FileCount is one written file.
type FileCount struct {
	File string
	Rows int
}

// Export writes every stored row back as a journey bundle in dir: all seven files, so
// that no file of an older export is left beside it. Rows keep the order they were
// first imported in, and unknown columns they came with follow the format's own.
func Export(ctx context.Context, store storage.Store, dir, actor string) (*ExportReport, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	rep := &ExportReport{Dir: dir}
	for _, k := range bundle.Kinds {
		written, err := exportKind(ctx, store, dir, k)
		if err != nil {
			return nil, fmt.Errorf("export %s: %w", k.File, err)
		}
		rep.Files = append(rep.Files, FileCount{File: k.File, Rows: written})
	}
	err := store.Audit(ctx, storage.AuditEvent{Actor: actor, Action: "export", Subject: "all person records and their journeys",
		Detail: fmt.Sprintf("%d files", len(rep.Files))})
	return rep, err
}

func exportKind(ctx context.Context, store storage.Store, dir string, k *bundle.Kind) (int, error) {
	extra, err := store.ExtraColumns(ctx, k)
	if err != nil {
		return 0, err
	}
	w, err := bundle.Create(dir, k, extra)
	if err != nil {
		return 0, err
	}
	err = store.Each(ctx, k, func(cells []string, e retrace.Extra) error { return w.Write(cells, e) })
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return w.Rows, err
}
