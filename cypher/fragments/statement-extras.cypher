// Fragment (src/db/queries.ts expandFragments; not a statement): the map entries a statement row `{{owner}}`
// carries besides its properties, as $include asks: `links` (everything the statement links to, each target
// whole; null unless $include holds 'links') and `evidence` (cypher/fragments/evidence-spans.cypher). Written
// inside a map projection: `s { .*, {{> statement-extras s}} }`.
links: (CASE WHEN 'links' IN $include THEN {
  speakers: [({{owner}})-[:SAID_BY]->(t) | t { .* }],
  addressees: [({{owner}})-[:ADDRESSED_TO]->(t) | t { .* }],
  about: [({{owner}})-[:ABOUT]->(t) | t { .* }],
  events: [({{owner}})-[:MADE_AT]->(t) | t { .* }],
  reportedBy: [({{owner}})-[:REPORTED_BY]->(t) | t { .* }],
  respondsTo: [({{owner}})-[:RESPONDS_TO]->(t) | t { .* }],
  responses: [({{owner}})<-[:RESPONDS_TO]-(t) | t { .* }]
} END),
evidence: {{> evidence-spans {{owner}}}}
