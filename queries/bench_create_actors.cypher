// Benchmark baseline: bare CREATE of Actor nodes with no uniqueness check (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
CREATE (n:Actor)
SET n = row
RETURN count(*) AS written
