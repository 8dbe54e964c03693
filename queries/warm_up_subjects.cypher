// An actor and a topic, any, to plan the timeline's queries with at service start (graph/warm_up.py); null when none.
// params: none · returns: actor_id, topic_id (one row)
OPTIONAL MATCH (a:Actor)
WITH a LIMIT 1
OPTIONAL MATCH (t:Topic)
WITH a, t LIMIT 1
RETURN a.id AS actor_id, t.id AS topic_id
