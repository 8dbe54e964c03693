// The nodes a path passes, as a path shows them: id, label and a name (an actor's or topic's name, a document's title,
// a claim's text). Each id is looked up under each label a path can pass, so each lookup uses that label's id index.
// params: $ids · returns: node (map: id, label, name)
UNWIND $ids AS node_id
OPTIONAL MATCH (actor:Actor {id: node_id})
OPTIONAL MATCH (claim:Claim {id: node_id})
OPTIONAL MATCH (topic:Topic {id: node_id})
OPTIONAL MATCH (event:Event {id: node_id})
OPTIONAL MATCH (document:Document {id: node_id})
WITH coalesce(actor, claim, topic, event, document) AS n
WHERE n IS NOT NULL
RETURN {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.text)} AS node
