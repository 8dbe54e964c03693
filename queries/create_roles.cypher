// Role edges a document states between actors ("CEO of", "member of"), each with that document and
// its passage; removed with the document's contribution, so always new.
// params: $rows (list of {subject_id, object_id, title, document_id, passage_id, since, until}) · returns: written
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject_id}), (o:Actor {id: row.object_id})
CREATE (s)-[:ROLE {title: row.title, document_id: row.document_id, passage_id: row.passage_id,
                   since: row.since, until: row.until}]->(o)
RETURN count(*) AS written
