package capture

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExtensionManifest checks the WebExtension in extension/: Manifest V3,
// every file it names present, its requests allowed to the loopback port
// only, and the same default port as the server.
func TestExtensionManifest(t *testing.T) {
	dir := filepath.Join("..", "extension")
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		ManifestVersion int      `json:"manifest_version"`
		HostPermissions []string `json:"host_permissions"`
		Background      struct {
			ServiceWorker string   `json:"service_worker"`
			Scripts       []string `json:"scripts"`
		} `json:"background"`
		Action struct {
			Popup string `json:"default_popup"`
		} `json:"action"`
		Options struct {
			Page string `json:"page"`
		} `json:"options_ui"`
		Commands map[string]any `json:"commands"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	if m.ManifestVersion != 3 || !slices.Equal(m.HostPermissions, []string{"http://127.0.0.1/*"}) || m.Commands["clip-page"] == nil {
		t.Errorf("manifest = %+v", m)
	}
	for _, f := range append([]string{m.Background.ServiceWorker, m.Action.Popup, m.Options.Page}, m.Background.Scripts...) {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("manifest names %q: %v", f, err)
		}
	}
	for _, f := range []string{"background.js", "options.js"} {
		js, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(js), fmt.Sprint(DefaultPort)) || (f == "background.js" && !strings.Contains(string(js), TokenHeader)) {
			t.Errorf("%s does not use port %d and header %s", f, DefaultPort, TokenHeader)
		}
	}
}
