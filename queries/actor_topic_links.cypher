// Topics the given actors spoke about, weighted by claims, for graph views with topics.
// params: $ids · returns: source, target, type, weight, topic_name, topic_claims
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})-[:SAID]->(c:Claim)-[:ABOUT]->(t:Topic)
WITH a, t, count(DISTINCT c) AS weight
RETURN a.id AS source, t.id AS target, 'SPOKE_ABOUT' AS type, weight, t.name AS topic_name,
       COUNT { (:Claim)-[:ABOUT]->(t) } AS topic_claims
