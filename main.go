// Command margin clips news articles into a local library, annotates them
// and exports the annotated clippings. With no arguments it opens the
// desktop app; with a subcommand it runs headless.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	_ "clocale" // before Fyne: see its doc
	"margin/cli"
)

func main() {
	if len(os.Args) > 1 {
		attachConsole()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], &cli.Env{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		GUI:    openGUI,
	})
	stop()
	os.Exit(code)
}
