// deleteArticle, second step: the article, its passages, its evidence and its Import records go (with their
// MENTIONED_IN links); then each entity it declares loses the article's evidence ids and scope token, and is
// deleted when no other article mentions it any more. Index-backed: a unique-id seek on :Article, then its own
// passages; the entities are unique-id seeks.
// params: $id: string, $entityIds: string[], $prefix: string, $token: string
// columns: entitiesDeleted: number
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)<-[:PART_OF]-(p:Passage)
  OPTIONAL MATCH (p)<-[:IN_PASSAGE]-(ev:Evidence)
  DETACH DELETE ev
  WITH DISTINCT p
  DETACH DELETE p
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:IMPORTED]-(i:Import)
  DETACH DELETE i
}
DETACH DELETE a
WITH DISTINCT 1 AS one
CALL () {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id})
  SET e.evidenceIds = [x IN coalesce(e.evidenceIds, []) WHERE NOT x STARTS WITH $prefix],
      e.scopeTokens = [x IN e.scopeTokens WHERE x <> $token]
  SET e.searchScope = reduce(t = '', x IN e.scopeTokens | t + ' ' + x)
  WITH e WHERE NOT EXISTS { (e)-[:MENTIONED_IN]->(:Passage) }
  DETACH DELETE e
  RETURN count(*) AS entitiesDeleted
}
RETURN entitiesDeleted
