package clip

import (
	"strings"
	"testing"
)

func TestWithoutUserinfoIn(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a canonical link", `<link rel=canonical href="https://ana:secret@news.example/a">`, `<link rel=canonical href="https://news.example/a">`},
		{"a user name alone", `<a href='http://ana@host/x'>`, `<a href='http://host/x'>`},
		{"a protocol-relative address", `src=//ana:pw@cdn.example/p.png`, `src=//cdn.example/p.png`},
		{"an escaped at sign", `content="https://ana:pw&#64;host/"`, `content="https://host/"`},
		{"a named at sign", `content="https://ana:pw&commat;host/"`, `content="https://host/"`},
		{"JSON's escaped slashes", `{"url":"https:\/\/ana:pw@host\/a"}`, `{"url":"https:\/\/host\/a"}`},
		{"two addresses", `https://a:1@x/ and https://b:2@y/`, `https://x/ and https://y/`},
		{"an at sign in the path stays", `https://host/@ana/post`, `https://host/@ana/post`},
		{"an e-mail address stays", `write to ana@news.example // or call`, `write to ana@news.example // or call`},
		{"a query with an at sign stays", `https://host/?u=ana@x`, `https://host/?u=ana@x`},
		{"text without addresses", `no addresses here`, `no addresses here`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := WithoutUserinfoIn(tt.in); got != tt.want {
				t.Errorf("WithoutUserinfoIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestWithoutUserinfoInReadsALongPageOnce gives a page of 200,000
// addresses: read again from each address to the end, it took minutes.
func TestWithoutUserinfoInReadsALongPageOnce(t *testing.T) {
	page := strings.Repeat(`<a href="https://host/a">x</a> `, 200_000) + `https://ana:pw@host/`
	if got := WithoutUserinfoIn(page); strings.Contains(got, "pw@") {
		t.Error("the password at the end is kept")
	}
}
