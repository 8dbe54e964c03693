// How many actors the graph holds: the "of N" of a graph drawn without a centre.
// params: none · returns: total
MATCH (a:Actor)
RETURN count(a) AS total
