// Statements by id, batched for DataLoader.
// params: $ids: string[]
// columns: statement: LinkedStatementNode
MATCH (s:Statement) WHERE s.id IN $ids
RETURN {{> node-row s}} AS statement
