// One entity by id with a page of the statements it takes part in (cypher/fragments/entity-statements.cypher),
// in one round trip: what `entity(id) { … statements(…) { … } }` reads, when the client's selection asks for
// one such page (src/entity/entity.resolver.ts). The entity carries its mentions when $include holds 'mentions';
// the statements their links and evidence as $include asks. No row when no entity has the id.
// params: $id: string, $linkTypes: readonly StatementLinkType[], $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: entity: EntityRow, total: number, statements: StatementRow[]
MATCH (n:Entity {id: $id})
{{> entity-statements n}}
WITH n, {{> entity-row n}} AS row, total, statements
RETURN row { .*, mentions: {{#if mentions}}{{> entity-mentions n}}{{#else}}null{{/if}} } AS entity, total, statements
