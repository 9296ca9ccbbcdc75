// Passages by id (batched for DataLoader).
// params: $ids
// columns: passage
MATCH (p:Passage) WHERE p.id IN $ids
RETURN p { .* } AS passage
