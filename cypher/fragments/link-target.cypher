// Fragment (src/db/queries.ts expandFragments; not a statement): the node `{{owner}}` a statement links to, as a
// property map. Whole when $include holds 'targets'; otherwise only what the GraphQL fields that need no other
// stored property read (id, name, event type, text, form, act, date; an entity's kind is named by its id's prefix,
// entityKindOf in src/graph/ids.ts), which src/statement/statement.resolver.ts asks for when the selection under
// every link stays within those. Heavy properties (descriptions, aliases, evidence ids) and the index-only ones
// (searchKey, aliasText) then stay in the database: on a page of 50 statements they were most of the bytes the
// driver decoded. The dates' first and last days are left out too:
// they follow from the date and its precision (PartialDate, src/common/partial-date.ts).
{{#if targets}}{{> node-row {{owner}}}}{{#else}}(CASE
  WHEN {{owner}}:Statement THEN {{owner}} { .id, .text, .form, .act, .date, .datePrecision, .dateText }
  WHEN {{owner}}:Event THEN {{owner}} { .id, .name, .eventType, .date, .datePrecision, .dateText }
  ELSE {{owner}} { .id, .name }
END){{/if}}
