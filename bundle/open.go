package bundle

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Bundle is a journey bundle opened for reading: a folder, or a .zip of one.
type Bundle struct {
	Name    string
	files   map[string]source // by bundle file name
	Unknown []string          // files and folders that are not part of the format, not read
	zip     *zip.ReadCloser
}

type source struct {
	size int64
	open func() (io.ReadCloser, error)
}

// Open opens a bundle folder or .zip file. A zip may hold the files at its root or
// inside one folder.
func Open(p string) (*Bundle, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("bundle %s: %w", p, err)
	}
	b := &Bundle{Name: filepath.Base(p), files: map[string]source{}}
	if info.IsDir() {
		err = b.openDir(p)
	} else if strings.EqualFold(filepath.Ext(p), ".zip") {
		err = b.openZip(p)
	} else {
		return nil, fmt.Errorf("bundle %s: not a folder or a .zip file", p)
	}
	if err != nil {
		b.Close()
		return nil, err
	}
	if _, ok := b.files[People.File]; !ok {
		b.Close()
		return nil, fmt.Errorf("bundle %s: has no people.csv (every bundle needs one; the other files are optional)", p)
	}
	sort.Strings(b.Unknown)
	return b, nil
}

func (b *Bundle) openDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("bundle %s: %w", dir, err)
	}
	for _, e := range entries {
		if e.IsDir() {
			if !strings.HasPrefix(e.Name(), ".") {
				b.Unknown = append(b.Unknown, e.Name()+"/")
			}
			continue
		}
		full := filepath.Join(dir, e.Name())
		info, err := e.Info()
		if err != nil {
			return err
		}
		b.add(e.Name(), info.Size(), func() (io.ReadCloser, error) { return os.Open(full) })
	}
	return nil
}

func (b *Bundle) openZip(p string) error {
	z, err := zip.OpenReader(p)
	if err != nil {
		return fmt.Errorf("bundle %s: %w", p, err)
	}
	b.zip = z
	prefix, err := zipPrefix(z.File)
	if err != nil {
		return fmt.Errorf("bundle %s: %w", p, err)
	}
	for _, f := range z.File {
		name := f.Name
		if f.FileInfo().IsDir() || strings.HasPrefix(name, "__MACOSX/") || strings.HasPrefix(path.Base(name), ".") {
			continue
		}
		rest, inside := strings.CutPrefix(name, prefix)
		if !inside || strings.Contains(rest, "/") {
			b.Unknown = append(b.Unknown, name)
			continue
		}
		b.add(rest, int64(f.UncompressedSize64), f.Open)
	}
	return nil
}

// zipPrefix finds the one folder that holds people.csv inside a zip.
func zipPrefix(files []*zip.File) (string, error) {
	var found []string
	for _, f := range files {
		if strings.EqualFold(path.Base(f.Name), People.File) && !strings.HasPrefix(f.Name, "__MACOSX/") {
			found = append(found, path.Dir(f.Name))
		}
	}
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		if found[0] == "." {
			return "", nil
		}
		return found[0] + "/", nil
	}
	return "", fmt.Errorf("the zip holds people.csv in several folders (%s): put one bundle in each zip", strings.Join(found, ", "))
}

// RejectedErrors is the file --rejected writes beside the rejected rows; a bundle
// made of rejected rows is imported without it.
const RejectedErrors = "errors.csv"

func (b *Bundle) add(name string, size int64, open func() (io.ReadCloser, error)) {
	if strings.HasPrefix(name, ".") || name == RejectedErrors {
		return
	}
	k := KindOf(strings.ToLower(name))
	if k == nil {
		b.Unknown = append(b.Unknown, name)
		return
	}
	b.files[k.File] = source{size: size, open: open}
}

// Has reports whether the bundle has the kind's file.
func (b *Bundle) Has(k *Kind) bool { _, ok := b.files[k.File]; return ok }

// Size is the bytes of all the bundle's files, for progress.
func (b *Bundle) Size() int64 {
	var n int64
	for _, f := range b.files {
		n += f.size
	}
	return n
}

// Close releases the zip file, if any.
func (b *Bundle) Close() error {
	if b.zip != nil {
		return b.zip.Close()
	}
	return nil
}

// FileSize is the size in bytes of the kind's file, 0 if absent.
func (b *Bundle) FileSize(k *Kind) int64 { return b.files[k.File].size }

// OpenRaw opens a kind's file as it is, undecoded.
func (b *Bundle) OpenRaw(k *Kind) (io.ReadCloser, error) {
	src, ok := b.files[k.File]
	if !ok {
		return nil, fmt.Errorf("bundle has no %s", k.File)
	}
	return src.open()
}

// CopyRaw writes a kind's file, as it is, to the path to (replacing a file there).
func (b *Bundle) CopyRaw(k *Kind, to string) error {
	in, err := b.OpenRaw(k)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
