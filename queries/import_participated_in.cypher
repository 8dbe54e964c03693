// RDF import: tie actors to the events they took part in, with their role there.
// params: $rows (list of {actor_id, event_id, role}) · returns: written
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor_id}), (e:Event {id: row.event_id})
MERGE (a)-[r:PARTICIPATED_IN]->(e)
SET r.role = row.role
RETURN count(*) AS written
