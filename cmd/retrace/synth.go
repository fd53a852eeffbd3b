package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/retrace-uk/retrace/synth"
)

func (a *app) synthCmd() *cobra.Command {
	cfg := synth.DefaultConfig()
	var out, from, to, obsEnd string
	cmd := &cobra.Command{
		Use:   "synth --out DIR",
		Short: "Generate synthetic survivor journeys with known truth",
		Long: `Generate a journey bundle of synthetic people — nobody real — with the noise real
records carry (spelling and transliteration variants, swapped names, estimated dates
of birth, mistyped references), hard negatives (siblings, people sharing common names)
and re-trafficking at a configurable rate, plus truth files in DIR/truth:
records.csv (record → person), people.csv, episodes.csv and re_trafficking.csv.
The same --seed gives the same bytes.`,
		Example: "  retrace synth --people 5000 --seed 7 --out ./synthetic",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := setDates(&cfg, from, to, obsEnd); err != nil {
				return err
			}
			if out == "" {
				return fmt.Errorf("--out DIR is required")
			}
			return a.runSynth(cmd, cfg, out)
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.People, "people", cfg.People, "number of people")
	f.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed")
	f.Float64Var(&cfg.RetraffickingRate, "retrafficking-rate", cfg.RetraffickingRate, "chance that a person of typical risk is exploited again within two years of exit")
	f.StringVar(&out, "out", "", "folder to write the bundle into")
	f.StringVar(&from, "from", "2019-01-01", "first referrals from this date")
	f.StringVar(&to, "to", "2025-12-31", "first referrals up to this date")
	f.StringVar(&obsEnd, "observation-end", "2026-06-30", "nothing is recorded after this date")
	return cmd
}

func setDates(cfg *synth.Config, from, to, obsEnd string) error {
	var ts [3]time.Time
	for i, s := range []string{from, to, obsEnd} {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return fmt.Errorf("%q is not a date (YYYY-MM-DD)", s)
		}
		ts[i] = t
	}
	cfg.SetDates(ts[0], ts[1], ts[2])
	return nil
}

func (a *app) runSynth(cmd *cobra.Command, cfg synth.Config, out string) error {
	if err := synthFolder(out); err != nil {
		return err
	}
	_, err := a.synthesise(cmd, cfg, out)
	return err
}

// synthFolder refuses to write synthetic data over a folder of other files, which
// could be a real bundle: the folder must be new, empty, or an earlier synth's
// (which has truth/records.csv).
func synthFolder(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case os.IsNotExist(err) || (err == nil && len(entries) == 0):
		return nil
	case err != nil:
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, "truth", "records.csv")); err != nil {
		return fmt.Errorf("%s holds files that retrace synth did not make (it has no truth/records.csv): give --out a new or empty folder", dir)
	}
	return nil
}

func (a *app) synthesise(cmd *cobra.Command, cfg synth.Config, out string) (*synth.Summary, error) {
	var bar *progressbar.ProgressBar
	if f := a.terminal(); f != nil {
		bar = progressbar.NewOptions(cfg.People, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("generating"),
			progressbar.OptionShowCount(), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	}
	start := time.Now()
	sum, err := synth.Generate(cmd.Context(), cfg, out, func(done int) {
		if bar != nil {
			bar.Set(done)
		}
	})
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(a.stdout, "Generated %d synthetic people in %s (%.1fs):\n", sum.People, out, time.Since(start).Seconds())
	files := make([]string, 0, len(sum.Rows))
	for f := range sum.Rows {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		fmt.Fprintf(a.stdout, "  %-26s %9d rows\n", f, sum.Rows[f])
	}
	return sum, nil
}
