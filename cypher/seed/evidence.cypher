// Evidence spans (quote + offsets) of one article, each tied to its passage.
// params: $articleId, $evidence
// columns: none
UNWIND $evidence AS e
MATCH (p:Passage {id: e.passageId})
MERGE (ev:Evidence {id: e.id})
SET ev.articleId = $articleId, ev.passageId = e.passageId, ev.start = e.start, ev.end = e.end, ev.quote = e.quote
MERGE (ev)-[:IN_PASSAGE]->(p)
