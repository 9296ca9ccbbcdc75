// Fragment (src/db/queries.ts expandFragments; not a statement): every place the entity `{{owner}}` is named
// (MENTIONED_IN → its evidence spans, each a unique-index seek), in reading order: a list of Evidence maps.
COLLECT {
  MATCH ({{owner}})-[m:MENTIONED_IN]->(:Passage)
  UNWIND m.evidenceIds AS evidenceId
  MATCH (ev:Evidence {id: evidenceId})
  WITH ev ORDER BY ev.articleId, ev.start
  RETURN ev { .* }
}
