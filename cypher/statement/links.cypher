// Everything a statement links to, for a batch of statements (one round trip for speaker, addressees, about,
// event, reportedBy, respondsTo and responses of every statement on a page). Targets are returned whole.
// params: $ids: string[]
// columns: id: string, speakers: EntityNode[], addressees: EntityNode[], about: EntityOrStatementNode[], events: EntityNode[], reportedBy: EntityNode[], respondsTo: StatementNode[], responses: StatementNode[]
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id,
       [(s)-[:SAID_BY]->(t) | t { .* }] AS speakers,
       [(s)-[:ADDRESSED_TO]->(t) | t { .* }] AS addressees,
       [(s)-[:ABOUT]->(t) | t { .* }] AS about,
       [(s)-[:MADE_AT]->(t) | t { .* }] AS events,
       [(s)-[:REPORTED_BY]->(t) | t { .* }] AS reportedBy,
       [(s)-[:RESPONDS_TO]->(t) | t { .* }] AS respondsTo,
       [(s)<-[:RESPONDS_TO]-(t) | t { .* }] AS responses
