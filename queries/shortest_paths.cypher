// All shortest paths between two actors over the model's entity relationships (not IN/EVIDENCED_BY,
// which would join everyone quoted in the same article). Variable-length bounds cannot be
// parameters in Cypher, so the search stops at the API's maximum (6) and the length is
// filtered afterwards: all shortest paths share one length, so a path longer than $max_hops
// means there is none within it.
// params: $from_id, $to_id, $max_hops, $limit · returns: nodes (list of maps), edges (list of maps)
MATCH (a:Actor {id: $from_id}), (b:Actor {id: $to_id})
MATCH p = allShortestPaths((a)-[:SAID|MENTIONS|ABOUT|PARTICIPATED_IN|ROLE|REFERS_TO|AUTHORED_BY*..6]-(b))
WITH p WHERE length(p) <= $max_hops
WITH p LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.text)}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                                 title: r.title, passage_id: r.passage_id}] AS edges
