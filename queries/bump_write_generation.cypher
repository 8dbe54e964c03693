// Count one more write: every write transaction runs this last, in the same transaction, so a
// reader that sees the new number also sees the write (graph/write_generation.py).
// params: none · returns: generation
MERGE (g:WriteGeneration {id: 'graph'})
SET g.generation = coalesce(g.generation, 0) + 1
RETURN g.generation AS generation
