package main

import "margin/app"

// openGUI opens the desktop app on the library in dir.
func openGUI(dir string) error { return app.Run(dir) }
