// What links the given actors, as lists for graph/neighbourhood.py to pair up: per actor, the events it took part in
// (CO_PARTICIPATION) and the actors it holds a ROLE at (once per role). Shared claims are read from their kept weights
// (co_mentions_among). Pairing the members of each item in Cypher (UNWIND members × members, then count) took 2.4-3 s
// for 1,500 actors of a 1,000-article store on the embedded server; lists took 0.3 s and the pairing in Python 0.05 s.
// params: $ids · returns: actor, type, items (ids, one row per actor and type)
UNWIND $ids AS actor_id
MATCH (:Actor {id: actor_id})-[:PARTICIPATED_IN]->(e:Event)
RETURN actor_id AS actor, 'CO_PARTICIPATION' AS type, collect(DISTINCT e.id) AS items
UNION ALL
UNWIND $ids AS actor_id
MATCH (:Actor {id: actor_id})-[:ROLE]->(b:Actor)
RETURN actor_id AS actor, 'ROLE' AS type, collect(b.id) AS items
