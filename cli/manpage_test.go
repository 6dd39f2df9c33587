package cli

import (
	"strings"
	"testing"
)

func TestManPage(t *testing.T) {
	var b strings.Builder
	if err := ManPage(&b, "1.2.3", "2026-12-01"); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	t.Run("the header names the version and date", func(t *testing.T) {
		if !strings.HasPrefix(page, `.TH MARGIN 1 "2026-12-01" "Margin 1.2.3"`) {
			t.Errorf("header: %q", strings.SplitN(page, "\n", 2)[0])
		}
	})
	t.Run("every command is there with its usage and summary", func(t *testing.T) {
		for name, c := range commands {
			first := strings.SplitN(c.usage, "\n", 2)[0]
			if !strings.Contains(page, `\fBmargin\fR `+roff(first)+"\n") {
				t.Errorf("no usage line for %s", name)
			}
			if !strings.Contains(page, roff(c.summary[1:])) {
				t.Errorf("no summary for %s", name)
			}
		}
	})
	t.Run("no line starts with a dot that is not a request", func(t *testing.T) {
		for _, line := range strings.Split(page, "\n") {
			if strings.HasPrefix(line, ".") {
				req := strings.Fields(line)[0]
				switch req {
				case ".TH", ".ad", ".nh", ".SH", ".TP", ".B", ".BI", ".I", ".br":
				default:
					t.Errorf("unknown request %q", line)
				}
			}
		}
	})
	t.Run("hyphens and backslashes are escaped", func(t *testing.T) {
		if got := roff(`--out C:\notes`); got != `\-\-out C:\enotes` {
			t.Errorf("roff = %q", got)
		}
		if got := roff(".hidden"); got != `\&.hidden` {
			t.Errorf("roff = %q", got)
		}
	})
}
