// One page of entities (optionally of some kinds) ordered by a count, then id: mentionCount through the stored
// key `mentionsKey`, degree through `degreeKey` (cypher/seed/entity-counts.cypher: the count zero-padded, a space,
// the id, so one string orders by both and is unique). A page is the keys strictly between $above and $below in
// the order's direction: one range of the key's index (entity_mentions_key, entity_degree_key) read from the
// cursor's end, so it reads about $limit entries wherever it starts, ties included, and sorts nothing. The kinds
// filter that walk. The key and the direction must be literals for the index to answer the ORDER BY, so the file
// is a family of variants (src/db/queries.ts); src/entity/entity-order.ts picks one. Total: the count store.
// variants: key=mentionsKey|degreeKey, dir=ASC|DESC
// params: $kinds: EntityKind[] | null, $above: string, $below: string, $limit: Integer
// columns: total: number, entities: EntityNode[]
{{> entity-total}}
CALL () {
  MATCH (n:Entity)
  WHERE n.{{key}} > $above AND n.{{key}} < $below
    AND ($kinds IS NULL OR n.kind IN $kinds)
  WITH n ORDER BY n.{{key}} {{dir}} LIMIT $limit
  RETURN collect({{> entity-row n}}) AS entities
}
RETURN total, entities
