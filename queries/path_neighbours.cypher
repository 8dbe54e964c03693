// One ring of the path search (graph/path_search.py): at each given node, the ids across every relationship a path may
// take, the first $per_node of them, and how many there are (a hub has more than the search follows). The model's
// entity relationships only, not IN/EVIDENCED_BY, which would join everyone quoted in the same article. A node is looked
// up under each label a path can pass, so each lookup uses that label's id index. Ids only, in one row: on the embedded
// server every returned row, label or relationship property costs more than walking the relationship, so
// graph/path_search.py reads the details of the few steps its paths take afterwards (path_nodes, path_edges).
// params: $ids, $per_node · returns: rings (list of [id, degree, [neighbour ids]])
UNWIND $ids AS node_id
OPTIONAL MATCH (actor:Actor {id: node_id})
OPTIONAL MATCH (claim:Claim {id: node_id})
OPTIONAL MATCH (topic:Topic {id: node_id})
OPTIONAL MATCH (event:Event {id: node_id})
OPTIONAL MATCH (document:Document {id: node_id})
WITH coalesce(actor, claim, topic, event, document) AS n
MATCH (n)-[:SAID|MENTIONS|ABOUT|PARTICIPATED_IN|ROLE|REFERS_TO|AUTHORED_BY]-(m)
WITH n.id AS id, collect(m.id) AS neighbours
RETURN collect([id, size(neighbours), neighbours[..$per_node]]) AS rings
