// Actors by display name, for look-up by name.
// params: none · returns: nothing
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)
