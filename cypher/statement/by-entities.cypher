// The statements each entity in $ids takes part in through one of $linkTypes (SAID_BY, ADDRESSED_TO, ABOUT, …:
// a fixed list chosen by StatementRole, compared as values), one page per entity ordered like statement/page.
// params: $ids, $linkTypes, $afterDay, $afterId, $limit
// columns: id, total, statements
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (s:Statement)-[link]->(n)
  WHERE type(link) IN $linkTypes
  WITH DISTINCT s
  WITH collect(s) AS matches
  CALL (matches) {
    UNWIND matches AS s
    WITH s, coalesce(toString(s.dateEarliest), '9999-12-31') AS day
    WITH s, day WHERE $afterId IS NULL OR day > $afterDay OR (day = $afterDay AND s.id > $afterId)
    WITH s, day ORDER BY day, s.id LIMIT $limit
    RETURN collect(s { .* }) AS statements
  }
  RETURN size(matches) AS total, statements
}
RETURN id, total, statements
