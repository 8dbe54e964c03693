// The topics among the given ids that exist already, with their aliases (the writer creates the rest).
// params: $ids · returns: id, aliases, curated
UNWIND $ids AS id
MATCH (n:Topic {id: id})
RETURN n.id AS id, n.aliases AS aliases, coalesce(n.curated, false) AS curated
