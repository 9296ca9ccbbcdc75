// The id index the ceiling's CREATE finds relationship ends through (bench/seed-ceiling.ts).
// params: none
// columns: none
CREATE CONSTRAINT bench_node_id IF NOT EXISTS FOR (n:BenchNode) REQUIRE n.id IS UNIQUE
