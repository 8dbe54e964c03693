// Create or update passages and tie each to its document.
// params: $document_id, $rows (list of {id, start, end, text}) · returns: written
MATCH (d:Document {id: $document_id})
UNWIND $rows AS row
MERGE (p:Passage {id: row.id})
SET p.start = row.start, p.end = row.end, p.text = row.text
MERGE (p)-[:IN]->(d)
RETURN count(*) AS written
