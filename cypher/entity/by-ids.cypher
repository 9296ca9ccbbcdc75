// Entities (people, countries, organizations, events) by id, batched for DataLoader.
// params: $ids: string[]
// columns: entity: EntityNode
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n { .* } AS entity
