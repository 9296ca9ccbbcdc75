// Empties the store in batches of 10,000 nodes, each its own transaction (an auto-commit statement: the seed
// benchmark runs it between the seed step and the ceiling, on a store of any size).
// plan: allowed AllNodesScan — it deletes every node by design (benchmark only)
// params: none
// columns: none
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
