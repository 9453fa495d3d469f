/** Display attributes for a loaded graph: kind, label, colour, size, and positions when none are saved. */
import { OTHER_KIND, type ViewGraph } from './graph-types';
import { kindColor } from './style';

/** Seeded so the same graph always opens the same way (and screenshots are comparable). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hasSavedPositions(graph: ViewGraph): boolean {
  if (graph.order === 0) return false;
  return graph.everyNode((_node, attributes) => Number.isFinite(attributes.x) && Number.isFinite(attributes.y));
}

/** Fills kind, label, colour and size, and positions (random in a disc sized to the graph) when none are saved. */
export function prepareGraph(graph: ViewGraph): ViewGraph {
  const positioned = hasSavedPositions(graph);
  const random = seededRandom(graph.order);
  const radius = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((node, attributes) => {
    const kind = typeof attributes.kind === 'string' && attributes.kind ? attributes.kind : OTHER_KIND;
    const label = typeof attributes.label === 'string' && attributes.label ? attributes.label : node;
    const angle = random() * Math.PI * 2;
    const distance = Math.sqrt(random()) * radius;
    return {
      ...attributes,
      kind,
      label,
      x: positioned ? attributes.x : Math.cos(angle) * distance,
      y: positioned ? attributes.y : Math.sin(angle) * distance,
      size: typeof attributes.size === 'number' ? attributes.size : 4,
      color: kindColor(kind),
    };
  });
  graph.setAttribute('hasSavedPositions' as never, positioned as never);
  return graph;
}
