// Merge and its undo: move one actor's participations to another (one edge per actor and
// event); $tag marks the moved edges (null on undo), and when $only_tagged is given only the
// edges so marked move (the undo).
// params: $from_id, $to_id, $tag, $only_tagged · returns: moved
MATCH (from:Actor {id: $from_id}), (to:Actor {id: $to_id})
MATCH (from)-[r:PARTICIPATED_IN]->(x)
WHERE $only_tagged IS NULL OR r.merged_from = $only_tagged
MERGE (to)-[n:PARTICIPATED_IN]->(x)
ON CREATE SET n.role = r.role, n.merged_from = $tag
DELETE r
RETURN count(*) AS moved
