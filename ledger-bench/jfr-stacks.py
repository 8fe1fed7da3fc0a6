#!/usr/bin/env python3
"""Reads `jfr print --events jdk.ExecutionSample --stack-depth 96 bench.jfr` output (docs/benchmarks.md,
"Profile") and prints, for the samples of the threads matching THREADS taken between the times in
WINDOW, the share of samples with a method matching PATTERN anywhere on the stack:

    WINDOW=22:05:22-22:08:07 THREADS='pool-\\d+-thread-\\d+|main' python3 jfr-stacks.py samples.txt incl 'CatalogueLookups'

Standard library only. Mode `callers PATTERN [FILTER]` prints who calls the first matching frame.
"""
import re, sys, collections, os
lo, hi = os.environ.get('WINDOW','00:00:00-99:99:99').split('-')
tf = os.environ.get('THREADS', r'pool-\d+-thread-\d+|main')
samples=[]; thread=None; frames=None; when=None
for line in open(sys.argv[1], errors='replace'):
    line=line.rstrip('\n')
    m=re.match(r'\s*startTime = (\d\d:\d\d:\d\d)', line)
    if m: when=m.group(1); continue
    m=re.match(r'\s*sampledThread = "(.*)" \(', line)
    if m: thread=m.group(1); continue
    if re.match(r'\s*stackTrace = \[', line): frames=[]; continue
    if frames is not None:
        if re.match(r'\s*\]', line):
            if lo<=when<=hi and re.fullmatch(tf, thread): samples.append(frames)
            frames=None; continue
        if line.strip()=='...': continue
        frames.append(re.sub(r'\s+line:.*$','',line.strip()))
n=len(samples); print('samples', n)
mode=sys.argv[2]
if mode=='incl':
    pat=re.compile(sys.argv[3])
    c=collections.Counter()
    for f in samples:
        for m in set(f):
            if pat.search(m): c[m]+=1
    for m,k in c.most_common(int(sys.argv[4]) if len(sys.argv)>4 else 40): print(f'{100*k/n:5.1f} %  {m}')
elif mode=='callers':
    pat=re.compile(sys.argv[3]); filt=re.compile(sys.argv[4] if len(sys.argv)>4 else '.')
    c=collections.Counter()
    for f in samples:
        for i,m in enumerate(f):
            if pat.search(m):
                chain=[x for x in f[i+1:] if filt.search(x)][:3]
                c[' <- '.join(chain)]+=1; break
    for m,k in c.most_common(15): print(f'{100*k/n:5.1f} %  {m}')
