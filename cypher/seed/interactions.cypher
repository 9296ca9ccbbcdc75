// The Interaction aggregate behind `interactions`: one node per speaker → addressee pair, recomputed for exactly the
// pairs the given statements (one article's, after its writes) take part in: `count` (statements SAID_BY the
// speaker and ADDRESSED_TO the addressee), `firstDay`/`lastDay` (the earliest `dateEarliest` and the latest
// `dateLatest` of its dated statements), `firstStatementId`/`lastStatementId` (the statements those dates come
// from, so the API shows their dates with their own precision; null when none is dated) and `rank`, the whole list
// order in one string for the range index interaction_rank (interaction/page.cypher): 9999999999 − count,
// zero-padded, then both ids. A node keyed by `speakerId`/`addresseeId` (indexed), not a relationship between the
// two entities: every entity-to-entity relationship is a fact with evidence that relations, neighbourhoods and
// paths follow, and a count is not one. Recounting (not adding) keeps a reloaded article from counting twice.
// Index-backed: each statement and the pair are unique-id seeks, and the pair is counted from the speaker's own
// statements.
// params: $statementIds: string[]
// columns: none
UNWIND $statementIds AS id
MATCH (s:Statement {id: id})-[:SAID_BY]->(a:Entity)
MATCH (s)-[:ADDRESSED_TO]->(b:Entity)
WITH DISTINCT a, b
CALL (a, b) {
  MATCH (a)<-[:SAID_BY]-(t:Statement)-[:ADDRESSED_TO]->(b)
  WITH collect(DISTINCT t) AS ts
  RETURN size(ts) AS count, [t IN ts WHERE t.dateEarliest IS NOT NULL] AS dated
}
OPTIONAL CALL (dated) {
  UNWIND dated AS t
  WITH t ORDER BY t.dateEarliest, t.id LIMIT 1
  RETURN t AS first
}
OPTIONAL CALL (dated) {
  UNWIND dated AS t
  WITH t ORDER BY t.dateLatest DESC, t.id DESC LIMIT 1
  RETURN t AS last
}
MERGE (p:Interaction {id: a.id + ' ' + b.id})
SET p.speakerId = a.id,
    p.addresseeId = b.id,
    p.count = count,
    p.firstDay = first.dateEarliest,
    p.lastDay = last.dateLatest,
    p.firstStatementId = first.id,
    p.lastStatementId = last.id,
    p.rank = right('0000000000' + toString(9999999999 - count), 10) + ' ' + a.id + ' ' + b.id
