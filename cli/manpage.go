package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// ManPage writes margin(1), the manual page, in roff: the same summaries
// and usage lines as 'margin help' and 'margin COMMAND --help', so the
// page cannot drift from the commands. version and date (as "2026-12-01")
// go into its header.
func ManPage(w io.Writer, version, date string) error {
	var b strings.Builder
	fmt.Fprintf(&b, ".TH MARGIN 1 %q %q \"User Commands\"\n", date, "Margin "+version)
	b.WriteString(".ad l\n.nh\n")
	b.WriteString(".SH NAME\nmargin \\- clip news articles, annotate them and export them to Markdown\n")
	b.WriteString(".SH SYNOPSIS\n.B margin\n[\\fB\\-\\-library\\fR \\fIDIR\\fR] [\\fICOMMAND\\fR [\\fIARGS\\fR]]\n")
	b.WriteString(".SH DESCRIPTION\n" +
		"With no command, \\fBmargin\\fR opens the desktop app on the library. " +
		"With a command it works on the same library from a terminal or a script, " +
		"without a display.\n")
	b.WriteString(".SH OPTIONS\n.TP\n.BI \\-\\-library \" DIR\"\n" +
		"The library's folder. Without it, \\fBMARGIN_LIBRARY\\fR, then the user data directory.\n")
	b.WriteString(".SH COMMANDS\n")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		b.WriteString(".TP\n")
		for i, line := range strings.Split(c.usage, "\n") {
			if i > 0 {
				fmt.Fprintf(&b, ".br\n%s\n", roff(strings.TrimSpace(line)))
				continue
			}
			fmt.Fprintf(&b, "\\fBmargin\\fR %s\n", roff(line))
		}
		if strings.Contains(c.usage, "\n") {
			b.WriteString(".br\n")
		}
		fmt.Fprintf(&b, "%s.\n", roff(upperFirst(c.summary)))
	}
	b.WriteString(".SH ENVIRONMENT\n.TP\n.B MARGIN_LIBRARY\nThe library's folder when \\fB\\-\\-library\\fR is not given.\n")
	b.WriteString(".SH FILES\n.TP\n.I $XDG_DATA_HOME/margin\n" +
		"The library when none is named (\\fI~/.local/share/margin\\fR when XDG_DATA_HOME is unset).\n")
	b.WriteString(".SH EXIT STATUS\n0 on success, 1 on failure, 2 when a command is called wrongly.\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// roff escapes text for a roff line: backslashes and hyphens, and a
// leading dot or quote that would be read as a request.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
