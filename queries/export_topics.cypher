// One batch of topics for export, by id after $after_id; only those in $ids unless it is null (all).
// params: $ids, $after_id, $limit · returns: topic (map)
MATCH (t:Topic)
WHERE ($after_id IS NULL OR t.id > $after_id) AND ($ids IS NULL OR t.id IN $ids)
WITH t ORDER BY t.id LIMIT $limit
RETURN t {.id, .name, .aliases, .curated} AS topic
