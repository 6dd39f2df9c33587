"""Writes given-names-world.txt: given names of many countries, from the
person data of two openly licensed fake-data libraries (both MIT):

- npm's @faker-js/faker (its locales' person.first_name), dumped by
  dumpfaker.mjs into TMP/faker-names.json;
- Debian's php-faker (src/Faker/Provider/*/Person.php, the arrays whose
  name holds "firstName").

Only locales written in the Latin alphabet are read (news in English names
people so). A name is kept when it is one word of letters (a hyphen or an
apostrophe inside), three letters or more, capitalised, and is not already
in first-names.txt or given-names-us.txt, not a word of english-words.txt
(SCOWL's lower-case words: "Narendra", "Wojciech" stay, "Aba" goes), not
a place or nationality of places.txt and demonyms.txt, not a town or
named place of towns.txt and features.txt ("Tarquinia", "Marat"), not an
organisation of org-names.txt or institutions.txt ("Wieland", "Zoran"), and
not a name of a made-up language (Esperanto) or a joke locale (en_BORK).
Accented names are written twice, as they are and without accents, since
news writes both ("Stanisław", "Stanislaw").

Usage: python3 mkgivennames.py TMP  (TMP holds faker-names.json and the
unpacked php-faker package under php/).
"""
import glob
import json
import re
import sys
import unicodedata

tmp = sys.argv[1]
skip_locales = {'eo', 'en_BORK'}
latin = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")

names = {}  # name -> set of sources


def add(name, source):
    name = name.strip()
    if not latin.match(name):
        return
    if any(unicodedata.name(ch, '').split()[0] not in ('LATIN',) for ch in name if ch.isalpha()):
        return
    names.setdefault(name, set()).add(source)


for code, loc in json.load(open(tmp + '/faker-names.json')).items():
    if code in skip_locales:
        continue
    for n in loc['first']:
        add(n, 'faker-js:' + code)

for path in glob.glob(tmp + '/php/usr/share/php/Faker/Provider/*/Person.php'):
    code = path.split('/')[-2]
    src = open(path, encoding='utf-8').read()
    for m in re.finditer(r"static \$(\w+)\s*=\s*(?:array\(|\[)(.*?)(?:\);|\];)", src, re.S):
        if 'firstname' not in m.group(1).lower():
            continue
        for s in re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(2)):
            add(s.replace("\\'", "'"), 'php-faker:' + code)


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)).replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('đ', 'd').replace('ı', 'i')


known = set(open('first-names.txt').read().split()) | set(open('given-names-us.txt').read().split())
english = set(open('english-words.txt').read().split())
places = {l.strip() for l in open('places.txt') if l.strip() and not l.startswith('#')}
demonyms = {l.strip() for l in open('demonyms.txt') if l.strip() and not l.startswith('#')}
towns = set(open('towns.txt').read().split('\n')) | set(open('features.txt').read().split('\n'))
organisations = set(open('org-names.txt').read().split('\n')) | set(open('institutions.txt').read().split('\n'))

out = set()
for name in names:
    for form in {name, fold(name)}:
        letters = [c for c in form if c.isalpha()]
        if len(letters) < 3 or not form[0].isupper() or not form[1:].replace('-', '').replace("'", '').replace('’', '').islower() and '-' not in form:
            continue
        if form in known or form.lower() in english or fold(form).lower() in english:
            continue
        if form in places or form in demonyms or fold(form) in places or form in towns or fold(form) in towns or form in organisations or fold(form) in organisations:
            continue
        out.add(form)

open('given-names-world.txt', 'w').write('\n'.join(sorted(out, key=lambda s: s.encode())) + '\n')
print(len(out), 'given names', file=sys.stderr)
