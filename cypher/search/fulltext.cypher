// Full-text search (index search_scoped over name, aliasText, description, text and searchScope), best score
// first. $query is a Lucene query that src/search/lucene.ts builds from escaped user terms and the scope tokens a
// hit must carry (kinds, speakers, articles: src/graph/search-scope.ts), so the scope applies inside the index
// and its cost follows the postings of the words and the tokens, not the size of the store. The index returns
// at most $limit hits (its `limit` option), best first, so only those are read and projected. Hits of equal
// score at the cut may differ from a full sort by id. A null $query (nothing searchable was typed) asks the index
// nothing. `missingSpeakers` and `missingArticles` list the ids of $speakerIds (entities) and $articleIds that
// name nothing, a unique-index seek each, so the API can say so instead of answering with no hits.
// params: $query: string | null, $speakerIds: string[] | null, $articleIds: string[] | null, $limit: Integer
// columns: missingSpeakers: string[], missingArticles: string[], hits: SearchHitRow[]
CALL () {
  UNWIND coalesce($speakerIds, []) AS id
  OPTIONAL MATCH (x:Entity {id: id})
  WITH id, x WHERE x IS NULL
  RETURN collect(id) AS missingSpeakers
}
CALL () {
  UNWIND coalesce($articleIds, []) AS id
  OPTIONAL MATCH (x:Article {id: id})
  WITH id, x WHERE x IS NULL
  RETURN collect(id) AS missingArticles
}
CALL () {
  WITH 1 AS asked WHERE $query IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_scoped', $query, {limit: $limit}) YIELD node, score
  WITH node, score ORDER BY score DESC, node.id
  RETURN collect({node: {{> node-row node}}, kind: CASE WHEN node:Statement THEN 'STATEMENT' ELSE node.kind END, score: score}) AS hits
}
RETURN missingSpeakers, missingArticles, hits
