#!/usr/bin/env bash
# demo-library.sh builds a demo library of real news pages with the margin
# command line: a dozen pages of the AEB corpus and the seed text, with
# entity suggestions (most accepted, a few left to review), highlights with
# notes, tags and a clipping note. `make demo` and scripts/screenshots.sh
# use it.
#
#   scripts/demo-library.sh [MARGIN_BINARY] [LIBRARY_DIR]
#
# LIBRARY_DIR is emptied first. CORPUS and SEED name other page folders.
set -euo pipefail

MARGIN=${1:-./margin}
LIB=${2:-/tmp/margin-demo}
CORPUS=${CORPUS:-/work/shared/corpus/aeb-dev}
SEED=${SEED:-/work/shared/seed}
export LANG=${LANG:-C.UTF-8}

[ -x "$MARGIN" ] || { echo "demo-library: no margin binary at $MARGIN (go build -o margin .)" >&2; exit 1; }
[ -d "$CORPUS/html" ] || { echo "demo-library: no corpus at $CORPUS (set CORPUS)" >&2; exit 1; }

m() { "$MARGIN" --library "$LIB" "$@"; }

rm -rf "$LIB"
mkdir -p "$LIB"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# News pages in the order they are added; the last added shows first.
# Every fourth clipping keeps its suggestions to review (below): the
# Space.com page, fourth, is the one the suggestions screenshot opens.
#
# These pages must stay outside the test part of the entity gold set
# (annotate/testdata/gold/split.txt): the screenshots show entity
# suggestions on them, and the test articles' suggestions are never looked
# at. A gold article's JSON names its page in "key"; check_gold below stops
# the script if a page here is a test article.
pages=(
	7a664e40d256 # CBS News: key moments from the impeachment hearings (the details screenshot)
	8267acacb9e4 # The Hollywood Reporter: Google bets on Stadia
	06ee193de4bd # SlashGear: the VW ID. Space Vizzion
	686bb170effe # Space.com: water vapour on Europa
	70cb2d5bca75 # BBC Newsbeat
	7916ecca969f # Al Jazeera: helicopter crash in Afghanistan
	8634d1211c3f # LA Times: Gannett and GateHouse
	1ace8c85aaee # TechCrunch: New York investigates WeWork
	f5c90a6d5253 # National Review: Adam Schiff and the impeachment inquiry
	9cb8224b660f # Billboard: the Doobie Brothers reunite
	db6b0816c612 # AP: Esper and Vietnam's coast guard (the screenshots open it)
	3cb22bfabed8 # SlashGear: the Audi e-tron Sportback
	bdb56ac83513 # Quanta: tuft cells
)

# check_gold stops the script if a page is an article of the gold set's
# test part (annotate's TestDemoPagesOutsideGoldTest checks the same).
GOLD=${GOLD:-$(dirname "$0")/../annotate/testdata/gold}
check_gold() {
	[ -f "$GOLD/split.txt" ] || return 0
	python3 - "$GOLD" "$@" <<'PY'
import json, os, sys
gold, pages = sys.argv[1], sys.argv[2:]
test = [l.split()[0] for l in open(os.path.join(gold, "split.txt"))
        if not l.startswith("#") and len(l.split()) == 2 and l.split()[1] == "test"]
bad = 0
for name in test:
    key = json.load(open(os.path.join(gold, name + ".json"))).get("key", "")
    for p in pages:
        if key.startswith(p):
            print(f"demo-library: page {p} is the gold test article {name}; pick a page outside the gold set", file=sys.stderr)
            bad = 1
sys.exit(bad)
PY
}
check_gold "${pages[@]}"

ids=()
for p in "${pages[@]}"; do
	f=$(ls "$CORPUS"/html/"$p"*.html.gz 2>/dev/null | head -1)
	[ -n "$f" ] || { echo "demo-library: no page $p in $CORPUS" >&2; continue; }
	key=$(basename "$f" .html.gz)
	gunzip -c "$f" >"$tmp/$key.html"
	# The page's own address, so links and sites are right.
	url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["url"])' "$CORPUS/ground-truth.json" "$key" 2>/dev/null || true)
	# The corpus pages are saved files: their pictures stay where they
	# were, so the demo needs no network.
	args=(--no-images)
	[ -n "$url" ] && args+=(--url "$url")
	if id=$(m add "${args[@]}" "$tmp/$key.html" 2>"$tmp/err"); then
		ids+=("$id")
		echo "added $id: $p"
	else
		echo "demo-library: could not add $p: $(tail -1 "$tmp/err")" >&2
	fi
done
for f in "$SEED"/*.txt; do
	[ -f "$f" ] || continue
	if id=$(m add "$f" 2>"$tmp/err"); then
		ids+=("$id")
		echo "added $id: $(basename "$f")"
	fi
done
[ ${#ids[@]} -gt 0 ] || { echo "demo-library: nothing was added" >&2; exit 1; }

# A page where Margin finds no main article (a parish council's home page:
# menus, teaser links and one box of prose), kept with the fallback's best
# text and the note that the extraction was uncertain.
uncertain=$(dirname "$0")/../clip/testdata/pages/no-main-article.html
if [ -f "$uncertain" ] && id=$(m add --url https://millbrook-parish.example/ "$uncertain" 2>"$tmp/err"); then
	ids+=("$id")
	echo "added $id: a page with no main article (uncertain)"
fi

# An article with pictures, clipped from a web server on the loopback
# address as from a news site: a figure with its caption, a lazy-loaded
# chart with a srcset, and a tracking pixel that is left out. The text and
# the pictures (scripts/demo-pictures.py) are Margin's own.
site=$tmp/site
mkdir -p "$site"
python3 "$(dirname "$0")/demo-pictures.py" "$site"
cat >"$site/floods.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><title>Floods reach the old town as the river rises</title>
<meta name="author" content="Margin demo desk"><meta property="og:site_name" content="The Riverside Courier"></head><body><article>
<h1>Floods reach the old town as the river rises</h1>
<p>The river rose through the night and by morning the water stood a metre deep in the market square, where traders had moved their stock to upper floors before the warning sirens sounded.</p>
<figure><img src="river.png" srcset="river.png 960w" alt="The river at dusk"><figcaption>The river at dusk on Tuesday, an hour before it broke its banks. (Illustration: Margin demo desk)</figcaption></figure>
<p>Emergency crews worked from boats to reach residents who had stayed behind, and the mayor said the town hall would open as a shelter for anyone who needed one. Schools in the lower town will stay closed for the rest of the week.</p>
<p>Engineers inspected the old bridge and closed it to traffic, saying its pillars had been struck by debris carried down from the hills. The council expects to reopen it once divers have examined the foundations.</p>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="levels.png" loading="lazy" alt="Bar chart of the river level"><figcaption>The river's level at the town gauge over ten days, in metres; red bars are above the flood line.</figcaption></figure>
<p>By noon the rain had eased, though forecasters warned that a second band of storms could arrive before the weekend and push the river higher still. Insurers said it was too early to estimate the cost.</p>
<img src="pixel.gif" width="1" height="1" alt="">
</article></body></html>
HTML
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
	python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$port" 2>/dev/null && break
	sleep 0.1
done
if id=$(m add "http://127.0.0.1:$port/floods.html" 2>"$tmp/err"); then
	ids+=("$id")
	echo "added $id: floods (with pictures)"
else
	echo "demo-library: could not add the article with pictures: $(tail -1 "$tmp/err")" >&2
fi
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true

for id in "${ids[@]}"; do m suggest "$id" >/dev/null; done

# Accept the suggestions in most clippings, leaving every fourth with its
# suggestions pending, so the panel has something to review.
n=0
for id in "${ids[@]}"; do
	n=$((n + 1))
	[ $((n % 4)) -eq 0 ] && continue
	m accept "$id" --all >/dev/null 2>&1 || true
done

# hl ID QUOTE COLOR [NOTE [NTH]]: highlights a quote if the text has it.
hl() {
	local args=("$1" --quote "$2" --color "$3")
	[ -n "${4:-}" ] && args+=(--note "$4")
	[ -n "${5:-}" ] && args+=(--nth "$5")
	m highlight "${args[@]}" >/dev/null 2>&1 || echo "demo-library: no quote \"$2\" in $1" >&2
}

# Highlights are looked up by quote. The first sentence of a few long
# paragraphs of each page is a reliable quote whatever the extraction keeps,
# and reads as something a person would mark; long sentences are cut at
# forty words.
first_sentence() {
	m show --text "$1" 2>/dev/null | python3 -c '
import re, sys
paras = [p for p in sys.stdin.read().split("\n") if len(p) > 120]
n = int(sys.argv[1])
if n <= len(paras):
    p = paras[n - 1]
    cut = len(p)
    abbrev = {"Co", "Corp", "Inc", "Ltd", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "No", "vs"}
    for end in re.finditer(r"(\S+)[.!?][”’\"]?(?= [“‘\"A-Z]|$)", p):
        word = end.group(1)
        # Not after an abbreviation (U.S., Co., Mr.), nor too soon.
        if "." in word or len(word) == 1 or word in abbrev or len(p[: end.end()].split()) < 8:
            continue
        cut = end.end()
        break
    words = p[:cut].split(" ")
    print(" ".join(words[:40]))
' "$2"
}
colors=(yellow green blue pink purple)
notes=("Key claim; check the figures." "Compare with last year's coverage." "Follow up on this." "" "Quote for the essay.")
i=0
for id in "${ids[@]}"; do
	for para in 2 5; do
		q=$(first_sentence "$id" "$para")
		[ -n "$q" ] || continue
		c=${colors[$(((i + para) % 5))]}
		if [ "$para" = 2 ]; then
			hl "$id" "$q" "$c" "${notes[$((i % 5))]}"
		else
			hl "$id" "$q" "$c"
		fi
	done
	i=$((i + 1))
done

# A highlight inside another in the article the screenshots open, so the
# reader shows overlapping highlights layered.
for id in "${ids[@]}"; do
	if m show --text "$id" | grep -q "sweeping territorial claims in the South China Sea"; then
		hl "$id" "sweeping territorial claims in the South China Sea" yellow
		hl "$id" "South China Sea" green "The core of the dispute." 2
	fi
done

for id in "${ids[@]}"; do
	title=$(m show --json "$id" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("title",""))')
	case "$title" in
	*Moon* | *moon* | *NASA* | *Europa* | *astronaut* | *lunar*) tags=(space science) ;;
	*Impeachment* | *impeachment*) tags=(politics impeachment) ;;
	*Afghanistan* | *Esper* | *Trump* | *Putin*) tags=(politics world) ;;
	*WeWork* | *Gannett*) tags=(business) ;;
	*Stadia* | *VW* | *Audi*) tags=(technology business) ;;
	*Doobie* | *Taylor\ Swift*) tags=(music) ;;
	*Plague* | *plague* | *Cells*) tags=(science health) ;;
	*) tags=(reading-list) ;;
	esac
	m label "$id" "${tags[@]}" >/dev/null
done

m note "${ids[0]}" "Background for the impeachment explainer. Compare with the National Review's reading of the same testimony." >/dev/null

echo "demo library in $LIB: $(m ls | wc -l) clippings"
