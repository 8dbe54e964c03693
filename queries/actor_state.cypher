// An actor's name, kind and aliases, or no row (what a curation changes, kept for its undo).
// params: $actor_id · returns: id, name, kind, aliases
MATCH (a:Actor {id: $actor_id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases
