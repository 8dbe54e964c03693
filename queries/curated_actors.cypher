// The actors curated files declared, with their kind and aliases: they extend the gazetteer of
// every later load, from the command line or the API alike.
// params: none · returns: actors (list of {id, name, kind, aliases})
MATCH (a:Actor)
WHERE a.curated = true
RETURN collect(a {.id, .name, .kind, .aliases}) AS actors
