// Every article, newest first (there are few: one per seeded folder).
// params: none
// columns: article: ArticleNode
MATCH (a:Article)
RETURN a { .* } AS article
ORDER BY a.publishedOn DESC, a.id
