// The total of statement/page.cypher filtered by acts (and maybe forms): seeks of the statement_act index.
// params: $acts: StatementAct[], $forms: StatementForm[] | null
// columns: total: number
MATCH (s:Statement)
WHERE s.act IN $acts AND ($forms IS NULL OR s.form IN $forms)
RETURN count(s) AS total
