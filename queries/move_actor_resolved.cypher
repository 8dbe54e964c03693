// Merge and its undo: move one actor's resolved edges to another, keeping their properties;
// $tag marks the moved edges (the merged actor's id, or null on undo), and when $only_tagged is
// given only the edges so marked move (the undo). An edge that would join the actor to itself stays.
// params: $from_id, $to_id, $tag, $only_tagged · returns: moved
MATCH (from:Actor {id: $from_id}), (to:Actor {id: $to_id})
MATCH (x)-[r:RESOLVED]->(from)
WHERE ($only_tagged IS NULL OR r.merged_from = $only_tagged) AND x <> to
CREATE (x)-[n:RESOLVED]->(to)
SET n = properties(r), n.merged_from = $tag
DELETE r
RETURN count(*) AS moved
