// Documents by content hash.
// params: none · returns: nothing
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256)
