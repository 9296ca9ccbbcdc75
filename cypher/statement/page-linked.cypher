// One page of statements filtered by speaker, subject or event (and optionally the other filters), ordered like
// statement/page.cypher. The search starts from the anchor: $anchorId is one of $speakerId, $aboutId, $eventId
// (chosen by the repository) and $anchorLink the link that filter follows (SAID_BY, ABOUT or MADE_AT, a fixed
// allow-list compared as a value). The anchor is found by two unique-index seeks (an entity or a statement: ABOUT
// may point at either) and only its incoming links are expanded, so the cost follows that node's statements, not
// the number of statements in the graph. The other filters are checked on each of them. The sort reads every
// match anyway, so their number is the total at no extra cost.
// Each statement carries its links and evidence when $include asks (cypher/fragments/statement-extras.cypher).
// params: $anchorId: string, $anchorLink: StatementLinkType, $speakerId: string | null, $aboutId: string | null, $eventId: string | null, $form: StatementForm | null, $act: StatementAct | null, $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: total: number, statements: StatementRow[]
CALL () {
  MATCH (a:Entity {id: $anchorId}) RETURN a
  UNION
  MATCH (a:Statement {id: $anchorId}) RETURN a
}
MATCH (a)<-[link:SAID_BY|ABOUT|MADE_AT]-(s:Statement)
WHERE type(link) = $anchorLink
  AND ($speakerId IS NULL OR EXISTS { (s)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($aboutId IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = $aboutId })
  AND ($eventId IS NULL OR EXISTS { (s)-[:MADE_AT]->(:Entity {id: $eventId}) })
  AND ($form IS NULL OR s.form = $form)
  AND ($act IS NULL OR s.act = $act)
WITH collect(DISTINCT s) AS matches
CALL (matches) {
  UNWIND matches AS s
  WITH s WHERE $afterId IS NULL OR s.sortDay > $afterDay OR (s.sortDay = $afterDay AND s.id > $afterId)
  WITH s ORDER BY s.sortDay, s.id LIMIT $limit
  RETURN collect(s { .*, {{> statement-extras s}} }) AS statements
}
RETURN size(matches) AS total, statements
