// Tie documents to their authors.
// params: $rows (list of {document_id, actor_id}) · returns: written
UNWIND $rows AS row
MATCH (d:Document {id: row.document_id}), (a:Actor {id: row.actor_id})
MERGE (d)-[:AUTHORED_BY]->(a)
RETURN count(*) AS written
