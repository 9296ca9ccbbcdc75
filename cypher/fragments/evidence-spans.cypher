// Fragment (src/db/queries.ts expandFragments; not a statement): the evidence spans of `{{owner}}`, a node or
// relationship with `evidenceIds`, each found by its unique id (an index seek per span), in text order, with its
// passage when $include holds 'passages', or only its offsets and words when it holds 'quotesOnly'. An
// expression: a list of Evidence property maps, or null unless $include holds 'evidence', so a row carries spans
// only when the client's selection shows them. On a page of 33 statements that read only their quotes, the ids,
// article and passage ids were a fifth of the row's bytes.
{{#if evidence}}COLLECT {
  MATCH (ev:Evidence) WHERE ev.id IN coalesce({{owner}}.evidenceIds, [])
  RETURN {{#if quotesOnly}}ev { .start, .end, .quote }{{#else}}ev { .*, passage: {{#if passages}}[(ev)-[:IN_PASSAGE]->(p:Passage) | p { .* }][0]{{#else}}null{{/if}} }{{/if}}
    ORDER BY ev.articleId, ev.start, ev.end
}{{#else}}null{{/if}}
