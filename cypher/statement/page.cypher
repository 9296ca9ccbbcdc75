// One page of statements matching every given filter (null = any), ordered by (day, id) where day is the
// statement's earliest date ('9999-12-31' when undated, so undated ones come last), after the keyset cursor
// ($afterDay, $afterId), with the total under the same filters.
// params: $speakerId, $aboutId, $eventId, $form, $act, $afterDay, $afterId, $limit
// columns: total, statements
MATCH (s:Statement)
WHERE ($speakerId IS NULL OR EXISTS { (s)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($aboutId IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = $aboutId })
  AND ($eventId IS NULL OR EXISTS { (s)-[:MADE_AT]->(:Entity {id: $eventId}) })
  AND ($form IS NULL OR s.form = $form)
  AND ($act IS NULL OR s.act = $act)
WITH collect(s) AS matches
CALL (matches) {
  UNWIND matches AS s
  WITH s, coalesce(toString(s.dateEarliest), '9999-12-31') AS day
  WITH s, day WHERE $afterId IS NULL OR day > $afterDay OR (day = $afterDay AND s.id > $afterId)
  WITH s, day ORDER BY day, s.id LIMIT $limit
  RETURN collect(s { .* }) AS statements
}
RETURN size(matches) AS total, statements
