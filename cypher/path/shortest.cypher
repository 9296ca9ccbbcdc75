// Up to $first shortest paths (fewest hops first) of at most {{maxHops}} hops between two entities or statements,
// through entity relations and statement links only: every node on a path is an :Entity or a :Statement, so
// passages, articles and evidence never appear, and no node repeats. Neo4j 5 takes only literals in SHORTEST k
// and {m,n}, so this file is a family of variants (src/db/queries.ts): src/path/path.repository.ts picks the one
// for maxHops and the smallest walk budget of at least twice $first. The search never goes deeper than asked or
// collects more walks than needed; twice $first leaves room for walks that revisit a node, which the WHERE drops
// after selection. A step's evidence is the relationship's own, or for a statement link the statement's. Each end
// is two unique-index seeks (entity or statement); `source`/`target` are null when an id matches nothing (the
// resolver answers NOT_FOUND).
// variants: maxHops=1..6, walks=2|6|20
// params: $fromId: string, $toId: string, $first: Integer
// columns: source: EntityOrStatementNode | null, target: EntityOrStatementNode | null, paths: { nodes: EntityOrStatementNode[]; steps: RelationshipRow[] }[]
OPTIONAL MATCH (a:Entity|Statement {id: $fromId})
OPTIONAL MATCH (b:Entity|Statement {id: $toId})
CALL (a, b) {
  MATCH p = SHORTEST {{walks}} (a)(()-[]-(:Entity|Statement)){1,{{maxHops}}}(b)
  WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
  WITH p ORDER BY length(p), [x IN nodes(p) | x.id]
  LIMIT $first
  RETURN collect({
    nodes: [x IN nodes(p) | {{> node-row x}}],
    steps: [r IN relationships(p) | r { .*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
                                        evidenceIds: coalesce(r.evidenceIds, startNode(r).evidenceIds, []) }]
  }) AS paths
}
RETURN {{> node-row a}} AS source, {{> node-row b}} AS target, paths
