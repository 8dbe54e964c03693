// Remove every node and relationship (tests and `saidwhen db reset`), in batches to stay under message limits.
// params: $batch · returns: deleted
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
