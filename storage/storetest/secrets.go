package storetest

import (
	"bytes"
	"context"
	"testing"

	"github.com/retrace-uk/retrace/storage"
)

// A secret is made once and then read back, whatever a later caller would make.
func testSecrets(t *testing.T, s storage.Store) {
	ctx := context.Background()
	first, second := []byte{1, 2, 3, 0, 255}, []byte{9, 9, 9}
	for _, c := range []struct {
		name  string
		fresh []byte
		want  []byte
	}{
		{"review-pairs", first, first},
		{"review-pairs", second, first},
		{"another", second, second},
		{"review-pairs", second, first},
	} {
		got, err := s.Secret(ctx, c.name, func() []byte { return c.fresh })
		if err != nil || !bytes.Equal(got, c.want) {
			t.Errorf("secret %q: %v %v, want %v", c.name, got, err, c.want)
		}
	}
}
