// One page of speaker → addressee pairs, biggest count first, then by speaker id and addressee id, read from the
// Interaction aggregate the seed step keeps (cypher/seed/interactions.cypher). `rank` encodes that whole order in
// one string (the count inverted and zero-padded, then both ids), so the range index interaction_rank
// yields pairs in order from the keyset cursor ($afterRank) on and a page reads about $limit entries, with no sort
// of the ties (most pairs share a count of 1). The total is the count store's number of Interaction nodes:
// the same cost at any size. Filtered by speakers or addressees: interaction/page-linked.cypher.
// params: $afterRank: string | null, $limit: Integer
// columns: total: number, interactions: InteractionRow[]
CALL () {
  MATCH (p:Interaction)
  RETURN count(p) AS total
}
CALL () {
  MATCH (p:Interaction)
  WHERE p.rank > coalesce($afterRank, '')
  WITH p ORDER BY p.rank LIMIT $limit
  RETURN collect({{> interaction-row p}}) AS interactions
}
RETURN total, interactions
