// Empties the graph (seed --reset). Runs inside the seed's single transaction, so a failed load undoes it too.
// params: none
// columns: none
MATCH (n) DETACH DELETE n
