// RDF import: tie claims to the events they refer to.
// params: $rows (list of {claim_id, event_id}) · returns: written
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id}), (e:Event {id: row.event_id})
MERGE (c)-[:REFERS_TO]->(e)
RETURN count(*) AS written
