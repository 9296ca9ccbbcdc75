// Entity-to-entity facts. `r.type` was checked against UPPER_SNAKE_CASE by the annotation validator and comes
// from the annotations, so Cypher cannot name it literally. Index-backed: both ends are unique-id seeks, an
// existing fact is found by its id between the two bound ends, and only a missing one is created with the
// dynamic type (`MERGE` with `$(r.type)` scans every relationship in the store for each row). The one-hop
// variable-length pattern `*1..1` is deliberate: it can only plan as VarLengthExpand(Into) from the bound ends,
// whereas a plain `-[old]->` is planned as a scan of all relationships when the store is still empty (the
// planner's statistics say it is free), which costs rows × relationships-in-this-transaction on a first big load.
// params: $relations: RelationWrite[]
// columns: none
UNWIND $relations AS r
MATCH (a:Entity {id: r.fromId})
MATCH (b:Entity {id: r.toId})
OPTIONAL MATCH (a)-[olds*1..1]->(b) WHERE olds[0].id = r.id
WITH a, b, r, olds[0] AS old
CALL (a, b, r, old) {
  WITH * WHERE old IS NULL
  CREATE (a)-[new:$(r.type) {id: r.id}]->(b)
  RETURN new AS rel
  UNION
  WITH * WHERE old IS NOT NULL
  RETURN old AS rel
}
SET rel.role = r.role,
    rel.qualifiers = r.qualifiers,
    rel.evidenceIds = coalesce(rel.evidenceIds, []) + [x IN r.evidenceIds WHERE NOT x IN coalesce(rel.evidenceIds, [])],
    rel.date = r.date.value,
    rel.datePrecision = r.date.precision,
    rel.dateEarliest = date(r.date.earliest),
    rel.dateLatest = date(r.date.latest),
    rel.dateText = r.date.text
