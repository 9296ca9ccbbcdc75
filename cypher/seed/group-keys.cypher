// The StatementGroup keys (cypher/seed/statement-groups.cypher) the given statements fall in as stored now, with
// the sortDay range `lo`..`hi` a MONTH key's statements lie in (its month, or the one earliest day every statement
// of a coarser date value shares). seed/load.ts reads them before and after writing an article, so a group a
// statement leaves (a changed act or date) is recounted as well as the one it joins. Index-backed: unique-id seeks,
// then each statement's own links.
// params: $statementIds: string[]
// columns: groupBy: StatementGroupBy, key: string | null, lo: string | null, hi: string | null
UNWIND $statementIds AS id
MATCH (s:Statement {id: id})
WITH s, {{> statement-month s}} AS month
UNWIND [(s)-[:SAID_BY]->(t) | {groupBy: 'SPEAKER', key: t.id}]
  + [(s)-[:ADDRESSED_TO]->(t) | {groupBy: 'ADDRESSEE', key: t.id}]
  + [(s)-[:ABOUT]->(t) | {groupBy: 'ABOUT', key: t.id}]
  + [(s)-[:MADE_AT]->(t) | {groupBy: 'EVENT', key: t.id}]
  + [{groupBy: 'ACT', key: s.act}]
  + [{groupBy: 'MONTH', key: month, lo: CASE WHEN month = substring(s.sortDay, 0, 7) THEN month + '-01' ELSE s.sortDay END,
      hi: CASE WHEN month = substring(s.sortDay, 0, 7) THEN month + '-31' ELSE s.sortDay END}] AS k
RETURN DISTINCT k.groupBy AS groupBy, k.key AS key, k.lo AS lo, k.hi AS hi
