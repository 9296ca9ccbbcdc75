// Entities (people, countries, organizations, events) by id, batched for DataLoader.
// params: $ids
// columns: entity
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n { .* } AS entity
