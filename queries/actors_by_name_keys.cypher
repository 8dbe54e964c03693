// The actors a document's names may refer to: every actor known by one of the keys, with how it
// is known by it and the actors it has a role with (what a short name is disambiguated by).
// One row holding the list (the embedded server answers a row per record far slower).
// params: $keys · returns: found (list of {key, via, id, name, kind, related})
UNWIND $keys AS key
MATCH (n:ActorName {key: key})
MATCH (a:Actor {id: n.actor_id})
RETURN collect({key: key, via: n.via, id: a.id, name: a.name, kind: a.kind,
                related: [(a)-[:ROLE]-(other:Actor) | other.id]}) AS found
