// Package examples holds the linkage settings files shipped in this folder, built
// into the binary so that retrace link can use them where the folder is not at hand.
package examples

import "embed"

// Settings are the settings files, by name (encoded.json …).
//
//go:embed *.json
var Settings embed.FS
