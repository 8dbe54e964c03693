// One document's metadata (no text), or no row.
// params: $document_id · returns: document (map)
MATCH (d:Document {id: $document_id})
RETURN d {.id, .title, .author, .published, .url, .source, .sha256, .loaded_at} AS document
