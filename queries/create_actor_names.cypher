// Record names actors are known by: one entry per (key, actor), `via` says whether the key is the
// actor's name, an alias or a person's surname. Written with the actors they name.
// params: $rows (list of {key, actor_id, via}) · returns: written
UNWIND $rows AS row
CREATE (:ActorName {key: row.key, actor_id: row.actor_id, via: row.via})
RETURN count(*) AS written
