// statementCounts without filters: the $limit biggest groups of $groupBy, read from the StatementGroup aggregate
// the seed step keeps (cypher/seed/statement-groups.cypher), never from the statements. `rank` is the group-by,
// the count inverted and zero-padded, then the key, so a prefix seek of the range index statement_group_rank
// yields the groups biggest first (ties by key) and reads $limit entries. The total is the count store's number
// of statements (constant cost).
// params: $groupBy: StatementGroupBy, $limit: Integer
// columns: total: number, groups: StatementGroupRow[]
CALL () {
  MATCH (s:Statement)
  RETURN count(s) AS total
}
CALL () {
  MATCH (g:StatementGroup)
  WHERE g.rank STARTS WITH $groupBy + ' '
  WITH g ORDER BY g.rank LIMIT $limit
  OPTIONAL MATCH (e:Entity {id: g.key})
  RETURN collect({key: g.key, count: g.count, entity: {{> entity-row e}}}) AS groups
}
RETURN total, groups
