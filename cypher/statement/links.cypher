// Everything a statement links to, for a batch of statements (one round trip for speaker, addressees, about,
// event, reportedBy, respondsTo and responses of every statement asked for), as
// cypher/fragments/statement-extras.cypher projects it ($include: every link and 'targets': targets whole).
// Statement pages carry the links their selection reads themselves; this serves the other shapes.
// params: $ids: string[], $include: Include[]
// columns: statement: StatementRow
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN {{> statement-row s}} AS statement
