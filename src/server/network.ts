// Networks for the dashboard: an entity's ego network and a filtered corpus network, split into Louvain communities
// with a seeded random source and laid out with ForceAtlas2 for a fixed number of iterations from a fixed start (each
// community on a small circle around a point of a large one), so that the same request always gets the same answer.
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { MeasureT, NetworkAnswerT, NetworkEdgeT } from './api-schema.js';
import { byMeasure } from './pairs.js';
import type { PairRow, PairSource } from './pairs.js';
import type { Store } from './store.js';
import { refOf } from './store.js';

// Both are CommonJS modules whose types declare an ES default export: loaded as what they are.
const require = createRequire(import.meta.url);
const forceAtlas2 = require('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;
const louvain = require('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default;

/** A small deterministic random source (mulberry32) for Louvain. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Places each community's nodes on a small circle around a point of a large one (communities in order of size,
 * nodes in id order): a start that depends only on the network, and that ForceAtlas2 needs few iterations from. */
function startPositions(graph: UndirectedGraph, ids: readonly string[], communities: Record<string, number>): void {
  const members = new Map<number, string[]>();
  for (const id of ids) {
    const c = communities[id] ?? 0;
    const list = members.get(c);
    if (list === undefined) members.set(c, [id]);
    else list.push(id);
  }
  const groups = [...members.entries()].sort((x, y) => y[1].length - x[1].length || x[0] - y[0]);
  const outer = 10 * Math.sqrt(ids.length);
  groups.forEach(([, list], k) => {
    const angle = (2 * Math.PI * k) / groups.length;
    const [cx, cy] = groups.length === 1 ? [0, 0] : [outer * Math.cos(angle), outer * Math.sin(angle)];
    const inner = 2 * Math.sqrt(list.length);
    list.forEach((id, i) => {
      const a = (2 * Math.PI * i) / list.length;
      graph.mergeNodeAttributes(id, { x: cx + inner * Math.cos(a), y: cy + inner * Math.sin(a) });
    });
  });
}

/** Lays out and colours the network of `nodes` and the `edges` among them. */
export function layoutNetwork(
  store: Store,
  nodeIds: readonly string[],
  edges: readonly PairRow[],
  measure: MeasureT,
  truncated: boolean,
): NetworkAnswerT {
  const ids = [...nodeIds].sort();
  const graph = new UndirectedGraph();
  for (const id of ids) graph.addNode(id, { x: 0, y: 0 });
  const kept: NetworkEdgeT[] = [];
  for (const e of [...edges].sort(byMeasure('count'))) {
    if (!graph.hasNode(e.a) || !graph.hasNode(e.b) || graph.hasEdge(e.a, e.b)) continue;
    graph.addEdge(e.a, e.b, { weight: Math.log1p(e.count) });
    kept.push({ source: e.a, target: e.b, weight: e[measure], count: e.count });
  }
  const communities =
    graph.size > 0
      ? louvain(graph, { rng: seededRandom(18), getEdgeWeight: 'weight' })
      : ({} as Record<string, number>);
  startPositions(graph, ids, communities);
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    // Started from its communities, a large network needs fewer iterations (ForceAtlas2 costs n log n each).
    const iterations = graph.order > 1000 ? 30 : graph.order > 300 ? 60 : 100;
    forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: graph.order > 500 } });
  }
  const maxMentions = Math.max(1, ...ids.map((id) => store.entities.get(id)?.mentions ?? 0));
  return {
    nodes: ids.map((id) => {
      const a = graph.getNodeAttributes(id) as { x: number; y: number };
      const mentions = store.entities.get(id)?.mentions ?? 0;
      const ref = refOf(store, id);
      return {
        id,
        label: ref.name,
        type: ref.type,
        x: round2(a.x),
        y: round2(a.y),
        size: round2(3 + 17 * Math.sqrt(mentions / maxMentions)),
        community: communities[id] ?? 0,
        mentions,
      };
    }),
    edges: kept,
    truncated,
  };
}

/** An entity, its top `limit` partners by the measure, and each partner's top `second` partners, with every kept
 * pair among them. */
export function egoNetwork(
  store: Store,
  source: PairSource,
  id: string,
  opts: { measure: MeasureT; limit: number; second: number },
): NetworkAnswerT {
  const order = byMeasure(opts.measure);
  const nodes = new Set<string>([id]);
  const first = source.partners(id).sort(order).slice(0, opts.limit);
  const lists = new Map<string, ReturnType<PairSource['partners']>>();
  for (const p of first) nodes.add(p.partner);
  for (const p of first) {
    const theirs = source.partners(p.partner).sort(order);
    lists.set(p.partner, theirs);
    for (const q of theirs.slice(0, opts.second)) nodes.add(q.partner);
  }
  lists.set(id, source.partners(id));
  // Edges among the nodes: each pair from the lists already read (ego and its partners), and the pairs between
  // second-ring nodes from theirs.
  const edges = new Map<string, PairRow>();
  const addFrom = (owner: string, list: ReturnType<PairSource['partners']>): void => {
    for (const p of list) {
      if (!nodes.has(p.partner)) continue;
      const [a, b] = owner < p.partner ? [owner, p.partner] : [p.partner, owner];
      edges.set(`${a}\0${b}`, { a, b, count: p.count, articles: p.articles, npmi: p.npmi, g2: p.g2 });
    }
  };
  for (const [owner, list] of lists) addFrom(owner, list);
  for (const n of nodes) if (!lists.has(n)) addFrom(n, source.partners(n));
  return layoutNetwork(store, [...nodes], [...edges.values()], opts.measure, false);
}

/** The kept pairs whose two entities are of the given types and seen at least `minCount` times, on at most
 * `maxNodes` nodes (the most mentioned). */
export function corpusNetwork(
  store: Store,
  source: PairSource,
  opts: { types: string[] | undefined; minCount: number; measure: MeasureT; maxNodes: number },
): NetworkAnswerT {
  const types = opts.types === undefined ? null : new Set(opts.types);
  const typeOf = (id: string): string => store.entities.get(id)?.type ?? id.split(':')[0] ?? '';
  const edges = source
    .all()
    .filter((p) => p.count >= opts.minCount && (types === null || (types.has(typeOf(p.a)) && types.has(typeOf(p.b)))));
  const nodes = new Set<string>();
  for (const e of edges) {
    nodes.add(e.a);
    nodes.add(e.b);
  }
  let kept = [...nodes];
  const truncated = kept.length > opts.maxNodes;
  if (truncated) {
    const mentions = (id: string): number => store.entities.get(id)?.mentions ?? 0;
    kept = kept.sort((x, y) => mentions(y) - mentions(x) || (x < y ? -1 : 1)).slice(0, opts.maxNodes);
  }
  return layoutNetwork(store, kept, edges, opts.measure, truncated);
}
