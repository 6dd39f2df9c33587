package palette

// Fyne reports the C.UTF-8 locale of test machines as an error on every
// run; see clocale.
import _ "clocale"
