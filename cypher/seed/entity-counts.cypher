// Each listed entity's mentionCount (its evidence spans over MENTIONED_IN: every place an article names it) and
// degree (its distinct entity-to-entity relations, either direction: what `relations` lists), recomputed from the
// graph after an article's writes, so they stay right when several articles mention or link one entity. With
// them go the list order keys `mentionsKey` and `degreeKey`: the count zero-padded to COUNT_KEY_DIGITS digits, a
// space, the id (countSortKey in src/graph/vocabulary.ts builds the same from a cursor), so an entity page walks
// the range index entity_mentions_key or entity_degree_key from the cursor, ties by id included, reading only the
// page. seed/load.ts passes the entities the article touches: its own and the ends of its relations.
// Index-backed: each row is a unique-id seek, then the entity's own relationships.
// params: $ids: string[]
// columns: none
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n,
     reduce(total = 0, spans IN [(n)-[m:MENTIONED_IN]->(:Passage) | size(m.evidenceIds)] | total + spans) AS mentionCount,
     COUNT { MATCH (n)-[r]-(:Entity) RETURN DISTINCT r } AS degree
SET n.mentionCount = mentionCount,
    n.degree = degree,
    n.mentionsKey = right('0000000000' + toString(mentionCount), 10) + ' ' + n.id,
    n.degreeKey = right('0000000000' + toString(degree), 10) + ' ' + n.id
