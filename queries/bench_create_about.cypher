// Benchmark baseline: bare CREATE of ABOUT relationships (Claim to Topic, found by id) (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
MATCH (a:Claim {id: row.source}), (b:Topic {id: row.target})
CREATE (a)-[:ABOUT]->(b)
RETURN count(*) AS written
