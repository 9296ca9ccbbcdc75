// Fragment (src/db/queries.ts expandFragments; not a statement): the evidence spans of `{{owner}}`, a node or
// relationship with `evidenceIds`, each found by its unique id (an index seek per span), with its passage when
// $include holds 'passages'. An expression: a list of Evidence property maps, or null unless $include holds
// 'evidence', so a row carries spans only when the client's selection shows them.
(CASE WHEN 'evidence' IN $include THEN COLLECT {
  MATCH (ev:Evidence) WHERE ev.id IN coalesce({{owner}}.evidenceIds, [])
  RETURN ev { .*, passage: (CASE WHEN 'passages' IN $include THEN [(ev)-[:IN_PASSAGE]->(p:Passage) | p { .* }][0] END) }
} END)
