// Remove an actor's name entries for the given keys (all of them when $keys is null).
// params: $actor_id, $keys · returns: deleted
MATCH (n:ActorName {actor_id: $actor_id})
WHERE $keys IS NULL OR n.key IN $keys
DELETE n
RETURN count(*) AS deleted
