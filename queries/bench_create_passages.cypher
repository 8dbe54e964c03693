// Benchmark baseline: bare CREATE of Passage nodes with no uniqueness check (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
CREATE (n:Passage)
SET n = row
RETURN count(*) AS written
