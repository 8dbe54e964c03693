// One batch of actors for export, by id after $after_id; only those in $ids unless it is null (all).
// params: $ids, $after_id, $limit · returns: actor (map)
MATCH (a:Actor)
WHERE ($after_id IS NULL OR a.id > $after_id) AND ($ids IS NULL OR a.id IN $ids)
WITH a ORDER BY a.id LIMIT $limit
RETURN a {.id, .name, .kind, .aliases, .curated} AS actor
