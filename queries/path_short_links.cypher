// The paths of one or two steps between two actors, found whole (the ring search of graph/path_search.py follows only
// the first relationships of a hub): whether a relationship ties them, and the nodes each is tied to on one side.
// params: $from_id, $to_id · returns: direct (boolean), middles (ids, a node once per pair of relationships)
MATCH (a:Actor {id: $from_id}), (b:Actor {id: $to_id})
RETURN EXISTS { (a)-[:SAID|MENTIONS|ABOUT|PARTICIPATED_IN|ROLE|REFERS_TO|AUTHORED_BY]-(b) } AS direct,
       [(a)-[:SAID|MENTIONS|ABOUT|PARTICIPATED_IN|ROLE|REFERS_TO|AUTHORED_BY]-(m)-[:SAID|MENTIONS|ABOUT|PARTICIPATED_IN|ROLE|REFERS_TO|AUTHORED_BY]-(b) | m.id] AS middles
