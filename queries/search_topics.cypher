// Topics whose name or an alias contains $q (case-insensitive), scored as search_actors.
// params: $q, $limit · returns: id, label, score
MATCH (t:Topic)
WITH t, [name IN [t.name] + coalesce(t.aliases, []) | toLower(name)] AS names, toLower($q) AS needle
WHERE any(name IN names WHERE name CONTAINS needle)
WITH t, CASE WHEN needle IN names THEN 1.0
             WHEN any(name IN names WHERE name STARTS WITH needle) THEN 0.75 ELSE 0.5 END AS score
RETURN t.id AS id, t.name AS label, score
ORDER BY score DESC, id
LIMIT $limit
