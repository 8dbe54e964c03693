// Every actor's id, for a full recount of the co-mention weights.
// params: none · returns: id
MATCH (a:Actor)
RETURN a.id AS id
