// How many write transactions the graph has seen (no row before the first write).
// params: none · returns: generation
MATCH (g:WriteGeneration {id: 'graph'})
RETURN g.generation AS generation
