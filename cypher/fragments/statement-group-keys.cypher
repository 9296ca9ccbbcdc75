// Fragment: the groups statement `{{owner}}` counts in for statementCounts(groupBy: $groupBy), as a list of keys:
// the ids its SAID_BY, ADDRESSED_TO, ABOUT or MADE_AT links point at (none, one or several), its act, or its
// month (cypher/fragments/statement-month.cypher; a list of one, null when undated).
CASE $groupBy
  WHEN 'SPEAKER' THEN [({{owner}})-[:SAID_BY]->(gk) | gk.id]
  WHEN 'ADDRESSEE' THEN [({{owner}})-[:ADDRESSED_TO]->(gk) | gk.id]
  WHEN 'ABOUT' THEN [({{owner}})-[:ABOUT]->(gk) | gk.id]
  WHEN 'EVENT' THEN [({{owner}})-[:MADE_AT]->(gk) | gk.id]
  WHEN 'ACT' THEN [{{owner}}.act]
  ELSE [{{> statement-month {{owner}}}}]
END
