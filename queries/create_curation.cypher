// Record a curation decision about actors (set, merge), with who made it and when; the state it
// changed is kept on it so it can be undone.
// params: $row ({id, action, actor_id, other_id, kind, alias, author, at, previous_kind, added_aliases, other_name, other_kind, other_aliases}) · returns: written
CREATE (c:Curation {id: $row.id, action: $row.action, actor_id: $row.actor_id,
                    other_id: $row.other_id, kind: $row.kind, alias: $row.alias,
                    author: $row.author, at: $row.at, previous_kind: $row.previous_kind,
                    added_aliases: $row.added_aliases, other_name: $row.other_name,
                    other_kind: $row.other_kind, other_aliases: $row.other_aliases})
RETURN count(*) AS written
