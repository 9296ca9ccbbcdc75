/** Shortest paths (the variants of cypher/path/shortest.cypher), mapped to Path objects. */
import type { QueryRunner, Row } from '../db/database';
import { variantName } from '../db/queries';
import { int } from '../db/values';
import { Direction } from '../common/enums';
import { NotFoundError } from '../errors';
import { Node } from '../node/node.type';
import { toEntityOrStatement } from '../statement/statement.type';
import { MAX_HOPS } from './path.args';
import { Path, PathStep } from './path.type';

/** Statement links have no id of their own; this one is shared with GraphEdge.id. */
export function linkId(fromId: string, type: string, toId: string): string {
  return `${fromId}|${type}|${toId}`;
}

function toPath(row: Row): Path {
  const nodes = (row.nodes as Row[]).map(toEntityOrStatement) as Node[];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const relations = (row.steps as Row[]).map((s, i) => {
    const fromId = s.fromId as string;
    const toId = s.toId as string;
    const statementLink = s.id == null;
    return Object.assign(new PathStep(), {
      id: statementLink ? linkId(fromId, s.type as string, toId) : (s.id as string),
      type: s.type as string,
      direction: fromId === nodes[i].id ? Direction.OUT : Direction.IN,
      from: byId.get(fromId)!,
      to: byId.get(toId)!,
      role: (s.role as string | null) ?? null,
      statementLink,
      evidenceIds: (s.evidenceIds as string[] | null) ?? [],
    });
  });
  return Object.assign(new Path(), { length: relations.length, nodes, relations });
}

/**
 * Walk budgets of cypher/path/shortest.cypher's variants: SHORTEST k needs a literal, so each maxHops has one
 * variant per budget and the smallest budget of at least twice `first` is used (room for walks that revisit a
 * node, dropped afterwards).
 */
const WALK_BUDGETS = [2, 6, 20];

/** The catalogued statement for these bounds: it searches no deeper than maxHops and no wider than needed. */
export function shortestPathQuery(maxHops: number, first: number): string {
  const walks = WALK_BUDGETS.find((k) => k >= 2 * first);
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS || walks === undefined) {
    throw new Error(`no path query for maxHops ${maxHops}, first ${first}`);
  }
  return variantName('path/shortest', { maxHops, walks });
}

export class PathRepository {
  constructor(private readonly db: QueryRunner) {}

  /** Shortest first; NOT_FOUND when either end does not exist. A node to itself is the zero-length path. */
  async shortest(fromId: string, toId: string, maxHops: number, first: number): Promise<Path[]> {
    const [row] = await this.db.read(shortestPathQuery(maxHops, first), { fromId, toId, first: int(first) });
    if (row.source == null) throw new NotFoundError('Entity or statement', fromId);
    if (row.target == null) throw new NotFoundError('Entity or statement', toId);
    if (fromId === toId) return [Object.assign(new Path(), { length: 0, nodes: [toEntityOrStatement(row.source as Row)], relations: [] })];
    return (row.paths as Row[]).map(toPath);
  }
}
