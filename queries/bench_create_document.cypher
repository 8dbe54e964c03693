// Benchmark baseline: bare CREATE of Document nodes (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
CREATE (d:Document)
SET d = row
RETURN count(*) AS written
