// Co-mention weights counted from the claims themselves, for the given actors: per actor and other actor, how many
// claims name both. What the CO_MENTIONED edges must hold: the recount after a curation and the tests' oracle.
// params: $ids · returns: actor, other, count
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})-[:SAID|MENTIONS]-(c:Claim)
WITH DISTINCT a, c
MATCH (c)-[:SAID|MENTIONS]-(b:Actor)
WHERE b.id <> a.id
WITH a, b, count(DISTINCT c) AS shared
RETURN a.id AS actor, b.id AS other, shared AS count
