// The statements each entity in $ids takes part in, one page per entity (cypher/fragments/entity-statements.cypher),
// for DataLoader. Each entity is a unique-index seek.
// params: $ids: string[], $linkTypes: readonly StatementLinkType[], $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: id: string, total: number, statements: StatementRow[]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
{{> entity-statements n}}
RETURN id, total, statements
