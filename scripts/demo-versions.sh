#!/usr/bin/env bash
# demo-versions.sh adds to a library a clipping whose article was edited
# after it was clipped, so the versions window and a flagged highlight can be
# seen (and captured by scripts/screenshots.sh): a small article is served on
# the loopback address, clipped and highlighted, then edited (a headline
# softened, a word of a highlighted quote changed, a paragraph inserted, a
# highlighted paragraph removed) and checked with `margin refetch`.
#
#   scripts/demo-versions.sh [MARGIN_BINARY] [LIBRARY_DIR]
#
# It prints the clipping's ID. Needs python3 for the local server.
set -euo pipefail

MARGIN=${1:-./margin}
LIB=${2:-/tmp/margin-demo}
m() { "$MARGIN" --library "$LIB" "$@"; }

tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT

page() { # page TITLE PARAGRAPH...
	local title=$1
	shift
	{
		printf '<!doctype html><html><head><meta charset="utf-8"><title>%s</title></head><body><article>\n<h1>%s</h1>\n<p class="byline">By Ana Ruiz</p>\n' "$title" "$title"
		for p in "$@"; do printf '<p>%s</p>\n' "$p"; done
		printf '</article></body></html>\n'
	} >"$tmp/harbour-bridge.html"
}

lead="The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its supports."
quote="“We cannot take the risk any longer,” said the mayor, Lena Vos, who called the vote the hardest decision of her term."
quote2="“We cannot take the risk any more,” said the mayor, Lena Vos, who called the vote the hardest decision of her term."
traffic="Traffic on the ring road is expected to rise by a fifth while the new crossing is built, according to the transport department."
ferry="A ferry will run every fifteen minutes during the closure, free of charge for residents of the two districts."
shops="Shop owners near the bridge said they feared losing customers, and asked the council for help with their rents during the works."

page "Council shuts harbour bridge as cracks spread" "$lead" "$quote" "$traffic" "$shops"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$tmp" "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
	python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/harbour-bridge.html')" 2>/dev/null && break
	sleep 0.1
done

id=$(m add "http://127.0.0.1:$port/harbour-bridge.html")
m highlight "$id" --quote "We cannot take the risk any longer" --note "The mayor's own words" >/dev/null
m highlight "$id" --quote "expected to rise by a fifth" --color blue >/dev/null
m highlight "$id" --quote "asked the council for help with their rents" --color green >/dev/null
m label "$id" demo-versions >/dev/null

# The page as edited the next morning. The file's new modification time
# makes the server's Last-Modified differ, so the check fetches it.
sleep 1
page "Harbour bridge to close to cars next spring" "$lead" "$quote2" "$ferry" "$traffic"
m refetch "$id" --delay 0 >/dev/null
echo "$id"
