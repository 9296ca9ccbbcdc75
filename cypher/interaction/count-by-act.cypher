// statementCounts filtered by acts (and maybe forms), no ids: the statements come from seeks of the statement_act
// index, then are grouped (cypher/fragments/statement-count-groups.cypher). The cost follows the matched statements.
// params: $acts: StatementAct[], $forms: StatementForm[] | null, $groupBy: StatementGroupBy, $limit: Integer
// columns: total: number, groups: StatementGroupRow[]
MATCH (s:Statement)
WHERE s.act IN $acts AND ($forms IS NULL OR s.form IN $forms)
WITH collect(s) AS matches
{{> statement-count-groups matches}}
RETURN size(matches) AS total, groups
