# Regenerates the gold files from the hand-made name lists below: every
# whole-word, case-sensitive occurrence of each name, longest first, not
# overlapping. Run from this folder with the shared corpus beside the repo:
#   python3 mkgold.py
# The lists are the annotation; the script only finds their offsets.
import json, re, sys
d = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '../../../../shared/corpus/aeb-dev/ground-truth.json'))
P, O, L, E, X = 'person', 'organization', 'place', 'event', 'other'
gold = {
 'esper-vietnam': ('db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754', [
   ('HANOI', L), ('Vietnam', L), ('AP', O), ('U.S.', L), ('Mark Esper', P), ('Esper', P), ('China', L),
   ('South China Sea', L), ('Diplomatic Academy of Vietnam', O), ('Beijing', L), ('United States', L),
   ('Communist Party', O), ('Hoa Lo', L), ('Hanoi Hilton', L), ('Vietnam War', E), ('John McCain', P),
   ('Navy', O), ('Hanoi', L)]),
 'afghanistan-helicopter': ('7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f', [
   ('United States', L), ('Afghanistan', L), ('US', L), ('Taliban', O), ('Logar', L), ('Kabul', L),
   ('Chinook', X), ('Mujahideen', O), ('Pangram', L), ('Sarkh', L), ('Zabihullah Mujahid', P), ('Mujahid', P),
   ('Washington', L), ('September 11, 2001 attacks', E), ('Donald Trump', P), ('Mark Milley', P),
   ('Joint Chiefs of Staff', O), ('United Nations', O)]),
 'hong-kong-polytechnic': ('624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35', [
   ('Polytechnic University', O), ('Hong Kong', L), ('Beijing', L), ('China', L), ('Britain', L), ('UK', L),
   ('US', L), ('Cheuk Hau-yip', P), ('Kowloon West', L), ('Liu Xiaming', P), ('Liu', P),
   ('People’s Liberation Army', O), ('Chris Tang', P)]),
 'south-dakota-meth': ('156770d676ce79905198e1c8407f81e5ecfb617d9aa44712718707eb7e3b8e38', [
   ('South Dakota', L), ('Kristi Noem', P), ('Noem', P), ('Twitter', O), ('SD', L), ('Sioux Falls Argus Leader', O),
   ('North Dakota', L), ('Robert Maguire', P), ('Department of Social Services', O),
   ('National Institute on Drug Abuse', O), ('U.S.', L), ('The Hill', O)]),
 'omar-threat-plea': ('6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85', [
   ('U.S. Attorney’s Office for the Western District of New York', O), ('New York', L), ('Ilhan Omar', P),
   ('Omar', P), ('Patrick Carlineo Jr.', P), ('U.S. Capitol Police', O), ('U.S.', L), ('James Kennedy Jr.', P),
   ('Sonya A. Zoghlin', P), ('Carlineo', P), ('The Hill', O), ('Pat Carlineo', P), ('FBI', O), ('Trump', P),
   ('Alexandria Ocasio-Cortez', P), ('Fox News', O), ('Jeanine Pirro', P), ('Twitter', O),
   ('Patrick W. Carlineo', P)]),
 'taliban-hostage-swap': ('a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31', [
   ('Taliban', O), ('Afghanistan', L), ('Kevin King', P), ('Timothy Weeks', P), ('American University of Kabul', O),
   ('US', L), ('Zabul', L), ('Agence France-Presse', O), ('Qatar', L), ('Kabul', L), ('Anas Haqqani', P),
   ('Sirajuddin Haqqani', P), ('Haqqani network', O), ('Doha', L), ('Mike Pompeo', P), ('United States', L),
   ('White House', L), ('Stephanie Grisham', P), ('Ashraf Ghani', P), ('Scott Morrison', P), ('Weeks', P),
   ('King', P), ('Washington', L), ('Trump', P)]),
}
def wordch(c): return c.isalnum()
for name, (key, names) in gold.items():
    text = d[key]['articleBody']
    cands = []
    for n, t in names:
        found = False
        for m in re.finditer(re.escape(n), text):
            s, e = m.start(), m.end()
            if s > 0 and wordch(text[s-1]) and wordch(n[0]): continue
            if e < len(text) and wordch(text[e]) and wordch(n[-1]): continue
            cands.append((s, e, n, t)); found = True
        if not found: sys.exit('not found: %s in %s' % (n, name))
    cands.sort(key=lambda c: (-(c[1]-c[0]), c[0]))
    taken = [False]*len(text); ents = []
    for s, e, n, t in cands:
        if any(taken[s:e]): continue
        for i in range(s, e): taken[i] = True
        ents.append({'text': n, 'type': t, 'start': s, 'end': e})
    ents.sort(key=lambda x: x['start'])
    out = {'key': key, 'url': d[key]['url'], 'text': text, 'entities': ents}
    json.dump(out, open(name + '.json', 'w'), indent=1, ensure_ascii=False)
    print(name, len(ents), {t: sum(1 for x in ents if x['type'] == t) for t in (P, O, L, E, X)})
