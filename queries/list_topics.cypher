// Topics after a cursor, each with how many claims are about it: in id order, or most claims first (then id) when $by_claims.
// params: $by_claims, $after_claims, $after_id, $limit · returns: topic (map: id, name, aliases, claims)
MATCH (t:Topic)
WITH t, COUNT { MATCH (:Claim)-[:ABOUT]->(t) } AS claims
WHERE $after_id IS NULL
   OR (NOT $by_claims AND t.id > $after_id)
   OR ($by_claims AND (claims < $after_claims OR (claims = $after_claims AND t.id > $after_id)))
WITH t, claims, CASE WHEN $by_claims THEN claims END AS most_claims
ORDER BY most_claims DESC, t.id
LIMIT $limit
RETURN t {.id, .name, aliases: coalesce(t.aliases, []), claims: claims} AS topic
ORDER BY most_claims DESC, t.id
