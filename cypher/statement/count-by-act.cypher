// The total of statement/page.cypher filtered by act (and maybe form): a seek of the statement_act index.
// params: $act, $form
// columns: total
MATCH (s:Statement)
WHERE s.act = $act AND ($form IS NULL OR s.form = $form)
RETURN count(s) AS total
