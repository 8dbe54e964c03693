// How many Topic nodes the graph holds: the total of the topics list.
// params: none · returns: count (one row)
MATCH (n:Topic)
RETURN count(n) AS count
