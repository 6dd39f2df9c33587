#!/usr/bin/env bash
# package-windows.sh FYNE VERSION OUTDIR cross-compiles Margin.exe for 64-bit
# Windows with MinGW-w64 (cgo, for Fyne's GLFW and OpenGL) and the fyne
# tool FYNE, which puts the icon, version and manifest from FyneApp.toml
# into the exe and links it as a GUI program. It writes OUTDIR/windows/
# Margin.exe and OUTDIR/Margin-VERSION-windows-amd64.zip, a folder that
# runs where it is unpacked, without installing.
set -euo pipefail
fyne=$1 version=$2 out=$3
export GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++

# The fyne tool adds one to FyneApp.toml's build number on every run; the
# file is put back, so a package does not leave the tree changed.
cp FyneApp.toml FyneApp.toml.keep
trap 'mv FyneApp.toml.keep FyneApp.toml; rm -f fyne.syso' EXIT
start=$(date +%s)
"$fyne" package --os windows --release --icon assets/icon.png
echo "package-windows: Margin.exe built in $(( $(date +%s) - start )) s"

mkdir -p "$out/windows"
mv Margin.exe "$out/windows/Margin.exe"
stage=$(mktemp -d)
trap 'mv FyneApp.toml.keep FyneApp.toml; rm -f fyne.syso; rm -rf "$stage"' EXIT
mkdir "$stage/Margin"
cp "$out/windows/Margin.exe" "$stage/Margin/"
sed 's/$/\r/' > "$stage/Margin/README.txt" <<README
Margin $version for Windows (64-bit)

Margin.exe runs from this folder; nothing needs installing. Open it to use
the app. Your library is kept in %APPDATA%\\Margin; to use another folder,
start it as: Margin.exe --library "D:\\Notes\\Margin".

From a terminal (cmd or PowerShell), Margin.exe help lists the commands
that give scripts the same library, for example:
    Margin.exe add https://example.com/news/story
    Margin.exe export --all --format md --out "%USERPROFILE%\\Documents\\Notes"

The app needs OpenGL 2.1, which every Windows 10 and 11 graphics driver
provides.
README
zip="$out/Margin-$version-windows-amd64.zip"
rm -f "$zip"
(cd "$stage" && TZ=UTC zip -q -X -r - Margin) > "$zip"
echo "package-windows: $zip ($(du -h "$zip" | cut -f1))"
