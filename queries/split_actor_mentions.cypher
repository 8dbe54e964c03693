// Split: move the mentions edges that documents naming the actor $alias gave it (those whose
// RESOLVED edge carries that alias) to the actor split off, marked with $tag for the undo.
// params: $from_id, $to_id, $alias, $tag · returns: moved
MATCH (from:Actor {id: $from_id}), (to:Actor {id: $to_id})
MATCH (d:Document)-[:RESOLVED {alias: $alias}]->(from)
MATCH (d)<-[:IN]-(:Passage)<-[:EVIDENCED_BY]-(x:Claim)-[r:MENTIONS]->(from)
WHERE x <> to
CREATE (x)-[n:MENTIONS]->(to)
SET n = properties(r), n.merged_from = $tag
DELETE r
RETURN count(*) AS moved
