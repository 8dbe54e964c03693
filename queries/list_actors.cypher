// One page of actors, optionally filtered by a name/alias substring and a kind: by id, or most claims said first (then id) when $by_claims; $after_claims and $after_id are the cursor.
// params: $q, $kind, $by_claims, $after_claims, $after_id, $limit · returns: id, name, kind, aliases, claims (how many they said)
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($q IS NULL OR toLower(a.name) CONTAINS toLower($q)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($q)))
WITH a, CASE WHEN $by_claims THEN COUNT { (a)-[:SAID]->(:Claim) } END AS most_claims
WHERE $after_id IS NULL
   OR (NOT $by_claims AND a.id > $after_id)
   OR ($by_claims AND (most_claims < $after_claims OR (most_claims = $after_claims AND a.id > $after_id)))
WITH a ORDER BY most_claims DESC, a.id LIMIT $limit
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases,
       COUNT { (a)-[:SAID]->(:Claim) } AS claims
