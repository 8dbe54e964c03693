// Whether any claim names two actors, i.e. whether the store should hold co-mention weights (graph/co_mentions.py).
// params: none · returns: found
MATCH (a:Actor)-[:SAID|MENTIONS]-(:Claim)-[:SAID|MENTIONS]-(b:Actor)
WHERE a.id < b.id
RETURN true AS found
LIMIT 1
