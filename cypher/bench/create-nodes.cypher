// The seed benchmark's ceiling (bench/seed-ceiling.ts): the same nodes the seed step writes, created with a
// plain CREATE and no existence checks. Every node also gets :BenchNode, whose id constraint finds link ends.
// params: $rows: Record<string, unknown>[]
// columns: none
UNWIND $rows AS r
CREATE (n:BenchNode:$(r.labels))
SET n = r.props
