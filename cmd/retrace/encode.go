package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/internal/jsonfile"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/pprl"
)

func (a *app) encodeCmd() *cobra.Command {
	var secretFile, out, schemaFile string
	cmd := &cobra.Command{
		Use:   "encode (BUNDLE | PEOPLE_CSV) --secret FILE --out DIR",
		Short: "Replace a bundle's names and dates of birth with encodings, to link without sharing them",
		Long: `Write a copy of a journey bundle in which people.csv keeps only record_id, source
and clk: a cryptographic long-term key (CLK), a 1792-bit Bloom filter into which the
record's names (after the linkage normaliser, in their variant groups' form; whole,
and token by token), date of birth (the year with two years either side, month, day,
and whether it was estimated), sex, nationality, Home Office reference, place of
birth and language are hashed as q-grams with HMAC-SHA256 under a secret. Every
organisation encodes with the same secret and schema; the hub links the encodings
without seeing a name.
Without the secret a dictionary of names cannot be encoded to compare; still,
encodings are not encryption (many of them can be mined for common patterns), so
share them only as the data themselves are shared.
DIR/schema.json records the schema (--schema FILE to use another). The journey files
are not copied: their free text may name people. The secret file must hold at least
16 bytes; keep it off the hub.

A CSV of person records from elsewhere (not a bundle) is encoded too: its columns
are read by their names as retrace link reads them (surname, gender, date_of_birth
…), and its dates, sexes and nationalities as linking reads them, so that its
encodings link with a bundle's, and its languages as ISO 639-3 codes; a date or
language that cannot be read is encoded as missing, a sex or nationality as written,
and each is reported.`,
		Example: "  retrace encode ./bundle --secret /secure/retrace-secret --out ./bundle-encoded\n  retrace encode referrals.csv --secret /secure/retrace-secret --out ./referrals-encoded",
		Args:    oneArg("the bundle or people CSV to encode"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if secretFile == "" || out == "" {
				return fmt.Errorf("--secret FILE and --out DIR are required")
			}
			secret, err := readSecret(secretFile, "the secret", 16)
			if err != nil {
				return err
			}
			schema := pprl.DefaultSchema()
			if schemaFile != "" {
				if schema, err = readSchema(schemaFile); err != nil {
					return err
				}
			}
			e, err := pprl.NewEncoder(schema, secret, linkage.DefaultVariants())
			if err != nil {
				return err
			}
			if info, err := os.Stat(args[0]); err == nil && info.Mode().IsRegular() && !strings.EqualFold(filepath.Ext(args[0]), ".zip") {
				done, notes, err := pprl.EncodeCSV(args[0], out, e)
				for _, n := range notes {
					fmt.Fprintln(a.stdout, args[0]+": "+n)
				}
				if err != nil {
					return err
				}
				records := "records"
				if done.People == 1 {
					records = "record"
				}
				fmt.Fprintf(a.stdout, "Encoded %d %s into %s.\n", done.People, records, out)
				return nil
			}
			done, err := pprl.EncodeBundle(args[0], out, e)
			if err != nil {
				return err
			}
			if len(done.Lacking) > 0 {
				fmt.Fprintf(a.stdout, "%s: people.csv has no column for %s (other exports have them): encoded as empty.\n", args[0], strings.Join(done.Lacking, ", "))
			}
			fmt.Fprintf(a.stdout, "Encoded %d people into %s.\n", done.People, out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&secretFile, "secret", "", "file holding the secret shared by the organisations (at least 16 bytes)")
	f.StringVar(&out, "out", "", "new folder to write the encoded bundle into")
	f.StringVar(&schemaFile, "schema", "", "schema JSON (default: version 6, in 3136 bits: names, whole and token by token, other names, date of birth, sex, nationality, reference, place of birth, language, contact details, postcode, town, document number, a second person reference)")
	return cmd
}

func readSchema(path string) (pprl.Schema, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return pprl.Schema{}, err
	}
	var s pprl.Schema
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return s, fmt.Errorf("%s: %s", path, jsonfile.Problem(b, err, "version, bits, fields [name, columns, kind, q, k, bits, near]"))
	}
	if err := s.Check(); err != nil {
		return s, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// readSecret reads a secret or key from a file, without the line end an editor adds,
// and refuses one shorter than least bytes.
func readSecret(path, what string, least int) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if b = bytes.TrimSpace(b); len(b) < least {
		return nil, fmt.Errorf("%s (%s) is %d bytes: at least %d are needed", what, path, len(b), least)
	}
	return b, nil
}
