package storetest

import (
	"strconv"

	"github.com/retrace-uk/retrace/bundle"
)

func itoa(n int) string { return strconv.Itoa(n) }

func bundleKind(file string) *bundle.Kind { return bundle.KindOf(file) }
