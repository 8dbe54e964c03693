// How many write transactions the graph has seen, and the counter's epoch (no row before the
// first write).
// params: none · returns: epoch, generation
MATCH (g:WriteGeneration {id: 'graph'})
RETURN g.epoch AS epoch, g.generation AS generation
