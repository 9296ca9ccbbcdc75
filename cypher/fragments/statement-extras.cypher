// Fragment (src/db/queries.ts expandFragments; not a statement): the map entries a statement row `{{owner}}`
// carries besides its properties, as $include asks: `links`, one list of targets per link field $include names
// ('speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses'), in $include's order
// (statementLinkFields in src/graph/rows.ts reads them back), each target as cypher/fragments/link-target.cypher
// projects it (whole when $include holds 'targets'); and `evidence` (cypher/fragments/evidence-spans.cypher).
// Written inside a map projection (cypher/fragments/statement-row.cypher). A list rather than a map of every
// link: a row then carries neither the links' names nor a null for each link not asked for.
// The links come from one walk of the statement's relationships, each kept as [field, target] when its field is
// asked for, then split by field. So the target's projection is written once rather than once per link (a
// statement page's text is about 5 KB shorter), and Neo4j walks the relationships once rather than once per link
// asked for. Only RESPONDS_TO counts both ways ('respondsTo' out, 'responses' in); another link coming in (a
// statement about this one) is the other statement's.
links: [found IN [(CASE WHEN any(field IN $include WHERE field IN ['speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses'])
    THEN [({{owner}})-[r:SAID_BY|ADDRESSED_TO|ABOUT|MADE_AT|REPORTED_BY|RESPONDS_TO]-(t)
      WHERE {{> link-field {{owner}}}} IN $include
      | [{{> link-field {{owner}}}}, {{> link-target t}}]]
    ELSE [] END)]
  | [field IN $include WHERE field IN ['speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'responses']
    | [link IN found WHERE link[0] = field | link[1]]]][0],
evidence: {{> evidence-spans {{owner}}}}
