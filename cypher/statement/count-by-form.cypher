// The total of statement/page.cypher filtered by form only: a seek of the statement_form index.
// params: $form: StatementForm
// columns: total: number
MATCH (s:Statement)
WHERE s.form = $form
RETURN count(s) AS total
