// statementCounts filtered by forms only: the statements come from seeks of the statement_form index, then are
// grouped (cypher/fragments/statement-count-groups.cypher). The cost follows the matched statements.
// params: $forms: StatementForm[], $groupBy: StatementGroupBy, $limit: Integer
// columns: total: number, groups: StatementGroupRow[]
MATCH (s:Statement)
WHERE s.form IN $forms
WITH collect(s) AS matches
{{> statement-count-groups matches}}
RETURN size(matches) AS total, groups
