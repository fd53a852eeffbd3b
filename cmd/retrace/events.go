package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/figures"
	"github.com/retrace-uk/retrace/journeys"
	"github.com/retrace-uk/retrace/storage"
)

// eventsAreRaw says what the events commands give: people and raw counts, with no
// disclosure control, which figures.md keeps to analysts.
const eventsAreRaw = "retrace events (people and raw counts, not for publication)"

func (a *app) eventsCmd() *cobra.Command {
	var name, format string
	var summary bool
	cmd := &cobra.Command{
		Use:   "events --definition NAME|all [--format csv|json] [--summary]",
		Short: "The people who count under a definition of re-trafficking, with the evidence",
		Long: `For a definition (see retrace definitions list), every linked person who counts: the
date of the counted event and the evidence (which referrals, follow-ups or support
episodes, with their dates). Columns: person_id, record_ids (the person's source
records, ;-joined), event_date, evidence, then the definition and its version.
--definition all --summary prints the number
of people counted under each definition side by side. Persons are the links of the
last retrace link.`,
		Example: "  retrace events --definition re-trafficking\n  retrace events --definition all --summary\n  retrace events why P00000042 --definition re-trafficking",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if name == "" {
				return fmt.Errorf("--definition is required: a definition's name, or all (retrace definitions list)")
			}
			defs, err := a.loadDefinitions()
			if err != nil {
				return err
			}
			if name != "all" {
				d, err := definitions.Named(defs, name)
				if err != nil {
					return err
				}
				defs = []definitions.Definition{d}
			} else if !summary {
				return fmt.Errorf("--definition all needs --summary (a count per definition); for the events themselves name one definition")
			}
			if format != "" && format != "csv" && format != "json" {
				return fmt.Errorf("--format %q: use csv or json", format)
			}
			journeys, _, err := a.readJourneys(cmd.Context(), journeyRead{action: "events", subject: "all linked people",
				detail: definitionsDetail(defs, a.definitions), role: storage.RoleAnalyst, what: eventsAreRaw})
			if err != nil {
				return err
			}
			if summary {
				return a.printSummary(defs, journeys, format)
			}
			return a.printEvents(defs[0], journeys, format)
		},
	}
	cmd.Flags().StringVar(&name, "definition", "", "a definition's name, or all")
	cmd.Flags().StringVar(&format, "format", "", "csv or json (default: csv; with --summary, a table)")
	cmd.Flags().BoolVar(&summary, "summary", false, "the number of people counted under each definition")
	cmd.AddCommand(a.eventsWhyCmd())
	return a.withDefinitions(cmd)
}

func (a *app) eventsWhyCmd() *cobra.Command {
	var name string
	cmd := &cobra.Command{
		Use:   "why PERSON_ID --definition NAME",
		Short: "Explain why a person does or does not count under a definition",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := a.definition(name)
			if err != nil {
				return err
			}
			journeys, _, err := a.readJourneys(cmd.Context(), journeyRead{action: "events why", subject: "person " + args[0],
				detail: definitionsDetail([]definitions.Definition{d}, a.definitions), role: storage.RoleAnalyst, what: eventsAreRaw})
			if err != nil {
				return err
			}
			for _, j := range journeys {
				if j.PersonID == args[0] {
					a.printWhy(d, j)
					return nil
				}
			}
			return fmt.Errorf("no linked person has the id %q (retrace link gives each linked record a person id)", args[0])
		},
	}
	cmd.Flags().StringVar(&name, "definition", "", "a definition's name")
	cmd.MarkFlagRequired("definition")
	return cmd
}

// journeyRead says why a command reads the journeys: for the audit log, for the
// role it needs, and whether for a report.
type journeyRead struct {
	action, subject, detail string
	forReport               bool   // every table, kept as the snapshot
	role, what              string // the role the reader must have for what (none: any user)
}

// readJourneys reads every linked person's journey from the database, once the reader
// is found to have the role it needs, recording the read in the audit log. It also
// describes the person records read, linked or not.
func (a *app) readJourneys(ctx context.Context, r journeyRead) ([]definitions.Journey, figures.Quality, error) {
	store, err := a.openExisting(ctx)
	if err != nil {
		return nil, figures.Quality{}, err
	}
	defer store.Close()
	if r.role != "" {
		if err := mustBe(ctx, store, r.role, r.what); err != nil {
			return nil, figures.Quality{}, err
		}
	}
	if err := store.Audit(ctx, storage.AuditEvent{Actor: actor(), Action: r.action, Subject: r.subject, Detail: r.detail}); err != nil {
		return nil, figures.Quality{}, err
	}
	js, q, err := journeys.Load(ctx, store, r.forReport, a.stageProgress(), func(err error) { fmt.Fprintln(a.stderr, "warning:", err) })
	if err == nil && q.Unlinked > 0 {
		fmt.Fprintf(a.stderr, "warning: %d of %d person records are not linked yet and are left out: run retrace link (or retrace link --incremental)\n", q.Unlinked, q.Records)
	}
	return js, q, err
}

// definitionsDetail names the definitions used, with their versions and where they
// came from, for the audit log.
func definitionsDetail(defs []definitions.Definition, folder string) string {
	names := make([]string, len(defs))
	for i, d := range defs {
		names[i] = fmt.Sprintf("%s v%d (%s)", d.Name, d.Version, d.Fingerprint())
	}
	text := "definitions " + strings.Join(names, ", ")
	if folder != "" {
		text += " (folder " + folder + ")"
	}
	return text
}

type eventRow struct {
	Definition string `json:"definition"`
	Version    int    `json:"version"`
	PersonID   string `json:"person_id"`
	RecordIDs  string `json:"record_ids"`
	EventDate  string `json:"event_date"`
	Evidence   string `json:"evidence"`
}

func (a *app) printEvents(d definitions.Definition, journeys []definitions.Journey, format string) error {
	var rows []eventRow
	for _, j := range journeys {
		if v := definitions.Count(d, j); v.Event != nil {
			rows = append(rows, eventRow{d.Name, d.Version, v.Event.PersonID, strings.Join(v.Event.Records, ";"), v.Event.Date.String(), v.Event.Evidence})
		}
	}
	if format == "json" {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if rows == nil {
			rows = []eventRow{}
		}
		return enc.Encode(map[string]any{"definition": d.Name, "version": d.Version, "fingerprint": d.Fingerprint(), "people": len(rows), "events": rows})
	}
	// The definition and its version end every row: each output names what it counts.
	w := csv.NewWriter(a.stdout)
	w.Write([]string{"person_id", "record_ids", "event_date", "evidence", "definition", "version"})
	for _, r := range rows {
		w.Write([]string{r.PersonID, r.RecordIDs, r.EventDate, r.Evidence, r.Definition, strconv.Itoa(r.Version)})
	}
	w.Flush()
	return w.Error()
}

// printSummary counts the people under each definition: a table, or with --format
// json one document.
func (a *app) printSummary(defs []definitions.Definition, journeys []definitions.Journey, format string) error {
	type counted struct {
		Name        string `json:"definition"`
		Version     int    `json:"version"`
		Fingerprint string `json:"fingerprint"`
		People      int    `json:"people"`
	}
	var rows []counted
	for _, d := range defs {
		n := 0
		for _, j := range journeys {
			if definitions.Count(d, j).Event != nil {
				n++
			}
		}
		rows = append(rows, counted{d.Name, d.Version, d.Fingerprint(), n})
	}
	switch format {
	case "json":
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"linked_people": len(journeys), "definitions": rows, "disclosure": "none: raw counts, not for publication"})
	case "csv":
		w := csv.NewWriter(a.stdout)
		w.Write([]string{"definition", "version", "fingerprint", "people", "linked_people"})
		for _, r := range rows {
			w.Write([]string{r.Name, strconv.Itoa(r.Version), r.Fingerprint, strconv.Itoa(r.People), strconv.Itoa(len(journeys))})
		}
		w.Flush()
		return w.Error()
	}
	w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "definition\tversion\tpeople counted\tof linked people\t\n")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t\n", r.Name, r.Version, r.People, len(journeys))
	}
	fmt.Fprintln(w, "Raw counts, for analysts: not for publication (no disclosure control).")
	return w.Flush()
}

func (a *app) printWhy(d definitions.Definition, j definitions.Journey) {
	v := definitions.Count(d, j)
	fmt.Fprintf(a.stdout, "Person %s (records %s) under %s version %d:\n", j.PersonID, strings.Join(j.Records, ", "), d.Name, d.Version)
	if len(v.Episodes) > 0 {
		fmt.Fprintln(a.stdout, "Episodes:")
		for _, e := range v.Episodes {
			exit := "no exit known"
			if !e.Exit.IsZero() {
				exit = "exit " + e.Exit.String()
			}
			fmt.Fprintf(a.stdout, "  %s: started %s, %s\n", e.Label(), e.Start, exit)
		}
	}
	fmt.Fprintln(a.stdout, "Reasoning:")
	for _, r := range v.Reasons {
		fmt.Fprintf(a.stdout, "  %s\n", r)
	}
	if v.Event != nil {
		fmt.Fprintf(a.stdout, "Counts: event on %s — %s\n", v.Event.Date, v.Event.Evidence)
	} else {
		fmt.Fprintln(a.stdout, "Does not count.")
	}
}
