package web

import (
	"context"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/retrace-uk/retrace/casework"
)

// alertCache keeps each organisation's alerts for the data version and day they were
// worked out for. Working them out reads all the organisation's records (seconds, for
// an organisation that reached tens of thousands of people), yet they change only
// with an import, a link run or the date; and the users of one organisation asking at
// once wait for one reading.
type alertCache struct {
	mu      sync.Mutex
	entries map[string]alertEntry // by organisation
	flight  singleflight.Group
}

type alertEntry struct {
	version string // data version and day
	alerts  []casework.Alert
	used    time.Time
}

// alertCacheSize is how many organisations' alerts are kept; the least recently
// used go first.
const alertCacheSize = 64

// cachedAlerts gives the organisation's alerts from the cache, or works them out.
// The alerts are shared: callers must not change them.
func (s *Server) cachedAlerts(r *http.Request, org string) ([]casework.Alert, error) {
	data, err := s.cfg.Store.DataVersion(r.Context())
	if err != nil {
		return nil, err
	}
	now := s.cfg.Now()
	version := data + " on " + now.UTC().Format(time.DateOnly)
	c := &s.alertCache
	c.mu.Lock()
	if e, ok := c.entries[org]; ok && e.version == version {
		e.used = now
		c.entries[org] = e
		c.mu.Unlock()
		return e.alerts, nil
	}
	c.mu.Unlock()
	results := c.flight.DoChan(org+"\x00"+version, func() (any, error) {
		// Not cancelled with the first asker's request, as others wait on it; bounded,
		// so that a reading that hangs does not hold them all for ever.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), alertReadingLimit)
		defer cancel()
		alerts, err := s.alertsOf(ctx, org)
		if err == nil {
			c.keep(org, alertEntry{version: version, alerts: alerts, used: now})
		}
		return alerts, err
	})
	select {
	case res := <-results:
		if res.Err != nil {
			return nil, res.Err
		}
		return res.Val.([]casework.Alert), nil
	case <-r.Context().Done(): // this asker gave up; the reading goes on for the others
		return nil, r.Context().Err()
	}
}

// alertReadingLimit bounds one reading of an organisation's alerts.
const alertReadingLimit = 2 * time.Minute

func (c *alertCache) keep(org string, e alertEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[string]alertEntry{}
	}
	if _, ok := c.entries[org]; !ok && len(c.entries) >= alertCacheSize {
		oldest := ""
		for o, x := range c.entries {
			if oldest == "" || x.used.Before(c.entries[oldest].used) {
				oldest = o
			}
		}
		delete(c.entries, oldest)
	}
	c.entries[org] = e
}
