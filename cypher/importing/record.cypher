// Records one import (src/importing/importer.ts) in the article's own transaction: who (the API key's label and
// role), when, the content hash of what was sent and the counts written, linked to the article it created.
// Index-backed: one unique-id seek on :Article.
// params: $id: string, $articleId: string, $keyLabel: string | null, $role: string, $contentSha256: string, $counts: Record<string, Integer>
// columns: none
MATCH (a:Article {id: $articleId})
CREATE (i:Import {id: $id, at: datetime(), keyLabel: $keyLabel, role: $role, contentSha256: $contentSha256})-[:IMPORTED]->(a)
SET i += $counts
