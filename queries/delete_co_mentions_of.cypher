// Remove every co-mention edge of the given actors, before they are counted again from their claims.
// params: $ids · returns: deleted
UNWIND $ids AS actor_id
MATCH (:Actor {id: actor_id})-[r:CO_MENTIONED]-(:Actor)
WITH DISTINCT r
DELETE r
RETURN count(*) AS deleted
