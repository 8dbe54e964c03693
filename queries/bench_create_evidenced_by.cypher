// Benchmark baseline: bare CREATE of EVIDENCED_BY relationships (Claim to Passage, found by id) (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
MATCH (a:Claim {id: row.source}), (b:Passage {id: row.target})
CREATE (a)-[:EVIDENCED_BY]->(b)
RETURN count(*) AS written
