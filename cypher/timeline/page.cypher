// Events in date order (dateEarliest, then id) whose [dateEarliest, dateLatest] overlaps [$from, $to] (either
// bound may be null), after the keyset cursor ($afterDay, $afterId), with the total. Undated events have no
// place on a timeline and are left out. $from/$to/$afterDay are ISO dates (YYYY-MM-DD), checked by the resolver.
// params: $from, $to, $afterDay, $afterId, $limit
// columns: total, events
MATCH (e:Event)
WHERE e.dateEarliest IS NOT NULL
  AND ($from IS NULL OR e.dateLatest >= date($from))
  AND ($to IS NULL OR e.dateEarliest <= date($to))
WITH collect(e) AS matches
CALL (matches) {
  UNWIND matches AS e
  WITH e WHERE $afterId IS NULL OR e.dateEarliest > date($afterDay) OR (e.dateEarliest = date($afterDay) AND e.id > $afterId)
  WITH e ORDER BY e.dateEarliest, e.id LIMIT $limit
  RETURN collect(e { .* }) AS events
}
RETURN size(matches) AS total, events
