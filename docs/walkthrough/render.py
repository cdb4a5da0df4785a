#!/usr/bin/env python3
import json, os, re, sys
# Usage: render.py OUT_DIR > docs/series-walkthrough.md (from capture-series-walkthrough's OUT_DIR).
HERE=os.path.dirname(os.path.abspath(__file__))
OUT=sys.argv[1]
def f(name, ext):
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith('-'+name+'.'+ext):
            return open(os.path.join(OUT,fn)).read()
    raise KeyError(name)
def body(name): return json.loads(f(name,'body'))
def status(name): return f(name,'status').strip().replace('HTTP/1.1 ','')
def headers(name, keep):
    out=[]
    for line in f(name,'headers').splitlines():
        k=line.split(':',1)[0].lower()
        if k in keep: out.append(re.sub(r'http://localhost:[0-9]+','',line.strip()))
    return out
APPT_KEYS=['id','status','startsAt','procedureStartsAt','endsAt','practitionerId','roomId','seriesId','seriesSequence','version']
def appt(a): return {k:a[k] for k in APPT_KEYS if k in a}
def js(o): return json.dumps(o, indent=2, ensure_ascii=False)
def req(name, extra=None):
    line=f(name,'line').splitlines()
    first=line[0]; hdrs=[h for h in line[1:] if h.strip()]
    s=first+"\nAuthorization: Bearer <"+f(name,'role').strip()+" token>\n"
    for h in hdrs: s+=h+"\n"
    try:
        b=json.loads(f(name,'request'))
        s+="Content-Type: application/json\n\n"+js(b)+"\n"
    except KeyError: pass
    return "```http\n"+s+"```\n"
def resp(name, obj, keep=('location','etag','idempotent-replayed','retry-after')):
    s="HTTP/1.1 "+status(name)+"\n"
    for h in headers(name, keep): s+=h+"\n"
    if obj is not None:
        s+="\n"+js(obj)+"\n"
    return "```http\n"+s+"```\n"
def series_summary(b):
    o={k:b[k] for k in ['id','courseId','state','openSequences','attention'] if k in b}
    o['appointments']=[appt(a) for a in b['appointments']]
    return o
print(open(os.path.join(HERE,'intro.md')).read())
sections=open(os.path.join(HERE,'steps.md')).read()
def render(m):
    kind, name = m.group(1), m.group(2)
    if kind=='req': return req(name)
    b=body(name) if f(name,'body').strip() else None
    if kind=='resp': return resp(name,b)
    if kind=='series': return resp(name,series_summary(b))
    if kind=='appt': return resp(name,appt(b))
    if kind=='proposal':
        o={k:v for k,v in b.items() if k!='sessions'}
        o['sessions']=b['sessions'][:2]+[{'…':'sessions 3 and 4 alike'}]
        return resp(name,o)
    if kind=='booked':
        o=series_summary(b); o['appointments']=o['appointments'][:2]+[{'…':'sessions 3 and 4 alike'}]
        return resp(name,o)
    if kind=='conflict':
        o=dict(b); r=dict(o['replan']); r['sessions']=[{k:v for k,v in s.items() if k not in ('alternatives','compromises')} for s in r['sessions']]
        o['replan']=r; return resp(name,o)
    if kind=='replanprop':
        o=dict(b); o['sessions']=[{k:v for k,v in s.items() if k not in ('alternatives','compromises')} for s in b['sessions']]
        return resp(name,o)
    if kind=='course':
        return resp(name,{k:b[k] for k in ['id','clientId','protocolId','protocolVersion','status','plannedSessions',
                                          'sessionsCompleted','nextSessionWindow','maintenanceDueWindow'] if k in b})
    if kind=='page':
        return resp(name,b)
    raise ValueError(kind)
print(re.sub(r'\{\{(\w+):([\w-]+)\}\}', render, sections))
