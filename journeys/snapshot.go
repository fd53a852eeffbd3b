package journeys

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/figures"
	"github.com/retrace-uk/retrace/internal/parallel"
	"github.com/retrace-uk/retrace/storage"
)

// snapshotChunk is how many journeys one chunk of a snapshot holds: chunks are
// encoded and decoded on every core.
const snapshotChunk = 16384

// snapshotFormat names the shape of the journeys a snapshot holds: every field of
// every type in them, so that a retrace whose journeys are shaped otherwise never
// reads an older snapshot into them (gob would leave a new field empty, silently).
var snapshotFormat = sync.OnceValue(func() string {
	var b strings.Builder
	describe(&b, reflect.TypeFor[definitions.Journey](), map[reflect.Type]bool{})
	b.WriteString(buildOf())
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
})

// buildOf names the build of retrace running: how rows become journeys may change
// without any type changing. The commit it was built from, or where there is none
// or the code was changed since, the executable's own hash.
func buildOf() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		var revision string
		modified := true
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if revision != "" && !modified {
			return "commit " + revision
		}
	}
	path, err := os.Executable()
	if err != nil {
		return "unknown build"
	}
	f, err := os.Open(path)
	if err != nil {
		return "unknown build"
	}
	defer f.Close()
	h := sha256.New()
	io.Copy(h, f)
	return "executable " + hex.EncodeToString(h.Sum(nil))
}

// describe writes a type's structure: its kind, and its fields or elements.
func describe(b *strings.Builder, t reflect.Type, seen map[reflect.Type]bool) {
	fmt.Fprintf(b, "%s(", t.String())
	if !seen[t] {
		seen[t] = true
		switch t.Kind() {
		case reflect.Struct:
			for i := range t.NumField() {
				b.WriteString(t.Field(i).Name + ":")
				describe(b, t.Field(i).Type, seen)
			}
		case reflect.Slice, reflect.Array, reflect.Pointer, reflect.Map:
			if t.Kind() == reflect.Map {
				describe(b, t.Key(), seen)
			}
			describe(b, t.Elem(), seen)
		}
	}
	b.WriteString(")")
}

// snapshotVersion is the version a snapshot of the data at version is kept under.
func snapshotVersion(version string) string { return version + ", format " + snapshotFormat() }

// snapshotHead is a snapshot's first chunk.
type snapshotHead struct {
	Quality  figures.Quality
	Journeys int
}

// loadSnapshot gives the journeys of the snapshot taken at version, if there is one.
// Chunks are decoded on every core as they are read. Nearly all that decoding
// allocates is kept, so the collector is paused meanwhile: it would only mark the
// growing journeys over and over.
func loadSnapshot(ctx context.Context, store storage.Store, version string) ([]definitions.Journey, figures.Quality, bool, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	var head snapshotHead
	var out []definitions.Journey
	chunks := make(chan []byte, runtime.GOMAXPROCS(0))
	var decoded sync.WaitGroup
	var errs []error
	var mu sync.Mutex
	k := -1
	found, err := store.Snapshot(ctx, snapshotVersion(version), func(data []byte) error {
		if k++; k == 0 {
			if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&head); err != nil {
				return err
			}
			out = make([]definitions.Journey, head.Journeys)
			decodeChunks(chunks, out, &decoded, func(err error) { mu.Lock(); errs = append(errs, err); mu.Unlock() })
			return nil
		}
		if k > parallel.Parts(head.Journeys, snapshotChunk) {
			return fmt.Errorf("more chunks than %d journeys make", head.Journeys)
		}
		chunks <- data
		return nil
	})
	close(chunks)
	decoded.Wait()
	if err == nil {
		err = errors.Join(errs...)
	}
	if err == nil && found && k != parallel.Parts(head.Journeys, snapshotChunk) {
		err = fmt.Errorf("%d chunks for %d journeys", k, head.Journeys)
	}
	if err != nil {
		return nil, figures.Quality{}, false, fmt.Errorf("the journeys' snapshot: %w", err)
	}
	return out, head.Quality, found, nil
}

// decodeChunks decodes the chunks sent, in order of sending, into out, one a core.
func decodeChunks(chunks <-chan []byte, out []definitions.Journey, done *sync.WaitGroup, fail func(error)) {
	var next atomic.Int64 // the chunk's place, in order of receipt
	var order sync.Mutex
	for range runtime.GOMAXPROCS(0) {
		done.Add(1)
		go func() {
			defer done.Done()
			for {
				order.Lock() // receive and number together, so chunk k lands in slot k
				data, ok := <-chunks
				k := int(next.Add(1) - 1)
				order.Unlock()
				if !ok {
					return
				}
				end := min(len(out), (k+1)*snapshotChunk)
				part := out[k*snapshotChunk : end : end] // a chunk too long cannot spill into the next
				want := len(part)
				if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&part); err != nil {
					fail(err)
				} else if len(part) != want || (want > 0 && &part[0] != &out[k*snapshotChunk]) {
					fail(fmt.Errorf("chunk %d holds %d journeys, not %d", k, len(part), want))
				}
			}
		}()
	}
}

// saveSnapshot keeps the journeys, taken at version, for the reports to come. Chunks
// are encoded a few at a time, one a core, and stored as they come, so that only a
// few are in memory at once.
func saveSnapshot(ctx context.Context, store storage.Store, version string, journeys []definitions.Journey, q figures.Quality) error {
	n := 1 + parallel.Parts(len(journeys), snapshotChunk)
	encode := func(k int) ([]byte, error) {
		var buf bytes.Buffer
		var err error
		if k == 0 {
			err = gob.NewEncoder(&buf).Encode(snapshotHead{q, len(journeys)})
		} else {
			err = gob.NewEncoder(&buf).Encode(journeys[(k-1)*snapshotChunk : min(len(journeys), k*snapshotChunk)])
		}
		if err != nil {
			return nil, fmt.Errorf("the journeys' snapshot: %w", err)
		}
		return buf.Bytes(), nil
	}
	return store.SaveSnapshot(ctx, snapshotVersion(version), func(yield func([]byte, error) bool) {
		batch := runtime.GOMAXPROCS(0)
		for first := 0; first < n; first += batch {
			chunks, errs := make([][]byte, min(batch, n-first)), make([]error, min(batch, n-first))
			parallel.Each(len(chunks), func(i int) { chunks[i], errs[i] = encode(first + i) })
			for i := range chunks {
				if !yield(chunks[i], errs[i]) {
					return
				}
			}
		}
	})
}
