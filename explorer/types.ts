/**
 * The shapes of the answers to schema/explorer.graphql, written out by hand for the page's own use (the
 * typed-client generation over schema/*.graphql can replace them).
 */
export type Kind = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'EVENT' | 'STATEMENT';
export const KINDS: readonly Kind[] = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'EVENT', 'STATEMENT'];

export interface PartialDate {
  value: string;
  precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'RANGE';
  earliest: string;
  latest: string;
  text: string | null;
}

export interface Evidence {
  id: string;
  start: number;
  end: number;
  quote: string;
  passage: { start: number; end: number; text: string } | null;
  article: { id: string; title: string; publishedOn: string };
}

export interface Named {
  id: string;
  name: string;
}

export interface SearchHit {
  kind: Kind;
  snippet: string;
  node: { __typename: string; id: string; name?: string; text?: string; speaker?: { name: string } | null };
}

export interface GraphNode {
  id: string;
  label: string;
  kind: Kind;
  type: string;
  name: string | null;
  depth: number;
  node: { date?: PartialDate | null; act?: string; evidence?: Evidence[] };
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  role: string | null;
}

export interface Subgraph {
  center: string;
  truncated: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface StatementSummary {
  id: string;
  text: string;
  act: string;
  form: string;
  date: PartialDate | null;
  speaker: Named | null;
  addressees: Named[];
  event: Named | null;
}

export interface NodeDetails {
  __typename: string;
  id: string;
  // Entity
  name?: string;
  kind?: Kind;
  aliases?: string[];
  description?: string | null;
  mentions?: { id: string }[];
  relations?: { totalCount: number; edges: { node: { id: string; type: string; role: string | null; from: Named; to: Named } }[] };
  statements?: { totalCount: number; edges: { node: StatementSummary }[] };
  eventType?: string | null;
  date?: PartialDate | null;
  // Statement
  text?: string;
  act?: string;
  form?: string;
  speaker?: Named | null;
  addressees?: Named[];
  event?: Named | null;
  reportedBy?: Named[];
  respondsTo?: { id: string; text: string } | null;
  evidence?: Evidence[];
}

export interface RelationWithEvidence {
  id: string;
  type: string;
  role: string | null;
  from: Named;
  to: Named;
  date: PartialDate | null;
  evidence: Evidence[];
}

export interface PathStep {
  id: string;
  type: string;
  role: string | null;
  direction: 'IN' | 'OUT';
  statementLink: boolean;
  from: { id: string };
  to: { id: string };
  evidence: Evidence[];
}

export interface Path {
  length: number;
  nodes: { __typename: string; id: string; name?: string; kind?: Kind; text?: string }[];
  relations: PathStep[];
}

export interface Dated {
  id: string;
  label: string;
  kind: 'EVENT' | 'STATEMENT';
  date: PartialDate;
}
