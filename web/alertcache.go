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
	v, err, _ := c.flight.Do(org+"\x00"+version, func() (any, error) {
		// Not cancelled with the first asker's request: others may be waiting on it.
		alerts, err := s.alertsOf(context.WithoutCancel(r.Context()), org)
		if err == nil {
			c.keep(org, alertEntry{version: version, alerts: alerts, used: now})
		}
		return alerts, err
	})
	if err != nil {
		return nil, err
	}
	return v.([]casework.Alert), nil
}

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
