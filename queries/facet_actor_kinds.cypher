// Facet of the actors list: how many actors of each kind match the name filter (as list_actors takes it).
// params: $q · returns: kind (null for actors without one), count
MATCH (a:Actor)
WHERE $q IS NULL OR toLower(a.name) CONTAINS toLower($q)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($q))
RETURN a.kind AS kind, count(a) AS count
ORDER BY count DESC, kind
