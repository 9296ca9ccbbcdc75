// The passages of one article in reading order.
// params: $articleId: string
// columns: passage: PassageNode
MATCH (p:Passage)-[:PART_OF]->(:Article {id: $articleId})
RETURN p { .* } AS passage
ORDER BY p.index
