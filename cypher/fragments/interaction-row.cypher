// Fragment: one interaction row (InteractionRow) of the aggregate relationship `{{owner}}`
// (`(:Entity)-[:SPOKE_TO]->(:Entity)`, cypher/seed/spoke-to.cypher): both ends, the count, the keyset rank, and
// the dates of the pair's first and last dated statements, each a unique-index seek by the id the aggregate keeps.
{
  speaker: properties(startNode({{owner}})),
  addressee: properties(endNode({{owner}})),
  count: {{owner}}.count,
  rank: {{owner}}.rank,
  first: COLLECT { MATCH (f:Statement {id: {{owner}}.firstStatementId}) RETURN f { .date, .datePrecision, .dateEarliest, .dateLatest, .dateText } }[0],
  last: COLLECT { MATCH (l:Statement {id: {{owner}}.lastStatementId}) RETURN l { .date, .datePrecision, .dateEarliest, .dateLatest, .dateText } }[0]
}
