// Actors by id with how many claims each said, for the nodes of a drawn graph.
// params: $ids · returns: id, name, kind, claims
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, COUNT { (a)-[:SAID]->(:Claim) } AS claims
