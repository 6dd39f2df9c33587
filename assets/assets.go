// Package assets holds Margin's bundled resources: the app icon.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// Icon is Margin's application icon: a page with a highlighted line beside a
// margin rule.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)
