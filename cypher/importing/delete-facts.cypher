// deleteArticle, first step: takes the article's evidence ($prefix: `<article id>@`, how every evidence id of
// the article starts) off the statements it declares and off the relations between the entities it declares
// (an article's relations link only entities it declares: seed/annotations/rules/KnownReferencesRule.ts), and
// deletes those left with no evidence: what only this article supported. Facts other articles also support
// keep their other evidence. Also takes the article's scope token off what stays. Index-backed: unique-id seeks,
// then each entity's own relationships.
// params: $statementIds: string[], $entityIds: string[], $prefix: string, $token: string
// columns: statementsDeleted: number, relationsDeleted: number
CALL () {
  UNWIND $statementIds AS id
  MATCH (s:Statement {id: id})
  SET s.evidenceIds = [x IN s.evidenceIds WHERE NOT x STARTS WITH $prefix],
      s.scopeTokens = [x IN s.scopeTokens WHERE x <> $token]
  SET s.searchScope = reduce(t = '', x IN s.scopeTokens | t + ' ' + x)
  WITH s WHERE size(s.evidenceIds) = 0
  DETACH DELETE s
  RETURN count(*) AS statementsDeleted
}
CALL () {
  UNWIND $entityIds AS id
  MATCH (:Entity {id: id})-[r]->(:Entity)
  WHERE any(x IN r.evidenceIds WHERE x STARTS WITH $prefix)
  SET r.evidenceIds = [x IN r.evidenceIds WHERE NOT x STARTS WITH $prefix]
  WITH r WHERE size(r.evidenceIds) = 0
  DELETE r
  RETURN count(*) AS relationsDeleted
}
RETURN statementsDeleted, relationsDeleted
