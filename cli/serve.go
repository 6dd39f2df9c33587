package cli

import (
	"context"
	"fmt"

	"margin/capture"
)

func init() {
	commands["serve"] = command{
		summary: "run the capture port for the browser's bookmarklet and extension, without the window",
		usage:   "serve [--port N] [--bookmarklet] [--reset-token]",
		run:     runServe,
	}
}

// runServe runs the capture service on the loopback address until
// interrupted, printing each page filed. The token is the one kept in the
// library folder, so the window and serve accept the same bookmarklet.
func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags("serve")
	port := fs.Int("port", capture.DefaultPort, "`port` on 127.0.0.1 to listen on")
	show := fs.Bool("bookmarklet", false, "print the bookmarklet and the token, and exit")
	reset := fs.Bool("reset-token", false, "make a new token (bookmarklets with the old one stop working)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return usagef("serve takes no arguments")
	}
	if *port <= 0 || *port > 65535 {
		return usagef("--port must be between 1 and 65535")
	}
	l, err := openLibrary(ctx, env)
	if err != nil {
		return err
	}
	defer l.Close()
	load := capture.LoadToken
	if *reset {
		load = capture.ResetToken
	}
	token, err := load(l.Dir())
	if err != nil {
		return err
	}
	if *show {
		fmt.Fprintf(env.Stdout, "token: %s\nbookmarklet: %s\n", token, capture.Bookmarklet(*port, token, ""))
		return nil
	}
	s, err := capture.New(l, capture.Config{Port: *port, Token: token, OnClip: func(r capture.Result) {
		state := "filed"
		if r.Existed {
			state = "already in the library"
		}
		fmt.Fprintf(env.Stdout, "%d\t%s\t%s\n", r.ID, state, r.Title)
	}})
	if err != nil {
		return err
	}
	if err := s.Start(); err != nil {
		return err
	}
	defer s.Close()
	fmt.Fprintf(env.Stderr, "margin serve: listening on 127.0.0.1:%d; 'margin serve --bookmarklet' prints the bookmarklet\n", s.Port())
	<-ctx.Done()
	return nil
}
