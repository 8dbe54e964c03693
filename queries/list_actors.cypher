// One page of actors by id, optionally filtered by a name/alias substring and a kind; $after_id is the cursor.
// params: $q, $kind, $after_id, $limit · returns: id, name, kind, aliases, claims (how many they said)
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($after_id IS NULL OR a.id > $after_id)
  AND ($q IS NULL OR toLower(a.name) CONTAINS toLower($q)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($q)))
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases,
       COUNT { (a)-[:SAID]->(:Claim) } AS claims
