// Readiness probe: answers when the database accepts queries.
// params: none
// columns: ok: number
RETURN 1 AS ok
