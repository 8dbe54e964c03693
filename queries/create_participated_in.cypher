// Tie actors to a document's new events.
// params: $rows (list of {actor_id, event_id, role}) · returns: written
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor_id}), (e:Event {id: row.event_id})
CREATE (a)-[:PARTICIPATED_IN {role: row.role}]->(e)
RETURN count(*) AS written
