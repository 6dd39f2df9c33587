"""The pages of the study of unsuggested names (README.md).

Usage (from the module's root):
  go test -run TestWebCorpusQuality ./clip/ -args -webpred TRAF.jsonl
  python3 annotate/testdata/unsuggested/pool.py TRAF.jsonl OUT.jsonl
TRAF.jsonl holds Margin's text of each page of shared/corpus/trafilatura-dev,
{"file", "text"} a line, as margin extract --json prints it. OUT.jsonl gets
{"Name", "Text", "Part"} a line, for TestDumpUnannotated's NER_TEXTS.
"""
import json,glob,re,hashlib,sys
gold=[json.load(open(f)) for f in glob.glob('annotate/testdata/gold/*.json')]
gkeys={g['key'] for g in gold}; gurls={g.get('url','').rstrip('/') for g in gold}
def grams(t,n=8):
    w=re.findall(r"\w+",t.lower()); return {' '.join(w[i:i+n]) for i in range(len(w)-n+1)}
gg=set()
for g in gold: gg|=grams(g['text'])
common=set("the and of to in is that for was with on said it as by he she a".split())
def english(t):
    w=t.lower().split(); n=sum(1 for x in w if x.strip('.,;:"\'“”') in common)
    return len(w)>=20 and n*8>=len(w)
pool=[]
corpus='../shared/corpus' if glob.glob('../shared/corpus') else '/work/shared/corpus'
keyOf={v['file']:k for k,v in json.load(open(corpus+'/trafilatura-dev/evaldata.json')).items()}
for l in open(sys.argv[1]):
    d=json.loads(l); d['key']=keyOf[d['file']]
    if d['key'] in gkeys or d['key'].rstrip('/') in gurls: continue
    t=d['text']
    if not english(t) or len(t.split())<80: continue
    gr=grams(t)
    if gr and len(gr&gg)/len(gr)>0.05: print('overlap',d['file']); continue
    pool.append({'Name':'traf:'+d['file'],'Text':t})
aeb=json.load(open(corpus+'/aeb-dev/ground-truth.json'))
for k in sorted(aeb):
    v=aeb[k]
    if k in gkeys or v['url'].rstrip('/') in gurls: continue
    t=v['articleBody']
    if not english(t) or len(t.split())<80: continue
    gr=grams(t)
    if gr and len(gr&gg)/len(gr)>0.05: print('overlap aeb',k[:8]); continue
    pool.append({'Name':'aeb:'+k[:8],'Text':t})
# split pages: study (A) and re-measure (B), by sha256 of name
for p in pool:
    p['Part']='A' if hashlib.sha256(p['Name'].encode()).digest()[0]%2==0 else 'B'
print(len(pool), sum(p['Part']=='A' for p in pool), sum(len(p['Text'].split()) for p in pool))
# Pages that are no prose about the world: manuals, code, recipes, a privacy
# policy, product pages; and German pages the language check let through.
excl={'netbits.us.stunnel_rsync','docs.docker.com.install','wiki.python.org.Download','toptal.com.python','statisticsglobe.com.ggplot2','reddit.com.init','pythonspeed.com.docker','anarc.at.cdpath','emacspeak.blogspot.com.meta','en.wikipedia.org.tsne','nestle-family-com-chicken','foxyfolksy.com.buttercream','eatwhattonight.com.stir','elavegan.com-Peanut','sibenlab.blogspot.com.privacy','luxuryhaven.co.hyatt','parallels.com.desktop','pointofsail-kiel.de.wilson','beyssonmanagement.com.innovation','report24.news-Drohne','github.com.yapapi','caktusgroup.com.django','hackernoon.com.scrape','blog.python.org'}
pool=[p for p in pool if p['Name'].split(':',1)[1].replace('.html','') not in excl]
with open(sys.argv[2],'w') as f:
    for p in pool: f.write(json.dumps(p)+'\n')
