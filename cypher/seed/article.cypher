// Creates or updates one article node. Index-backed: MERGE on the unique :Article id (EXPLAIN:
// NodeUniqueIndexSeek(Locking)).
// params: $article: ArticleWrite
// columns: none
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.publishedOn = date($article.publishedOn),
    a.language = $article.language,
    a.source = $article.source,
    a.text = $article.text,
    a.textSha256 = $article.textSha256,
    a.contentSha256 = $article.contentSha256
