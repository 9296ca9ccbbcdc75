// Every place each entity is named (MENTIONED_IN → evidence spans), in reading order; batched for DataLoader.
// params: $ids: string[]
// columns: id: string, evidence: EvidenceNode[]
UNWIND $ids AS id
MATCH (:Entity {id: id})-[m:MENTIONED_IN]->(:Passage)
UNWIND m.evidenceIds AS evidenceId
MATCH (ev:Evidence {id: evidenceId})
WITH id, ev ORDER BY ev.articleId, ev.start
RETURN id, collect(ev { .* }) AS evidence
