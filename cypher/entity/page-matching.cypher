// One page of entities whose name or an alias contains $nameContains (case-insensitively), optionally of some
// kinds, in one of the entity orders: $order is NAME, MENTIONS or DEGREE (the key [name, id], [mentionCount, id]
// or [degree, id]), ascending or, when $descending, the exact reverse; the page starts strictly after the keyset
// cursor's key $after. The TEXT index entity_search_key finds candidates by `searchKey CONTAINS` (searchKey: name
// and aliases in lower case, one per line, written by cypher/seed/entities.cypher); the exact name-or-alias test
// then drops a match that would only span two of them. Only the matches are sorted, never the whole label; the
// sort reads all of them anyway, so their number is the total at no extra cost. Lists compare element by element,
// so one key serves every order; each direction has its own sort expression, the other one a constant.
// params: $kinds: EntityKind[] | null, $nameContains: string, $order: 'NAME' | 'MENTIONS' | 'DEGREE', $descending: boolean, $after: (string | Integer)[] | null, $limit: Integer
// columns: total: number, entities: EntityNode[]
WITH toLower($nameContains) AS needle
MATCH (n:Entity)
WHERE n.searchKey CONTAINS needle
  AND (toLower(n.name) CONTAINS needle OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS needle))
  AND ($kinds IS NULL OR n.kind IN $kinds)
WITH collect(n) AS matches
CALL (matches) {
  UNWIND matches AS n
  WITH n, CASE $order WHEN 'MENTIONS' THEN [n.mentionCount, n.id] WHEN 'DEGREE' THEN [n.degree, n.id] ELSE [n.name, n.id] END AS key
  WITH n, key WHERE $after IS NULL OR (CASE WHEN $descending THEN key < $after ELSE key > $after END)
  WITH n, key ORDER BY CASE WHEN $descending THEN null ELSE key END, CASE WHEN $descending THEN key END DESC LIMIT $limit
  RETURN collect({{> entity-row n}}) AS entities
}
RETURN size(matches) AS total, entities
