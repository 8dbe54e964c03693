// Actors whose name or an alias contains $q (case-insensitive): 1.0 for an exact match, 0.75 for a prefix, 0.5 otherwise.
// params: $q, $limit · returns: id, label, score
MATCH (a:Actor)
WITH a, [name IN [a.name] + coalesce(a.aliases, []) | toLower(name)] AS names, toLower($q) AS needle
WHERE any(name IN names WHERE name CONTAINS needle)
WITH a, CASE WHEN needle IN names THEN 1.0
             WHEN any(name IN names WHERE name STARTS WITH needle) THEN 0.75 ELSE 0.5 END AS score
RETURN a.id AS id, a.name AS label, score
ORDER BY score DESC, id
LIMIT $limit
