// Delete a document node (after its contribution was removed).
// params: $document_id · returns: deleted
MATCH (d:Document {id: $document_id})
DETACH DELETE d
RETURN count(*) AS deleted
