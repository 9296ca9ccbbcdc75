// Events in date order (dateEarliest, then id) whose [dateEarliest, dateLatest] overlaps [$from, $to] (either
// bound may be null), after the keyset cursor ($afterDay, $afterId). Undated events have no place on a timeline
// and are left out. $from/$to/$afterDay are ISO dates (YYYY-MM-DD), checked by the resolver. The range index
// event_date yields events in dateEarliest order from the cursor (or from the earliest date there is) up to $to,
// so a page reads about $limit entries plus those that end before $from; PartialTop sorts only ties by id. The
// total is timeline/count.cypher, run only when a client asks for it.
// Each event carries its evidence when $include holds 'evidence' (cypher/fragments/evidence-spans.cypher).
// params: $from: string | null, $to: string | null, $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: events: EntityRow[]
MATCH (e:Event)
WHERE e.dateEarliest >= coalesce(date($afterDay), date('-999999999-01-01'))
  AND e.dateEarliest <= coalesce(date($to), date('+999999999-12-31'))
  AND ($from IS NULL OR e.dateLatest >= date($from))
  AND ($afterId IS NULL OR e.dateEarliest > date($afterDay) OR e.id > $afterId)
WITH e ORDER BY e.dateEarliest, e.id LIMIT $limit
WITH e, {{> entity-row e}} AS row
RETURN collect(row { .*, evidence: {{> evidence-spans e}} }) AS events
