// What the graph already stores under the ids an article to import declares, for the import's cross-article
// checks (src/importing/importer.ts): a stored entity's kind, or that a statement holds the id. The loader merges
// by id across articles, so an id must name the same kind of thing in every article (as seed/annotations/read.ts
// checks between folders). Index-backed: unique-id seeks on :Entity and :Statement.
// params: $ids: string[]
// columns: id: string, category: string, kind: string | null
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN 'ENTITY' AS category, n.kind AS kind
  UNION
  MATCH (n:Statement {id: id})
  RETURN 'STATEMENT' AS category, null AS kind
}
RETURN id, category, kind
