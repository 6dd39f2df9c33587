import json,random,sys
d=sys.argv[1]; seed=int(sys.argv[2]); n=int(sys.argv[3]); out=sys.argv[4]
texts={}
for l in open(d+'/texts.jsonl'):
    x=json.loads(l); texts[x['Name']]=x['Text']
names=[json.loads(l) for l in open(d+'/names.jsonl')]
pool=[x for x in names if not x['doc'].startswith('treebank')]
rng=random.Random(seed)
s=rng.sample(pool,n)
s.sort(key=lambda x:(x['doc'],x['start']))
res=[]
for i,x in enumerate(s):
    t=list(texts[x['doc']])
    a,b=x['start'],x['end']
    ctx=''.join(t[max(0,a-110):a])+'[['+''.join(t[a:b])+']]'+''.join(t[b:b+70])
    ctx=ctx.replace('\n',' ⏎ ')
    x['context']=ctx; x['id']=i
    res.append(x)
    print(f"{i:3d} {x['type'][:5]:5s} | {x['rule'][:38]:38s} | {ctx}")
json.dump(res,open(out,'w'),indent=1,ensure_ascii=False)
