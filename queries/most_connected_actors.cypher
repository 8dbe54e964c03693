// The actors with the most relationships of any kind, for a graph with no centre.
// params: $limit · returns: id, degree
MATCH (a:Actor)
WITH a, COUNT { (a)--() } AS degree
ORDER BY degree DESC, a.id
LIMIT $limit
RETURN a.id AS id, degree
