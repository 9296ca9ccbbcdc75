// People, countries, organizations and events. The kind label comes from the validated EntityKind allow-list
// (seed/load.ts maps it); aliases, evidence ids and search scope tokens accumulate across articles. The last
// article that states a name, description, event type or date sets it; one that leaves them out (a second
// article naming Putin in passing) keeps what the graph has. `searchKey`
// (name and aliases in lower case, one per line) is what entity/page-matching.cypher finds `nameContains` in
// through a TEXT index; `searchScope` holds the tokens a scoped search requires (src/graph/search-scope.ts).
// When an article renames an entity, the `speakerKey` of the statements it said is rewritten with the new name
// (the format of cypher/seed/statements.cypher), an expansion from the entity only.
// params: $entities: EntityWrite[]
// columns: none
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
WITH e, n, n.name AS previousName
SET n:$(e.label),
    n.kind = e.kind,
    n.name = e.name,
    n.description = coalesce(e.description, n.description),
    n.eventType = coalesce(e.eventType, n.eventType),
    n.aliases = coalesce(n.aliases, []) + [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.evidenceIds = coalesce(n.evidenceIds, []) + [x IN e.evidenceIds WHERE NOT x IN coalesce(n.evidenceIds, [])],
    n.scopeTokens = coalesce(n.scopeTokens, []) + [x IN e.scopeTokens WHERE NOT x IN coalesce(n.scopeTokens, [])],
    n.date = coalesce(e.date.value, n.date),
    n.datePrecision = coalesce(e.date.precision, n.datePrecision),
    n.dateEarliest = coalesce(date(e.date.earliest), n.dateEarliest),
    n.dateLatest = coalesce(date(e.date.latest), n.dateLatest),
    n.dateText = CASE WHEN e.date IS NULL THEN n.dateText ELSE e.date.text END
SET n.aliasText = reduce(s = '', x IN n.aliases | s + ' ' + x),
    n.searchKey = toLower(reduce(s = n.name, x IN n.aliases | s + '\n' + x)),
    n.searchScope = reduce(s = '', x IN n.scopeTokens | s + ' ' + x)
WITH n, previousName WHERE previousName IS NOT NULL AND previousName <> n.name
CALL (n) {
  MATCH (n)<-[:SAID_BY]-(s:Statement)
  SET s.speakerKey = '0' + n.name + '\u001f' + s.dateKey
}
