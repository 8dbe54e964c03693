// Benchmark baseline: bare CREATE of IN relationships (Passage to Document, found by id) (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
MATCH (a:Passage {id: row.source}), (b:Document {id: row.target})
CREATE (a)-[:IN]->(b)
RETURN count(*) AS written
