// network.gexf's writer (src/corpus/gexf.ts) against graphology-gexf's, whose bytes it must give: escaping, empty
// values, attribute types inferred from every element, empty networks.
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf, write as writeGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { gexfPieces } from '../src/corpus/gexf.js';
import type { GexfElement } from '../src/corpus/gexf.js';

type Values = Record<string, string | number>;

/** The same network through graphology-gexf and through gexfPieces. */
function both(
  meta: Array<[string, string]>,
  nodes: Array<{ id: string; label: string; values: Values }>,
  edges: Array<{ a: string; b: string; weight: number; values: Values }>,
  nodeKeys: string[],
  edgeKeys: string[],
): { library: string; ours: string } {
  const g = new UndirectedGraph();
  for (const [k, v] of meta) g.setAttribute(k, v);
  for (const n of nodes) g.addNode(n.id, { label: n.label, ...n.values });
  for (const e of edges) g.addUndirectedEdgeWithKey(`${e.a}|${e.b}`, e.a, e.b, { ...e.values, weight: e.weight });
  const library = writeGexf(g, {
    version: '1.3',
    formatNode: (_key, attrs) => {
      const { label, ...rest } = attrs;
      return { label: String(label), attributes: rest };
    },
    formatEdge: (_key, attrs) => {
      const { weight, ...rest } = attrs;
      return { weight: Number(weight), attributes: rest };
    },
  });
  const nodeElements = (): GexfElement[] =>
    nodes.map((n) => ({
      head: [
        ['id', n.id],
        ['label', n.label],
      ],
      values: n.values,
    }));
  const edgeElements = (): GexfElement[] =>
    edges.map((e) => ({
      head: [
        ['id', `${e.a}|${e.b}`],
        ['source', e.a],
        ['target', e.b],
        ['weight', e.weight],
      ],
      values: e.values,
    }));
  const ours = [...gexfPieces({ meta, nodeKeys, edgeKeys, nodes: nodeElements, edges: edgeElements })].join('');
  return { library, ours };
}

describe('network.gexf writer', () => {
  it('gives graphology-gexf’s bytes for names with markup characters, empty values and mixed number types', () => {
    const { library, ours } = both(
      [
        ['creator', 'guanxi'],
        ['description', 'pairs with count >= 5 & <tags>'],
      ],
      [
        // The first node has no iso2: the model lists iso2 after source, where its first value appears.
        { id: 'person:a', label: 'A "quoted" & <b>', values: { type: 'person', iso2: '', source: 'model', n: 3 } },
        { id: 'country:CN', label: '中国', values: { type: 'country', iso2: 'CN', source: 'dictionary', n: 2.5 } },
        { id: 'org:x', label: 'tab\there\nline', values: { type: 'organization', iso2: '', source: 'rule', n: 7 } },
      ],
      [
        { a: 'person:a', b: 'country:CN', weight: 7, values: { count: 7, p: 0, g2: 1e-9 } },
        { a: 'country:CN', b: 'org:x', weight: 12, values: { count: 12, p: 3.9e-8, g2: 30.19613 } },
      ],
      ['type', 'iso2', 'source', 'n'],
      ['count', 'p', 'g2'],
    );
    expect(ours).toBe(library);
    expect(ours).toContain('<attribute id="n" title="n" type="double"/>');
    expect(ours).toContain('label="A &quot;quoted&quot; &amp; &lt;b>"');
    const parsed = parseGexf(UndirectedGraph, ours);
    expect(parsed.order).toBe(3);
    expect(parsed.getNodeAttribute('org:x', 'label')).toBe('tab\there\nline');
  });

  it('gives graphology-gexf’s bytes for a network without edges or nodes', () => {
    const { library, ours } = both([['creator', 'guanxi']], [], [], ['type'], ['count']);
    expect(ours).toBe(library);
    expect(ours).toContain('<nodes/>');
  });

  it('gives graphology-gexf’s bytes when every value of an attribute is empty', () => {
    const { library, ours } = both(
      [],
      [
        { id: 'a', label: 'A', values: { iso2: '' } },
        { id: 'b', label: 'B', values: { iso2: '' } },
      ],
      [{ a: 'a', b: 'b', weight: 1, values: { count: 1 } }],
      ['iso2'],
      ['count'],
    );
    expect(ours).toBe(library);
    expect(ours).not.toContain('iso2');
  });
});
