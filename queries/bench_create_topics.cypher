// Benchmark baseline: bare CREATE of Topic nodes with no uniqueness check (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
CREATE (n:Topic)
SET n = row
RETURN count(*) AS written
