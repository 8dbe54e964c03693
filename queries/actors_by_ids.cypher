// The actors among the given ids that exist already, with their aliases (the writer creates the rest).
// One row holding the list: the embedded server answers a row per record far slower than one list.
// params: $ids · returns: found (list of {id, name, kind, aliases, curated})
UNWIND $ids AS id
MATCH (n:Actor {id: id})
RETURN collect({id: n.id, name: n.name, kind: n.kind, aliases: n.aliases,
                curated: coalesce(n.curated, false)}) AS found
