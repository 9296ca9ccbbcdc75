// One page of statements filtered by speakers, addressees, subjects or events (and optionally the other filters),
// ordered like statement/page.cypher (a variant per key and direction; the same keys and bounds). Within a filter
// any listed id matches; across filters all must. The search
// starts from the anchors: $anchorIds is one of the id lists (chosen by the repository) and $anchorLink the link
// that filter follows (SAID_BY, ADDRESSED_TO, ABOUT or MADE_AT, a fixed allow-list compared as a value). Each
// anchor is found by two unique-index seeks (an entity or a statement: ABOUT may point at either) and only its
// incoming links are expanded, so the cost follows those nodes' statements, not the number of statements in the
// graph. The other filters are checked on each of them. The sort reads every match anyway, so their number is the
// total at no extra cost. `missing` lists the ids of $checkIds (every id filter's ids) that name no entity or
// statement, two unique-index seeks each, so the API can say so instead of answering with an empty page.
// Each statement carries its links and evidence when $include asks (cypher/fragments/statement-extras.cypher).
// variants: key=dateKey|speakerKey, direction=ASC|DESC
// params: $checkIds: string[], $anchorIds: string[], $anchorLink: StatementLinkType, $speakerIds: string[] | null, $addresseeIds: string[] | null, $aboutIds: string[] | null, $eventIds: string[] | null, $forms: StatementForm[] | null, $acts: StatementAct[] | null, $above: string, $below: string, $limit: Integer, $include: Include[]
// columns: missing: string[], total: number, statements: StatementRow[]
CALL () {
  UNWIND $checkIds AS id
  OPTIONAL CALL (id) {
    MATCH (x:Entity {id: id}) RETURN x
    UNION
    MATCH (x:Statement {id: id}) RETURN x
  }
  WITH id, x WHERE x IS NULL
  RETURN collect(id) AS missing
}
CALL () {
  UNWIND $anchorIds AS anchorId
  CALL (anchorId) {
    MATCH (a:Entity {id: anchorId}) RETURN a
    UNION
    MATCH (a:Statement {id: anchorId}) RETURN a
  }
  MATCH (a)<-[link:SAID_BY|ADDRESSED_TO|ABOUT|MADE_AT]-(s:Statement)
  WHERE type(link) = $anchorLink
    AND ($speakerIds IS NULL OR EXISTS { MATCH (s)-[:SAID_BY]->(t) WHERE t.id IN $speakerIds })
    AND ($addresseeIds IS NULL OR EXISTS { MATCH (s)-[:ADDRESSED_TO]->(t) WHERE t.id IN $addresseeIds })
    AND ($aboutIds IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id IN $aboutIds })
    AND ($eventIds IS NULL OR EXISTS { MATCH (s)-[:MADE_AT]->(t) WHERE t.id IN $eventIds })
    AND ($forms IS NULL OR s.form IN $forms)
    AND ($acts IS NULL OR s.act IN $acts)
  RETURN collect(DISTINCT s) AS matches
}
CALL (matches) {
  UNWIND matches AS s
  WITH s WHERE s.{{key}} > $above AND s.{{key}} < $below
  WITH s ORDER BY s.{{key}} {{direction}} LIMIT $limit
  RETURN collect({{> statement-row s}}) AS statements
}
RETURN missing, size(matches) AS total, statements
