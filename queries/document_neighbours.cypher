// Ids of the actors and topics tied to what one document contributed (claims, events, roles, author, resolution links).
// params: $document_id · returns: id (one row per actor or topic)
MATCH (:Document {id: $document_id})<-[:IN]-(:Passage)<-[:EVIDENCED_BY]-(item)-[]-(neighbour)
WHERE neighbour:Actor OR neighbour:Topic
RETURN DISTINCT neighbour.id AS id
UNION
MATCH (subject:Actor)-[:ROLE {document_id: $document_id}]->(object:Actor)
UNWIND [subject.id, object.id] AS id
RETURN DISTINCT id
UNION
MATCH (:Document {id: $document_id})-[:AUTHORED_BY|RESOLVED]->(author:Actor)
RETURN DISTINCT author.id AS id
