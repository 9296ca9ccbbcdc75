// What deleteArticle (src/importing/importer.ts) must look at for one article: the statements and entities it
// declares, found through the full-text index by the article's scope token ($scope, a Lucene query on
// searchScope: src/graph/search-scope.ts), so the cost follows the article's own facts, not the store; and the
// speaker → addressee pairs its statements take part in (their Interaction aggregates are recounted afterwards).
// No row when the article does not exist. Index-backed: a unique-id seek on :Article, the full-text index, then
// the statements' own links.
// params: $id: string, $scope: string
// columns: statementIds: string[], entityIds: string[], pairs: InteractionPair[]
MATCH (a:Article {id: $id})
CALL () {
  CALL db.index.fulltext.queryNodes('search_scoped', $scope) YIELD node
  RETURN collect(CASE WHEN node:Statement THEN node.id END) AS statementIds,
         collect(CASE WHEN node:Entity THEN node.id END) AS entityIds,
         collect(CASE WHEN node:Statement THEN node END) AS statements
}
CALL (statements) {
  UNWIND statements AS s
  MATCH (s)-[:SAID_BY]->(x:Entity)
  MATCH (s)-[:ADDRESSED_TO]->(y:Entity)
  WITH DISTINCT x.id AS speakerId, y.id AS addresseeId
  RETURN collect({speakerId: speakerId, addresseeId: addresseeId}) AS pairs
}
RETURN statementIds, entityIds, pairs
