/**
 * The take-away formats of the current view, as pure functions of its elements (the unit tier checks them):
 * GraphML (http://graphml.graphdrawing.org/specification.html) with every data field declared as a <key>, and
 * CSV through csv-stringify (RFC 4180 quoting of the article's curly quotes, commas and line breaks).
 */
import { stringify } from 'csv-stringify/sync';

export interface EvidenceSpan {
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

export interface ExportNode {
  id: string;
  label: string;
  kind: string;
  type: string;
  name: string | null;
  depth: number;
  date: string | null;
  datePrecision: string | null;
  evidence: EvidenceSpan[];
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  role: string | null;
  evidence: EvidenceSpan[];
}

export interface ExportView {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Quotes joined for one cell: GraphML and CSV consumers (Gephi, yEd, spreadsheets) read flat strings. */
const quotes = (evidence: EvidenceSpan[]): string => evidence.map((e) => e.quote).join(' | ');
const spans = (evidence: EvidenceSpan[]): string => evidence.map((e) => `${e.articleId}@${e.start}-${e.end}`).join(' ');

const NODE_KEYS = ['label', 'kind', 'type', 'name', 'depth', 'date', 'datePrecision', 'evidenceQuotes', 'evidenceSpans'] as const;
const EDGE_KEYS = ['label', 'type', 'role', 'evidenceQuotes', 'evidenceSpans'] as const;

function nodeData(node: ExportNode): Record<(typeof NODE_KEYS)[number], string | number | null> {
  return { ...node, evidenceQuotes: quotes(node.evidence), evidenceSpans: spans(node.evidence) };
}
function edgeData(edge: ExportEdge): Record<(typeof EDGE_KEYS)[number], string | null> {
  return { ...edge, evidenceQuotes: quotes(edge.evidence), evidenceSpans: spans(edge.evidence) };
}

export function toGraphML(view: ExportView): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${k === 'depth' ? 'int' : 'string'}"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="explorer" edgedefault="directed">',
  ];
  const data = (prefix: string, values: Record<string, string | number | null>, keys: readonly string[]): string[] =>
    keys.filter((k) => values[k] !== null && values[k] !== '').map((k) => `      <data key="${prefix}_${k}">${xml(String(values[k]))}</data>`);
  for (const node of view.nodes) lines.push(`    <node id="${xml(node.id)}">`, ...data('n', nodeData(node), NODE_KEYS), '    </node>');
  for (const edge of view.edges) {
    lines.push(
      `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">`,
      ...data('e', edgeData(edge), EDGE_KEYS),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function nodesCsv(view: ExportView): string {
  return stringify(
    view.nodes.map((node) => ({ id: node.id, ...nodeData(node) })),
    { header: true, columns: ['id', ...NODE_KEYS] },
  );
}

export function edgesCsv(view: ExportView): string {
  return stringify(
    view.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, ...edgeData(edge) })),
    { header: true, columns: ['id', 'source', 'target', ...EDGE_KEYS] },
  );
}
