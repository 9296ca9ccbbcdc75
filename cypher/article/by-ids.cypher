// Articles by id (batched for DataLoader).
// params: $ids: string[]
// columns: article: ArticleNode
MATCH (a:Article) WHERE a.id IN $ids
RETURN a { .* } AS article
