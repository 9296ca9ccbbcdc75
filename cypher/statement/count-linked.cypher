// The total of statement/page-linked.cypher: the same anchor, links and filters, counted.
// params: $anchorId, $anchorLink, $speakerId, $aboutId, $eventId, $form, $act
// columns: total
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
RETURN count(DISTINCT s) AS total
