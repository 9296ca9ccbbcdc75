// The subjects `aboutRelated: true` adds to each entity in $ids: the groups and forces that belong to it
// (relations of a type in $groupTypes pointing at it, e.g. ARMED_FORCES_OF) and the events it or those groups
// took part in (relations of a type in $eventTypes, either direction, e.g. PARTICIPATED_IN), so statements
// "about Ukraine" also find those about the war its forces fight. Both lists are fixed in src/graph/vocabulary.ts
// and compared as values. Each entity is a unique-index seek and only its own relations are expanded. An id that
// names no entity returns no row.
// params: $ids: string[], $groupTypes: readonly string[], $eventTypes: readonly string[]
// columns: id: string, related: string[]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  OPTIONAL MATCH (n)<-[g]-(group:Entity)
  WHERE type(g) IN $groupTypes
  WITH n, collect(DISTINCT group) AS groups
  RETURN [n] + groups AS members
}
CALL (members) {
  UNWIND members AS m
  OPTIONAL MATCH (m)-[e]-(event:Event)
  WHERE type(e) IN $eventTypes
  RETURN collect(DISTINCT event.id) AS events
}
RETURN id, [m IN members | m.id] + [x IN events WHERE NOT x IN [m IN members | m.id]] AS related
