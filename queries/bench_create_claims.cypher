// Benchmark baseline: bare CREATE of Claim nodes with no uniqueness check (bench/writer_bench.py).
// params: $rows · returns: written
UNWIND $rows AS row
CREATE (n:Claim)
SET n = row
RETURN count(*) AS written
