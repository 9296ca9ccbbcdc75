// How many of the given statements fall in each StatementGroup (cypher/seed/statement-groups.cypher), as stored
// now: by speaker, addressee, subject and event (the ids their links point at), act and month
// (cypher/fragments/statement-month.cypher). seed/load.ts reads it for an article's statements before and after
// writing them, and adds the difference to the groups. Index-backed: unique-id seeks, then each statement's links.
// params: $statementIds: string[]
// columns: groupBy: StatementGroupBy, key: string | null, count: number
UNWIND $statementIds AS id
MATCH (s:Statement {id: id})
UNWIND [(s)-[:SAID_BY]->(t) | {groupBy: 'SPEAKER', key: t.id}]
  + [(s)-[:ADDRESSED_TO]->(t) | {groupBy: 'ADDRESSEE', key: t.id}]
  + [(s)-[:ABOUT]->(t) | {groupBy: 'ABOUT', key: t.id}]
  + [(s)-[:MADE_AT]->(t) | {groupBy: 'EVENT', key: t.id}]
  + [{groupBy: 'ACT', key: s.act}, {groupBy: 'MONTH', key: {{> statement-month s}}}] AS k
RETURN k.groupBy AS groupBy, k.key AS key, count(*) AS count
