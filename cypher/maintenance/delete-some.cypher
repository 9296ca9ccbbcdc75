// Deletes up to $limit nodes with their relationships and says how many. emptyInBatches (seed/load.ts) calls it
// until it returns 0, one transaction per call, so a store of any size is emptied within the transaction memory
// and timeout limits: `seed/reset` deletes everything in one transaction, and a single `CALL { … } IN
// TRANSACTIONS` statement is still one outer query under db.transaction.timeout (a 480,000-row store outlasted it).
// plan: allowed AllNodesScan — it deletes every node, a batch at a time, by design
// params: $limit: Integer
// columns: deleted: number
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
