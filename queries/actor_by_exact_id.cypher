// The actor whose id is one of the two given (an id as given, or the id of a key), by the id index.
// params: $id_or_name, $key_id · returns: id (at most one row)
UNWIND [$id_or_name, $key_id] AS candidate
MATCH (a:Actor {id: candidate})
RETURN a.id AS id
LIMIT 1
