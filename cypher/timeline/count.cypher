// The total of timeline/page.cypher: dated events overlapping [$from, $to], counted over the event_date index.
// params: $from: string | null, $to: string | null
// columns: total: number
MATCH (e:Event)
WHERE e.dateEarliest >= date('-999999999-01-01')
  AND e.dateEarliest <= coalesce(date($to), date('+999999999-12-31'))
  AND ($from IS NULL OR e.dateLatest >= date($from))
RETURN count(e) AS total
