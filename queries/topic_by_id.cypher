// One topic with how many claims are about it, or no row.
// params: $topic_id · returns: topic (map: id, name, aliases, claims)
MATCH (t:Topic {id: $topic_id})
RETURN t {.id, .name, aliases: coalesce(t.aliases, []), claims: COUNT { MATCH (:Claim)-[:ABOUT]->(t) }} AS topic
