// SAID_BY, ADDRESSED_TO, ABOUT, MADE_AT, REPORTED_BY, RESPONDS_TO. `l.type` comes from the fixed list in
// seed/load.ts, never from the annotation file. Index-backed: the statement and the target are unique-id
// seeks (`l.targetLabel` says which index holds the target), and each MERGE has a literal type between two bound
// nodes (Expand(Into)); a dynamic `$(l.type)` in MERGE plans as a scan of every relationship in the store.
// params: $links: StatementLinkWrite[]
// columns: none
UNWIND $links AS l
MATCH (s:Statement {id: l.statementId})
CALL (l) {
  MATCH (t:Entity {id: l.targetId}) WHERE l.targetLabel = 'Entity' RETURN t
  UNION
  MATCH (t:Statement {id: l.targetId}) WHERE l.targetLabel = 'Statement' RETURN t
}
CALL (s, t, l) {
  WITH * WHERE l.type = 'SAID_BY' MERGE (s)-[:SAID_BY]->(t)
}
CALL (s, t, l) {
  WITH * WHERE l.type = 'ADDRESSED_TO' MERGE (s)-[:ADDRESSED_TO]->(t)
}
CALL (s, t, l) {
  WITH * WHERE l.type = 'ABOUT' MERGE (s)-[:ABOUT]->(t)
}
CALL (s, t, l) {
  WITH * WHERE l.type = 'MADE_AT' MERGE (s)-[:MADE_AT]->(t)
}
CALL (s, t, l) {
  WITH * WHERE l.type = 'REPORTED_BY' MERGE (s)-[:REPORTED_BY]->(t)
}
CALL (s, t, l) {
  WITH * WHERE l.type = 'RESPONDS_TO' MERGE (s)-[:RESPONDS_TO]->(t)
}
