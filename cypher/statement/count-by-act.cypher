// The total of statement/page.cypher filtered by act (and maybe form): a seek of the statement_act index.
// params: $act: StatementAct, $form: StatementForm | null
// columns: total: number
MATCH (s:Statement)
WHERE s.act = $act AND ($form IS NULL OR s.form = $form)
RETURN count(s) AS total
