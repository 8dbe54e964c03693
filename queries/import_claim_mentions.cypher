// RDF import: tie claims to the actors they mention.
// params: $rows (list of {claim_id, actor_id}) · returns: written
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id}), (a:Actor {id: row.actor_id})
MERGE (c)-[:MENTIONS]->(a)
RETURN count(*) AS written
