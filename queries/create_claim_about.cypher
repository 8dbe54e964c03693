// Tie a document's new claims to the topics they are about.
// params: $rows (list of {claim_id, topic_id}) · returns: written
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim_id}), (t:Topic {id: row.topic_id})
CREATE (c)-[:ABOUT]->(t)
RETURN count(*) AS written
