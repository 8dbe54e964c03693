// The kept lists of strongest co-mentions of the given actors (graph/co_mention_lists.py): an actor without one has
// none kept (never drawn, or its weights changed since). Each list's properties are read once and a list without them
// is left out: on Neo4j a list dropped between finding the node and reading it reads as nulls (read committed).
// params: $ids · returns: actor, neighbours, weights (parallel lists, strongest first)
UNWIND $ids AS actor_id
MATCH (l:CoMentionList {actor: actor_id})
WITH actor_id, l.others AS others, l.weights AS weights
WHERE others IS NOT NULL AND weights IS NOT NULL
RETURN actor_id AS actor, others AS neighbours, weights
