// Fragment (src/db/queries.ts expandFragments; not a statement): the GraphQL field of a statement `{{owner}}` that
// reads its relationship `r` (cypher/fragments/statement-extras.cypher, which names the relationship `r`): the
// link type's field going out; coming in, 'responses' for RESPONDS_TO and null for any other (a statement about
// this one is the other statement's link).
(CASE WHEN startNode(r) = {{owner}}
  THEN {SAID_BY: 'speaker', ADDRESSED_TO: 'addressees', ABOUT: 'about', MADE_AT: 'event', REPORTED_BY: 'reportedBy', RESPONDS_TO: 'respondsTo'}[type(r)]
  WHEN type(r) = 'RESPONDS_TO' THEN 'responses' END)
