// One chunk of the entities export, optionally of some kinds, ordered by (name, id) after the keyset cursor
// ($afterName, $afterId), as entity/page.cypher walks it: the range index entity_name yields entities in name
// order from the cursor on, so a chunk reads about $limit entries (PartialTop sorts only the ties on name by id)
// wherever it starts; the kinds filter that walk. Each entity carries every place the article names it
// (cypher/fragments/entity-mentions.cypher): the evidence columns of its export rows.
// params: $kinds: EntityKind[] | null, $afterName: string | null, $afterId: string | null, $limit: Integer
// columns: entities: EntityRow[]
MATCH (n:Entity)
WHERE n.name >= coalesce($afterName, '')
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($afterId IS NULL OR n.name > $afterName OR n.id > $afterId)
WITH n ORDER BY n.name, n.id LIMIT $limit
RETURN collect(n { .*, mentions: {{> entity-mentions n}} }) AS entities
