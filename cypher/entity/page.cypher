// One page of entities (optionally of some kinds: any listed one matches) ordered by (name, id), starting
// strictly after the keyset cursor ($afterName, $afterId). The range index entity_name yields entities in name
// order from the cursor on (`name >= $afterName`, or every name from ''), so a page reads about $limit entries
// (PartialTop sorts only the ties on name by id) wherever it starts; the kinds filter that walk. The total comes
// from the count store (cypher/fragments/entity-total.cypher). The reverse order is entity/page-name-desc.cypher,
// the count orders entity/page-by-count.cypher; names matching a text go through entity/page-matching.cypher.
// params: $kinds: EntityKind[] | null, $afterName: string | null, $afterId: string | null, $limit: Integer
// columns: total: number, entities: EntityNode[]
{{> entity-total}}
CALL () {
  MATCH (n:Entity)
  WHERE n.name >= coalesce($afterName, '')
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($afterId IS NULL OR n.name > $afterName OR n.id > $afterId)
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect({{> entity-row n}}) AS entities
}
RETURN total, entities
