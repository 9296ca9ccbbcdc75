// One page of entities (optionally of one kind) ordered by (name, id), starting strictly after the keyset cursor
// ($afterName, $afterId). The range index entity_name yields entities in name order from the cursor on
// (`name >= $afterName`, or every name from ''), so a page reads about $limit entries (PartialTop sorts only the
// ties on name by id) wherever it starts; a kind filters that walk. The total (all entities, or those of $kind)
// comes from the count store (NodeCountFromCountStore): the same cost at any size, so it is always returned.
// Names matching a text go through entity/page-matching.cypher.
// params: $kind: EntityKind | null, $afterName: string | null, $afterId: string | null, $limit: Integer
// columns: total: number, entities: EntityNode[]
CALL () {
  CALL () { MATCH (n:Entity) RETURN count(n) AS entity }
  CALL () { MATCH (n:Person) RETURN count(n) AS person }
  CALL () { MATCH (n:Country) RETURN count(n) AS country }
  CALL () { MATCH (n:Organization) RETURN count(n) AS organization }
  CALL () { MATCH (n:Event) RETURN count(n) AS event }
  RETURN CASE $kind WHEN 'PERSON' THEN person WHEN 'COUNTRY' THEN country WHEN 'ORGANIZATION' THEN organization
                    WHEN 'EVENT' THEN event ELSE entity END AS total
}
CALL () {
  MATCH (n:Entity)
  WHERE n.name >= coalesce($afterName, '')
    AND ($kind IS NULL OR n.kind = $kind)
    AND ($afterId IS NULL OR n.name > $afterName OR n.id > $afterId)
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect(n { .* }) AS entities
}
RETURN total, entities
