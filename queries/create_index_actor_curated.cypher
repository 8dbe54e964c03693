// Curated actors, read once per load to extend the gazetteer with them.
// params: none · returns: nothing
CREATE INDEX actor_curated IF NOT EXISTS FOR (n:Actor) ON (n.curated)
