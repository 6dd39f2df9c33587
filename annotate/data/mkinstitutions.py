"""Writes institutions.txt: the organisations WordNet 3.0 names, from
Debian's wordnet-base unpacked in the folder given (wordnet/).

Kept: every capitalised lemma of a noun of the lexicographer file of groups
(14) that is a kind or an instance of an organisation or an institution
(agencies and departments, parties, unions, alliances, armed forces,
intelligence services, central banks, churches as bodies, international
bodies, bands, armed groups), and every instance of a university, college or
school in the file of artifacts (06: "Harvard University", "Eton College").
Left out:
- religions and their branches ("Buddhism", "Reform Judaism"): a faith is
  no organisation in the gold set's guidelines;
- acronyms of four letters or fewer ("AI", "MP", "NT"): the acronym rules
  decide those, and many are something else in news;
- single words that WordNet also gives another sense (a person, a place, a
  word: "Yale", "Columbia", "Labor", "Treasury"), and names of more words
  that it writes the same for another sense ("White House", "Wall Street",
  "Downing Street": buildings and streets), so that every line names an
  organisation and nothing else in WordNet;
- lemmas in lower case after their first word ("Amish sect"), and
  abbreviations of legal forms ("Ltd.").
"""
import re, sys

import wordnet

tmp = sys.argv[1]
syn = wordnet.nouns(tmp)
ancestors = wordnet.kinds(syn)


GROUPS, ARTIFACTS = 14, 6
ORGANISATION = {'organization', 'institution'}
FAITH = {'religion', 'religious movement', 'sect', 'denomination'}
SCHOOLS = {'university', 'college', 'school'}

orgs, others, othersWritten = set(), set(), set()
for off, (lex, words, ptrs) in syn.items():
    kinds = ancestors(off)
    org = (lex == GROUPS and kinds & ORGANISATION and not kinds & FAITH or
           lex == ARTIFACTS and any(s == '@i' and syn[p][1][0] in SCHOOLS for s, p in ptrs))
    for w in words:
        if org:
            orgs.add(w)
        else:
            others.add(w.lower())
            othersWritten.add(w)

CONNECTORS = {'of', 'and', 'the', 'for', 'on', 'de', 'du', 'des', 'la', 'le', 'al', 'ud', 'wal', 'd'}


def kept(name):
    ws = name.split(' ')
    if len(name) < 3 or not name[0].isupper() or re.search(r'[\d,/()]', name) or name.endswith('.'):
        return False
    if any(not w[:1].isupper() and w not in CONNECTORS for w in ws):
        return False
    if len(ws) == 1 and (re.fullmatch(r'[A-Z][A-Za-z.]{0,3}', name) and sum(c.isupper() for c in name) >= 2 or name.lower() in others):
        return False
    if name in othersWritten:
        return False  # "White House", "Wall Street": a building and a street too
    return True


names = sorted(n for n in orgs if kept(n))
open('institutions.txt', 'w', encoding='utf-8').write('\n'.join(names) + '\n')
print(len(names), file=sys.stderr)
