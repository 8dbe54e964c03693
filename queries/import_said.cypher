// RDF import: tie claims to their speakers.
// params: $rows (list of {actor_id, claim_id}) · returns: written
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor_id}), (c:Claim {id: row.claim_id})
MERGE (a)-[:SAID]->(c)
RETURN count(*) AS written
