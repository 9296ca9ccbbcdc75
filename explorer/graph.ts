/**
 * The drawing: Cytoscape.js with the fCoSE force-directed layout. Colour and shape say the kind; statements are
 * small dashed cards and their links dashed lines; edges carry the API's label (relation and role, or the
 * statement link). Growing the graph keeps what is drawn where it is: new nodes start beside the node they came
 * from and fCoSE places them with every earlier node fixed (its fixedNodeConstraint), so a layout never jumps.
 */
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Evidence, GraphEdge, GraphNode, Kind, PartialDate } from './types';

cytoscape.use(fcose);

export const KIND_STYLE: Record<Kind, { color: string; shape: string; label: string }> = {
  PERSON: { color: '#2563eb', shape: 'ellipse', label: 'Person' },
  COUNTRY: { color: '#15803d', shape: 'round-rectangle', label: 'Country' },
  ORGANIZATION: { color: '#7e22ce', shape: 'hexagon', label: 'Organization' },
  EVENT: { color: '#c2410c', shape: 'diamond', label: 'Event' },
  STATEMENT: { color: '#ffffff', shape: 'round-tag', label: 'Statement' },
};

/** The data every drawn node carries (Cytoscape keeps it in `data`). */
export interface NodeData {
  id: string;
  label: string;
  kind: Kind;
  type: string;
  name: string | null;
  depth: number;
  date: PartialDate | null;
  evidence: Evidence[];
}

/** The data every drawn edge carries: the subgraph's edge as the API gives it, and what kind of link it is. */
export interface EdgeData extends GraphEdge {
  /** A statement's link to a speaker, addressee, subject, event, reporter or answered statement. */
  statementLink: boolean;
}

export const isStatementLink = (edgeId: string): boolean => edgeId.includes('|');

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      // Labels give way when zoomed out, so a large neighbourhood stays legible; zooming in brings them back.
      'min-zoomed-font-size': 7,
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#1f2937',
    },
  },
  ...(Object.entries(KIND_STYLE) as [Kind, (typeof KIND_STYLE)[Kind]][]).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape as 'ellipse' },
  })),
  {
    selector: 'node[kind = "STATEMENT"]',
    style: {
      width: 16,
      height: 14,
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': '#4b5563',
      'font-size': 8,
      'font-style': 'italic',
      color: '#374151',
    },
  },
  { selector: 'node.center', style: { width: 38, height: 38, 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9ca3af',
      'arrow-scale': 0.8,
      label: 'data(label)',
      'font-size': 8,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge[?statementLink]',
    style: { 'line-style': 'dashed', 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', 'font-size': 7, 'min-zoomed-font-size': 9 },
  },
  { selector: 'edge:selected', style: { 'font-size': 10, 'min-zoomed-font-size': 0, 'font-weight': 'bold' } },
  { selector: ':selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#dc2626' } },
  { selector: 'edge.path', style: { width: 4, 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', 'line-style': 'solid', 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: '.hidden', style: { display: 'none' } },
];

export function createGraph(container: HTMLElement): Core {
  return cytoscape({
    container,
    style,
    minZoom: 0.15,
    maxZoom: 3,
    // Keyboard and screen-reader users reach the same content through the side panels' lists.
    boxSelectionEnabled: false,
  });
}

const nodeElement = (node: GraphNode): ElementDefinition => ({
  group: 'nodes',
  data: {
    id: node.id,
    label: node.label,
    kind: node.kind,
    type: node.type,
    name: node.name,
    depth: node.depth,
    date: node.node.date ?? null,
    evidence: node.node.evidence ?? [],
  } satisfies NodeData,
});

const edgeElement = (edge: GraphEdge): ElementDefinition => ({
  group: 'edges',
  data: { ...edge, statementLink: isStatementLink(edge.id) } satisfies EdgeData,
});

function runLayout(cy: Core, fixed: { nodeId: string; position: { x: number; y: number } }[]): Promise<void> {
  const layout = cy.layout({
    name: 'fcose',
    // A first layout starts from random positions; a growing one from where the nodes are, which fCoSE allows
    // only at "proof" quality (cytoscape-fcose README, "randomize").
    quality: fixed.length ? 'proof' : 'default',
    randomize: fixed.length === 0,
    animate: false,
    fit: fixed.length === 0,
    padding: 30,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    nodeDimensionsIncludeLabels: false,
    fixedNodeConstraint: fixed.length ? fixed : undefined,
  } as cytoscape.LayoutOptions);
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}

/** Replaces the drawing with a subgraph and lays it out afresh. */
export async function showSubgraph(cy: Core, allNodes: GraphNode[], allEdges: GraphEdge[], center: string): Promise<void> {
  // Paths share nodes and steps: each is drawn once.
  const nodes = [...new Map(allNodes.map((n) => [n.id, n])).values()];
  const edges = [...new Map(allEdges.map((e) => [e.id, e])).values()];
  cy.batch(() => {
    cy.elements().remove();
    // Spread on a spiral before the layout runs: nodes added at one point would draw edges of no length, which
    // Cytoscape reports as warnings on the console.
    cy.add(
      nodes.map((node, i) => ({
        ...nodeElement(node),
        position: { x: 12 * Math.sqrt(i + 1) * Math.cos(i * 2.4), y: 12 * Math.sqrt(i + 1) * Math.sin(i * 2.4) },
      })),
    );
    cy.add(edges.map(edgeElement));
    cy.getElementById(center).addClass('center');
  });
  await runLayout(cy, []);
}

/**
 * Adds what is not drawn yet (nodes, then edges whose ends are drawn) around `around`, and lays out only the
 * newcomers. Returns how many nodes were added.
 */
export async function mergeSubgraph(cy: Core, nodes: GraphNode[], edges: GraphEdge[], around: string): Promise<number> {
  const anchor = cy.getElementById(around) as NodeSingular;
  const origin = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const fixed = cy.nodes().map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  const fresh = [...new Map(nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => [n.id, n])).values()];
  cy.batch(() => {
    fresh.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      cy.add({ ...nodeElement(node), position: { x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) } });
    });
    for (const edge of edges) {
      if (cy.getElementById(edge.id).empty() && cy.getElementById(edge.source).nonempty() && cy.getElementById(edge.target).nonempty()) {
        cy.add(edgeElement(edge));
      }
    }
  });
  if (fresh.length) await runLayout(cy, fixed);
  return fresh.length;
}
