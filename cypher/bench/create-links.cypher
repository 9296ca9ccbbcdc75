// The seed benchmark's ceiling (bench/seed-ceiling.ts): the same relationships the seed step writes, created
// with a plain CREATE between ends found by one id index (unique-id seeks), no existence checks.
// params: $rows: Record<string, unknown>[]
// columns: none
UNWIND $rows AS r
MATCH (a:BenchNode {id: r.fromId})
MATCH (b:BenchNode {id: r.toId})
CREATE (a)-[rel:$(r.type)]->(b)
SET rel = r.props
