// The content hash recorded for an article at its last load (null when it was never loaded).
// Index-backed: one unique-id seek on :Article (EXPLAIN: NodeUniqueIndexSeek).
// params: $id: string
// columns: contentSha256: string | null
OPTIONAL MATCH (a:Article {id: $id})
RETURN a.contentSha256 AS contentSha256
