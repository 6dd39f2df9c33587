#!/usr/bin/env bash
# apt-install.sh PACKAGE... installs the Debian packages that are missing,
# with sudo when not root, as `make deps` does for Fyne's.
set -euo pipefail
missing=""
for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -n "$missing" ] || exit 0
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
echo "installing$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
