// Fragment (src/db/queries.ts expandFragments; not a statement): one page of the statements the entity
// `{{owner}}` takes part in through one of $linkTypes (SAID_BY, ADDRESSED_TO, ABOUT, …: a fixed list chosen by
// StatementRole, compared as values), ordered like statement/page (by the stored sortDay, then id), after the
// cursor ($afterDay, $afterId) and at most $limit, as columns `total` (every match) and `statements`. Only the
// entity's own links are expanded, so the cost follows that entity's statements; the total is counted from the
// same matches. Each statement carries its links and evidence when $include asks (statement-extras.cypher).
CALL ({{owner}}) {
  MATCH (s:Statement)-[link]->({{owner}})
  WHERE type(link) IN $linkTypes
  WITH DISTINCT s
  WITH collect(s) AS matches
  CALL (matches) {
    UNWIND matches AS s
    WITH s WHERE $afterId IS NULL OR s.sortDay > $afterDay OR (s.sortDay = $afterDay AND s.id > $afterId)
    WITH s ORDER BY s.sortDay, s.id LIMIT $limit
    RETURN collect({{> statement-row s}}) AS statements
  }
  RETURN size(matches) AS total, statements
}
