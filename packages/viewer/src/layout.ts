/**
 * ForceAtlas2 in a web worker over the visible part of the graph (documents and mentions,
 * hidden by default, would otherwise dominate the layout). Positions flow back to the main
 * graph after every iteration; settings are inferred from the graph's size.
 */
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ViewGraph } from './graph-types';
import type { Visibility } from './filters';

export class LayoutController {
  private supervisor: FA2Layout | null = null;
  private layoutGraph: Graph | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private copyFrame = 0;
  /** iterations since the last start, for the status line and the benchmark */
  iterations = 0;
  startedAt = 0;
  /** false: the worker runs without the view following (measures the worker alone) */
  followPositions = true;
  /** minimum time between two updates of the view (0: every frame) */
  copyIntervalMs = 0;
  private copiedAt = 0;

  /**
   * @param graph    the data graph (positions read at start, written back)
   * @param display  the graph sigma draws (visible part), which follows the layout too
   */
  constructor(
    private readonly graph: ViewGraph,
    private readonly display: () => ViewGraph | null,
    private readonly onChange: () => void,
  ) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Starts the layout on the visible nodes; stops by itself after `durationMs` when given. */
  start(visible: Visibility, durationMs?: number): void {
    this.kill();
    const layoutGraph = new Graph({ type: 'directed' });
    for (const node of visible.nodes) {
      const { x, y, size } = this.graph.getNodeAttributes(node);
      layoutGraph.addNode(node, { x, y, size });
    }
    for (const edge of visible.edges) {
      layoutGraph.mergeEdge(this.graph.source(edge), this.graph.target(edge), { weight: Math.log2(1 + (this.graph.getEdgeAttribute(edge, 'weight') || 1)) });
    }
    if (layoutGraph.order === 0) return;
    const settings = { ...inferSettings(layoutGraph), adjustSizes: false };
    this.layoutGraph = layoutGraph;
    this.supervisor = new FA2Layout(layoutGraph, { settings, getEdgeWeight: 'weight' });
    this.iterations = 0;
    this.startedAt = performance.now();
    layoutGraph.on('eachNodeAttributesUpdated', () => {
      this.iterations++;
      // Copy at most once a frame, and for heavy views at most every `copyIntervalMs`: the
      // worker only gets its next batch when the main thread is free, so redraws set its pace.
      if (!this.followPositions || this.copyFrame !== 0 || performance.now() - this.copiedAt < this.copyIntervalMs) return;
      this.copyFrame = requestAnimationFrame(() => {
        this.copyFrame = 0;
        this.copiedAt = performance.now();
        this.copyPositions();
      });
    });
    this.supervisor.start();
    if (durationMs) this.stopTimer = setTimeout(() => this.stop(), durationMs);
    this.onChange();
  }

  stop(): void {
    clearTimeout(this.stopTimer);
    this.supervisor?.stop();
    this.copyPositions();
    this.onChange();
  }

  kill(): void {
    clearTimeout(this.stopTimer);
    cancelAnimationFrame(this.copyFrame);
    this.copyFrame = 0;
    this.supervisor?.kill();
    this.supervisor = null;
    this.layoutGraph = null;
  }

  iterationsPerSecond(): number {
    const seconds = (performance.now() - this.startedAt) / 1000;
    return seconds > 0 ? this.iterations / seconds : 0;
  }

  private copyPositions(): void {
    const layoutGraph = this.layoutGraph;
    if (!layoutGraph) return;
    const display = this.display();
    for (const target of display ? [this.graph, display] : [this.graph]) {
      target.updateEachNodeAttributes(
        (node, attributes) => {
          if (!layoutGraph.hasNode(node)) return attributes;
          const position = layoutGraph.getNodeAttributes(node);
          attributes.x = position.x as number;
          attributes.y = position.y as number;
          return attributes;
        },
        { attributes: ['x', 'y'] },
      );
    }
  }
}
