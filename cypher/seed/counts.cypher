// What the graph holds, by label and by relationship type (seed reports and tests).
// plan: allowed AllNodesScan — it counts every node by label for the seed report and tests, by design
// plan: allowed DirectedAllRelationshipsScan — it counts every relationship by type, by design
// plan: allowed Eager — the two counts are unioned before they are sorted
// params: none
// columns: kind: 'node' | 'relationship', name: string, count: number
CALL () {
  MATCH (n) UNWIND labels(n) AS name RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
