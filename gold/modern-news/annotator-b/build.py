"""Annotator B1: per-paragraph annotations for ids 1-150, turned into inline markup.

Each line of an annotation block is  pattern|TYPE|canonical  where pattern is the surface, or the surface in
{braces} with literal context around it.  Entities are listed in text order; the surface found is the first
match starting at or after the end of the previous entity (INITIATIVE keeps the cursor at its start so that the
country characters nested in it can follow).
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).parent
A = {}
exec((HERE / 'annotations.py').read_text(encoding='utf-8'), {'A': A})

paras = {}
for line in (HERE.parent / 'paragraphs.jsonl').read_text(encoding='utf-8').splitlines():
    if line.strip():
        d = json.loads(line)
        paras[d['id']] = d['text']

def locate(text, pattern, cursor):
    if '{' in pattern:
        pre, rest = pattern.split('{', 1)
        surf, post = rest.split('}', 1)
    else:
        pre, surf, post = '', pattern, ''
    full = pre + surf + post
    pos = max(0, cursor - len(pre))
    while True:
        i = text.find(full, pos)
        if i < 0:
            raise ValueError(f'not found: {pattern!r} after {cursor}')
        s = i + len(pre)
        if s >= cursor:
            return s, s + len(surf)
        pos = i + 1

out, bad = [], 0
for pid in range(1, 151):
    text = paras[pid]
    spans = []
    cursor = 0
    for raw in A.get(pid, '').strip().splitlines():
        raw = raw.strip()
        if not raw or raw.startswith('#'):
            continue
        pattern, typ, canon = raw.split('|')
        try:
            s, e = locate(text, pattern, cursor)
        except ValueError as err:
            print(pid, err, file=sys.stderr); bad += 1; continue
        spans.append((s, e, typ, canon))
        cursor = s if typ == 'INITIATIVE' else e
    # build markup (spans properly nested or disjoint)
    opens, closes = {}, {}
    for s, e, t, c in spans:
        opens.setdefault(s, []).append((e, t, c))
        closes.setdefault(e, []).append((s, t, c))
    buf = []
    for i in range(len(text) + 1):
        for s, t, c in sorted(closes.get(i, []), key=lambda x: -x[0]):
            buf.append(f'|{t}|{c}]]')
        if i < len(text):
            for e, t, c in sorted(opens.get(i, []), key=lambda x: -x[0]):
                buf.append('[[')
            buf.append(text[i])
    out.append(json.dumps({'id': pid, 'marked': ''.join(buf)}, ensure_ascii=False))
(HERE / 'marked-001-150.jsonl').write_text('\n'.join(out) + '\n', encoding='utf-8')
print('written', len(out), 'problems', bad)
