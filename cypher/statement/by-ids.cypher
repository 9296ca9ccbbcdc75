// Statements by id, batched for DataLoader.
// params: $ids
// columns: statement
MATCH (s:Statement) WHERE s.id IN $ids
RETURN s { .* } AS statement
