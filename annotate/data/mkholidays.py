"""Writes holidays.txt: the holidays WordNet 3.0 names in one word, which
the gold set's guidelines type as events ("Easter"; "Christmas" is no
town of that name in a text about the holiday).

Every capitalised lemma of one word of a noun that is a kind or an
instance of a holiday (WordNet's "holiday", "religious holiday", "legal
holiday": "Christmas", "Easter", "Thanksgiving", "Hanukkah", "Passover",
"Purim", "Pentecost", "Xmas").
Left out: words that SCOWL writes in lower case too ("ascension",
"assumption", "epiphany", "circumcision", "advent": the common noun more
often than the feast), names with digits, and names of fewer than four
letters.
Usage: python3 mkholidays.py TMP (WordNet unpacked in TMP/wordnet/).
"""
import re, sys

import wordnet

tmp = sys.argv[1]
syn = wordnet.nouns(tmp)
ancestors = wordnet.kinds(syn)
lower = set(open('english-words.txt', encoding='utf-8').read().split())

KINDS = {'holiday', 'religious holiday', 'legal holiday'}
names = set()
for off, (lex, words, ptrs) in syn.items():
    if not ancestors(off) & KINDS:
        continue
    for w in words:
        if ' ' in w or len(w) < 4 or not w[0].isupper() or re.search(r'[\d\'’-]', w) or w.lower() in lower:
            continue
        names.add(w)
open('holidays.txt', 'w', encoding='utf-8').write('\n'.join(sorted(names)) + '\n')
print(len(names), file=sys.stderr)
