package cli_test

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// TestReadCommandsNeverCreateALibrary runs the commands that only read on
// a mistyped --library folder: each says there is no library there, and
// no folder or file appears.
func TestReadCommandsNeverCreateALibrary(t *testing.T) {
	parent := t.TempDir()
	typo := filepath.Join(parent, "libary")
	for _, args := range [][]string{
		{"ls"}, {"search", "Merkel"}, {"show", "1"}, {"export", "--all", "--out", filepath.Join(parent, "out")},
		{"check"}, {"entities"}, {"highlights", "1"}, {"backup", filepath.Join(parent, "b.db")},
	} {
		r := fails(t, typo, 1, "", args...)
		if !strings.Contains(r.stderr, "there is no Margin library in "+typo) {
			t.Errorf("margin %s: %q", args[0], r.stderr)
		}
		if args[0] == "ls" {
			t.Logf("BADINPUT | a mistyped --library folder | `%s`", strings.TrimSpace(r.stderr))
		}
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Errorf("read commands created %v", entries)
	}
}

// TestBackupIntoAFolder writes a backup named for its time into a folder
// given instead of a file.
func TestBackupIntoAFolder(t *testing.T) {
	dir, _ := addArticle(t)
	dest := t.TempDir()
	r := ok(t, dir, "backup", dest)
	entries, _ := os.ReadDir(dest)
	if len(entries) != 1 || !strings.HasPrefix(entries[0].Name(), "margin-") || !strings.Contains(r.stdout, entries[0].Name()) {
		t.Fatalf("backup into a folder: %v, printed %q", entries, r.stdout)
	}
	restored := filepath.Join(t.TempDir(), "lib")
	ok(t, restored, "restore", filepath.Join(dest, entries[0].Name()))
	if r := ok(t, restored, "ls"); !strings.Contains(r.stdout, "Merkel") {
		t.Errorf("the backup restores to %q", r.stdout)
	}
}

// TestExtractHasTheCapsOfAdd gives extract an endless file and a page of
// too many elements: each is refused with a sentence, as add refuses it.
func TestExtractHasTheCapsOfAdd(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	r := fails(t, t.TempDir(), 1, "", "extract", "/dev/zero")
	if !strings.Contains(r.stderr, "The page is too large to clip (over 20 MiB).") {
		t.Errorf("extract /dev/zero: %q", r.stderr)
	}
	t.Logf("BADINPUT | `margin extract /dev/zero` | `%s`", strings.TrimSpace(r.stderr))
	page := "<html><body>" + strings.Repeat("<p>a</p>", 200_001) + "</body></html>"
	for _, cmd := range []string{"extract", "add"} {
		r := fails(t, t.TempDir(), 1, page, cmd, "-")
		if !strings.Contains(r.stderr, "more than 200,000 elements") {
			t.Errorf("%s of 200,001 paragraphs: %q", cmd, r.stderr)
		}
		if cmd == "add" {
			t.Logf("BADINPUT | a page of 200,001 tiny paragraphs | `%s`", strings.TrimSpace(r.stderr))
		}
	}
}

// TestPasswordsInAddressesAreNeverKept adds a page by an address with a
// user name and password, whose canonical link and images carry another:
// neither is stored, shown, listed or exported in any format.
func TestPasswordsInAddressesAreNeverKept(t *testing.T) {
	article := readTestdata(t, "article.html")
	article = strings.Replace(article, "<head>", `<head><link rel="canonical" href="https://editor:canon-secret@news.example/merkel">`+
		`<meta property="og:url" content="https://editor:og-secret&#64;news.example/merkel">`+
		`<script type="application/ld+json">{"url": "https:\/\/editor:ld-secret@news.example\/merkel"}</script>`, 1)
	var auth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, auth, _ = r.BasicAuth()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(article))
	}))
	defer srv.Close()
	dir := t.TempDir()
	u := strings.Replace(srv.URL, "http://", "http://ana:url-secret@", 1) + "/article"
	id := strings.TrimSpace(ok(t, dir, "add", u).stdout)
	if auth != "url-secret" {
		t.Errorf("the password was not used to fetch the page (%q)", auth)
	}
	outs := map[string]string{}
	for _, args := range [][]string{
		{"show", id}, {"show", "--json", id}, {"ls", "--json"}, {"export", id},
		{"export", "--format", "bibtex", id}, {"export", "--format", "csl", id}, {"export", "--format", "json", id},
		{"export", "--format", "csv", id}, {"export", "--format", "html", id},
	} {
		outs[strings.Join(args, " ")] = ok(t, dir, args...).stdout
	}
	folder := t.TempDir()
	ok(t, dir, "export", "--all", "--out", folder)
	filepath.WalkDir(folder, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(path)
			outs["the exported file "+d.Name()] = string(b)
		}
		return nil
	})
	db, _ := os.ReadFile(filepath.Join(dir, "margin.db"))
	outs["the database file"] = string(db)
	for where, v := range databaseValues(t, filepath.Join(dir, "margin.db")) {
		outs[where] = v
	}
	if !strings.Contains(outs["clippings.raw"], "news.example/merkel") {
		t.Errorf("the stored page lost its canonical link: %.300s", outs["clippings.raw"])
	}
	for what, out := range outs {
		for _, secret := range []string{"url-secret", "canon-secret", "og-secret", "ld-secret", "ana:", "editor:"} {
			if strings.Contains(out, secret) {
				t.Errorf("%s holds %q", what, secret)
			}
		}
	}
	if !strings.Contains(outs["show --json "+id], "news.example/merkel") {
		t.Errorf("the canonical address is lost: %s", outs["show --json "+id])
	}
}

// databaseValues returns every text and blob value of every table of the
// SQLite database at path, a compressed blob decompressed, by
// "table.column" (the values of a column joined by newlines).
func databaseValues(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		rows.Scan(&name)
		tables = append(tables, name)
	}
	rows.Close()
	out := map[string]string{}
	for _, table := range tables {
		rows, err := db.Query(fmt.Sprintf(`SELECT * FROM "%s"`, table))
		if err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				var s string
				switch v := v.(type) {
				case string:
					s = v
				case []byte:
					s = string(v)
					if zr, err := gzip.NewReader(bytes.NewReader(v)); err == nil {
						if b, err := io.ReadAll(zr); err == nil {
							s = string(b)
						}
					}
				default:
					continue
				}
				out[table+"."+cols[i]] += s + "\n"
			}
		}
		rows.Close()
	}
	if len(out) == 0 {
		t.Fatal("read nothing from the database")
	}
	return out
}

// TestANoteOverTheCapIsRefusedWhole gives notes past the cap and notes of
// bytes that are not text: each is refused with a sentence, exit 1, and the
// note before stays.
func TestANoteOverTheCapIsRefusedWhole(t *testing.T) {
	dir, id := addArticle(t)
	ok(t, dir, "note", id, "kept")
	for _, tt := range []struct{ name, stdin, want string }{
		{"a note one byte over 1 MiB", strings.Repeat("n", 1<<20+1), "the note is longer than the 1 MiB a note may hold; nothing was changed"},
		{"a note of 3 MiB", strings.Repeat("n", 3<<20), "the note is longer than the 1 MiB a note may hold"},
		{"a note of invalid UTF-8", "caf\xe9 \xff\xfe", "the note is not UTF-8 text; nothing was changed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := fails(t, dir, 1, tt.stdin, "note", id, "-")
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q, want %q", r.stderr, tt.want)
			}
			t.Logf("BADINPUT | %s (`margin note ID -`) | `%s`", tt.name, strings.TrimSpace(r.stderr))
		})
	}
	if r := fails(t, dir, 1, "", "highlight", id, "--quote", "Merkel", "--note", "\xff"); !strings.Contains(r.stderr, "not UTF-8") {
		t.Errorf("highlight with an invalid note: %q", r.stderr)
	}
	if r := ok(t, dir, "show", "--json", id); !strings.Contains(r.stdout, `"note": "kept"`) {
		t.Errorf("the note before is lost: %s", r.stdout[:min(len(r.stdout), 300)])
	}
	exact := strings.Repeat("é", 1<<19) // 1 MiB exactly
	ok(t, dir, "note", id, exact)
}

// TestQuotesCopiedFromThePageAreFound adds text with joiners and a
// decomposed accent, and highlights quotes of it as a person would copy
// them; a quote of invalid bytes is refused.
func TestQuotesCopiedFromThePageAreFound(t *testing.T) {
	dir := t.TempDir()
	text := "A day in Tehran\n\nBy Ana Pérez\n\nمن می\u200cخواهم بروم، he said at the cafe\u0301 by the river, and the family 👨\u200d👩\u200d👧 waved from the bridge that morning.\n"
	id := strings.TrimSpace(runIn(t, dir, text, "add", "-").stdout)
	if id == "" {
		t.Fatal("add failed")
	}
	if r := ok(t, dir, "show", "--text", id); !strings.Contains(r.stdout, "می\u200cخواهم") || !strings.Contains(r.stdout, "👨\u200d👩\u200d👧") {
		t.Errorf("the text was changed: %q", r.stdout)
	}
	for _, q := range []string{"می\u200cخواهم", "👨\u200d👩\u200d👧", "café", "cafe\u0301"} {
		ok(t, dir, "highlight", id, "--quote", q)
	}
	r := fails(t, dir, 1, "", "highlight", id, "--quote", "\xa9")
	if !strings.Contains(r.stderr, "the quote is not UTF-8 text; nothing was highlighted") {
		t.Errorf("a quote of invalid bytes: %q", r.stderr)
	}
	t.Logf("BADINPUT | a quote of invalid bytes (`margin highlight --quote`) | `%s`", strings.TrimSpace(r.stderr))
}

// TestUndoUndoesTheLastActionOnly highlights one clipping, deletes another,
// and undoes: the deleted clipping comes back with its highlight, and the
// other's highlight stays.
func TestUndoUndoesTheLastActionOnly(t *testing.T) {
	dir, a := addArticle(t)
	b := strings.TrimSpace(runIn(t, dir, readTestdata(t, "copied.txt"), "add", "-").stdout)
	ok(t, dir, "highlight", a, "--quote", "Merkel")
	ok(t, dir, "highlight", b, "--quote", "the")
	ok(t, dir, "rm", b)
	if r := ok(t, dir, "undo"); !strings.Contains(r.stdout, "undid Delete Clipping") {
		t.Errorf("undo after rm: %q", r.stdout)
	}
	if r := ok(t, dir, "highlights", "--json", b); !strings.Contains(r.stdout, `"exact": "the"`) {
		t.Errorf("the deleted clipping came back without its highlight: %s", r.stdout)
	}
	if r := ok(t, dir, "highlights", "--json", a); !strings.Contains(r.stdout, `"exact": "Merkel"`) {
		t.Errorf("undo after rm removed another clipping's highlight: %s", r.stdout)
	}
	ok(t, dir, "redo")
	fails(t, dir, 1, "", "show", b)
}

// TestTheBritishSpellingOfATypeIsTheBuiltInType tags with --type
// organisation: the entity is of the built-in type organization, and no
// type of its own appears.
func TestTheBritishSpellingOfATypeIsTheBuiltInType(t *testing.T) {
	dir, id := addArticle(t)
	ok(t, dir, "tag", id, "--quote", "Merkel", "--type", "organisation", "--name", "Merkel Group")
	r := ok(t, dir, "entities", "--json")
	if strings.Contains(r.stdout, `"organisation"`) || !strings.Contains(r.stdout, `"type": "organization"`) {
		t.Errorf("entities: %s", r.stdout)
	}
	if r := ok(t, dir, "entities", "--type", "organisation"); !strings.Contains(r.stdout, "Merkel Group") {
		t.Errorf("entities --type organisation: %s", r.stdout)
	}
}

// TestATruncatedBackupSaysToChooseAnother restores a backup cut short: the
// sentence says the backup is not intact and to choose another, not to
// restore a backup.
func TestATruncatedBackupSaysToChooseAnother(t *testing.T) {
	dir, _ := addArticle(t)
	backup := filepath.Join(t.TempDir(), "b.db")
	ok(t, dir, "backup", backup)
	b, _ := os.ReadFile(backup)
	os.WriteFile(backup, b[:len(b)/2], 0o600)
	r := fails(t, filepath.Join(t.TempDir(), "new"), 1, "", "restore", backup)
	if !strings.Contains(r.stderr, "not an intact Margin backup") || !strings.Contains(r.stderr, "choose another backup") || strings.Contains(r.stderr, "'margin restore'") {
		t.Errorf("restore of a truncated backup: %q", r.stderr)
	}
	t.Logf("BADINPUT | restoring a truncated backup | `%s`", strings.TrimSpace(r.stderr))
}

// TestSearchWordsThatLookLikeOperators searches for a word with a leading
// dash, which is a word to leave out, not an unknown flag, and for an
// operator alone, which is a word, not everything.
func TestSearchWordsThatLookLikeOperators(t *testing.T) {
	dir, _ := addArticle(t)
	runIn(t, dir, readTestdata(t, "copied.txt"), "add", "-")
	all := lines(ok(t, dir, "ls").stdout)
	r := ok(t, dir, "search", "-Merkel")
	if got := lines(r.stdout); len(got) == 0 || len(got) >= len(all) || strings.Contains(r.stdout, "Merkel") {
		t.Errorf("search -Merkel: %q", r.stdout)
	}
	if r := ok(t, dir, "search", "--limit", "1", "-Merkel", "--json"); !strings.HasPrefix(strings.TrimSpace(r.stdout), "[") {
		t.Errorf("flags beside a dashed word: %q", r.stdout)
	}
	for _, q := range []string{"NOT", "OR"} {
		got, want := ok(t, dir, "search", "--json", q).stdout, ok(t, dir, "search", "--json", strings.ToLower(q)).stdout
		if got != want {
			t.Errorf("search %s lists %s, not what the word %q finds", q, got, strings.ToLower(q))
		}
	}
}
