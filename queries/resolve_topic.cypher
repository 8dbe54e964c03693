// The topic an id, key id, name or alias (case-insensitive) names: an exact id first, then a name, then an alias.
// params: $id_or_name, $key_id · returns: id (at most one row)
MATCH (t:Topic)
WHERE t.id IN [$id_or_name, $key_id]
   OR toLower(t.name) = toLower($id_or_name)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($id_or_name))
WITH t, CASE WHEN t.id IN [$id_or_name, $key_id] THEN 0
             WHEN toLower(t.name) = toLower($id_or_name) THEN 1 ELSE 2 END AS rank
RETURN t.id AS id
ORDER BY rank, id
LIMIT 1
