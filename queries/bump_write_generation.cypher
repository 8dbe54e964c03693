// Count one more write: every write transaction runs this last, in the same transaction, so a
// reader that sees the new number also sees the write (graph/write_generation.py). The epoch,
// set once, tells this database's counter from that of a database that replaced it.
// params: $epoch · returns: generation
MERGE (g:WriteGeneration {id: 'graph'})
ON CREATE SET g.epoch = $epoch
SET g.generation = coalesce(g.generation, 0) + 1
RETURN g.generation AS generation
