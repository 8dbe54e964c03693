// The links between the given actors only, for the edges of a drawn graph: ROLE (directed) and co-mention through
// claims and co-participation in events (undirected, each pair once with source < target). Each claim or event is
// reached from the given actors only and pairs the ones it joins, so no path runs out to actors not drawn.
// params: $ids · returns: source, target, type, weight
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})-[r:ROLE]->(b:Actor)
WHERE b.id IN $ids
RETURN a.id AS source, b.id AS target, 'ROLE' AS type, count(r) AS weight
UNION
UNWIND $ids AS actor_id
MATCH (:Actor {id: actor_id})-[:SAID|MENTIONS]-(c:Claim)
WITH c, collect(DISTINCT actor_id) AS members
WHERE size(members) > 1
UNWIND members AS source
UNWIND members AS target
WITH source, target, c
WHERE source < target
RETURN source, target, 'CO_MENTION' AS type, count(c) AS weight
UNION
UNWIND $ids AS actor_id
MATCH (:Actor {id: actor_id})-[:PARTICIPATED_IN]->(e:Event)
WITH e, collect(DISTINCT actor_id) AS members
WHERE size(members) > 1
UNWIND members AS source
UNWIND members AS target
WITH source, target, e
WHERE source < target
RETURN source, target, 'CO_PARTICIPATION' AS type, count(e) AS weight
