// One chunk of the statements export filtered by speakers, addressees, subjects or events (and optionally the
// other filters), ordered like export/statements.cypher. The same search as statement/page-linked.cypher: it
// starts from the anchors ($anchorIds, one of the id lists, with $anchorLink the link that filter follows, a fixed
// allow-list compared as a value), each found by two unique-index seeks, and expands only their incoming links,
// so a chunk costs what those nodes' statements cost, never the number of statements in the graph. `missing`
// lists the ids of $checkIds that name no entity or statement (two unique-index seeks each), so the export can
// answer 400 naming them before it writes anything.
// params: $checkIds: string[], $anchorIds: string[], $anchorLink: StatementLinkType, $speakerIds: string[] | null, $addresseeIds: string[] | null, $aboutIds: string[] | null, $eventIds: string[] | null, $forms: StatementForm[] | null, $acts: StatementAct[] | null, $afterDay: string | null, $afterId: string | null, $limit: Integer, $include: Include[]
// columns: missing: string[], statements: StatementRow[]
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
  WITH s WHERE $afterId IS NULL OR s.sortDay > $afterDay OR (s.sortDay = $afterDay AND s.id > $afterId)
  WITH s ORDER BY s.sortDay, s.id LIMIT $limit
  RETURN collect({{> statement-row s}}) AS statements
}
RETURN missing, statements
