"""Writes formats.txt: the disc formats that the freedesktop.org shared MIME
database names by trade name, from Debian's shared-mime-info
(/usr/share/mime/packages/freedesktop.org.xml, or the file given) and
WordNet 3.0 from Debian's wordnet-base unpacked in the folder given second.

Kept: the capitalised run of the English comment of every content type of a
disc ("x-content/video-*", "audio-*", "blank-*", "image-*": "Blu-ray video
disc", "HD DVD video disc", "Super Video CD"), without a word for the
kind after it ("disc", "video disc"). Left out: a format WordNet lists as
the lemma of a kind of thing ("CD", "DVD": a compact disc, a videodisc),
which the gold set's guidelines read as a generic kind of hardware, no
entity.
"""
import re, sys
import xml.etree.ElementTree as ET

import wordnet

mime, tmp = sys.argv[1], sys.argv[2]
kinds = {w for (lex, words, ptrs) in wordnet.nouns(tmp).values() for w in words}

NS = {'m': 'http://www.freedesktop.org/standards/shared-mime-info'}
root = ET.parse(mime).getroot()
names = set()
for mt in root.findall('m:mime-type', NS):
    kind = mt.get('type')
    if not re.match(r'x-content/(video|audio|blank|image)-', kind):
        continue
    for c in mt.findall('m:comment', NS):
        if c.attrib:
            continue  # translations
        words = c.text.split()
        run = []
        for w in words:
            if w[:1].isupper():
                run.append(w)
            elif run:
                break
        name = ' '.join(run)
        if name and name not in kinds and name.replace(' ', '_') not in kinds:
            names.add(name)
open('formats.txt', 'w', encoding='utf-8').write('\n'.join(sorted(names)) + '\n')
print(len(names), file=sys.stderr)
