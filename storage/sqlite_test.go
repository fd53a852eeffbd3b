package storage_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/storage/storetest"
)

func TestSQLite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storage.Store {
		s, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "retrace.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
