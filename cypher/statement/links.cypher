// Everything a statement links to, for a batch of statements (one round trip for speaker, addressees, about,
// event, reportedBy, respondsTo and responses of every statement asked for), as
// cypher/fragments/statement-extras.cypher projects it ($include: 'links'). Targets are returned whole. Statement
// pages carry the same links themselves when the selection asks for them; this serves the other shapes.
// params: $ids: string[], $include: Include[]
// columns: statement: StatementRow
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s { .*, {{> statement-extras s}} } AS statement
