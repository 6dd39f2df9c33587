#!/bin/sh
# fyne-patch.sh DIR writes DIR/fyne-VERSION, a copy of the Fyne module that
# go.mod requires with Margin's patches (_patches/fyne/) laid over it, and
# DIR/go.work, a workspace that builds Margin against that copy. The Makefile
# runs it from `deps` and points GOWORK at DIR/go.work, so every build, test
# and package it makes uses the patched Fyne; a plain `go build` with no
# workspace uses Fyne as published (it works the same and holds more memory:
# _patches/README.md).
#
# Each patched file is checked against the upstream file it was written
# from (_patches/fyne/BASE.sha256): when go.mod moves to another Fyne, the
# script stops and says which file to look at again.
set -eu
cd "$(dirname "$0")/.."
out=$1
mkdir -p "$out"
version=$(awk '$1 == "fyne.io/fyne/v2" { print $2 }' go.mod)
src=$(GOWORK=off GOFLAGS= go mod download -json "fyne.io/fyne/v2@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "fyne-patch: Go did not download fyne.io/fyne/v2@$version" >&2; exit 1; }

# The upstream files must be the ones the patches were written against.
while read -r sum file; do
	case "$sum" in '#'* | '') continue ;; esac
	if [ "$sum" = new ]; then
		if [ -e "$src/$file" ]; then
			echo "fyne-patch: fyne.io/fyne/v2@$version now has $file, which _patches/fyne adds" >&2
			exit 1
		fi
		continue
	fi
	got=$(sha256sum "$src/$file" | cut -d' ' -f1)
	if [ "$got" != "$sum" ]; then
		echo "fyne-patch: $file of fyne.io/fyne/v2@$version is not the file _patches/fyne/$file was written against;" >&2
		echo "fyne-patch: carry the patch over to the new file and update _patches/fyne/BASE.sha256" >&2
		exit 1
	fi
done < _patches/fyne/BASE.sha256

dst="$out/fyne-$version"
# The files _patches/fyne lays over the module (no spaces in their paths).
files=$(awk '!/^#/ && NF == 2 { print $2 }' _patches/fyne/BASE.sha256)
patched() {
	[ -d "$dst" ] || return 1
	for file in $files; do
		cmp -s "_patches/fyne/$file" "$dst/$file" || return 1
	done
}
if ! patched; then
	# A copy of the module cache is read-only until chmod below: one left
	# by an interrupted run is made writable first, so that rm can remove it.
	for d in "$dst" "$dst.tmp"; do
		if [ -e "$d" ]; then chmod -R u+w "$d"; fi
	done
	rm -rf "$dst" "$dst.tmp"
	cp -R "$src" "$dst.tmp"
	chmod -R u+w "$dst.tmp"
	for file in $files; do
		cp "_patches/fyne/$file" "$dst.tmp/$file"
	done
	mv "$dst.tmp" "$dst"
fi

goversion=$(awk '$1 == "go" { print $2; exit }' go.mod)
# The paths are quoted, as go.work reads a path with a space only so.
work=$(printf 'go %s\n\nuse "%s"\n\nreplace fyne.io/fyne/v2 %s => "./fyne-%s"\n' \
	"$goversion" "$(realpath --relative-to="$out" .)" "$version" "$version")
if [ "$(cat "$out/go.work" 2>/dev/null)" != "$work" ]; then
	printf '%s\n' "$work" > "$out/go.work"
fi
