// One page of speaker → addressee pairs from the named speakers (or, with addressees only, to the named
// addressees), ordered like interaction/page.cypher. The pairs are seeks of the interaction_speaker (or
// interaction_addressee) index, so the cost follows those entities' pairs (at most their statements), not the
// graph; with both lists, pairs from the speakers are kept when their addressee is listed. The sort reads
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
    MATCH (p:Interaction {speakerId: id})
    WHERE $addresseeIds IS NULL OR p.addresseeId IN $addresseeIds
    RETURN p
    UNION
    UNWIND CASE WHEN $speakerIds IS NULL THEN $addresseeIds ELSE [] END AS id
    MATCH (p:Interaction {addresseeId: id})
    RETURN p
  }
  RETURN collect(p) AS matches
}
CALL (matches) {
  UNWIND matches AS p
  WITH p WHERE $afterRank IS NULL OR p.rank > $afterRank
  WITH p ORDER BY p.rank LIMIT $limit
  RETURN collect({{> interaction-row p}}) AS interactions
}
RETURN missing, size(matches) AS total, interactions
