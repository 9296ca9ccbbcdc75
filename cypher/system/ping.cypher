// Readiness probe: answers when the database accepts queries.
// params: none
// columns: ok
RETURN 1 AS ok
