// Remove what one document contributed: the claims and events its passages evidence, the passages, the role edges it stated and its AUTHORED_BY edge. The document node stays.
// params: $document_id · returns: deleted (nodes removed)
MATCH (d:Document {id: $document_id})
OPTIONAL MATCH ()-[role:ROLE {document_id: $document_id}]->()
DELETE role
WITH DISTINCT d
OPTIONAL MATCH (d)-[authored:AUTHORED_BY]->()
DELETE authored
WITH DISTINCT d
OPTIONAL MATCH (p:Passage)-[:IN]->(d)
OPTIONAL MATCH (item)-[:EVIDENCED_BY]->(p)
WITH collect(DISTINCT p) AS passages, collect(DISTINCT item) AS items
FOREACH (n IN items | DETACH DELETE n)
FOREACH (p IN passages | DETACH DELETE p)
RETURN size(items) + size(passages) AS deleted
