// Remove the name entries of the given actor ids whose actor is gone.
// params: $ids · returns: deleted
UNWIND $ids AS id
MATCH (n:ActorName {actor_id: id})
WHERE NOT EXISTS { MATCH (:Actor {id: id}) }
DELETE n
RETURN count(*) AS deleted
