// Tie actors to documents' events; an event several documents report keeps one edge per actor.
// params: $rows (list of {actor_id, event_id, role}) · returns: written
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor_id}), (e:Event {id: row.event_id})
MERGE (a)-[r:PARTICIPATED_IN]->(e)
ON CREATE SET r.role = row.role
RETURN count(*) AS written
