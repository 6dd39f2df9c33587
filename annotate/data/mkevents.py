"""Writes events.txt: the named events WordNet 3.0 knows, from Debian's
wordnet-base unpacked in the folder given (wordnet/).

Kept: every capitalised lemma of a noun that is a kind or an instance of an
event in WordNet's hierarchy: wars, battles, sieges, revolutions,
rebellions, crusades, massacres, scandals, attacks, festivals, games,
races and tournaments, and hostilities ("Gulf War", "Battle of the
Bulge", "Watergate", "Olympic Games", "World Cup", "Tour de France",
"Cold War").
Left out:
- names that WordNet writes the same for a sense that is no event
  ("Ramadan" the month, "Renaissance" the period, "Christmas" the day;
  "Waterloo" the town): every line names an event and nothing else in
  WordNet;
- battles and sieges named by their site alone ("Ypres", "Manila Bay",
  "Belleau Wood"), the place in news;
- single words that are another sense in lower case ("rebirth"), acronyms,
  names with digits, commas or brackets, and lemmas in lower case after
  their first word other than connectors ("Boston Tea Party" is kept,
  "Olympic event" is not).
"""
import re, sys

import wordnet

tmp = sys.argv[1]
syn = wordnet.nouns(tmp)
ancestors = wordnet.kinds(syn)


# The kinds of events that are named in news; WordNet's other events are
# rites, tests, surgery, games of cards and offices ("Eucharist",
# "Rorschach", "Secretary of War"), left out.
KINDS = {'war', 'military action', 'battle', 'amphibious assault', 'attack', 'siege',
         'revolution', 'rebellion', 'mutiny', 'crusade', 'coup d\'etat', 'conquest',
         'genocide', 'slaughter', 'scandal', 'demonstration', 'hostility', 'campaign',
         'festival', 'celebration', 'contest'}

# WordNet names many battles by their site alone ("Ypres", "Corregidor",
# "Manila Bay", "Belleau Wood"): in news such a name is the place. A battle
# or siege is kept only when a word of its name says what happened there
# ("Battle of the Bulge", "Custer's Last Stand", "Petersburg Campaign").
BATTLES = {'battle', 'siege', 'amphibious assault'}
BATTLE_WORDS = {'Battle', 'Siege', 'Campaign', 'Stand', 'Offensive', 'Raid', 'Landing', 'Massacre', 'Assault'}

events, others, othersWritten = set(), set(), set()
for off, (lex, words, ptrs) in syn.items():
    kinds = ancestors(off)
    event = ('event' in kinds or 'hostility' in kinds) and bool(kinds & KINDS)
    for w in words:
        if event and kinds & BATTLES and not kinds & {'war'} and not BATTLE_WORDS & set(w.split(' ')):
            others.add(w.lower())
            othersWritten.add(w)
        elif event:
            events.add(w)
        else:
            others.add(w.lower())
            othersWritten.add(w)

CONNECTORS = {'of', 'and', 'the', 'for', 'on', 'de', 'du', 'des', 'la', 'le', 'at', 'in', 'to'}


def kept(name):
    ws = name.split(' ')
    if len(name) < 4 or not name[0].isupper() or re.search(r'[\d,/()]', name) or name.endswith('.'):
        return False
    if any(not w[:1].isupper() and w not in CONNECTORS for w in ws):
        return False
    if sum(c.isupper() for c in name) >= 2 and len(ws) == 1:
        return False  # acronyms
    if len(ws) == 1 and name.lower() in others:
        return False
    if name in othersWritten:
        return False
    return True


names = sorted(n for n in events if kept(n))
open('events.txt', 'w', encoding='utf-8').write('\n'.join(names) + '\n')
print(len(names), file=sys.stderr)
