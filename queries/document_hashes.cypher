// The content hashes of those among the given documents that exist (the writer skips unchanged ones).
// params: $ids · returns: found (list of {id, sha256})
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN collect({id: d.id, sha256: d.sha256}) AS found
