// The passages of each article in $articleIds, in reading order (batched for DataLoader: one round trip for
// every article on a page). Each article is a unique-index seek and only its own passages are expanded.
// params: $articleIds: string[]
// columns: articleId: string, passages: PassageNode[]
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
CALL (a) {
  MATCH (p:Passage)-[:PART_OF]->(a)
  WITH p ORDER BY p.index
  RETURN collect(p { .* }) AS passages
}
RETURN articleId, passages
