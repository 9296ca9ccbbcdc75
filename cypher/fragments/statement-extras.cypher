// Fragment (src/db/queries.ts expandFragments; not a statement): the map entries a statement row `{{owner}}`
// carries besides its properties, as $include asks: `links`, one list per link the selection reads, named by
// its GraphQL field ('speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses'; a list
// is null when not asked for), each target as cypher/fragments/link-target.cypher projects it (`whole`: whether
// targets are whole, 'targets'); and `evidence` (cypher/fragments/evidence-spans.cypher). Written inside a map
// projection (cypher/fragments/statement-row.cypher).
// The links come from one walk of the statement's relationships, each kept as [type, outgoing, target] when its
// field is asked for, then split by link. So the target's projection is written once rather than once per link
// (a statement page's text is about 5 KB shorter), and Neo4j walks the relationships once rather than once per
// link asked for. Only RESPONDS_TO counts both ways ('respondsTo' out, 'responses' in); another link coming in (a
// statement about this one) is the other statement's.
links: [found IN [(CASE WHEN any(field IN $include WHERE field IN ['speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses'])
    THEN [({{owner}})-[r:SAID_BY|ADDRESSED_TO|ABOUT|MADE_AT|REPORTED_BY|RESPONDS_TO]-(t)
      WHERE (CASE WHEN startNode(r) = {{owner}}
        THEN {SAID_BY: 'speaker', ADDRESSED_TO: 'addressees', ABOUT: 'about', MADE_AT: 'event', REPORTED_BY: 'reportedBy', RESPONDS_TO: 'respondsTo'}[type(r)]
        WHEN type(r) = 'RESPONDS_TO' THEN 'responses' END) IN $include
      | [type(r), startNode(r) = {{owner}}, {{> link-target t}}]]
    ELSE [] END)] | {
  whole: 'targets' IN $include,
  speakers: (CASE WHEN 'speaker' IN $include THEN [x IN found WHERE x[0] = 'SAID_BY' | x[2]] END),
  addressees: (CASE WHEN 'addressees' IN $include THEN [x IN found WHERE x[0] = 'ADDRESSED_TO' | x[2]] END),
  about: (CASE WHEN 'about' IN $include THEN [x IN found WHERE x[0] = 'ABOUT' | x[2]] END),
  events: (CASE WHEN 'event' IN $include THEN [x IN found WHERE x[0] = 'MADE_AT' | x[2]] END),
  reportedBy: (CASE WHEN 'reportedBy' IN $include THEN [x IN found WHERE x[0] = 'REPORTED_BY' | x[2]] END),
  respondsTo: (CASE WHEN 'respondsTo' IN $include THEN [x IN found WHERE x[0] = 'RESPONDS_TO' AND x[1] | x[2]] END),
  responses: (CASE WHEN 'responses' IN $include THEN [x IN found WHERE x[0] = 'RESPONDS_TO' AND NOT x[1] | x[2]] END)
}][0],
evidence: {{> evidence-spans {{owner}}}}
