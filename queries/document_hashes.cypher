// The content hashes of those among the given documents that exist (the writer skips unchanged ones).
// params: $ids · returns: id, sha256
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.sha256 AS sha256
