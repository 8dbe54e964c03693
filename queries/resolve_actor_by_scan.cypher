// The actor a name or alias names, case-insensitively, by reading every actor: the fallback for a graph
// loaded before ActorName entries existed. An exact id first, then a name, then an alias.
// params: $id_or_name, $key_id · returns: id (at most one row)
MATCH (a:Actor)
WHERE a.id IN [$id_or_name, $key_id]
   OR toLower(a.name) = toLower($id_or_name)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($id_or_name))
WITH a, CASE WHEN a.id IN [$id_or_name, $key_id] THEN 0
             WHEN toLower(a.name) = toLower($id_or_name) THEN 1 ELSE 2 END AS rank
RETURN a.id AS id
ORDER BY rank, id
LIMIT 1
