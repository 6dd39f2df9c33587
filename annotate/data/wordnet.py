"""WordNet 3.0's nouns, read from Debian's wordnet-base unpacked in a
folder (wordnet/), for mkinstitutions.py and mkevents.py."""
import re


def nouns(tmp):
    """Each synset of data.noun by its offset: (lexicographer file, lemmas
    with spaces, pointers as (symbol, offset))."""
    syn = {}
    for line in open(tmp + '/wordnet/usr/share/wordnet/data.noun', encoding='latin-1'):
        if line.startswith('  '):
            continue
        f = line.partition(' | ')[0].split()
        lex, n = int(f[1]), int(f[3], 16)
        words = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]).replace('_', ' ') for i in range(n)]
        i = 4 + 2 * n
        ptrs = [(f[i + 1 + 4 * k], f[i + 2 + 4 * k]) for k in range(int(f[i]))]
        syn[f[0]] = (lex, words, ptrs)
    return syn


def kinds(syn):
    """A function giving the kinds a synset is a kind or an instance of,
    by their first lemma."""
    memo = {}

    def ancestors(o):
        if o not in memo:
            memo[o] = set()
            got = set()
            for s, p in syn[o][2]:
                if s in ('@', '@i'):
                    got |= {syn[p][1][0]} | ancestors(p)
            memo[o] = got
        return memo[o]
    return ancestors
