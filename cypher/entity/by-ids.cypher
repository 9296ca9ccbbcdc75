// Entities (people, countries, organizations, events) by id, batched for DataLoader.
// Each entity carries its mentions when $include holds 'mentions' (cypher/fragments/entity-mentions.cypher).
// params: $ids: string[], $include: Include[]
// columns: entity: EntityRow
MATCH (n:Entity) WHERE n.id IN $ids
WITH n, {{> entity-row n}} AS row
RETURN row { .*, mentions: {{#if mentions}}{{> entity-mentions n}}{{#else}}null{{/if}} } AS entity
