// Fragment: one interaction row (InteractionRow) of the aggregate relationship `{{owner}}`
// (`(:Entity)-[:SPOKE_TO]->(:Entity)`, cypher/seed/spoke-to.cypher): both ends, the count, the keyset rank, and
// the dates of the pair's first and last dated statements, each a unique-index seek by the id the aggregate keeps.
{
  speaker: properties(startNode({{owner}})),
  addressee: properties(endNode({{owner}})),
  count: {{owner}}.count,
  rank: {{owner}}.rank,
  first: [(f:Statement {id: {{owner}}.firstStatementId}) | f { .date, .datePrecision, .dateEarliest, .dateLatest, .dateText }][0],
  last: [(l:Statement {id: {{owner}}.lastStatementId}) | l { .date, .datePrecision, .dateEarliest, .dateLatest, .dateText }][0]
}
