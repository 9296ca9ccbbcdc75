// One page of entities (optionally of one kind) ordered by (name, id), starting strictly after the keyset cursor
// ($afterName, $afterId). The range index entity_name yields entities in name order from the cursor on
// (`name >= $afterName`, or every name from ''), so a page reads about $limit entries (PartialTop sorts only the
// ties on name by id) wherever it starts; a kind filters that walk. The total is entity/counts.cypher, run only
// when a client asks for totalCount. Names matching a text go through entity/page-matching.cypher.
// params: $kind, $afterName, $afterId, $limit
// columns: entities
MATCH (n:Entity)
WHERE n.name >= coalesce($afterName, '')
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($afterId IS NULL OR n.name > $afterName OR n.id > $afterId)
WITH n ORDER BY n.name, n.id LIMIT $limit
RETURN collect(n { .* }) AS entities
