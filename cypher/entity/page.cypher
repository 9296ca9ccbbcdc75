// One page of entities ordered by (name, id), starting strictly after the keyset cursor ($afterName, $afterId),
// with the total under the same filters. $nameContains matches the name or an alias, case-insensitively.
// params: $kind, $nameContains, $afterName, $afterId, $limit
// columns: total, entities
MATCH (n:Entity)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($nameContains IS NULL
       OR toLower(n.name) CONTAINS toLower($nameContains)
       OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS toLower($nameContains)))
WITH collect(n) AS matches
CALL (matches) {
  UNWIND matches AS n
  WITH n WHERE $afterId IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)
  WITH n ORDER BY n.name, n.id LIMIT $limit
  RETURN collect(n { .* }) AS entities
}
RETURN size(matches) AS total, entities
