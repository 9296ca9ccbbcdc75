// One page of statements, optionally of some forms and/or acts (any listed value matches), in the order of one
// stored key, `dateKey` (date then id; undated last) or `speakerKey` (speaker's name, then date, then id;
// narrator's statements last): cypher/seed/statements.cypher writes both, each unique. This file is a family of
// variants (src/db/queries.ts), one per key and direction, as ORDER BY takes only literals; DESC is the exact
// reverse of ASC. The page holds the keys strictly between $above and $below (the cursor's key is one bound,
// src/statement/statement-order.ts), and the range index on the key (statement_date_key, statement_speaker_key)
// yields them in order from the cursor on, either way, so a page reads about $limit index entries at any size;
// form and act filter that walk. Statements filtered by speaker, subject or event start from that node instead
// (statement/page-linked.cypher). Without form or act the total comes from the count store (the same cost at any
// size); with one it is null here and statement/count-by-act|form.cypher counts it if a client asks.
// Each statement carries its links and evidence when $include asks (cypher/fragments/statement-extras.cypher).
// variants: key=dateKey|speakerKey, direction=ASC|DESC
// params: $forms: StatementForm[] | null, $acts: StatementAct[] | null, $above: string, $below: string, $limit: Integer, $include: Include[]
// columns: total: number | null, statements: StatementRow[]
CALL () {
  MATCH (s:Statement)
  RETURN count(s) AS count
}
CALL () {
  MATCH (s:Statement)
  WHERE s.{{key}} > $above AND s.{{key}} < $below
    AND ($forms IS NULL OR s.form IN $forms)
    AND ($acts IS NULL OR s.act IN $acts)
  WITH s ORDER BY s.{{key}} {{direction}} LIMIT $limit
  RETURN collect({{> statement-row s}}) AS statements
}
RETURN CASE WHEN $forms IS NULL AND $acts IS NULL THEN count END AS total, statements
