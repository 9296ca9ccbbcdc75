// One page of speaker → addressee pairs, biggest count first, then by speaker id and addressee id, read from the
// SPOKE_TO aggregate the seed step keeps (cypher/seed/spoke-to.cypher). `rank` encodes that whole order in one
// string (the count inverted and zero-padded, then both ids), so the relationship range index spoke_to_rank
// yields pairs in order from the keyset cursor ($afterRank) on and a page reads about $limit entries, with no sort
// of the ties (most pairs share a count of 1). The total is the count store's number of SPOKE_TO relationships:
// the same cost at any size. Filtered by speakers or addressees: interaction/page-linked.cypher.
// params: $afterRank: string | null, $limit: Integer
// columns: total: number, interactions: InteractionRow[]
CALL () {
  MATCH ()-[r:SPOKE_TO]->()
  RETURN count(r) AS total
}
CALL () {
  MATCH ()-[r:SPOKE_TO]->()
  WHERE r.rank > coalesce($afterRank, '')
  WITH r ORDER BY r.rank LIMIT $limit
  RETURN collect({{> interaction-row r}}) AS interactions
}
RETURN total, interactions
