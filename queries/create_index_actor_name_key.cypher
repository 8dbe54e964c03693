// The names actors are known by (name, aliases, a person's surname), for resolving a document's
// names against the graph without reading every actor.
// params: none · returns: nothing
CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:ActorName) ON (n.key)
