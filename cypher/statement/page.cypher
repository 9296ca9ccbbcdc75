// One page of statements, optionally of some forms and/or acts (any listed value matches), ordered by (day, id) where day is the stored
// `sortDay` (the earliest date as YYYY-MM-DD, '9999-12-31' when undated, so undated ones come last), after the
// keyset cursor ($afterDay, $afterId). The range index statement_sort_day yields statements in day order from
// the cursor on, so a page reads about $limit entries (PartialTop sorts only the ties on day by id); form and act
// filter that walk. Statements filtered by speaker, subject or event start from that node instead
// (statement/page-linked.cypher). Without form or act the total comes from the count store (the same cost at any
// size); with one it is null here and statement/count-by-act|form.cypher counts it if a client asks.
// Each statement carries its links and evidence when $include asks (cypher/fragments/statement-extras.cypher).
// params: $forms: StatementForm[] | null, $acts: StatementAct[] | null, $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: total: number | null, statements: StatementRow[]
CALL () {
  MATCH (s:Statement)
  RETURN count(s) AS count
}
CALL () {
  MATCH (s:Statement)
  WHERE s.sortDay >= coalesce($afterDay, '')
    AND ($forms IS NULL OR s.form IN $forms)
    AND ($acts IS NULL OR s.act IN $acts)
    AND ($afterId IS NULL OR s.sortDay > $afterDay OR s.id > $afterId)
  WITH s ORDER BY s.sortDay, s.id LIMIT $limit
  RETURN collect(s { .*, {{> statement-extras s}} }) AS statements
}
RETURN CASE WHEN $forms IS NULL AND $acts IS NULL THEN count END AS total, statements
