// The entity-to-entity relations of each entity in $ids, one page per entity ordered by relation id, starting
// after $afterId, with a per-entity total. Only (:Entity)-[]-(:Entity): mentions lead to passages and statement
// links start at statements, so neither matches. $direction is OUT, IN or BOTH (a GraphQL enum); $types is null
// or a list of UPPER_SNAKE_CASE types (validated), compared as values, never spliced into the text.
// Each relation carries its two entities when $include holds 'ends', and its evidence when it holds 'evidence'
// (cypher/fragments/evidence-spans.cypher).
// params: $ids: string[], $direction: 'OUT' | 'IN' | 'BOTH', $types: string[] | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: id: string, total: number, relations: RelationRow[]
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
    AND ($types IS NULL OR type(r) IN $types)
  WITH DISTINCT r
  WITH collect(r) AS matches
  CALL (matches) {
    UNWIND matches AS r
    WITH r WHERE $afterId IS NULL OR r.id > $afterId
    WITH r ORDER BY r.id LIMIT $limit
    WITH r, startNode(r) AS a, endNode(r) AS b
    RETURN collect(r { .*, type: type(r), fromId: a.id, toId: b.id,
      from: {{#if ends}}{{> entity-row a}}{{#else}}null{{/if}},
      to: {{#if ends}}{{> entity-row b}}{{#else}}null{{/if}},
      evidence: {{> evidence-spans r}} }) AS relations
  }
  RETURN size(matches) AS total, relations
}
RETURN id, total, relations
