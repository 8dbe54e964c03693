// Actors tied to one actor through claims: both mentioned in a claim, or one speaking about the other
// (SAID→MENTIONS either way). Undirected SAID|MENTIONS hops from the claim cover all three cases.
// params: $actor_id · returns: other_id, other_name, other_kind, strength, claim_ids
MATCH (a:Actor {id: $actor_id})-[:SAID|MENTIONS]-(c:Claim)-[:SAID|MENTIONS]-(other:Actor)
WHERE other.id <> a.id
WITH other, collect(DISTINCT c.id) AS claim_ids
RETURN other.id AS other_id, other.name AS other_name, other.kind AS other_kind,
       size(claim_ids) AS strength, claim_ids
ORDER BY strength DESC, other_id
