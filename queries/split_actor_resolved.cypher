// Split, last step: the documents' RESOLVED edges that carry $alias go to the actor split off,
// marked with $tag for the undo (the other split_actor_* queries find their documents by them).
// params: $from_id, $to_id, $alias, $tag · returns: moved
MATCH (from:Actor {id: $from_id}), (to:Actor {id: $to_id})
MATCH (x:Document)-[r:RESOLVED {alias: $alias}]->(from)
CREATE (x)-[n:RESOLVED]->(to)
SET n = properties(r), n.merged_from = $tag
DELETE r
RETURN count(*) AS moved
