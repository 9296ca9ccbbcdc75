// Articles by id (batched for DataLoader).
// params: $ids
// columns: article
MATCH (a:Article) WHERE a.id IN $ids
RETURN a { .* } AS article
