// One chunk of the relations export without an entity filter: every entity-to-entity relation, ordered by (the id
// of its `from` entity, its own id) after the keyset cursor ($afterFromId, $afterId). Relationship types come from
// the annotations, so no one index covers every relation's id; instead the unique index on Entity.id yields
// entities in id order from the cursor on and each one's outgoing relations are expanded (PartialTop sorts only
// one entity's relations by id), so a chunk reads about $limit relations plus the entities between them that have
// none. $types (UPPER_SNAKE_CASE, validated) filters that walk, compared as values.
// params: $types: string[] | null, $afterFromId: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: relations: RelationRow[]
MATCH (n:Entity)
WHERE n.id >= coalesce($afterFromId, '')
MATCH (n)-[r]->(:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($afterId IS NULL OR n.id > $afterFromId OR r.id > $afterId)
WITH n, r ORDER BY n.id, r.id LIMIT $limit
RETURN collect(r { .*, type: type(r), fromId: n.id, toId: endNode(r).id,
  from: {{#if ends}}properties(n){{#else}}null{{/if}},
  to: {{#if ends}}properties(endNode(r)){{#else}}null{{/if}},
  evidence: {{> evidence-spans r}} }) AS relations
