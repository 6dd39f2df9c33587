package app

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestMovePreferencesKeepsThemAcrossTheChangeOfID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the configuration directory is set by XDG_CONFIG_HOME on Linux only")
	}
	write := func(t *testing.T, root, id, body string) {
		t.Helper()
		dir := filepath.Join(root, "fyne", id)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "preferences.json"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(root, id string) string {
		b, _ := os.ReadFile(filepath.Join(root, "fyne", id, "preferences.json"))
		return string(b)
	}
	t.Run("the old folder is renamed to the new ID", func(t *testing.T) {
		root := t.TempDir()
		t.Setenv("XDG_CONFIG_HOME", root)
		write(t, root, oldID, `{"theme":"dark"}`)
		if err := movePreferences(oldID, appID); err != nil {
			t.Fatal(err)
		}
		if got := read(root, appID); got != `{"theme":"dark"}` {
			t.Errorf("preferences under the new ID = %q", got)
		}
		if _, err := os.Stat(filepath.Join(root, "fyne", oldID)); err == nil {
			t.Error("the old folder is still there")
		}
	})
	t.Run("preferences under the new ID are never replaced", func(t *testing.T) {
		root := t.TempDir()
		t.Setenv("XDG_CONFIG_HOME", root)
		write(t, root, oldID, `{"theme":"dark"}`)
		write(t, root, appID, `{"theme":"light"}`)
		if err := movePreferences(oldID, appID); err != nil {
			t.Fatal(err)
		}
		if read(root, appID) != `{"theme":"light"}` || read(root, oldID) != `{"theme":"dark"}` {
			t.Errorf("a folder changed: new %q, old %q", read(root, appID), read(root, oldID))
		}
	})
	t.Run("without old preferences nothing is created", func(t *testing.T) {
		root := t.TempDir()
		t.Setenv("XDG_CONFIG_HOME", root)
		if err := movePreferences(oldID, appID); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(root, "fyne")); err == nil {
			t.Error("a fyne folder was created")
		}
	})
}
