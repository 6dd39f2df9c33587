"""Writes features.txt: named places of the kinds GeoNames' lists of towns
leave out, from two openly licensed sources unpacked in the folder given:

- WordNet 3.0 (Debian's wordnet-base): every noun that is an instance of a
  location (a region, district, island, desert, national park, street), of a
  natural object on Earth (a river, lake, sea, bay, mountain, range,
  peninsula, valley, waterfall, continent) or of a named structure (a
  palace, temple, bridge, tower, museum, fortress, dam, memorial, canal);
  stars, constellations, signs of the zodiac and the artifacts that are no
  places (ships, weapons, universities, agencies) are left out;
- Unicode CLDR's English names of the subdivisions of every country
  (cldr-subdivisions-full on npm): first- and second-level divisions such
  as counties, departments, provinces and districts ("Hertfordshire",
  "Vendée", "Khost").

A name is kept when its words are capitalised, but for particles ("Gulf
of Aqaba", "Nevado de Colima"), and it has three letters or more.
"""
import json, re, sys

tmp = sys.argv[1]

# WordNet's lexicographer files: 06 artifacts, 15 locations, 17 natural objects.
ARTIFACT, LOCATION, OBJECT = 6, 15, 17
STRUCTURES = {
    'suspension bridge', 'cantilever bridge', 'steel arch bridge', 'bridge', 'palace', 'temple',
    'concentration camp', 'skyscraper', 'memorial', 'fortress', 'fortification', 'rampart', 'bastion',
    'dam', 'tower', 'campanile', 'reservoir', 'highway', 'canal', 'ship canal', 'museum', 'trail',
    'cattle trail', 'mausoleum', 'burial chamber', 'residence', 'navy yard', 'cathedral', 'shrine',
    'railroad tunnel', 'amphitheater', 'garden', 'building', 'maze', 'aquarium', 'library',
    'government building', 'statue',
}
NOT_OBJECTS = {
    'constellation', 'binary star', 'star', 'giant star', 'supergiant', 'multiple star', 'asterism',
    'supernova', 'Galilean satellite', 'satellite', 'asteroid', 'minor planet', 'bunch', 'part',
}
NOT_LOCATIONS = {'sign of the zodiac', 'soil horizon', 'belt'}
PARTICLES = {'of', 'the', 'and', 'de', 'del', 'la', 'le', 'les', 'du', 'des', 'da', 'do', 'dos', 'di', 'y', 'al', 'el', 'en', 'sur', 'am', 'an', 'der', 'on', 'upon'}


def wordnet(path):
    synsets = {}
    for line in open(path, encoding='latin-1'):
        if line.startswith('  '):
            continue
        f = line.partition(' | ')[0].split()
        lex, n = int(f[1]), int(f[3], 16)
        words = [f[4 + 2 * i].replace('_', ' ') for i in range(n)]
        i = 4 + 2 * n
        ptrs = [(f[i + 1 + 4 * k], f[i + 2 + 4 * k]) for k in range(int(f[i]))]
        synsets[f[0]] = (lex, words, ptrs)
    for lex, words, ptrs in synsets.values():
        kinds = {synsets[o][1][0] for s, o in ptrs if s == '@i'}
        if not kinds:
            continue
        if (lex == LOCATION and not kinds & NOT_LOCATIONS or lex == OBJECT and not kinds & NOT_OBJECTS
                or lex == ARTIFACT and kinds & STRUCTURES):
            for w in words:
                yield re.sub(r'\(.*\)$', '', w).strip()


def cldr(path):
    data = json.load(open(path, encoding='utf-8'))
    yield from data['subdivisions']['localeDisplayNames']['subdivisions'].values()


def proper(name):
    words = name.split(' ')
    return (len(name) >= 3 and not re.search(r'[\d,/()]', name) and words[0][:1].isupper()
            and all(w[:1].isupper() or w in PARTICLES for w in words))


names = set(wordnet(tmp + '/wordnet/usr/share/wordnet/data.noun'))
names |= set(cldr(tmp + '/cldr/package/subdivisions/en/en.json'))
open('features.txt', 'w', encoding='utf-8').write('\n'.join(sorted(n for n in names if proper(n))) + '\n')
