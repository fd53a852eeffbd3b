package synth

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/retrace-uk/retrace/bundle"
)

// The files written, in the order of outFiles.
const (
	fPeople = iota
	fReferrals
	fSupport
	fMissing
	fRisk
	fMilestones
	fFollowUps
	fTruthRecords
	fTruthPeople
	fTruthEpisodes
	fTruthRetrafficking
	numFiles
)

type outFile struct {
	path    string
	header  []string
	shuffle bool // bundle files are shuffled locally, so one person's rows are not adjacent
}

var outFiles = func() [numFiles]outFile {
	var f [numFiles]outFile
	for i, k := range bundle.Kinds {
		f[i] = outFile{k.File, k.ColumnNames(), true}
	}
	f[fTruthRecords] = outFile{"truth/records.csv", []string{"record_id", "person_id"}, false}
	f[fTruthPeople] = outFile{"truth/people.csv", []string{"person_id", "family_id", "given_names", "family_name", "dob", "sex", "nationality"}, false}
	f[fTruthEpisodes] = outFile{"truth/episodes.csv", []string{"person_id", "episode", "kind", "start", "end", "exploitation_types", "location", "exploiter_id", "after_return_home", "exit_before", "observed_by"}, false}
	f[fTruthRetrafficking] = outFile{"truth/re_trafficking.csv", []string{"person_id", "episode", "exit_date", "exit_kind", "start_date", "days_after_exit", "after_return_home", "same_exploiter", "observed_by"}, false}
	return f
}()

// block holds the rows of a run of people, one line per row, by file.
type block struct {
	lines [numFiles][]string
	buf   []byte
	truth Truth
}

func (b *block) row(file int, cells ...string) {
	b.buf = b.buf[:0]
	for i, c := range cells {
		if i > 0 {
			b.buf = append(b.buf, ',')
		}
		b.buf = appendCell(b.buf, c)
	}
	b.buf = append(b.buf, '\n')
	b.lines[file] = append(b.lines[file], string(b.buf))
}

func appendCell(b []byte, s string) []byte {
	if !strings.ContainsAny(s, ",\"\n\r") {
		return append(b, s...)
	}
	b = append(b, '"')
	b = append(b, strings.ReplaceAll(s, `"`, `""`)...)
	return append(b, '"')
}

// Summary counts what was generated.
type Summary struct {
	People int
	Rows   map[string]int // by file
	Truth  Truth
}

// Truth counts what the truth files hold, for a reader's first look.
type Truth struct {
	PeopleWithSeveralRecords int
	Retrafficking            int // new episodes after an exit (continued exploitation is not counted)
	ReReferred               int // re-trafficking that led to a referral
	KnownFromFollowUp        int // re-trafficking known only from a follow-up
	NeverKnown               int
}

func (t *Truth) add(u Truth) {
	t.PeopleWithSeveralRecords += u.PeopleWithSeveralRecords
	t.Retrafficking += u.Retrafficking
	t.ReReferred += u.ReReferred
	t.KnownFromFollowUp += u.KnownFromFollowUp
	t.NeverKnown += u.NeverKnown
}

const blockPeople = 500

// Generate writes a bundle and its truth files into dir. The same configuration
// gives the same bytes, however many cores run it. progress, if set, is told how many
// people are done.
func Generate(ctx context.Context, cfg Config, dir string, progress func(done int)) (*Summary, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	w, err := newWriter(cfg, dir)
	if err != nil {
		return nil, err
	}
	blocks := (cfg.People + blockPeople - 1) / blockPeople
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan *block, blocks)
	for i := range results {
		results[i] = make(chan *block, 1)
	}
	next := make(chan int)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- cfg.generateBlock(i)
			}
		}()
	}
	go func() {
		defer close(next)
		for i := 0; i < blocks; i++ {
			// Stay at most 2×workers blocks ahead of the writer: memory stays bounded.
			if i >= 2*workers {
				<-w.written
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for i := 0; i < blocks; i++ {
		select {
		case b := <-results[i]:
			if err := w.write(b); err != nil {
				cancel()
				wg.Wait()
				return nil, err
			}
		case <-ctx.Done():
			wg.Wait()
			return nil, ctx.Err()
		}
		results[i] = nil
		select {
		case w.written <- struct{}{}:
		default:
		}
		if progress != nil {
			progress(min(cfg.People, (i+1)*blockPeople))
		}
	}
	wg.Wait()
	return w.close(cfg.People)
}

func (c Config) generateBlock(i int) *block {
	b := &block{}
	for p := i * blockPeople; p < min(c.People, (i+1)*blockPeople); p++ {
		c.generatePerson(p, b)
	}
	return b
}

func (c Config) generatePerson(index int, b *block) {
	p := c.core(index)
	j := &journey{cfg: &c, r: c.rngFor(streamJourney, index), p: p, out: b}
	j.run(p.referred)
	rr := c.rngFor(streamRecords, index)
	for _, rec := range j.records {
		j.peopleRow(rr, rec)
	}
	if len(j.records) > 1 {
		b.truth.PeopleWithSeveralRecords++
	}
	given, family := p.trueNames()
	b.row(fTruthPeople, p.id, fmt.Sprintf("F%07d", p.family+1), given, family, dateText(p.dob, precDay), string(p.sex), p.nat.code)
	j.truthEpisodes()
}

func (j *journey) truthEpisodes() {
	for k, ep := range j.episodes {
		end, exitBefore := "", ""
		if ep.end != 0 {
			end = dateText(ep.end, precDay)
		}
		if ep.exitBefore != 0 {
			exitBefore = dateText(ep.exitBefore, precDay)
		}
		observed := strings.Join(ep.observedBy, ";")
		j.out.row(fTruthEpisodes, j.p.id, itoa(ep.n), ep.kind, dateText(ep.start, precDay), end, strings.Join(ep.types, ";"),
			ep.location, fmt.Sprintf("X%d", ep.exploiter), boolText(ep.afterReturn), exitBefore, observed)
		if ep.kind != "re_trafficking" {
			continue // continued exploitation is not re-trafficking: they never left
		}
		t := &j.out.truth
		t.Retrafficking++
		switch ep.observedBy[0] {
		case "unobserved":
			t.NeverKnown++
		case "follow_up":
			t.KnownFromFollowUp++
		default:
			t.ReReferred++
		}
		same := ep.exploiter == j.episodes[k-1].exploiter
		j.out.row(fTruthRetrafficking, j.p.id, itoa(ep.n), exitBefore, ep.exitKind, dateText(ep.start, precDay),
			itoa(int(ep.start-ep.exitBefore)), boolText(ep.afterReturn), boolText(same), observed)
	}
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// writer streams blocks to the files; bundle files pass through a shuffle buffer.
type writer struct {
	files   [numFiles]*os.File
	bufs    [numFiles]*bufio.Writer
	shuffle [numFiles]*shuffler
	rows    [numFiles]int
	truth   Truth
	written chan struct{}
}

func newWriter(cfg Config, dir string) (*writer, error) {
	w := &writer{written: make(chan struct{}, 1<<20)}
	if err := os.MkdirAll(filepath.Join(dir, "truth"), 0o755); err != nil {
		return nil, err
	}
	for i, of := range outFiles {
		f, err := os.Create(filepath.Join(dir, of.path))
		if err != nil {
			w.abort()
			return nil, err
		}
		w.files[i], w.bufs[i] = f, bufio.NewWriterSize(f, 1<<20)
		w.bufs[i].WriteString(strings.Join(of.header, ",") + "\n")
		if of.shuffle {
			w.shuffle[i] = &shuffler{r: cfg.rngFor(streamShuffle, i), out: w.bufs[i]}
		}
	}
	return w, nil
}

func (w *writer) write(b *block) error {
	w.truth.add(b.truth)
	for i, lines := range b.lines {
		w.rows[i] += len(lines)
		for _, l := range lines {
			if s := w.shuffle[i]; s != nil {
				s.add(l)
			} else {
				w.bufs[i].WriteString(l)
			}
		}
	}
	return nil
}

func (w *writer) close(people int) (*Summary, error) {
	sum := &Summary{People: people, Rows: map[string]int{}, Truth: w.truth}
	var first error
	for i := range w.files {
		if s := w.shuffle[i]; s != nil {
			s.flush()
		}
		if err := w.bufs[i].Flush(); err != nil && first == nil {
			first = err
		}
		if err := w.files[i].Close(); err != nil && first == nil {
			first = err
		}
		sum.Rows[outFiles[i].path] = w.rows[i]
	}
	return sum, first
}

func (w *writer) abort() {
	for _, f := range w.files {
		if f != nil {
			f.Close()
		}
	}
}

// shuffler is a bounded shuffle buffer: each new line replaces a random held one,
// which is written. Rows stay roughly in time order but one person's rows scatter.
type shuffler struct {
	r    *rand.Rand
	held []string
	out  *bufio.Writer
}

const shuffleSpan = 1 << 14

func (s *shuffler) add(line string) {
	if len(s.held) < shuffleSpan {
		s.held = append(s.held, line)
		return
	}
	i := s.r.IntN(len(s.held))
	s.out.WriteString(s.held[i])
	s.held[i] = line
}

func (s *shuffler) flush() {
	s.r.Shuffle(len(s.held), func(i, j int) { s.held[i], s.held[j] = s.held[j], s.held[i] })
	for _, l := range s.held {
		s.out.WriteString(l)
	}
	s.held = nil
}
