// The total of statement/page.cypher filtered by forms only: seeks of the statement_form index.
// params: $forms: StatementForm[]
// columns: total: number
MATCH (s:Statement)
WHERE s.form IN $forms
RETURN count(s) AS total
