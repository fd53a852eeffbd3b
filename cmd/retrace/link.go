package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	linkexamples "github.com/retrace-uk/retrace/examples/linkage"
	"github.com/retrace-uk/retrace/linkage"
	"github.com/retrace-uk/retrace/linkdb"
)

func (a *app) linkCmd() *cobra.Command {
	var settingsPath, modelPath, saveModel, out, truth string
	var incremental bool
	var errorPatterns int
	cmd := &cobra.Command{
		Use:   "link [PEOPLE_CSV... --out CLUSTERS_CSV]",
		Short: "Find the records that are one person (record linkage)",
		Long: `Link the records of a people.csv: records are blocked (only records that share a key
under some blocking rule are compared), compared field by field in levels, scored by
a Fellegi–Sunter model (u from random pairs, m by expectation–maximisation, names
weighted by how common they are), and joined into people, with a guard against
chaining unlike records together. Writes record_id,person_id. Several files of one
layout (each organisation's, or each one's encodings) are linked together as one;
their record ids must be unique across them.

The settings (--settings, JSON) name the columns, comparisons, blocking rules and
thresholds; the defaults fit a journey bundle's people.csv, with the columns renamed
to the file's names for them, or, for a file of encodings from retrace encode (a clk
column), the encoded settings built in (examples/linkage/encoded.json). A trained
model is saved with --save-model and reused with --model.

With no file, links the person records in the database: each record gets a person
id, kept from run to run while nothing about that person changes; pairs in the
uncertain band go to the review queue (retrace link review), and reviewers'
decisions (retrace link decide) win over the model. --incremental links only the
records not linked before, with the last run's model, without relinking the rest.`,
		Example: "  retrace link bundle/people.csv --out clusters.csv --save-model model.json\n  retrace link org1-encoded/people.csv org2-encoded/people.csv --out clusters.csv\n  retrace link\n  retrace link --incremental",
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			limitLinkMemory()
			if len(args) == 0 {
				return a.linkDatabase(cmd, settingsPath, modelPath, saveModel, incremental)
			}
			if out == "" {
				return fmt.Errorf("--out CLUSTERS_CSV is required when linking a file")
			}
			l, d, err := a.linker(args, settingsPath, modelPath, a.stdout)
			if err != nil {
				return err
			}
			for _, n := range l.Notes() {
				if len(args) == 1 && !strings.HasPrefix(n, args[0]) { // a workbook's sheets name themselves
					n = args[0] + ": " + n
				}
				fmt.Fprintln(a.stdout, n)
			}
			opt := linkage.Options{Progress: a.stageProgress()}
			var truePerson []string
			if truth != "" {
				if truePerson, err = readTruth(truth, d); err != nil {
					return err
				}
				// Only the true pairs are needed to measure blocking recall.
				opt.Keep = func(i, j int) bool { return truePerson[i] != "" && truePerson[i] == truePerson[j] }
			}
			start := time.Now()
			res, err := l.Link(cmd.Context(), opt)
			if err != nil {
				return err
			}
			if saveModel != "" {
				if err := res.Model.Save(saveModel); err != nil {
					return err
				}
			}
			people, err := writeClusters(out, d, res)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "Linked %d records into %d people in %.1fs; %d pairs compared, %d to review, %d strong pairs held apart.\n",
				d.Len(), people, time.Since(start).Seconds(), res.Blocking.Pairs, len(res.Review), len(res.HeldApart))
			for _, r := range res.Blocking.Rules {
				fmt.Fprintf(a.stdout, "  blocking rule %-32q %9d pairs, %d keys too common for a block (neighbours only)\n", r.Name, r.Pairs, r.WideKeys)
			}
			a.notePriorAtBound(res.Model)
			if truth != "" {
				a.printAgainstTruth(truePerson, l, d, res)
				a.printErrors(truePerson, l, res, errorPatterns)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&settingsPath, "settings", "", "linkage settings (JSON); default: for journey-bundle people.csv")
	f.StringVar(&modelPath, "model", "", "use this trained model instead of training")
	f.StringVar(&saveModel, "save-model", "", "save the trained model (settings and parameters) here")
	f.StringVar(&out, "out", "", "write record_id,person_id here")
	f.StringVar(&truth, "truth", "", "file: record_id,person_id truth, to report blocking recall, precision, recall and F1")
	f.IntVar(&errorPatterns, "errors", 0, "with --truth: list the N commonest ways pairs were missed or falsely linked, by comparison level, and each level's trained m beside the truth's")
	f.BoolVar(&incremental, "incremental", false, "database: link only records not linked before, with the last run's model")
	cmd.AddCommand(a.linkEvalCmd(), a.linkExplainCmd(), a.linkReviewCmd(), a.linkDecideCmd(), a.linkSettingsCmd())
	return cmd
}

// linker reads the data and settings (or a model's settings); without either, the
// settings are the defaults for the columns the file has, and what was read as what
// is written to report.
func (a *app) linker(peoplePaths []string, settingsPath, modelPath string, report io.Writer) (*linkage.Linker, *linkage.Dataset, error) {
	tables, err := linkage.ReadTableFiles(peoplePaths)
	if err != nil {
		return nil, nil, err
	}
	var settings linkage.Settings
	var model *linkage.Model
	switch {
	case modelPath != "" && settingsPath != "":
		return nil, nil, fmt.Errorf("--model brings its own settings: give --settings or --model, not both")
	case modelPath != "":
		if model, err = linkage.LoadModel(modelPath); err != nil {
			return nil, nil, err
		}
		settings = model.Settings
	case settingsPath != "":
		if settings, err = linkage.ReadSettings(settingsPath); err != nil {
			return nil, nil, err
		}
	case !sameHeaders(tables):
		return a.linkerOfLayouts(tables, report)
	default:
		var read string
		if settings, read, err = settingsForTables(tables); err != nil {
			return nil, nil, err
		}
		fmt.Fprintln(report, read)
	}
	d, err := linkage.DatasetOf(tables, settings.IDColumn)
	if err != nil {
		return nil, nil, err
	}
	l, err := linkdb.Linker(settings, model, d)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", strings.Join(peoplePaths, ", "), err) // a column the settings name is missing
	}
	return l, d, nil
}

// linkerOfLayouts reads tables of different layouts, each by its own column names
// (linkage.ReadLayouts), and says how each was read.
func (a *app) linkerOfLayouts(tables []*linkage.Table, report io.Writer) (*linkage.Linker, *linkage.Dataset, error) {
	layouts, err := linkage.ReadLayouts(tables)
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(report, "The %d files have columns of their own: each is read by its own names, and the records are linked as one.\n", len(tables))
	for _, r := range layouts.Read {
		fmt.Fprintln(report, r)
	}
	var paths []string
	for _, t := range tables {
		paths = append(paths, t.Path)
	}
	l, err := linkdb.Linker(layouts.Settings, nil, layouts.Data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", strings.Join(paths, ", "), err)
	}
	return l, layouts.Data, nil
}

// sameHeaders: the tables' first rows are the same column names.
func sameHeaders(tables []*linkage.Table) bool {
	for _, t := range tables[1:] {
		if !slices.Equal(t.Header, tables[0].Header) {
			return false
		}
	}
	return true
}

// writeClusters writes record_id,person_id; a person is named by the first of its
// records, so the same links give the same ids.
func writeClusters(path string, d *linkage.Dataset, res *linkage.Result) (int, error) {
	people := map[int32]bool{}
	err := writeCSV(path, []string{"record_id", "person_id"}, func(w *csv.Writer) {
		for i, c := range res.Cluster {
			people[c] = true
			w.Write([]string{d.ID(i), "P-" + d.ID(int(c))})
		}
	})
	return len(people), err
}

func (a *app) linkEvalCmd() *cobra.Command {
	var truth, pattern, clusters string
	cmd := &cobra.Command{
		Use:   "eval (--truth TRUTH_CSV | --truth-pattern REGEXP) [--clusters CLUSTERS_CSV]",
		Short: "Score linked clusters against the truth: pairwise precision, recall and F1",
		Long: `Compare record_id,person_id as linked with record_id,person_id as they truly are,
counting pairs of records: precision, recall and F1. Without --clusters, the links in
the database are scored. Where the truth is written in the record ids (FEBRL's
rec-12-org and rec-12-dup-0), --truth-pattern reads it from them: the first
parenthesised group of the regular expression is the person.`,
		Example: "  retrace link eval --truth synthetic/truth/records.csv --clusters clusters.csv\n  retrace link eval --truth synthetic/truth/records.csv\n  retrace link eval --truth-pattern 'rec-(\\d+)-' --clusters clusters.csv",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			truthOf, err := truthReader(truth, pattern)
			if err != nil {
				return err
			}
			c, err := a.linkedClusters(cmd, clusters)
			if err != nil {
				return err
			}
			var pred, tru []string
			for id, person := range c {
				tp, err := truthOf(id)
				if err != nil {
					return fmt.Errorf("%s: %w", clusters, err)
				}
				pred, tru = append(pred, person), append(tru, tp)
			}
			s := linkage.Evaluate(pred, tru)
			fmt.Fprintf(a.stdout, "records %d\ntrue pairs %d\npredicted pairs %d\ncorrect pairs %d\nprecision %.4f\nrecall %.4f\nF1 %.4f\n",
				len(pred), s.TruePairs, s.PredictedPairs, s.CorrectPairs, s.Precision, s.Recall, s.F1)
			return nil
		},
	}
	cmd.Flags().StringVar(&truth, "truth", "", "record_id,person_id as they truly are")
	cmd.Flags().StringVar(&pattern, "truth-pattern", "", "read each record's true person from its id: the first group of this regular expression")
	cmd.Flags().StringVar(&clusters, "clusters", "", "record_id,person_id as linked (default: the database's links)")
	cmd.MarkFlagsOneRequired("truth", "truth-pattern")
	cmd.MarkFlagsMutuallyExclusive("truth", "truth-pattern")
	return cmd
}

// truthReader gives each record's true person, from a truth file or from the record
// id itself.
func truthReader(path, pattern string) (func(id string) (string, error), error) {
	if pattern != "" {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, fmt.Errorf("--truth-pattern: %w", err)
		}
		if re.NumSubexp() < 1 {
			return nil, fmt.Errorf("--truth-pattern '%s': put the person's part of the id in parentheses, e.g. 'rec-(\\d+)-'", pattern)
		}
		return func(id string) (string, error) {
			m := re.FindStringSubmatch(id)
			if m == nil {
				return "", fmt.Errorf("record %q does not match --truth-pattern '%s'", id, pattern)
			}
			return m[1], nil
		}, nil
	}
	t, err := readPairsCSV(path)
	if err != nil {
		return nil, err
	}
	return func(id string) (string, error) {
		if p, ok := t[id]; ok {
			return p, nil
		}
		return "", fmt.Errorf("record %q is not in %s", id, path)
	}, nil
}

// linkedClusters reads a clusters file, or the database's links.
func (a *app) linkedClusters(cmd *cobra.Command, path string) (map[string]string, error) {
	if path != "" {
		return readPairsCSV(path)
	}
	store, err := a.openExisting(cmd.Context())
	if err != nil {
		return nil, err
	}
	defer store.Close()
	links, err := store.PersonLinks(cmd.Context())
	if err == nil && len(links) == 0 {
		err = fmt.Errorf("the database has no links yet: run retrace link")
	}
	return links, err
}

// readTruth gives each record of d its true person ("" when the truth file does not
// have it).
func readTruth(path string, d *linkage.Dataset) ([]string, error) {
	t, err := readPairsCSV(path)
	if err != nil {
		return nil, err
	}
	person := make([]string, d.Len())
	known := 0
	for i := range person {
		if person[i] = t[d.ID(i)]; person[i] != "" {
			known++
		}
	}
	if known == 0 && d.Len() > 0 {
		return nil, fmt.Errorf("%s: none of the %d records' ids is in the truth file: it must give record_id,person_id for the ids the records are read by (the first lines of output say which column that is)", path, d.Len())
	}
	return person, nil
}

// printAgainstTruth reports blocking recall and pairwise scores, over all records
// and over those with something to identify them by.
func (a *app) printAgainstTruth(truth []string, l *linkage.Linker, d *linkage.Dataset, res *linkage.Result) {
	identifiable, known := make([]string, d.Len()), make([]string, d.Len())
	pred, predIdent, truthIdent := make([]string, d.Len()), make([]string, 0, d.Len()), make([]string, 0, d.Len())
	for i := range truth {
		pred[i], known[i] = d.ID(int(res.Cluster[i])), truth[i]
		if known[i] == "" {
			known[i] = "\x00" + d.ID(i) // not in the truth file: a person of its own
		}
		if l.Identifiable(i) {
			identifiable[i] = truth[i]
			predIdent, truthIdent = append(predIdent, pred[i]), append(truthIdent, known[i])
		}
	}
	recall, pairs := linkage.BlockingRecall(res, truth)
	fmt.Fprintf(a.stdout, "Blocking recall %.4f: %d true pairs, of which blocking compared %.0f.\n", recall, pairs, recall*float64(pairs))
	recall, pairs = linkage.BlockingRecall(res, identifiable)
	fmt.Fprintf(a.stdout, "Of the %d true pairs of records with a name, date of birth or reference: %.4f.\n", pairs, recall)
	missed, linkable := l.MissedLinkable(res, truth)
	fmt.Fprintf(a.stdout, "Of the %d true pairs blocking did not compare, %d would have been linked had they been compared.\n", missed, linkable)
	s := linkage.Evaluate(pred, known)
	fmt.Fprintf(a.stdout, "Linked pairs against the truth: precision %.4f, recall %.4f, F1 %.4f.\n", s.Precision, s.Recall, s.F1)
	s = linkage.Evaluate(predIdent, truthIdent)
	fmt.Fprintf(a.stdout, "Among records with a name, date of birth or reference: precision %.4f, recall %.4f, F1 %.4f.\n", s.Precision, s.Recall, s.F1)
}

// printErrors lists the n commonest comparison patterns among missed and among false
// pairs: where the model or the settings go wrong. Levels only, never values.
func (a *app) printErrors(truth []string, l *linkage.Linker, res *linkage.Result, n int) {
	if n <= 0 {
		return
	}
	missed, joined := l.Errors(res, truth)
	names := l.ComparisonNames()
	for _, list := range []struct {
		title    string
		patterns []linkage.ErrorPattern
	}{{"True pairs not linked", missed}, {"Pairs of different people linked", joined}} {
		var total int64
		for _, p := range list.patterns {
			total += p.Pairs
		}
		fmt.Fprintf(a.stdout, "%s: %d, in %d patterns; the commonest (pairs, mean match weight, levels; comparisons with no value left out):\n", list.title, total, len(list.patterns))
		for _, p := range list.patterns[:min(n, len(list.patterns))] {
			var levels []string
			for c, level := range p.Levels {
				if level != "" {
					levels = append(levels, names[c]+" "+level)
				}
			}
			fmt.Fprintf(a.stdout, "  %7d %+6.1f  %s\n", p.Pairs, p.MeanWeight, strings.Join(levels, "; "))
		}
	}
	a.printMAgainstTruth(truth, l, res.Model)
}

// notePriorAtBound says when training stopped at max_matches_per_record's bound.
func (a *app) notePriorAtBound(m *linkage.Model) {
	if m != nil && m.BoundAsSet > 0 {
		fmt.Fprintf(a.stdout, "max_matches_per_record raised from %g to %g: records the same in names and date of birth alone pair up more often than it allowed.\n",
			m.BoundAsSet, m.Settings.MaxMatchesPerRecord)
	}
	if m != nil && m.PriorAtBound() {
		fmt.Fprintf(a.stdout, "Training stopped the prior at the bound max_matches_per_record sets (%g pairs of one person's records per record); if people repeat more often in these data, raise it.\n", m.Settings.MaxMatchesPerRecord)
	}
}

// printMAgainstTruth sets each level's trained m beside the share of true pairs at
// that level: where EM, working without labels, misjudged how one person's records
// differ.
func (a *app) printMAgainstTruth(truth []string, l *linkage.Linker, model *linkage.Model) {
	measured := l.MAgainstTruth(truth)
	fmt.Fprintln(a.stdout, "Each level's m as trained, beside the share of true pairs at that level, and u:")
	for c, tc := range model.Comparisons {
		for k, lv := range tc.Levels[1:] {
			fmt.Fprintf(a.stdout, "  %-16s %-60s m %.4f  true %.4f  u %.6f\n", tc.Name, lv.Label, lv.M, measured[c][k+1], lv.U)
		}
	}
}

// stageProgress is a progress bar on a terminal for long linking stages.
func (a *app) stageProgress() func(stage string, done, total int) {
	f := a.terminal()
	if f == nil {
		return nil
	}
	var bar *progressbar.ProgressBar
	// total is -1 when it is not known beforehand: the bar then counts up.
	return func(stage string, done, total int) {
		if bar == nil {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription(stage),
				progressbar.OptionShowCount(), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
		}
		bar.Set(done)
		if done == total {
			bar.Finish()
			bar = nil
		}
	}
}

// settingsForTable are the settings for a file given none, and what was read as what:
// for encodings (a clk column, from retrace encode), the built-in encoded settings;
// otherwise the defaults with the columns the file has (linkage.SettingsForTable).
func settingsForTables(tables []*linkage.Table) (linkage.Settings, string, error) {
	t := tables[0]
	if slices.ContainsFunc(t.Header, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), "clk") }) {
		f, err := linkexamples.Settings.Open(encodedSettings)
		if err != nil {
			return linkage.Settings{}, "", err
		}
		defer f.Close()
		s, err := linkage.DecodeSettings(f, "examples/linkage/"+encodedSettings)
		return s, "Encodings (a clk column, from retrace encode): linked with the encoded settings built in (examples/linkage/" + encodedSettings + ").", err
	}
	s, read, err := linkage.SettingsForTables(tables)
	if err != nil {
		return s, "", fmt.Errorf("%w; or give --settings", err)
	}
	return s, read.String(), nil
}

// encodedSettings are the settings built in for encodings of the current schema.
const encodedSettings = "encoded.json"

// readPairsCSV reads each record's person: from the columns record_id and person_id
// (or other names for them: id, true_id, cluster…), or else the first two columns.
func readPairsCSV(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, header, err := linkage.OpenCSV(f) // separated as the people file may be
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(header) < 2 {
		return nil, fmt.Errorf("%s: line 1 (the header): %d column; two are needed, of record ids and person ids", path, len(header))
	}
	idCol, personCol := linkage.IDColumn(header), linkage.TruthColumn(header)
	id, person := 0, 1
	switch {
	case idCol != "" && personCol != "":
		id, person = slices.Index(header, idCol), slices.Index(header, personCol)
	case len(header) == 2 && idCol != "": // the other column is the person
		id = slices.Index(header, idCol)
		person = 1 - id
	case len(header) == 2 && personCol != "":
		person = slices.Index(header, personCol)
		id = 1 - person
	case len(header) > 2:
		return nil, fmt.Errorf("%s: found no columns of record ids and person ids (record_id or id; person_id, true_id or cluster_id)", path)
	}
	if id == person {
		return nil, fmt.Errorf("%s: the record ids and the person ids are the same column", path)
	}
	out := map[string]string{}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err) // a csv.ParseError names its line
		}
		if max(id, person) >= len(row) {
			line, _ := r.FieldPos(0)
			return nil, fmt.Errorf("%s: line %d: %d cells, fewer than the header's %d", path, line, len(row), len(header))
		}
		out[row[id]] = row[person]
	}
}

func (a *app) linkSettingsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "settings PEOPLE_CSV",
		Short: "Print the settings retrace link would use for a file, to edit and give with --settings",
		Long: `Print, as JSON, the settings retrace link uses for a file when given none: the
defaults for a journey bundle's people.csv, with the columns renamed to the file's
names for them (surname, first_name, date_of_birth…) and what the file lacks left
out. Save them, edit them, and give them to retrace link --settings.`,
		Example: "  retrace link settings people.csv > settings.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			t, err := linkage.ReadTableFile(args[0])
			if err != nil {
				return err
			}
			s, read, err := settingsForTables([]*linkage.Table{t})
			if err != nil {
				return err
			}
			fmt.Fprintln(a.stderr, read)
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(s)
		},
	}
}

func (a *app) linkExplainCmd() *cobra.Command {
	var people, settingsPath, modelPath string
	cmd := &cobra.Command{
		Use:   "explain RECORD_A RECORD_B [--people PEOPLE_CSV]",
		Short: "Show how two records were scored, comparison by comparison",
		Long: `Print a text waterfall for two records: the prior, then each comparison's level
and match weight, and the total with the probability that they are one person.
Without --people, the records come from the database and the model from its last
link run. With --people, give the model the link was made with (--model); without
one, a model is trained first.`,
		Example: "  retrace link explain ORG01-000001 ORG02-000003\n  retrace link explain ORG01-000001 ORG02-000003 --people bundle/people.csv --model model.json",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if people == "" {
				return a.explainDatabase(cmd, args[0], args[1])
			}
			l, _, err := a.linker([]string{people}, settingsPath, modelPath, a.stderr) // stdout is the explanation
			if err != nil {
				return err
			}
			if modelPath == "" {
				if _, err := l.Link(cmd.Context(), linkage.Options{}); err != nil {
					return err
				}
			}
			return l.Explain(a.stdout, args[0], args[1])
		},
	}
	cmd.Flags().StringVar(&people, "people", "", "the people.csv holding both records")
	cmd.Flags().StringVar(&settingsPath, "settings", "", "linkage settings (JSON)")
	cmd.Flags().StringVar(&modelPath, "model", "", "the trained model")
	return cmd
}

// linkMemoryLimit is the soft limit on the Go heap while linking: near it the
// collector works harder instead of letting garbage double the footprint, so
// linking a million records stays near 3 GB. GOMEMLIMIT overrides it.
const linkMemoryLimit = 3 << 30

func limitLinkMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(linkMemoryLimit)
	}
}
