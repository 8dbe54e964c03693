// Topics in id order after a cursor, each with how many claims are about it.
// params: $after_id, $limit · returns: topic (map: id, name, aliases, claims)
MATCH (t:Topic)
WHERE $after_id IS NULL OR t.id > $after_id
RETURN t {.id, .name, aliases: coalesce(t.aliases, []), claims: COUNT { MATCH (:Claim)-[:ABOUT]->(t) }} AS topic
ORDER BY t.id
LIMIT $limit
