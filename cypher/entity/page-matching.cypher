// One page of entities whose name or an alias contains $nameContains (case-insensitively), optionally of one
// kind, ordered by (name, id) after the keyset cursor ($afterName, $afterId). The TEXT index entity_search_key
// finds candidates by `searchKey CONTAINS` (searchKey: name and aliases in lower case, one per line, written by
// cypher/seed/entities.cypher); the exact name-or-alias test then drops a match that would only span two of
// them. Only the matches are sorted, never the whole label; the sort reads all of them anyway, so their number
// is the total at no extra cost.
// params: $kind: EntityKind | null, $nameContains: string, $afterName: string | null, $afterId: string | null, $limit: Integer
// columns: total: number, entities: EntityNode[]
WITH toLower($nameContains) AS needle
MATCH (n:Entity)
WHERE n.searchKey CONTAINS needle
  AND (toLower(n.name) CONTAINS needle OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS needle))
  AND ($kind IS NULL OR n.kind = $kind)
WITH collect(n) AS matches
CALL (matches) {
  UNWIND matches AS n
  WITH n WHERE $afterId IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect(n { .* }) AS entities
}
RETURN size(matches) AS total, entities
