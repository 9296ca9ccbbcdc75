// The StatementGroup aggregate behind statementCounts without filters (interaction/count-groups.cypher): one node
// per (groupBy, key) with the number of statements in the group, recounted for exactly the keys given
// (seed/group-keys.cypher: those an article's statements left or joined); a group left empty is deleted. `rank` is
// the group-by, 9999999999 − count zero-padded, then the key, so one prefix seek of the range index
// statement_group_rank lists a group-by's groups biggest first. Each count reads an index or one node's links:
// an entity's (or statement's) SAID_BY, ADDRESSED_TO, ABOUT or MADE_AT links, the statement_act index entries of
// an act, the statement_sort_day entries of a month; the group node is a unique-id seek.
// params: $keys: StatementGroupKey[]
// columns: none
UNWIND $keys AS k
CALL (k) {
  OPTIONAL CALL (k) {
    MATCH (x:Entity {id: k.key}) RETURN x
    UNION
    MATCH (x:Statement {id: k.key}) RETURN x
  }
  RETURN CASE k.groupBy
    WHEN 'SPEAKER' THEN COUNT { (x)<-[:SAID_BY]-(:Statement) }
    WHEN 'ADDRESSEE' THEN COUNT { (x)<-[:ADDRESSED_TO]-(:Statement) }
    WHEN 'ABOUT' THEN COUNT { (x)<-[:ABOUT]-(:Statement) }
    WHEN 'EVENT' THEN COUNT { (x)<-[:MADE_AT]-(:Statement) }
    WHEN 'ACT' THEN COUNT { MATCH (s:Statement) WHERE s.act = k.key }
    ELSE COUNT {
      MATCH (s:Statement)
      WHERE s.sortDay >= k.lo AND s.sortDay <= k.hi AND coalesce({{> statement-month s}}, '') = coalesce(k.key, '')
    }
  END AS count
}
WITH k, count, k.groupBy + ' ' + coalesce(k.key, '') AS groupId
CALL (groupId, count) {
  WITH * WHERE count = 0
  MATCH (g:StatementGroup {id: groupId})
  DELETE g
}
CALL (k, groupId, count) {
  WITH * WHERE count > 0
  MERGE (g:StatementGroup {id: groupId})
  SET g.groupBy = k.groupBy,
      g.key = k.key,
      g.count = count,
      g.rank = k.groupBy + ' ' + right('0000000000' + toString(9999999999 - count), 10) + ' ' + coalesce(k.key, '')
}
