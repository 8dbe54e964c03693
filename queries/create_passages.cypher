// Create a document's passages and tie each to it. The writer removes a document's earlier
// contribution before writing a new version, so these are always new: CREATE, not MERGE.
// params: $document_id, $rows (list of {id, start, end, text}) · returns: written
MATCH (d:Document {id: $document_id})
UNWIND $rows AS row
CREATE (p:Passage {id: row.id, start: row.start, end: row.end, text: row.text})-[:IN]->(d)
RETURN count(*) AS written
