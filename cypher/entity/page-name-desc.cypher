// entity/page.cypher in reverse: one page of entities (optionally of some kinds) ordered by (name, id)
// descending, starting strictly before the keyset cursor ($afterName, $afterId). The range index entity_name
// yields names downwards from the cursor's name (`name <= $afterName`); the first page starts at the highest name,
// since no string is above every name: `max` over the same index, which the planner answers with one entry. So a page reads about
// $limit entries wherever it starts (PartialTop sorts only the ties on name by id). Total: the count store.
// params: $kinds: EntityKind[] | null, $afterName: string | null, $afterId: string | null, $limit: Integer
// columns: total: number, entities: EntityNode[]
{{> entity-total}}
CALL () {
  WITH coalesce($afterName, COLLECT { MATCH (top:Entity) WHERE top.name >= '' RETURN max(top.name) AS highest }[0]) AS upper
  MATCH (n:Entity)
  WHERE n.name <= upper
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($afterId IS NULL OR n.name < $afterName OR n.id < $afterId)
  WITH n ORDER BY n.name DESC, n.id DESC LIMIT $limit
  RETURN collect({{> entity-row n}}) AS entities
}
RETURN total, entities
