// Give existing actors their merged aliases and curated flag (only those that changed are sent).
// params: $rows (list of {id, aliases, curated}) · returns: written
UNWIND $rows AS row
MATCH (n:Actor {id: row.id})
SET n.aliases = row.aliases, n.curated = row.curated
RETURN count(*) AS written
