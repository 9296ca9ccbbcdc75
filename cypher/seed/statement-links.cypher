// SAID_BY, ADDRESSED_TO, ABOUT, MADE_AT, REPORTED_BY, RESPONDS_TO. `l.type` comes from the fixed list in
// seed/load.ts, never from the annotation file.
// params: $links
// columns: none
UNWIND $links AS l
MATCH (s:Statement {id: l.statementId})
MATCH (t {id: l.targetId}) WHERE t:Entity OR t:Statement
MERGE (s)-[:$(l.type)]->(t)
