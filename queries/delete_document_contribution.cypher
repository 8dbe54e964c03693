// Remove what one document contributed: the claims its passages evidence, the events no other
// document evidences, the passages, the role edges it stated, its resolution links and its
// AUTHORED_BY edge. The document node stays.
// params: $document_id · returns: deleted (nodes removed)
MATCH (d:Document {id: $document_id})
OPTIONAL MATCH ()-[role:ROLE {document_id: $document_id}]->()
DELETE role
WITH DISTINCT d
OPTIONAL MATCH (d)-[authored:AUTHORED_BY|RESOLVED]->()
DELETE authored
WITH DISTINCT d
OPTIONAL MATCH (p:Passage)-[:IN]->(d)
OPTIONAL MATCH (item)-[:EVIDENCED_BY]->(p)
WITH collect(DISTINCT p) AS passages, collect(DISTINCT item) AS items
WITH passages, [item IN items WHERE NOT EXISTS {
  MATCH (item)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(other:Document) WHERE other.id <> $document_id
}] AS owned
FOREACH (n IN owned | DETACH DELETE n)
FOREACH (p IN passages | DETACH DELETE p)
RETURN size(owned) + size(passages) AS deleted
