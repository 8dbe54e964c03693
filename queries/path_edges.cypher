// The relationships a path may take between each given pair of nodes, with what a path step shows: the steps of the
// paths graph/path_search.py found. The first id of a pair is looked up under each label a path can pass (its id index);
// put the end with fewer relationships first.
// params: $pairs (list of [id, id]) · returns: pair ([id, id] as given), edge (map: type, source, target, title, passage_id)
UNWIND $pairs AS pair
OPTIONAL MATCH (actor:Actor {id: pair[0]})
OPTIONAL MATCH (claim:Claim {id: pair[0]})
OPTIONAL MATCH (topic:Topic {id: pair[0]})
OPTIONAL MATCH (event:Event {id: pair[0]})
OPTIONAL MATCH (document:Document {id: pair[0]})
WITH pair, coalesce(actor, claim, topic, event, document) AS n
MATCH (n)-[r:SAID|MENTIONS|ABOUT|PARTICIPATED_IN|ROLE|REFERS_TO|AUTHORED_BY]-(m)
WHERE m.id = pair[1]
RETURN pair, {type: type(r), source: startNode(r).id, target: endNode(r).id, title: r.title,
  passage_id: r.passage_id} AS edge
