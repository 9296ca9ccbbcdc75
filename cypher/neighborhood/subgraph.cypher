// The neighbourhood of one entity or statement for graph explorers: every Entity/Statement within $depth hops
// (entity relations and statement links; never passages or evidence), nearest first (then by id), at most $limit
// nodes including the centre, plus every relationship among the kept nodes. `truncated` says nodes were left out.
// Built level by level (breadth-first): a level is the distinct new neighbours of the level before, sorted by id
// and cut at $limit, and the next level is expanded only while $depth asks for it and the levels so far hold
// fewer than $limit nodes (room for $limit - 1 besides the centre, plus one to tell whether anything was cut).
// So the search never goes deeper than $depth and stops as soon as the limit is reached, instead of collecting
// and sorting everything within the largest depth. The centre is two unique-index seeks.
// Returns no row when there is no such node.
// params: $id: string, $depth: Integer, $limit: Integer
// columns: nodes: EntityOrStatementNode[], distances: number[], edges: RelationshipRow[], truncated: boolean
CALL () {
  MATCH (c:Entity {id: $id}) RETURN c
  UNION
  MATCH (c:Statement {id: $id}) RETURN c
}
CALL (c) {
  MATCH (c)--(n:Entity|Statement)
  WHERE n <> c
  WITH DISTINCT n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS level1
}
CALL (c, level1) {
  WITH c, level1 WHERE $depth >= 2 AND size(level1) < $limit
  UNWIND level1 AS a
  MATCH (a)--(n:Entity|Statement)
  WHERE n <> c AND NOT n IN level1
  WITH DISTINCT n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS level2
}
CALL (c, level1, level2) {
  WITH c, level1, level2 WHERE $depth >= 3 AND size(level1) + size(level2) < $limit
  UNWIND level2 AS a
  MATCH (a)--(n:Entity|Statement)
  WHERE n <> c AND NOT n IN level1 AND NOT n IN level2
  WITH DISTINCT n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS level3
}
WITH c, [n IN level1 | {node: n, distance: 1}] + [n IN level2 | {node: n, distance: 2}]
        + [n IN level3 | {node: n, distance: 3}] AS reached
WITH [{node: c, distance: 0}] + reached[0..$limit - 1] AS kept, size(reached) > $limit - 1 AS truncated
WITH kept, truncated, [k IN kept | k.node] AS keptNodes
CALL (keptNodes) {
  UNWIND keptNodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN keptNodes
  WITH a, r, b ORDER BY a.id, type(r), b.id
  RETURN collect(r { .*, type: type(r), fromId: a.id, toId: b.id }) AS edges
}
RETURN [n IN keptNodes | {{> node-row n}}] AS nodes, [k IN kept | k.distance] AS distances, edges, truncated
