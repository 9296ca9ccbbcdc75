// Full-text search (index search_text over name, aliasText, description, text), best score first. $query is a
// Lucene query that src/search/lucene.ts builds from escaped user terms; $kinds is null or a list of SearchKind.
// The index returns at most $fetch hits (its `limit` option), best first, so only those are read and projected:
// $fetch is $limit when no kind filters, else a bounded over-fetch (src/search/search.repository.ts) from which
// the kind filter keeps $limit. Hits of equal score at the cut may differ from a full sort by id.
// params: $query: string, $kinds: SearchKind[] | null, $fetch: Integer, $limit: Integer
// columns: node: EntityOrStatementNode, kind: SearchKind, score: number
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $fetch}) YIELD node, score
WITH node, score, CASE WHEN node:Statement THEN 'STATEMENT' ELSE node.kind END AS kind
WHERE $kinds IS NULL OR kind IN $kinds
WITH node, kind, score ORDER BY score DESC, node.id LIMIT $limit
RETURN node { .* } AS node, kind, score
