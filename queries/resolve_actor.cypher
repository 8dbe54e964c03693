// The actor an id, key id, name or alias names, by indexes only (Actor.id, ActorName.key): an exact
// id first, then a name, then an alias; ties by id.
// params: $id_or_name, $key_id, $name_key · returns: id (at most one row)
UNWIND [$id_or_name, $key_id] AS candidate
OPTIONAL MATCH (a:Actor {id: candidate})
WITH collect(a.id) AS by_id
OPTIONAL MATCH (name:ActorName {key: $name_key})
WHERE name.via IN ['name', 'alias']
WITH by_id, name
ORDER BY CASE name.via WHEN 'name' THEN 0 ELSE 1 END, name.actor_id
WITH by_id, collect(name.actor_id) AS by_name
WITH by_id + by_name AS found
WHERE size(found) > 0
RETURN found[0] AS id
