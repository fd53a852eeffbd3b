package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace"
	"github.com/retrace-uk/retrace/definitions"
	"github.com/retrace-uk/retrace/disclosure"
	"github.com/retrace-uk/retrace/figures"
	"github.com/retrace-uk/retrace/storage"
)

func (a *app) reportCmd() *cobra.Command {
	var from, to, observationEnd, name, rule, format, out string
	cmd := &cobra.Command{
		Use:   "report --from DATE --to DATE --format json --out PATH",
		Short: "The figures for a period, with disclosure control",
		Long: `Figures 1 to 7 of figures.md for the period [--from, --to], both days included:
referrals and Duty to Notify reports, people referred, people referred more than once,
returned to support, missing from support, risk recorded, and re-trafficking under
each definition (people with an event in the period, and Kaplan–Meier cumulative
incidence at 6, 12 and 24 months since the first exit, censored at --observation-end
or death).

Disclosure control is on: counts 1 to 9 are [c], others rounded to the nearest 5,
and shares and incidence hidden where their counts are. --disclosure none gives raw
counts (and the full curve), marked NOT FOR PUBLICATION, for analysts only.

Figure 8: of the people who left support in the period, the share who had achieved
each reintegration domain, and their re-trafficking incidence 12 months on by whether
they had (an association, never a cause). Breakdowns: referrals and people referred by
sex, nationality, age at exploitation, exploitation type and first responder type, and
the figures of people by sex and nationality. Data quality: records, estimated dates of
birth, unlinked records.

Formats: html (one self-contained page that reads like a statistical release, with
charts of cumulative incidence), json (figures.md's machine-readable form), csv (a
folder of one CSV file a table) and xlsx (a workbook laid out as the GSS asks: cover,
contents, notes, a table a sheet).`,
		Example: "  retrace report --from 2023-01-01 --to 2023-12-31 --format json --out figures-2023.json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opt, err := a.reportOptions(from, to, name, rule)
			if err != nil {
				return err
			}
			switch format {
			case "html", "json", "csv", "xlsx":
			default:
				return fmt.Errorf("--format %q: use html, json, csv or xlsx", format)
			}
			if out == "" {
				return fmt.Errorf("--out PATH is required (- for standard output)")
			}
			read := journeyRead{action: "report", subject: "all linked people", forReport: true,
				detail: fmt.Sprintf("period %s to %s, disclosure %s; %s", from, to, opt.Rule, definitionsDetail(opt.Definitions, a.definitions))}
			if opt.Rule == disclosure.None {
				read.role, read.what = storage.RoleAnalyst, "--disclosure none (raw counts, not for publication)"
			}
			journeys, quality, err := a.readJourneys(cmd.Context(), read)
			if err != nil {
				return err
			}
			report, err := reportOf(journeys, quality, opt, observationEnd)
			if err != nil {
				return err
			}
			if format == "csv" {
				if out == "-" {
					return fmt.Errorf("--format csv writes a folder of files: give --out a folder")
				}
				if err := report.WriteCSV(out); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "Wrote the report's tables as CSV files in %s.\n", out)
				return nil
			}
			if format == "xlsx" {
				if out == "-" {
					return fmt.Errorf("--format xlsx writes a workbook: give --out a file name")
				}
				if err := report.WriteXLSX(out); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "Wrote the report as a workbook, %s.\n", out)
				return nil
			}
			write := func(w io.Writer) error {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(report)
			}
			if format == "html" {
				write = func(w io.Writer) error { return report.WriteHTML(w, opt.Definitions) }
			}
			if err := writeTo(out, a, write); err != nil || out == "-" {
				return err
			}
			fmt.Fprintf(a.stdout, "Wrote the report as %s, %s.\n", format, out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "first day of the period (YYYY-MM-DD)")
	f.StringVar(&to, "to", "", "last day of the period (YYYY-MM-DD)")
	f.StringVar(&observationEnd, "observation-end", "", "the data's cut-off date (default: the latest date in the data)")
	f.StringVar(&name, "definition", "all", "a definition's name, or all")
	f.StringVar(&rule, "disclosure", "10-5", "10-5, or none (raw, analysts only, not for publication)")
	f.StringVar(&format, "format", "json", "html (one self-contained page), json, csv (a folder of one file a table) or xlsx")
	f.StringVar(&out, "out", "", "where to write the report: a file (- for standard output), or a folder for csv")
	return a.withDefinitions(cmd)
}

func (a *app) reportOptions(from, to, name, rule string) (figures.Options, error) {
	start, err := day("--from", from)
	if err != nil {
		return figures.Options{}, err
	}
	end, err := day("--to", to)
	if err != nil {
		return figures.Options{}, err
	}
	if end.Before(start) {
		return figures.Options{}, fmt.Errorf("--to %s is before --from %s", to, from)
	}
	r, err := disclosure.ParseRule(rule)
	if err != nil {
		return figures.Options{}, err
	}
	defs, err := a.loadDefinitions()
	if err != nil {
		return figures.Options{}, err
	}
	return figures.OptionsFor(start, end, defs, name, r)
}

// reportOf builds the report over the journeys, observed to the given date (by
// default the latest in the data).
func reportOf(journeys []definitions.Journey, quality figures.Quality, opt figures.Options, observationEnd string) (figures.Report, error) {
	end, err := observationEndOf(observationEnd, journeys)
	if err != nil {
		return figures.Report{}, err
	}
	opt.ObservationEnd, opt.Quality = end, quality
	return figures.Build(journeys, opt), nil
}

// day reads a full date flag.
func day(flag, s string) (time.Time, error) {
	d, err := retrace.ParseDate(s)
	if err != nil || d.Precision() != retrace.Day {
		return time.Time{}, fmt.Errorf("%s %q: give a day, YYYY-MM-DD", flag, s)
	}
	return d.Earliest(), nil
}

// observationEndOf is the cut-off given, or the latest date in the data (a partial
// date by its first day, so that "2023" does not stretch the data to December).
func observationEndOf(given string, journeys []definitions.Journey) (time.Time, error) {
	if given != "" {
		return day("--observation-end", given)
	}
	latest, ok := figures.LatestDate(journeys)
	if !ok {
		return latest, fmt.Errorf("the data hold no dates: give --observation-end")
	}
	return latest, nil
}

// writeCSV writes a header and the rows write gives to the file at path, readable by
// its owner only (what the commands write is about people, even de-identified), and
// so made again if it was there.
func writeCSV(path string, header []string, write func(w *csv.Writer)) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if err := f.Chmod(0o600); err != nil { // an older file keeps its mode otherwise
		f.Close()
		return err
	}
	w := csv.NewWriter(f)
	w.Write(header)
	write(w)
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeTo writes to the file at path, or to standard output for "-".
func writeTo(path string, a *app, write func(io.Writer) error) error {
	if path == "-" {
		return write(a.stdout)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
