// Actor-to-actor links from the given actors: ROLE both ways (kept directed, as two UNION halves), co-mention through
// claims and co-participation in events (undirected: the caller folds a-b and b-a together).
// params: $ids · returns: source, target, type, weight
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})-[r:ROLE]->(b:Actor)
RETURN a.id AS source, b.id AS target, 'ROLE' AS type, count(r) AS weight
UNION
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})<-[r:ROLE]-(b:Actor)
RETURN b.id AS source, a.id AS target, 'ROLE' AS type, count(r) AS weight
UNION
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})-[:SAID|MENTIONS]-(c:Claim)-[:SAID|MENTIONS]-(b:Actor)
WHERE b.id <> a.id
RETURN a.id AS source, b.id AS target, 'CO_MENTION' AS type, count(DISTINCT c) AS weight
UNION
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE b.id <> a.id
RETURN a.id AS source, b.id AS target, 'CO_PARTICIPATION' AS type, count(DISTINCT e) AS weight
