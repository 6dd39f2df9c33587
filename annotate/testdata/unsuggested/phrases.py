"""The capitalised words no suggestion touches (README.md).

Usage: python3 phrases.py POOL.jsonl DUMPDIR PART OUT.json
DUMPDIR holds names.jsonl of TestDumpUnannotated (NER_TEXTS=POOL.jsonl
NER_DUMP=DUMPDIR); PART is A or B. OUT.json gets [page, start, end, text]
for each mention; the samples are random.Random(SEED).sample(mentions, 150).
"""
import json,re,random,sys,collections
poolfile,dump,part,outfile=sys.argv[1:5]
pool={json.loads(l)['Name']:json.loads(l) for l in open(poolfile)}
names=collections.defaultdict(list)
for l in open(dump+'/names.jsonl'):
    n=json.loads(l); names[n['doc']].append((n['start'],n['end']))
SKIP=set("I I'm I’m I've I’ve I'd I’d I'll I’ll Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split())
CONN={'of','the','de','and','for','la','von','van','der','du','&'}
WORD=re.compile(r"[^\W\d_][\w&’'\-\.]*")
def phrases(name,text):
    cov=bytearray(len(text))
    for s,e in names[name]:
        for i in range(s,e): cov[i]=1
    # lines
    out=[]; filtered=0
    pos=0
    for line in text.split('\n'):
        ls=pos; pos+=len(line)+1
        ws=line.split()
        if not ws: continue
        st=line.strip()
        caps=sum(1 for w in ws if w[:1].isupper())
        heading = (not re.search(r'[.!?:;"”)]$',st) and len(ws)<=14) or (len(ws)>=3 and caps/len(ws)>=0.6 and len(ws)<=20)
        if heading or st.startswith('By ') or st.lower().startswith('by '): continue
        toks=[]
        for m in WORD.finditer(line):
            w=m.group(); s=ls+m.start(); e=ls+m.end()
            while w.endswith('.') and '.' not in w[:-1] and len(w)>1: w=w[:-1]; e-=1
            for suf in ("'s","’s"):
                if w.endswith(suf): w=w[:-2]; e-=2
            w=w.rstrip('-’\''); e=s+len(w)
            if not w: continue
            toks.append((w,s,e))
        cur=[]
        def flush():
            nonlocal cur
            while cur and cur[-1][0].lower() in CONN: cur.pop()
            if cur: out.append((cur[0][1],cur[-1][2]))
            cur=[]
        for i,(w,s,e) in enumerate(toks):
            cap=w[0].isupper()
            # sentence start?
            j=s-1
            while j>=ls and text[j] in ' \t“"‘\'(*[—–-': j-=1
            sstart = j<ls or text[j] in '.!?:;…•|'
            uncovered = not any(cov[s:e])
            if cap and uncovered and not sstart and w not in SKIP:
                cur.append((w,s,e))
            elif cap and uncovered and sstart and cur==[] :
                pass
            elif cur and w.lower() in CONN and not any(cov[s:e]) and text[cur[-1][2]:s].strip()=='' :
                cur.append((w,s,e))
            else:
                if cap and w in SKIP: filtered+=1
                flush()
            if cur and i+1<len(toks) and text[e:toks[i+1][1]].strip()!='':
                flush()
        flush()
    return out,filtered
allm=[]; filt=0
for name,p in pool.items():
    if p['Part']!=part: continue
    ph,f=phrases(name,p['Text']); filt+=f
    for s,e in ph: allm.append((name,s,e,p['Text'][s:e]))
print(part,'mentions',len(allm),'distinct',len({m[3] for m in allm}),'filtered-skipwords',filt, file=sys.stderr)
json.dump(allm,open(outfile,'w'))
