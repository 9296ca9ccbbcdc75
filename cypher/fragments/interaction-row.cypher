// Fragment: one interaction row (InteractionRow) of the aggregate node `{{owner}}` (:Interaction,
// cypher/seed/interactions.cypher): both entities, the count, the keyset rank, and the dates of the pair's first
// and last dated statements, each a unique-index seek by the id the aggregate keeps.
{
  speaker: COLLECT { MATCH (e:Entity {id: {{owner}}.speakerId}) RETURN {{> entity-row e}} }[0],
  addressee: COLLECT { MATCH (e:Entity {id: {{owner}}.addresseeId}) RETURN {{> entity-row e}} }[0],
  count: {{owner}}.count,
  rank: {{owner}}.rank,
  first: COLLECT { MATCH (f:Statement {id: {{owner}}.firstStatementId}) RETURN f { .date, .datePrecision, dateEarliest: toString(f.dateEarliest), dateLatest: toString(f.dateLatest), .dateText } }[0],
  last: COLLECT { MATCH (l:Statement {id: {{owner}}.lastStatementId}) RETURN l { .date, .datePrecision, dateEarliest: toString(l.dateEarliest), dateLatest: toString(l.dateLatest), .dateText } }[0]
}
