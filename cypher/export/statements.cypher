// One chunk of the statements export (src/http/export.ts), optionally of some forms and/or acts, in date order
// (then id) after the keyset cursor ($afterDay, $afterId): the stored `dateKey` is sortDay, U+001F, id
// (cypher/seed/statements.cypher), so the range index statement_date_key yields statements in that order from
// the cursor's key on, and a chunk reads about $limit entries wherever it starts. No total: an export counts
// what it writes. Each statement carries its links and evidence ($include: cypher/fragments/statement-extras.cypher),
// the columns of an export row. Its own file so that the export keeps its order when the `statements` list gains others.
// params: $forms: StatementForm[] | null, $acts: StatementAct[] | null, $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: statements: StatementRow[]
MATCH (s:Statement)
WHERE s.dateKey > coalesce($afterDay + '\u001f' + $afterId, '')
  AND ($forms IS NULL OR s.form IN $forms)
  AND ($acts IS NULL OR s.act IN $acts)
WITH s ORDER BY s.dateKey LIMIT $limit
RETURN collect({{> statement-row s}}) AS statements
