// The neighbourhood of one entity or statement for graph explorers: every Entity/Statement within $depth hops
// (entity relations and statement links; never passages or evidence), nearest first, at most $limit nodes
// including the centre, plus every relationship among the kept nodes. `truncated` says nodes were left out.
// Neo4j 5 needs a literal upper bound in {1,3}; `length(p) <= $depth` cuts it to the asked depth.
// Returns no row when there is no such node.
// params: $id, $depth, $limit
// columns: nodes, distances, edges, truncated
MATCH (c:Entity|Statement {id: $id})
CALL (c) {
  MATCH p = SHORTEST 1 (c)(()-[]-(:Entity|Statement)){1,3}(n:Entity|Statement)
  WHERE n <> c AND length(p) <= $depth
  WITH n, length(p) AS distance ORDER BY distance, n.id
  RETURN collect({node: n, distance: distance}) AS reached
}
WITH [{node: c, distance: 0}] + reached[0..$limit - 1] AS kept, size(reached) > $limit - 1 AS truncated
WITH kept, truncated, [k IN kept | k.node] AS keptNodes
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN keptNodes
  WITH a, r, b ORDER BY a.id, type(r), b.id
  RETURN collect(r { .*, type: type(r), fromId: a.id, toId: b.id }) AS edges
}
RETURN [k IN kept | properties(k.node)] AS nodes, [k IN kept | k.distance] AS distances, edges, truncated
