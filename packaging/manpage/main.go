// Command manpage writes Margin's manual page, margin(1), to standard
// output: go run ./packaging/manpage VERSION [DATE]. The packages call it;
// the page comes from the CLI's own command list (cli.ManPage).
package main

import (
	"fmt"
	"os"
	"time"

	"margin/cli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: manpage VERSION [DATE]")
		os.Exit(2)
	}
	date := time.Now().UTC().Format("2006-01-02")
	if len(os.Args) > 2 {
		date = os.Args[2]
	}
	if err := cli.ManPage(os.Stdout, os.Args[1], date); err != nil {
		fmt.Fprintln(os.Stderr, "manpage:", err)
		os.Exit(1)
	}
}
