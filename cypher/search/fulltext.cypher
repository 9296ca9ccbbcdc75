// Full-text search (index search_text over name, aliasText, description, text), best score first. $query is a
// Lucene query that src/search/lucene.ts builds from escaped user terms; $kinds is null or a list of SearchKind.
// params: $query, $kinds, $limit
// columns: node, kind, score
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WITH node, score, CASE WHEN node:Statement THEN 'STATEMENT' ELSE node.kind END AS kind
WHERE $kinds IS NULL OR kind IN $kinds
RETURN node { .* } AS node, kind, score
ORDER BY score DESC, node.id
LIMIT $limit
