// Evidence spans by id, batched for DataLoader: relations, statements and events carry `evidenceIds`.
// params: $ids: string[]
// columns: evidence: EvidenceNode
MATCH (ev:Evidence) WHERE ev.id IN $ids
RETURN ev { .* } AS evidence
