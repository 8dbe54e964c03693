// Keep each given actor's strongest co-mentions on the actor (graph/co_mentions.py list_strongest): parallel lists,
// strongest first, what a drawing reads for the links among its actors without walking every partner's edge.
// params: $rows (list of {id, ids, counts}) · returns: written
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.strongest_ids = row.ids, a.strongest_counts = row.counts
RETURN count(*) AS written
