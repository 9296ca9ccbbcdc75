/** Neighbourhood subgraphs (cypher/neighborhood/), shaped for explorer UIs here. */
import type { QueryRunner } from '../db/database';
import type { EntityOrStatementNode, RelationshipRow } from '../graph';
import { int } from '../db/values';
import { SearchKind } from '../common/enums';
import { NotFoundError } from '../errors';
import { linkId } from '../path/path.repository';
import { Statement, toEntityOrStatement } from '../statement/statement.type';
import { GraphEdge, GraphNode, Subgraph } from './neighborhood.type';

const LABEL_LENGTH = 60;

function shorten(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

function toGraphNode(row: EntityOrStatementNode, depth: number): GraphNode {
  const node = toEntityOrStatement(row);
  const isStatement = node instanceof Statement;
  return Object.assign(new GraphNode(), {
    id: node.id,
    label: isStatement ? shorten(node.text) : node.name,
    kind: isStatement ? SearchKind.STATEMENT : (node.kind as unknown as SearchKind),
    type: node.__typename,
    name: isStatement ? null : node.name,
    depth,
    node,
  });
}

function toGraphEdge(row: RelationshipRow): GraphEdge {
  const { type, fromId: source, toId: target } = row;
  const role = row.role ?? null;
  return Object.assign(new GraphEdge(), {
    id: row.id ?? linkId(source, type, target),
    source,
    target,
    type,
    label: `${type.toLowerCase().replace(/_/g, ' ')}${role ? ` (${role})` : ''}`,
    role,
  });
}

export class NeighborhoodRepository {
  constructor(private readonly db: QueryRunner) {}

  async around(id: string, depth: number, limit: number): Promise<Subgraph> {
    const [row] = await this.db.read('neighborhood/subgraph', { id, depth: int(depth), limit: int(limit) });
    if (!row) throw new NotFoundError('Entity or statement', id);
    return Object.assign(new Subgraph(), {
      center: id,
      nodes: row.nodes.map((n, i) => toGraphNode(n, row.distances[i])),
      edges: row.edges.map(toGraphEdge),
      truncated: row.truncated,
    });
  }
}
