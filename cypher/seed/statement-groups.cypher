// The StatementGroup aggregate behind statementCounts without filters (interaction/count-groups.cypher): one node
// per (groupBy, key) holding how many statements are in the group. seed/load.ts adds to each group the difference
// an article's writes made to it (seed/group-keys.cypher before and after), so the cost follows the article, not
// the groups' sizes, and a statement whose act or date changed leaves its old group as well as joining the new.
// A group left with no statement is deleted. `rank` is the group-by, 9999999999 − count zero-padded, then the key,
// so one prefix seek of the range index statement_group_rank lists a group-by's groups biggest first. Index-backed:
// the group is a unique-id seek.
// params: $deltas: StatementGroupDelta[]
// columns: none
UNWIND $deltas AS d
MERGE (g:StatementGroup {id: d.groupBy + ' ' + coalesce(d.key, '')})
SET g.groupBy = d.groupBy,
    g.key = d.key,
    g.count = coalesce(g.count, 0) + toInteger(d.delta)
SET g.rank = d.groupBy + ' ' + right('0000000000' + toString(9999999999 - g.count), 10) + ' ' + coalesce(d.key, '')
WITH g WHERE g.count <= 0
DELETE g
