"""Writes holidays.txt: the holidays and named days of the year that
WordNet 3.0 knows, from Debian's wordnet-base unpacked in the folder given
(wordnet/).

Kept: every capitalised lemma of a noun that is a kind or an instance of
"holiday" (legal and religious holidays: "Christmas", "Easter",
"Thanksgiving", "Labor Day", "Passover", "Yom Kippur"), and the named
days of the year of WordNet's file of times that are a kind of "calendar
day" ("Valentine's Day", "Mother's Day", "Halloween", "New Year's Eve",
"St Patrick's Day"). The gold set's guidelines make a holiday an event
("Easter", "Mother's Day", "Kwanzaa", "Christmas Day").
Left out:
- lemmas with digits ("Dec 25", "July 4": dates) or a word in lower case
  ("Empire day", "Twelfth night"), and single words that WordNet also
  writes in lower case for another sense ("Assumption", "Epiphany",
  "Ascension", "Circumcision"), but for the days news names most, whose
  other sense is rare ("Easter", a wind; "Thanksgiving", a prayer);
- names that are also a place, a person or a church in news ("Corpus
  Christi", "St Joseph", "Saints Peter and Paul", "Lady Day", Billie
  Holiday's name), and a birthday named by a surname alone ("Lee's
  Birthday");
- the days of the week and their names ("Sabbath", "Lord's Day"), and the
  day of an act of office rather than of a celebration ("Inauguration
  Day", as "Election Day", which the guidelines make a date);
- the months and seasons ("Ramadan", "Lent", "Advent"): periods, and
  "Lent" a verb.
Each lemma written "St X" is also written "St. X", and "Presidents' Day"
also "Presidents Day", as news writes them.
"""
import re, sys

import wordnet

tmp = sys.argv[1]
syn = wordnet.nouns(tmp)
ancestors = wordnet.kinds(syn)

lower = set()
for off, (lex, words, ptrs) in syn.items():
    for w in words:
        if w[:1].islower():
            lower.add(w)

CONNECTORS = {'of', 'the', 'in', 'over', 'and', 'de', 'al-Adha', 'al-Fitr', "b'Av", "b'Ab", "b'Omer"}
WEEKDAY = {'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'}
OFFICE = {'Inauguration Day'}
OTHER = {'Corpus Christi', 'Saint Joseph', 'St Joseph', 'Saints Peter and Paul', 'Lady Day', "Lee's Birthday",
         "Davis' Birthday"}
COMMON = {'Easter', 'Thanksgiving'}

names = set()
for off, (lex, words, ptrs) in syn.items():
    kinds = ancestors(off)
    if 'holiday' not in kinds and not (lex == 28 and 'calendar day' in kinds and 'day' in kinds):
        continue
    if WEEKDAY & set(words):
        continue
    for w in words:
        if not w[:1].isupper() or re.search(r'\d', w) or w in OFFICE or w in OTHER:
            continue
        if any(x[:1].islower() and x not in CONNECTORS for x in w.split(' ')):
            continue
        if ' ' not in w and w.lower() in lower and w not in COMMON:
            continue
        names.add(w)
        if w.startswith('St '):
            names.add('St. ' + w[3:])
        if w.endswith("s' Day"):
            names.add(w.replace("s' ", "s "))

open('holidays.txt', 'w', encoding='utf-8').write('\n'.join(sorted(names)) + '\n')
print(len(names), file=sys.stderr)
