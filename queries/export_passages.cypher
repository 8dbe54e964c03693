// One batch of passages for export, by id after $after_id; only those in $ids unless it is null (all).
// Projects, then sorts: the embedded server sorts a WITH's input rows, every bound node (a document's whole text) included.
// params: $ids, $after_id, $limit · returns: passage (map)
MATCH (p:Passage)-[:IN]->(d:Document)
WHERE ($after_id IS NULL OR p.id > $after_id) AND ($ids IS NULL OR p.id IN $ids)
WITH p, d.id AS document_id
WITH p, document_id ORDER BY p.id LIMIT $limit
RETURN p {.id, .start, .end, .text, document_id: document_id} AS passage
