package library

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// FileName is the name of the database file inside a library directory.
const FileName = "margin.db"

// applicationID marks a SQLite file as a Margin library ("MRGN"), so that
// Margin never mistakes someone else's database for its own.
const applicationID = 0x4d52474e

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// Library is an open Margin library: a directory holding the SQLite database
// and its backups. It is safe for concurrent use, and several processes may
// open the same library at once.
type Library struct {
	db  *sql.DB
	dir string
	// readOnly is set by OpenReadOnly: writes are refused before SQLite
	// is asked.
	readOnly bool

	// add holds the statements of an add, prepared once (addStatements).
	addMu sync.Mutex
	add   *addStatements

	// BackupGenerations is how many automatic backups AutoBackup keeps.
	BackupGenerations int
	// BackupInterval is how old the newest automatic backup must be before
	// AutoBackup takes another.
	BackupInterval time.Duration
}

// DefaultDir returns where the library lives when the person names none: the
// platform's user data directory ($XDG_DATA_HOME/margin or
// ~/.local/share/margin on Linux, ~/Library/Application Support/Margin on
// macOS, %AppData%\Margin on Windows).
func DefaultDir() (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin", "ios":
		d, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("find the user data directory: %w", err)
		}
		return filepath.Join(d, "Margin"), nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "margin"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the user data directory: %w", err)
	}
	return filepath.Join(home, ".local", "share", "margin"), nil
}

// Open opens the library in dir, creating the directory and an empty library
// when there is none, and bringing an older library's schema up to date.
// The folder and the database are created readable by their owner only. It
// writes to an existing library only when its schema needs bringing up to
// date, so opening never waits for another process's long write.
//
// Open never overwrites or recreates a file it cannot read: a file that is
// not a Margin library gives an error wrapping ErrNotLibrary, one written by
// a newer Margin ErrNewerVersion, a folder that cannot be written
// ErrReadOnly.
func Open(ctx context.Context, dir string) (*Library, error) {
	if dir == "" {
		return nil, errors.New("open library: no directory given")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open library: %w", classify(err))
	}
	path := filepath.Join(dir, FileName)
	if err := checkFile(path); err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	if err := checkWritable(dir); err != nil {
		return nil, fmt.Errorf("open library %s: %w", dir, err)
	}
	if err := createPrivate(path); err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, classify(err))
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	l := newLibrary(db, dir)
	if err := l.prepare(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	return l, nil
}

// OpenReadOnly opens the existing library in dir for reading: listing,
// searching, showing, exporting, backing up. It creates nothing, neither
// the folder nor a library (a mistyped folder gives an error wrapping
// ErrNoLibrary), and takes no write lock, so it answers while another
// process adds a long page. A library on a read-only disk opens too.
//
// A library with an older schema is brought up to date first, as Open does,
// since this Margin cannot read it as it is.
func OpenReadOnly(ctx context.Context, dir string) (*Library, error) {
	if dir == "" {
		return nil, errors.New("open library: no directory given")
	}
	path := filepath.Join(dir, FileName)
	if noLibrary(path) {
		return nil, fmt.Errorf("%w in %s", ErrNoLibrary, dir)
	}
	if err := checkFile(path); err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	l, err := openReadOnly(ctx, dir, path, false)
	if err != nil && errors.Is(err, ErrReadOnly) {
		// A read-only disk: SQLite cannot make the write-ahead log's
		// index beside the file, and no one can write to the file, so it
		// may be read as it stands.
		l, err = openReadOnly(ctx, dir, path, true)
	}
	if errors.Is(err, errOlderSchema) {
		return Open(ctx, dir)
	}
	return l, err
}

// OpenExisting opens the existing library in dir for writing where it can
// be written, and for reading (as OpenReadOnly) on a read-only disk or
// folder. Like OpenReadOnly it creates nothing: a mistyped folder gives an
// error wrapping ErrNoLibrary. Export uses it: it reads, and writes a
// little where it may (citation keys, what it wrote of each note).
func OpenExisting(ctx context.Context, dir string) (*Library, error) {
	if dir == "" {
		return nil, errors.New("open library: no directory given")
	}
	if noLibrary(filepath.Join(dir, FileName)) {
		return nil, fmt.Errorf("%w in %s", ErrNoLibrary, dir)
	}
	if l, err := Open(ctx, dir); err == nil {
		return l, nil
	}
	return OpenReadOnly(ctx, dir)
}

// noLibrary reports whether there is no library at path: no file, or an
// empty one, which holds no library.
func noLibrary(path string) bool {
	st, err := os.Stat(path)
	return errors.Is(err, os.ErrNotExist) || (err == nil && st.Mode().IsRegular() && st.Size() == 0)
}

// errOlderSchema says that a library must be migrated before it is read.
var errOlderSchema = errors.New("the library's schema is older than this Margin's")

func openReadOnly(ctx context.Context, dir, path string, immutable bool) (*Library, error) {
	// The connection may write, though this Library never does: SQLite
	// then removes the write-ahead log as the last connection closes,
	// where a read-only connection would leave it behind in the folder.
	// Reading takes no lock a writer holds, so it never waits.
	name := dsn(path, false)
	if immutable {
		name = dsn(path, true) + "&immutable=1"
	}
	db, err := sql.Open("sqlite", name)
	if err != nil {
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	l := newLibrary(db, dir)
	l.readOnly = true
	version, err := l.checkMark(ctx)
	if err == nil && version < len(migrations) {
		err = errOlderSchema
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open library %s: %w", path, err)
	}
	return l, nil
}

// newLibrary wraps an open database.
func newLibrary(db *sql.DB, dir string) *Library {
	// Keep a connection a processor open between queries, for searches
	// ranked in parts (listRanked): a new connection starts with a cold
	// page cache.
	db.SetMaxIdleConns(maxIdleConns())
	// Each connection's page cache grows to 32 MB (cache_size) of pages
	// read past the memory map or written; a connection unused for
	// idleClose is closed, which gives them back.
	db.SetConnMaxIdleTime(idleClose)
	return &Library{db: db, dir: dir, BackupGenerations: 5, BackupInterval: 24 * time.Hour}
}

// idleClose is how long a connection stays open unused.
const idleClose = time.Minute

func maxIdleConns() int { return runtime.GOMAXPROCS(0) + 1 }

// ReleaseMemory closes the connections not in use, giving back their page
// caches: the window calls it when it has been left idle, and AutoBackup
// when it is done. The next query opens a connection again (a millisecond).
func (l *Library) ReleaseMemory() {
	l.db.SetMaxIdleConns(0)
	l.db.SetMaxIdleConns(maxIdleConns())
}

// createPrivate creates an empty database file at path readable by its
// owner only, unless a file is there; SQLite would create it readable by
// everyone, and makes its log and index with the database's permissions.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// cacheSizeKB is the size of a connection's page cache, in KB (see dsn).
const cacheSizeKB = 2000

// mmapSize is how much of the database file a connection maps: all of it
// up to SQLite's limit of 2 GB (see dsn).
const mmapSize = 2147418112

// dsn is the connection string for the database at path: foreign keys on,
// a generous busy timeout, and BEGIN IMMEDIATE for every transaction so two
// writers wait for each other instead of failing with "database is locked".
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(1)")
	// Searches read much of the full-text index; mapping the file spares
	// copying it page by page. The map covers a library of 50,000
	// clippings (1 GB) whole, up to SQLite's limit of 2 GB: with 256 MB,
	// a search's p95 over it was 350 ms, with 2 GB 215 ms. It is address
	// space, not memory. The page cache holds the pages written and those
	// past the map: 2 MB a connection. At 32 MB the window's connections
	// held 130 MB more after the daily backup (a 4 KB page takes an 8 KB
	// slot of the allocator, and connections' pages share its regions, so
	// closing one gives little back), and searches over 100,000
	// clippings were no quicker; at 2 MB instead of 8 a search's pages
	// read past the map reuse the cache's slots instead of taking new
	// memory, and the keystrokes over 100,000 clippings were quicker
	// (docs/performance.md).
	q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", mmapSize))
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", cacheSizeKB))
	// The log is copied into the database (a checkpoint, with two fsyncs)
	// when it reaches 4,000 pages (16 MB) instead of SQLite's 1,000: a page
	// written again before the checkpoint is copied once, and adding
	// 10,000 clippings one at a time took 5-7% less processor time
	// (docs/performance.md). A committed transaction is in the log either
	// way, so it survives the process being killed.
	q.Add("_pragma", "wal_autocheckpoint(4000)")
	q.Set("_txlock", "immediate")
	if readOnly {
		q.Set("mode", "ro")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// checkFile refuses a file at path that is plainly not a SQLite database
// (a text file, a truncated database), before SQLite touches it. A missing
// or empty file is a new library.
func checkFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return classify(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return classify(err)
	}
	if st.IsDir() {
		return fmt.Errorf("%w: it is a directory", ErrNotLibrary)
	}
	if st.Size() == 0 {
		return nil
	}
	// The header is read without SQLite's locks: another process may be
	// creating the library or checkpointing its log at this moment, or
	// may have been killed doing so and left a journal for SQLite to roll
	// back. Then the file's state is SQLite's to judge, under its locks.
	busy := exists(path+"-journal") || exists(path+"-wal")
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		if busy {
			return nil
		}
		return fmt.Errorf("%w: the file is too short to be a database", ErrNotLibrary)
	}
	if !bytes.Equal(h[:16], sqliteMagic) {
		if busy || h == [100]byte{} {
			// Being written (SQLite refuses it with "not a database"
			// if it stays so).
			return nil
		}
		return fmt.Errorf("%w: it is not a SQLite database", ErrNotLibrary)
	}
	if id := binary.BigEndian.Uint32(h[68:72]); id != 0 && id != applicationID {
		return fmt.Errorf("%w: it is another application's database", ErrNotLibrary)
	}
	// The header records the database size in pages; a file shorter than
	// that has been truncated (SQLite itself would only notice on reading
	// the missing pages).
	pageSize := int64(binary.BigEndian.Uint16(h[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(h[28:32]))
	valid := binary.BigEndian.Uint32(h[24:28]) == binary.BigEndian.Uint32(h[92:96])
	if valid && pages > 0 && st.Size() < pages*pageSize && !busy {
		return fmt.Errorf("%w: the database file is truncated", ErrNotLibrary)
	}
	return nil
}

// exists reports whether a file is at path.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// checkWritable reports ErrReadOnly when no file can be created in dir,
// which SQLite needs for the write-ahead log.
func checkWritable(dir string) error {
	f, err := os.CreateTemp(dir, ".margin-probe-*")
	if err != nil {
		return classify(err)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// prepare checks that the database is a Margin library Margin can read,
// turns on the write-ahead log and runs the pending migrations. It writes
// only when one of these is needed.
func (l *Library) prepare(ctx context.Context) error {
	version, err := l.checkMark(ctx)
	if err != nil {
		return err
	}
	var mode string
	if err := l.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return classify(err)
	}
	if !strings.EqualFold(mode, "wal") {
		if err := l.walMode(ctx); err != nil {
			return err
		}
	}
	if version == len(migrations) {
		return nil
	}
	return l.migrate(ctx)
}

// checkMark checks that the database is a Margin library (or an empty new
// one) of a schema this Margin knows, and returns its schema version.
func (l *Library) checkMark(ctx context.Context) (int, error) {
	// One statement reads the mark, the version and whether there are any
	// tables from one snapshot: another process may be creating the same
	// new library at this moment.
	var appID, version, tables int
	err := l.db.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id()),
		(SELECT user_version FROM pragma_user_version()),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &tables)
	if err != nil {
		return 0, classify(err)
	}
	switch {
	case appID != 0 && appID != applicationID:
		return 0, fmt.Errorf("%w: it is another application's database", ErrNotLibrary)
	case version > len(migrations):
		return 0, fmt.Errorf("%w (schema %d, this Margin knows %d)", ErrNewerVersion, version, len(migrations))
	case appID == 0 && tables > 0:
		// A database without Margin's mark is a new library only if it is
		// empty; never add tables to someone else's database.
		return 0, fmt.Errorf("%w: it is another application's database", ErrNotLibrary)
	}
	return version, nil
}

// walMode switches the database to the write-ahead log, which lets readers
// and one writer work at once. Another process opening the same new library
// may hold the lock for a moment, so it retries briefly.
func (l *Library) walMode(ctx context.Context) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		var mode string
		err := l.db.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode)
		if err == nil {
			return nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			return classify(err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Close closes the library.
func (l *Library) Close() error {
	// optimize keeps the query planner's statistics fresh; it is cheap and
	// its failure is no reason to fail Close. It may write, so a library
	// opened for reading skips it, and it does not wait for another
	// process's write: the next Close will do it.
	if !l.readOnly {
		ctx := context.Background()
		if c, err := l.db.Conn(ctx); err == nil {
			if _, err := c.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err == nil {
				c.ExecContext(ctx, "PRAGMA optimize")
			}
			c.Close()
		}
	}
	l.addMu.Lock()
	if l.add != nil {
		l.add.close()
		l.add = nil
	}
	l.addMu.Unlock()
	return l.db.Close()
}

// Dir returns the library's directory.
func (l *Library) Dir() string { return l.dir }

// Check runs SQLite's integrity check over the whole library, which reads
// every page and so takes a moment on a large library. It returns an error
// wrapping ErrNotLibrary when the database is damaged.
func (l *Library) Check(ctx context.Context) error {
	rows, err := l.db.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return fmt.Errorf("check library: %w", classify(err))
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return fmt.Errorf("check library: %w", classify(err))
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check library: %w", classify(err))
	}
	if len(problems) > 0 {
		return fmt.Errorf("check library: %w: %s", ErrNotLibrary, problems[0])
	}
	return nil
}

// sqliteCode returns the primary SQLite result code of err, or 0.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() & 0xff
	}
	return 0
}

func isBusy(err error) bool {
	c := sqliteCode(err)
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}

// classify wraps err with the sentinel error that tells the person what went
// wrong (a full disk, a read-only folder, a damaged file), keeping err.
func classify(err error) error {
	if err == nil {
		return nil
	}
	switch sqliteCode(err) {
	case sqlite3.SQLITE_FULL:
		return fmt.Errorf("%w: %w", ErrDiskFull, err)
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN:
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
		return fmt.Errorf("%w: %w", ErrNotLibrary, err)
	}
	switch {
	case errors.Is(err, os.ErrPermission), errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w: %w", ErrDiskFull, err)
	}
	return err
}
