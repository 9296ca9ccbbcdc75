// Evidence spans by id, batched for DataLoader: relations, statements and events carry `evidenceIds`.
// params: $ids
// columns: evidence
MATCH (ev:Evidence) WHERE ev.id IN $ids
RETURN ev { .* } AS evidence
