// How many statements there are (the total of an unfiltered statement/page.cypher), from the count store.
// params: none
// columns: total
MATCH (s:Statement)
RETURN count(s) AS total
