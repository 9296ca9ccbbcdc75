// One chunk of the statements export (src/http/export.ts), optionally of some forms and/or acts, ordered by
// (sortDay, id) after the keyset cursor ($afterDay, $afterId), as statement/page.cypher walks it: the range index
// statement_sort_day yields statements in day order from the cursor on, so a chunk reads about $limit entries
// (PartialTop sorts only the ties on day by id) wherever it starts. No total: an export counts what it writes.
// Each statement carries its links and evidence ($include: cypher/fragments/statement-extras.cypher), the columns
// of an export row. Its own file so that the export keeps its order when the `statements` list gains others.
// params: $forms: StatementForm[] | null, $acts: StatementAct[] | null, $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: statements: StatementRow[]
MATCH (s:Statement)
WHERE s.sortDay >= coalesce($afterDay, '')
  AND ($forms IS NULL OR s.form IN $forms)
  AND ($acts IS NULL OR s.act IN $acts)
  AND ($afterId IS NULL OR s.sortDay > $afterDay OR s.id > $afterId)
WITH s ORDER BY s.sortDay, s.id LIMIT $limit
RETURN collect(s { .*, {{> statement-extras s}} }) AS statements
