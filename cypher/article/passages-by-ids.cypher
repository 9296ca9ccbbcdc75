// Passages by id (batched for DataLoader).
// params: $ids: string[]
// columns: passage: PassageNode
MATCH (p:Passage) WHERE p.id IN $ids
RETURN p { .* } AS passage
