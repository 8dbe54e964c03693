// Apply curated facts to an actor: its kind (null keeps it) and its aliases (the given list).
// params: $actor_id, $kind, $aliases · returns: written
MATCH (a:Actor {id: $actor_id})
SET a.kind = coalesce($kind, a.kind), a.aliases = $aliases
RETURN count(*) AS written
