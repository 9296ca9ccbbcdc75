// An article's paragraphs, linked to the article and chained in reading order (NEXT). Index-backed: the article,
// each passage and its predecessor are unique-id seeks, and PART_OF/NEXT are merged between bound nodes
// (EXPLAIN on an empty and on a loaded store: NodeUniqueIndexSeek, Expand(Into); its Eager holds this batch's rows).
// params: $articleId: string, $passages: PassageWrite[]
// columns: none
MATCH (a:Article {id: $articleId})
UNWIND $passages AS p
MERGE (n:Passage {id: p.id})
SET n.articleId = $articleId, n.index = p.index, n.start = p.start, n.end = p.end, n.text = p.text
MERGE (n)-[:PART_OF]->(a)
WITH n, p
OPTIONAL MATCH (prev:Passage {id: p.previousId})
FOREACH (_ IN CASE WHEN prev IS NULL THEN [] ELSE [1] END | MERGE (prev)-[:NEXT]->(n))
