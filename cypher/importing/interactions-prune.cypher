// deleteArticle, after its deletes: the Interaction aggregate of each given speaker → addressee pair is deleted
// when no statement of the pair is left; otherwise one remaining statement of the pair is returned, and
// seed/interactions.cypher recounts the pair from it. Index-backed: unique-id seeks, then the speaker's own
// statements.
// params: $pairs: InteractionPair[]
// columns: remaining: string[]
UNWIND $pairs AS pair
OPTIONAL MATCH (i:Interaction {id: pair.speakerId + ' ' + pair.addresseeId})
CALL (pair) {
  OPTIONAL MATCH (:Entity {id: pair.speakerId})<-[:SAID_BY]-(t:Statement)-[:ADDRESSED_TO]->(:Entity {id: pair.addresseeId})
  RETURN t.id AS statementId
  LIMIT 1
}
CALL (i, statementId) {
  WITH * WHERE statementId IS NULL AND i IS NOT NULL
  DELETE i
}
RETURN [x IN collect(statementId) WHERE x IS NOT NULL] AS remaining
