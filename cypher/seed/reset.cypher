// Empties the graph (seed --reset). Runs inside the first article's transaction (seed/load.ts), so a reset whose
// first article fails is undone too.
// plan: allowed AllNodesScan — it deletes every node (seed --reset), by design
// plan: allowed Eager — Cypher reads all nodes before deleting them
// params: none
// columns: none
MATCH (n) DETACH DELETE n
