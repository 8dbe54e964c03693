// An actor's name entries, for removing them with the actor.
// params: none · returns: nothing
CREATE INDEX actor_name_actor IF NOT EXISTS FOR (n:ActorName) ON (n.actor_id)
