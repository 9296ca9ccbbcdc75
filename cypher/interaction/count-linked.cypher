// statementCounts filtered by speakers, addressees, subjects or events (and maybe acts and forms): the statements
// are found as statement/page-linked.cypher finds them (from the anchors, $anchorIds over $anchorLink, every other
// filter checked on each; `missing` lists the ids of $checkIds that name no entity or statement), then grouped
// (cypher/fragments/statement-count-groups.cypher). The cost follows the statements the filters match.
// params: $checkIds: string[], $anchorIds: string[], $anchorLink: StatementLinkType, $speakerIds: string[] | null, $addresseeIds: string[] | null, $aboutIds: string[] | null, $eventIds: string[] | null, $forms: StatementForm[] | null, $acts: StatementAct[] | null, $groupBy: StatementGroupBy, $limit: Integer
// columns: missing: string[], total: number, groups: StatementGroupRow[]
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
{{> statement-count-groups matches}}
RETURN missing, size(matches) AS total, groups
