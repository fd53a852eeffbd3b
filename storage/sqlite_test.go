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

// Two commands opening one new database at once both find it ready: the one that
// loses the race to migrate tries again.
func TestTwoOpenOneNewDatabase(t *testing.T) {
	for trial := 0; trial < 4; trial++ {
		path := filepath.Join(t.TempDir(), "new.db")
		errs := make(chan error, 2)
		for range 2 {
			go func() {
				s, err := storage.Open(context.Background(), path)
				if err == nil {
					s.Close()
				}
				errs <- err
			}()
		}
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatalf("trial %d: %v", trial, err)
			}
		}
	}
}
