// RDF import: ROLE edges by (subject, object, title, document), with their passage and dates.
// params: $rows (list of {subject_id, object_id, title, document_id, passage_id, since, until}) · returns: written
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject_id}), (o:Actor {id: row.object_id})
MERGE (s)-[r:ROLE {title: row.title, document_id: row.document_id}]->(o)
SET r.passage_id = row.passage_id, r.since = row.since, r.until = row.until
RETURN count(*) AS written
