// Empties the store in batches of 10,000 nodes, each its own transaction, so a store of any size can be emptied
// within the transaction memory limit (seed --reset deletes in one transaction). It must run as an auto-commit
// statement (a session's run, not a transaction function). Used by the seed benchmark and the scale test.
// plan: allowed AllNodesScan — it deletes every node, by design
// params: none
// columns: none
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
