package library

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// BackupDir is the folder inside a library directory that holds the
// automatic backups.
const BackupDir = "backups"

// backupPrefix and backupSuffix frame the time in an automatic backup's
// name, which sorts in time order.
const (
	backupPrefix     = "margin-"
	backupSuffix     = ".db"
	backupTimeFormat = "20060102T150405.000Z"
)

// Backup writes a consistent copy of the whole library to path, while the
// library stays in use. The copy is written under a temporary name and
// renamed into place, so path never holds a partial backup.
func (l *Library) Backup(ctx context.Context, path string) error {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("back up library: %w: %s is a folder; give the backup file's name", ErrInvalid, path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("back up library: %w", classify(err))
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("back up library: %w", classify(err))
	}
	tmp := f.Name()
	f.Close()
	// VACUUM INTO refuses to write over a file, even an empty one.
	os.Remove(tmp)
	if err := l.unmapped(ctx, true, func(conn *sql.Conn) error {
		return withCacheSize(ctx, conn, backupCacheKB, func() error {
			_, err := conn.ExecContext(ctx, `VACUUM INTO ?`, tmp)
			return err
		})
	}); err != nil {
		// With the small cache SQLite spills the copy's pages through a
		// rollback journal of its own; a copy that failed (a full disk)
		// leaves it behind.
		os.Remove(tmp)
		os.Remove(tmp + "-journal")
		return fmt.Errorf("back up library to %s: %w", path, classify(err))
	}
	// SQLite makes the copy readable by everyone; it holds the whole
	// library, so only its owner may read it.
	if err := os.Chmod(tmp, 0o600); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("back up library to %s: %w", path, classify(err))
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("back up library to %s: %w", path, classify(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("back up library to %s: %w", path, classify(err))
	}
	return nil
}

// backupCacheKB is the page cache, in KB, of the connection that copies
// the library. VACUUM INTO reads each page once, so a cache does not
// speed it up; filled, it left SQLite's allocator (modernc.org/memory)
// holding 5 MB of freed page slots in the window after the daily backup,
// which it keeps for reuse and does not give back (docs/performance.md).
const backupCacheKB = 256

// withCacheSize runs fn with conn's page cache set to kb, and sets it back
// to the connections' size after. A connection that cannot be set back is
// closed, not returned to the pool with the small cache.
func withCacheSize(ctx context.Context, conn *sql.Conn, kb int, fn func() error) error {
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", kb)); err != nil {
		return err
	}
	defer func() {
		ctx := context.WithoutCancel(ctx)
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", cacheSizeKB)); err != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
	}()
	return fn()
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Restore makes the backup at backupPath the library in dir. It refuses
// (with an error wrapping ErrExists) when dir already holds a library, and
// checks the backup is an intact Margin library first (ErrNotLibrary,
// ErrNewerVersion otherwise). The backup file itself is only read.
func Restore(ctx context.Context, backupPath, dir string) error {
	op := fmt.Sprintf("restore %s", backupPath)
	if err := checkFile(backupPath); err != nil {
		return fmt.Errorf("%s: %w", op, badBackup(err))
	}
	if _, err := os.Stat(backupPath); err != nil {
		return fmt.Errorf("%s: %w", op, classify(err))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("%s: %w", op, classify(err))
	}
	path := filepath.Join(dir, FileName)
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		return fmt.Errorf("%s: %w: %s", op, ErrExists, path)
	}
	f, err := os.CreateTemp(dir, ".restore-*.db")
	if err != nil {
		return fmt.Errorf("%s: %w", op, classify(err))
	}
	tmp := f.Name()
	defer func() {
		for _, s := range []string{"", "-wal", "-shm"} {
			os.Remove(tmp + s)
		}
	}()
	err = copyFrom(f, backupPath)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", op, classify(err))
	}
	if err := checkBackup(ctx, tmp); err != nil {
		return fmt.Errorf("%s: %w", op, badBackup(err))
	}
	// A write-ahead log left without its database would be applied to the
	// restored one.
	for _, s := range []string{"-wal", "-shm"} {
		if err := os.Remove(path + s); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%s: %w", op, classify(err))
		}
	}
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		return fmt.Errorf("%s: %w: %s", op, ErrExists, path)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("%s: %w", op, classify(err))
	}
	return nil
}

// badBackup says of a file that is not an intact library that it is not an
// intact backup: what the person can do about it is choose another backup,
// not restore one.
func badBackup(err error) error {
	if !errors.Is(err, ErrNotLibrary) {
		return err
	}
	why := strings.TrimPrefix(err.Error(), ErrNotLibrary.Error()+": ")
	return fmt.Errorf("%w (%s)", ErrBadBackup, why)
}

func copyFrom(dst *os.File, src string) error {
	s, err := os.Open(src)
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := io.Copy(dst, s); err != nil {
		return err
	}
	return dst.Sync()
}

// checkBackup checks that the database at path is an intact Margin library
// this version can open.
func checkBackup(ctx context.Context, path string) error {
	if err := checkFile(path); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return err
	}
	defer db.Close()
	var appID, version int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return classify(err)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return classify(err)
	}
	switch {
	case appID != applicationID:
		return fmt.Errorf("%w: it is not a Margin backup", ErrNotLibrary)
	case version > len(migrations):
		return fmt.Errorf("%w (schema %d, this Margin knows %d)", ErrNewerVersion, version, len(migrations))
	}
	var res string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res); err != nil {
		return classify(err)
	}
	if res != "ok" {
		return fmt.Errorf("%w: the backup is damaged: %s", ErrNotLibrary, res)
	}
	return nil
}

// AutoBackup takes a rolling automatic backup in the library's backups
// folder, unless the newest one is younger than BackupInterval, and deletes
// the oldest so that BackupGenerations remain.
func (l *Library) AutoBackup(ctx context.Context) error {
	return l.autoBackup(ctx, false)
}

// Optimize merges the full-text index's segments into one, which makes
// searches of a library that grew clipping by clipping quicker, and
// refreshes the query planner's statistics. It takes a second or two on a
// large library; AutoBackup runs it.
func (l *Library) Optimize(ctx context.Context) error {
	err := l.write(ctx, "optimize the search index", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO clippings_fts(clippings_fts) VALUES ('optimize')`)
		return err
	})
	if err != nil {
		return err
	}
	if _, err := l.db.ExecContext(ctx, "PRAGMA optimize"); err != nil {
		return fmt.Errorf("optimize: %w", classify(err))
	}
	return nil
}

// AutoBackupNow takes a rolling automatic backup whatever the age of the
// newest one.
func (l *Library) AutoBackupNow(ctx context.Context) error {
	return l.autoBackup(ctx, true)
}

func (l *Library) autoBackup(ctx context.Context, force bool) error {
	// Optimizing and copying the library fill the connections' page
	// caches with pages no search is likely to want.
	defer l.ReleaseMemory()
	list, err := l.Backups(ctx)
	if err != nil {
		return err
	}
	t := time.Now().UTC()
	if !force && len(list) > 0 {
		if last, ok := backupTime(list[0]); ok && t.Sub(last) < l.BackupInterval {
			return nil
		}
	}
	// The daily backup is also when the search index is tidied.
	if err := l.Optimize(ctx); err != nil {
		return err
	}
	path := filepath.Join(l.dir, BackupDir, backupPrefix+t.Format(backupTimeFormat)+backupSuffix)
	if err := l.Backup(ctx, path); err != nil {
		return err
	}
	list, err = l.Backups(ctx)
	if err != nil {
		return err
	}
	keep := max(l.BackupGenerations, 1)
	for _, old := range list[min(keep, len(list)):] {
		if err := os.Remove(old); err != nil {
			return fmt.Errorf("remove old backup: %w", err)
		}
	}
	return nil
}

// Backups returns the paths of the library's automatic backups, newest
// first.
func (l *Library) Backups(ctx context.Context) ([]string, error) {
	dir := filepath.Join(l.dir, BackupDir)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups: %w", classify(err))
	}
	var out []string
	for _, e := range entries {
		if _, ok := backupTime(e.Name()); ok && e.Type().IsRegular() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out, nil
}

// backupTime reads the time from an automatic backup's name.
func backupTime(path string) (time.Time, bool) {
	name := filepath.Base(path)
	if !strings.HasPrefix(name, backupPrefix) || !strings.HasSuffix(name, backupSuffix) {
		return time.Time{}, false
	}
	t, err := time.Parse(backupTimeFormat, strings.TrimSuffix(strings.TrimPrefix(name, backupPrefix), backupSuffix))
	return t, err == nil
}

// unmapped runs fn on a connection that reads the database file without
// mapping it into memory. Reading the whole library through the map (a
// backup) leaves every page of it counted in the process's resident
// memory, 800 MB for 100,000 clippings, until the system needs it back;
// read, it passes through SQLite's page cache and the system's file cache.
func (l *Library) unmapped(ctx context.Context, shrink bool, fn func(conn *sql.Conn) error) error {
	conn, err := l.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA mmap_size = 0"); err != nil {
		return err
	}
	// The connection goes back to the pool mapped as the others (one that
	// keeps no map would make searches on it slower: it goes back mapped,
	// or not at all), and with shrink without the pages it read: a
	// backup fills its page cache with the library's pages, which no
	// search would use before the connection is closed.
	defer func() {
		ctx := context.WithoutCancel(ctx)
		if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA mmap_size = %d", mmapSize)); err != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			return
		}
		if shrink {
			conn.ExecContext(ctx, "PRAGMA shrink_memory")
		}
	}()
	return fn(conn)
}
