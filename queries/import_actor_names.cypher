// RDF import: record the names of imported actors (see create_actor_names), once per key and actor.
// params: $rows (list of {key, actor_id, via}) · returns: written
UNWIND $rows AS row
MERGE (n:ActorName {key: row.key, actor_id: row.actor_id})
ON CREATE SET n.via = row.via
RETURN count(*) AS written
