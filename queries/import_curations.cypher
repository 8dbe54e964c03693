// RDF import: curation decisions by id (an exported graph brings its decisions with it; the load
// applies them afterwards as after any load).
// params: $rows (list of {id, action, actor_id, other_id, kind, alias, author, at, previous_kind, added_aliases, other_name, other_kind, other_aliases, undone_at, undone_by}) · returns: written
UNWIND $rows AS row
MERGE (c:Curation {id: row.id})
SET c.action = row.action, c.actor_id = row.actor_id, c.other_id = row.other_id,
    c.kind = row.kind, c.alias = row.alias, c.author = row.author, c.at = row.at,
    c.previous_kind = row.previous_kind, c.added_aliases = row.added_aliases,
    c.other_name = row.other_name, c.other_kind = row.other_kind,
    c.other_aliases = row.other_aliases, c.undone_at = row.undone_at, c.undone_by = row.undone_by
RETURN count(*) AS written
