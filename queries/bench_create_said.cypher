// Benchmark baseline: bare CREATE of SAID relationships (Actor to Claim, found by id) (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Claim {id: row.target})
CREATE (a)-[:SAID]->(b)
RETURN count(*) AS written
