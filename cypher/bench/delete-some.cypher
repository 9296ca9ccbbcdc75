// Deletes up to $limit nodes with their relationships and says how many (bench/seed-ceiling.ts empties the store
// by calling it until it returns 0, one transaction per call). A single `CALL { … } IN TRANSACTIONS` statement
// (cypher/maintenance/empty-in-batches.cypher) stays one outer transaction under db.transaction.timeout, which a
// 480,000-row store outlasted on the shared 2-core machine; separate calls each get the full timeout.
// plan: allowed AllNodesScan — it deletes every node, a batch at a time, by design
// params: $limit
// columns: deleted
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
