// One chunk of the relations export filtered by entities: the entity-to-entity relations with one of $entityIds
// at either end (and of one of $types, when given), ordered like export/relations.cypher by (`from` id, id) after
// the keyset cursor. Each entity is a unique-index seek and only its own relations are expanded and sorted, so a
// chunk costs what those entities' relations cost, not the size of the graph. `missing` lists the ids of
// $entityIds that name no entity, so the export can answer 400 naming them before it writes anything.
// params: $entityIds: string[], $types: string[] | null, $afterFromId: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: missing: string[], relations: RelationRow[]
CALL () {
  UNWIND $entityIds AS id
  OPTIONAL MATCH (x:Entity {id: id})
  WITH id, x WHERE x IS NULL
  RETURN collect(id) AS missing
}
CALL () {
  UNWIND $entityIds AS id
  MATCH (:Entity {id: id})-[r]-(:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  RETURN collect(DISTINCT r) AS matches
}
CALL (matches) {
  UNWIND matches AS r
  WITH r, startNode(r) AS from
  WHERE $afterFromId IS NULL OR from.id > $afterFromId OR (from.id = $afterFromId AND r.id > $afterId)
  WITH r, from ORDER BY from.id, r.id LIMIT $limit
  RETURN collect(r { .*, type: type(r), fromId: from.id, toId: endNode(r).id,
    from: {{#if ends}}properties(from){{#else}}null{{/if}},
    to: {{#if ends}}properties(endNode(r)){{#else}}null{{/if}},
    evidence: {{> evidence-spans r}} }) AS relations
}
RETURN missing, relations
