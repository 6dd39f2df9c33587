package main

// openGUI opens the desktop app on the library in dir.
// The GUI issue replaces this with app.Run.
func openGUI(dir string) error { return nil }
