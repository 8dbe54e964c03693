// RDF import: create or update passages by id, each tied to its document.
// params: $rows (list of {id, start, end, text, document_id}) · returns: written
UNWIND $rows AS row
MATCH (d:Document {id: row.document_id})
MERGE (p:Passage {id: row.id})
SET p.start = row.start, p.end = row.end, p.text = row.text
MERGE (p)-[:IN]->(d)
RETURN count(*) AS written
