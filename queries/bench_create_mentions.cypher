// Benchmark baseline: bare CREATE of MENTIONS relationships (Claim to Actor, found by id) (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
MATCH (a:Claim {id: row.source}), (b:Actor {id: row.target})
CREATE (a)-[:MENTIONS]->(b)
RETURN count(*) AS written
