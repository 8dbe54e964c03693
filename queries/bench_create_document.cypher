// Benchmark baseline: bare CREATE of one Document node (bench/writer_bench.py).
// params: $row · returns: written
CREATE (d:Document)
SET d = $row
RETURN count(*) AS written
