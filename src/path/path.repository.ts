/** Shortest paths (the variants of cypher/path/shortest.cypher), mapped to Path objects. */
import type { QueryRunner, RowOf } from '../db/database';
import { variantName } from '../db/queries';
import { int } from '../db/values';
import { Direction } from '../common/enums';
import { NotFoundError } from '../errors';
import type { Node } from '../node/node.type';
import { toEntityOrStatement } from '../statement/statement.type';
import { MAX_HOPS } from './path.args';
import { Path, PathStep } from './path.type';

/** Statement links have no id of their own; this one is shared with GraphEdge.id. */
export function linkId(fromId: string, type: string, toId: string): string {
  return `${fromId}|${type}|${toId}`;
}

function toPath(row: RowOf<'path/shortest'>['paths'][number]): Path {
  const nodes: Node[] = row.nodes.map(toEntityOrStatement);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const relations = row.steps.map((s, i) => {
    const { fromId, toId } = s;
    return Object.assign(new PathStep(), {
      id: s.id ?? linkId(fromId, s.type, toId),
      type: s.type,
      direction: fromId === nodes[i].id ? Direction.OUT : Direction.IN,
      from: byId.get(fromId)!,
      to: byId.get(toId)!,
      role: s.role ?? null,
      statementLink: s.id === undefined,
      evidenceIds: s.evidenceIds ?? [],
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
export function shortestPathQuery(maxHops: number, first: number): `path/shortest?${string}` {
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
    if (fromId === toId) return [Object.assign(new Path(), { length: 0, nodes: [toEntityOrStatement(row.source)], relations: [] })];
    return row.paths.map(toPath);
  }
}
