// Fragment: groups the statements of the list `{{owner}}` by $groupBy (cypher/fragments/statement-group-keys.cypher)
// and returns the $limit biggest as `groups` (count desc, then key), each with its entity when the key names one.
// It reads every statement of the list: the cost of a filtered count follows the statements the filters match.
CALL ({{owner}}) {
  UNWIND {{owner}} AS s
  UNWIND {{> statement-group-keys s}} AS key
  WITH key, count(*) AS count
  ORDER BY count DESC, key
  LIMIT $limit
  OPTIONAL MATCH (e:Entity {id: key})
  RETURN collect({key: key, count: count, entity: {{> entity-row e}}}) AS groups
}
