// Up to $first shortest paths (fewest hops first) of at most 6 hops between two entities or statements, with at
// most 20 candidate walks: one of the files path/shortest-<maxHops>-<walks>.cypher, all the same but for those
// two literals (Neo4j 5 takes only literals in SHORTEST k and {m,n}, so src/path/path.repository.ts picks the
// file for maxHops and the smallest walk budget of 2, 6 or 20 that is at least twice $first). The search never
// goes deeper than asked or collects more walks than needed: twice $first leaves room for walks that revisit a
// node, which the WHERE drops after selection. Only entity relations and statement links: every node on a path
// is an :Entity or a :Statement, so passages, articles and evidence never appear, and no node repeats. A step's
// evidence is the relationship's own, or for a statement link the statement's. Each end is two unique-index
// seeks (entity or statement); `source`/`target` are null when an id matches nothing (the resolver answers
// NOT_FOUND).
// params: $fromId, $toId, $first
// columns: source, target, paths
OPTIONAL MATCH (a:Entity|Statement {id: $fromId})
OPTIONAL MATCH (b:Entity|Statement {id: $toId})
CALL (a, b) {
  MATCH p = SHORTEST 20 (a)(()-[]-(:Entity|Statement)){1,6}(b)
  WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
  WITH p ORDER BY length(p), [x IN nodes(p) | x.id]
  LIMIT $first
  RETURN collect({
    nodes: [x IN nodes(p) | properties(x)],
    steps: [r IN relationships(p) | r { .*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
                                        evidenceIds: coalesce(r.evidenceIds, startNode(r).evidenceIds, []) }]
  }) AS paths
}
RETURN properties(a) AS source, properties(b) AS target, paths
