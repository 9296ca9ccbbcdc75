// Statements by id, batched for DataLoader.
// params: $ids: string[]
// columns: statement: StatementNode
MATCH (s:Statement) WHERE s.id IN $ids
RETURN s { .* } AS statement
