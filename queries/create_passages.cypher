// Create documents' passages and tie each to its document. The writer removes a document's earlier
// contribution before writing a new version, so these are always new: CREATE, not MERGE.
// params: $rows (list of {document_id, id, start, end, text}) · returns: written
UNWIND $rows AS row
MATCH (d:Document {id: row.document_id})
CREATE (p:Passage {id: row.id, start: row.start, end: row.end, text: row.text})-[:IN]->(d)
RETURN count(*) AS written
