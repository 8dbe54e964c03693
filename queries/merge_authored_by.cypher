// Tie a document to its author.
// params: $document_id, $actor_id · returns: written
MATCH (d:Document {id: $document_id}), (a:Actor {id: $actor_id})
MERGE (d)-[:AUTHORED_BY]->(a)
RETURN count(*) AS written
