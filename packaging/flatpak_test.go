package packaging

import (
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestFlatpakManifest checks the Flatpak manifest against FyneApp.toml and
// the release. Building the Flatpak needs the freedesktop runtime from
// Flathub and is not run here (docs/packaging.md).
func TestFlatpakManifest(t *testing.T) {
	id, _ := appMetadata(t)
	b, err := os.ReadFile("flatpak/" + id + ".yml")
	if err != nil {
		t.Fatalf("no manifest named for the app ID %s: %v", id, err)
	}
	var m struct {
		AppID          string   `yaml:"app-id"`
		Runtime        string   `yaml:"runtime"`
		RuntimeVersion string   `yaml:"runtime-version"`
		SDK            string   `yaml:"sdk"`
		Command        string   `yaml:"command"`
		FinishArgs     []string `yaml:"finish-args"`
		Modules        []struct {
			Name          string   `yaml:"name"`
			Buildsystem   string   `yaml:"buildsystem"`
			BuildCommands []string `yaml:"build-commands"`
			Sources       []struct {
				Type string `yaml:"type"`
				Path string `yaml:"path"`
			} `yaml:"sources"`
		} `yaml:"modules"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("the manifest does not parse: %v", err)
	}
	if m.AppID != id || m.Command != "margin" {
		t.Errorf("app-id %q, command %q; want %q and margin", m.AppID, m.Command, id)
	}
	if m.Runtime != "org.freedesktop.Platform" || m.SDK != "org.freedesktop.Sdk" || m.RuntimeVersion == "" {
		t.Errorf("runtime %q %q, sdk %q", m.Runtime, m.RuntimeVersion, m.SDK)
	}
	for _, arg := range []string{"--socket=x11", "--device=dri", "--share=network"} {
		if !strings.Contains(strings.Join(m.FinishArgs, " "), arg) {
			t.Errorf("finish-args lack %s, which the app needs", arg)
		}
	}
	if len(m.Modules) != 1 || len(m.Modules[0].Sources) != 1 {
		t.Fatalf("want one module with one source, got %+v", m.Modules)
	}
	src := m.Modules[0].Sources[0]
	if src.Type != "archive" || src.Path != "../../Margin.tar.xz" {
		t.Errorf("source %s %s; want the archive ../../Margin.tar.xz that make package writes", src.Type, src.Path)
	}
	installs := strings.Join(m.Modules[0].BuildCommands, "\n")
	for _, dst := range []string{"/app/bin/margin", "/app/share/applications/" + id + ".desktop", "/app/share/icons/hicolor/512x512/apps/" + id + ".png"} {
		if !strings.Contains(installs, dst) {
			t.Errorf("nothing installs %s", dst)
		}
	}
}
