// Up to $first shortest paths (fewest hops first) between two entities or statements, through entity relations
// and statement links only: every node on a path is an :Entity or a :Statement, so passages, articles and
// evidence never appear, and no node repeats. Neo4j 5 needs literals in SHORTEST k and {m,n}, so the search
// uses fixed upper bounds (6 hops: the largest maxHops; 20 paths: twice the largest `first`, leaving room for
// walks that revisit a node, which the WHERE drops after selection) and `length(p) <= $maxHops` keeps the asked
// depth. A step's evidence is the relationship's own, or for a statement link the statement's.
// `source`/`target` are null when an id matches nothing (the resolver answers NOT_FOUND).
// params: $fromId, $toId, $maxHops, $first
// columns: source, target, paths
OPTIONAL MATCH (a:Entity|Statement {id: $fromId})
OPTIONAL MATCH (b:Entity|Statement {id: $toId})
CALL (a, b) {
  MATCH p = SHORTEST 20 (a)(()-[]-(:Entity|Statement)){1,6}(b)
  WHERE length(p) <= $maxHops AND all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
  WITH p ORDER BY length(p), [x IN nodes(p) | x.id]
  LIMIT $first
  RETURN collect({
    nodes: [x IN nodes(p) | properties(x)],
    steps: [r IN relationships(p) | r { .*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
                                        evidenceIds: coalesce(r.evidenceIds, startNode(r).evidenceIds, []) }]
  }) AS paths
}
RETURN properties(a) AS source, properties(b) AS target, paths
