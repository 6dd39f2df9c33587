"""Writes things.txt (and programmes.txt, its public programmes): the named things of the gold set's "other" type that
WordNet 3.0 names, from Debian's wordnet-base unpacked in the folder given
(wordnet/).

Kept: every capitalised lemma of a noun that is a kind or an instance of
a drug or medicine (its trade names: "Tylenol", "Xanax", "Lipitor"; the
generic names are written in lower case), a vehicle, craft or weapon
("Humvee", "Kalashnikov"), a piece of software ("Linux"), a stock index
("Dow Jones"), an award ("Academy Award"), a social insurance or welfare
programme or foreign aid ("Medicare", "Marshall Plan"), a legislative act
("Stamp Act"), a soft drink or a trade-named device or material ("Coca
Cola", "Walkman", "Velcro"). Left out, as for institutions.txt:
- acronyms (names in capitals) and names with digits;
- single words that WordNet also gives another sense, in lower case or
  capitalised (a person, a place, a deity, a word: "Apollo", "Minuteman",
  "Stinger"), and names of more words that it writes the same for another
  sense;
- lemmas with a word in lower case after their first ("Acapulco gold", a
  street name of a drug), and names of fewer than three letters;
- academic degrees, wines, spirits, beers and mixed drinks, and trophies
  ("Bachelor of Arts", "Chianti", "Tom Collins", "Davis Cup": a degree,
  a kind of drink or a contest rather than a product).
"""
import re, sys

import wordnet

tmp = sys.argv[1]
syn = wordnet.nouns(tmp)
ancestors = wordnet.kinds(syn)

KINDS = {'drug', 'medicine', 'vehicle', 'craft', 'weapon', 'firearm', 'software', 'operating system',
         'stock index', 'award', 'social insurance', 'social welfare', 'foreign aid', 'legislative act',
         'soft drink', 'electronic equipment', 'fabric', 'plaything', 'tissue'}
# Kinds of a drug's street names and of natural substances, whose capitalised
# lemmas are slang or a plant's names rather than a trade name.
NOT = {'street drug', 'cannabis', 'hallucinogen', 'plant', 'organism', 'person', 'location', 'natural object',
       'academic degree', 'alcohol', 'wine', 'liquor', 'beer', 'mixed drink', 'trophy'}

# Public programmes, which the lexicon of organisations may list as the
# brand of their offices ("Medicare"): programmes.txt, read over it.
PROGRAMMES = {'social insurance', 'social welfare', 'foreign aid'}

things, programmes, others, othersWritten = set(), set(), set(), set()
for off, (lex, words, ptrs) in syn.items():
    kinds = ancestors(off) | {words[0]}
    thing = bool(kinds & KINDS) and not kinds & NOT
    for w in words:
        if thing:
            things.add(w)
            if kinds & PROGRAMMES:
                programmes.add(w)
        else:
            others.add(w.lower())
            othersWritten.add(w)

CONNECTORS = {'of', 'and', 'the', 'for', 'on', 'de', 'du', 'la', 'le'}


def kept(name):
    ws = name.split(' ')
    if len(name) < 3 or not name[0].isupper() or re.search(r'[\d,/()\']', name) or name.endswith('.'):
        return False
    if any(not w[:1].isupper() and w not in CONNECTORS for w in ws):
        return False
    if len(ws) == 1 and (re.fullmatch(r'[A-Z][A-Za-z.\-]{0,3}', name) and sum(c.isupper() for c in name) >= 2 or name.lower() in others):
        return False
    if re.fullmatch(r"[A-Z.\-]+", name):
        return False  # "HAART", "NSAID": acronyms, left to the acronym rules
    if name in othersWritten:
        return False
    return True


names = sorted(n for n in things if kept(n))
open('things.txt', 'w', encoding='utf-8').write('\n'.join(names) + '\n')
open('programmes.txt', 'w', encoding='utf-8').write('\n'.join(n for n in names if n in programmes) + '\n')
print(len(names), file=sys.stderr)
