/** Display attributes for a loaded graph: kind, label, colour, size, and positions when none are saved. */
import { OTHER_KIND, type ViewGraph } from './graph-types';
import { seededRandom } from '@unkg/graph/random';
import { kindColor } from './style';

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
