// Entity-to-entity facts. `r.type` was checked against UPPER_SNAKE_CASE by the annotation validator.
// params: $relations
// columns: none
UNWIND $relations AS r
MATCH (a:Entity {id: r.fromId})
MATCH (b:Entity {id: r.toId})
MERGE (a)-[rel:$(r.type) {id: r.id}]->(b)
SET rel.role = r.role,
    rel.qualifiers = r.qualifiers,
    rel.evidenceIds = coalesce(rel.evidenceIds, []) + [x IN r.evidenceIds WHERE NOT x IN coalesce(rel.evidenceIds, [])],
    rel.date = r.date.value,
    rel.datePrecision = r.date.precision,
    rel.dateEarliest = date(r.date.earliest),
    rel.dateLatest = date(r.date.latest),
    rel.dateText = r.date.text
