// The kept lists of strongest co-mentions of the given actors (graph/co_mention_lists.py): an actor without one has
// none kept (never drawn, or its weights changed since).
// params: $ids · returns: actor, others, weights (parallel lists, strongest first)
UNWIND $ids AS actor_id
MATCH (l:CoMentionList {actor: actor_id})
RETURN l.actor AS actor, l.others AS others, l.weights AS weights
