// The total of entity/page-matching.cypher: the same candidates from the entity_search_key TEXT index and the
// same exact test, counted.
// params: $kind, $nameContains
// columns: total
WITH toLower($nameContains) AS needle
MATCH (n:Entity)
WHERE n.searchKey CONTAINS needle
  AND (toLower(n.name) CONTAINS needle OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS needle))
  AND ($kind IS NULL OR n.kind = $kind)
RETURN count(n) AS total
