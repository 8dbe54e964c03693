// The actors with the most relationships of the model (not the co-mention weights kept for drawing, which repeat
// what their claims say), for a graph with no centre.
// params: $limit · returns: id, degree
MATCH (a:Actor)
WITH a, COUNT { (a)-[:SAID|MENTIONS|PARTICIPATED_IN|ROLE|AUTHORED_BY|RESOLVED]-() } AS degree
ORDER BY degree DESC, a.id
LIMIT $limit
RETURN a.id AS id, degree
