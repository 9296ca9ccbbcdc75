// Evidence spans (quote + offsets) of one article, each tied to its passage. Index-backed: passage and evidence
// are unique-id seeks and IN_PASSAGE is merged between the two bound nodes (EXPLAIN on an empty and on a loaded
// store: NodeUniqueIndexSeek, Expand(Into); its Eager holds this batch's rows).
// params: $articleId: string, $evidence: EvidenceWrite[]
// columns: none
UNWIND $evidence AS e
MATCH (p:Passage {id: e.passageId})
MERGE (ev:Evidence {id: e.id})
SET ev.articleId = $articleId, ev.passageId = e.passageId, ev.start = e.start, ev.end = e.end, ev.quote = e.quote
MERGE (ev)-[:IN_PASSAGE]->(p)
