#!/usr/bin/env python3
"""Builds marked-001-150.jsonl from ann.txt (annotator A1's hand annotations).
Item syntax: pattern/TYPE[/canonical]; {x} inside pattern marks the surface; TYPE in P C L O I.
Items are placed left to right: each is searched from the cursor (end of previous span; for an
INITIATIVE the cursor stays at its start so nested countries can follow)."""
import json, re, sys
TYPES = {'P': 'PER', 'C': 'COUNTRY', 'L': 'LOC', 'O': 'ORG', 'I': 'INITIATIVE'}
CC = {'中国': 'CN', '中': 'CN', '华': 'CN', '中华人民共和国': 'CN', '美国': 'US', '美': 'US',
      '日本': 'JP', '日': 'JP', '韩国': 'KR', '韩': 'KR', '菲律宾': 'PH', '俄罗斯': 'RU', '俄': 'RU', '英国': 'GB'}
paras = {}
for l in open('../paragraphs.jsonl', encoding='utf8'):
    x = json.loads(l)
    if 1 <= x['id'] <= 150:
        paras[x['id']] = x['text']
ann = {}
for line in open('ann.txt', encoding='utf8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    i, _, rest = line.partition(':')
    ann[int(i)] = [s.strip() for s in rest.split(' | ') if s.strip()]
assert sorted(ann) == list(range(1, 151)), set(range(1, 151)) - set(ann)
errs = 0
out = []
for pid in range(1, 151):
    text = paras[pid]
    spans = []
    cur = 0
    for item in ann[pid]:
        parts = item.split('/')
        pat, t = parts[0], TYPES[parts[1]]
        m = re.fullmatch(r'(.*)\{(.+)\}(.*)', pat)
        pre, surf, post = (m.group(1), m.group(2), m.group(3)) if m else ('', pat, '')
        full = pre + surf + post
        if len(parts) > 2:
            canon = parts[2]
        elif t == 'COUNTRY':
            canon = CC.get(surf)
            if canon is None:
                print(f'{pid}: no code for {surf}'); errs += 1; continue
        else:
            canon = surf
        k = max(0, cur - len(pre))
        while True:
            k = text.find(full, k)
            if k < 0 or k + len(pre) >= cur:
                break
            k += 1
        if k < 0:
            print(f'{pid}: not found after {cur}: {item}'); errs += 1; continue
        s = k + len(pre); e = s + len(surf)
        spans.append((s, e, t, canon))
        cur = s if t == 'INITIATIVE' else e
    # overlap check: only COUNTRY nested in INITIATIVE allowed
    for a in spans:
        for b in spans:
            if a is b: continue
            if a[0] < b[1] and b[0] < a[1]:
                inner, outer = (a, b) if (a[1]-a[0]) < (b[1]-b[0]) else (b, a)
                if not (outer[2] == 'INITIATIVE' and inner[2] == 'COUNTRY' and outer[0] <= inner[0] and inner[1] <= outer[1]):
                    print(f'{pid}: bad overlap {a} {b}'); errs += 1
    opens = {}; closes = {}
    for s, e, t, c in spans:
        opens.setdefault(s, []).append((e - s, s, e, t, c))
        closes.setdefault(e, []).append((e - s, t, c))
    res = []
    for i in range(len(text) + 1):
        for _, t, c in sorted(closes.get(i, []), key=lambda z: z[0]):
            res.append(f'|{t}|{c}]]')
        if i < len(text):
            for _ in sorted(opens.get(i, []), key=lambda z: -z[0]):
                res.append('[[')
            res.append(text[i])
    out.append(json.dumps({'id': pid, 'marked': ''.join(res)}, ensure_ascii=False))
open('marked-001-150.jsonl', 'w', encoding='utf8').write('\n'.join(out) + '\n')
print('errors', errs)
