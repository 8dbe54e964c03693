// Create topics the graph does not have yet (see create_actors).
// params: $rows (list of {id, name, aliases, curated}) · returns: written
UNWIND $rows AS row
CREATE (t:Topic {id: row.id, name: row.name, aliases: row.aliases, curated: row.curated})
RETURN count(*) AS written
