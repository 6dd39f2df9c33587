# Margin: `make run` opens the app, `make test` runs every test. Each installs
# what it needs on a Debian machine (Fyne's C libraries via apt-get, Go modules).

GO       ?= go
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PKGS := gcc libgl1-mesa-dev xorg-dev
DEMO_PKGS := xvfb xdotool imagemagick x11-utils
# TEST_PKGS are what the tests need beyond the build: Chromium for the
# capture port's browser test, pandoc (citeproc) and the CSL styles (APA among
# them, CC BY-SA 3.0) for the export tests that run real readers. Each test
# skips, saying so, when its reader is absent.
TEST_PKGS := chromium pandoc citation-style-language-styles
export CGO_ENABLED := 1
# Margin calls Fyne only from its main goroutine (fyne.Do), as FyneApp.toml's
# [Migrations] says for the fyne tool; the tag leaves out Fyne's check of the
# calling goroutine at every object refreshed, a fifth of the UI thread's time
# while the list scrolls (docs/performance.md). Every go command below, and
# the binary the benchmarks build, gets it. TAGS adds build tags of your own
# (`make TAGS=no_emoji build`); they join it in one -tags flag, as go keeps
# only the last -tags it is given, and so does a -tags in GOFLAGS, from the
# environment or the command line (`make GOFLAGS=-tags=no_emoji`).
TAGS ?=
comma := ,
empty :=
space := $(empty) $(empty)
ALL_TAGS := $(strip migrated_fynedo $(subst $(comma),$(space),$(patsubst -tags=%,%,$(filter -tags=%,$(GOFLAGS))) $(TAGS)))
override GOFLAGS := $(strip $(filter-out -tags=%,$(GOFLAGS)) -tags=$(subst $(space),$(comma),$(sort $(ALL_TAGS))))
export GOFLAGS
# Margin builds against Fyne with a small patch of its own (_patches/, see
# _patches/README.md: the window holds 17 MB less). `deps` lays it over a copy
# of the Fyne module in tmp/ and writes the workspace tmp/go.work that every
# go command below uses; a plain go command outside make uses Fyne as
# published.
export GOWORK := $(CURDIR)/tmp/go.work

.PHONY: all build run test test-deps bench stress demo screenshots deps demo-deps lint package clean
.PHONY: package-windows package-deb test-packages release

all: build

# deps installs the Debian packages Fyne needs when any is missing, then the Go modules.
deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@GOWORK=off $(GO) mod download
	@scripts/fyne-patch.sh tmp

demo-deps: deps
	@missing=""; for p in $(DEMO_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(GO) build -o margin .

run: build
	./margin

test-deps: deps
	@missing=""; for p in $(TEST_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing) || \
		echo "could not install$$missing: the tests that need them will be skipped"; \
	fi

# test also runs Fyne's own tests of the packages _patches/ changes (the
# painter and the widgets, whose tests compare drawn text with Fyne's
# reference images) against the patched copy, with the patch's own test.
test: test-deps
	$(GO) vet ./...
	$(GO) test -count=1 ./... fyne.io/fyne/v2/internal/painter/... fyne.io/fyne/v2/widget

# bench prints the figures the issues ask for as lines "BENCH <name> <value> <unit>".
# Benchmarks that feed it repeat their own measurements and report medians with
# b.ReportMetric(value, "name:unit"); scripts/benchfmt.awk turns those into BENCH lines.
bench: deps
	$(GO) test -run '^$$' -bench . -benchtime 1x -count 1 ./... | tee /tmp/margin-bench.txt | awk -f scripts/benchfmt.awk

# stress runs the reliability tests at full size: at least 200 SIGKILLs of
# margin processes writing to one library, four writers at once, interrupted
# exports. It ends with lines "STRESS kills=... lost=0 integrity_failures=0"
# and "PARALLEL ...", then the fault-injection figures: "READERS ..." (ls
# and search while a 3 MB page is added), "WINDOW ..." (the window's list
# and search meanwhile), "ADDMEM ..." (peak memory of add for huge inputs),
# "SHOWMEM ..." (show and export of the stored 19 MB article) and
# "FAULTS ..." (racing exports, a full disk, a read-only library; mounts
# small tmpfs disks when run as root). A plain
# `go test ./stress/` runs them reduced.
stress: deps
	MARGIN_STRESS=full $(GO) test -count=1 -timeout 40m -run Stress -v ./stress/

# demo builds a demo library of real news pages (the AEB corpus and the seed
# text, with highlights, notes, tags and entities) and opens the app on it.
DEMO_LIB ?= $(or $(TMPDIR),/tmp)/margin-demo
demo: build
	scripts/demo-library.sh ./margin $(DEMO_LIB)
	./margin --library $(DEMO_LIB)

# screenshots runs the real app under Xvfb, clicks through it with xdotool
# and saves docs/screenshots/*.png.
screenshots: demo-deps
	scripts/screenshots.sh

# package builds Margin.tar.xz for Linux with the fyne tool (run from the Go
# module proxy): the release binary, the icon (assets/icon.png) and a desktop
# entry, from FyneApp.toml, with a Makefile to install them. The tool adds one
# to FyneApp.toml's build number on every run; the file is put back, so a
# package does not leave the tree changed. The binary is position-independent,
# as Debian builds every binary (lintian warns otherwise). See docs/gui.md.
FYNE_TOOL := fyne.io/tools/cmd/fyne@v1.7.4
package: deps
	@cp FyneApp.toml FyneApp.toml.keep
	GOFLAGS="$$($(GO) env GOFLAGS) -buildmode=pie" $(GO) run $(FYNE_TOOL) package --os linux --release --icon assets/icon.png; \
	status=$$?; mv FyneApp.toml.keep FyneApp.toml; exit $$status
	@tar -tJf Margin.tar.xz | grep -q 'usr/local/bin/margin$$' && echo "package: Margin.tar.xz ($$(du -h Margin.tar.xz | cut -f1))"

# Packages for Windows, Debian and a release; see docs/packaging.md. The
# version is FyneApp.toml's, the one place it is written. The fyne tool is
# built for this machine, since the Windows build sets GOOS for Go.
VERSION  := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
FYNE_BIN := tmp/bin/fyne
$(FYNE_BIN):
	GOBIN=$(CURDIR)/tmp/bin $(GO) install $(FYNE_TOOL)

package-windows: deps $(FYNE_BIN)
	@scripts/apt-install.sh gcc-mingw-w64-x86-64 zip
	scripts/package-windows.sh $(FYNE_BIN) $(VERSION) dist

package-deb: package
	@scripts/apt-install.sh dpkg-dev binutils
	@mkdir -p dist
	scripts/package-deb.sh Margin.tar.xz $(VERSION) dist/margin_$(VERSION)_amd64.deb

# test-packages checks the built packages: Margin.exe under Wine, the .deb
# with lintian and desktop-file-validate. make test runs the same tests,
# which skip, saying why, when a package or a tool is missing.
test-packages: package-deb package-windows
	@scripts/apt-install.sh wine64 lintian desktop-file-utils
	$(GO) test -count=1 -v ./packaging/

# release builds every package that can be built here into dist/, with
# their SHA-256 checksums in dist/SHA256SUMS.
release: package-deb package-windows
	cp Margin.tar.xz dist/margin-$(VERSION)-linux-amd64.tar.xz
	cd dist && sha256sum margin-$(VERSION)-linux-amd64.tar.xz margin_$(VERSION)_amd64.deb \
		Margin-$(VERSION)-windows-amd64.zip > SHA256SUMS && cat SHA256SUMS

lint: deps
	gofmt -l .
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@latest ./...

clean:
	rm -f margin
	rm -rf tmp/fyne-* tmp/go.work tmp/go.work.sum
