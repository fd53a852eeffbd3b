package storage_test

import (
	"context"
	"testing"

	"github.com/retrace-uk/retrace/storage"
	"github.com/retrace-uk/retrace/storage/storetest"
)

func TestPostgres(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storage.Store {
		s, err := storage.Open(context.Background(), storetest.PostgresSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
