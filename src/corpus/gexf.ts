// network.gexf written piece by piece. graphology-gexf builds the whole document as one string by concatenation: over
// four copies of xwlb (36,000 edges) that string's pieces took 320 MB of heap before it was written. This writer emits
// the same bytes (GEXF 1.3, two-space indentation, graphology-gexf's inferred attribute types and escaping) an element
// at a time; tests compare it with graphology-gexf's output.

/** One node or edge: its XML attributes (id, source …) and its GEXF attribute values, in the model's key order. */
export interface GexfElement {
  head: Array<[string, string | number]>;
  values: Record<string, string | number | undefined>;
}

/** A network to write: graph metadata, then nodes and edges (each list may be iterated twice). */
export interface GexfNetwork {
  meta: Array<[string, string]>;
  nodeKeys: readonly string[];
  edgeKeys: readonly string[];
  nodes: () => Iterable<GexfElement>;
  edges: () => Iterable<GexfElement>;
}

/** GEXF attribute types, by graphology-gexf's priority (a lower one wins when values disagree). */
const PRIORITY = { string: 5, double: 6, long: 7, integer: 8 } as const;
type Kind = keyof typeof PRIORITY;

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || Number.isNaN(v);

function kindOf(v: string | number): Kind {
  if (typeof v !== 'number') return 'string';
  // graphology-gexf's own test of a 32-bit integer.
  if (v === (v | 0)) return v <= 0x7fffffff && v >= -0x7fffffff ? 'integer' : 'long';
  return 'double';
}

/** The attribute model: keys in the order their first non-empty value appears, each with its type. */
function modelOf(keys: readonly string[], elements: Iterable<GexfElement>): Map<string, Kind> {
  const model = new Map<string, Kind>();
  for (const e of elements)
    for (const k of keys) {
      const v = e.values[k];
      if (v === undefined || isEmpty(v)) continue;
      const kind = kindOf(v);
      const had = model.get(k);
      if (had === undefined || PRIORITY[kind] < PRIORITY[had]) model.set(k, kind);
    }
  return model;
}

const attr = (s: string | number): string =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
const text = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pad = (depth: number): string => `\n${'  '.repeat(depth)}`;

function* modelXml(model: Map<string, Kind>, cls: string): Generator<string> {
  if (model.size === 0) return;
  yield `${pad(2)}<attributes class="${cls}">`;
  for (const [k, kind] of model) yield `${pad(3)}<attribute id="${attr(k)}" title="${attr(k)}" type="${kind}"/>`;
  yield `${pad(2)}</attributes>`;
}

function* elementsXml(tag: string, model: Map<string, Kind>, elements: Iterable<GexfElement>): Generator<string> {
  let any = false;
  for (const e of elements) {
    if (!any) yield `${pad(2)}<${tag}s>`;
    any = true;
    let s = `${pad(3)}<${tag}${e.head.map(([k, v]) => ` ${k}="${attr(v)}"`).join('')}`;
    if (model.size === 0) {
      yield `${s}/>`;
      continue;
    }
    const values: string[] = [];
    for (const k of model.keys()) {
      const v = e.values[k];
      if (v !== undefined && !isEmpty(v)) values.push(`${pad(5)}<attvalue for="${attr(k)}" value="${attr(v)}"/>`);
    }
    s += `>${pad(4)}<attvalues${values.length === 0 ? '/>' : `>${values.join('')}${pad(4)}</attvalues>`}`;
    yield `${s}${pad(3)}</${tag}>`;
  }
  yield any ? `${pad(2)}</${tag}s>` : `${pad(2)}<${tag}s/>`;
}

/** The GEXF 1.3 document of an undirected network, in pieces (the bytes graphology-gexf's writer gives). */
export function* gexfPieces(net: GexfNetwork): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">';
  yield `${pad(1)}<meta${net.meta.length === 0 ? '/>' : `>${net.meta.map(([k, v]) => `${pad(2)}<${k}>${text(v)}</${k}>`).join('')}${pad(1)}</meta>`}`;
  yield `${pad(1)}<graph defaultedgetype="undirected">`;
  const nodeModel = modelOf(net.nodeKeys, net.nodes());
  const edgeModel = modelOf(net.edgeKeys, net.edges());
  yield* modelXml(nodeModel, 'node');
  yield* modelXml(edgeModel, 'edge');
  yield* elementsXml('node', nodeModel, net.nodes());
  yield* elementsXml('edge', edgeModel, net.edges());
  yield `${pad(1)}</graph>\n</gexf>`;
}
