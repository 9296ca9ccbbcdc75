// People, countries, organizations and events. The kind label comes from the validated EntityKind allow-list
// (seed/load.ts maps it); aliases and evidence ids accumulate across articles. `searchKey` (name and aliases in
// lower case, one per line) is what entity/page-matching.cypher finds `nameContains` in through a TEXT index.
// params: $entities: EntityWrite[]
// columns: none
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
SET n:$(e.label),
    n.kind = e.kind,
    n.name = e.name,
    n.description = e.description,
    n.eventType = e.eventType,
    n.aliases = coalesce(n.aliases, []) + [x IN e.aliases WHERE NOT x IN coalesce(n.aliases, [])],
    n.evidenceIds = coalesce(n.evidenceIds, []) + [x IN e.evidenceIds WHERE NOT x IN coalesce(n.evidenceIds, [])],
    n.date = e.date.value,
    n.datePrecision = e.date.precision,
    n.dateEarliest = date(e.date.earliest),
    n.dateLatest = date(e.date.latest),
    n.dateText = e.date.text
SET n.aliasText = reduce(s = '', x IN n.aliases | s + ' ' + x),
    n.searchKey = toLower(reduce(s = n.name, x IN n.aliases | s + '\n' + x))
