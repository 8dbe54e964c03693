// One ring of the path search (graph/path_search.py): every relationship a path may take at the given nodes, with the
// node across it. The model's entity relationships only, not IN/EVIDENCED_BY, which would join everyone quoted in the
// same article. A node is looked up under each label a path can pass, so each lookup uses that label's id index.
// params: $ids · returns: from_node, node (maps: id, label, name), edge (map: type, source, target, title, passage_id)
UNWIND $ids AS node_id
OPTIONAL MATCH (actor:Actor {id: node_id})
OPTIONAL MATCH (claim:Claim {id: node_id})
OPTIONAL MATCH (topic:Topic {id: node_id})
OPTIONAL MATCH (event:Event {id: node_id})
OPTIONAL MATCH (document:Document {id: node_id})
WITH coalesce(actor, claim, topic, event, document) AS n
MATCH (n)-[r:SAID|MENTIONS|ABOUT|PARTICIPATED_IN|ROLE|REFERS_TO|AUTHORED_BY]-(m)
RETURN {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.text)} AS from_node,
       {id: m.id, label: labels(m)[0], name: coalesce(m.name, m.title, m.text)} AS node,
       {type: type(r), source: startNode(r).id, target: endNode(r).id, title: r.title,
        passage_id: r.passage_id} AS edge
