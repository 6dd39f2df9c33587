#!/usr/bin/env bash
# screenshots.sh runs the real Margin app under Xvfb on a demo library of
# real news pages (scripts/demo-library.sh), drives it with xdotool as a
# person would, with the keyboard where Margin has a shortcut and the mouse
# where a person would use it, and saves what the screen shows:
#
#   library.png       the library list, nothing open yet
#   search-sort.png   a search as typed, best matches first, with the sort's choices open
#   reader.png        a search (Ctrl+K, Enter) opens a clipping: highlights, notes, entity mentions
#   selection.png     text selected by a drag, with the selection toolbar
#   entity-card.png   a click on a mention: the entity card with the other clippings mentioning it
#   details.png       the side panel's details: metadata, source link, tags, the clipping's note
#   suggestions.png   the side panel's entities, with Margin's suggestions to accept or reject
#   new-clipping.png  the new-clipping dialog (Ctrl+N)
#   export.png        the export dialog (Ctrl+E) over a search that lists two clippings, with its preview
#   help.png          the keyboard shortcuts (F1)
#   preferences.png   Preferences (Ctrl+,): the browser capture port, its bookmarklet and token
#   reader-uncertain.png  a page where no main article was found: the reader's notice above the text
#   versions-flagged.png  an edited article: highlights whose passage changed or vanished, flagged
#   versions-diff.png the versions window: what changed between two versions, by word
#   reader-light.png  the reader in the light theme
#   reader-200.png    the reader at 200% scaling (FYNE_SCALE=2, on a screen twice as large)
#   selection-200.png the selection toolbar at 200%
#   reader-pictures.png     an article's pictures in the reader, with their captions
#   reader-pictures-200.png the same at 200%
#   entity-map.png    the entity map (Ctrl+Shift+M) with the passages of its strongest link (L, Enter)
#   entity-map-period.png  the map filtered to a period chosen on the time strip
#   entity-map-200.png the entity map and a link's passages at 200%
#   details-200.png, export-200.png, preferences-200.png  the same views at 200%
#
# It prints the time from starting margin to its window appearing. Needs
# Xvfb, xdotool, ImageMagick and xdpyinfo (make demo-deps installs them).
# It is not part of `make test`.
#
#   scripts/screenshots.sh [OUT_DIR]        (default docs/screenshots)
#   ONLY=entity-map scripts/screenshots.sh  (the entity map's three only)
#
# Coordinates below are in the window's device-independent units, for the
# 1400x900 window the script makes; at 200% they are doubled.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ONLY=${ONLY:-}
case "$ONLY" in
"" | entity-map) ;;
*) echo "screenshots: ONLY may be entity-map or empty, not $ONLY" >&2; exit 2 ;;
esac
# everything says whether every screenshot is taken, not only ONLY's.
everything() { [ -z "$ONLY" ]; }
OUT=${1:-$ROOT/docs/screenshots}
WIDTH=1400
HEIGHT=900
WORK=$(mktemp -d)
LIB=$WORK/library
MARGIN=$WORK/margin
export LANG=${LANG:-C.UTF-8}

pids=()
stop_all() {
	local p
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
	pids=()
}
cleanup() {
	stop_all
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in Xvfb xdotool import xdpyinfo; do
	command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (make demo-deps)" >&2; exit 1; }
done

# A display no other X server uses.
disp=99
while [ -e "/tmp/.X$disp-lock" ] || [ -e "/tmp/.X11-unix/X$disp" ]; do disp=$((disp + 1)); done
export DISPLAY=:$disp

echo "screenshots: building margin and the demo library"
(cd "$ROOT" && go build -o "$MARGIN" .)
"$ROOT/scripts/demo-library.sh" "$MARGIN" "$LIB" >/dev/null
"$ROOT/scripts/demo-versions.sh" "$MARGIN" "$LIB" >/dev/null
mkdir -p "$OUT"

SCALE=1
# start_app SCALE [ENV...]: a fresh X server the size of the window at that
# scale, a fresh profile (Fyne keeps preferences under the home directory),
# then margin, with the window filling the screen.
start_app() {
	SCALE=$1
	shift
	stop_all
	local w=$((WIDTH * SCALE)) h=$((HEIGHT * SCALE))
	Xvfb "$DISPLAY" -screen 0 "${w}x${h}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
	pids+=($!)
	local ok=
	for _ in $(seq 100); do
		xdpyinfo >/dev/null 2>&1 && { ok=1; break; }
		sleep 0.1
	done
	[ -n "$ok" ] || { echo "screenshots: Xvfb did not start" >&2; cat "$WORK/xvfb.log" >&2; exit 1; }
	rm -rf "$WORK/home"
	mkdir -p "$WORK/home"
	local start
	start=$(date +%s%N)
	env HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" FYNE_SCALE="$SCALE" "$@" \
		"$MARGIN" --library "$LIB" >"$WORK/margin.log" 2>&1 &
	pids+=($!)
	WID=$(timeout 30 xdotool search --sync --onlyvisible --name '^Margin' | head -1 || true)
	[ -n "$WID" ] || { echo "screenshots: the window did not appear" >&2; cat "$WORK/margin.log" >&2; exit 1; }
	echo "screenshots: window after $((($(date +%s%N) - start) / 1000000)) ms (scale $SCALE $*)"
	xdotool windowmove "$WID" 0 0 windowsize "$WID" "$w" "$h"
	sleep 2 # the list's first page, the first frame at the new size
}

# shot NAME: saves the screen as NAME.png.
shot() {
	sleep 1
	import -window root "$OUT/$1.png"
	echo "screenshots: $OUT/$1.png"
}

# key KEYS...: presses keys in the window.
key() { xdotool key --window "$WID" "$@"; sleep 0.4; }

# at X Y: moves the pointer to a point of the window, in units.
at() { xdotool mousemove --window "$WID" $(($1 * SCALE)) $(($2 * SCALE)); }

# click X Y: clicks there.
click() { at "$1" "$2"; sleep 0.2; xdotool click 1; sleep 0.5; }

# drag X1 X2 Y: presses at X1, moves to X2 in steps and releases.
drag() {
	at "$1" "$3"
	xdotool mousedown 1
	local x
	for x in $(seq "$1" 20 "$2") "$2"; do at "$x" "$3"; sleep 0.03; done
	xdotool mouseup 1
}

# open_clipping QUERY TITLE: searches the library (Ctrl+K), opens the first result
# (Enter) and waits until the window's title names it.
open_clipping() {
	key ctrl+k
	key ctrl+a
	xdotool type --window "$WID" --delay 40 "$1"
	key Return
	timeout 10 xdotool search --sync --name "^Margin — $2" >/dev/null ||
		{ echo "screenshots: searching for $1 did not open $2" >&2; exit 1; }
	sleep 1
}

# entity_map: opens the entity map (Ctrl+Shift+M) in its window, fills the
# screen with it and lists the passages of the strongest link (L, Enter:
# the map has the focus when it opens).
entity_map() {
	# The main window has the keyboard again (a window closed before this
	# can leave it to none), by a click on the list's empty part.
	xdotool windowactivate "$WID" 2>/dev/null || true
	click 180 800
	key ctrl+shift+m
	MID=$(timeout 30 xdotool search --sync --onlyvisible --name '^Entity Map' | head -1 || true)
	[ -n "$MID" ] || {
		import -window root "${TMPDIR:-/tmp}/screenshots-failed.png"
		echo "screenshots: the entity map did not open (the screen is in ${TMPDIR:-/tmp}/screenshots-failed.png)" >&2
		exit 1
	}
	xdotool windowmove "$MID" 0 0 windowsize "$MID" $((WIDTH * SCALE)) $((HEIGHT * SCALE))
	sleep 3 # the query and the layout
	xdotool key --window "$MID" l Return
	sleep 1
}

start_app 1
if everything; then
	shot library

	# A search shows its best matches first; the sort offers "Best match"
	# while searching.
	key ctrl+k
	xdotool type --window "$WID" --delay 40 "China"
	sleep 2
	click 280 166
	shot search-sort
	key Escape

	open_clipping "Esper" "Esper accuses"
	shot reader

	# Select "using coercion and intimidation" in the first paragraph.
	drag 700 930 410
	shot selection
	key Escape

	# A click on "China" shows the entity card, with the other clippings that
	# mention China.
	click 650 410
	shot entity-card
	key Escape

	# The Details tab of a clipping with tags, a note and a citation key.
	open_clipping "Volker" "Impeachment hearings"
	click 1338 90
	shot details

	# A clipping whose suggestions are left to review (every fourth).
	open_clipping "Europa" "The Weird Plumes"
	click 1255 90
	shot suggestions

	# A search that finds two clippings (the two SlashGear car pages). The
	# click on the Entities tab takes the keyboard from the search box, which
	# would keep F1 below from reaching the window.
	open_clipping "electric" "2020 Audi e-tron"
	click 1255 90
	key ctrl+n
	shot new-clipping
	key Escape
	# Pick both clippings the search found, to export them together.
	for y in 240 305; do
		at 180 "$y"
		xdotool keydown ctrl click 1 keyup ctrl
		sleep 0.3
	done
	key ctrl+e
	sleep 2 # the preview is made off the UI goroutine
	shot export
	key Escape
	key F1
	shot help
	key Escape
	key ctrl+comma
	shot preferences
	key Escape

	# A page where no main article was found: the notice above its best text.
	open_clipping "Millbrook" "Millbrook Parish Council"
	shot reader-uncertain

	# The demo article with pictures: the figure and its caption.
	open_clipping "Floods" "Floods reach the old town"
	shot reader-pictures
fi
entity_map
shot entity-map
# The time strip runs along the bottom: a click on its first month (where
# the demo's news pages are dated, November 2019; a month near the end had
# no clipping and left the map empty) filters the map to it.
xdotool mousemove --window "$MID" $((147 * SCALE)) $(((HEIGHT - 14) * SCALE)) click 1
sleep 2
shot entity-map-period
# (The map's window is left open: closing a window from outside, with
# xdotool windowclose, ends the whole app; the next start_app stops it.)

if everything; then
	# A fresh window, so that the versions window below opens over it.
	start_app 1
	# A clipping whose article was edited after it was clipped
	# (scripts/demo-versions.sh): on the Highlights tab the cards say which
	# passage changed or vanished; Versions… (Ctrl+Shift+D) opens the
	# differences in a window of their own, left open until the app restarts.
	open_clipping "ferry" "Harbour bridge to close"
	click 1160 90
	shot versions-flagged
	key ctrl+shift+d
	sleep 2
	shot versions-diff
	start_app 1 FYNE_THEME=light
	open_clipping "Esper" "Esper accuses"
	shot reader-light
fi

start_app 2
if everything; then
	open_clipping "Esper" "Esper accuses"
	shot reader-200
	drag 700 930 410
	shot selection-200
	key Escape
	open_clipping "Floods" "Floods reach the old town"
	shot reader-pictures-200
	open_clipping "Volker" "Impeachment hearings"
	click 1338 90
	shot details-200
	key ctrl+e
	sleep 2 # the preview is made off the UI goroutine
	shot export-200
	key Escape
	key ctrl+comma
	shot preferences-200
	key Escape
fi
entity_map
shot entity-map-200
