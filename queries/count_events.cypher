// How many Event nodes the graph holds: the home page's count of events.
// params: none · returns: count (one row)
MATCH (n:Event)
RETURN count(n) AS count
