// One page of speaker → addressee pairs from the named speakers (or, with addressees only, to the named
// addressees), ordered like interaction/page.cypher. Each named entity is a unique-index seek and only its own
// SPOKE_TO aggregates are expanded, so the cost follows those entities' pairs (at most their statements), not
// the graph; with both lists, pairs from the speakers are kept when their addressee is listed. The sort reads
// every match anyway, so their number is the total. `missing` lists the ids of $checkIds that name no entity.
// params: $checkIds: string[], $speakerIds: string[] | null, $addresseeIds: string[] | null, $afterRank: string | null, $limit: Integer
// columns: missing: string[], total: number, interactions: InteractionRow[]
CALL () {
  UNWIND $checkIds AS id
  OPTIONAL MATCH (x:Entity {id: id})
  WITH id, x WHERE x IS NULL
  RETURN collect(id) AS missing
}
CALL () {
  CALL () {
    UNWIND coalesce($speakerIds, []) AS id
    MATCH (:Entity {id: id})-[r:SPOKE_TO]->(b:Entity)
    WHERE $addresseeIds IS NULL OR b.id IN $addresseeIds
    RETURN r
    UNION
    UNWIND CASE WHEN $speakerIds IS NULL THEN $addresseeIds ELSE [] END AS id
    MATCH (:Entity)-[r:SPOKE_TO]->(:Entity {id: id})
    RETURN r
  }
  RETURN collect(r) AS matches
}
CALL (matches) {
  UNWIND matches AS r
  WITH r WHERE $afterRank IS NULL OR r.rank > $afterRank
  WITH r ORDER BY r.rank LIMIT $limit
  RETURN collect({{> interaction-row r}}) AS interactions
}
RETURN missing, size(matches) AS total, interactions
