import Graph from 'graphology';
import { useEffect, useRef, useState } from 'preact/hooks';
import Sigma from 'sigma';
import type { NetworkAnswerT } from '../api.js';
import { communityColor } from '../format.js';

/** The graph of a network answer: positions and sizes from the server, colours by community, edges by weight. */
export function toGraph(data: NetworkAnswerT): Graph {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const n of data.nodes) {
    graph.addNode(n.id, { label: n.label, x: n.x, y: n.y, size: n.size, color: communityColor(n.community) });
  }
  const weights = data.edges.map((e) => Math.abs(e.weight));
  const max = Math.max(1e-9, ...weights);
  for (const e of data.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    graph.addEdge(e.source, e.target, { size: 0.5 + 3.5 * (Math.abs(e.weight) / max), color: '#b8c0cc' });
  }
  return graph;
}

/**
 * A network drawn by sigma (WebGL). The container's `data-nodes`/`data-edges` give the drawn graph's order and size
 * once it has rendered, for tests and for people curious about what they see.
 */
export function GraphCanvas(props: {
  data: NetworkAnswerT;
  label: string;
  onNode: (id: string) => void;
  onEdge: (a: string, b: string) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // The latest handlers (they carry the current URL), without drawing the graph again when they change.
  const handlers = useRef(props);
  handlers.current = props;
  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const graph = toGraph(props.data);
    let sigma: Sigma;
    try {
      sigma = new Sigma(graph, el, {
        settings: { enableEdgeEvents: true, itemSizesReference: 'screen', labelRenderedSizeThreshold: 4 },
      });
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
      return;
    }
    // Sigma draws the graph in its constructor: what it holds now is what is on screen.
    el.dataset.nodes = String(sigma.getGraph().order);
    el.dataset.edges = String(sigma.getGraph().size);
    sigma.on('clickNode', ({ node }) => handlers.current.onNode(node));
    sigma.on('clickEdge', ({ edge }) => handlers.current.onEdge(graph.source(edge), graph.target(edge)));
    sigma.on('enterNode', () => el.classList.add('pointer'));
    sigma.on('leaveNode', () => el.classList.remove('pointer'));
    sigma.on('enterEdge', () => el.classList.add('pointer'));
    sigma.on('leaveEdge', () => el.classList.remove('pointer'));
    return () => {
      sigma.kill();
      delete el.dataset.nodes;
      delete el.dataset.edges;
    };
  }, [props.data]);
  if (failed !== null) return <p class="error">WebGL: {failed}</p>;
  return <div class="graph" ref={box} role="img" aria-label={props.label} />;
}
