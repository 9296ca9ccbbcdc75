// The content hash recorded for an article at its last load (null when it was never loaded).
// params: $id
// columns: contentSha256
OPTIONAL MATCH (a:Article {id: $id})
RETURN a.contentSha256 AS contentSha256
