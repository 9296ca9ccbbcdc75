// The statements each entity in $ids takes part in through one of $linkTypes (SAID_BY, ADDRESSED_TO, ABOUT, …:
// a fixed list chosen by StatementRole, compared as values), one page per entity ordered like statement/page
// (by the stored sortDay, then id). Each entity is a unique-index seek and only its own links are expanded, so
// the cost follows that entity's statements; the per-entity total is counted from the same matches.
// Each statement carries its links and evidence when $include asks (cypher/fragments/statement-extras.cypher).
// params: $ids: string[], $linkTypes: readonly StatementLinkType[], $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: id: string, total: number, statements: StatementRow[]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (s:Statement)-[link]->(n)
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
RETURN id, total, statements
