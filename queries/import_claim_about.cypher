// RDF import: tie claims to their topics.
// params: $rows (list of {claim_id, topic_id}) · returns: written
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id}), (t:Topic {id: row.topic_id})
MERGE (c)-[:ABOUT]->(t)
RETURN count(*) AS written
