// RDF import: ROLE edges by (subject, object, title, document), with their passage and dates. A role
// without dcterms:source is stated by its passage's document (MERGE refuses a null key on Neo4j).
// params: $rows (list of {subject_id, object_id, title, document_id, passage_id, since, until}) · returns: written
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject_id}), (o:Actor {id: row.object_id})
OPTIONAL MATCH (:Passage {id: row.passage_id})-[:IN]->(stated_in:Document)
WITH s, o, row, coalesce(row.document_id, stated_in.id) AS document_id
WHERE document_id IS NOT NULL
MERGE (s)-[r:ROLE {title: row.title, document_id: document_id}]->(o)
SET r.passage_id = row.passage_id, r.since = row.since, r.until = row.until
RETURN count(*) AS written
