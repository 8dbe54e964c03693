// Remove one actor whose edges were moved away (a merge); no-op when it is gone already.
// params: $actor_id · returns: deleted
MATCH (a:Actor {id: $actor_id})
DETACH DELETE a
RETURN count(*) AS deleted
