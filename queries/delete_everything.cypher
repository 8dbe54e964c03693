// Remove every node and relationship (tests and the benchmark), in batches to stay under message limits.
// The write generation stays: counting on from where it was is what keeps caches from serving a
// response of the emptied graph's past (graph/write_generation.py).
// params: $batch · returns: deleted
MATCH (n) WHERE NOT n:WriteGeneration
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
