// One chunk of the entities export whose name or an alias contains $nameContains (case-insensitively), optionally
// of some kinds, ordered like export/entities.cypher. The same search as entity/page-matching.cypher: the TEXT
// index entity_search_key finds candidates (`searchKey CONTAINS`), the exact name-or-alias test drops a match
// that would only span two of them, and only the matches are sorted, never the whole label. Each entity carries
// every place the article names it (cypher/fragments/entity-mentions.cypher).
// params: $kinds: EntityKind[] | null, $nameContains: string, $afterName: string | null, $afterId: string | null, $limit: Integer
// columns: entities: EntityRow[]
WITH toLower($nameContains) AS needle
MATCH (n:Entity)
WHERE n.searchKey CONTAINS needle
  AND (toLower(n.name) CONTAINS needle OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS needle))
  AND ($kinds IS NULL OR n.kind IN $kinds)
WITH collect(n) AS matches
CALL (matches) {
  UNWIND matches AS n
  WITH n WHERE $afterId IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect(n { .*, mentions: {{> entity-mentions n}} }) AS entities
}
RETURN entities
