#!/usr/bin/env bash
# package-deb.sh TARBALL VERSION OUT.deb builds Margin's Debian package with
# dpkg-deb from the release tarball `make package` writes (the binary and
# the desktop entry come from the fyne tool and FyneApp.toml). It adds what
# a Debian package needs: /usr rather than /usr/local, the icon at each
# hicolor size, the manual page from the CLI, the copyright and changelog,
# and Depends computed by dpkg-shlibdeps from the libraries the binary links.
set -euo pipefail
tarball=$1 version=$2 out=$3
id=app.margin.Margin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tar -xJf "$tarball" -C "$work"
bin=$(find "$work" -path '*/bin/margin' -type f | head -1)
desktop=$(find "$work" -name "$id.desktop" -type f | head -1)
[ -n "$bin" ] || { echo "package-deb: no bin/margin in $tarball" >&2; exit 1; }
[ -n "$desktop" ] || { echo "package-deb: no $id.desktop in $tarball (is FyneApp.toml's ID $id?)" >&2; exit 1; }

root=$work/root
install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/applications" \
	"$root/usr/share/man/man1" "$root/usr/share/doc/margin" "$root/usr/share/lintian/overrides"
install -m 0755 "$bin" "$root/usr/bin/margin"
strip --remove-section=.comment --remove-section=.note "$root/usr/bin/margin"
install -m 0644 "$desktop" "$root/usr/share/applications/$id.desktop"
go run ./packaging/icons assets/icon.png "$root/usr/share/icons/hicolor" "$id"
go run ./packaging/manpage "$version" "$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y-%m-%d)" \
	| gzip -9n > "$root/usr/share/man/man1/margin.1.gz"
# The notices of the name lists and weights the binary embeds follow Margin's own.
cat packaging/linux/copyright annotate/data/NOTICE > "$root/usr/share/doc/margin/copyright"
chmod 0644 "$root/usr/share/doc/margin/copyright"
# lintian takes a name of the organisation lexicon for a copy of ieee-data
# (packaging/linux/lintian-overrides says why it is not).
grep -v '^#' packaging/linux/lintian-overrides > "$root/usr/share/lintian/overrides/margin"
chmod 0644 "$root/usr/share/lintian/overrides/margin"
{
	echo "margin ($version) unstable; urgency=medium"
	echo
	echo "  * Margin $version."
	echo
	echo " -- Margin maintainers <margin@example.invalid>  $(date -u -R -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")"
} | gzip -9n > "$root/usr/share/doc/margin/changelog.gz"
find "$root" -type d -exec chmod 0755 {} +
find "$root/usr/share" -type f -exec chmod 0644 {} +

# dpkg-shlibdeps wants a debian/control beside the tree it looks at.
mkdir -p "$work/debian"
printf 'Source: margin\n\nPackage: margin\nArchitecture: any\n' > "$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O root/usr/bin/margin 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "package-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
# GLFW opens these X libraries with dlopen, where dpkg-shlibdeps cannot see them.
depends="$depends, libx11-xcb1, libxcursor1, libxi6, libxinerama1, libxrandr2, libxrender1, libxxf86vm1"

size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: margin
Version: $version
Architecture: $(dpkg --print-architecture)
Maintainer: Margin maintainers <margin@example.invalid>
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Homepage: https://example.invalid/margin
Description: clip news articles, annotate them and export them to Markdown
 Margin clips news articles into a local library, lets you highlight and
 annotate them and tag the people, organisations, places and events they
 mention, and exports the annotated clippings, above all as Markdown.
 .
 With no arguments, margin opens the desktop app; its commands give
 scripts the same library.
CONTROL
(cd "$root" && find usr -type f -exec md5sum {} + | sort -k2) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
echo "package-deb: $out ($(du -h "$out" | cut -f1))"
