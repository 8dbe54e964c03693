// Actors who took part in the same events as one actor.
// params: $actor_id · returns: other_id, other_name, other_kind, strength, event_ids
MATCH (a:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(other:Actor)
WHERE other.id <> a.id
WITH other, collect(DISTINCT e.id) AS event_ids
RETURN other.id AS other_id, other.name AS other_name, other.kind AS other_kind,
       size(event_ids) AS strength, event_ids
ORDER BY strength DESC, other_id
